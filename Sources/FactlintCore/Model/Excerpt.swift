/// The sentence a finding's place stands in, as an editor reads it: the words before the
/// place, the place's own words, and the words after it, so a report can show the figure in
/// its sentence without the article open.
public struct Excerpt: Sendable, Hashable {
    /// The sentence's words before the place (begins with "…" when cut short).
    public var before: String
    /// The place's own words, as in the file.
    public var words: String
    /// The sentence's words after the place (ends with "…" when cut short).
    public var after: String

    public init(before: String, words: String, after: String) {
        self.before = before
        self.words = words
        self.after = after
    }
}
