/// A first person inside a quote: the speaker the quote is attributed to.
extension ClaimBuilder {
    /// The people a claim may be about, with the quote's speaker first when the claim stands in
    /// a quote whose clause speaks in the first person before it ("'I was sentenced to ten years
    /// by Judge Roe,' Jane Doe said" is Jane Doe's sentence, not the judge's).
    func speakerFirst(_ people: [Mention], for mention: Mention, in clause: Range<Int>, _ reader: ClauseReader) -> [Mention] {
        let context = reader.context
        guard (clause.lowerBound..<mention.firstToken).contains(where: { lexicon.firstPersonPronouns.contains(context.norm($0)) }),
              let speaker = quoteSpeaker(around: mention, reader) else { return people }
        return [speaker] + people.filter { $0.start != speaker.start }
    }

    /// The name mention of the speaker of the quote that holds a mention, if the quote has one.
    func quoteSpeaker(around mention: Mention, _ reader: ClauseReader) -> Mention? {
        for quote in reader.mentions {
            guard case .quote(let value) = quote.value, quote.start <= mention.start, mention.end <= quote.end,
                  let start = value.speakerStart else { continue }
            return reader.mentions.first { candidate in
                if case .name = candidate.value { return candidate.start == start }
                return false
            }
        }
        return nil
    }
}
