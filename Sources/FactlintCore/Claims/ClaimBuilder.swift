/// Binds each mention of a document to what it is about, producing claims with keys:
/// counts to the noun and event of their clause, percentages to the group they are a share of,
/// dates to the event they date, durations and ages to the person they describe. A mention
/// whose subject cannot be told with confidence keeps a nil key: it is listed, never compared.
public struct ClaimBuilder: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The claims of one document, in text order.
    public func claims(in document: Document, text: TokenizedText, mentions: [Mention]) -> [Claim] {
        claims(in: ExtractionContext(document: document, text: text, lexicon: lexicon), mentions: mentions)
    }

    /// The claims of the context's text, from its mentions (a context that mention extraction
    /// used is read afresh: its consumed tokens are freed and its found mentions replaced).
    public func claims(in context: ExtractionContext, mentions: [Mention]) -> [Claim] {
        var context = context
        context.found = mentions
        context.consumed = Array(repeating: false, count: context.count)
        let reader = ClauseReader(context: context, mentions: mentions)
        var drafts: [Draft] = []
        drafts.reserveCapacity(mentions.count)
        for (index, mention) in mentions.enumerated() {
            // Made in place in the list (a draft made aside was copied into it).
            drafts.append(Draft(mention: mention, index: index))
            let d = drafts.count - 1
            switch mention.value {
            case .quantity(let value): keyQuantity(value, &drafts[d], reader)
            case .time(let value):
                keyDate(value, &drafts[d], reader)
                if drafts[d].key == nil { keyIncidentDate(value, &drafts[d], reader) }
            case .duration: keyDuration(&drafts[d], reader)
            case .quote(let quote):
                // The speaker's name: what the quote check groups quotes by.
                drafts[d].people = mentions.filter { mention in
                    if case .name = mention.value { return mention.start == quote.speakerStart }
                    return false
                }
            case .name: break
            }
        }
        let frame = FrameSlots(reader: reader)
        // A count of where the event happened ("across six states") or of another round of it
        // ("another batch of 17") is not the event's count, nor a group for others to take.
        for d in drafts.indices where drafts[d].measure == .count {
            if frame.countsPlaces(drafts[d].mention) || frame.countsAnotherRound(drafts[d].mention) { drafts[d].key = nil }
        }
        ClaimInheritance(reader: reader).complete(&drafts)
        let document = context.document
        // Drafts read in place, by index: a map over them copied each one.
        var claims = drafts.indices.map { d in
            let mention = drafts[d].mention
            let span = document.span(mention.start, mention.end)
            let candidates = drafts[d].people.compactMap { person -> EntityMention? in
                guard case .name(let name) = person.value else { return nil }
                return EntityMention(span: document.span(person.start, person.end), name: name)
            }
            let key = claimKey(drafts[d].key, impersonal: drafts[d].impersonal, candidates)
            var claim = Claim(key: key, value: mention.value, span: span, hedges: drafts[d].hedges,
                              referenceDate: document.metadata.referenceDate, subject: candidates.first)
            claim.subjectCandidates = candidates
            if let key { fill(&claim, key: key, slots: frame.slots(of: mention), document) }
            return claim
        }
        PartCounts.drop(&claims)
        return claims
    }

    /// The key a claim is made with from its draft's key `drafted`: none for a count or a share
    /// of no subject, nor for an age or a person's duration (not an `impersonal` one) with no
    /// person to hold it; else the draft's, with its person's name. (Worked out on a constant:
    /// each `key?.` of a variable copied the key; and given the draft's fields, as the draft
    /// itself was copied to be passed.)
    private func claimKey(_ drafted: ClaimKey?, impersonal: Bool, _ candidates: [EntityMention]) -> ClaimKey? {
        guard var key = drafted else { return nil }
        if key.subject == nil, key.measure == .count || key.measure == .share { return nil }
        guard let first = candidates.first else {
            return key.measure == .age || (key.measure == .duration && !impersonal) ? nil : key
        }
        key.entity = first.name.text
        key.entityName = first.name.text
        return key
    }

    /// Puts a figure's frame slots into its claim, whose key is `key`: the place (counts and
    /// shares only: a date or a length is a person's or an event's), the source, the modality
    /// and the status. (Measure, modality and scope are read from `key`, the claim's key as it
    /// came in, each before this changes it: every read of `claim.key` copied the whole key.)
    private func fill(_ claim: inout Claim, key: ClaimKey, slots: FrameSlots.Slots, _ document: Document) {
        let counted = key.measure == .count || key.measure == .share
        if counted, let place = slots.place, case .name(let name) = place.value {
            claim.placeMention = EntityMention(span: document.span(place.start, place.end), name: name)
            claim.key?.place = name.text.lowercased()
            claim.key?.placeName = name.text
        } else if counted {
            // "in the county": a place named by its kind, which unification takes for the one
            // place of that kind the story names.
            claim.placeKind = slots.placeKind
        }
        claim.attribution = slots.source
        if let source = slots.sourceMention, case .name(let name) = source.value {
            claim.sourceMention = EntityMention(span: document.span(source.start, source.end), name: name)
        }
        if counted {
            if key.modality == .actual { claim.key?.modality = slots.modality }
            claim.status = slots.status
        }
        // A person's term stated under a fronted date is that date's ("In March 2022, … sentenced
        // her to nine years" is not the term she serves after a later verdict).
        if key.measure == .duration, key.scope == nil, let date = slots.frontedDate {
            claim.key?.scope = date.notation
        }
    }

    // MARK: - Counts, shares and ages

    private func keyQuantity(_ value: QuantityValue, _ draft: inout Draft, _ reader: ClauseReader) {
        let context = reader.context
        let mention = draft.mention
        let clause = context.clause(containing: mention.firstToken)
        draft.hedges = reader.hedges(in: clause)
        if value.unit == .measure {
            keyMeasurement(value, &draft, reader)
            return
        }
        if let person = agePerson(of: mention, value, reader) {
            draft.key = ClaimKey(measure: .age)
            draft.people = [person]
            return
        }
        if reader.isAge(mention) { return }
        if value.unit == .percent {
            keyShare(&draft, clause: clause, reader)
            if draft.key == nil { _ = keyChange(&draft, reader) }
            // "turnout reached 40%", "a turnout of 48 percent": a toll given as a share is the
            // share of its group that the toll's event counts (not a rise "by 10%").
            let before = context.norm(mention.firstToken - 1)
            if draft.key == nil, before != "by", !lexicon.changeVerbs.contains(before),
               let event = toll(before: mention, in: clause, reader) {
                draft.key = ClaimKey(measure: .share, subject: "people", event: event)
            }
            return
        }
        guard value.unit == .count else { return }
        if keyVotes(&draft, reader) { return }
        // "Jane Doe and John Roe, both 51, died": a bare number between commas after names is an age.
        if reader.isApposed(mention) || context.norm(mention.firstToken - 1) == "both" { return }
        // Relative counts ("an additional 9", "210 other detainees", "a dozen more") and rates
        // ("for every miner rescued, two more") are not totals.
        // "an additional 2,000": relative only to an earlier count of the same thing and event,
        // which the article-level pass looks for (`Draft.relative`).
        if lexicon.relativeAfter.contains(context.norm(mention.endToken)) { return }
        draft.relative = lexicon.relativeBefore.contains(context.norm(mention.firstToken - 1))
        for i in clause where i < mention.firstToken && lexicon.distributive.contains(context.norms, at: i) { return }

        let vague: Bool
        if case .vague = value.form { vague = true } else { vague = false }
        var noun = reader.countedNoun(after: mention.endToken, vague: vague, limit: clause.upperBound)
        if let currency = currency(before: mention, reader) { noun = currency }
        if noun?.partitive == true { return }
        // "two of the three victims": the whole of a partitive is not what the event counts.
        if lexicon.partitiveDeterminers.contains(context.norm(mention.firstToken - 1)), context.norm(mention.firstToken - 2) == "of",
           mention.firstToken >= 3, reader.owner[mention.firstToken - 3] >= 0,
           reader.isCount(reader.mentions[reader.owner[mention.firstToken - 3]]) { return }
        // Without a noun, a count is keyed only when an event word follows it at once ("the 37
        // freed", "9 pardoned"), or comes right before it and nothing follows ("killing at least
        // 40 people and injuring more than 200"): anything else after it is a noun the reader
        // did not know.
        var tollEvent: String?
        // "2,053 dead and 9,249 injured", "left 12 dead": a casualty word for a noun counts people.
        if noun == nil, lexicon.peopleAdjectives.contains(context.norm(mention.endToken)), reader.isEvent(at: mention.endToken) {
            noun = ClauseReader.CountedNoun(noun: "people", qualifiers: [], generic: true, impliedEvent: nil,
                                            end: mention.endToken, partitive: false)
        }
        if noun == nil {
            var next = mention.endToken
            while lexicon.auxiliaries.contains(context.norm(next)) { next += 1 }
            let eventAfter = reader.isEvent(at: next)
            let eventBefore = reader.eventEnding(at: mention.firstToken - 1) != nil
            let nothingAfter = !context.isWord(mention.endToken) || mention.endToken >= clause.upperBound
            // "the toll has risen to 140 across six states": a place or time may follow a toll.
            let nothingCounted = nothingAfter || lexicon.notNouns.contains(context.norm(mention.endToken))
            tollEvent = nothingCounted ? toll(before: mention, in: clause, reader) : nil
            // "Deaths by region:" then "- The north: 12": an item's figure is the list's event.
            if tollEvent == nil, nothingAfter { tollEvent = listEvent(of: mention, thing: nil, reader) }
            // "North Carolina with 56 deaths, …, Tennessee with six and Virginia with two": a bare
            // count after "with", in a list of such items, counts what the item before it counts.
            let parallel = !eventAfter && tollEvent == nil && nothingCounted ? parallelNoun(before: mention, reader) : nil
            if let parallel { noun = parallel }
            guard eventAfter || (eventBefore && nothingAfter) || tollEvent != nil || parallel != nil else { return }
            let coordinated = context.norm(mention.firstToken - 1) == "and"
            if tollEvent != nil {
                // A toll counts everyone the event took, whatever group the sentence named
                // before it ("killed six children …, bringing the death toll to 11").
                noun = ClauseReader.CountedNoun(noun: "people", qualifiers: [], generic: false, impliedEvent: tollEvent,
                                                end: mention.endToken, partitive: false)
            } else if parallel == nil, (eventBefore && !eventAfter) || coordinated,
                      let previous = coordinatedNoun(before: mention, in: clause, reader) {
                noun = previous
            }
        }
        if let found = noun { noun = nationality(of: found, reader) }
        let after = noun?.end ?? mention.endToken
        // An event class that counts only some things ("won 40 seats", "cut 300 jobs") is not
        // the event of a count of anything else.
        let thing = noun?.noun
        var hit: ClauseReader.EventHit?
        if tollEvent == nil {
            // "killed six children when a school collapsed": the verb right before a count is its own.
            if let adjacent = reader.eventEnding(at: mention.firstToken - 1, notBefore: clause.lowerBound), noun != nil,
               reader.kind(of: adjacent.id) != .attribute, reader.counts(adjacent.id, thing) {
                hit = adjacent
            } else {
                hit = reader.event(around: mention.firstToken, after, in: clause, rightWindow: 8 + (after - mention.endToken),
                                   accepts: { reader.counts($0, thing) })
            }
            if hit == nil, let subject = resumedSubject(of: mention, in: clause, reader), reader.counts(subject.id, thing) {
                hit = subject
            }
            // "120 prisoners and 40 hostages are to be freed", "8 adults, 6 children and one
            // infant were released": counts joined in one subject share the verb after the last.
            // (Not a count inside an aside, "including three children, and 40 were injured":
            // the aside's count is a part of the group before it, and the clause goes on.)
            if hit == nil, lexicon.appositiveOpeners.match(context.norms, endingBefore: mention.firstToken, notBefore: clause.lowerBound) == nil,
               let last = lastCoordinatedCount(after: after, in: clause, reader) {
                hit = reader.event(around: last.first, last.end, in: clause, rightWindow: 8, leftWindow: 0,
                                   accepts: { reader.counts($0, thing) })
            }
            // "freed 13 adults and 12 children": and the verb before the first.
            if hit == nil, let first = firstCoordinatedCount(before: mention.firstToken, in: clause, reader) {
                hit = reader.event(around: first, first + 1, in: clause, rightWindow: 0, leftWindow: 12,
                                   accepts: { reader.counts($0, thing) })
            }
        }
        var event = tollEvent ?? hit?.id ?? noun?.impliedEvent
        if event == nil, noun?.generic == true { event = listEvent(of: mention, thing: nil, reader) }
        // A release that someone calls for is a request, not a release.
        if let hit, let request = reader.request(near: hit, in: clause) { event = request.id }
        if hit == nil, noun?.impliedEvent != nil,
           let request = reader.request(near: ClauseReader.EventHit(id: "", start: mention.firstToken, end: after), in: clause) {
            event = request.id
        }
        if let event, let kind = reader.kind(of: event), kind == .attribute { return }
        // "Jane Doe received 10 million votes": the count is the subject's own.
        if let event, lexicon.eventClasses[event]?.bySubject == true {
            draft.people = reader.subjects(before: hit?.start ?? mention.firstToken)
            guard !draft.people.isEmpty else { return }
        }
        // Money is counted only by money events ("paid $3 million"), and those count only money.
        let isMoney = noun.map { lexicon.moneyClasses.contains($0.noun) } ?? false
        if let event, (lexicon.eventClasses[event]?.money ?? false) != isMoney { return }
        var key = ClaimKey(measure: .count)
        key.event = event
        if let noun {
            key.subject = (noun.qualifiers + [noun.noun]).joined(separator: " ")
            draft.genericNoun = noun.generic
            draft.qualifiers = noun.qualifiers
            draft.impliedEvent = noun.impliedEvent
        } else {
            draft.genericNoun = true
        }
        draft.definite = lexicon.definiteDeterminers.contains(context.norm(mention.firstToken - 1))
        let isRequest = event.flatMap { reader.kind(of: $0) } == .request
        if !isRequest, let time = reader.date(near: mention.firstToken, in: clause), case .time(let t) = time.value,
           !countStands(between: mention, and: time, reader) {
            // A day of the story's week is the frame's day (Friday's batch is not Saturday's);
            // any other date scopes it.
            if !reader.isCurrent(t) { key.scope = t.notation } else if t.isDay { key.day = t.notation }
        }
        draft.key = key
    }

    /// The last of the counts coordinated after a count's phrase (ending at `end`): each joined
    /// by a comma or a coordinator ("and", "or") and followed by its own noun phrase; its first
    /// token and the end of its phrase. Nil when no count is joined there.
    private func lastCoordinatedCount(after end: Int, in clause: Range<Int>, _ reader: ClauseReader) -> (first: Int, end: Int)? {
        let context = reader.context
        var position = end
        var last: (first: Int, end: Int)?
        for _ in 0..<8 {
            var next = position
            if context.isMark(next, ",") { next += 1 }
            if lexicon.coordinators.contains(context.norm(next)) { next += 1 }
            guard next > position, next < clause.upperBound, reader.owner[next] >= 0 else { break }
            let count = reader.mentions[reader.owner[next]]
            guard count.firstToken == next, reader.isCount(count) else { break }
            let phraseEnd = reader.countedNoun(after: count.endToken, vague: true, limit: clause.upperBound)?.end ?? count.endToken
            last = (count.firstToken, phraseEnd)
            position = phraseEnd
        }
        return last
    }

    /// The first token of the first of the counts coordinated before a count starting at
    /// `start` (each phrase joined to the next by a comma or a coordinator); nil when none is.
    private func firstCoordinatedCount(before start: Int, in clause: Range<Int>, _ reader: ClauseReader) -> Int? {
        let context = reader.context
        var position = start
        var first: Int?
        for _ in 0..<8 {
            var joint = position - 1
            if lexicon.coordinators.contains(context.norm(joint)) { joint -= 1 }
            if context.isMark(joint, ",") { joint -= 1 }
            guard joint < position - 1, joint > clause.lowerBound else { break }
            // The count whose phrase ends at the joint.
            let previous = reader.mentions.last { count in
                count.endToken <= joint + 1 && count.firstToken >= max(clause.lowerBound, joint - 8) && reader.isCount(count)
                    && (reader.countedNoun(after: count.endToken, vague: true, limit: clause.upperBound)?.end ?? count.endToken) == joint + 1
            }
            guard let previous else { break }
            first = previous.firstToken
            position = previous.firstToken
        }
        return first
    }

    /// The event noun a relative clause set off by commas follows, for a figure in the
    /// predicate that resumes after it: "the layoffs, which will mostly fall this year, will
    /// affect 15,000 workers" — the clause opens with a relative pronoun after a comma, and a
    /// comma then an auxiliary stand between it and the figure.
    private func resumedSubject(of mention: Mention, in clause: Range<Int>, _ reader: ClauseReader) -> ClauseReader.EventHit? {
        let context = reader.context
        let start = clause.lowerBound
        guard reader.opensRelativeClause(clause),
              (start + 1..<mention.firstToken).contains(where: { context.isMark($0, ",") && lexicon.auxiliaries.contains(context.norm($0 + 1)) })
        else { return nil }
        return reader.eventEnding(at: start - 2)
    }

    /// Whether another count stands between a figure and a date: then the date is that
    /// count's ("17,500 of its 116,500 workers as of June" dates the workforce, not the cut);
    /// or the date stands in a relative clause that the figure's predicate follows.
    private func countStands(between mention: Mention, and time: Mention, _ reader: ClauseReader) -> Bool {
        let range = time.firstToken >= mention.endToken ? mention.endToken..<time.firstToken
            : time.endToken <= mention.firstToken ? time.endToken..<mention.firstToken : mention.endToken..<mention.endToken
        // "the layoffs, which will mostly fall this year, will affect 15,000": a date in a
        // relative clause before the figure's predicate dates that clause.
        let clause = reader.context.clause(containing: mention.firstToken)
        if time.endToken <= mention.firstToken, reader.opensRelativeClause(clause), range.contains(where: { reader.context.isMark($0, ",") }) {
            return true
        }
        return range.contains { i in reader.owner[i] >= 0 && reader.isCount(reader.mentions[reader.owner[i]]) }
    }

    /// "5 percent of detainees": a share of the group named after "of".
    private func keyShare(_ draft: inout Draft, clause: Range<Int>, _ reader: ClauseReader) {
        let context = reader.context
        let mention = draft.mention
        var i = mention.endToken
        while ["-", ")", "—", ","].contains(context.norm(i)) { i += 1 }
        let sentence = context.text.sentence(containing: mention.firstToken)
        guard context.norm(i) == "of" else {
            keyShareOfChangedGroup(&draft, sentence: sentence, reader)
            return
        }
        // The group: the first counted noun within a few words ("of the over 600
        // detainees", "of those held as detainees").
        var group: String?
        var j = i + 1
        while j < min(sentence.upperBound, i + 10), group == nil {
            if let found = lexicon.nounClasses.match(context.nouns, at: j) {
                if !lexicon.genericNouns.contains(context.norm(j + found.length - 1)) { group = found.payload }
            }
            j += 1
        }
        guard let group else { return }
        var key = ClaimKey(measure: .share, subject: group)
        // The part: the event the sentence reports before the share ("the release of 30 … is").
        let before = sentence.lowerBound..<mention.firstToken
        let hit = reader.events(in: before).last { reader.kind(of: $0.id) == .event && reader.counts($0.id, group) }
        key.event = hit?.id
        // "Jane Doe won 52 percent of the vote": a share of the subject's own.
        if let hit, lexicon.eventClasses[hit.id]?.bySubject == true {
            draft.people = reader.subjects(before: hit.start)
            guard !draft.people.isEmpty else { return }
        }
        draft.key = key
        draft.shareNeedsEvent = key.event == nil
    }

    /// "cut its workforce by 12%", "reduced the staff by a fifth": a share by which an event
    /// changed a group named just before "by" is the share of the group the event took, the
    /// share "cut 12% of its workforce" states.
    private func keyShareOfChangedGroup(_ draft: inout Draft, sentence: Range<Int>, _ reader: ClauseReader) {
        let context = reader.context
        let by = draft.mention.firstToken - 1
        guard context.norm(by) == "by", by > sentence.lowerBound else { return }
        // The group: a counted noun ending right before "by" (its determiner and adjectives
        // before it are the reader's to skip).
        var found: (start: Int, group: String)?
        for start in stride(from: by - 1, through: max(sentence.lowerBound, by - 3), by: -1) {
            if let match = lexicon.nounClasses.match(context.nouns, at: start), start + match.length == by {
                found = (start, match.payload)
                break
            }
        }
        guard let found, !lexicon.genericNouns.contains(context.norm(by - 1)) else { return }
        // The event: the last one before the group, within three words ("reduce its global
        // workforce"), that counts the group.
        let before = max(sentence.lowerBound, found.start - 4)..<found.start
        guard let hit = reader.events(in: before).last(where: { reader.kind(of: $0.id) == .event && reader.counts($0.id, found.group) })
        else { return }
        draft.key = ClaimKey(measure: .share, subject: found.group, event: hit.id)
    }

    /// The person whose age a number gives: "71-year-old architect Maxim Orlovsky",
    /// "Aliaksei Karpovich, 33,", "aged 69".
    private func agePerson(of mention: Mention, _ value: QuantityValue, _ reader: ClauseReader) -> Mention? {
        guard value.unit == .count, case .exact(let age) = value.form, age >= 1, age < 130, age == age.rounded() else {
            return nil
        }
        let context = reader.context
        let first = mention.firstToken
        let end = mention.endToken
        let names = reader.mentions.lazy.filter { if case .name(let n) = $0.value { return n.kind == .person || n.kind == nil }; return false }
        if lexicon.ageAfter.contains(context.norm(end - 1)) {
            // The person right after, past title words only ("69-year-old philosopher Maxim
            // Orlovsky"); not a name after a common noun, which the age describes instead ("the
            // 51-year-old showrunner insisted that Smith's", "the 10-year-old's death and Roe").
            if let next = names.first(where: { $0.firstToken >= end && $0.firstToken <= end + 4 }),
               (end..<next.firstToken).allSatisfy({ isTitleWord(at: $0, context) }) {
                return next
            }
            // The person right before, unless the name is a possessive: "Roe's 16-year-old
            // daughter" gives the daughter's age.
            if let previous = names.last(where: { $0.endToken <= first && $0.endToken >= first - 2 }),
               !isPossessive(after: previous.endToken, context) {
                return previous
            }
            return nil
        }
        if lexicon.ageWords.contains(context.norm(first - 1)),
           let previous = names.last(where: { $0.endToken <= first - 1 && $0.endToken >= first - 3 }) {
            return previous
        }
        // Apposition: "Name, 33," or "Name, 33)" — a bare number between commas after a name.
        if context.isMark(first - 1, ","), [",", ")", "."].contains(context.norm(end)), mention.endToken - first == 1,
           let previous = names.last(where: { $0.endToken == first - 1 }) {
            return previous
        }
        // "Name (61)": a bare number in parentheses right after a name, as many papers give
        // ages ("his mother Jane Roe (61)" gives Jane Roe's, the named one's).
        if context.isMark(first - 1, "("), context.isMark(end, ")"), mention.endToken - first == 1,
           let previous = names.last(where: { $0.endToken == first - 1 }) {
            return previous
        }
        return nil
    }

    /// A word of a title before a name ("philosopher", "deputy", "envoy").
    private func isTitleWord(at i: Int, _ context: ExtractionContext) -> Bool {
        let names = lexicon.names
        return context.isWord(i) && (names.titleRanks.contains(context.norm(i)) || names.personTitles.contains(context.norms, at: i)
            || names.personTitles.match(context.norms, endingBefore: i + 1, notBefore: max(0, i - 3)) != nil)
    }

    /// Whether a possessive ending ("'s", a lone "'"; the tokenizer writes ’ as ') follows
    /// token `end - 1`.
    private func isPossessive(after end: Int, _ context: ExtractionContext) -> Bool {
        context.norm(end) == "'s" || context.isMark(end, "'")
    }

    /// The noun of the sentence's first count, for an elided noun ("killing 40 people and
    /// injuring more than 200", "Twelve people were killed, including three children, and 40
    /// were injured").
    private func coordinatedNoun(before mention: Mention, in clause: Range<Int>, _ reader: ClauseReader) -> ClauseReader.CountedNoun? {
        let sentence = reader.context.text.sentence(containing: mention.firstToken)
        for previous in reader.mentions where sentence.contains(previous.firstToken) && previous.endToken <= mention.firstToken
            && reader.isCount(previous) {
            guard var noun = reader.countedNoun(after: previous.endToken, vague: true, limit: sentence.upperBound),
                  !noun.partitive else { continue }
            noun.end = mention.endToken
            noun.impliedEvent = nil
            return noun
        }
        return nil
    }

    /// For a count right after a word that links a place to its tally ("with"): the counted
    /// noun of the nearest count before it in its sentence that also follows such a word and
    /// names its noun ("Florida with 11 deaths, Tennessee with six"), with the event the noun
    /// implies (`parallel-links`).
    private func parallelNoun(before mention: Mention, _ reader: ClauseReader) -> ClauseReader.CountedNoun? {
        let context = reader.context
        guard lexicon.parallelLinks.contains(context.norm(mention.firstToken - 1)) else { return nil }
        let sentence = context.text.sentence(containing: mention.firstToken)
        let previous = reader.mentions.last { count in
            sentence.contains(count.firstToken) && count.endToken <= mention.firstToken && reader.isCount(count)
                && lexicon.parallelLinks.contains(context.norm(count.firstToken - 1))
                && reader.countedNoun(after: count.endToken, vague: true, limit: sentence.upperBound) != nil
        }
        guard let previous, var noun = reader.countedNoun(after: previous.endToken, vague: true, limit: sentence.upperBound),
              !noun.partitive else { return nil }
        noun.end = mention.endToken
        return noun
    }

    /// The event of a running total named before a count that ends its clause ("the death toll
    /// stands at 12", "the toll rose to 30").
    private func toll(before mention: Mention, in clause: Range<Int>, _ reader: ClauseReader) -> String? {
        let start = max(clause.lowerBound, mention.firstToken - 10)
        for i in stride(from: mention.firstToken - 1, through: start, by: -1) {
            if let found = lexicon.tollNouns.match(reader.context.nouns, at: i) { return found.payload }
        }
        // "The death toll from the storm, which hit the coast, has risen to 130": the toll is
        // the subject of the clause before a relative clause that this one opens.
        let context = reader.context
        guard reader.opensRelativeClause(clause) else { return nil }
        let previous = context.clause(containing: clause.lowerBound - 2)
        for i in previous.reversed() where i >= previous.upperBound - 12 {
            if let found = lexicon.tollNouns.match(context.nouns, at: i) { return found.payload }
        }
        return nil
    }

    /// A country's people, however named: "10 Greeks", "ten Greek citizens", "ten persons from
    /// Greece" count "Greek people".
    private func nationality(of noun: ClauseReader.CountedNoun, _ reader: ClauseReader) -> ClauseReader.CountedNoun {
        let context = reader.context
        var people = noun
        people.noun = "people"
        // People named by nationality alone ("13 Greeks", "ten Thai workers", "persons from
        // <country>") are the group the article counts for the event, of that nationality:
        // generic, so the article's group completes them (`ClaimInheritance`).
        people.generic = true
        // A nationality's plural as the noun ("13 Greeks").
        if let adjective = lexicon.demonyms[noun.noun.lowercased()], noun.noun.first?.isUppercase == true {
            people.qualifiers.append(adjective)
            return people
        }
        guard lexicon.demonymHeads.contains(noun.noun) else { return noun }
        // A nationality adjective before a generic head ("Thai citizens").
        if let index = noun.qualifiers.firstIndex(where: { lexicon.demonyms[$0.lowercased()] != nil }) {
            people.qualifiers[index] = lexicon.demonyms[noun.qualifiers[index].lowercased()] ?? noun.qualifiers[index]
            return people
        }
        // "from COUNTRY" after it ("persons from Thailand").
        guard context.norm(noun.end) == "from", noun.end + 1 < reader.owner.count, reader.owner[noun.end + 1] >= 0 else { return noun }
        let country = reader.mentions[reader.owner[noun.end + 1]]
        // One country, not a list of them ("from Latvia, Poland and France").
        guard case .name = country.value, ![",", "and", "or"].contains(context.norm(country.endToken)) else { return noun }
        let written = context.document.string(context.tokens[country.firstToken].start, context.tokens[country.endToken - 1].end)
        guard let adjective = lexicon.countries[written.lowercased()] else { return noun }
        people.qualifiers.append(adjective)
        people.end = country.endToken
        return people
    }

    /// "$3 million": money counts in its currency.
    private func currency(before mention: Mention, _ reader: ClauseReader) -> ClauseReader.CountedNoun? {
        let symbol = reader.context.norm(mention.firstToken)
        guard let found = lexicon.nounClasses.match(reader.context.nouns, at: mention.firstToken, limit: mention.firstToken + 1),
              Tokenizer.isCurrencySign(symbol) else { return nil }
        return ClauseReader.CountedNoun(noun: found.payload, qualifiers: [], generic: false, impliedEvent: nil,
                                        end: mention.endToken, partitive: false)
    }

    // MARK: - Dates

    private func keyDate(_ value: TimeValue, _ draft: inout Draft, _ reader: ClauseReader) {
        let context = reader.context
        let mention = draft.mention
        let clause = context.clause(containing: mention.firstToken)
        draft.hedges = reader.hedges(in: clause)
        var isInterval = false
        if case .since = value.form { isInterval = true }
        if case .until = value.form { isInterval = true }
        // "the Most Valuable Player of the 2007 World Series", "his 2010 book": a year between
        // a determiner and a word names the thing after it, not when the clause's event happened.
        if mention.endToken - mention.firstToken == 1, context.token(mention.firstToken)?.kind == .number,
           lexicon.determiners.contains(context.norm(mention.firstToken - 1)), context.isWord(mention.endToken),
           !lexicon.notNouns.contains(context.norm(mention.endToken)) {
            return
        }
        // "On Friday, May 28, the country held its first round of elections": a date fronting
        // its sentence dates the event of the clause after it, a few words on.
        let sentenceStart = context.text.sentence(containing: mention.firstToken).lowerBound
        let fronted = context.isMark(mention.endToken, ",")
            && (mention.firstToken == sentenceStart
                || (mention.firstToken == sentenceStart + 1 && lexicon.datePrepositions.contains(context.norm(sentenceStart))))
        let nearest = reader.event(around: mention.firstToken, mention.endToken, in: clause, rightWindow: fronted ? 12 : 4, leftWindow: 12,
                                   stopAtCounts: false, stopAtDates: true, preferLeft: isInterval, nearest: !isInterval)
        // "By 9 p.m. on Monday we had imposed a curfew": a state's phase after the date. A phase
        // word that another class also reads ("declared" of a designation) dates the state.
        let phaseWordNearest = nearest.map { lexicon.statePhases.match(context.norms, at: $0.start) != nil } ?? true
        if phaseWordNearest, let (state, phase) = phasedState(after: mention, in: clause, reader) {
            draft.key = ClaimKey(measure: .date, subject: state.id, event: phase)
            return
        }
        // "A curfew was declared at 10:30 p.m.": the nearest event word is a state's phase word
        // that another class also reads; the date is the state's, in that phase.
        if let near = nearest, !reader.isImpersonal(near.id), lexicon.statePhases.match(context.norms, at: near.start) != nil,
           let state = reader.events(in: clause).filter({ reader.isImpersonal($0.id) })
               .min(by: { abs($0.start - near.start) < abs($1.start - near.start) }),
           let phase = statePhase(of: state, in: clause, reader) {
            draft.key = ClaimKey(measure: .date, subject: state.id, event: phase)
            return
        }
        guard var hit = nearest, let kind = reader.kind(of: hit.id), kind != .request else { return }
        // "a run-off election on June 30", "the runoff vote": the vote named is the other round
        // itself, whose own date it is.
        if lexicon.eventClasses[hit.id]?.ownDate == true, let round = reader.eventEnding(at: hit.start - 1),
           isOtherRound(round, reader), lexicon.eventClasses[round.id]?.ownDate == true {
            hit = round
        }
        let eventClass = lexicon.eventClasses[hit.id]
        var key = ClaimKey(measure: .date, event: eventClass?.datedAs ?? hit.id)
        // "Friday's vote", "the election on Friday": the vote's own date, whatever its clause
        // counts — unless the clause speaks of another round of it ("the second round,
        // scheduled for June 30" is the runoff's date, a class of its own, found as the nearest
        // event when it is the nearest). A vote is held on a day: a stretch
        // ("the lowest for elections since 1990") scopes a comparison, and a year or a month
        // ("elections in 2020"), or a day more than a year from the article's date, names an
        // earlier vote than the story's.
        if eventClass?.ownDate == true {
            guard !namesAnotherRound(hit, clause, reader), !modifiesNoun(hit, reader) else { return }
            switch value.form {
            case .on(let day):
                guard day.precision >= .day else { return }
                if let reference = context.referenceDate, abs(day.firstDay - reference.firstDay) > 366 { return }
            case .unresolved(.weekday): break
            default: return
            }
            draft.key = key
            return
        }
        // A thing's attribute ("the 19 July truce") dates no person's, and the date of a truce
        // may be its start, its breach or its end: it is keyed only with the phase the text
        // gives ("declared a curfew at 9 p.m." dates the declaration, `curfew · declared`).
        if reader.isImpersonal(hit.id) {
            guard let phase = statePhase(of: hit, in: clause, reader) else { return }
            draft.key = ClaimKey(measure: .date, subject: hit.id, event: phase)
            return
        }
        if kind == .attribute {
            draft.people = speakerFirst(reader.people(near: hit.start, in: clause), for: mention, in: clause, reader)
            guard !draft.people.isEmpty else { return }
            draft.key = key
            return
        }
        // The date of an event about a counted group ("released 37 hostages … on Friday") or
        // about a person ("Jane Doe, arrested in March 2021"): a count right after the event makes
        // it the group's; else a name just before it makes it the person's; else a count of the
        // clause that the event governs.
        let counts = reader.mentions.filter { count in
            guard clause.contains(count.firstToken), reader.isCount(count) else { return false }
            let nounEnd = reader.countedNoun(after: count.endToken, vague: true, limit: clause.upperBound)?.end ?? count.endToken
            return reader.event(around: count.firstToken, nounEnd, in: clause)?.start == hit.start
        }
        // "won 40 seats in March": a class that counts only some things dates only their count.
        if let things = lexicon.eventClasses[hit.id]?.things, !counts.contains(where: { count in
            things.contains(reader.countedNoun(after: count.endToken, vague: true, limit: clause.upperBound)?.noun ?? "")
        }) { return }
        if !reader.countFollows(hit) {
            let patients = personPatients(of: hit, in: clause, reader)
            if !patients.isEmpty {
                draft.people = patients
                draft.key = key
                return
            }
        }
        if !counts.isEmpty || isGroupEvent(hit, reader) {
            guard reader.isCurrent(value) else { return }
            for count in counts where lexicon.relativeBefore.contains(context.norm(count.firstToken - 1))
                || lexicon.relativeAfter.contains(context.norm(count.endToken)) {
                return
            }
            draft.key = key
            draft.genericNoun = true
            draft.impliedEvent = hit.id
            if let count = counts.first, let noun = reader.countedNoun(after: count.endToken, vague: true, limit: clause.upperBound) {
                draft.key?.subject = noun.noun
                draft.genericNoun = noun.generic
            }
            return
        }
        // A thing: "closed its consulate in March 2019", "the consulate, closed since 2019".
        if let object = objectNoun(of: hit, in: clause, reader) {
            key.subject = object
            draft.key = key
            return
        }
        // "A gang leader escaped on Sunday", "he vanished on Sunday": an event that happens to
        // one person, who is not named here; the story's one such person fills the slot.
        if eventClass?.personal == true {
            key.awaitsEntity = true
            draft.key = key
        }
    }

    /// "the June 4 train crash", "the group's March 3 attack", "the blast on March 3": a
    /// calendar day written before a one-off happening's noun (after a determiner or a
    /// possessive, up to two words between), or after it with "on" and "the", names the
    /// happening by its own date (`incident-nouns`).
    private func keyIncidentDate(_ value: TimeValue, _ draft: inout Draft, _ reader: ClauseReader) {
        guard case .on(let day) = value.form, day.precision >= .day else { return }
        if case .weekday? = value.written { return }
        let context = reader.context
        let mention = draft.mention
        var incident: String?
        let before = context.norm(mention.firstToken - 1)
        if lexicon.determiners.contains(before) || before == "'s" {
            for j in mention.endToken..<min(mention.endToken + 3, context.count) {
                guard context.isWord(j), reader.owner[j] < 0 else { break }
                if let found = lexicon.incidentNouns.match(context.nouns, at: j) {
                    incident = found.payload
                    break
                }
            }
        }
        if incident == nil, before == "on",
           let found = lexicon.incidentNouns.match(context.nouns, endingBefore: mention.firstToken - 1, notBefore: max(0, mention.firstToken - 5)),
           lexicon.definiteDeterminers.contains(context.norm(found.start - 1)) {
            incident = found.payload
        }
        guard let incident else { return }
        draft.key = ClaimKey(measure: .date, subject: incident)
    }

    /// Whether an event noun stands before a noun it modifies ("an election spokesman", "their
    /// election campaign"): it names the spokesman or the campaign, not the event, there.
    private func modifiesNoun(_ hit: ClauseReader.EventHit, _ reader: ClauseReader) -> Bool {
        lexicon.eventNounHeads.contains(reader.context.norm(hit.end))
    }

    /// Whether a date's clause speaks of another round of its event than the story's: an
    /// other-round event anywhere in it ("the second round, scheduled for June 30", "a runoff")
    /// or an other-round cue in the four words before the event ("the next election").
    private func namesAnotherRound(_ hit: ClauseReader.EventHit, _ clause: Range<Int>, _ reader: ClauseReader) -> Bool {
        let norms = reader.context.norms
        let frames = lexicon.frames
        // The other round itself ("a runoff set for June 30"): the date is its own.
        if isOtherRound(hit, reader) { return false }
        if clause.contains(where: { frames.otherRoundEvents.contains(norms, at: $0) }) { return true }
        return (max(clause.lowerBound, hit.start - 4)..<hit.start).contains { frames.otherRoundCues.contains(norms, at: $0) }
    }

    /// Whether an event phrase names another round of a vote or contest than the story's
    /// ("runoff", "the second round"): a class of its own, with its own date.
    private func isOtherRound(_ hit: ClauseReader.EventHit, _ reader: ClauseReader) -> Bool {
        lexicon.frames.otherRoundEvents.contains(reader.context.norms, at: hit.start)
    }

    /// Whether an event phrase is a noun for the group's event ("Friday's release").
    private func isGroupEvent(_ hit: ClauseReader.EventHit, _ reader: ClauseReader) -> Bool {
        let word = reader.context.norm(hit.end - 1)
        return reader.context.norm(hit.start - 1) == "'s" && reader.isEvent(at: hit.start)
            && !word.hasSuffix("ed")
    }

    /// The people an event phrase may be about when a name stands just before it ("Pavel, was
    /// released", "Jane Doe, arrested in March 2021"), nearest first; resolution keeps a person.
    private func personPatients(of hit: ClauseReader.EventHit, in clause: Range<Int>, _ reader: ClauseReader) -> [Mention] {
        let sentence = reader.context.text.sentence(containing: hit.start)
        let names = reader.mentions.filter { mention in
            guard case .name(let name) = mention.value, name.kind == .person || name.kind == nil else { return false }
            return sentence.contains(mention.firstToken) && mention.endToken <= hit.start
        }
        let near = names.filter { $0.endToken >= hit.start - 6 }
        if !near.isEmpty { return near.reversed() }
        // "Jane Doe, who led the council since 2009, was arrested in March": a passive event
        // whose subject opens the sentence, past a relative clause. "Jane Doe, daughter of a
        // rich family, took office in May", "Jane Doe – a former judge – reportedly fled in
        // May": a verb right after the comma that closes an aside (a hedge between aside) has
        // the sentence's opening name for subject.
        let context = reader.context
        var before = hit.start - 1
        while before > sentence.lowerBound, lexicon.hedges.match(context.norms, at: before, limit: hit.start) != nil { before -= 1 }
        let closesAside = context.isMark(before, ",") && before < hit.start
        guard lexicon.auxiliaries.contains(context.norm(hit.start - 1)) || closesAside,
              let subject = names.first, subject.firstToken <= sentence.lowerBound + 2,
              [",", "-"].contains(context.norm(subject.endToken)) else { return [] }
        return [subject]
    }

    /// The thing an event happened to: a noun after the verb ("closed its consulate") or just
    /// before it ("the embassy, closed since").
    private func objectNoun(of hit: ClauseReader.EventHit, in clause: Range<Int>, _ reader: ClauseReader) -> String? {
        let context = reader.context
        var i = hit.end
        var steps = 0
        while i < clause.upperBound, steps < 3 {
            let word = context.norm(i)
            if reader.owner[i] >= 0 { break }
            if lexicon.determiners.contains(word) { i += 1; steps += 1; continue }
            if context.isWord(i), isObjectNoun(word), !reader.isEvent(at: i), !(context.token(i)?.capitalized ?? true) {
                return singular(word)
            }
            break
        }
        // "the embassy, closed since …": a noun, a comma, the participle.
        let j = hit.start - 2
        guard context.isMark(hit.start - 1, ","), j >= context.text.sentence(containing: hit.start).lowerBound,
              context.isWord(j), isObjectNoun(context.norm(j)), !reader.isEvent(at: j),
              !(context.token(j)?.capitalized ?? true) else { return nil }
        return singular(context.norm(j))
    }

    private func isObjectNoun(_ word: String) -> Bool {
        !lexicon.notNouns.contains(word) && !lexicon.genericNouns.contains(word)
    }

    private func singular(_ word: String) -> String { ClauseReader.singular(word) }

    // MARK: - Durations

    /// Whether a length is tied to an event phrase written before it: a preposition right before
    /// the length, and at most four other words between (names and dates aside).
    private func onlyGapWords(between hit: ClauseReader.EventHit, and mention: Mention, _ reader: ClauseReader) -> Bool {
        guard hit.end <= mention.firstToken else { return mention.endToken == hit.start }
        let gap = hit.end..<mention.firstToken
        if gap.isEmpty { return true }
        var before = mention.firstToken - 1
        while before > hit.end, lexicon.attributeDeterminers.contains(reader.context.norm(before)) { before -= 1 }
        guard lexicon.attributePrepositions.contains(reader.context.norm(before)) else { return false }
        var words = 0
        for i in gap where reader.owner[i] < 0 {
            if let other = reader.eventStarting(at: i), lexicon.eventClasses[other.id]?.things == nil { return false }
            words += 1
        }
        return words <= 5
    }

    private func keyDuration(_ draft: inout Draft, _ reader: ClauseReader) {
        let context = reader.context
        let mention = draft.mention
        let clause = context.clause(containing: mention.firstToken)
        draft.hedges = reader.hedges(in: clause)
        // The noun right after ("three-year term", "decade-long rule", "two decades of rule").
        var hit: ClauseReader.EventHit?
        var i = mention.endToken
        if context.norm(i) == "of" { i += 1 }
        while i < min(mention.endToken + 4, clause.upperBound), hit == nil {
            if let found = reader.eventStarting(at: i), reader.kind(of: found.id) == .attribute {
                hit = found
            }
            if !context.isWord(i) || reader.owner[i] >= 0 { break }
            i += 1
        }
        // "the first time in 30 years": the gap since the last time, the length of nothing.
        if isRecurrenceGap(mention, reader) { return }
        // "the lifting of the curfew declared six hours earlier": the curfew's length.
        if let state = spannedState(by: mention, reader) {
            draft.impersonal = true
            draft.key = ClaimKey(measure: .duration, event: state.id)
            return
        }
        // "lifted six hours after the vote": a time between two moments, no thing's length.
        if isOffset(mention, reader) { return }
        // "The curfew lasted five hours", "It lasted two days".
        if hit == nil, let state = lastingState(of: mention, reader) {
            draft.impersonal = true
            draft.key = ClaimKey(measure: .duration, event: state.id)
            return
        }
        var vague = false
        if case .duration(let length) = mention.value, case .vague = length.amount { vague = true }
        // Only an attribute has a length: other events on the way are passed over ("who has led
        // the party for 20 years and now wants …"), though not between the length and its
        // attribute (`onlyGapWords`).
        if hit == nil, !vague,
           let found = reader.event(around: mention.firstToken, mention.endToken, in: clause, rightWindow: 6,
                                    accepts: { reader.kind(of: $0) == .attribute }),
           onlyGapWords(between: found, and: mention, reader) {
            hit = found
        }
        guard let hit else { return }
        // "a state of emergency for 30 days": the length is the thing's own, no person's.
        if reader.isImpersonal(hit.id) {
            draft.impersonal = true
            draft.key = ClaimKey(measure: .duration, event: hit.id)
            return
        }
        draft.people = speakerFirst(reader.people(near: min(hit.start, mention.firstToken), in: clause), for: mention,
                                    in: clause, reader)
        guard !draft.people.isEmpty else { return }
        draft.key = ClaimKey(measure: .duration, event: hit.id)
    }
}

/// A claim being built: the mention, its key so far, and what document-level passes need.
struct Draft {
    var mention: Mention
    var index: Int
    var key: ClaimKey?
    var hedges: [String] = []
    /// The people the claim may be about, most likely first (resolution keeps the first person).
    var people: [Mention] = []
    /// The counted noun only says "persons" (or is missing): the class comes from the article.
    var genericNoun = false
    var qualifiers: [String] = []
    /// The event a noun implies ("releases"), used to find the class in the article.
    var impliedEvent: String?
    /// The count has "the"/"those" before it: it may repeat a figure given earlier.
    var definite = false
    /// A share whose sentence names no event: it takes the article's main event for the group.
    var shareNeedsEvent = false
    /// A duration of a thing, keyed without a person ("a state of emergency for 30 days").
    var impersonal = false
    /// The count follows a relative word ("an additional 2,000", "another 17"): it is a total only
    /// when no earlier count of the article has its thing and event.
    var relative = false

    /// The key's measure, nil without a key: asked of a draft in a list, where
    /// `drafts[d].key?.measure` copied the whole draft.
    var measure: ClaimKey.Measure? { key?.measure }
}
