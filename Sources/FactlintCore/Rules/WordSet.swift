/// A set of lexicon words with fast lookup (see `WordIndex`): what `Set<String>` was for the
/// lexicon, with the same answers. Iterates in insertion order. One reference wide, so copying
/// it (every table read through `SharedLexicon` is a copy) costs a retain.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral, Hashable {
    private final class Box: Sendable {
        let index: WordIndex
        init(_ index: WordIndex) { self.index = index }
    }

    private static let empty = Box(WordIndex())
    private var box: Box

    public init() { box = WordSet.empty }

    public init<S: Sequence>(_ words: S) where S.Element == String {
        var index = WordIndex()
        for word in words { index.insert(word) }
        box = Box(index)
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    public func contains(_ word: String) -> Bool { box.index.find(word) != nil }

    /// Adds a word; whether it was new.
    @discardableResult
    public mutating func insert(_ word: String) -> Bool {
        var inserted = false
        mutate { inserted = $0.insert(word).inserted }
        return inserted
    }

    /// Adds every word of `words`.
    public mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        mutate { index in for word in words { index.insert(word) } }
    }

    public var count: Int { box.index.count }
    public var isEmpty: Bool { box.index.count == 0 }

    public func makeIterator() -> IndexingIterator<[String]> { box.index.words.makeIterator() }

    /// Two sets are equal when they hold the same words, in any order.
    public static func == (lhs: WordSet, rhs: WordSet) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs.contains($0) }
    }

    /// Hashes the word count only: equal sets, in whatever order, hash alike.
    public func hash(into hasher: inout Hasher) { hasher.combine(count) }

    /// Changes the index in place when this set is its only owner (the box is let go first, so
    /// the index's arrays are uniquely referenced), else a copy of it.
    private mutating func mutate(_ change: (inout WordIndex) -> Void) {
        var index = box.index
        box = WordSet.empty
        defer { box = Box(index) }
        change(&index)
    }
}
