import FactlintCore
import Foundation
import Testing

/// docs/writing-rules.md's worked example: a health desk's lexicon and house rule. Its rule
/// examples run as tests like the built-in ones, and the lexicon is what makes them compare.
@Suite("The newsroom guide's example")
struct NewsroomGuideTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples/newsroom/rules").path

    static func pack() throws -> RulePack {
        try RulePack.load(RulePack.builtInFiles + RulePack.files(inFolder: folder))
    }

    @Test("the house count-conflict replaces the built-in one, and its examples hold")
    func examples() throws {
        let pack = try Self.pack()
        let rule = try #require(pack.rules.first { $0.id == "count-conflict" })
        #expect(rule.source.contains("docs/examples/newsroom/rules"))
        #expect(rule.examples.contains { $0.triggers } && rule.examples.contains { !$0.triggers })
        for example in rule.examples {
            let result = Fixtures.lint(example.documents.map { ($0.name, $0.text) }, referenceDate: example.referenceDate, pack: pack)
            let own = result.findings.filter { $0.rule == rule.id }
            #expect(own.isEmpty != example.triggers, "\(rule.source):\(example.line ?? 0)")
        }
    }

    @Test("without the desk's lexicon, vaccination figures are not compared")
    func lexiconMatters() throws {
        let articles = [("a.txt", "Health officials said 12,000 people were vaccinated on Monday."),
                        ("b.txt", "On Monday 15,000 people were inoculated, health officials said.")]
        #expect(Fixtures.lint(articles).findings.isEmpty)
        #expect(Fixtures.lint(articles, pack: try Self.pack()).findings.map(\.rule) == ["count-conflict"])
    }
}
