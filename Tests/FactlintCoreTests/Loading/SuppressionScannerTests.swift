import FactlintCore
import Testing

@Suite("Suppression comments")
struct SuppressionScannerTests {
    static let comment = "<!-- factlint-disable-next-line count-conflict, date-conflict -- checked with the ministry on 12 May -->"

    @Test("an HTML comment in plain text: rules, reason, target line; its words are not read")
    func htmlCommentInText() throws {
        let text = "First line.\n\(Self.comment)\nOfficials said 40 people were hurt."
        let (document, suppressions) = SuppressionScanner.scan(Document(path: "a.txt", string: text))
        let suppression = try #require(suppressions.first)
        #expect(suppressions.count == 1)
        #expect(suppression.rules == ["count-conflict", "date-conflict"])
        #expect(suppression.reason == "checked with the ministry on 12 May")
        #expect(suppression.span.line == 2 && suppression.span.column == 1)
        #expect(suppression.targetLine == 3)
        #expect(document.text.count == document.source.count)
        #expect(!String(decoding: document.text, as: UTF8.self).contains("ministry"))
        #expect(String(decoding: document.text, as: UTF8.self).hasSuffix("\nOfficials said 40 people were hurt."))
    }

    @Test("the plain-text line form: # factlint-disable-next-line RULE -- reason")
    func hashLine() throws {
        let text = "  # factlint-disable-next-line count-divergence -- both figures are the group's\nMore than 1,000 remain."
        let (document, suppressions) = SuppressionScanner.scan(Document(path: "a.txt", string: text))
        let suppression = try #require(suppressions.first)
        #expect(suppression.rules == ["count-divergence"])
        #expect(suppression.reason == "both figures are the group's")
        #expect(suppression.targetLine == 2)
        #expect(String(decoding: document.text, as: UTF8.self).trimmingCharacters(in: .whitespaces).hasPrefix("\nMore than"))
    }

    @Test("# is only a comment in plain text: Markdown headings stay text")
    func markdownHeading() {
        let markdown = MarkdownLoader().load(path: "a.md", utf8: Array("# factlint-disable-next-line count-conflict\nText.".utf8))
        #expect(SuppressionScanner.scan(markdown).suppressions.isEmpty)
        let commented = MarkdownLoader().load(path: "a.md", utf8: Array("---\ntitle: X\n---\n\(Self.comment)\nText.".utf8))
        let (document, suppressions) = SuppressionScanner.scan(commented)
        #expect(suppressions.map(\.targetLine) == [5])
        #expect(!String(decoding: document.text, as: UTF8.self).contains("factlint"))
    }

    @Test("in HTML the comment is found at its place in the file")
    func html() throws {
        let page = "<html><body><article>\n<p>One.</p>\n\(Self.comment)\n<p>Officials said 40 people were hurt.</p>\n</article></body></html>"
        let document = HTMLLoader().load(path: "a.html", utf8: Array(page.utf8))
        let suppression = try #require(SuppressionScanner.scan(document).suppressions.first)
        #expect(suppression.span.line == 3)
        #expect(suppression.targetLine == 4)
    }

    @Test("a directive in prose or without a comment marker is no suppression")
    func notComments() {
        let text = "The tool's factlint-disable-next-line comment was discussed.\n<!-- factlint-disable-next-lines x -->"
        #expect(SuppressionScanner.scan(Document(path: "a.txt", string: text)).suppressions.isEmpty)
    }
}
