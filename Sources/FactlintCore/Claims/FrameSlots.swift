/// Reads the frame slots that stand around a figure rather than in its noun and verb
/// (DESIGN.md §8): where the figure holds (a place name after "in", a "Place: N" label, "Place
/// with N deaths"), who states it ("according to X", "X said", "said X", "X put the toll at"),
/// how firmly (an estimate, a projection, a denial) and whether it is a figure the text has
/// replaced ("previously put at N", the N of "rose from N to M"). Every word it reads comes
/// from `Rules/lexicon/frames.yml` and the reporting verbs of `events.yml`.
struct FrameSlots {
    let reader: ClauseReader

    /// The slots read for one figure.
    struct Slots {
        /// The place's name mention, if the sentence gives one for the figure.
        var place: Mention?
        /// A place named only by its kind ("in the county that includes <town>"): the place noun.
        var placeKind: String?
        /// Who states the figure: the words as written (determiners dropped), and the name
        /// mention when the source is a name.
        var source: String?
        var sourceMention: Mention?
        var modality: ClaimKey.Modality = .actual
        var status: Claim.Status = .current
        /// A date opening the sentence ("In March 2022, …").
        var frontedDate: TimeValue?
    }

    private var context: ExtractionContext { reader.context }
    private var words: Lexicon.FrameWords { reader.lexicon.frames }

    /// The slots of the figure `mention`.
    func slots(of mention: Mention) -> Slots {
        var slots = Slots()
        slots.frontedDate = frontedDate(of: mention)
        slots.place = place(of: mention)
        if slots.place == nil { slots.placeKind = placeKind(of: mention) }
        (slots.source, slots.sourceMention) = source(of: mention)
        slots.modality = modality(of: mention)
        slots.status = status(of: mention)
        return slots
    }

    // MARK: - Place

    /// The place a figure holds in: a place name after a place preposition later in its clause
    /// ("40 people died in <place>"), one opening its sentence ("In <place>, 40 …"), or a label
    /// just before it ("<place>: 40 people", "<place> with 40 deaths", "<place> recorded 40").
    /// Nil when the clause calls the figure the whole scene's ("nationwide", "in all").
    func place(of mention: Mention) -> Mention? {
        let clause = context.clause(containing: mention.firstToken)
        let sentence = context.text.sentence(containing: mention.firstToken)
        let norms = context.norms
        for i in clause where context.may(i, Lexicon.Lookup.wholePlaceWords) && words.wholePlaceWords.contains(norms, at: i) { return nil }
        // Right of the figure, up to the next figure or a comma.
        var i = mention.endToken
        let limit = min(sentence.upperBound, mention.endToken + 14)
        while i < limit {
            if context.isMark(i, ",") || context.norm(i) == ";" { break }
            if i > mention.endToken, reader.lexicon.clauseOpeners.contains(context.norm(i)) { break }
            if reader.owner[i] >= 0, reader.owner[i] != ownerIndex(of: mention), reader.isCount(reader.mentions[reader.owner[i]]) { break }
            if context.may(i, Lexicon.Lookup.placePrepositions), let found = words.placePrepositions.match(norms, at: i, limit: sentence.upperBound),
               let place = placeName(at: i + found.length) {
                return place
            }
            i += 1
        }
        // Left of the figure in its clause, nearest first ("a strike in <place> killed 40"),
        // not past another figure.
        var k = mention.firstToken - 1
        while k >= max(clause.lowerBound, mention.firstToken - 14) {
            // Not past a subordinating word ("surveyed the damage in <place> as the toll rose to 130").
            if reader.lexicon.clauseOpeners.contains(context.norm(k)) { break }
            if reader.owner[k] >= 0, reader.owner[k] != ownerIndex(of: mention), reader.isCount(reader.mentions[reader.owner[k]]) { break }
            if context.may(k, Lexicon.Lookup.placePrepositions), let found = words.placePrepositions.match(norms, at: k, limit: mention.firstToken),
               let place = placeName(at: k + found.length), place.endToken <= mention.firstToken {
                return place
            }
            k -= 1
        }
        // "In <place>, …" opening the sentence.
        if let found = words.placePrepositions.match(norms, at: sentence.lowerBound, limit: sentence.upperBound),
           let place = placeName(at: sentence.lowerBound + found.length), context.isMark(place.endToken, ","),
           place.endToken < mention.firstToken {
            return place
        }
        // "<place>, …, reported 30 deaths": a place that reports or records the figure, opening
        // the sentence as its subject.
        var v = mention.firstToken - 1
        while v > sentence.lowerBound, reader.lexicon.auxiliaries.contains(context.norm(v)) { v -= 1 }
        if v > sentence.lowerBound, reader.lexicon.attribution.match(norms, endingBefore: v + 1, notBefore: v) != nil
            || words.sourcePhrases.match(norms, endingBefore: v + 1, notBefore: v) != nil,
           reader.owner[sentence.lowerBound] >= 0, case .name(let opening) = reader.mentions[reader.owner[sentence.lowerBound]].value,
           opening.kind == .place, let place = placeMention(reader.mentions[reader.owner[sentence.lowerBound]], subject: true),
           place.firstToken == sentence.lowerBound, context.isMark(place.endToken, ",") {
            return place
        }
        // A label: "<place>: 40 people", "<place> with 40 deaths", "<place> follows with 11".
        var j = mention.firstToken - 1
        while j > sentence.lowerBound, reader.owner[j] == ownerIndex(of: mention) { j -= 1 }
        if [":", "with"].contains(context.norm(j)) {
            var k = j - 1
            if context.norm(j) == "with", context.isWord(k), reader.owner[k] < 0, !context.isTitleCase(sentenceOf: k),
               !(context.token(k)?.capitalized ?? false) {
                k -= 1  // "<place> follows with 11"
            }
            if context.norm(j) == "with", context.isMark(k, ",") { k -= 1 }  // "… in <place>, with 12 deaths"
            if k >= sentence.lowerBound, reader.owner[k] >= 0, let place = placeMention(reader.mentions[reader.owner[k]], subject: true),
               place.firstToken >= sentence.lowerBound {
                return place
            }
        }
        return nil
    }

