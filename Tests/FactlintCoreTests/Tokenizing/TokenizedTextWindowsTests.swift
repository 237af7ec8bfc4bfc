import FactlintCore
import Testing

/// Cutting run-on sentences and reading long texts in windows (the limits that keep
/// extraction time bounded).
@Suite("Sentence cuts and windows")
struct TokenizedTextWindowsTests {
    static let tokenizer = Tokenizer()

    @Test("a run-on sentence is cut into sentences of at most the limit, covering every token")
    func cutting() {
        let text = Array(String(repeating: "word ", count: 1_000).utf8)
        let cut = Self.tokenizer.tokenize(text).cuttingSentences(longerThan: 120)
        #expect(cut.sentences.allSatisfy { $0.count <= 120 })
        #expect(cut.sentences.first?.lowerBound == 0)
        #expect(cut.sentences.last?.upperBound == 1_000)
        #expect(zip(cut.sentences, cut.sentences.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test("windows hold whole sentences, keep byte offsets, and count tokens from their start")
    func windows() {
        let text = Array(String(repeating: "One two three four five. ", count: 100).utf8)
        let whole = Self.tokenizer.tokenize(text)
        let windows = whole.windows(maximumTokens: 50)
        #expect(windows.count == whole.tokens.count / 48 + (whole.tokens.count % 48 == 0 ? 0 : 1))
        #expect(windows.map(\.tokens.count).reduce(0, +) == whole.tokens.count)
        #expect(windows.allSatisfy { $0.tokens.count <= 50 && $0.sentences.first?.lowerBound == 0 && $0.sentences.last?.upperBound == $0.tokens.count })
        #expect(windows.flatMap(\.tokens) == whole.tokens)
        #expect(whole.windows(maximumTokens: 10_000).count == 1)
    }
}
