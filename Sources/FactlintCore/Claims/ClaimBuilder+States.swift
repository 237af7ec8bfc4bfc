/// How the claim builder reads the dates and lengths of impersonal states (a state of
/// emergency, a curfew, a ceasefire): the phase a date gives ("declared … at 9 p.m."), the state
/// a verb of lasting measures ("The curfew lasted five hours", "It lasted two days"), and the
/// gap since a last occurrence that is no length at all ("the first time in 40 years").
extension ClaimBuilder {
    /// Words between a state and a phase word after it ("the curfew was later lifted").
    static let phaseWindowAfter = 5
    /// Words between a phase word and the state after it ("the declaration of a nationwide state of emergency").
    static let phaseWindowBefore = 4

    /// The phase of a state a date beside it gives: the nearest phase word before the state
    /// ("declared a curfew", "the declaration of emergency rule"), else after it ("the curfew
    /// was lifted", "the ceasefire took effect"), inside the clause and not past another mention.
    func statePhase(of hit: ClauseReader.EventHit, in clause: Range<Int>, _ reader: ClauseReader, except skipped: String? = nil) -> String? {
        let norms = reader.context.norms
        var i = hit.start - 1
        while i >= max(clause.lowerBound, hit.start - ClaimBuilder.phaseWindowBefore), reader.owner[i] < 0 {
            if let found = lexicon.statePhases.match(norms, endingBefore: i + 1, notBefore: clause.lowerBound), found.payload != skipped {
                return found.payload
            }
            i -= 1
        }
        var j = hit.end
        while j < min(clause.upperBound, hit.end + ClaimBuilder.phaseWindowAfter), reader.owner[j] < 0 {
            if let found = lexicon.statePhases.match(norms, at: j, limit: clause.upperBound), found.payload != skipped { return found.payload }
            j += 1
        }
        return nil
    }

    /// A phase word and the state it governs after a date ("By 9 p.m. on Monday we had imposed a
    /// curfew"): a phase word within five words after the date (names aside), the state within
    /// four words after it. For a date whose event the nearest-event search did not reach.
    func phasedState(after mention: Mention, in clause: Range<Int>, _ reader: ClauseReader) -> (ClauseReader.EventHit, String)? {
        let norms = reader.context.norms
        var j = mention.endToken
        while j < min(clause.upperBound, mention.endToken + ClaimBuilder.phaseWindowAfter) {
            if reader.owner[j] >= 0 {
                guard case .name = reader.mentions[reader.owner[j]].value else { return nil }
            }
            if let phase = lexicon.statePhases.match(norms, at: j, limit: clause.upperBound) {
                let after = j + phase.length
                for k in after..<min(clause.upperBound, after + ClaimBuilder.phaseWindowBefore) {
                    if reader.owner[k] >= 0 { return nil }
                    if let state = reader.eventStarting(at: k, limit: clause.upperBound) {
                        return reader.isImpersonal(state.id) ? (state, phase.payload) : nil
                    }
                }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The impersonal state a length after a verb of lasting measures: a state just before the
    /// verb ("The curfew lasted five hours"), or, for a pronoun subject ("It lasted two days"),
    /// the last state the sentence before names.
    func lastingState(of mention: Mention, _ reader: ClauseReader) -> ClauseReader.EventHit? {
        let context = reader.context
        guard let verb = lexicon.lastingVerbs.match(context.norms, endingBefore: mention.firstToken,
                                                      notBefore: max(0, mention.firstToken - 3)) else { return nil }
        var subjectEnd = verb.start
        while subjectEnd > 0, lexicon.auxiliaries.contains(context.norm(subjectEnd - 1)) { subjectEnd -= 1 }
        if let state = reader.eventEnding(at: subjectEnd - 1), reader.isImpersonal(state.id) { return state }
        guard lexicon.referringPronouns.contains(context.norm(subjectEnd - 1)) else { return nil }
        let sentence = context.text.sentence(containing: mention.firstToken)
        guard sentence.lowerBound > 0 else { return nil }
        let previous = context.text.sentence(containing: sentence.lowerBound - 1)
        return reader.events(in: previous).last { reader.isImpersonal($0.id) }
    }

    /// Most words between a phase word and the length after it ("declared by President Jane
    /// Roe six hours earlier": the names count).
    static let offsetWindow = 8

    /// Whether a length is an offset between two moments: an offset word follows it ("six
    /// hours earlier", "two days after the vote").
    func isOffset(_ mention: Mention, _ reader: ClauseReader) -> Bool {
        lexicon.offsetWords.contains(reader.context.norm(mention.endToken))
    }

    /// The state an offset spans from its start to its end: "the lifting of the curfew declared
    /// six hours earlier" (an end phase before the state, a start phase after it, then the
    /// length and "earlier"), "the curfew imposed on Monday was lifted two days later" (a start
    /// then an end phase, then "later"). The length is then the state's length.
    func spannedState(by mention: Mention, _ reader: ClauseReader) -> ClauseReader.EventHit? {
        guard isOffset(mention, reader) else { return nil }
        let context = reader.context
        let norms = context.norms
        let sentence = context.text.sentence(containing: mention.firstToken)
        let backward = ["earlier", "before", "beforehand"].contains(context.norm(mention.endToken))
        // The phase word nearest before the length, past names only.
        var i = mention.firstToken - 1
        var near: (start: Int, phase: String)?
        while i >= max(sentence.lowerBound, mention.firstToken - ClaimBuilder.offsetWindow), near == nil {
            if reader.owner[i] >= 0, !isName(reader.mentions[reader.owner[i]]) { return nil }
            if let found = lexicon.statePhases.match(norms, at: i, limit: mention.firstToken) { near = (i, found.payload) }
            i -= 1
        }
        guard let near else { return nil }
        // Its state within a few words before or after it, and the state's other phase.
        let window = max(sentence.lowerBound, near.start - ClaimBuilder.phaseWindowBefore)..<min(sentence.upperBound, near.start + ClaimBuilder.phaseWindowAfter)
        guard let state = reader.events(in: window).last(where: { reader.isImpersonal($0.id) && $0.end <= near.start })
                ?? reader.events(in: window).first(where: { reader.isImpersonal($0.id) && $0.start > near.start }),
              let other = statePhase(of: state, in: sentence, reader, except: near.phase) else { return nil }
        // "earlier" goes back from the end to the start; "later" forward from the start to the end.
        let starts = lexicon.startingPhases, ends = lexicon.endingPhases
        let spans = backward ? starts.contains(near.phase) && ends.contains(other) : ends.contains(near.phase) && starts.contains(other)
        return spans ? state : nil
    }

    private func isName(_ mention: Mention) -> Bool {
        if case .name = mention.value { return true }
        return false
    }

    /// Whether a length is the gap since a thing last happened ("the first time in 30 years",
    /// "the worst floods in a century"): a recurrence preposition right before it, a recurrence
    /// word within four words before that.
    func isRecurrenceGap(_ mention: Mention, _ reader: ClauseReader) -> Bool {
        let context = reader.context
        let preposition = mention.firstToken - 1
        guard lexicon.recurrencePrepositions.contains(context.norm(preposition)) else { return false }
        let start = max(context.text.sentence(containing: mention.firstToken).lowerBound, preposition - 4)
        return (start..<preposition).contains { lexicon.recurrenceMarkers.contains(context.norm($0)) }
    }
}
