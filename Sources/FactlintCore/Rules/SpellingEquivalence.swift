/// Spellings that may stand for one another when two names are aligned letter by letter: the
/// forms of one Cyrillic letter across romanisation systems (free), or a cognate alternation
/// between Belarusian, Ukrainian and Russian forms (at a cost). Read from `romanisation-classes`
/// and `cognate-alternations` in `Rules/lexicon/`.
public struct SpellingEquivalence: Sendable, Hashable {
    /// Where in a word an equivalence applies.
    public enum Place: String, Sendable, Hashable, CaseIterable {
        /// Anywhere in the word.
        case anywhere
        /// At the start of the word only.
        case start
        /// At the end of the word only.
        case end
        /// Right after a vowel, in both words.
        case afterVowel = "after-vowel"
    }

    /// What the equivalence is called in explanations (a Cyrillic letter, "akanye").
    public var id: String
    /// The spellings, lower-case; "" for a letter that may be left out.
    public var forms: [String]
    /// What one substitution costs: 0 for spellings of one letter, a fraction of the budget for
    /// a cognate alternation.
    public var cost: Double
    public var place: Place

    public init(id: String, forms: [String], cost: Double, place: Place = .anywhere) {
        self.id = id
        self.forms = forms
        self.cost = cost
        self.place = place
    }
}