    /// A place the figure holds in that the sentence names only by its kind, right of the
    /// figure in its clause: "the" and a place noun after a place preposition, then a word
    /// that describes it by another place or the clause's end ("died in the county that
    /// includes <town>", "in the province"). The place noun, for frame unification to take
    /// for the one place of that kind the story names.
    func placeKind(of mention: Mention) -> String? {
        let sentence = context.text.sentence(containing: mention.firstToken)
        let norms = context.norms
        var i = mention.endToken
        let limit = min(sentence.upperBound, mention.endToken + 14)
        while i < limit {
            if context.isMark(i, ",") || context.norm(i) == ";" { return nil }
            if i > mention.endToken, reader.lexicon.clauseOpeners.contains(context.norm(i)) { return nil }
            if reader.owner[i] >= 0, reader.owner[i] != ownerIndex(of: mention), reader.isCount(reader.mentions[reader.owner[i]]) { return nil }
            if let found = words.placePrepositions.match(norms, at: i, limit: sentence.upperBound), context.norm(i + found.length) == "the" {
                let noun = i + found.length + 1
                guard words.placeNouns.contains(context.norm(noun)), reader.owner[noun] < 0 else { return nil }
                let after = noun + 1
                let ends = after >= sentence.upperBound || !context.isWord(after)
                guard ends || words.describedPlaceLinks.match(norms, at: after, limit: sentence.upperBound) != nil else { return nil }
                return context.norm(noun)
            }
            i += 1
        }
        return nil
    }

