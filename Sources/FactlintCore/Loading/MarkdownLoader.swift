import Foundation
import Yams

/// Markdown: the file is the text, except YAML front matter (between `---` lines at the top),
/// which is read for `title:` and `date:` and blanked out of the text (offsets unchanged).
public struct MarkdownLoader: DocumentLoader {
    public init() {}

    public func load(path: String, utf8: [UInt8]) -> Document {
        guard let (frontMatterEnd, yamlRange) = frontMatter(utf8) else {
            return Document(path: path, format: .markdown, source: utf8)
        }
        var text = utf8
        for i in 0..<frontMatterEnd where text[i] != 0x0A && text[i] != 0x0D { text[i] = 0x20 }
        var metadata = Metadata()
        var notices: [String] = []
        let yaml = String(decoding: utf8[yamlRange], as: UTF8.self)
        // A flat mapping (nearly every front matter) is read from libyaml's events; anything
        // else through YAMLSource: front matter is article text, and may be as hostile as any.
        if let entries = YAMLSource.flatMapping(yaml) {
            for (key, value) in entries { read(key, value, into: &metadata, &notices) }
            return Document(path: path, format: .markdown, source: utf8, text: text, metadata: metadata, notices: notices)
        }
        let parsed: Result<Node?, InputError>
        do { parsed = .success(try YAMLSource(path: path, text: yaml).root) } catch { parsed = .failure(error) }
        if case .failure(let error) = parsed {
            // The YAML starts on the file's second line.
            let place = error.line.map { "line \($0 + 1): " } ?? ""
            notices.append("front matter ignored (\(place)\(error.message))")
        } else if case .success(let node) = parsed, case .mapping(let mapping)? = node {
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key, case .scalar(let valueScalar) = value else { continue }
                read(keyScalar.string, valueScalar.string, into: &metadata, &notices)
            }
        } else {
            notices.append("front matter is not a YAML mapping; ignored")
        }
        return Document(path: path, format: .markdown, source: utf8, text: text, metadata: metadata, notices: notices)
    }

    /// Reads one front matter entry: `title`, or a date under one of its usual names.
    private func read(_ key: String, _ value: String, into metadata: inout Metadata, _ notices: inout [String]) {
        switch key.lowercased() {
        case "title":
            metadata.title = value
        case "date", "published", "publication_date", "pubdate":
            if let date = DateParsing.day(fromISO: value) {
                metadata.referenceDate = date
                metadata.referenceDateSource = "front matter"
            } else {
                notices.append("front matter date '\(value)' is not YYYY-MM-DD; ignored")
            }
        default:
            break
        }
    }

    /// The end of the front matter block (after its closing line) and the range of its YAML.
    private func frontMatter(_ bytes: [UInt8]) -> (Int, Range<Int>)? {
        guard bytes.starts(with: Array("---".utf8)) else { return nil }
        var lineStart = 0
        var lines: [(Int, Int)] = []
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            lines.append((lineStart, i))
            lineStart = i + 1
            if lines.count > 1 {
                let (s, e) = lines[lines.count - 1]
                var line = bytes[s..<e]
                if line.last == 0x0D { line = line.dropLast() }
                if Array(line) == Array("---".utf8) || Array(line) == Array("...".utf8) {
                    return (i + 1, lines[0].1 + 1..<s)
                }
            } else {
                var first = bytes[0..<i]
                if first.last == 0x0D { first = first.dropLast() }
                guard Array(first) == Array("---".utf8) else { return nil }
            }
        }
        return nil
    }
}

/// Dates in metadata: "2025-09-11", "2025-09-11T08:00:00Z", "2025-09-11 08:00".
public enum DateParsing {
    /// The calendar day at the start of an ISO 8601 date or timestamp.
    public static func day(fromISO text: String) -> DatePoint? {
        let trimmed = trimmedSpaces(text)
        if let point = plainDay(trimmed.utf8) { return point.isValid ? point : nil }
        let parts = trimmed.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return nil
        }
        let point = DatePoint.day(y, m, d)
        return point.isValid ? point : nil
    }

    /// A date written exactly "YYYY-MM-DD" at the start, read from its bytes; nil for any other
    /// shape, which the general reading above handles (splitting by characters cost more than
    /// the rest of reading a front matter).
    private static func plainDay(_ bytes: Substring.UTF8View) -> DatePoint? {
        guard bytes.count >= 10 else { return nil }
        var (year, month, day) = (0, 0, 0)
        for (offset, byte) in bytes.prefix(10).enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case 0..<4: year = year * 10 + digit
            case 5, 6: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        // A mark after the tenth byte may join it into one character ("…-05\u{301}"): left to the
        // general reading, which reads characters.
        if bytes.count > 10, bytes[bytes.index(bytes.startIndex, offsetBy: 10)] >= 0x80 { return nil }
        return DatePoint.day(year, month, day)
    }

    /// The text without the spaces and tabs around it; ASCII (a date always is) is trimmed byte
    /// by byte, without Foundation.
    static func trimmedSpaces(_ text: String) -> Substring {
        let bytes = text.utf8
        guard text.isASCII else { return Substring(text.trimmingCharacters(in: .whitespaces)) }
        var (start, end) = (bytes.startIndex, bytes.endIndex)
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start, bytes[bytes.index(before: end)] == 0x20 || bytes[bytes.index(before: end)] == 0x09 {
            end = bytes.index(before: end)
        }
        return text[start..<end]
    }
}
