import FactlintCore
import Testing

/// Which gendered surname ending a folded surname ends in, read from the built-in lexicon.
@Suite("Gendered surname endings")
struct GenderedEndingTests {
    let names = Fixtures.pack.lexicon.names

    @Test("the longest ending that leaves a stem of two letters")
    func longestWithStem() {
        // "-tskaya" (family tsk) is longer than "-skaya", "-aya" and "-ya".
        #expect(names.genderedEnding(of: "bratskaya")?.ending == "tskaya")
        #expect(names.genderedEnding(of: "bratskaya")?.gender == .female)
        #expect(names.genderedEnding(of: "kovalev")?.ending == "ev")
        #expect(names.genderedEnding(of: "kovalev")?.gender == .male)
        #expect(names.genderedEnding(of: "petrova")?.family == "ov")
        // "-ova" would leave one letter: "-va" is no ending, so none; "-ov" leaves two.
        #expect(names.genderedEnding(of: "zova") == nil)
        #expect(names.genderedEnding(of: "abov")?.ending == "ov")
        #expect(names.genderedEnding(of: "ov") == nil)
    }

    @Test("no ending, an empty word, and letters outside ASCII")
    func noneAndNonASCII() {
        #expect(names.genderedEnding(of: "smith") == nil)
        #expect(names.genderedEnding(of: "") == nil)
        // Not ASCII: read by letters, and an ASCII ending still ends the word.
        #expect(names.genderedEnding(of: "kövalova")?.ending == "ova")
        #expect(names.genderedEnding(of: "ländskaya")?.gender == .female)
        #expect(names.genderedEnding(of: "müller") == nil)
    }
}
