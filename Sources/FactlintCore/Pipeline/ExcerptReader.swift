import Foundation

/// Fills in the sentence around each place of a run's findings (for the HTML report), read
/// from the files as they are on disk: from the end of the previous sentence — a `.`, `!` or
/// `?` (a closing quote may follow) before a blank, a line break, or a block-level HTML tag — to
/// the end of the place's own sentence, at most `reach` bytes either way. In HTML files the
/// tags inside the sentence are dropped. A file that cannot be read leaves its places without one.
public struct ExcerptReader: Sendable {
    /// The most bytes read either side of a place before the excerpt is cut with "…".
    public var reach: Int

    public init(reach: Int = 240) {
        self.reach = reach
    }

    /// The result with every finding's places given their sentence.
    public func fill(_ result: LintResult) -> LintResult {
        var files: [String: [UInt8]?] = [:]
        var filled = result
        for index in filled.findings.indices {
            filled.findings[index].primary = fill(filled.findings[index].primary, files: &files)
            filled.findings[index].related = filled.findings[index].related.map { fill($0, files: &files) }
        }
        return filled
    }

    private func fill(_ location: Finding.Location, files: inout [String: [UInt8]?]) -> Finding.Location {
        let path = location.span.path
        if files[path] == nil {
            files[path] = .some(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        }
        guard let bytes = files[path] ?? nil else { return location }
        var filled = location
        filled.excerpt = excerpt(in: bytes, start: location.span.startOffset, end: location.span.endOffset,
                                 html: ExcerptReader.isHTML(path))
        return filled
    }

    /// The sentence around bytes `start..<end` of a file.
    public func excerpt(in bytes: [UInt8], start: Int, end: Int, html: Bool) -> Excerpt? {
        guard 0 <= start, start <= end, end <= bytes.count else { return nil }
        var from = start
        while from > 0, start - from < reach {
            let byte = bytes[from - 1]
            if byte == 0x0A || byte == 0x0D { break }
            if byte == 0x20 || byte == 0x09, ExcerptReader.endsSentence(bytes, before: from - 1) { break }
            if html, byte == UInt8(ascii: ">"), let open = bytes[..<(from - 1)].lastIndex(of: UInt8(ascii: "<")),
               !ExcerptReader.isInline(bytes[open..<from]) { break }
            from -= 1
        }
        var to = end
        while to < bytes.count, to - end < reach {
            let byte = bytes[to]
            if byte == 0x0A || byte == 0x0D { break }
            if (byte == 0x20 || byte == 0x09), ExcerptReader.endsSentence(bytes, before: to) { break }
            if html, byte == UInt8(ascii: "<"), let close = bytes[to...].firstIndex(of: UInt8(ascii: ">")),
               !ExcerptReader.isInline(bytes[to...close]) { break }
            to += 1
        }
        var before = ExcerptReader.text(bytes[from..<start], html: html)
        var after = ExcerptReader.text(bytes[end..<to], html: html)
        before = String(before.drop { $0 == " " || $0 == "\t" })
        after = String(after.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        if start - from >= reach { before = "…" + before.drop { $0 != " " } }
        if to - end >= reach, let space = after.lastIndex(of: " ") { after = after[..<space] + "…" }
        return Excerpt(before: before, words: String(decoding: bytes[start..<end], as: UTF8.self), after: after)
    }

    /// Whether the bytes before `index` end a sentence: `.`, `!` or `?`, perhaps followed by a
    /// closing quote or bracket; a `.` after a capital letter ("U.S.", "J. Smith") does not.
    static func endsSentence(_ bytes: [UInt8], before index: Int) -> Bool {
        var i = index - 1
        // Closing marks after the terminator: ” ’ (UTF-8 E2 80 9D / E2 80 99), " ' ).
        while i >= 0 {
            if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") || bytes[i] == UInt8(ascii: ")") {
                i -= 1
            } else if i >= 2, bytes[i - 2] == 0xE2, bytes[i - 1] == 0x80, bytes[i] == 0x9D || bytes[i] == 0x99 {
                i -= 3
            } else {
                break
            }
        }
        guard i >= 0 else { return false }
        switch bytes[i] {
        case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case UInt8(ascii: "."):
            guard i >= 1 else { return false }
            let previous = bytes[i - 1]
            return !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(previous)
        default: return false
        }
    }

    /// Whether a tag (`<…>` bytes) is an inline one, which stays inside a sentence.
    static func isInline(_ tag: ArraySlice<UInt8>) -> Bool {
        let name = String(decoding: tag, as: UTF8.self)
            .trimmingCharacters(in: CharacterSet(charactersIn: "<>/ ")).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
            .map { $0.lowercased() } ?? ""
        return inlineTags.contains(name)
    }

    /// HTML elements that stand inside running text.
    static let inlineTags: Set<String> = ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
                                          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"]

    /// Bytes as text, tags dropped in HTML, runs of blanks made one space.
    static func text(_ bytes: ArraySlice<UInt8>, html: Bool) -> String {
        var kept: [UInt8] = []
        var inTag = false
        for byte in bytes {
            if html, byte == UInt8(ascii: "<") { inTag = true; continue }
            if html, byte == UInt8(ascii: ">"), inTag { inTag = false; continue }
            if inTag { continue }
            let blank = byte == 0x20 || byte == 0x09
            if blank, kept.last == 0x20 { continue }
            kept.append(blank ? 0x20 : byte)
        }
        return String(decoding: kept, as: UTF8.self)
    }

    static func isHTML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }
}
