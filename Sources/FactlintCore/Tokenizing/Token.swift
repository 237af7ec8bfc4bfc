/// One word, number or punctuation mark of a document's text, with its byte range.
///
/// Tokens are fine-grained: "2,500" is `2` `,` `500`, "Thirty-seven" is `Thirty` `-` `seven`,
/// "Spain's" is `Spain` `'s`. `joined` says a token touches the one before it, so the
/// extractors can put such pieces back together.
public struct Token: Sendable, Hashable {
    /// The broad class of a token.
    public enum Kind: UInt8, Sendable {
        /// Letters (and combining marks, inner apostrophes): "Lukas", "don't", "'s".
        case word
        /// ASCII digits: "2025".
        case number
        /// A single punctuation mark or symbol: "," "-" "%" "$" "\"".
        case punctuation
    }

    /// Byte offsets in the document's analysed text (UTF-8), end exclusive.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// No whitespace separates this token from the previous one.
    public var joined: Bool
    /// A line break precedes this token.
    public var newlineBefore: Bool
    /// A blank line (or the start of the text) precedes this token.
    public var paragraphBefore: Bool
    /// The first letter is upper-case.
    public var capitalized: Bool
    /// Every letter is upper-case and there are at least two ("NATO", "US").
    public var allCaps: Bool
    /// How many upper-case letters a word has, up to 255 ("RusHydro": 2).
    public var capitals: UInt8

    public init(start: Int, end: Int, kind: Kind, joined: Bool = false, newlineBefore: Bool = false,
                paragraphBefore: Bool = false, capitalized: Bool = false, allCaps: Bool = false, capitals: UInt8 = 0) {
        self.start = start
        self.end = end
        self.kind = kind
        self.joined = joined
        self.newlineBefore = newlineBefore
        self.paragraphBefore = paragraphBefore
        self.capitalized = capitalized
        self.allCaps = allCaps
        self.capitals = capitals
    }
}

/// A document's text cut into tokens and sentences.
public struct TokenizedText: Sendable {
    public var tokens: [Token]
    /// Each token's normalised form: lower-case words, ASCII quotes and hyphens for the many
    /// Unicode ones. Lexicon phrases are matched against these.
    public var norms: [String]
    /// Sentences as token index ranges, in order, covering every token.
    public var sentences: [Range<Int>]

    public init(tokens: [Token], norms: [String], sentences: [Range<Int>]) {
        self.tokens = tokens
        self.norms = norms
        self.sentences = sentences
    }

    /// The sentence that holds token `index`.
    public func sentence(containing index: Int) -> Range<Int> {
        var low = 0
        var high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        return sentences.isEmpty ? index..<index + 1 : sentences[low]
    }
}
