/// Aligns two name words letter by letter, the way a weighted edit distance does, except that
/// a spelling may be replaced by an equivalent spelling from the lexicon (`kh` by `h`, `o` by
/// `a`) at that equivalence's cost, and any other difference is a full edit. The cheapest
/// alignment says how the two spellings relate and which equivalences it used.
public struct SpellingAligner: Sendable {
    /// One way of rewriting `from` (in the first word) as `to` (in the second).
    struct Substitution: Sendable {
        var from: [Character]
        var to: [Character]
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

    private var substitutions: [String: [Substitution]] = [:]
    /// Every non-empty spelling that takes part in an equivalence, by its last letter, longest first.
    private var sidesByLast: [Character: [[Character]]] = [:]
    /// Whether some equivalence lets a spelling be left out ("" is one of its forms).
    private var hasEmptySide = false

    public init(_ equivalences: [SpellingEquivalence]) {
        var sideSet = Set<String>()
        for equivalence in equivalences {
            for from in equivalence.forms {
                sideSet.insert(from)
                for to in equivalence.forms where to != from {
                    let substitution = Substitution(from: Array(from), to: Array(to), cost: equivalence.cost,
                                                    id: equivalence.id, place: equivalence.place)
                    substitutions[SpellingAligner.key(from, to), default: []].append(substitution)
                }
            }
        }
        for side in sideSet.sorted(by: { ($0.count, $1) > ($1.count, $0) }) {
            guard let last = side.last else {
                hasEmptySide = true
                continue
            }
            sidesByLast[last, default: []].append(Array(side))
        }
    }

    /// The cheapest alignment of `a` with `b` (both already folded to Latin).
    public func align(_ a: String, _ b: String) -> Alignment {
        let x = Array(a)
        let y = Array(b)
        let width = y.count + 1
        var cost = Array(repeating: Double.infinity, count: (x.count + 1) * width)
        var back = Array(repeating: Step.none, count: (x.count + 1) * width)
        cost[0] = 0
        let xSides = (0...x.count).map { endingSides(x, at: $0) }
        let ySides = (0...y.count).map { endingSides(y, at: $0) }
        for i in 0...x.count {
            for j in 0...y.count where i + j > 0 {
                var best = Double.infinity
                var step = Step.none
                func consider(_ value: Double, _ candidate: Step) {
                    if value < best { best = value; step = candidate }
                }
                if i > 0, j > 0, x[i - 1] == y[j - 1] { consider(cost[(i - 1) * width + j - 1], .same) }
                if i > 0, j > 0 { consider(cost[(i - 1) * width + j - 1] + SpellingAligner.fullCost, .edit(1, 1)) }
                if i > 0 { consider(cost[(i - 1) * width + j] + SpellingAligner.fullCost, .edit(1, 0)) }
                if j > 0 { consider(cost[i * width + j - 1] + SpellingAligner.fullCost, .edit(0, 1)) }
                for from in xSides[i] {
                    for to in ySides[j] where from != to {
                        guard let options = substitutions[SpellingAligner.key(String(from), String(to))] else { continue }
                        let pi = i - from.count
                        let pj = j - to.count
                        for (index, option) in options.enumerated() where applies(option.place, x, pi, i, y, pj, j) {
                            consider(cost[pi * width + pj] + option.cost, .rule(from.count, to.count, String(from) + "\u{0}" + String(to), index))
                        }
                    }
                }
                cost[i * width + j] = best
                back[i * width + j] = step
            }
        }
        return trace(back, x, y, width)
    }

    // MARK: - Private

    private enum Step {
        case none
        case same
        case edit(Int, Int)
        case rule(Int, Int, String, Int)
    }

    private static func key(_ from: String, _ to: String) -> String { from + "\u{0}" + to }

    /// The spellings that end at position `end` of `word`, longest first, "" included.
    private func endingSides(_ word: [Character], at end: Int) -> [[Character]] {
        var found: [[Character]] = []
        if end > 0, let candidates = sidesByLast[word[end - 1]] {
            for side in candidates where side.count <= end && word[(end - side.count)..<end].elementsEqual(side) {
                found.append(side)
            }
        }
        if hasEmptySide { found.append([]) }
        return found
    }

    private func applies(_ place: SpellingEquivalence.Place, _ x: [Character], _ pi: Int, _ i: Int,
                         _ y: [Character], _ pj: Int, _ j: Int) -> Bool {
        switch place {
        case .anywhere: return true
        case .start: return pi == 0 && pj == 0
        case .end: return i == x.count && j == y.count
        case .afterVowel:
            return pi > 0 && pj > 0 && SpellingAligner.isVowel(x[pi - 1]) && SpellingAligner.isVowel(y[pj - 1])
        }
    }

    static func isVowel(_ character: Character) -> Bool { "aeiouy".contains(character) }

    private func trace(_ back: [Step], _ x: [Character], _ y: [Character], _ width: Int) -> Alignment {
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
            case .rule(let di, let dj, let key, let index):
                if let option = substitutions[key]?[index] {
                    if option.cost > 0 { result.alternations += 1 }
                    let from = option.from.isEmpty ? "∅" : String(option.from)
                    let to = option.to.isEmpty ? "∅" : String(option.to)
                    result.steps.append("\(option.id): \(from) ~ \(to)")
                }
                i -= di
                j -= dj
            }
        }
        result.steps.reverse()
        return result
    }
}
