/// Finds words in quotation marks (double, or single as British outlets use them) and the
/// speaker a nearby verb of saying attributes them to: "…,” Tsikhanouskaya said", "said
/// Lukashenko", "she said" (the last person named before).
public struct QuoteExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        var mentions: [Mention] = []
        var open: (index: Int, mark: String)?
        for i in 0..<context.count {
            let mark = context.norm(i)
            guard mark == "\"" || mark == "'" else {
                if context.tokens[i].paragraphBefore { open = nil }
                continue
            }
            let joinedBefore = context.isJoined(i)
            let joinedAfter = context.isJoined(i + 1)
            if let current = open, current.mark == mark, joinedBefore || !joinedAfter {
                if i - current.index > 1 {
                    mentions.append(quote(from: current.index, to: i, context))
                }
                open = nil
            } else if open == nil, !joinedBefore || ["(", "-", "—"].contains(context.norm(i - 1)), joinedAfter {
                open = (i, mark)
            }
        }
        return mentions
    }

    private func quote(from open: Int, to close: Int, _ context: ExtractionContext) -> Mention {
        let first = open + 1
        let text = context.document.string(context.tokens[first].start, context.tokens[close - 1].end)
        let value = QuoteValue(text: text, speaker: speaker(open: open, close: close, context))
        return context.mention(.quote(value), first, close)
    }

    /// The speaker's name: a person named beside a verb of saying after the quote (or before it).
    private func speaker(open: Int, close: Int, _ context: ExtractionContext) -> String? {
        let lexicon = context.lexicon
        let names = context.found.filter { $0.value.nameKind == .person || $0.value.nameKind == nil }
        func name(in range: Range<Int>) -> Mention? {
            names.first { range.contains($0.firstToken) }
        }
        let after = close + 1
        let sentenceEnd = context.text.sentence(containing: min(after, context.count - 1)).upperBound
        // After the quote: ", Coale said", "said Lukashenko", "she said".
        var j = after
        while j < min(after + 8, context.count), j <= sentenceEnd {
            if lexicon.attribution.contains(context.norms, at: j) {
                if let before = name(in: after..<j) { return text(of: before) }
                if let behind = name(in: (j + 1)..<min(j + 4, context.count)) { return text(of: behind) }
                if ["he", "she"].contains(context.norm(j - 1)) || ["he", "she", "it"].contains(context.norm(j + 1)) {
                    return lastPerson(before: open, context)
                }
                break
            }
            j += 1
        }
        // Before the quote: "Lukashenko said:", "Coale told Reuters."
        let sentenceStart = context.text.sentence(containing: open).lowerBound
        for k in stride(from: open - 1, through: max(sentenceStart, open - 10), by: -1)
        where lexicon.attribution.contains(context.norms, at: k) {
            if let subject = names.last(where: { $0.endToken <= k && $0.firstToken >= sentenceStart }) { return text(of: subject) }
            if ["he", "she"].contains(context.norm(k - 1)) { return lastPerson(before: open, context) }
        }
        return nil
    }

    private func lastPerson(before index: Int, _ context: ExtractionContext) -> String? {
        let person = context.found.last { (mention: Mention) -> Bool in
            mention.endToken <= index && mention.value.nameKind == EntityKind.person
        }
        return person.flatMap { text(of: $0) }
    }

    private func text(of mention: Mention) -> String? {
        if case .name(let name) = mention.value { return name.text }
        return nil
    }
}
