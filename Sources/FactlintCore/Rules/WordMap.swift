/// A map from lexicon words to values with fast lookup (see `WordIndex`): what
/// `[String: Value]` was for the lexicon, with the same answers. Iterates in insertion order.
public struct WordMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private var index = WordIndex()
    private var stored: [Value] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (word, value) in elements { self[word] = value }
    }

    /// The value for `word`; setting nil removes the word.
    public subscript(word: String) -> Value? {
        @inline(__always)
        get {
            guard let i = index.find(word) else { return nil }
            return stored[i]
        }
        set {
            if let newValue {
                let (i, inserted) = index.insert(word)
                if inserted { stored.append(newValue) } else { stored[i] = newValue }
            } else if let i = index.find(word) {
                index.remove(at: i)
                stored.remove(at: i)
            }
        }
    }

    /// The value for `word`, or `fallback` when it has none.
    public subscript(word: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[word] ?? fallback() }
        set { self[word] = newValue }
    }

    /// The words, in insertion order.
    public var keys: [String] { index.words }
    /// The values, in the order of `keys`.
    public var values: [Value] { stored }
    public var count: Int { index.count }
    public var isEmpty: Bool { index.count == 0 }

    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var position = 0
        let words = index.words
        let values = stored
        return AnyIterator {
            guard position < words.count else { return nil }
            defer { position += 1 }
            return (words[position], values[position])
        }
    }
}
