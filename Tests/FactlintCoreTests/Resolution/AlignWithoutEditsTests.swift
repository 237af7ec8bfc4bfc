@testable import FactlintCore
import Testing

/// The matcher's short cut: an alignment looked for without full edits is the full
/// alignment whenever that needs no edit, and nothing otherwise.
@Suite("Alignment without full edits")
struct AlignWithoutEditsTests {
    @Test("agrees with the full alignment on every pair of words from the name-pair corpus")
    func agreesOnCorpusWords() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        let pairs = try NamePairCorpusTests.pairs()
        let words = NamePairCorpusTests.foldedWords(pairs)
        var found = 0
        var refused = 0
        // Pairs of words that start alike (the ones the matcher meets: they share a key), and
        // every word with itself and its neighbours in order.
        for (i, a) in words.enumerated() {
            for b in words[i...].prefix(40) {
                let full = matcher.aligner.align(a, b)
                let short = matcher.aligner.alignWithoutEdits(a, b)
                if full.fullEdits == 0 {
                    #expect(short == full, "\(a) ~ \(b)")
                    found += 1
                } else {
                    #expect(short == nil, "\(a) ~ \(b)")
                    refused += 1
                }
            }
        }
        // Both answers occur often enough for the comparison to mean something.
        #expect(found > 500 && refused > 5000)
    }

    @Test("a pair the aligner of every system's equivalences cannot align, no aligner of the matcher can")
    func anySystemBoundsEveryAligner() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        let pairs = try NamePairCorpusTests.pairs()
        let words = NamePairCorpusTests.foldedWords(pairs)
        let aligners = [matcher.aligner] + matcher.systemAligners.map(\.aligner)
        var given = 0
        var kept = 0
        for (i, a) in words.enumerated() {
            for b in words[i...].prefix(40) {
                if matcher.anySystem.alignWithoutEdits(a, b) == nil {
                    given += 1
                    for aligner in aligners { #expect(aligner.alignWithoutEdits(a, b) == nil, "\(a) ~ \(b)") }
                } else if aligners.contains(where: { $0.alignWithoutEdits(a, b) != nil }) {
                    kept += 1
                }
            }
        }
        #expect(given > 1000 && kept > 500)
        // Invented words: one letter no equivalence explains, and one vowel an Arabic
        // romanisation writes another way.
        #expect(matcher.anySystem.alignWithoutEdits("bortel", "bortex") == nil)
        #expect(matcher.anySystem.alignWithoutEdits("hamid", "hamed") != nil)
    }

    @Test("a word that needs a deletion, an insertion or a substitution has no edit-free alignment")
    func edits() {
        let aligner = SpellingAligner([
            SpellingEquivalence(id: "х", forms: ["kh", "h", "ch"], cost: 0),
            SpellingEquivalence(id: "final-e", forms: ["e", ""], cost: 0.3, place: .end),
        ])
        #expect(aligner.alignWithoutEdits("minsk", "pinsk") == nil)
        #expect(aligner.alignWithoutEdits("perov", "pterov") == nil)
        #expect(aligner.alignWithoutEdits("rasputine", "rasputi") == nil)
        #expect(aligner.alignWithoutEdits("rasputine", "rasputin")?.steps == ["final-e: e ~ ∅"])
        #expect(aligner.alignWithoutEdits("mikhail", "michail")?.steps == ["х: kh ~ ch"])
        #expect(aligner.alignWithoutEdits("", "") == aligner.align("", ""))
    }
}
