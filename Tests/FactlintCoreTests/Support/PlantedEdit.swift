import FactlintCore
import Foundation
import Testing

/// One planted edit to a copy of a seed article, as the planted corpora write it (tab-separated:
/// file, line, old words, new words, `finding` or `none`, why), and the seeds with it applied.
struct PlantedEdit: CustomStringConvertible, Sendable {
    var file: String
    var line: Int
    var old: String
    var new: String
    /// Whether a fact-checker would flag it (`finding`), or it is harmless (`none`).
    var flagged: Bool
    var why: String

    var description: String { "\(file):\(line) \"\(old)\" → \"\(new)\"" }

    /// The edits of a corpus in `Tests/Fixtures/`; comment and header lines are skipped.
    static func load(_ relativePath: String) -> [PlantedEdit] {
        guard let text = try? Fixtures.text(relativePath) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6, let number = Int(f[1]), ["finding", "none"].contains(f[4]) else { return nil }
            return PlantedEdit(file: f[0], line: number, old: f[2], new: f[3], flagged: f[4] == "finding", why: f[5])
        }
    }

    /// The seed documents with this edit made, the edited document's path, and the columns the
    /// new words take on the edited line (Unicode scalars, 1-based, end exclusive).
    func applied() throws -> (documents: [Document], path: String, column: Int, endColumn: Int) {
        var documents = try Fixtures.seedDocuments()
        let index = try #require(documents.firstIndex { $0.path.hasPrefix("seeds/" + file) })
        var lines = String(decoding: documents[index].source, as: UTF8.self).components(separatedBy: "\n")
        let original = lines[line - 1]
        let range = try #require(original.range(of: old), "\(old) is not on \(file):\(line)")
        lines[line - 1] = original.replacingCharacters(in: range, with: new)
        documents[index] = Document(path: documents[index].path, string: lines.joined(separator: "\n"),
                                    referenceDate: .day(2025, 9, 11))
        let column = original[..<range.lowerBound].unicodeScalars.count + 1
        return (documents, documents[index].path, column, column + new.unicodeScalars.count)
    }
}
