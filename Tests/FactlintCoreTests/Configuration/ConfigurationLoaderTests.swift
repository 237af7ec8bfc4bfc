import FactlintCore
import Foundation
import Testing

@Suite("Configuration files")
struct ConfigurationLoaderTests {
    static let full = """
    reference-date: 2025-09-11
    rules:
      count-divergence: off
      date-divergence: error
      count-conflict: warning
    rules-folders: [house-rules]
    include: ["**/*.md", "*.txt"]
    exclude: ["drafts/**"]
    house-spellings: [Sviatlana Tsikhanouskaya]
    formats: [text, "junit:factlint.xml"]
    strict: true
    """

    @Test("every key is read")
    func everyKey() throws {
        let configuration = try ConfigurationLoader.parse(path: "story/.factlint.yml", text: Self.full)
        #expect(configuration.folder == "story")
        #expect(configuration.referenceDate == .day(2025, 9, 11))
        #expect(configuration.ruleLevels["count-divergence"] == .some(nil))
        #expect(configuration.ruleLevels["date-divergence"] == .some(.error))
        #expect(configuration.rulesFolders == ["house-rules"])
        #expect(configuration.include == ["**/*.md", "*.txt"])
        #expect(configuration.exclude == ["drafts/**"])
        #expect(configuration.houseSpellingMap == ["sviatlana tsikhanouskaya": "Sviatlana Tsikhanouskaya"])
        #expect(configuration.formats == ["text", "junit:factlint.xml"])
        #expect(configuration.strict == true)
    }

    @Test("rule levels and switches apply to the pack")
    func appliesToPack() throws {
        let configuration = try ConfigurationLoader.parse(path: ".factlint.yml", text: Self.full)
        var pack = Fixtures.pack
        try configuration.apply(to: &pack)
        #expect(pack.rules.first { $0.id == "count-divergence" }?.enabled == false)
        #expect(pack.rules.first { $0.id == "count-conflict" }?.level == .warning)
        #expect(pack.rules.first { $0.id == "date-divergence" }?.level == .error)
    }

    @Test("a rule switched off reports nothing; a level set in the file is the findings' level")
    func rulesInARun() throws {
        let articles = [("a.txt", "More than 1,000 political prisoners remain in jail."),
                        ("b.txt", "More than 1,200 political prisoners remain in jail, the group said.")]
        #expect(Fixtures.lint(articles).findings.map(\.level) == [.warning])
        var off = Fixtures.pack
        try ConfigurationLoader.parse(path: ".factlint.yml", text: "rules:\n  count-divergence: off\n").apply(to: &off)
        #expect(Fixtures.lint(articles, pack: off).findings.isEmpty)
        var raised = Fixtures.pack
        try ConfigurationLoader.parse(path: ".factlint.yml", text: "rules:\n  count-divergence: error\n").apply(to: &raised)
        #expect(Fixtures.lint(articles, pack: raised).findings.map(\.level) == [.error])
    }

    @Test("unknown keys, rules and values are errors with line and column")
    func errors() {
        #expect(throws: InputError(path: ".factlint.yml", line: 2, column: 1,
                                   "unknown key 'stirct' in the configuration; known keys: \(Configuration.keys.joined(separator: ", "))")) {
            try ConfigurationLoader.parse(path: ".factlint.yml", text: "strict: true\nstirct: true\n")
        }
        #expect(throws: InputError(path: ".factlint.yml", line: 2, column: 21,
                                   "rule 'count-conflict' must be off, error, warning or info, not 'loud'")) {
            try ConfigurationLoader.parse(path: ".factlint.yml", text: "rules:\n  count-conflict:   loud\n")
        }
        #expect(throws: InputError(path: ".factlint.yml", line: 1, column: 17,
                                   "reference-date must be a date written YYYY-MM-DD, not '11/09/2025'")) {
            try ConfigurationLoader.parse(path: ".factlint.yml", text: "reference-date: 11/09/2025\n")
        }
        var pack = Fixtures.pack
        #expect(throws: InputError(path: ".factlint.yml", line: 3, column: 3,
                                   "unknown rule 'count-confict' under 'rules:'; run `factlint rules` to list them")) {
            try ConfigurationLoader.parse(path: ".factlint.yml", text: "rules:\n  count-conflict: off\n  count-confict: off\n").apply(to: &pack)
        }
    }

    @Test("include and exclude globs are relative to the file's folder")
    func globs() throws {
        let configuration = try ConfigurationLoader.parse(path: "story/.factlint.yml", text: Self.full)
        #expect(configuration.admits("story/a.md"))
        #expect(configuration.admits("story/deep/er/a.md"))
        #expect(configuration.admits("story/a.txt"))
        #expect(!configuration.admits("story/deep/a.txt"))
        #expect(!configuration.admits("story/drafts/a.md"))
        #expect(!configuration.admits("story/a.html"))
        #expect(Glob.matches("**/*.md", "a.md") && Glob.matches("drafts/**", "drafts/x/y.md") && !Glob.matches("*.md", "x/a.md"))
    }

    @Test("the nearest .factlint.yml in the linted folder or above is found")
    func lookup() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-config-\(UUID().uuidString)")
        let story = root.appendingPathComponent("desk/story")
        try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "strict: true\n".write(to: root.appendingPathComponent(".factlint.yml"), atomically: true, encoding: .utf8)
        let found = try #require(ConfigurationLoader.nearest(from: story.path))
        #expect(found.hasSuffix("/.factlint.yml") && !found.contains("desk"))
        #expect(try ConfigurationLoader.find(explicit: nil, paths: [story.path]).strict == true)
        try "strict: false\n".write(to: story.appendingPathComponent(".factlint.yml"), atomically: true, encoding: .utf8)
        #expect(try ConfigurationLoader.find(explicit: nil, paths: [story.path]).strict == false)
        #expect(throws: InputError.self) { try ConfigurationLoader.find(explicit: root.appendingPathComponent("none.yml").path, paths: []) }
    }

    @Test("each document's reference date comes from the nearest folder that sets one, asked in any order")
    func referenceDatesByFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-dates-\(UUID().uuidString)")
        let archive = root.appendingPathComponent("archive")
        for story in ["one", "two", "three/inner"] {
            try FileManager.default.createDirectory(at: archive.appendingPathComponent(story), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        try "reference-date: 2024-03-06\n".write(to: archive.appendingPathComponent(".factlint.yml"), atomically: true, encoding: .utf8)
        try "reference-date: 2023-11-17\n".write(to: archive.appendingPathComponent("two/.factlint.yml"), atomically: true, encoding: .utf8)
        let dates = ConfigurationLoader.referenceDates()
        let path = { (story: String) in archive.appendingPathComponent(story).appendingPathComponent("a.txt").path }
        // The inner folder first: its parents are remembered on the way up, then asked directly.
        #expect(dates(path("three/inner")) == .day(2024, 3, 6))
        #expect(dates(path("two")) == .day(2023, 11, 17))
        #expect(dates(path("one")) == .day(2024, 3, 6))
        #expect(dates(path("three")) == .day(2024, 3, 6))
        #expect(dates(root.appendingPathComponent("a.txt").path) == nil)
        #expect(dates(path("two")) == .day(2023, 11, 17))
    }
}