    /// The place name starting at token `i`, past determiners and up to three lower-case
    /// words before it ("the occupied <place>", "the mountain city of <place>"), if one does:
    /// not past a word that describes the place by another ("the county that includes <town>").
    private func placeName(at start: Int) -> Mention? {
        var i = start
        while reader.lexicon.determiners.contains(context.norm(i)) { i += 1 }
        var skipped = 0
        while skipped < 4, i < reader.owner.count, reader.owner[i] < 0, context.isWord(i),
              !(context.token(i)?.capitalized ?? true), !reader.isEvent(at: i),
              words.describedPlaceLinks.match(context.norms, at: i, limit: reader.owner.count) == nil {
            i += 1
            skipped += 1
        }
        guard i < reader.owner.count, reader.owner[i] >= 0 else { return nil }
        return placeMention(reader.mentions[reader.owner[i]])
    }

    /// A name mention that may name a place: any name but a person's (after "in", a name the
    /// finder took for an organisation — "the West Bank" — is a place all the same), unless a
    /// lower-case noun follows that is no place noun: then the name modifies the noun ("in
    /// <demonym> jails").
    private func placeMention(_ mention: Mention, subject: Bool = false) -> Mention? {
        guard case .name(let name) = mention.value, name.kind != .person else { return nil }
        guard !subject else { return mention }  // a label's name is the place whatever follows
        let next = mention.endToken
        if context.norm(next) == "'s" || context.isMark(next, "'") { return nil }
        if context.isWord(next), !(context.token(next)?.capitalized ?? true), reader.owner[next] < 0,
           !words.placeNouns.contains(context.norm(next)), !reader.lexicon.notNouns.contains(context.norm(next)),
           !reader.isEvent(at: next), !reader.lexicon.auxiliaries.contains(context.norm(next)) {
            return nil
        }
        return mention
    }

    /// Whether a figure counts another round of the event than the story's ("another batch of
    /// 17"): an other-round cue in the four words before it, in its clause.
    func countsAnotherRound(_ mention: Mention) -> Bool {
        let clause = context.clause(containing: mention.firstToken)
        let norms = context.norms
        for i in max(clause.lowerBound, mention.firstToken - 4)..<mention.firstToken
            where words.otherRoundCues.contains(norms, at: i) {
            return true
        }
        return false
    }

    /// Whether a figure stands right after a place preposition ("across six states", "in 11
    /// villages"): it counts where the event happened, not what it counted.
    func countsPlaces(_ mention: Mention) -> Bool {
        words.placePrepositions.match(context.norms, endingBefore: mention.firstToken,
                                      notBefore: max(0, mention.firstToken - 3)) != nil
    }

    /// The index of a mention in the reader's list (the owner of its first token).
    private func ownerIndex(of mention: Mention) -> Int {
        mention.firstToken < reader.owner.count ? reader.owner[mention.firstToken] : -1
    }

    // MARK: - Time

    /// A date that opens the figure's sentence as a fronted adverbial ("In March 2022, the
    /// court sentenced her to nine years"): it scopes the sentence's figures. Nil when the
    /// sentence opens otherwise, or the date is the story's present.
    func frontedDate(of mention: Mention) -> TimeValue? {
        let sentence = context.text.sentence(containing: mention.firstToken)
        var i = sentence.lowerBound
        if reader.lexicon.datePrepositions.contains(context.norm(i)) { i += 1 }
        guard i < reader.owner.count, reader.owner[i] >= 0, reader.owner[i] != ownerIndex(of: mention) else { return nil }
        let date = reader.mentions[reader.owner[i]]
        guard case .time(let value) = date.value, case .on = value.form, context.isMark(date.endToken, ","),
              date.endToken <= mention.firstToken, !reader.isCurrent(value) else { return nil }
        return value
    }

    // MARK: - Source

    /// Who states the figure: "according to X" or "citing X" anywhere in its sentence (X the
    /// name or noun phrase after it); else the subject of a reporting verb of the sentence
    /// ("X said", "X put the toll at") or, inverted, the name after it (", said X"). The
    /// reporting verb nearest the figure wins. A pronoun is no source.
    func source(of mention: Mention) -> (String?, Mention?) {
        let (text, name) = namedSource(of: mention)
        // A vague source ("Officials said", capitalised or not) tells no side from another.
        guard let text, !words.vagueSources.contains(text.lowercased()) else { return (nil, nil) }
        return (text, name)
    }

