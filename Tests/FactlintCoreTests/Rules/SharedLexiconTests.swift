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

    @Test("an ASCII word compared by its last bytes answers what comparing characters answers")
    func bytesAsCharacters() {
        let names = SharedLexicon(Fixtures.pack.lexicon).names
        let endings = names.demonymEndings
        let words = ["ruritanian", "zentish", "vorlese", "glamic", "zentrani", "plain", "brandean", "TABLEIAN", "xyzian's",
                     "qwertyan\r\n", "gr\u{e4}nian", "caf\u{e9}ish", "cafe\u{301}ish", "abcdefgh"]
        for word in words {
            let length = word.isASCII ? word.utf8.count : word.count  // as the name extractor counts
            let expected = endings.contains { length > $0.count + 2 && word.hasSuffix($0) }
            #expect(names.hasDemonymEnding(word) == expected, "\(word)")
        }
    }
}
