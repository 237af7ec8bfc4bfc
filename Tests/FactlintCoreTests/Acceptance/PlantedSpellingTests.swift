import FactlintCore
import Foundation
import Testing

/// One name in a copy of one seed article rewritten (`Tests/Fixtures/planted/names.tsv`): a
/// new romanisation must be reported by a spelling finding that lists the new words; a spelling
/// another article already uses must add no finding.
@Suite("Planted spellings")
struct PlantedSpellingTests {
    struct Edit: CustomStringConvertible, Sendable {
        var file: String
        var line: Int
        var old: String
        var new: String
        var flagged: Bool
        var why: String

        var description: String { "\(file):\(line) \"\(old)\" → \"\(new)\"" }
    }

    static let edits: [Edit] = {
        guard let text = try? Fixtures.text("planted/names.tsv") else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let number = Int(f[1]), ["finding", "none"].contains(f[4]) else { return nil }
            return Edit(file: f[0], line: number, old: f[2], new: f[3], flagged: f[4] == "finding", why: f[5])
        }
    }()

    static let baseline: [Finding] = NamesAcceptanceTests.result.findings.filter { $0.rule == "name-spelling" }

    @Test("the file holds findings and harmless edits")
    func size() {
        #expect(Self.edits.filter(\.flagged).count >= 8)
        #expect(Self.edits.filter { !$0.flagged }.count >= 5)
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
        let column = original[..<range.lowerBound].unicodeScalars.count + 1
        let endColumn = column + edit.new.unicodeScalars.count
        let path = documents[index].path

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
