import FactlintCore
import Foundation
import Testing

/// Single-word edits to a copy of the seeds (`Tests/Fixtures/planted/edits.tsv`): each edit a
/// fact-checker would flag must produce a new finding at the edited words; each harmless
/// rewording must add none.
@Suite("Planted contradictions")
struct PlantedContradictionTests {
    struct Edit: CustomStringConvertible, Sendable {
        var file: String
        var line: Int
        var old: String
        var new: String
        var flagged: Bool
        var note: String

        var description: String { "\(file):\(line) \"\(old)\" → \"\(new)\" (\(note))" }
    }

    static let edits: [Edit] = {
        guard let text = try? Fixtures.text("planted/edits.tsv") else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6, let number = Int(f[1]) else { return nil }
            return Edit(file: f[0], line: number, old: f[2], new: f[3], flagged: f[4] == "finding", note: f[5])
        }
    }()

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
        var documents = try Fixtures.seedDocuments()
        let index = try #require(documents.firstIndex { $0.path.hasPrefix("seeds/" + edit.file) })
        var lines = String(decoding: documents[index].source, as: UTF8.self).components(separatedBy: "\n")
        let original = lines[edit.line - 1]
        let range = try #require(original.range(of: edit.old), "\(edit.old) is not on \(edit.file):\(edit.line)")
        lines[edit.line - 1] = original.replacingCharacters(in: range, with: edit.new)
        documents[index] = Document(path: documents[index].path, string: lines.joined(separator: "\n"),
                                    referenceDate: .day(2025, 9, 11))
        // Where the new words are: their columns on the edited line (Unicode scalars, 1-based).
        let column = original[..<range.lowerBound].unicodeScalars.count + 1
        let endColumn = column + edit.new.unicodeScalars.count

        let result = Self.lint(documents)
        let before = Set(Self.baseline.findings.map { "\($0.rule)|\($0.key ?? "")|\($0.primary.span.text)" })
        let added = result.findings.filter { !before.contains("\($0.rule)|\($0.key ?? "")|\($0.primary.span.text)") }
        if edit.flagged {
            let atEdit = added.filter { finding in
                finding.locations.contains { location in
                    location.span.path == documents[index].path && location.span.line == edit.line
                        && location.span.column < endColumn && location.span.endColumn > column
                }
            }
            #expect(!atEdit.isEmpty, "\(edit): no new finding at the edited words; new findings: \(added.map { "\($0.primary.span.location) \($0.message) [\($0.rule)]" })")
        } else {
            #expect(added.isEmpty, "\(edit): harmless edit added \(added.map { "\($0.primary.span.location) \($0.message) [\($0.rule)]" })")
        }
    }
}
