import Synchronization

/// Remembers word comparisons, name splits and keys for a matcher, which meets the same words
/// and names again and again in one corpus. Its tables are guarded by a `Mutex` (a matcher may
/// be shared by threads; a story's own matcher is used by one thread, so it is never
/// contended, and a `Mutex` then costs a pair of atomic operations where `NSLock` cost a
/// tenth of a look-up); each table is emptied when it grows past `limit` entries, so memory
/// stays bounded on an archive.
final class MatcherCache: Sendable {
    private struct Tables {
        var words: [WordPair: (Bool, [String])] = [:]
        var parts: [NameValue: NameParts] = [:]
        var skeletons: [String: [UInt32]] = [:]
        var spellings: [String: [UInt32]] = [:]
        var alignerWords: [String: SpellingAligner.Word] = [:]
        var systemWords: [SystemWord: SpellingAligner.Word] = [:]
        var blocking: [NameValue: [NameKey]] = [:]
        var lookup: [NameValue: [NameKey]] = [:]
        var unknownKind: [NameValue: [NameKey]] = [:]
        var comparable: [NameValue: [String]] = [:]
        /// Strings a matcher's keys are made of (skeletons, acronyms' letters), numbered in the
        /// order first met. Never emptied: a key's number must mean one string for as long as
        /// the matcher lives (one story's resolution), and a story's names have far fewer
        /// distinct skeletons than the 2^28 a `NameKey` can number.
        var numbers: [String: UInt32] = [:]
        var comparisons: [NamePair: NameMatch] = [:]

        init() {
            // A story meets a few hundred names: room for them up front spares the tables'
            // first rounds of growing, each of which hashes every key again.
            words.reserveCapacity(256)
            skeletons.reserveCapacity(256)
            spellings.reserveCapacity(256)
            numbers.reserveCapacity(256)
            comparisons.reserveCapacity(256)
            parts.reserveCapacity(256)
            blocking.reserveCapacity(256)
            lookup.reserveCapacity(256)
        }
    }

    private let tables = Mutex(Tables())
    private let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The comparison of two words, with or without alternations, computed once.
    func words(_ a: String, _ b: String, alternations: Bool, _ compute: () -> (Bool, [String])) -> (Bool, [String]) {
        let key = WordPair(a: a, b: b, alternations: alternations)
        if let known = tables.withLock({ $0.words[key] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: key, in: &$0.words, limit: limit) }
        return value
    }

    /// Two words in order and whether alternations were allowed, as a comparison's key.
    private struct WordPair: Hashable, Sendable {
        var a: String
        var b: String
        var alternations: Bool
    }

    /// A word's skeleton keys (numbered), computed once.
    func skeleton(_ word: String, _ compute: () -> [UInt32]) -> [UInt32] {
        if let known = tables.withLock({ $0.skeletons[word] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: word, in: &$0.skeletons, limit: limit) }
        return value
    }

    /// A word's spelling keys (numbered), computed once.
    func spelling(_ word: String, _ compute: () -> [UInt32]) -> [UInt32] {
        if let known = tables.withLock({ $0.spellings[word] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: word, in: &$0.spellings, limit: limit) }
        return value
    }

    /// A word read for the aligner, computed once.
    func alignerWord(_ word: String, _ compute: () -> SpellingAligner.Word) -> SpellingAligner.Word {
        if let known = tables.withLock({ $0.alignerWords[word] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: word, in: &$0.alignerWords, limit: limit) }
        return value
    }

    /// A word read for one romanisation system's aligner (`system`: its index), computed once:
    /// a word that differs from another is tried in every system, each reading it anew.
    func systemWord(_ system: Int, _ word: String, _ compute: () -> SpellingAligner.Word) -> SpellingAligner.Word {
        let key = SystemWord(system: system, word: word)
        if let known = tables.withLock({ $0.systemWords[key] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: key, in: &$0.systemWords, limit: limit) }
        return value
    }

    /// A word and the index of the system it is read for, as a key.
    private struct SystemWord: Hashable, Sendable {
        var system: Int
        var word: String
    }

    /// The number of a string that keys are made of: the same string, the same number.
    func number(_ string: String) -> UInt32 {
        tables.withLock { tables in
            if let known = tables.numbers[string] { return known }
            let next = UInt32(tables.numbers.count)
            tables.numbers[string] = next
            return next
        }
    }

    /// A name split into parts, computed once.
    func parts(_ name: NameValue, _ compute: () -> NameParts) -> NameParts {
        if let known = tables.withLock({ $0.parts[name] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: name, in: &$0.parts, limit: limit) }
        return value
    }

    /// A name's blocking keys, computed once.
    func blockingKeys(_ name: NameValue, _ compute: () -> [NameKey]) -> [NameKey] {
        if let known = tables.withLock({ $0.blocking[name] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: name, in: &$0.blocking, limit: limit) }
        return value
    }

    /// A name's words as compared word by word, computed once.
    func comparableWords(_ name: NameValue, _ compute: () -> [String]) -> [String] {
        if let known = tables.withLock({ $0.comparable[name] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: name, in: &$0.comparable, limit: limit) }
        return value
    }

    /// A name's keys for names of unknown kind, computed once.
    func unknownKindKeys(_ name: NameValue, _ compute: () -> [NameKey]) -> [NameKey] {
        if let known = tables.withLock({ $0.unknownKind[name] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: name, in: &$0.unknownKind, limit: limit) }
        return value
    }

    /// A name's lookup keys, computed once.
    func lookupKeys(_ name: NameValue, _ compute: () -> [NameKey]) -> [NameKey] {
        if let known = tables.withLock({ $0.lookup[name] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: name, in: &$0.lookup, limit: limit) }
        return value
    }

    /// Two names compared, computed once.
    func comparison(_ a: NameValue, _ b: NameValue, _ compute: () -> NameMatch) -> NameMatch {
        let key = NamePair(a: a, b: b)
        if let known = tables.withLock({ $0.comparisons[key] }) { return known }
        let value = compute()
        tables.withLock { MatcherCache.store(value, at: key, in: &$0.comparisons, limit: limit) }
        return value
    }

    /// Two names in order, as a comparison's key.
    private struct NamePair: Hashable, Sendable {
        var a: NameValue
        var b: NameValue
    }

    /// Files a value computed outside the lock (each table is looked up under the lock, the
    /// value computed without it, then filed under it), emptying the table first when it is full.
    private static func store<Key: Hashable, Value>(_ value: Value, at key: Key, in table: inout [Key: Value], limit: Int) {
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[key] = value
    }
}
