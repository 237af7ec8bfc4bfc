/// Aligns two name words letter by letter, the way a weighted edit distance does, except that
/// a spelling may be replaced by an equivalent spelling from the lexicon (`kh` by `h`, `o` by
/// `a`) at that equivalence's cost, and any other difference is a full edit. The cheapest
/// alignment says how the two spellings relate and which equivalences it used.
public struct SpellingAligner: Sendable {
    /// One way of rewriting one spelling (in the first word) as another (in the second).
    struct Substitution: Sendable {
        var cost: Double
        var id: String
        var place: SpellingEquivalence.Place
    }

    /// How two words align.
    public struct Alignment: Sendable, Hashable {
        /// Differences no equivalence explains.
        public var fullEdits: Int
        /// Cognate alternations used (equivalences with a cost).
        public var alternations: Int
        /// Every equivalence used, as "id: from ~ to", in word order.
        public var steps: [String]
    }

    /// Cost of a difference no equivalence explains; larger than any sum of alternations.
    static let fullCost = 1000.0

    /// Every spelling that takes part in an equivalence, "" included; an index is a side's id.
    private var sides: [[Unicode.Scalar]] = []
    /// Ids of the non-empty sides, by their last letter, longest first.
    private var sidesByLast: [Unicode.Scalar: [Int]] = [:]
    /// `sidesByLast` for the 128 ASCII scalars, read without hashing (nearly every folded letter).
    private var asciiSidesByLast = [[Int]](repeating: [], count: 128)
    /// The id of "", if some equivalence lets a spelling be left out.
    private var emptySide: Int?
    /// Each side's length, read in the inner loop of `align` without touching `sides`.
    private var lengths: [Int] = []
    /// Every way of rewriting one side as another, grouped by the pair (from, to) in the order
    /// the equivalences give them: the pair `from * sides.count + to` has the options
    /// `pairStart[pair]..<pairStart[pair + 1]`. Flat, so that the inner loop of `align` reads
    /// numbers, not nested arrays.
    private var options: [Substitution] = []
    private var pairStart: [Int] = [0]
    /// Each option's cost and place, read in the inner loop without touching its id.
    private var optionCosts: [Double] = []
    private var optionPlaces: [SpellingEquivalence.Place] = []

    public init(_ equivalences: [SpellingEquivalence]) {
        var ids: [String: Int] = [:]
        // Longest first (in characters, counted once a form rather than at every comparison),
        // then in string order.
        let forms = Set(equivalences.flatMap(\.forms)).map { (length: $0.count, form: $0) }
        for (_, form) in forms.sorted(by: { ($0.length, $1.form) > ($1.length, $0.form) }) {
            ids[form] = sides.count
            sides.append(Array(form.unicodeScalars))
        }
        // Every rewriting with its pair, in the order the equivalences give them; then laid out
        // pair by pair by counting, in that order within a pair. (A table of every pair, most
        // of them empty, was built and walked here: a side count squared of arrays per aligner.)
        var rewritings: [(pair: Int, option: Substitution)] = []
        for equivalence in equivalences {
            let label = equivalence.label
            for from in equivalence.forms {
                for to in equivalence.forms where to != from {
                    guard let f = ids[from], let t = ids[to] else { continue }
                    rewritings.append((f * sides.count + t, Substitution(cost: equivalence.cost, id: label, place: equivalence.place)))
                }
            }
        }
        let pairCount = sides.count * sides.count
        pairStart = [Int](repeating: 0, count: pairCount + 1)
        for rewriting in rewritings { pairStart[rewriting.pair + 1] += 1 }
        for pair in 0..<pairCount { pairStart[pair + 1] += pairStart[pair] }
        var slot = pairStart
        var order = [Int](repeating: 0, count: rewritings.count)
        for (index, rewriting) in rewritings.enumerated() {
            order[slot[rewriting.pair]] = index
            slot[rewriting.pair] += 1
        }
        options = order.map { rewritings[$0].option }
        optionCosts = options.map(\.cost)
        optionPlaces = options.map(\.place)
        lengths = sides.map(\.count)
        for (id, side) in sides.enumerated() {
            if let last = side.last { sidesByLast[last, default: []].append(id) } else { emptySide = id }
        }
        for (last, ids) in sidesByLast where last.isASCII { asciiSidesByLast[Int(last.value)] = ids }
    }

    /// The cheapest alignment of `a` with `b` (both already folded to Latin).
    public func align(_ a: String, _ b: String) -> Alignment {
        // With full edits every cell is reached, so there is always an alignment; the fallback
        // is the one `trace` gives a cell without a step (every letter an edit).
        solve(word(a), word(b), edits: true)
            ?? Alignment(fullEdits: a.unicodeScalars.count + b.unicodeScalars.count, alternations: 0, steps: [])
    }

