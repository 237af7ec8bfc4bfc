import Foundation
import Testing

/// Golden files under `Tests/Fixtures/reporters/`: a reporter's output must equal the file byte
/// for byte. Run the tests with `FACTLINT_UPDATE_GOLDEN=1` to rewrite the files after an
/// intended change, then review the diff.
enum Golden {
    /// The repository's root folder, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/`.
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    /// Compares `actual` with the golden file `name` (or writes it when updating).
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = fixtures.appendingPathComponent("reporters").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FACTLINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first.map { $0.offset + 1 } ?? min(actualLines.count, expectedLines.count) + 1
            Issue.record("\(name) differs from the golden file at line \(line):\n  expected: \(first.map { String($0.element.1) } ?? "(end)")\n  actual:   \(first.map { String($0.element.0) } ?? "(end)")\nRun with FACTLINT_UPDATE_GOLDEN=1 to accept the new output.",
                         sourceLocation: sourceLocation)
        }
    }
}
