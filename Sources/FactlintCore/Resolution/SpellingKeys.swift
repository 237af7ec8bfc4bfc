/// Keys of a folded word that any two words an aligner of the lexicon's equivalences aligns
/// without a full edit share, finer than `NameSkeleton`'s: the skeleton's groups are drawn from
/// the equivalences that may stand anywhere in a word, and an equivalence held to a word's
/// start or end (b/p, r/l/n, g/k at the start of a Korean or Chinese syllable; final g/k) is
/// read by stripping its spelling off the word, not by joining its letters' groups (which
/// joined nearly every consonant in one: the skeleton let most pairs of words through to the
/// aligner).
///
/// A word's keys are its skeleton's, "^" and the skeleton of what follows each start spelling
/// it begins with, the same with "$" for end spellings it ends with, and both at once: an
/// alignment uses at most one start step, at the start of both words, and one end step, at
/// their end, so two aligned words share the key that strips what those steps took. A
/// hyphenated word is compared part by part, each part with its own start and end, so its key
/// is its number of parts alone.
///
/// `NameSkeleton` keeps its coarser groups where they mean more than a filter (a near miss
/// shares a skeleton; a person's keys find near misses and adjectives of places).
struct SpellingKeys: Sendable {
    private let body: NameSkeleton
    /// Spellings held to a word's start, by their first letter, and to its end, by their last,
    /// each list longest first; and whether such an equivalence lets a spelling be left out
    /// ("" among them, which stands at any word's start or end). A word is compared only with
    /// the spellings its own first and last letters begin and end (it was compared with every
    /// one, a third of the cost of its keys).
    private let startsByFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
    private let endsByLast: [Unicode.Scalar: [[Unicode.Scalar]]]
    private let emptyStart: Bool
    private let emptyEnd: Bool

    init(_ equivalences: [SpellingEquivalence]) {
        body = NameSkeleton(equivalences.filter { $0.place != .start && $0.place != .end })
        let longestFirst = { (place: SpellingEquivalence.Place) in
            Array(Set(equivalences.filter { $0.place == place }.flatMap(\.forms)))
                .sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }
                .map { Array($0.unicodeScalars) }
        }
        let (starts, ends) = (longestFirst(.start), longestFirst(.end))
        startsByFirst = Dictionary(grouping: starts.filter { !$0.isEmpty }) { $0[0] }
        endsByLast = Dictionary(grouping: ends.filter { !$0.isEmpty }) { $0[$0.count - 1] }
        emptyStart = starts.contains { $0.isEmpty }
        emptyEnd = ends.contains { $0.isEmpty }
    }

    func keys(_ word: String) -> [String] {
        // (Split as `RomanisationMatcher.words` splits: a word of one part is aligned whole.)
        if word.utf8.contains(0x2D) {
            let parts = word.split(separator: "-").count
            if parts > 1 { return ["-\(parts)"] }
        }
        var keys = body.keys(word)
        // The spellings are held as scalar arrays, compared in place, and the parts of the word
        // they leave are read without being made strings (in ASCII, nearly every folded word,
        // a scalar is a byte). Longest first, the empty spelling last.
        let letters = Array(word.unicodeScalars)
        var heads: [Int] = []
        var tails: [Int] = []
        if let first = letters.first, let last = letters.last {
            for start in startsByFirst[first] ?? [] where start.count <= letters.count && letters[..<start.count].elementsEqual(start) {
                heads.append(start.count)
            }
            for end in endsByLast[last] ?? [] where end.count <= letters.count && letters[(letters.count - end.count)...].elementsEqual(end) {
                tails.append(end.count)
            }
        }
        if emptyStart { heads.append(0) }
        if emptyEnd { tails.append(0) }
        guard !heads.isEmpty || !tails.isEmpty else { return keys }
        let ascii = letters.count == word.utf8.count
        let bytes = ascii ? Array(word.utf8) : []
        let body = { (from: Int, to: Int) -> [String] in
            ascii ? self.body.keys(utf8: bytes[from..<to]) : self.body.keys(String(String.UnicodeScalarView(letters[from..<to])))
        }
        for head in heads { keys += body(head, letters.count).map { "^" + $0 } }
        for tail in tails { keys += body(0, letters.count - tail).map { $0 + "$" } }
        for head in heads {
            for tail in tails where head + tail <= letters.count {
                keys += body(head, letters.count - tail).map { "^" + $0 + "$" }
            }
        }
        // Each once, in order (a word has a handful of keys: a scan costs less than a set).
        var kept: [String] = []
        kept.reserveCapacity(keys.count)
        for key in keys where !kept.contains(key) { kept.append(key) }
        return kept
    }
}
