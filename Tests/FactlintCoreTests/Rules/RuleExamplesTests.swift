import FactlintCore
import Testing

/// Every rule's examples are tests: `trigger` examples must produce a finding of that rule,
/// `pass` examples none (DESIGN.md §3).
@Suite("Rule examples")
struct RuleExamplesTests {
    static let cases: [(rule: String, index: Int)] = Fixtures.pack.rules.flatMap { rule in
        rule.examples.indices.map { (rule.id, $0) }
    }

    @Test("every rule has examples of both kinds", arguments: Fixtures.pack.rules.map(\.id))
    func hasExamples(_ id: String) throws {
        let rule = try #require(Fixtures.pack.rules.first { $0.id == id })
        #expect(rule.examples.contains { $0.triggers }, "\(id) has no trigger example")
        #expect(rule.examples.contains { !$0.triggers }, "\(id) has no pass example")
    }

    @Test("example", arguments: cases.map { "\($0.rule)#\($0.index)" })
    func example(_ name: String) throws {
        let parts = name.split(separator: "#")
        let rule = try #require(Fixtures.pack.rules.first { $0.id == parts[0] })
        let example = rule.examples[Int(parts[1])!]
        let result = Fixtures.lint(example.documents.map { ($0.name, $0.text) }, referenceDate: example.referenceDate)
        // Info-level notes of a louder rule ("cannot check without a reference date") do not count.
        let own = result.findings.filter { $0.rule == rule.id && ($0.level != .info || rule.level == .info) }
        if example.triggers {
            #expect(!own.isEmpty, "\(rule.source):\(example.line ?? 0): expected a \(rule.id) finding; claims: \(Self.describe(result))")
        } else {
            #expect(own.isEmpty, "\(rule.source):\(example.line ?? 0): expected no \(rule.id) finding, got: \(own.map(\.message))")
        }
    }

    static func describe(_ result: LintResult) -> String {
        result.claims.map { "\($0.span.text)=\($0.value.notation) [\($0.key?.display ?? "-")]" }.joined(separator: "; ")
    }
}
