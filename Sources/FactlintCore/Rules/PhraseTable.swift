/// Lexicon phrases ("more than", "walked free") looked up at a token position by
/// their normalised words; the longest phrase that matches wins. Compiled once at load.
public struct PhraseTable<Payload: Sendable>: Sendable {
    private var byFirstWord: WordMap<[(words: [String], payload: Payload)]> = [:]
    /// The longest phrase, in words.
    public private(set) var maxLength = 0

    public init() {}

    /// Adds a phrase given as words already normalised. A phrase added again replaces the old payload.
    public mutating func add(words: [String], _ payload: Payload) {
        guard let first = words.first else { return }
        var list = byFirstWord[first, default: []]
        list.removeAll { $0.words == words }
        list.append((words, payload))
        list.sort { $0.words.count > $1.words.count }
        byFirstWord[first] = list
        maxLength = max(maxLength, words.count)
    }

    /// Adds a phrase written as text, normalised the way documents are.
    public mutating func add(_ phrase: String, _ payload: Payload) {
        add(words: PhraseTable.words(of: phrase), payload)
    }

    /// The longest phrase that starts at `index` and ends before `limit`.
    public func match(_ norms: [String], at index: Int, limit: Int? = nil) -> (length: Int, payload: Payload)? {
        guard index >= 0, index < norms.count, let candidates = byFirstWord[norms[index]] else { return nil }
        let end = min(limit ?? norms.count, norms.count)
        for candidate in candidates where index + candidate.words.count <= end {
            var matches = true
            for offset in 1..<max(candidate.words.count, 1) where norms[index + offset] != candidate.words[offset] {
                matches = false
                break
            }
            if matches { return (candidate.words.count, candidate.payload) }
        }
        return nil
    }

    /// The longest phrase that ends just before `end` (its last word at `end - 1`), starting at or after `start`.
    public func match(_ norms: [String], endingBefore end: Int, notBefore start: Int = 0) -> (start: Int, payload: Payload)? {
        var best: (Int, Payload)?
        let earliest = max(start, end - maxLength)
        guard earliest < end else { return nil }
        for begin in stride(from: end - 1, through: earliest, by: -1) {
            if let found = match(norms, at: begin, limit: end), begin + found.length == end {
                best = (begin, found.payload)
            }
        }
        return best
    }

    /// Whether any phrase starts at `index`.
    public func contains(_ norms: [String], at index: Int) -> Bool { match(norms, at: index) != nil }

    public var isEmpty: Bool { byFirstWord.isEmpty }

    /// The words the phrases start with.
    public var firstWords: [String] { byFirstWord.map(\.0) }

    /// The normalised words of a phrase, as the tokenizer would produce them.
    public static func words(of phrase: String) -> [String] {
        Tokenizer().tokenize(Array(phrase.utf8)).norms
    }
}
