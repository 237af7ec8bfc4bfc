import FactlintCore
import Testing

/// The matcher's keys find every candidate: two names it calls the same share a key (one's
/// lookup key among the other's blocking keys), so clustering by keys loses no match.
@Suite("Blocking keys")
struct BlockingKeysTests {
    @Test("every pair of the name-pair corpus the matcher calls the same is found through the keys, both ways")
    func sameNamesShareKeys() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        var same = 0
        for pair in try NamePairCorpusTests.pairs() where matcher.compare(pair.a, pair.b).decision == .same {
            same += 1
            #expect(!Set(matcher.lookupKeys(pair.a)).isDisjoint(with: matcher.blockingKeys(pair.b)), "line \(pair.line)")
            #expect(!Set(matcher.lookupKeys(pair.b)).isDisjoint(with: matcher.blockingKeys(pair.a)), "line \(pair.line)")
        }
        #expect(same >= 100)
    }

    @Test("a name's keys are listed once each")
    func distinctKeys() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        for pair in try NamePairCorpusTests.pairs() {
            for name in [pair.a, pair.b] {
                #expect(Set(matcher.blockingKeys(name)).count == matcher.blockingKeys(name).count, "\(name.text)")
                #expect(Set(matcher.lookupKeys(name)).count == matcher.lookupKeys(name).count, "\(name.text)")
            }
        }
    }
}
