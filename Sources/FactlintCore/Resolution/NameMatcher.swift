import Foundation

/// Decides whether two names written in different documents name the same entity.
public protocol NameMatcher: Sendable {
    /// `same`, `different` or `unsure`, with the equivalences that decided it.
    func compare(_ a: NameValue, _ b: NameValue) -> NameMatch

    /// Coarse keys to file a name under, so that it can be found as a candidate: a name the
    /// matcher may call the same as (or, for a lone word, fitting) another has one of its
    /// `lookupKeys` among the other's blocking keys. The default files every name under one key.
    /// Keys come in no particular order; a key listed twice is filed once.
    func blockingKeys(_ name: NameValue) -> [NameKey]

    /// The keys under which a name's candidates are filed. The default: its blocking keys.
    func lookupKeys(_ name: NameValue) -> [NameKey]

    /// The keys under which people of the same family as `name` are filed (a wife for a
    /// husband: one family name in the other gender), so that an explanation can say why they
    /// were kept apart. The default: none.
    func relativeKeys(_ name: NameValue) -> [NameKey]

    /// Keys to file and find names of unknown kind under, for `compareUnknownKind`: two names
    /// it may call the same share one. The default files every name under one key.
    func unknownKindKeys(_ name: NameValue) -> [NameKey]

    /// False only when `compare` cannot call the two names the same: a cheap test that
    /// spares comparing names that share no key. The default: true.
    func mayBeSame(_ a: NameValue, _ b: NameValue) -> Bool

    /// The matcher one story's resolution uses: the same decisions, with whatever it remembers
    /// kept apart from other stories', so that stories resolved in parallel do not contend for
    /// it; without `explaining`, its matches may leave their reasons empty (a lint run shows
    /// none). The default: the matcher itself.
    func forStory(explaining: Bool) -> any NameMatcher

    /// Two names whose kind nothing around them showed ("On Monday, X was mentioned"):
    /// `same` only on strong spelling evidence, `unsure` otherwise. The default: the same
    /// words after folding case and diacritics.
    func compareUnknownKind(_ a: NameValue, _ b: NameValue) -> NameMatch

    /// Whether a one-word name is `person`'s surname misspelt: letters one put for another
    /// that no romanisation explains. The default: never.
    func misspells(_ word: NameValue, _ person: NameValue) -> Bool

    /// The first of `people` whose surname a one-word name misspells (`misspells`), if any.
    func misspelt(_ word: NameValue, among people: [NameValue]) -> NameValue?

    /// Whether a name's last word tells a son from his father ("Jr.", "III"). The default: never.
    func isGenerationalSuffix(_ word: String) -> Bool

    /// Keys that rule out `same`, and only that: `compare(a, b)` calls two names the same only
    /// when one of `a`'s `lookup` keys is among `b`'s `filing` keys. Finer than `lookupKeys`,
    /// which must also find the names `compare` leaves unsure, so that a stage that needs a
    /// `same` alone compares no other name. The default files every name under one key.
    func sameKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey])

    /// Keys that rule out a match in which any part agrees: `compare(a, b).agreeing` is above
    /// zero only when one of `a`'s `lookup` keys is among `b`'s `filing` keys. The default
    /// files every name under one key.
    func agreeingKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey])
}

extension NameMatcher {
    public func blockingKeys(_ name: NameValue) -> [NameKey] { [NameKey.any] }

    public func lookupKeys(_ name: NameValue) -> [NameKey] { blockingKeys(name) }

    public func relativeKeys(_ name: NameValue) -> [NameKey] { [] }

    public func unknownKindKeys(_ name: NameValue) -> [NameKey] { [NameKey.any] }

    public func mayBeSame(_ a: NameValue, _ b: NameValue) -> Bool { true }

    public func forStory(explaining: Bool) -> any NameMatcher { self }

    public func misspells(_ word: NameValue, _ person: NameValue) -> Bool { false }

    public func misspelt(_ word: NameValue, among people: [NameValue]) -> NameValue? {
        people.first { misspells(word, $0) }
    }

    public func isGenerationalSuffix(_ word: String) -> Bool { false }

    public func sameKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) { ([NameKey.any], [NameKey.any]) }

    public func agreeingKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) { ([NameKey.any], [NameKey.any]) }

    public func compareUnknownKind(_ a: NameValue, _ b: NameValue) -> NameMatch {
        a.parts.map(ExactNameMatcher.fold) == b.parts.map(ExactNameMatcher.fold)
            ? NameMatch(.same, ["the same words"], agreeing: 1) : NameMatch(.unsure)
    }
}

/// A key a matcher files names under: what kind of key it is and up to two numbers (which
/// the matcher gives meaning: a surname's skeleton, a given name's class, a word count),
/// packed in one word, so that filing a name and finding its candidates hash an integer, not
/// a string built for the purpose. The first number keeps its low 28 bits.
public struct NameKey: Hashable, Sendable {
    public let bits: UInt64

    public init(kind: UInt8, _ first: UInt32 = 0, _ second: UInt32 = 0) {
        bits = UInt64(kind & 0xF) << 60 | UInt64(first & 0x0FFF_FFFF) << 32 | UInt64(second)
    }

    /// The one key of a matcher that files every name together.
    public static let any = NameKey(kind: 0)
}

/// A matcher's decision.
public struct NameMatch: Sendable, Hashable {
    public enum Decision: String, Sendable, Hashable {
        case same, different, unsure
    }

    public var decision: Decision
    /// The equivalences or reasons that decided it ("х: kh ~ h", "surname gender differs").
    public var reasons: [String]
    /// How many parts of the names agreed before the decision (a surname, a given name): two
    /// names called different that share a part are worth explaining ("kept apart").
    public var agreeing: Int

    public init(_ decision: Decision, _ reasons: [String] = [], agreeing: Int = 0) {
        self.decision = decision
        self.reasons = reasons
        self.agreeing = agreeing
    }
}

/// The simplest matcher: the same words after folding case and diacritics.
public struct ExactNameMatcher: NameMatcher {
    public init() {}

    public func compare(_ a: NameValue, _ b: NameValue) -> NameMatch {
        let left = a.parts.map(ExactNameMatcher.fold)
        let right = b.parts.map(ExactNameMatcher.fold)
        if left == right { return NameMatch(.same, ["identical after folding case and diacritics"]) }
        return NameMatch(.different)
    }

    /// Lower case without diacritics.
    public static func fold(_ word: String) -> String {
        // ASCII has no diacritics and folds its case by lowering A–Z, which the standard
        // library's `lowercased` does: the same answer without Foundation's folding, which cost
        // more than the rest of naming an entity.
        if word.isASCII { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
