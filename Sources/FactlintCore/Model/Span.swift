/// A stretch of a file on disk: the exact words a mention, claim or finding points at.
///
/// Lines and columns are 1-based and count Unicode scalars, so a column is the same number a
/// user's editor shows for ASCII text and a stable one for any other text. The end is exclusive:
/// `endColumn` is the column just after the last scalar (as in SARIF).
public struct Span: Hashable, Sendable, Comparable {
    /// The file as the user named it (relative to the working directory, or as given).
    public var path: String
    /// 1-based line of the first scalar.
    public var line: Int
    /// 1-based column of the first scalar, in Unicode scalars.
    public var column: Int
    /// 1-based line of the scalar just past the end.
    public var endLine: Int
    /// 1-based column just past the last scalar, in Unicode scalars.
    public var endColumn: Int
    /// The words in the file, exactly as written (for HTML: the source text, entities included).
    public var text: String
    /// UTF-8 byte offset of the first byte in the file, 0-based.
    public var startOffset: Int
    /// UTF-8 byte offset just past the last byte in the file, 0-based.
    public var endOffset: Int

    public init(path: String, line: Int, column: Int, endLine: Int, endColumn: Int, text: String,
                startOffset: Int, endOffset: Int) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.text = text
        self.startOffset = startOffset
        self.endOffset = endOffset
    }

    /// Spans sort by file, then position: the order in which every report lists them.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        if lhs.path != rhs.path { return lhs.path.utf8Precedes(rhs.path) }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.endLine != rhs.endLine { return lhs.endLine < rhs.endLine }
        return lhs.endColumn < rhs.endColumn
    }

    /// `path:line:column`, the compiler convention.
    public var location: String { "\(path):\(line):\(column)" }
}
