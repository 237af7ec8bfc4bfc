import Foundation
import Testing

/// The code and the default rule pack know romanisation and given names in general, never the
/// seed story: no surname, place or organisation of the seeds may appear in `Sources/` or
/// `Rules/` (the names below may appear only in `Tests/`).
@Suite("No seed names in the product")
struct SeedNamesAbsentTests {
    static let forbidden = ["losik", "tikhanov", "tsikhanou", "statkevi", "matskevi", "bialiatsk", "coale", "lukashenk",
                            "belavia", "belta", "nauseda", "shchyrakova", "zazulinsk", "kallas", "vyasna", "viasna",
                            "jurkonis", "amadu", "putin"]

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

    /// Runs of five words of the seeds' text (lower-cased, punctuation dropped).
    static func fiveWordRuns(_ text: String) -> Set<String> {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
        guard words.count >= 5 else { return [] }
        return Set((0...(words.count - 5)).map { words[$0..<$0 + 5].joined(separator: " ") })
    }

    @Test("Sources/ and Rules/ quote no phrase of five words from the seeds")
    func noSeedPhrases() throws {
        var seedRuns = Set<String>()
        let seeds = Fixtures.repository.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            seedRuns.formUnion(Self.fiveWordRuns(try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)))
        }
        #expect(seedRuns.count > 1000)
        var hits: [String] = []
        for folder in ["Sources", "Rules"] {
            let root = Fixtures.repository.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard ["swift", "yml"].contains(url.pathExtension) else { continue }
                let runs = Self.fiveWordRuns(try String(contentsOf: url, encoding: .utf8)).intersection(seedRuns)
                if !runs.isEmpty { hits.append("\(url.lastPathComponent): \(runs.sorted().prefix(3))") }
            }
        }
        #expect(hits.isEmpty, "seed phrases in the product: \(hits)")
    }
}
