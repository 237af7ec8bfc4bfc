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
}
