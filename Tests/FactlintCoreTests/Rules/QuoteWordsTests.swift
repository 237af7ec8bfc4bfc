@testable import FactlintCore
import Foundation
import Testing

/// How the quote check reads a quote's words.
@Suite("QuoteWords")
struct QuoteWordsTests {
    static func words(_ text: String) -> QuoteWords { QuoteWords(text: text) }

    @Test("contractions written out and an optional 'that' agree; another word does not")
    func contractions() {
        let endings = Fixtures.pack.lexicon.spellingEndings
        let full = QuoteWords(text: "It is obvious that he was killed by the regime", endings: endings)
        #expect(QuoteWords(text: "It’s obvious he was killed by the regime", endings: endings).agrees(with: full))
        #expect(QuoteWords(text: "It's obvious he was killed by the regime", endings: endings).agrees(with: full))
        #expect(!QuoteWords(text: "It isn't obvious he was killed by the regime", endings: endings).agrees(with: full))
    }

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

    @Test("the same letters split into words another way agree; a changed letter does not")
    func wordSplits() {
        let joined = Self.words("The datacenter is the foundation of IT for enterprises")
        #expect(joined.agrees(with: Self.words("The data center is the foundation of IT for enterprises")))
        #expect(Self.words("Send us an e-mail today").agrees(with: Self.words("send us an email today")))
        #expect(!joined.agrees(with: Self.words("The data centre is the foundation of IT for enterprises")))
    }

    @Test("British and American endings read alike, with the pack's spelling endings; short words keep theirs")
    func britishAndAmerican() {
        let endings = Fixtures.pack.lexicon.spellingEndings
        func words(_ text: String) -> QuoteWords { QuoteWords(text: text, endings: endings) }
        #expect(words("He probably realised if he didn't, he was going to be shot")
            .agrees(with: words("He probably realized if he didn't, he was going to be shot")))
        #expect(words("the colour of the theatre programme").agrees(with: words("the color of the theater program")))
        #expect(words("a defence of the organisation's catalogue").words == ["a", "defense", "of", "the", "organization's", "catalog"])
        // "four" and "hour" keep "our": four people are not for people.
        #expect(!words("four people waited an hour").agrees(with: words("for people waited an hor")))
        #expect(words("four hour").words == ["four", "hour"])
        // Without the lexicon's endings, the spellings differ.
        #expect(!Self.words("we realised").agrees(with: Self.words("we realized")))
    }

    @Test("an hour's zero minutes dropped agree; other minutes do not")
    func zeroMinutes() {
        #expect(Self.words("gave himself up just after 6:00 p.m.").agrees(with: Self.words("gave himself up just after 6 p.m.")))
        #expect(!Self.words("gave himself up just after 6:30 p.m.").agrees(with: Self.words("gave himself up just after 6 p.m.")))
        #expect(Self.words("a score of 00 at 6:00").words == ["a", "score", "of", "00", "at", "6"])
    }

    @Test("the endings are replaced byte by byte exactly as by the plain suffix rule, on every word of the seeds and odd words")
    func endingsByBytes() throws {
        let endings = Fixtures.pack.lexicon.spellingEndings
        func plain(_ word: String) -> String {
            if word.hasSuffix("'s"), word.utf8.count > 2 { return plain(String(word.dropLast(2))) + "'s" }
            for (british, american) in endings.pairs where word.utf8.count - british.utf8.count >= endings.stem && word.hasSuffix(british) {
                return String(word.dropLast(british.count)) + american
            }
            return word
        }
        var words = ["", "s", "'s", "our", "four", "colour", "colours", "organisation's", "réalisé", "naïveise", "centre",
                     "theatres", "catalogue", "programme", "judgement", "ise", "xise", "xxise", "kilometre", "café's"]
        for url in try FileManager.default.contentsOfDirectory(at: Fixtures.seeds, includingPropertiesForKeys: nil) {
            words += try String(contentsOf: url, encoding: .utf8).lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        }
        #expect(words.count > 1000)
        for word in words { #expect(endings.american(word) == plain(word), "\(word)") }
    }

    @Test("apostrophes moved or dropped agree: a slip, not a misquote")
    func apostrophes() {
        #expect(Self.words("the Greek populations' anger").agrees(with: Self.words("the Greek population's anger")))
        #expect(!Self.words("the Greek population's anger").agrees(with: Self.words("the Greek people's anger")))
    }

    @Test("apostrophes stay inside words")
    func apostrophesInWords() {
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

    @Test("the longest shared run and the longest common subsequence, against counting by hand")
    func runAndSubsequence() {
        let a = "the talks will resume in geneva next week".split(separator: " ").map(String.init)
        let b = "talks will resume next week in geneva".split(separator: " ").map(String.init)
        // "talks will resume" is the longest run; "talks will resume next week" the longest
        // subsequence (5), ahead of "talks will resume in geneva" (also 5).
        #expect(QuoteWords.longestRun(a, b) == 3)
        #expect(QuoteWords.commonSubsequence(a, b) == 5)
        #expect(QuoteWords.longestRun(a, []) == 0)
        #expect(QuoteWords.commonSubsequence([], b) == 0)
        // A run broken and begun again: the second, longer run counts.
        let c = "a b x a b c d".split(separator: " ").map(String.init)
        let d = "a b c d".split(separator: " ").map(String.init)
        #expect(QuoteWords.longestRun(c, d) == 4)
        #expect(QuoteWords.longestRun(d, c) == 4)
        #expect(QuoteWords.commonSubsequence(c, d) == 4)
    }
}
