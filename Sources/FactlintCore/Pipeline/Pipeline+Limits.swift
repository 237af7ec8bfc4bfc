/// Analysis within `Limits`: the text cut to its cap, run-on sentences cut, long texts read in
/// windows, and the claims capped, each cut reported with a notice that says what was left out.
extension Pipeline {
    /// The claims of a document, and notices for what the limits left unread.
    func boundedClaims(of document: Document, clock: inout StageClock) -> (claims: [Claim], notices: [String]) {
        let limits = settings.limits
        var notices: [String] = []
        var text = document.text
        if text.count > limits.textBytes {
            let cut = Pipeline.cutPoint(in: text, atMost: limits.textBytes)
            text = Array(text[..<cut])
            let end = document.span(cut, cut)
            notices.append("the article's text is longer than the \(Limits.describe(bytes: limits.textBytes)) limit; "
                + "only the text before line \(end.line), column \(end.column) was analysed")
        }
        let tokens = pack.lexicon.tokenizer.tokenize(text).cuttingSentences(longerThan: limits.sentenceTokens)
        let windows = tokens.windows(maximumTokens: limits.windowTokens)
        clock.lap(.tokenizing)
        var claims: [Claim] = []
        for (index, window) in windows.enumerated() {
            // One context for both stages: its per-token tables are built once a window.
            var context = ExtractionContext(document: document, text: window, lexicon: lexicon)
            let mentions = MentionExtraction.mentions(in: &context)
            clock.lap(.extraction)
            claims += claimBuilder.claims(in: context, mentions: mentions)
            clock.lap(.claims)
            let more = index + 1 < windows.count
            guard claims.count > limits.claimsPerDocument || (claims.count == limits.claimsPerDocument && more) else { continue }
            claims.removeLast(claims.count - limits.claimsPerDocument)
            let last = claims.last?.span
            // Reading stopped here, before any cut of the text: this notice replaces that one.
            notices = ["more than \(limits.claimsPerDocument) claims (the claims-per-document limit); only those up to line "
                + "\(last?.endLine ?? 1), column \(last?.endColumn ?? 1) were kept"]
            break
        }
        return (claims, notices)
    }

    /// Where to cut `text` so that at most `limit` bytes remain: after the last line break in
    /// the final quarter, else after the last space there, else at a character boundary.
    static func cutPoint(in text: [UInt8], atMost limit: Int) -> Int {
        guard text.count > limit else { return text.count }
        let floor = limit - limit / 4
        if let newline = text[floor..<limit].lastIndex(of: 0x0A) { return newline + 1 }
        if let space = text[floor..<limit].lastIndex(of: 0x20) { return space + 1 }
        var cut = limit
        while cut > 0, text[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}
