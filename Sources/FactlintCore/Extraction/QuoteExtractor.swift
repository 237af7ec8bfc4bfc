/// Finds words in quotation marks (double, or single as British outlets use them) and the
/// speaker a nearby verb of saying attributes them to: "…,” Zhurauskaya said", "said
/// Karpovich", "she said" (the last person named before whose name does not show a man).
public struct QuoteExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        var mentions: [Mention] = []
        var open: (index: Int, mark: UInt8)?
        // Read once: through the context, each token's read retained and released them.
        let (tokens, norms) = (context.tokens, context.norms)
        // The names a speaker may be, the same for every quote of the document.
        let names = context.found.filter { $0.value.nameKind == .person || $0.value.nameKind == nil }
        for i in 0..<tokens.count {
            // A quote ends with its paragraph: one quoted over several paragraphs opens each
            // with a mark and closes only the last, so an earlier paragraph's words are not
            // read as a quote, and no quote takes in the narration between two others.
            if tokens[i].paragraphBefore { open = nil }
            // The mark as a byte: two string comparisons at every token cost more than the rest.
            let mark = Tokenizer.soleByte(norms[i])
            guard mark == 0x22 || mark == 0x27 else { continue }  // " '
            let joinedBefore = context.isJoined(i)
            let joinedAfter = context.isJoined(i + 1)
            // A closing mark typed with its space on the wrong side, after the quote's comma or
            // end mark (`rights, "said Berg`, `future, "Berg said`): it closes an open quote of
            // its kind (one cannot open inside it), and before a verb of saying it opens none
            // either (it closes a quote opened in an earlier paragraph).
            let spacedAfterWords = !joinedBefore && joinedAfter && QuoteExtractor.endsQuotedWords(context.norm(i - 1))
            let closesOnly = spacedAfterWords && context.lexicon.attribution.contains(norms, at: i + 1)
            if let current = open, current.mark == mark, joinedBefore || !joinedAfter || spacedAfterWords {
                if i - current.index > 1 {
                    mentions.append(quote(from: current.index, to: i, previous: mentions.last, names, context))
                }
                open = nil
            } else if open == nil, !closesOnly, !joinedBefore || ["(", "-", "—"].contains(context.norm(i - 1)), joinedAfter {
                open = (i, mark)
            }
        }
        return mentions
    }

    /// Whether a token is the punctuation a quote's words end with before its closing mark.
    static func endsQuotedWords(_ norm: String) -> Bool {
        norm == "," || norm == "." || norm == "?" || norm == "!"
    }

    private func quote(from open: Int, to close: Int, previous: Mention?, _ names: [Mention], _ context: ExtractionContext) -> Mention {
        let first = open + 1
        let text = context.document.string(context.tokens[first].start, context.tokens[close - 1].end)
        let speaker = speaker(open: open, close: close, previous: previous, names, context)
        let value = QuoteValue(text: text, speaker: speaker.flatMap(name(of:)), speakerStart: speaker?.start)
        return context.mention(.quote(value), first, close)
    }

    /// The speaker's name mention: a person named beside a verb of saying after the quote
    /// (", Berg said", "said Karpovich") or before it ("Marsh warned that"), or the person a
    /// pronoun stands for ("she said"). A subject that is not a name ("it said", "officials
    /// said") gives no speaker.
    /// `names`: the document's person names and names of unknown kind, in order.
    private func speaker(open: Int, close: Int, previous: Mention?, _ names: [Mention], _ context: ExtractionContext) -> Mention? {
        let lexicon = context.lexicon
        func name(in range: Range<Int>) -> Mention? {
            names.first { range.contains($0.firstToken) }
        }
        let after = close + 1
        let sentenceEnd = context.text.sentence(containing: min(after, context.count - 1)).upperBound
        var j = after
        while j < min(after + 8, context.count), j <= sentenceEnd {
            if lexicon.attribution.contains(context.norms, at: j) {
                if let before = name(in: after..<j) { return before }
                if let gender = lexicon.names.subjectPronouns[context.norm(j - 1)] {
                    return pronounSpeaker(open: open, gender: gender, previous: previous, context)
                }
                if j > after, context.isWord(j - 1) { return nil }  // "it said", "officials said"
                if let behind = name(in: (j + 1)..<min(j + 4, context.count)) { return behind }
                if let gender = lexicon.names.subjectPronouns[context.norm(j + 1)] {
                    return pronounSpeaker(open: open, gender: gender, previous: previous, context)
                }
                return nil
            }
            j += 1
        }
        return speakerBefore(open: open, names, previous: previous, context)
            ?? continuedSpeaker(open: open, previous: previous, names, context)
    }

    /// The speaker of the quote just before, when this one goes on in the same paragraph
    /// with no attribution of its own and nobody else named in between (news quotes one
    /// speaker in turns: "…," Henriques said. "…").
    private func continuedSpeaker(open: Int, previous: Mention?, _ names: [Mention], _ context: ExtractionContext) -> Mention? {
        guard let previous, let speaker = previousSpeaker(previous, before: open, within: QuoteExtractor.continuedQuoteGap, context),
              !((previous.endToken + 1)...open).contains(where: { context.token($0)?.paragraphBefore ?? true }),
              names.allSatisfy({ !(previous.endToken..<open).contains($0.firstToken) || $0.start == speaker.start }) else { return nil }
        return speaker
    }

    /// The name mention of the speaker of `previous`, a quote ending at most `gap` tokens
    /// before `open`.
    private func previousSpeaker(_ previous: Mention, before open: Int, within gap: Int, _ context: ExtractionContext) -> Mention? {
        guard case .quote(let quote) = previous.value, let start = quote.speakerStart,
              open > previous.endToken, open - previous.endToken <= gap else { return nil }
        return context.found.first { $0.start == start }
    }

    /// Most tokens between a quote and the next one that goes on in the same speaker's voice
    /// (", Henriques said." and the marks).
    static let continuedQuoteGap = 12

    /// "Karpovich said:", "Marsh warned that …": the subject of a verb of saying before the
    /// quote — the first name of the sentence — also in the sentence before, when it ends in a
    /// colon ("…, saying:" and the quote on the next line).
    private func speakerBefore(open: Int, _ names: [Mention], previous: Mention?, _ context: ExtractionContext) -> Mention? {
        let lexicon = context.lexicon
        var sentenceStart = context.text.sentence(containing: open).lowerBound
        if sentenceStart == open, context.isMark(open - 1, ":") {
            sentenceStart = context.text.sentence(containing: open - 1).lowerBound
        }
        for k in stride(from: open - 1, through: max(sentenceStart, open - 30), by: -1)
        where lexicon.attribution.contains(context.norms, at: k) {
            if let gender = lexicon.names.subjectPronouns[context.norm(k - 1)] {
                return pronounSpeaker(open: open, gender: gender, previous: previous, context)
            }
            let before = names.filter { $0.endToken <= k && $0.firstToken >= sentenceStart }
            return before.first { $0.value.nameKind == .person } ?? before.first
        }
        return nil
    }

    /// The person a pronoun stands for: the speaker of the quote just before, when it is close
    /// and of that gender (news quotes one speaker in turns: "…," Smith said. "…," he said.),
    /// else the last person named before whose name does not show the other gender.
    private func pronounSpeaker(open: Int, gender: NameGender, previous: Mention?, _ context: ExtractionContext) -> Mention? {
        if let previous, let speaker = previousSpeaker(previous, before: open, within: 60, context),
           case .name(let name) = speaker.value, shownGender(of: name, context) == gender {
            return speaker
        }
        return lastPerson(before: open, gender: gender, context)
    }

    /// The last person named before `index` whose name does not show the other gender.
    private func lastPerson(before index: Int, gender: NameGender, _ context: ExtractionContext) -> Mention? {
        context.found.last { mention in
            guard mention.endToken <= index, mention.value.nameKind == .person, case .name(let name) = mention.value else { return false }
            let shown = shownGender(of: name, context)
            return shown == nil || shown == gender
        }
    }

    /// The gender a person's name shows, or the gender of the full name in the same article
    /// whose surname a lone word is ("Karpovich" after "Pavel Karpovich").
    private func shownGender(of name: NameValue, _ context: ExtractionContext) -> NameGender? {
        let names = context.lexicon.names
        if let shown = names.gender(ofParts: name.parts) { return shown }
        guard name.parts.count == 1, let word = name.parts.first?.lowercased() else { return nil }
        for mention in context.found {
            guard case .name(let full) = mention.value, full.kind == .person, full.parts.count >= 2,
                  full.parts.last?.lowercased() == word, let shown = names.gender(ofParts: full.parts) else { continue }
            return shown
        }
        return nil
    }

    private func name(of mention: Mention) -> String? {
        if case .name(let name) = mention.value { return name.text }
        return nil
    }
}
