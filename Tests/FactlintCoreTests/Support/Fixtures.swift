import FactlintCore
import Foundation

/// Where the test fixtures and the repository are, and a shared rule pack.
enum Fixtures {
    /// The repository's root folder (found from this file's path, so tests run from any directory).
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/`.
    static let root = repository.appendingPathComponent("Tests/Fixtures")

    /// The seed articles, as shipped in `seeds/`.
    static let seeds = repository.appendingPathComponent("seeds")

    /// A fixture file's text.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The built-in rule pack, loaded once.
    static let pack: RulePack = {
        do { return try RulePack.builtIn() } catch { fatalError("the built-in rule pack does not load: \(error)") }
    }()

    /// Lints in-memory articles with the built-in pack.
    static func lint(_ articles: [(String, String)], referenceDate: DatePoint? = nil, pack: RulePack = Fixtures.pack) -> LintResult {
        let documents = articles.map { Document(path: $0.0, string: $0.1, referenceDate: referenceDate) }
        return Pipeline(pack: pack, settings: Pipeline.Settings(threads: 1)).lint(documents: documents)
    }

    /// The claims of one in-memory article.
    static func claims(_ text: String, referenceDate: DatePoint? = nil) -> [Claim] {
        Pipeline(pack: pack, settings: Pipeline.Settings(threads: 1))
            .analyze(Document(path: "a.txt", string: text, referenceDate: referenceDate)).claims
    }

    /// The keys of one in-memory article's counts, dates and durations, by the words of each
    /// (a claim without a key maps to nil).
    static func claimKeys(_ text: String, referenceDate: DatePoint? = nil) -> [String: String?] {
        var keys: [String: String?] = [:]
        for claim in claims(text, referenceDate: referenceDate) where claim.kind != .name && claim.kind != .quote {
            keys.updateValue(claim.key?.display, forKey: claim.span.text)
        }
        return keys
    }

    /// The seed articles with the reference date their `.factlint.yml` declares.
    static func seedDocuments() throws -> [Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            return Document(path: "seeds/" + name, string: text, referenceDate: .day(2025, 9, 11))
        }
    }
}
