@testable import FactlintCore
import Testing

/// How the quote check reads a quote's words.
@Suite("QuoteWords")
struct QuoteWordsTests {
    static func words(_ text: String) -> QuoteWords { QuoteWords(text: text) }

    @Test("punctuation, dashes and case are set aside")
    func punctuation() {
        let a = Self.words("This is a trade in human lives, people who should never have been imprisoned")
        let b = Self.words("this is a trade in human lives — people who should never have been imprisoned.")
        #expect(a.agrees(with: b))
    }

    @Test("a shortened quote agrees; pieces joined by an ellipsis agree when in order")
    func shortened() {
        let long = Self.words("We welcome their release, but in essence, this is a trade in human lives")
        #expect(Self.words("this is a trade in human lives").agrees(with: long))
        #expect(Self.words("We welcome their release … a trade in human lives").agrees(with: long))
        #expect(!Self.words("a trade in human lives … We welcome their release").agrees(with: long))
    }

    @Test("a changed word disagrees, but only within one utterance")
    func changed() {
        let a = Self.words("We will never accept these terms, whatever the price")
        let b = Self.words("We will never agree to these terms, whatever the price")
        #expect(a.isSameUtterance(as: b, overlap: 0.6))
        #expect(!a.agrees(with: b))
        let other = Self.words("The strike starts on Monday and will last a week")
        #expect(!a.isSameUtterance(as: other, overlap: 0.6))
    }

    @Test("apostrophes stay inside words")
    func apostrophes() {
        #expect(Self.words("let’s try to work out a deal").words.first == "let's")
    }

    @Test("a quote in ASCII is read as the same words byte by byte", arguments: [
        "Don't stop... We're 42 people here, OK?",
        "It's 'over'.... Really ... it is",
        "Line one\r\nline TWO -- done.",
    ])
    func asciiPath(text: String) {
        // A trailing em dash ends no word and sends the text down the Unicode path.
        let unicode = Self.words(text + " —")
        #expect(Self.words(text).pieces == unicode.pieces)
        #expect(Self.words(text).words == unicode.words)
    }
}
