import FactlintCore
import Testing

/// The letter-by-letter alignment under the lexicon's equivalences.
@Suite("SpellingAligner")
struct SpellingAlignerTests {
    static let aligner = SpellingAligner([
        SpellingEquivalence(id: "х", forms: ["kh", "h", "ch"], cost: 0),
        SpellingEquivalence(id: "akanye", forms: ["o", "a"], cost: 0.3),
        SpellingEquivalence(id: "final-e", forms: ["e", ""], cost: 0.3, place: .end),
        SpellingEquivalence(id: "й", forms: ["y", "i"], cost: 0, place: .afterVowel),
    ])

    @Test("identical words need nothing")
    func identical() {
        let alignment = Self.aligner.align("losik", "losik")
        #expect(alignment.fullEdits == 0 && alignment.alternations == 0 && alignment.steps.isEmpty)
    }

    @Test("free classes cost nothing but are listed; alternations are counted")
    func classes() {
        let alignment = Self.aligner.align("mikhalkov", "michalkav")
        #expect(alignment.fullEdits == 0)
        #expect(alignment.alternations == 1)
        #expect(alignment.steps == ["х: kh ~ ch", "akanye: o ~ a"])
    }

    @Test("a place-bound equivalence applies only there")
    func places() {
        #expect(Self.aligner.align("rasputine", "rasputin").fullEdits == 0)
        #expect(Self.aligner.align("perov", "pterov").fullEdits == 1)
        #expect(Self.aligner.align("maria", "marya").fullEdits == 1)  // i/y only after a vowel
        #expect(Self.aligner.align("sergei", "sergey").fullEdits == 0)
    }

    @Test("any other difference is a full edit")
    func edits() {
        let alignment = Self.aligner.align("minsk", "pinsk")
        #expect(alignment.fullEdits == 1)
        #expect(alignment.steps == ["edit: m ~ p"])
    }
}
