/// What the matcher reads off one name once and then compares pair by pair: its split into
/// parts, with what `comparePeople` and the near-miss test look up about its surname and given
/// name. A class: the matcher's cache hands out one reference per look-up, where the
/// `NameParts` struct, a dozen strings, was copied (and its strings retained and released) at
/// every one, a tenth of comparing two names; and each pair looked its words up again.
final class NameReading: Sendable {
    /// The name split into parts.
    let parts: NameParts
    /// The folded surname's length (characters; 0 without a surname).
    let surnameLength: Int
    /// The first folded word's length (characters; 0 without a word).
    let firstWordLength: Int
    /// The surname's spelling keys (`RomanisationMatcher.spellingKeys`; empty without one).
    let surnameKeys: [UInt32]
    /// The surname's gendered ending (`NameLexicon.genderedEnding`), if any.
    let surnameEnding: SurnameEnding?
    /// The given name's class (`NameLexicon.givenNameClassOfForm`), if any.
    let givenClass: Int?
    /// The folded given name's length (characters; 0 without one): 1 for an initial.
    let givenLength: Int
    /// The given name's spelling keys (empty without one).
    let givenKeys: [UInt32]
    /// The name's role and words as compared beside it; nil when no role is written beside it.
    let role: RoleReading?

    /// Reads `parts`, its words' spelling keys found by `spellingKeys`.
    init(_ parts: NameParts, lexicon: borrowing NameLexicon, spellingKeys: (String) -> [UInt32], role: RoleReading?) {
        self.parts = parts
        surnameLength = parts.surname?.count ?? 0
        firstWordLength = parts.words.first?.count ?? 0
        surnameKeys = parts.surname.map(spellingKeys) ?? []
        surnameEnding = parts.surname.flatMap { lexicon.genderedEnding(of: $0) }
        givenClass = parts.given.flatMap { lexicon.givenNameClassOfForm[$0] }
        givenLength = parts.given?.count ?? 0
        givenKeys = parts.given.map(spellingKeys) ?? []
        self.role = role
    }
}

/// A name as `RomanisationMatcher.roleSupported` reads it: its role and its words, found once
/// per name (with its `NameReading`). A story's people with one role ("a resident of …") are compared pair by pair, and
/// each pair lower-cased both roles, sorted both names' words and read each word's ending anew.
final class RoleReading: Sendable {
    /// The role written beside the name, lower case (`RomanisationMatcher.role`).
    let role: String
    /// The words compared beside a role: folded, links and particles left out.
    let words: [String]
    /// `words` sorted, as words in another order are compared.
    let sorted: [String]
    /// The spelling keys of each of `sorted` (`RomanisationMatcher.spellingKeys`): two words
    /// without one in common are not one word, which is most pairs.
    let sortedKeys: [[UInt32]]
    /// Whether one of `words` is a generational suffix ("Jr.").
    let hasGenerationalSuffix: Bool

    init(role: String, words: [String], sortedKeys: (String) -> [UInt32], isSuffix: (String) -> Bool) {
        self.role = role
        self.words = words
        sorted = words.sorted()
        self.sortedKeys = sorted.map(sortedKeys)
        hasGenerationalSuffix = words.contains(where: isSuffix)
    }
}
