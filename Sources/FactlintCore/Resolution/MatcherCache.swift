import Synchronization

/// Remembers word comparisons, name splits and keys for a matcher, which meets the same words
/// and names again and again in one corpus. Its tables are guarded by a `Mutex` (a matcher may
/// be shared by threads: a story's own matcher is used by one thread, except while a story run
/// alone finds its documents' own clusters on every thread, and an uncontended `Mutex` costs a
/// pair of atomic operations where `NSLock` cost a tenth of a look-up); each table is emptied
/// when it grows past `limit` entries, so memory stays bounded on an archive.
final class MatcherCache: Sendable {
    private struct Tables {
        var words: [WordPair: (Bool, [String])] = [:]
        var nearMisses: [WordPair: Bool] = [:]
        var readings: [NameValue: NameReading] = [:]
        var skeletons: [String: [UInt32]] = [:]
        var spellings: [String: [UInt32]] = [:]
        var alignerWords: [String: SpellingAligner.Word] = [:]
        var systemWords: [SystemWord: SpellingAligner.Word] = [:]
        var blocking: [NameValue: [NameKey]] = [:]
        var lookup: [NameValue: [NameKey]] = [:]
        var unknownKind: [NameValue: [NameKey]] = [:]
        var comparable: [NameValue: [String]] = [:]
        var wholeNameKeys: [NameValue: KeyLists] = [:]
        var givenNameKeys: [String: KeyLists] = [:]
        /// Strings a matcher's keys are made of (skeletons, acronyms' letters), numbered in the
        /// order first met, in the run's shared cache. Never emptied: a key's number must mean
        /// one string for as long as the run lives, and a run's words have far fewer distinct
        /// skeletons than the 2^28 a `NameKey` can number. (Only whether two numbers are equal
        /// is ever read: which number a string gets, which may depend on which thread asked
        /// first, never reaches a decision.)
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
            readings.reserveCapacity(256)
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
        remembered(\.words, WordPair(a: a, b: b, alternations: alternations), compute)
    }

    /// Whether two words are a near miss (one letter put for another), computed once.
    func nearMiss(_ a: String, _ b: String, _ compute: () -> Bool) -> Bool {
        remembered(\.nearMisses, WordPair(a: a, b: b, alternations: false), compute)
    }

    /// Two words in order and whether alternations were allowed, as a comparison's key.
    private struct WordPair: Hashable, Sendable {
        var a: String
        var b: String
        var alternations: Bool
    }

    /// A word's skeleton keys (numbered), computed once.
    func skeleton(_ word: String, _ compute: () -> [UInt32]) -> [UInt32] {
        remembered(\.skeletons, word, compute)
    }

    /// A word's spelling keys (numbered), computed once.
    func spelling(_ word: String, _ compute: () -> [UInt32]) -> [UInt32] {
        remembered(\.spellings, word, compute)
    }

    /// A word read for the aligner, computed once.
    func alignerWord(_ word: String, _ compute: () -> SpellingAligner.Word) -> SpellingAligner.Word {
        remembered(\.alignerWords, word, compute)
    }

    /// A word read for one romanisation system's aligner (`system`: its index), computed once:
    /// a word that differs from another is tried in every system, each reading it anew.
    func systemWord(_ system: Int, _ word: String, _ compute: () -> SpellingAligner.Word) -> SpellingAligner.Word {
        remembered(\.systemWords, SystemWord(system: system, word: word), compute)
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

    /// A name split into parts, read once (`NameReading`).
    func reading(_ name: NameValue, _ compute: () -> NameReading) -> NameReading {
        remembered(\.readings, name, compute)
    }

    /// A name's blocking keys, computed once.
    func blockingKeys(_ name: NameValue, _ compute: () -> [NameKey]) -> [NameKey] {
        remembered(\.blocking, name, compute)
    }

    /// Keys to look a name up by and to file it under (`NameMatcher.sameKeys`).
    typealias KeyLists = (lookup: [NameKey], filing: [NameKey])

    /// The keys of the routes that compare a name whole, computed once (`sameKeys` and
    /// `agreeingKeys` both start from them).
    func wholeNameKeys(_ name: NameValue, _ compute: () -> KeyLists) -> KeyLists {
        remembered(\.wholeNameKeys, name, compute)
    }

    /// A folded given name's same-keys, computed once (`sameKeys` and `agreeingKeys` both ask,
    /// and many people share a given name).
    func givenNameKeys(_ given: String, _ compute: () -> KeyLists) -> KeyLists {
        remembered(\.givenNameKeys, given, compute)
    }

    /// A name's words as compared word by word, computed once.
    func comparableWords(_ name: NameValue, _ compute: () -> [String]) -> [String] {
        remembered(\.comparable, name, compute)
    }


    /// A name's keys for names of unknown kind, computed once.
    func unknownKindKeys(_ name: NameValue, _ compute: () -> [NameKey]) -> [NameKey] {
        remembered(\.unknownKind, name, compute)
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
    private struct NamePair: Hashable, Sendable {
        var a: NameValue
        var b: NameValue

        /// The names' stored hashes combined, in order (`NameValue._rawHashValue`): no
        /// `Hasher` run at each look-up.
        func _rawHashValue(seed: Int) -> Int {
            let first = a._rawHashValue(seed: seed)
            return (first &* 31 &+ b._rawHashValue(seed: 0)) ^ (first >> 17)
        }
    }

    /// The value of `key` in one of the tables, computed once: looked up under the lock,
    /// computed without it, then filed under it, the table emptied first when it is full.
    @inline(__always)
    private func remembered<Key: Hashable & Sendable, Value: Sendable>(_ table: WritableKeyPath<Tables, [Key: Value]>, _ key: Key,
                                                  _ compute: () -> Value) -> Value {
        if let known = tables.withLock({ $0[keyPath: table][key] }) { return known }
        let value = compute()
        tables.withLock { tables in
            if tables[keyPath: table].count >= limit { tables[keyPath: table].removeAll(keepingCapacity: true) }
            tables[keyPath: table][key] = value
        }
        return value
    }
}