    private func namedSource(of mention: Mention) -> (String?, Mention?) {
        let sentence = context.text.sentence(containing: mention.firstToken)
        let norms = context.norms
        var best: (distance: Int, text: String?, mention: Mention?)?
        func consider(_ at: Int, _ found: (String?, Mention?)) {
            guard found.0 != nil else { return }
            let distance = at >= mention.endToken ? at - mention.endToken : mention.firstToken - at
            if best == nil || distance < best!.distance { best = (distance, found.0, found.1) }
        }
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if reader.owner[i] >= 0 {
                i += 1
                continue
            }
            if context.may(i, Lexicon.Lookup.sourceAfter), let after = words.sourceAfter.match(norms, at: i, limit: sentence.upperBound) {
                consider(i, phrase(after: i + after.length, in: sentence))
                i += after.length
                continue
            }
            let verb = (context.may(i, Lexicon.Lookup.attribution) ? reader.lexicon.attribution.match(norms, at: i, limit: sentence.upperBound) : nil)
                ?? (context.may(i, Lexicon.Lookup.sourcePhrases) ? words.sourcePhrases.match(norms, at: i, limit: sentence.upperBound) : nil)
            if let verb {
                var subject = phrase(before: i, in: sentence)
                // "At least 30 people have been confirmed dead": the figure's own noun is no source.
                if subject.1 == nil, i > mention.endToken, !(mention.endToken..<i).contains(where: { context.isMark($0, ",") }) {
                    subject = (nil, nil)
                }
                let inverted = words.sourceInverted.contains(context.norm(i))
                consider(i, subject.0 != nil || !inverted ? subject : phrase(after: i + verb.length, in: sentence, namesOnly: true))
                i += verb.length
                continue
            }
            i += 1
        }
        guard let best else { return (nil, nil) }
        return (best.text, best.mention)
    }

    /// The source named right after a word: a name, or a noun phrase of up to four words.
    private func phrase(after start: Int, in sentence: Range<Int>, namesOnly: Bool = false) -> (String?, Mention?) {
        var i = start
        while i < sentence.upperBound, reader.lexicon.determiners.contains(context.norm(i)) { i += 1 }
        // "figures from the local hospital": the hospital.
        if words.sourceReportNouns.contains(context.norm(i)), words.sourceReportLinks.contains(context.norm(i + 1)) {
            i += 2
            while i < sentence.upperBound, reader.lexicon.determiners.contains(context.norm(i)) { i += 1 }
        }
        guard i < sentence.upperBound else { return (nil, nil) }
        if reader.owner[i] >= 0, case .name(let name) = reader.mentions[reader.owner[i]].value {
            return (name.text, reader.mentions[reader.owner[i]])
        }
        guard !namesOnly else { return (nil, nil) }
        var end = i
        while end < sentence.upperBound, end - i < 4, context.isWord(end), reader.owner[end] < 0,
              !reader.lexicon.notNouns.contains(context.norm(end)) {
            end += 1
        }
        return sourceText(i..<end)
    }

    /// The source named right before a reporting verb: a name ending there, or the noun phrase
    /// of up to four words before it ("the health ministry said").
    private func phrase(before verb: Int, in sentence: Range<Int>) -> (String?, Mention?) {
        var end = verb
        while end > sentence.lowerBound, reader.lexicon.auxiliaries.contains(context.norm(end - 1)) { end -= 1 }
        let last = end - 1
        guard last >= sentence.lowerBound else { return (nil, nil) }
        if reader.owner[last] >= 0, case .name(let name) = reader.mentions[reader.owner[last]].value {
            let mention = reader.mentions[reader.owner[last]]
            // "the US embassy in <city> said": the name is where the source sits; the source is
            // the noun before the preposition.
            if let preposition = words.placePrepositions.match(context.norms, endingBefore: mention.firstToken,
                                                               notBefore: max(sentence.lowerBound, mention.firstToken - 2)) {
                return phrase(before: preposition.start, in: sentence)
            }
            return (name.text, mention)
        }
        var start = end
        while start > sentence.lowerBound, end - start < 4, context.isWord(start - 1), reader.owner[start - 1] < 0,
              !reader.lexicon.notNouns.contains(context.norm(start - 1)) || words.sourcePronouns.contains(context.norm(start - 1)) {
            start -= 1
            if words.sourcePronouns.contains(context.norm(start)) { break }
        }
        return sourceText(start..<end)
    }

    /// The lower-cased words of a noun-phrase source, or nil for none or a pronoun.
    private func sourceText(_ range: Range<Int>) -> (String?, Mention?) {
        // Determiners and the possessive ending go: "the embassy's" is the embassy.
        let kept = range.filter { !reader.lexicon.determiners.contains(context.norm($0)) && context.isWord($0) && context.norm($0) != "'s" }
        guard !kept.isEmpty, !kept.contains(where: { words.sourcePronouns.contains(context.norm($0)) }) else { return (nil, nil) }
        let text = kept.map { context.norm($0) }.joined(separator: " ")
        return words.vagueSources.contains(text) ? (nil, nil) : (text, nil)
    }

    // MARK: - Modality and status

    /// A denial anywhere before the figure in its sentence; a projection or an estimate cue in
    /// its clause before it (projection first: "an estimated … could reach" projects).
    func modality(of mention: Mention) -> ClaimKey.Modality {
        let clause = context.clause(containing: mention.firstToken)
        let sentence = context.text.sentence(containing: mention.firstToken)
        let norms = context.norms
        for i in sentence.lowerBound..<mention.firstToken
            where context.may(i, Lexicon.Lookup.denialCues) && words.denialCues.contains(norms, at: i) {
            return .denial
        }
        let before = max(clause.lowerBound, mention.firstToken - 8)..<mention.firstToken
        for i in before where context.may(i, Lexicon.Lookup.projectionCues) && words.projectionCues.contains(norms, at: i) { return .projection }
        // The figure's own verb after it, before any comma: "50 hostages are to be freed".
        var i = mention.endToken
        while i < min(clause.upperBound, mention.endToken + 6), !context.isMark(i, ","), !reader.isEvent(at: i) {
            if context.may(i, Lexicon.Lookup.projectionCues), words.projectionCues.contains(norms, at: i) { return .projection }
            i += 1
        }
        // "An estimated 500": the cue may open the figure's own words.
        for i in max(clause.lowerBound, mention.firstToken - 8)..<mention.endToken
            where context.may(i, Lexicon.Lookup.estimateCues) && words.estimateCues.contains(norms, at: i) {
            return .estimate
        }
        return .actual
    }

    /// An earlier figure: an earlier cue in the few words before it in its clause ("previously
    /// put at", "up from"), or the first figure of "from N to M".
    func status(of mention: Mention) -> Claim.Status {
        let clause = context.clause(containing: mention.firstToken)
        let norms = context.norms
        let before = max(clause.lowerBound, mention.firstToken - 6)..<mention.firstToken
        for i in before where context.may(i, Lexicon.Lookup.earlierCues) && words.earlierCues.contains(norms, at: i) { return .earlier }
        if words.changeFrom.contains(context.norm(mention.firstToken - 1)) {
            var i = mention.endToken
            while i < min(clause.upperBound, mention.endToken + 4), !words.changeTo.contains(context.norm(i)) { i += 1 }
            if words.changeTo.contains(context.norm(i)), i + 1 < reader.owner.count, reader.owner[i + 1] >= 0,
               case .quantity = reader.mentions[reader.owner[i + 1]].value {
                return .earlier
            }
        }
        return .current
    }
}

extension TimeValue {
    /// Whether the value names one day ("on Friday", "June 13"), resolved or a bare weekday.
    var isDay: Bool {
        switch form {
        case .on(let point): point.precision == .day
        case .unresolved(.weekday): true
        default: false
        }
    }
}
