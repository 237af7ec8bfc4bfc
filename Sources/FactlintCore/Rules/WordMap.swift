/// A map from lexicon words to values with fast lookup (see `WordIndex`): what
/// `[String: Value]` was for the lexicon, with the same answers. Iterates in insertion order.
/// One reference wide, so copying it costs a retain.
public struct WordMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private final class Box: Sendable {
        let index: WordIndex
        let values: [Value]
        init(_ index: WordIndex, _ values: [Value]) {
            self.index = index
            self.values = values
        }
    }

    private var box: Box

    public init() { box = Box(WordIndex(), []) }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (word, value) in elements { self[word] = value }
    }

    /// The value for `word`; setting nil removes the word.
    public subscript(word: String) -> Value? {
        @inline(__always)
        get {
            guard let i = box.index.find(word) else { return nil }
            return box.values[i]
        }
        set {
            mutate { index, values in
                if let newValue {
                    let (i, inserted) = index.insert(word)
                    if inserted { values.append(newValue) } else { values[i] = newValue }
                } else if let i = index.find(word) {
                    index.remove(at: i)
                    values.remove(at: i)
                }
            }
        }
    }

    /// The value for `word`, or `fallback` when it has none.
    public subscript(word: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[word] ?? fallback() }
        set { self[word] = newValue }
    }

    /// The words, in insertion order.
    public var keys: [String] { box.index.words }
    /// The values, in the order of `keys`.
    public var values: [Value] { box.values }
    public var count: Int { box.index.count }
    public var isEmpty: Bool { box.index.count == 0 }

    public func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator {
        zip(box.index.words, box.values).makeIterator()
    }

    /// Changes index and values in place when this map is their only owner, else copies.
    private mutating func mutate(_ change: (inout WordIndex, inout [Value]) -> Void) {
        var index = box.index
        var values = box.values
        box = Box(WordIndex(), [])
        defer { box = Box(index, values) }
        change(&index, &values)
    }
}
