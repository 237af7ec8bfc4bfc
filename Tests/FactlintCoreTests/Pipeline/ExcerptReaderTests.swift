@testable import FactlintCore
import Testing

/// `ExcerptReader`: the sentence around a finding's place, for the HTML report.
@Suite("ExcerptReader")
struct ExcerptReaderTests {
    private func excerpt(_ text: String, _ words: String, html: Bool = false, reach: Int = 240) -> Excerpt? {
        let bytes = Array(text.utf8)
        guard let range = text.range(of: words) else { return nil }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return ExcerptReader(reach: reach).excerpt(in: bytes, start: start, end: start + Array(words.utf8).count, html: html)
    }

    @Test("the place's own sentence, not its neighbours; an initial's full stop ends none")
    func sentence() {
        let text = "The talks ended. U.S. officials said 40 people were hurt on Monday. Nobody else spoke.\n"
        #expect(excerpt(text, "40") == Excerpt(before: "U.S. officials said ", words: "40", after: " people were hurt on Monday."))
    }

    @Test("a closing quote after the full stop ends the sentence; a line break does too (CRLF)")
    func quotesAndLines() {
        let text = "“We are free,” she said. 🎉 “Forty people came.” Then 45 left.\r\nNext line.\r\n"
        #expect(excerpt(text, "45") == Excerpt(before: "Then ", words: "45", after: " left."))
        #expect(excerpt(text, "Forty")?.before == "🎉 “")
    }

    @Test("HTML: inline tags dropped inside the sentence, block tags end it")
    func html() {
        let text = "<p>First paragraph.</p><p>Officials said <em>about</em> 40 people were <a href=\"x\">hurt</a>.</p>"
        #expect(excerpt(text, "40", html: true) == Excerpt(before: "Officials said about ", words: "40", after: " people were hurt."))
    }

    @Test("a long sentence is cut at a word with an ellipsis")
    func long() {
        let text = String(repeating: "word ", count: 100) + "40 " + String(repeating: "more ", count: 100) + "end.\n"
        let cut = excerpt(text, "40", reach: 30)
        #expect(cut?.before.hasPrefix("…") == true)
        #expect(cut?.after.hasSuffix("…") == true)
        #expect((cut?.before.count ?? 99) <= 32)
    }
}
