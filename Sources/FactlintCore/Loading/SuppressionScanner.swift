/// Finds `factlint-disable-next-line` comments in a document and takes them out of the text
/// factlint reads, so their words (a rule id, a reason with a figure in it) are never read as
/// article text. The comment's bytes are replaced by spaces, line breaks kept, so every offset,
/// line and column of the rest of the document stays where it is in the file.
///
/// HTML comments (`<!-- … -->`) are recognised in every format; plain text also takes a line
/// whose first non-blank character is `#` followed by the directive. In HTML files comments are
/// never article text anyway, so only their positions are read.
public enum SuppressionScanner {
    /// The directive that starts a suppression comment.
    public static let directive = "factlint-disable-next-line"

    /// The document without its suppression comments, and the suppressions found.
    public static func scan(_ document: Document) -> (document: Document, suppressions: [Suppression]) {
        let source = document.source
        let marker = Array(directive.utf8)
        guard ByteSearch.contains(marker, in: source) else { return (document, []) }
        var found: [(start: Int, end: Int, body: ArraySlice<UInt8>)] = htmlComments(in: source, marker: marker)
        if document.format == .text { found += hashLines(in: source, marker: marker) }
        found.sort { $0.start < $1.start }
        guard !found.isEmpty else { return (document, []) }
        var suppressions: [Suppression] = []
        var text = document.text
        let blanks = document.sourceMap == nil && text.count == source.count
        for comment in found {
            let span = span(in: document, comment.start, comment.end)
            let (rules, reason) = parse(comment.body)
            suppressions.append(Suppression(rules: rules, reason: reason, span: span, targetLine: span.endLine + 1))
            if blanks {
                for i in comment.start..<comment.end where text[i] != 0x0A && text[i] != 0x0D { text[i] = 0x20 }
            }
        }
        guard blanks else { return (document, suppressions) }
        let cleaned = Document(path: document.path, format: document.format, source: source, text: text,
                               sourceMap: nil, metadata: document.metadata, notices: document.notices)
        return (cleaned, suppressions)
    }

    /// `<!-- factlint-disable-next-line … -->`: the comment's byte range and the words after the directive.
    private static func htmlComments(in bytes: [UInt8], marker: [UInt8]) -> [(start: Int, end: Int, body: ArraySlice<UInt8>)] {
        let open = Array("<!--".utf8)
        let close = Array("-->".utf8)
        var results: [(start: Int, end: Int, body: ArraySlice<UInt8>)] = []
        var from = 0
        while let start = ByteSearch.firstRange(of: open, in: bytes[from...])?.lowerBound {
            guard let end = ByteSearch.firstRange(of: close, in: bytes[(start + 4)...]) else { break }
            let inner = trimmed(bytes[(start + 4)..<end.lowerBound])
            if inner.starts(with: marker), isBoundary(inner, after: marker.count) {
                results.append((start, end.upperBound, inner.dropFirst(marker.count)))
            }
            from = end.upperBound
        }
        return results
    }

    /// A plain-text line `# factlint-disable-next-line …`: the line's byte range (without its
    /// line break) and the words after the directive.
    private static func hashLines(in bytes: [UInt8], marker: [UInt8]) -> [(start: Int, end: Int, body: ArraySlice<UInt8>)] {
        var results: [(start: Int, end: Int, body: ArraySlice<UInt8>)] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            let line = trimmed(bytes[lineStart..<lineEnd])
            if line.first == UInt8(ascii: "#") {
                let rest = trimmed(line.dropFirst())
                if rest.starts(with: marker), isBoundary(rest, after: marker.count) {
                    results.append((lineStart, lineEnd, rest.dropFirst(marker.count)))
                }
            }
            lineStart = lineEnd + 1
        }
        return results
    }

    /// Rule ids (split at commas and blanks) before ` -- `, and the reason after it.
    static func parse(_ body: ArraySlice<UInt8>) -> (rules: [String], reason: String?) {
        let words = String(decoding: body, as: UTF8.self)
        var ruleText = Substring(words)
        var reason: String?
        if let separator = words.range(of: "--") {
            ruleText = words[..<separator.lowerBound]
            let why = words[separator.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            reason = why.isEmpty ? nil : why
        }
        let rules = ruleText.split { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }.map(String.init)
        return (rules, reason)
    }

    private static func span(in document: Document, _ start: Int, _ end: Int) -> Span {
        let from = document.lineIndex.position(of: start, in: document.source)
        let to = document.lineIndex.position(of: end, in: document.source)
        return Span(path: document.path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
                    text: String(decoding: document.source[start..<end], as: UTF8.self), startOffset: start, endOffset: end)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, isBlank(first) { slice = slice.dropFirst() }
        while let last = slice.last, isBlank(last) { slice = slice.dropLast() }
        return slice
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isBoundary(_ bytes: ArraySlice<UInt8>, after count: Int) -> Bool {
        let index = bytes.startIndex + count
        return index >= bytes.endIndex || isBlank(bytes[index])
    }
}

import Foundation
