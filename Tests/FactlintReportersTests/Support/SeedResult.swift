import FactlintCore
import Foundation

/// The lint result of the seed story, as `factlint seeds/` computes it (paths as `seeds/…`).
enum SeedResult {
    static let result: LintResult = {
        do {
            let pack = try RulePack.builtIn()
            let folder = Golden.repository.appendingPathComponent("seeds")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            let documents = try names.map { name in
                Document(path: "seeds/" + name, string: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                         referenceDate: .day(2025, 9, 11))
            }
            return Pipeline(pack: pack, settings: Pipeline.Settings(threads: 1)).lint(documents: documents)
        } catch {
            fatalError("the seed story does not lint: \(error)")
        }
    }()
}