    /// The cheapest alignment of `a` with `b` if one needs no full edit, else nil: what `align`
    /// answers whenever its `fullEdits` is 0, found without weighing a full edit at any cell,
    /// and given up as soon as no row within a side's length can be reached. (A cell reached
    /// without an edit costs less than one edit, so its cost and step are the same in both
    /// tables; a cell reached only through an edit cannot lie on an edit-free path.)
    public func alignWithoutEdits(_ a: String, _ b: String) -> Alignment? {
        solve(word(a), word(b), edits: false)
    }

    /// `alignWithoutEdits` for words already read with `word`; without `describing`, the
    /// alignment's `steps` are left empty (its counts are the same).
    public func alignWithoutEdits(_ a: Word, _ b: Word, describing: Bool = true) -> Alignment? {
        solve(a, b, edits: false, describing: describing)
    }

    /// A word read for aligning: its letters, and the sides that end at each position. A
    /// matcher reads each word once and aligns it with many.
    public struct Word: Sendable {
        let letters: [Unicode.Scalar]
        /// The sides ending at position `end` are `sideIDs[sideStart[end]..<sideStart[end + 1]]`.
        let sideIDs: [Int]
        let sideStart: [Int]
        /// The longest side found in the word (at least 1, a letter): a step moves back at
        /// most this many of its letters.
        let longest: Int
    }

    /// `text` read for aligning.
    public func word(_ text: String) -> Word {
        let letters = Array(text.unicodeScalars)
        let (ids, start) = endingSides(letters)
        return Word(letters: letters, sideIDs: ids, sideStart: start, longest: ids.reduce(1) { max($0, lengths[$1]) })
    }

