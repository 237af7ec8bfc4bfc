/// A `factlint-disable-next-line` comment: the rules it silences on the line after it, why,
/// and where the comment itself is (for the `unused-suppression` finding).
///
/// Forms (DESIGN.md §4, README "Suppressing a finding"):
/// - Markdown, HTML and plain text: `<!-- factlint-disable-next-line RULE[, RULE…] -- reason -->`
/// - plain text also: a line `# factlint-disable-next-line RULE[, RULE…] -- reason`
public struct Suppression: Sendable, Hashable {
    /// The rule ids named, in the order written (empty when the comment names none).
    public var rules: [String]
    /// The words after ` -- `, if any.
    public var reason: String?
    /// The comment in the file.
    public var span: Span
    /// The 1-based line whose findings it silences: the line after the comment's last line.
    public var targetLine: Int

    /// A suppression as the scanner reads it.
    public init(rules: [String], reason: String?, span: Span, targetLine: Int) {
        self.rules = rules
        self.reason = reason
        self.span = span
        self.targetLine = targetLine
    }

    /// Whether the comment silences `rule` at one of `finding`'s places.
    public func silences(_ finding: Finding) -> Bool {
        rules.contains(finding.rule) && finding.locations.contains { covers($0.span) }
    }

    /// Whether a span lies on the target line of the comment's file.
    public func covers(_ other: Span) -> Bool {
        other.path == span.path && other.line <= targetLine && targetLine <= other.endLine
    }
}
