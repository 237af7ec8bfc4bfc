import FactlintCore

/// One lint of a story as the server keeps it: the result, and every article's text as the
/// protocol addresses it (to place the findings' spans, in open and closed articles alike).
public struct StorySnapshot: Sendable {
    /// The story's folder (absolute).
    public var folder: String
    /// Findings, checks and keyed claims (spans carry absolute paths).
    public var result: LintResult
    /// Each article's text by absolute path.
    public var lines: [String: TextLines]
    /// A configuration or rule problem that stopped the lint, if any.
    public var problem: InputError?

    public init(folder: String, result: LintResult, lines: [String: TextLines], problem: InputError? = nil) {
        self.folder = folder
        self.result = result
        self.lines = lines
        self.problem = problem
    }

    /// The range of a span as protocol JSON, placed in the text the span was read from.
    func range(of span: Span) -> JSON {
        guard let text = lines[span.path] else {
            // Never read here (cannot happen for a story's own spans): fall back to the span's
            // own line and column, which equal UTF-16 units for text without astral characters.
            return ["start": TextLines.Position(line: span.line - 1, character: span.column - 1).json,
                    "end": TextLines.Position(line: span.endLine - 1, character: span.endColumn - 1).json]
        }
        return text.range(span.startOffset, span.endOffset)
    }
}