    /// The cheapest alignment of `x` with `y`; without `edits`, nil when the last cell cannot be
    /// reached. The table lives in temporary memory (on the stack for name-sized words).
    private func solve(_ x: Word, _ y: Word, edits: Bool, describing: Bool = true) -> Alignment? {
        let width = y.letters.count + 1
        let cells = (x.letters.count + 1) * width
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: cells) { cost in
            withUnsafeTemporaryAllocation(of: Step.self, capacity: cells) { back in
                cost.initialize(repeating: .infinity)
                back.initialize(repeating: .none)
                cost[0] = 0
                guard fill(cost, back, x, y, width, edits: edits), edits || cost[cells - 1] < .infinity else { return nil }
                return trace(back, x.letters, y.letters, width, describing: describing)
            }
        }
    }

    /// Fills the table of best costs and steps; false when, without edits, no later row can be
    /// reached.
    private func fill(_ cost: UnsafeMutableBufferPointer<Double>, _ back: UnsafeMutableBufferPointer<Step>, _ x: Word, _ y: Word,
                      _ width: Int, edits: Bool) -> Bool {
        let (lengths, pairStart, optionCosts, optionPlaces) = (self.lengths, self.pairStart, self.optionCosts, self.optionPlaces)
        let sideCount = sides.count
        // A step moves back at most as many letters of each word as its longest side has
        // (`Word.longest`: a name's are two or three letters long, the lexicon's up to seven).
        let (rowSpan, columnSpan) = (x.longest, y.longest)
        // Rows in a row that no cell of was reached: after `rowSpan` of them no later row can be.
        var unreachedRows = 0
        // Without edits, the last column reached in each row: a row's cells beyond the reach
        // of its last `rowSpan` rows (and of its own cells before) are never reached, and are
        // left as weighing them would leave them (infinite, no step).
        var lastReached = [Int](repeating: -1, count: edits ? 0 : x.letters.count + 1)
        if !edits { lastReached[0] = 0 }
        for i in 0...x.letters.count {
            var rowReached = i == 0
            var reach = edits ? y.letters.count + columnSpan : 0
            if !edits, i > 0 {
                reach = -1
                for row in max(0, i - rowSpan)..<i { reach = max(reach, lastReached[row]) }
            }
            for j in 0...y.letters.count where i + j > 0 {
                if j - columnSpan > reach { break }
                var best = Double.infinity
                var step = Step.none
                if i > 0, j > 0, x.letters[i - 1] == y.letters[j - 1], cost[(i - 1) * width + j - 1] < best {
                    best = cost[(i - 1) * width + j - 1]
                    step = .same
                }
                if edits {
                    if i > 0, j > 0, cost[(i - 1) * width + j - 1] + SpellingAligner.fullCost < best {
                        best = cost[(i - 1) * width + j - 1] + SpellingAligner.fullCost
                        step = .edit(1, 1)
                    }
                    if i > 0, cost[(i - 1) * width + j] + SpellingAligner.fullCost < best {
                        best = cost[(i - 1) * width + j] + SpellingAligner.fullCost
                        step = .edit(1, 0)
                    }
                    if j > 0, cost[i * width + j - 1] + SpellingAligner.fullCost < best {
                        best = cost[i * width + j - 1] + SpellingAligner.fullCost
                        step = .edit(0, 1)
                    }
                }
                for fromIndex in x.sideStart[i]..<x.sideStart[i + 1] {
                    let from = x.sideIDs[fromIndex]
                    let pi = i - lengths[from]
                    for toIndex in y.sideStart[j]..<y.sideStart[j + 1] {
                        let to = y.sideIDs[toIndex]
                        guard from != to else { continue }
                        let pj = j - lengths[to]
                        let previous = cost[pi * width + pj]
                        guard previous < best else { continue }
                        let pair = from * sideCount + to
                        for option in pairStart[pair]..<pairStart[pair + 1]
                        where previous + optionCosts[option] < best && applies(optionPlaces[option], x.letters, pi, i, y.letters, pj, j) {
                            best = previous + optionCosts[option]
                            step = .rule(from, to, option)
                        }
                    }
                }
                cost[i * width + j] = best
                back[i * width + j] = step
                if best < .infinity {
                    rowReached = true
                    if !edits {
                        lastReached[i] = j
                        reach = max(reach, j)
                    }
                }
            }
            unreachedRows = rowReached ? 0 : unreachedRows + 1
            if !edits, unreachedRows >= rowSpan { return false }
        }
        return true
    }

    // MARK: - Private

    private enum Step {
        case none
        case same
        case edit(Int, Int)
        /// From side, to side, index of the substitution in `options`.
        case rule(Int, Int, Int)
    }

    /// Ids of the sides that end at each position `end` of `word` (0 through `word.count`),
    /// longest first, "" last: those ending at `end` are `ids[start[end]..<start[end + 1]]`.
    private func endingSides(_ word: [Unicode.Scalar]) -> (ids: [Int], start: [Int]) {
        var ids: [Int] = []
        // About two sides end at a letter (itself and a longer spelling), and "" everywhere.
        ids.reserveCapacity(3 * word.count + 1)
        var start = [0]
        start.reserveCapacity(word.count + 2)
        for end in 0...word.count {
            if end > 0 {
                let last = word[end - 1]
                for id in last.isASCII ? asciiSidesByLast[Int(last.value)] : sidesByLast[last] ?? [] {
                    let side = sides[id]
                    if side.count <= end, word[(end - side.count)..<end].elementsEqual(side) { ids.append(id) }
                }
            }
            if let emptySide { ids.append(emptySide) }
            start.append(ids.count)
        }
        return (ids, start)
    }

    private func applies(_ place: SpellingEquivalence.Place, _ x: [Unicode.Scalar], _ pi: Int, _ i: Int,
                         _ y: [Unicode.Scalar], _ pj: Int, _ j: Int) -> Bool {
        switch place {
        case .anywhere: return true
        case .start: return pi == 0 && pj == 0
        case .end: return i == x.count && j == y.count
        case .afterVowel:
            return pi > 0 && pj > 0 && SpellingAligner.isVowel(x[pi - 1]) && SpellingAligner.isVowel(y[pj - 1])
        case .inside: return pi > 0 && pj > 0 && i < x.count && j < y.count
        }
    }

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool { "aeiouy".unicodeScalars.contains(scalar) }

    private func trace(_ back: UnsafeMutableBufferPointer<Step>, _ x: [Unicode.Scalar], _ y: [Unicode.Scalar], _ width: Int,
                       describing: Bool) -> Alignment {
        var i = x.count
        var j = y.count
        var result = Alignment(fullEdits: 0, alternations: 0, steps: [])
        while i + j > 0 {
            switch back[i * width + j] {
            case .none:
                return Alignment(fullEdits: x.count + y.count, alternations: 0, steps: [])
            case .same:
                i -= 1
                j -= 1
            case .edit(let di, let dj):
                result.fullEdits += 1
                if describing {
                    let from = di > 0 ? String(x[i - 1]) : "∅"
                    let to = dj > 0 ? String(y[j - 1]) : "∅"
                    result.steps.append("edit: \(from) ~ \(to)")
                }
                i -= di
                j -= dj
            case .rule(let from, let to, let index):
                let option = options[index]
                if option.cost > 0 { result.alternations += 1 }
                if describing {
                    result.steps.append("\(option.id): \(SpellingAligner.show(sides[from])) ~ \(SpellingAligner.show(sides[to]))")
                }
                i -= sides[from].count
                j -= sides[to].count
            }
        }
        result.steps.reverse()
        return result
    }

    private static func show(_ side: [Unicode.Scalar]) -> String {
        side.isEmpty ? "∅" : String(String.UnicodeScalarView(side))
    }
}
