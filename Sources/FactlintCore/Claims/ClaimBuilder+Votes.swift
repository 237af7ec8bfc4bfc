/// Keys for election results (`Rules/lexicon/votes.yml`): a count of votes is either a
/// candidate's — "X got 10.4 million", "X received 9 million votes", "X, with 206,000 votes",
/// "A and B got N and M votes, respectively", "and Y 9,000" — keyed `votes · received` with the
/// candidate as its entity, or the total the candidates' counts are parts of — "out of N votes
/// counted", "Of the N votes cast" — keyed `votes · cast`. A figure without a vote noun is a vote
/// count only after a vote verb or a candidate's name, in a sentence that (or whose previous
/// sentence) speaks of votes.
extension ClaimBuilder {
    /// Keys a count of votes; whether the figure is one (a figure that is one but whose candidate
    /// cannot be told is left without a key).
    func keyVotes(_ draft: inout Draft, _ reader: ClauseReader) -> Bool {
        let context = reader.context
        let measures = lexicon.measures
        let mention = draft.mention
        let first = mention.firstToken
        let clause = context.clause(containing: first)
        let noun = skipBracket(from: mention.endToken, reader)
        let hasNoun = measures.voteNouns.contains(context.norm(noun))
        let verb = measures.voteVerbs.match(context.norms, endingBefore: first, notBefore: max(clause.lowerBound, first - 4))
        let nameBefore = reader.mentions.contains { $0.endToken == first && isCandidateName($0) }
        if !hasNoun {
            guard verb != nil || nameBefore || respectivelyFollows(mention, reader),
                  speaksOfVotes(around: first, reader) else { return false }
        }
        // The total: "out of N votes", "N votes cast".
        let total = measures.voteTotalsBefore.match(context.norms, endingBefore: first, notBefore: max(clause.lowerBound, first - 4))
        let eventAfter = hasNoun ? measures.voteEventsAfter.match(context.norms, at: noun + 1, limit: clause.upperBound) : nil
        if let event = eventAfter?.payload ?? total?.payload {
            draft.key = ClaimKey(measure: .count, subject: "votes", event: event)
            return true
        }
        guard let event = verb?.payload ?? measures.candidateEvent else { return true }
        let candidates = respectivelyFollows(mention, reader) ? respectiveCandidate(of: mention, reader) : candidate(of: mention, clause, reader)
        guard !candidates.isEmpty else { return true }
        draft.people = candidates
        draft.key = ClaimKey(measure: .count, subject: "votes", event: event)
        return true
    }

    /// The token after a bracketed aside right after a figure ("10,415 votes [42%]", "3,383 (13%) and").
    private func skipBracket(from start: Int, _ reader: ClauseReader) -> Int {
        let context = reader.context
        guard context.isMark(start, "[") || context.isMark(start, "(") else { return start }
        for j in tokens(start + 1, min(start + 8, context.count)) where ["]", ")"].contains(context.norm(j)) { return j + 1 }
        return start
    }

    /// Whether the sentence of token `i`, or the one before it, names votes.
    private func speaksOfVotes(around i: Int, _ reader: ClauseReader) -> Bool {
        let context = reader.context
        let sentence = context.text.sentence(containing: i)
        let previous = sentence.lowerBound > 0 ? context.text.sentence(containing: sentence.lowerBound - 1) : sentence
        return tokens(previous.lowerBound, sentence.upperBound).contains {
            context.may($0, Lexicon.Lookup.voteNouns) && lexicon.measures.voteNouns.contains(context.norm($0))
        }
    }

    /// Whether a name may be a candidate's: a person's or of unknown kind.
    private func isCandidateName(_ mention: Mention) -> Bool {
        guard case .name(let name) = mention.value else { return false }
        return name.kind == .person || name.kind == nil
    }

    /// Whether "respectively" closes the figure's sentence after it.
    private func respectivelyFollows(_ mention: Mention, _ reader: ClauseReader) -> Bool {
        let context = reader.context
        let sentence = context.text.sentence(containing: mention.firstToken)
        return tokens(mention.endToken, sentence.upperBound).contains {
            context.may($0, Lexicon.Lookup.respectively) && lexicon.measures.respectively.contains(context.norm($0))
        }
    }

    /// The candidate of a figure in a "respectively" list: the names before the list's first
    /// figure, paired in order with its figures; none when the counts differ.
    private func respectiveCandidate(of mention: Mention, _ reader: ClauseReader) -> [Mention] {
        let context = reader.context
        let sentence = context.text.sentence(containing: mention.firstToken)
        guard let close = tokens(mention.endToken, sentence.upperBound).first(where: { lexicon.measures.respectively.contains(context.norm($0)) }) else {
            return []
        }
        // The list: the counts before "respectively" joined by "and" or commas (asides in brackets, vote nouns between).
        let counts = reader.mentions.filter { other in
            guard sentence.contains(other.firstToken), other.endToken <= close, case .quantity(let value) = other.value else { return false }
            return value.unit == .count
        }
        guard let index = counts.firstIndex(where: { $0.firstToken == mention.firstToken }) else { return [] }
        var list = [counts[index]]
        var k = index
        while k > 0, joined(counts[k - 1], counts[k], reader) { list.insert(counts[k - 1], at: 0); k -= 1 }
        k = index
        while k + 1 < counts.count, joined(counts[k], counts[k + 1], reader) { list.append(counts[k + 1]); k += 1 }
        guard list.count >= 2, let position = list.firstIndex(where: { $0.firstToken == mention.firstToken }) else { return [] }
        let names = reader.mentions.filter { sentence.contains($0.firstToken) && $0.endToken <= list[0].firstToken && isCandidateName($0) }
        guard names.count >= list.count else { return [] }
        return [names[names.count - list.count + position]]
    }

    /// Whether two figures are neighbours in a list: only "and", commas, bracketed asides and vote nouns between.
    private func joined(_ a: Mention, _ b: Mention, _ reader: ClauseReader) -> Bool {
        var j = skipBracket(from: a.endToken, reader)
        var linked = false
        while j < b.firstToken {
            let word = reader.context.norm(j)
            if word == "and" || word == "," { linked = true; j += 1; continue }
            if lexicon.measures.voteNouns.contains(word) { j = skipBracket(from: j + 1, reader); continue }
            return false
        }
        return linked
    }

    /// The candidate of a figure outside a list: the name before ", with N"; else the people near it.
    private func candidate(of mention: Mention, _ clause: Range<Int>, _ reader: ClauseReader) -> [Mention] {
        let context = reader.context
        let first = mention.firstToken
        if context.norm(first - 1) == "with", context.isMark(first - 2, ","),
           let named = reader.mentions.last(where: { $0.endToken == first - 2 && isCandidateName($0) }) {
            return [named]
        }
        // The nearest name before the figure in its clause, whatever its kind: "A got N while B received M".
        let nearest = reader.mentions.last { $0.endToken <= first && $0.firstToken >= clause.lowerBound && isCandidateName($0) }
        let others = reader.people(near: first, in: clause).filter { $0.firstToken != nearest?.firstToken }
        return (nearest.map { [$0] } ?? []) + others
    }

    /// The tokens from `start` up to `end`, none when `end` is not after `start` (a mention may
    /// run past the end of its sentence or clause).
    func tokens(_ start: Int, _ end: Int) -> Range<Int> { start..<max(start, end) }
}
