/// The caps that keep one odd file from costing unbounded memory or time. Each is reported
/// with a notice that names the file and says what was left out (README, "Limits").
///
/// The defaults are far above any real article: a long feature is 100 KB of text and a few
/// hundred claims, a heavy news page a few MB of HTML.
public struct Limits: Sendable, Hashable {
    /// Bytes read from one file; the rest of a larger file is not read (cut after a line break).
    public var fileBytes: Int
    /// Bytes of article text analysed per document (after HTML is stripped), cut at a line break.
    public var textBytes: Int
    /// Claims kept per document; analysis stops once they are found.
    public var claimsPerDocument: Int
    /// Tokens in one sentence: a longer run (a list, a table, text without full stops) is cut
    /// into sentences of this many tokens.
    public var sentenceTokens: Int
    /// Tokens analysed together: a longer text is read in windows of whole sentences, and a
    /// count in one window does not borrow its noun from another.
    public var windowTokens: Int
    /// Tags parsed per HTML page (each becomes a node of about 200 bytes in libxml2's tree);
    /// the page is read up to the tag past this count.
    public var htmlTags: Int

    /// Limits; the defaults are `Limits.standard`. Values below 1 (8 tokens for a sentence)
    /// are raised to it, and a window holds at least one sentence's worth of tokens.
    public init(fileBytes: Int = 16 << 20, textBytes: Int = 1 << 20, claimsPerDocument: Int = 10_000,
                sentenceTokens: Int = 120, windowTokens: Int = 5_000, htmlTags: Int = 200_000) {
        self.htmlTags = max(1, htmlTags)
        self.fileBytes = max(1, fileBytes)
        self.textBytes = max(1, textBytes)
        self.claimsPerDocument = max(1, claimsPerDocument)
        self.sentenceTokens = max(8, sentenceTokens)
        self.windowTokens = max(self.sentenceTokens, windowTokens)
    }

    /// The caps factlint runs with.
    public static let standard = Limits()

    /// A byte count for messages: "16 MB", "1 MB", "300 KB", "900 bytes" (1 MB = 1,048,576 bytes).
    public static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
