@testable import FactlintCore
import Testing

/// The words an article writes in lower case (a sentence's first word that is one is no name).
@Suite("Lower-case words")
struct LowerCaseWordsTests {
    static func words(_ text: String) -> LowerCaseWords {
        let document = Document(path: "a.txt", string: text)
        let tokens = Tokenizer().tokenize(Array(text.utf8))
        return LowerCaseWords(ExtractionContext(document: document, text: tokens, lexicon: Fixtures.pack.lexicon))
    }

    @Test("short and long words, in ASCII or not, are found only where written in lower case")
    func found() {
        let words = Self.words("The cat sat. Protesters gathered outside the extraordinarily busy café. CAPITALS and Names count not.")
        #expect(words.contains("cat"))
        #expect(words.contains("the"))
        #expect(words.contains("extraordinarily"))
        #expect(words.contains("gathered"))
        #expect(words.contains("café"))
        #expect(!words.contains("protesters"))
        #expect(!words.contains("capitals"))
        #expect(!words.contains("names"))
        #expect(!words.contains("extraordinarilx"))
        #expect(!words.contains("extraordinary"))
        #expect(!words.contains("ca"))
        #expect(!words.contains("dog"))
        #expect(!words.contains("cafe"))
    }

    @Test("the fingerprint scan answers what comparing every lower-case word answers, for every word of an article")
    func fingerprintsAgreeWithStrings() {
        let text = """
            The talks in Geneva resumed on Monday, the envoy said. Talks had stalled in May; \
            the café owner, O'Neil, said the talks were "over". NATO and the U.N. said nothing; iPhone sales rose. \
            Le président a parlé. Ça va. Über alles: über, Straße, naïve, extraordinarily, extraordinarilx, Résumé, résumé.
            """
        let tokens = Tokenizer().tokenize(Array(text.utf8))
        let words = Self.words(text)
        let lowerCase = Set(zip(tokens.tokens, tokens.norms).filter { $0.0.kind == .word && !$0.0.capitalized && !$0.0.allCaps }
            .map(\.1))
        let asked = Set(tokens.norms + ["dog", "talk", "talkss", "", "geneva", "nato", "strasse", "naive", "resume",
                                        "extraordinarilz", "extraordinarily"])
        for word in asked.sorted() {
            #expect(words.contains(word) == lowerCase.contains(word), "\(word)")
        }
        #expect(lowerCase.count > 20)
        #expect(words.contains("iphone") && words.contains("über") && !words.contains("geneva"))
    }
}
