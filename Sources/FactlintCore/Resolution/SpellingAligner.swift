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
    /// The longest side's length (at least 1): a step moves back at most this many letters.
    private var longestSide = 1
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
        for form in Set(equivalences.flatMap(\.forms)).sorted(by: { ($0.count, $1) > ($1.count, $0) }) {
            ids[form] = sides.count
            sides.append(Array(form.unicodeScalars))
        }
        var table: [[[Substitution]]] = Array(repeating: Array(repeating: [], count: sides.count), count: sides.count)
        for equivalence in equivalences {
            for from in equivalence.forms {
                for to in equivalence.forms where to != from {
                    guard let f = ids[from], let t = ids[to] else { continue }
                    table[f][t].append(Substitution(cost: equivalence.cost, id: equivalence.id, place: equivalence.place))
                }
            }
        }
        for row in table {
            for pair in row {
                options += pair
                pairStart.append(options.count)
            }
        }
        optionCosts = options.map(\.cost)
        optionPlaces = options.map(\.place)
        lengths = sides.map(\.count)
        longestSide = max(1, lengths.max() ?? 1)
        for (id, side) in sides.enumerated() {
            if let last = side.last { sidesByLast[last, default: []].append(id) } else { emptySide = id }
        }
        for (last, ids) in sidesByLast where last.isASCII { asciiSidesByLast[Int(last.value)] = ids }
    }

    /// The cheapest alignment of `a` with `b` (both already folded to Latin).
    public func align(_ a: String, _ b: String) -> Alignment {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        // With full edits every cell is reached: the table is always complete.
        return trace(steps(x, y, edits: true) ?? [], x, y, y.count + 1)
    }

    /// The cheapest alignment of `a` with `b` if one needs no full edit, else nil: what `align`
    /// answers whenever its `fullEdits` is 0, found without weighing a full edit at any cell,
    /// and given up as soon as no row within a side's length can be reached. (A cell reached
    /// without an edit costs less than one edit, so its cost and step are the same in both
    /// tables; a cell reached only through an edit cannot lie on an edit-free path.)
    public func alignWithoutEdits(_ a: String, _ b: String) -> Alignment? {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        guard let back = steps(x, y, edits: false) else { return nil }
        return trace(back, x, y, y.count + 1)
    }

    /// The table of best steps for aligning `x` with `y`; without `edits`, nil when the last
    /// cell cannot be reached.
    private func steps(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], edits: Bool) -> [Step]? {
        let width = y.count + 1
        var cost = Array(repeating: Double.infinity, count: (x.count + 1) * width)
        var back = Array(repeating: Step.none, count: (x.count + 1) * width)
        cost[0] = 0
        let (xSides, xStart) = endingSides(x)
        let (ySides, yStart) = endingSides(y)
        let (lengths, pairStart, optionCosts, optionPlaces) = (self.lengths, self.pairStart, self.optionCosts, self.optionPlaces)
        let sideCount = sides.count
        // Rows in a row that no cell of was reached: after `longestSide` of them no later row can be.
        var unreachedRows = 0
        for i in 0...x.count {
            var rowReached = i == 0
            for j in 0...y.count where i + j > 0 {
                var best = Double.infinity
                var step = Step.none
                if i > 0, j > 0, x[i - 1] == y[j - 1], cost[(i - 1) * width + j - 1] < best {
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
                for fromIndex in xStart[i]..<xStart[i + 1] {
                    let from = xSides[fromIndex]
                    let pi = i - lengths[from]
                    for toIndex in yStart[j]..<yStart[j + 1] {
                        let to = ySides[toIndex]
                        guard from != to else { continue }
                        let pj = j - lengths[to]
                        let previous = cost[pi * width + pj]
                        guard previous < best else { continue }
                        let pair = from * sideCount + to
                        for option in pairStart[pair]..<pairStart[pair + 1]
                        where previous + optionCosts[option] < best && applies(optionPlaces[option], x, pi, i, y, pj, j) {
                            best = previous + optionCosts[option]
                            step = .rule(from, to, option)
                        }
                    }
                }
                cost[i * width + j] = best
                back[i * width + j] = step
                if best < .infinity { rowReached = true }
            }
            unreachedRows = rowReached ? 0 : unreachedRows + 1
            if !edits, unreachedRows >= longestSide { return nil }
        }
        return edits || cost[cost.count - 1] < .infinity ? back : nil
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
        }
    }

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool { "aeiouy".unicodeScalars.contains(scalar) }

    private func trace(_ back: [Step], _ x: [Unicode.Scalar], _ y: [Unicode.Scalar], _ width: Int) -> Alignment {
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
                let from = di > 0 ? String(x[i - 1]) : "∅"
                let to = dj > 0 ? String(y[j - 1]) : "∅"
                result.steps.append("edit: \(from) ~ \(to)")
                i -= di
                j -= dj
            case .rule(let from, let to, let index):
                let option = options[index]
                if option.cost > 0 { result.alternations += 1 }
                result.steps.append("\(option.id): \(SpellingAligner.show(sides[from])) ~ \(SpellingAligner.show(sides[to]))")
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
