@testable import FactlintCore
import Testing

/// The per-word memo of stems, singulars and start bits kept across documents.
@Suite("Word forms")
struct WordFormsTests {
    static let lexicon = SharedLexicon(Fixtures.pack.lexicon)

    @Test("a remembered word gives what working it out gives, first time and after")
    func rememberedMatchesMade() {
        let memo = WordForms()
        let words = ["released", "releasing", "prisoners", "churches", "the", "killed", "dozens", "a", "café", "o'neil", "years"]
        for _ in 0..<2 {
            for word in words {
                let remembered = memo.forms(of: word, Self.lexicon)
                let made = WordForms.make(word, Self.lexicon)
                #expect(remembered.stem == made.stem, "\(word)")
                #expect(remembered.noun == made.noun, "\(word)")
                #expect(remembered.starts == made.starts, "\(word)")
                #expect(remembered.lookups == made.lookups, "\(word)")
            }
        }
        #expect(memo.forms(of: "prisoners", Self.lexicon).noun == "prisoner")
        #expect(memo.forms(of: "released", Self.lexicon).stem == EnglishStemmer.stem("released"))
    }

    @Test("a non-ASCII word is not answered with a canonically equal word's entry")
    func canonicalTwinsKeptApart() {
        let memo = WordForms()
        let composed = "caf\u{E9}s"
        let decomposed = "cafe\u{301}s"
        _ = memo.forms(of: composed, Self.lexicon)
        let forms = memo.forms(of: decomposed, Self.lexicon)
        #expect(Array(forms.noun.utf8) == Array(WordForms.make(decomposed, Self.lexicon).noun.utf8))
        #expect(Array(forms.stem.utf8) == Array(decomposed.utf8))
    }

    @Test("more distinct words than fit start the memo over without wrong answers")
    func startsOver() {
        let memo = WordForms()
        for k in 0..<(WordForms.capacity + 10) { _ = memo.forms(of: "item\(k)s", Self.lexicon) }
        #expect(memo.forms(of: "item3s", Self.lexicon).noun == "item3")
        #expect(memo.forms(of: "item\(WordForms.capacity + 5)s", Self.lexicon).noun == "item\(WordForms.capacity + 5)")
        #expect(memo.forms(of: "prisoners", Self.lexicon).noun == "prisoner")
    }

    @Test("two documents read with one lexicon get the stems and start bits of separate readings")
    func contextsAgree() {
        let text = "Officials released 12 prisoners on Monday; the released men walked free."
        let document = Document(path: "a.txt", string: text)
        let tokens = Tokenizer().tokenize(Array(text.utf8))
        let first = ExtractionContext(document: document, text: tokens, lexicon: Self.lexicon)
        let second = ExtractionContext(document: document, text: tokens, lexicon: Self.lexicon)
        let fresh = ExtractionContext(document: document, text: tokens, lexicon: Fixtures.pack.lexicon)
        #expect(first.stems == fresh.stems && second.stems == fresh.stems)
        #expect(first.nouns == fresh.nouns && second.nouns == fresh.nouns)
        #expect(first.starts == fresh.starts && second.starts == fresh.starts)
        #expect(fresh.stems[tokens.norms.firstIndex(of: "released")!] == EnglishStemmer.stem("released"))
    }
}
