@testable import FactlintCore
import Testing

/// The matcher's finest filter before aligning: two words any aligner aligns without a full
/// edit share a spelling key, while letters that only a word's start or end lets differ
/// (b/p, r/l/n, final g/k) no longer put most consonants in one group.
@Suite("Spelling keys")
struct SpellingKeysTests {
    @Test("every pair of corpus words the aligner of every equivalence aligns shares a spelling key")
    func alignedWordsShareKeys() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        let lexicon = Fixtures.pack.lexicon.names
        let pairs = try NamePairCorpusTests.pairs()
        let words = NamePairCorpusTests.foldedWords(pairs)
        var aligned = 0
        var apart = 0
        for (i, a) in words.enumerated() {
            for b in words[i...].prefix(60) {
                let share = RomanisationMatcher.share(matcher.spellingKeys(a), matcher.spellingKeys(b))
                if matcher.anySystem.alignWithoutEdits(a, b) != nil {
                    aligned += 1
                    #expect(share, "\(a) ~ \(b)")
                } else if !share {
                    apart += 1
                }
            }
        }
        // Both occur often enough to mean something.
        #expect(aligned > 500 && apart > 1000)
        // And across the corpus's pairs: each word of one name with the word in its place in the other.
        for pair in pairs where pair.a.parts.count == pair.b.parts.count {
            for (x, y) in zip(pair.a.parts.map(lexicon.latin), pair.b.parts.map(lexicon.latin))
            where matcher.words(x, y, alternations: true).0 {
                #expect(RomanisationMatcher.share(matcher.spellingKeys(x), matcher.spellingKeys(y)), "line \(pair.line): \(x) ~ \(y)")
            }
        }
    }

    @Test("a spelling held to a word's start or end is stripped, not joined to every group")
    func startAndEndSpellings() {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        let share = { (a: String, b: String) in RomanisationMatcher.share(matcher.spellingKeys(a), matcher.spellingKeys(b)) }
        // r/l/n at a syllable's start (Korean): invented words.
        #expect(share("rimbo", "limbo"))
        // The same letters inside a word are different consonants.
        #expect(!share("balmo", "banmo"))
        // The coarse skeleton lets that pair through.
        #expect(RomanisationMatcher.share(matcher.skeletonKeys("balmo"), matcher.skeletonKeys("banmo")))
        // A hyphenated word is compared part by part: its key is its number of parts.
        #expect(share("jin-ho", "chin-ho"))
        #expect(!share("jin-ho", "jinho-ku-lo"))
    }
}
