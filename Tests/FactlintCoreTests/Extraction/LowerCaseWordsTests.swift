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
}
