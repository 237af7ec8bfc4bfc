import FactlintCore
import Foundation
import Testing

/// One name in a copy of one seed article rewritten (`Tests/Fixtures/planted/names.tsv`): a
/// new romanisation must be reported by a spelling finding that lists the new words; a spelling
/// another article already uses must add no finding.
@Suite("Planted spellings")
struct PlantedSpellingTests {
    static let edits = PlantedEdit.load("planted/names.tsv")

    static let baseline: [Finding] = NamesAcceptanceTests.result.findings.filter { $0.rule == "name-spelling" }

    @Test("the file holds findings and harmless edits")
    func size() {
        #expect(Self.edits.filter(\.flagged).count >= 8)
        #expect(Self.edits.filter { !$0.flagged }.count >= 5)
    }

    @Test("edit", arguments: edits.map(\.description))
    func edit(_ name: String) throws {
        let edit = try #require(Self.edits.first { $0.description == name })
        let (documents, path, column, endColumn) = try edit.applied()

        let result = Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1)).lint(documents: documents)
        let findings = result.findings.filter { $0.rule == "name-spelling" }
        let describe = findings.map { "\($0.primary.span.location) \($0.message)" }
        if edit.flagged {
            let atEdit = findings.filter { finding in
                finding.locations.contains { $0.span.path == path && $0.span.line == edit.line && $0.span.column < endColumn && $0.span.endColumn > column }
            }
            #expect(!atEdit.isEmpty, "\(edit) (\(edit.why)): no spelling finding lists the new words; findings: \(describe)")
        } else {
            let known = Set(Self.baseline.flatMap { $0.locations.map { "\($0.span.path):\($0.span.line)" } })
            let new = findings.filter { finding in !finding.locations.contains { known.contains("\($0.span.path):\($0.span.line)") } }
            #expect(new.isEmpty, "\(edit) (\(edit.why)): new findings \(new.map(\.message))")
            #expect(findings.count <= Self.baseline.count, "\(edit): \(describe)")
        }
    }
}
