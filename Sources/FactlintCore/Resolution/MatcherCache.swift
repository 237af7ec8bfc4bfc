import Foundation

/// Remembers word comparisons, name splits and keys for a matcher, which meets the same words
/// and names again and again in one corpus. Guarded by a lock (a matcher may be shared by
/// threads; a story's own matcher is used by one thread, so its lock is never contended);
/// each table is emptied when it grows past `limit` entries, so memory stays bounded on an
/// archive. The tables skip the run-time exclusivity checks (`@exclusivity(unchecked)`): the
/// lock already keeps accesses apart, and the checks cost a tenth of a look-up.
final class MatcherCache: @unchecked Sendable {
    private let lock = NSLock()
    @exclusivity(unchecked) private var words: [WordPair: (Bool, [String])] = [:]
    @exclusivity(unchecked) private var parts: [NameValue: NameParts] = [:]
    @exclusivity(unchecked) private var skeletons: [String: [UInt32]] = [:]
    @exclusivity(unchecked) private var alignerWords: [String: SpellingAligner.Word] = [:]
    @exclusivity(unchecked) private var blocking: [NameValue: [NameKey]] = [:]
    @exclusivity(unchecked) private var lookup: [NameValue: [NameKey]] = [:]
    /// Strings a matcher's keys are made of (skeletons, acronyms' letters), numbered in the
    /// order first met. Never emptied: a key's number must mean one string for as long as the
    /// matcher lives (one story's resolution), and a story's names have far fewer distinct
    /// skeletons than the 2^28 a `NameKey` can number.
    @exclusivity(unchecked) private var numbers: [String: UInt32] = [:]
    @exclusivity(unchecked) private var comparisons: [NamePair: NameMatch] = [:]
    private let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
        // A story meets a few hundred names: room for them up front spares the tables' first
        // rounds of growing, each of which hashes every key again.
        words.reserveCapacity(256)
        skeletons.reserveCapacity(256)
        numbers.reserveCapacity(256)
        comparisons.reserveCapacity(256)
        parts.reserveCapacity(256)
        blocking.reserveCapacity(256)
        lookup.reserveCapacity(256)
    }

    /// The comparison of two words, with or without alternations, computed once.
    func words(_ a: String, _ b: String, alternations: Bool, _ compute: () -> (Bool, [String])) -> (Bool, [String]) {
        remembered(\.words, WordPair(a: a, b: b, alternations: alternations), compute)
    }

    /// Two words in order and whether alternations were allowed, as a comparison's key.
    private struct WordPair: Hashable {
        var a: String
        var b: String
        var alternations: Bool
    }

    /// A word's skeleton keys (numbered), computed once.
    func skeleton(_ word: String, _ compute: () -> [UInt32]) -> [UInt32] {
        remembered(\.skeletons, word, compute)
    }

    /// A word read for the aligner, computed once.
    func alignerWord(_ word: String, _ compute: () -> SpellingAligner.Word) -> SpellingAligner.Word {
        remembered(\.alignerWords, word, compute)
    }

    /// The number of a string that keys are made of: the same string, the same number.
    func number(_ string: String) -> UInt32 {
        lock.withLock {
            if let known = numbers[string] { return known }
            let next = UInt32(numbers.count)
            numbers[string] = next
            return next
        }
    }

    /// A name split into parts, computed once.
    func parts(_ name: NameValue, _ compute: () -> NameParts) -> NameParts {
        remembered(\.parts, name, compute)
    }

    /// A name's blocking keys, computed once.
    func blockingKeys(_ name: NameValue, _ compute: () -> [NameKey]) -> [NameKey] {
        remembered(\.blocking, name, compute)
    }

    /// A name's lookup keys, computed once.
    func lookupKeys(_ name: NameValue, _ compute: () -> [NameKey]) -> [NameKey] {
        remembered(\.lookup, name, compute)
    }

    /// Two names compared, computed once.
    func comparison(_ a: NameValue, _ b: NameValue, _ compute: () -> NameMatch) -> NameMatch {
        remembered(\.comparisons, NamePair(a: a, b: b), compute)
    }

    /// Two names in order, as a comparison's key.
    private struct NamePair: Hashable {
        var a: NameValue
        var b: NameValue
    }

    /// The value for `key` in one of the tables, computed outside the lock when missing.
    private func remembered<Key: Hashable, Value>(_ table: ReferenceWritableKeyPath<MatcherCache, [Key: Value]>, _ key: Key,
                                                  _ compute: () -> Value) -> Value {
        if let known = lock.withLock({ self[keyPath: table][key] }) { return known }
        let value = compute()
        lock.withLock {
            if self[keyPath: table].count >= limit { self[keyPath: table].removeAll(keepingCapacity: true) }
            self[keyPath: table][key] = value
        }
        return value
    }
}
