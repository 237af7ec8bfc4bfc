/// Lexicon phrases ("more than", "walked free") looked up at a token position by
/// their normalised words; the longest phrase that matches wins. Compiled once at load.
public struct PhraseTable<Payload: Sendable>: Sendable {
    typealias Phrases = [(words: [String], payload: Payload)]

    /// The phrases by their first word, and by their last word (for matching backwards from a
    /// position), in one box: a table read out of the lexicon is copied with one retain.
    private final class Tables: Sendable {
        let byFirstWord: WordMap<Phrases>
        let byLastWord: WordMap<Phrases>
        let maxLength: Int

        init(byFirstWord: WordMap<Phrases> = [:], byLastWord: WordMap<Phrases> = [:], maxLength: Int = 0) {
            self.byFirstWord = byFirstWord
            self.byLastWord = byLastWord
            self.maxLength = maxLength
        }
    }

    private static var empty: Tables { Tables() }
    private var tables: Tables

    /// The longest phrase, in words.
    public var maxLength: Int { tables.maxLength }

    public init() { tables = PhraseTable.empty }

    /// Adds a phrase given as words already normalised. A phrase added again replaces the old payload.
    public mutating func add(words: [String], _ payload: Payload) {
        guard let first = words.first, let last = words.last else { return }
        var byFirstWord = tables.byFirstWord
        var byLastWord = tables.byLastWord
        let maxLength = max(tables.maxLength, words.count)
        // The box is let go first, so that the maps are changed in place when this table was
        // their only owner.
        tables = PhraseTable.empty
        PhraseTable.file(words, payload, under: first, in: &byFirstWord)
        PhraseTable.file(words, payload, under: last, in: &byLastWord)
        tables = Tables(byFirstWord: byFirstWord, byLastWord: byLastWord, maxLength: maxLength)
    }

    /// Files a phrase in the list of its word `key`, longest phrases first.
    private static func file(_ words: [String], _ payload: Payload, under key: String, in table: inout WordMap<Phrases>) {
        var list = table[key, default: []]
        list.removeAll { $0.words == words }
        // After every phrase at least as long: the order a stable sort by length would give.
        let place = list.firstIndex { $0.words.count < words.count } ?? list.endIndex
        list.insert((words, payload), at: place)
        table[key] = list
    }

    /// Adds a phrase written as text, normalised the way documents are.
    public mutating func add(_ phrase: String, _ payload: Payload) {
        add(words: PhraseTable.words(of: phrase), payload)
    }

    /// The longest phrase that starts at `index` and ends before `limit`.
    public func match(_ norms: [String], at index: Int, limit: Int? = nil) -> (length: Int, payload: Payload)? {
        guard index >= 0, index < norms.count, let candidates = tables.byFirstWord[norms[index]] else { return nil }
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
    /// One look-up of the word at `end - 1`, its phrases tried longest first.
    public func match(_ norms: [String], endingBefore end: Int, notBefore start: Int = 0) -> (start: Int, payload: Payload)? {
        let earliest = max(start, 0)
        guard earliest < end, end <= norms.count, let candidates = tables.byLastWord[norms[end - 1]] else { return nil }
        for candidate in candidates where end - candidate.words.count >= earliest {
            let begin = end - candidate.words.count
            var matches = true
            for offset in 0..<candidate.words.count - 1 where norms[begin + offset] != candidate.words[offset] {
                matches = false
                break
            }
            if matches { return (begin, candidate.payload) }
        }
        return nil
    }

    /// Whether any phrase starts at `index`.
    public func contains(_ norms: [String], at index: Int) -> Bool { match(norms, at: index) != nil }

    public var isEmpty: Bool { tables.byFirstWord.isEmpty }

    /// Every word of every phrase.
    public var allWords: [String] { tables.byFirstWord.flatMap { $0.1.flatMap(\.words) } }

    /// The words the phrases start with.
    public var firstWords: [String] { tables.byFirstWord.map(\.0) }

    /// Adds a phrase written as text, matched by the stems of its words (`EnglishStemmer`):
    /// "release" matches "released", "releasing" and "releases".
    public mutating func add(lemmas phrase: String, _ payload: Payload) {
        add(words: PhraseTable.stems(of: phrase), payload)
    }

    /// The stems of a phrase's normalised words, as `ExtractionContext.stems` has a text's.
    public static func stems(of phrase: String) -> [String] {
        let tokens = Tokenizer().tokenize(Array(phrase.utf8))
        return zip(tokens.tokens, tokens.norms).map { $0.kind == .word ? EnglishStemmer.stem($1) : $1 }
    }

    /// Adds a phrase written as text, matched by the singulars of its words (`EnglishNoun`):
    /// "prisoner" matches "prisoners", as `ExtractionContext.nouns` has a text's words.
    public mutating func add(nouns phrase: String, _ payload: Payload) {
        add(words: PhraseTable.words(of: phrase).map(EnglishNoun.singular), payload)
    }

    /// The normalised words of a phrase, as the tokenizer would produce them.
    public static func words(of phrase: String) -> [String] {
        Tokenizer().tokenize(Array(phrase.utf8)).norms
    }
}
