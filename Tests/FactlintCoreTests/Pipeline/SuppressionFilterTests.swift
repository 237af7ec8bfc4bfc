import FactlintCore
import Testing

@Suite("Suppressions applied to findings")
struct SuppressionFilterTests {
    static let conflict = "The blast on Monday injured 45 people, officials said."

    @Test("a suppression above the reported place silences the finding; the check then passes")
    func silencesPrimary() {
        let unsuppressed = Fixtures.lint([("a.txt", "Officials said 40 people were hurt in the blast on Monday."), ("b.txt", Self.conflict)])
        #expect(unsuppressed.findings.map(\.rule) == ["count-conflict"])
        let result = Fixtures.lint([
            ("a.txt", "<!-- factlint-disable-next-line count-conflict -- the ministry's figure -->\nOfficials said 40 people were hurt in the blast on Monday."),
            ("b.txt", Self.conflict),
        ])
        #expect(result.findings.isEmpty)
        #expect(result.checks.allSatisfy { $0.status == .pass })
    }

    @Test("a suppression above one of the other places silences it too, and positions stay true")
    func silencesRelated() throws {
        let before = Fixtures.lint([("a.txt", "Officials said 40 people were hurt in the blast on Monday."), ("b.txt", Self.conflict)])
        let finding = try #require(before.findings.first)
        let other = finding.locations.first { $0.span.path == "b.txt" }
        #expect(other?.span.line == 1)
        let result = Fixtures.lint([
            ("a.txt", "Officials said 40 people were hurt in the blast on Monday."),
            ("b.txt", "# factlint-disable-next-line count-conflict -- our reporter counted\n" + Self.conflict),
        ])
        #expect(result.findings.isEmpty)
        let claim = try #require(result.claims.first { $0.span.path == "b.txt" && $0.span.text == "45" })
        #expect(claim.span.line == 2 && claim.span.column == 29)
    }

    @Test("an unused, misspelt or empty suppression is a finding at the comment")
    func unused() throws {
        let result = Fixtures.lint([
            ("a.txt", "<!-- factlint-disable-next-line count-conflict, count-confict -->\nForty people were hurt in the blast on Monday.\n<!-- factlint-disable-next-line -->\nNothing here."),
            ("b.txt", "The blast on Monday injured 40 people."),
        ])
        let messages = result.findings.filter { $0.rule == "unused-suppression" }.map(\.message)
        #expect(messages == [
            "suppression count-conflict reports nothing on line 2; remove the comment",
            "suppression names unknown rule 'count-confict'; run `factlint rules` for the rule ids",
            "suppression names no rule; write `factlint-disable-next-line RULE -- reason`",
        ])
        let first = try #require(result.findings.first)
        #expect(first.primary.span.line == 1 && first.primary.span.column == 1)
        #expect(first.level == .warning)
    }

    @Test("a suppression names only the rules it silences")
    func otherRulesStay() {
        let result = Fixtures.lint([
            ("a.txt", "# factlint-disable-next-line count-divergence\nOfficials said 40 people were hurt in the blast on Monday."),
            ("b.txt", Self.conflict),
        ])
        #expect(Set(result.findings.map(\.rule)) == ["count-conflict", "unused-suppression"])
    }
}
