/// A set of lexicon words with fast lookup (see `WordIndex`): what `Set<String>` was for the
/// lexicon, with the same answers. Iterates in insertion order.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral, Equatable {
    private var index = WordIndex()

    public init() {}

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { index.insert(word) }
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    public func contains(_ word: String) -> Bool { index.find(word) != nil }

    /// Adds a word; whether it was new.
    @discardableResult
    public mutating func insert(_ word: String) -> Bool { index.insert(word).inserted }

    /// Adds every word of `words`.
    public mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { index.insert(word) }
    }

    public var count: Int { index.count }
    public var isEmpty: Bool { index.count == 0 }

    public func makeIterator() -> IndexingIterator<[String]> { index.words.makeIterator() }

    /// Two sets are equal when they hold the same words, in any order.
    public static func == (lhs: WordSet, rhs: WordSet) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs.contains($0) }
    }
}
