/// Cutting a long text into pieces the extractors read in bounded time: run-on sentences into
/// sentences of at most a given number of tokens, and the text into windows of whole sentences.
extension TokenizedText {
    /// The same tokens with every sentence longer than `maximum` tokens cut into pieces of at
    /// most `maximum` tokens (at least 1).
    public func cuttingSentences(longerThan maximum: Int) -> TokenizedText {
        let limit = max(1, maximum)
        guard sentences.contains(where: { $0.count > limit }) else { return self }
        var cut: [Range<Int>] = []
        cut.reserveCapacity(sentences.count)
        for sentence in sentences {
            var start = sentence.lowerBound
            while sentence.upperBound - start > limit {
                cut.append(start..<start + limit)
                start += limit
            }
            cut.append(start..<sentence.upperBound)
        }
        return TokenizedText(tokens: tokens, norms: norms, sentences: cut)
    }

    /// The text in windows of whole sentences, each of at most `maximumTokens` tokens unless one
    /// sentence alone is longer. Token byte offsets stay those of the whole text; token indices
    /// and sentences are counted from each window's start. A text that fits is one window.
    public func windows(maximumTokens: Int) -> [TokenizedText] {
        guard tokens.count > maximumTokens else { return [self] }
        var windows: [TokenizedText] = []
        var start = 0
        var end = 0
        var first = 0
        for (index, sentence) in sentences.enumerated() {
            if sentence.upperBound - start > maximumTokens, end > start {
                windows.append(window(start..<end, sentences: first..<index))
                start = end
                first = index
            }
            end = sentence.upperBound
        }
        if end > start { windows.append(window(start..<end, sentences: first..<sentences.count)) }
        return windows
    }

    private func window(_ range: Range<Int>, sentences indices: Range<Int>) -> TokenizedText {
        let base = range.lowerBound
        let rebased = sentences[indices].map { ($0.lowerBound - base)..<($0.upperBound - base) }
        return TokenizedText(tokens: Array(tokens[range]), norms: Array(norms[range]), sentences: rebased)
    }
}
