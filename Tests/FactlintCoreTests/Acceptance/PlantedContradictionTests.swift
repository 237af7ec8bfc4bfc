import FactlintCore
import Foundation
import Testing

/// Single-word edits to a copy of the seeds (`Tests/Fixtures/planted/edits.tsv`): each edit a
/// fact-checker would flag must produce a new finding at the edited words; each harmless
/// rewording must add none.
@Suite("Planted contradictions")
struct PlantedContradictionTests {
    static let edits = PlantedEdit.load("planted/edits.tsv")

    static let baseline: LintResult = lint(try! Fixtures.seedDocuments())

    static func lint(_ documents: [Document]) -> LintResult {
        Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1)).lint(documents: documents)
    }

    @Test("the corpus holds at least 15 flagged edits and 10 harmless ones")
    func size() {
        #expect(Self.edits.filter(\.flagged).count >= 15)
        #expect(Self.edits.filter { !$0.flagged }.count >= 10)
    }

    @Test("edit", arguments: edits.map(\.description))
    func edit(_ name: String) throws {
        let edit = try #require(Self.edits.first { $0.description == name })
        let (documents, path, column, endColumn) = try edit.applied()

        let result = Self.lint(documents)
        let before = Set(Self.baseline.findings.map { "\($0.rule)|\($0.key ?? "")|\($0.primary.span.text)" })
        let added = result.findings.filter { !before.contains("\($0.rule)|\($0.key ?? "")|\($0.primary.span.text)") }
        if edit.flagged {
            let atEdit = added.filter { finding in
                finding.locations.contains { location in
                    location.span.path == path && location.span.line == edit.line
                        && location.span.column < endColumn && location.span.endColumn > column
                }
            }
            #expect(!atEdit.isEmpty, "\(edit) (\(edit.why)): no new finding at the edited words; new findings: \(added.map { "\($0.primary.span.location) \($0.message) [\($0.rule)]" })")
        } else {
            #expect(added.isEmpty, "\(edit) (\(edit.why)): harmless edit added \(added.map { "\($0.primary.span.location) \($0.message) [\($0.rule)]" })")
        }
    }
}
