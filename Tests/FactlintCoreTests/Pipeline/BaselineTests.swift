import FactlintCore
import Foundation
import Testing

@Suite("Baselines")
struct BaselineTests {
    static let a = "Officials said 40 people were hurt in the blast on Monday."
    static let b = "The blast on Monday injured 45 people, officials said."

    @Test("written, read back and applied: findings survive lines inserted above them")
    func roundTrip() throws {
        let before = Fixtures.lint([("a.txt", Self.a), ("b.txt", Self.b)])
        #expect(before.findings.count == 1)
        let written = Baseline(findings: before.findings).encoded()
        let baseline = try Baseline.decode(Data(written.utf8), path: "baseline.json")
        #expect(baseline == Baseline(findings: before.findings))
        let after = Fixtures.lint([("a.txt", "A new lead paragraph.\n\n" + Self.a), ("b.txt", "Update: corrected.\n\n\n" + Self.b)])
        #expect(after.findings.count == 1)
        #expect(after.findings[0].primary.span.line != before.findings[0].primary.span.line)
        let filtered = baseline.filter(after)
        #expect(filtered.findings.isEmpty)
        #expect(filtered.checks.allSatisfy { $0.status == .pass })
    }

    @Test("changed words are a new finding; an identical second copy is new too")
    func newFindings() throws {
        let before = Fixtures.lint([("a.txt", Self.a), ("b.txt", Self.b)])
        let baseline = Baseline(findings: before.findings)
        let changed = Fixtures.lint([("a.txt", Self.a), ("b.txt", Self.b.replacingOccurrences(of: "45", with: "47"))])
        #expect(baseline.newFindings(changed.findings).count == 1)
        #expect(baseline.newFindings(before.findings + before.findings).count == 1)
    }

    @Test("a file that is not a baseline is an error that says what to do")
    func malformed() {
        #expect(throws: InputError(path: "b.json", "not a factlint baseline (not JSON); write one with --write-baseline b.json")) {
            try Baseline.decode(Data("nope".utf8), path: "b.json")
        }
        #expect(throws: InputError(path: "b.json", "baseline version 7 is not one this factlint reads (1); write a new one with --write-baseline")) {
            try Baseline.decode(Data("{\"tool\": \"factlint\", \"version\": 7, \"findings\": []}".utf8), path: "b.json")
        }
    }
}
