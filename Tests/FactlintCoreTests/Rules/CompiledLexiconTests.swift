import FactlintCore
import Testing

/// Tables the lexicon derives when compiled, which the extractors read instead of the tables
/// they are made of.
@Suite("Compiled lexicon")
struct CompiledLexiconTests {
    @Test("the words that are never a name are exactly the seven tables' words")
    func wordsNoName() throws {
        let lexicon = Fixtures.pack.lexicon
        let compiled = try #require(lexicon.wordsNoName)
        var expected = Set(lexicon.names.notNames)
        for table in [lexicon.numberWords.keys, lexicon.tens.keys, lexicon.scales.keys, lexicon.weekdays.keys,
                      lexicon.months.keys, Array(lexicon.ordinals)] { expected.formUnion(table) }
        #expect(Set(compiled) == expected)
        #expect(expected.count > 50)
        #expect(Lexicon().wordsNoName == nil)
    }

    /// Every table a `Lexicon.Lookup` bit stands for, with how it is asked for a word.
    static func lookups(_ l: Lexicon) -> [(UInt64, (String) -> Bool)] {
        typealias L = Lexicon.Lookup
        func first<P>(_ table: PhraseTable<P>) -> (String) -> Bool { { table.firstWords.contains($0) } }
        return [
            (L.timeUnits, { l.timeUnits[$0] != nil }), (L.fractions, { l.fractions[$0] != nil }),
            (L.numberWords, { l.numberWords[$0] != nil }), (L.tens, { l.tens[$0] != nil }), (L.ordinals, { l.ordinals.contains($0) }),
            (L.weekdays, { l.weekdays[$0] != nil }), (L.months, { l.months[$0] != nil }),
            (L.definiteDeterminers, { l.definiteDeterminers.contains($0) }), (L.boundsBefore, first(l.boundsBefore)),
            (L.relativeModifiers, { l.relativeModifiers[$0] != nil }), (L.relativeDays, { l.relativeDays[$0] != nil }),
            (L.relativeDayPhrases, first(l.relativeDayPhrases)), (L.datePartWords, first(l.datePartWords)),
            (L.weekendWords, { l.weekendWords.contains($0) }), (L.since, { l.since.contains($0) }), (L.until, { l.until.contains($0) }),
            (L.dateRangeOpeners, { l.dateRangeOpeners.contains($0) }), (L.datePrepositions, { l.datePrepositions.contains($0) }),
            (L.vague, first(l.vague)), (L.vagueDurations, first(l.vagueDurations)), (L.rangeOpeners, { l.rangeOpeners.contains($0) }),
            (L.negativeSigns, { l.negativeSigns.contains($0) }), (L.currencyPrefixes, { l.currencyPrefixes.contains($0) }),
            (L.durationAdjectives, { l.durationAdjectives.contains($0) }), (L.ordinalNumbers, { l.ordinalNumbers[$0] != nil }),
            (L.ageAfter, { l.ageAfter.contains($0) }), (L.ago, { l.ago.contains($0) }),
            (L.notDurationBefore, { l.notDurationBefore.contains($0) }), (L.clockWords, { l.clock.words[$0] != nil }),
            (L.clockApproximators, first(l.clock.approximators)), (L.clockParts, { l.clock.parts[$0] != nil }),
            (L.clockNarrowings, { l.clock.narrowings[$0] != nil }), (L.clockPartDays, { l.clock.partDays[$0] != nil }),
            (L.clockWeekendWords, { l.clock.weekendWords.contains($0) }), (L.scales, { l.scales[$0] != nil }),
            (L.unitsBefore, first(l.measures.unitsBefore)), (L.unitsAfter, first(l.measures.unitsAfter)),
            (L.attribution, first(l.attribution)), (L.sourcePhrases, first(l.frames.sourcePhrases)),
            (L.sourceAfter, first(l.frames.sourceAfter)), (L.placePrepositions, first(l.frames.placePrepositions)),
            (L.wholePlaceWords, first(l.frames.wholePlaceWords)), (L.denialCues, first(l.frames.denialCues)),
            (L.projectionCues, first(l.frames.projectionCues)), (L.estimateCues, first(l.frames.estimateCues)),
            (L.earlierCues, first(l.frames.earlierCues)), (L.personTitles, first(l.names.personTitles)),
            (L.organizationDescriptors, first(l.names.organizationDescriptors)),
            (L.respectively, { l.measures.respectively.contains($0) }), (L.voteNouns, { l.measures.voteNouns.contains($0) }),
        ]
    }

    @Test("a word's look-up bits are set exactly for the tables that hold it")
    func lookupBits() throws {
        let lexicon = Fixtures.pack.lexicon
        let kinds = try #require(lexicon.lookupKinds)
        let tables = Self.lookups(lexicon)
        #expect(Set(tables.map(\.0)).count == tables.count)
        // Every key of the bits table, and common words held by none.
        let words = Array(kinds.keys) + ["to", "of", "the", "said", "people", "", "-", "café"]
        for word in words {
            let bits = kinds[word] ?? 0
            for (bit, holds) in tables { #expect((bits & bit != 0) == holds(word), "\(word) \(bit)") }
        }
        #expect(Lexicon().lookupKinds == nil)
    }

    @Test("a context turns a table away only for a token whose word it does not hold; numbers and the text's edges ask")
    func contextLookups() {
        let lexicon = Fixtures.pack.lexicon
        let text = "Three weeks ago , 12 of them left in March ."
        let document = Document(path: "a.txt", string: text)
        let context = ExtractionContext(document: document, text: lexicon.tokenizer.tokenize(document.text), lexicon: lexicon)
        for i in 0..<context.count {
            for (bit, holds) in Self.lookups(lexicon) where !context.may(i, bit) {
                #expect(!holds(context.norm(i)), "\(context.norm(i))")
            }
        }
        #expect(context.may(1, Lexicon.Lookup.timeUnits) && !context.may(1, Lexicon.Lookup.months))
        #expect(!context.may(5, Lexicon.Lookup.timeUnits))  // "of"
        #expect(context.may(4, Lexicon.Lookup.timeUnits))  // "12": a number is always asked
        #expect(context.may(-1, Lexicon.Lookup.timeUnits) && context.may(context.count, Lexicon.Lookup.months))
    }
}
