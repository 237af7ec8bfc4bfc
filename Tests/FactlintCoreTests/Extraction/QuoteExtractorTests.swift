@testable import FactlintCore
import Testing

/// Where a quote starts and ends, and whose it is, on the shapes news text gives: a quote run
/// over paragraphs, and a closing mark typed with its space on the wrong side.
@Suite("Quote extraction")
struct QuoteExtractorTests {
    /// The article's quotes: their words and their speaker.
    static func quotes(_ text: String) -> [(text: String, speaker: String?)] {
        Fixtures.claims(text).compactMap { claim in
            guard case .quote(let quote) = claim.value else { return nil }
            return (quote.text, claim.subject?.name.text)
        }
    }

    @Test("a quote closed with its mark and a verb of saying, the speaker after it")
    func plain() {
        let found = Self.quotes("\"We will never accept these terms, whatever the price,\" Anna Berg said on Monday.")
        #expect(found.count == 1)
        #expect(found.first?.text == "We will never accept these terms, whatever the price,")
        #expect(found.first?.speaker == "Anna Berg")
    }

    @Test("a closing mark typed before its space (`rights, \"said Berg`) closes the quote and opens none")
    func closingMarkBeforeSpace() {
        let text = """
            "These people are losing their rights, "said Anna Berg, head of the union.

            "The country cannot surrender without a fight," Berg added.
            """
        let found = Self.quotes(text)
        #expect(found.map(\.text) == ["These people are losing their rights,", "The country cannot surrender without a fight,"])
        #expect(found.first?.speaker == "Anna Berg")
    }

    @Test("a closing mark typed before its space and followed by the speaker's name closes the quote")
    func closingMarkBeforeName() {
        let text = "\"The data center is the foundation of IT for enterprises, \"Anna Berg, a vice president, said in a statement."
        #expect(Self.quotes(text).map(\.text) == ["The data center is the foundation of IT for enterprises,"])
        // After a comma, a mark with its space before it opens a quote when none is open.
        #expect(Self.quotes("Berg said, \"We will never accept these terms.\"").map(\.text) == ["We will never accept these terms."])
    }

    @Test("a quote that goes on after its speaker's attribution, in the same paragraph, is the same speaker's")
    func continued() {
        let found = Self.quotes("\"The fire is out,\" Paulo Henriques said. \"We are doing all we can to protect the villages.\"")
        #expect(found.map(\.speaker) == ["Paulo Henriques", "Paulo Henriques"])
        // Another paragraph, or another person named in between, and the quote has no speaker.
        let apart = Self.quotes("\"The fire is out,\" Paulo Henriques said.\n\n\"We are doing all we can to protect the villages.\"")
        #expect(apart.map(\.speaker) == ["Paulo Henriques", nil])
        let other = Self.quotes("\"The fire is out,\" Paulo Henriques said. Mayor Anna Berg disagreed. \"We are doing all we can.\"")
        #expect(other.last?.speaker != "Paulo Henriques")
    }

    @Test("a quote left open at a paragraph's end (the next paragraph opens again) runs into no other paragraph")
    func paragraphs() {
        let text = """
            Relatives spoke after the verdict.

            "I believe the jury got it right.

            In his own words, he will never change, "said Marta Kowalczyk, the victim's daughter.

            "I have no regrets."
            """
        let found = Self.quotes(text)
        // The first paragraph's quote has no closing mark of its own and is not read; no quote
        // takes in "said Marta Kowalczyk" or the words of another paragraph.
        #expect(found.map(\.text) == ["I have no regrets."])
        #expect(found.allSatisfy { !$0.text.contains("said") && !$0.text.contains("\n") })
    }
}
