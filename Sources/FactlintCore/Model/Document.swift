/// One article, loaded: its file's text, the text factlint reads in it, and what is known
/// about it (title, publication date).
public struct Document: Sendable {
    /// The kinds of file factlint reads.
    public enum Format: String, Sendable, Hashable {
        case text, markdown, html
    }

    /// The path as the user named it (relative to the working directory, or as given).
    public var path: String
    public var format: Format
    /// The file's contents as UTF-8 (decoded from its declared encoding where needed).
    public let source: [UInt8]
    /// The text to analyse, UTF-8. For plain text it is `source`; for Markdown, `source` with
    /// front matter blanked (offsets unchanged); for HTML, the article text only.
    public let text: [UInt8]
    /// Maps `text` offsets to `source` offsets when they differ (HTML).
    public let sourceMap: SourceMap?
    /// Lines of `source`.
    public let lineIndex: LineIndex
    public var metadata: Metadata
    /// Problems met while loading (undecodable bytes, a bad front-matter date), reported as notices.
    public var notices: [String]

    public init(path: String, format: Format, source: [UInt8], text: [UInt8]? = nil, sourceMap: SourceMap? = nil,
                metadata: Metadata = Metadata(), notices: [String] = []) {
        self.path = path
        self.format = format
        self.source = source
        self.text = text ?? source
        self.sourceMap = sourceMap
        self.lineIndex = LineIndex(source)
        self.metadata = metadata
        self.notices = notices
    }

    /// A document from a string, for tests and rule examples.
    public init(path: String, string: String, referenceDate: DatePoint? = nil) {
        self.init(path: path, format: .text, source: Array(string.utf8),
                  metadata: Metadata(referenceDate: referenceDate))
    }

    /// The span of text bytes `start..<end`, located in the file on disk.
    public func span(_ start: Int, _ end: Int) -> Span {
        let sourceStart = sourceMap?.sourceOffset(of: start) ?? start
        let sourceEnd = max(sourceStart, sourceMap?.sourceOffset(of: end, isEnd: true) ?? end)
        let (from, to) = lineIndex.positions(of: sourceStart, sourceEnd, in: source)
        let words = String(decoding: source[sourceStart..<min(sourceEnd, source.count)], as: UTF8.self)
        return Span(path: path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
                    text: words, startOffset: sourceStart, endOffset: sourceEnd)
    }

    /// The analysed text of bytes `start..<end`.
    public func string(_ start: Int, _ end: Int) -> String {
        String(decoding: text[start..<end], as: UTF8.self)
    }
}

/// What is known about a document besides its text.
public struct Metadata: Sendable, Hashable {
    /// The title from front matter or `<title>`.
    public var title: String?
    /// The date relative expressions resolve against: the publication date from front matter
    /// or HTML `<meta>`, else `--reference-date`, else the configuration's `reference-date`.
    public var referenceDate: DatePoint?
    /// Where `referenceDate` came from, for reports ("front matter", "config", …).
    public var referenceDateSource: String?

    public init(title: String? = nil, referenceDate: DatePoint? = nil, referenceDateSource: String? = nil) {
        self.title = title
        self.referenceDate = referenceDate
        self.referenceDateSource = referenceDateSource
    }
}
