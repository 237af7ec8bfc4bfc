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
        /// Neither at the start nor at the end of either word.
        case inside
    }

    /// What the equivalence is called in explanations (a Cyrillic letter, "akanye").
    public var id: String
    /// The spellings, lower-case; "" for a letter that may be left out.
    public var forms: [String]
    /// What one substitution costs: 0 for spellings of one letter, a fraction of the budget for
    /// a cognate alternation.
    public var cost: Double
    public var place: Place
    /// The romanisation system the equivalence belongs to ("Arabic romanisation"), named in
    /// explanations and findings; nil for the Cyrillic classes and cognate alternations.
    public var system: String?
    /// Whether the system's words may also take the Slavic cognate alternations (a Ukrainian
    /// spelling against a Russian-based one); other systems take only the free classes.
    public var withCognates = false

    public init(id: String, forms: [String], cost: Double, place: Place = .anywhere, system: String? = nil) {
        self.id = id
        self.forms = forms
        self.cost = cost
        self.place = place
        self.system = system
    }

    /// How an explanation names the equivalence: "Arabic romanisation ou/u", or its id alone.
    public var label: String { system.map { "\($0) \(id)" } ?? id }
}
