/// Spellings of one word that differ between British and American English by the word's
/// ending ("realised" and "realized", "colour" and "color", "centre" and "center"). A word is
/// read with the American ending so that one quote respelled by another outlet compares equal.
public struct SpellingEndings: Sendable {
    /// Fewest letters a word keeps before the ending for the ending to be replaced: "four",
    /// "hour" and "prise" keep their endings, "colour" and "realise" do not.
    public var stem = 3
    /// British ending → American ending, longest ending first (the longest that fits is used).
    public private(set) var pairs: [(british: String, american: String)] = []

    public init() {}

    /// Adds or replaces the American form of a British ending (both lower-case).
    public mutating func add(_ british: String, _ american: String) {
        pairs.removeAll { $0.british == british }
        let at = pairs.firstIndex { $0.british.utf8.count < british.utf8.count } ?? pairs.count
        pairs.insert((british, american), at: at)
    }

    /// The lower-case word with its British ending made American ("organisation's" too);
    /// other words unchanged.
    public func american(_ word: String) -> String {
        if word.hasSuffix("'s"), word.utf8.count > 2 { return american(String(word.dropLast(2))) + "'s" }
        let length = word.utf8.count
        for (british, american) in pairs where length - british.utf8.count >= stem && word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }
}
