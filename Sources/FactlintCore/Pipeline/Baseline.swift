import Foundation

/// Findings recorded on one day (`--write-baseline FILE`) so that later runs report only new
/// ones (`--baseline FILE`): how an existing archive adopts factlint without fixing every old
/// article first.
///
/// A finding is recognised by its rule, its claim key and the words — the words at the
/// reported place and at every other place, with their files — never by line or column, so a
/// recorded finding stays recognised when lines are inserted above it or the article is
/// re-wrapped. Identical findings are counted: a second copy of a recorded one is new.
public struct Baseline: Sendable, Equatable {
    /// One recorded finding, as written to the file.
    public struct Entry: Codable, Sendable, Hashable {
        /// The rule id.
        public var rule: String
        /// The claim key, if the finding has one.
        public var key: String?
        /// The file of the reported place.
        public var path: String
        /// The words at the reported place.
        public var text: String
        /// The other places, sorted.
        public var related: [Place]
        /// Where the finding was when recorded; for people reading the file, not for matching.
        public var line: Int
        /// 1-based column, in Unicode scalars (not used for matching).
        public var column: Int
        /// The message when recorded (not used for matching).
        public var message: String

        /// The identity used for matching: everything but the position and the message.
        var identity: Identity { Identity(rule: rule, key: key, path: path, text: text, related: related.sorted()) }
    }

    /// Another place of a recorded finding: the file and the words there.
    public struct Place: Codable, Sendable, Hashable, Comparable {
        /// The file.
        public var path: String
        /// The words there.
        public var text: String

        /// Places sort by file, then words.
        public static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.path.utf8Precedes(rhs.path)) || (lhs.path == rhs.path && lhs.text.utf8Precedes(rhs.text))
        }
    }

    /// The baseline file's layout.
    private struct File: Codable {
        var tool: String
        var version: Int
        var findings: [Entry]
    }

    struct Identity: Hashable {
        var rule: String
        var key: String?
        var path: String
        var text: String
        var related: [Place]
    }

    /// The recorded findings, sorted by path, line, column and rule.
    public var entries: [Entry]

    /// The baseline of a run's findings.
    public init(findings: [Finding]) {
        entries = findings.map(Baseline.entry).sorted { a, b in
            if a.path != b.path { return a.path.utf8Precedes(b.path) }
            return (a.line, a.column, a.rule, a.text) < (b.line, b.column, b.rule, b.text)
        }
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    static func entry(_ finding: Finding) -> Entry {
        Entry(rule: finding.rule, key: finding.key, path: finding.primary.span.path, text: finding.primary.span.text,
              related: finding.related.map { Place(path: $0.span.path, text: $0.span.text) }.sorted(),
              line: finding.primary.span.line, column: finding.primary.span.column, message: finding.message)
    }

    /// The findings the baseline does not account for, in their order.
    public func newFindings(_ findings: [Finding]) -> [Finding] {
        var remaining: [Identity: Int] = [:]
        for entry in entries { remaining[entry.identity, default: 0] += 1 }
        return findings.filter { finding in
            let identity = Baseline.entry(finding).identity
            guard let count = remaining[identity], count > 0 else { return true }
            remaining[identity] = count - 1
            return false
        }
    }

    /// The result without the findings the baseline accounts for (their checks then pass).
    public func filter(_ result: LintResult) -> LintResult {
        let fresh = newFindings(result.findings)
        var result = result
        result.findings = fresh
        result.checks = LintResult.recheck(result.checks, keeping: fresh)
        return result
    }

    /// The baseline as JSON: sorted keys, two-space indentation, one finding after another,
    /// so a baseline under version control diffs well.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(File(tool: "factlint", version: 1, findings: entries)) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The largest baseline file read, in bytes.
    static let maximumFileSize = 256 << 20

    /// Reads a baseline file written by `--write-baseline` (a FIFO or device is refused, not waited on).
    public static func load(_ path: String) throws(InputError) -> Baseline {
        switch DocumentReader.readPrefix(of: path, upTo: maximumFileSize) {
        case .failure(let notice):
            let reason = notice.message.replacingOccurrences(of: "; skipped", with: "")
            throw InputError(path: path, "cannot read the baseline file: \(reason); write one with --write-baseline \(path)")
        case .success(let read):
            guard !read.truncated else {
                throw InputError(path: path, "the baseline file is larger than \(Limits.describe(bytes: maximumFileSize)); not a factlint baseline")
            }
            return try decode(Data(read.bytes), path: path)
        }
    }

    /// Parses a baseline file's bytes.
    public static func decode(_ data: Data, path: String) throws(InputError) -> Baseline {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.version == 1 else {
                throw InputError(path: path, "baseline version \(file.version) is not one this factlint reads (1); write a new one with --write-baseline")
            }
            return Baseline(entries: file.findings)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: path, "not a factlint baseline (\(Baseline.describe(error))); write one with --write-baseline \(path)")
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted: "not JSON"
        default: "unreadable"
        }
    }
}
