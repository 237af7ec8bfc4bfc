import Foundation
import Testing

/// The code and the default rule pack know romanisation and given names in general, never the
/// seed story: no surname, place or organisation of the seeds may appear in `Sources/` or
/// `Rules/` (the names below may appear only in `Tests/`).
@Suite("No seed names in the product")
struct SeedNamesAbsentTests {
    static let forbidden = ["losik", "tikhanov", "tsikhanou", "statkevi", "matskevi", "bialiatsk", "coale", "lukashenk",
                            "belavia", "belta", "nauseda", "shchyrakova", "zazulinsk", "kallas", "vyasna", "viasna",
                            "jurkonis", "amadu"]

    @Test("Sources/ and Rules/ name no one from the seeds")
    func absent() throws {
        var hits: [String] = []
        for folder in ["Sources", "Rules"] {
            let root = Fixtures.repository.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard ["swift", "yml", "h", "modulemap"].contains(url.pathExtension) else { continue }
                let text = try String(contentsOf: url, encoding: .utf8).lowercased()
                for name in Self.forbidden where text.contains(name) {
                    hits.append("\(url.path.dropFirst(Fixtures.repository.path.count + 1)): \(name)")
                }
            }
        }
        #expect(hits.isEmpty, "seed names in the product: \(hits)")
    }
}
