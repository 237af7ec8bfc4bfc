import Foundation

/// Decides whether two names written in different documents name the same entity.
public protocol NameMatcher: Sendable {
    /// `same`, `different` or `unsure`, with the equivalences that decided it.
    func compare(_ a: NameValue, _ b: NameValue) -> NameMatch

    /// Coarse keys for finding candidates: two names the matcher may call the same share at
    /// least one key. The default puts every name under one key (compare everything).
    func blockingKeys(_ name: NameValue) -> Set<String>
}

extension NameMatcher {
    public func blockingKeys(_ name: NameValue) -> Set<String> { [""] }
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
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
