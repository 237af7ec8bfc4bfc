extension NameExtractor {
    /// A role given in apposition right after a name: ", the EU deputy envoy for trade,",
    /// ", a blogger sentenced in 2018", ", head of the French delegation,". A title word from
    /// the lexicon must come within three words of the comma (after an article), with nothing
    /// before it that opens a clause or reports speech; "for …" or "of …" after the title is
    /// part of the role, up to the next punctuation or clause opener. A title followed by a
    /// name is that name's, in a list ("Smith, journalist Jane Doe, and …"), not a role.
    func apposition(after end: Int, _ context: ExtractionContext) -> String? {
        guard context.isMark(end, ",") else { return nil }
        let lexicon = context.lexicon
        let sentence = context.text.sentence(containing: end)
        var start = end + 1
        if lexicon.names.articles.contains(context.norm(start)) { start += 1 }
        var k = start
        while k < min(start + 4, sentence.upperBound) {
            if context.may(k, Lexicon.Lookup.personTitles), let found = lexicon.names.personTitles.match(context.norms, at: k, limit: sentence.upperBound) {
                let stop = roleTail(from: k + found.length, sentence, context)
                // "Smith, journalist Jane Doe, …": a list, the title is the next person's.
                if stop == k + found.length, context.isWord(stop), context.token(stop)?.capitalized ?? false { return nil }
                return context.document.string(context.tokens[start].start, context.tokens[stop - 1].end)
            }
            guard isRoleWord(k, context) else { return nil }
            k += 1
        }
        return nil
    }

    /// One past the end of "for Ukraine" / "of the Hungarian opposition" after a title.
    private func roleTail(from index: Int, _ sentence: Range<Int>, _ context: ExtractionContext) -> Int {
        guard context.lexicon.names.roleLinks.contains(context.norm(index)) else { return index }
        var stop = index + 1
        while stop < min(index + 7, sentence.upperBound), isRoleWord(stop, context) || isAcronymPeriod(stop, context) {
            stop += 1
        }
        return stop > index + 1 ? stop : index
    }

    /// A word that may stand inside a role: not a clause opener, a verb of saying or a conjunction.
    private func isRoleWord(_ index: Int, _ context: ExtractionContext) -> Bool {
        guard context.isWord(index) else { return false }
        let lexicon = context.lexicon
        let word = context.norm(index)
        if lexicon.clauseOpeners.contains(word) || lexicon.names.roleStops.contains(word) { return false }
        return !lexicon.attribution.contains(context.norms, at: index) && !lexicon.names.personVerbs.contains(word)
    }

    /// The period of "U.S." inside a role.
    private func isAcronymPeriod(_ index: Int, _ context: ExtractionContext) -> Bool {
        context.isMark(index, ".") && context.isJoined(index) && (context.token(index - 1)?.capitalized ?? false)
            && context.tokens[index - 1].end - context.tokens[index - 1].start == 1
    }
}
