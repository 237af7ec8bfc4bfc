@testable import FactlintCore
import Testing

/// How a key's claims are numbered by document, the checks' count of documents.
@Suite("DocumentNumbers")
struct DocumentNumbersTests {
    private func claim(_ path: String, line: Int = 1) -> Claim {
        Claim(key: nil, value: .quote(QuoteValue(text: "x", speaker: nil)),
              span: Span(path: path, line: line, column: 1, endLine: line, endColumn: 2, text: "x", startOffset: 0, endOffset: 1))
    }

    @Test("claims sorted by place: one number per run of a path, counted")
    func sortedRuns() {
        let claims = [claim("a.md"), claim("a.md", line: 4), claim("b.md"), claim("c/a.md"), claim("c/a.md", line: 9)]
        let documents = DocumentNumbers(claims)
        #expect(documents.numbers == [0, 0, 1, 2, 2])
        #expect(documents.count == 3)
    }

    @Test("a path met again after another still has its first number (the list is not in order)")
    func unsortedFallsBack() {
        let claims = [claim("b.md"), claim("a.md"), claim("b.md"), claim("c.md"), claim("a.md")]
        let documents = DocumentNumbers(claims)
        #expect(documents.numbers == [0, 1, 0, 2, 1])
        #expect(documents.count == 3)
        // Sorted up to a repeat that breaks the order.
        let late = DocumentNumbers([claim("a.md"), claim("b.md"), claim("a.md")])
        #expect(late.numbers == [0, 1, 0])
        #expect(late.count == 2)
    }

    @Test("no claims, no documents; one claim, one")
    func edges() {
        #expect(DocumentNumbers([]).count == 0)
        #expect(DocumentNumbers([]).numbers.isEmpty)
        #expect(DocumentNumbers([claim("only.md")]).numbers == [0])
        #expect(DocumentNumbers([claim("only.md")]).count == 1)
    }
}
