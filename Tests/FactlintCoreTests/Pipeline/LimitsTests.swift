import FactlintCore
import Testing

/// The limits on one document: text analysed, claims kept, run-on sentences, windows. Small
/// limits here stand in for the large defaults.
@Suite("Limits")
struct LimitsTests {
    static let sentence = "Officials said 40 people were hurt in the blast on Monday.\n"

    static func analyze(_ text: String, _ limits: Limits) -> Pipeline.DocumentAnalysis {
        Pipeline(pack: Fixtures.pack, settings: .init(threads: 1, limits: limits)).analyze(Document(path: "a.txt", string: text))
    }

    @Test("text past the text limit is not analysed, and the notice says where reading stopped")
    func textLimit() {
        let analysis = Self.analyze(String(repeating: Self.sentence, count: 100), Limits(textBytes: 600))
        #expect(analysis.claims.allSatisfy { $0.span.line <= 10 })
        #expect(analysis.claims.contains { $0.span.line == 10 })
        #expect(analysis.notices.map(\.message) == ["the article's text is longer than the 600 bytes limit; only the text before line 11, column 1 was analysed"])
    }

    @Test("claims past the claims limit are dropped, and the notice says up to where they were kept")
    func claimsLimit() {
        let analysis = Self.analyze(String(repeating: Self.sentence, count: 100), Limits(claimsPerDocument: 7, windowTokens: 40))
        #expect(analysis.claims.count == 7)
        let last = analysis.claims[6].span
        #expect(analysis.notices.map(\.message) == ["more than 7 claims (the claims-per-document limit); only those up to line \(last.endLine), column \(last.endColumn) were kept"])
    }

    @Test("windows and sentence cuts give the same claims as one pass on ordinary text")
    func windowsKeepClaims() {
        let text = String(repeating: Self.sentence, count: 40)
        let whole = Self.analyze(text, Limits(windowTokens: 100_000))
        let windowed = Self.analyze(text, Limits(windowTokens: 60))
        #expect(whole.claims.map(\.span) == windowed.claims.map(\.span))
        #expect(whole.claims.map(\.key) == windowed.claims.map(\.key))
        #expect(windowed.notices.isEmpty)
    }

    @Test("a text without full stops is cut into sentences and still read")
    func runOn() {
        let text = String(repeating: "and the crowd grew and the police watched ", count: 300) + "while 40 people were hurt in the blast on Monday"
        let analysis = Self.analyze(text, Limits())
        #expect(analysis.claims.contains { $0.span.text == "40" })
    }
}
