@testable import FactlintCore
import Testing

/// The demonym-ending test of name extraction, counted in characters.
@Suite("Demonym endings")
struct DemonymEndingTests {
    @Test("an ending needs more than two characters before it, counted as characters in any script")
    func lengthInCharacters() {
        let names = SharedLexicon(Fixtures.pack.lexicon).names
        #expect(names.hasDemonymEnding("ruritanian"))
        #expect(names.hasDemonymEnding("zentish"))
        #expect(!names.hasDemonymEnding("ian"))
        #expect(!names.hasDemonymEnding("fish"))
        #expect(!names.hasDemonymEnding("table"))
        // Four characters but more bytes: "ésan" has two characters before "an"; "çéšan" three.
        #expect(!names.hasDemonymEnding("ésan"))
        #expect(names.hasDemonymEnding("çéšan"))
    }
}
