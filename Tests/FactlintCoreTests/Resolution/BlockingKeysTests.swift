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

    @Test("names of unknown kind the matcher calls the same share a key of unknownKindKeys")
    func unknownKindNamesShareKeys() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        var same = 0
        for pair in try NamePairCorpusTests.pairs() {
            var (a, b) = (pair.a, pair.b)
            (a.kind, b.kind) = (nil, nil)
            guard matcher.compareUnknownKind(a, b).decision == .same else { continue }
            same += 1
            #expect(!Set(matcher.unknownKindKeys(a)).isDisjoint(with: matcher.unknownKindKeys(b)), "line \(pair.line)")
        }
        #expect(same >= 50)
    }

    @Test("keys that set apart names of unknown kind: another number of words")
    func unknownKindKeysTellApart() {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        let keys = { (text: String) in Set(matcher.unknownKindKeys(NameValue(kind: nil, text: text, parts: text.split(separator: " ").map(String.init), hasGivenName: false))) }
        #expect(keys("Port Elsmere").isDisjoint(with: keys("Elsmere")))
        #expect(keys("Port Elsmere").isDisjoint(with: keys("Port Elsmere Bay")))
        #expect(!keys("Port Elsmere").isDisjoint(with: keys("Port Elsmeer")))
    }

    @Test("mayBeSame is true of every organisation or place the matcher calls the same as a name of unknown kind")
    func mayBeSameIsSound() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        var same = 0
        for pair in try NamePairCorpusTests.pairs() where pair.a.kind == .organization || pair.a.kind == .place {
            var unknown = pair.b
            unknown.kind = nil
            guard matcher.compare(unknown, pair.a).decision == .same else { continue }
            same += 1
            #expect(matcher.mayBeSame(unknown, pair.a), "line \(pair.line)")
        }
        #expect(same >= 10)
        let place = NameValue(kind: .place, text: "Port Elsmere", parts: ["Port", "Elsmere"], hasGivenName: false)
        #expect(!matcher.mayBeSame(NameValue(kind: nil, text: "Elsmere", parts: ["Elsmere"], hasGivenName: false), place))
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
