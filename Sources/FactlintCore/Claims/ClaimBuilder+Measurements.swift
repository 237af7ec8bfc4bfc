/// Keys for measurements and for changes of a level (`Rules/lexicon/measures.yml`).
///
/// A measurement is keyed by the thing measured and its family: "a magnitude 6.2 earthquake"
/// is `earthquake magnitude`, "the latest earthquake, measuring 5.9" `latest earthquake
/// magnitude` (a word that picks one of several events makes it another thing), "35 km
/// north-west of the city of Lagos" `earthquake distance from Lagos` (a distance is keyed by
/// its reference point), "a depth of 10 km" `earthquake depth`. A length with neither a
/// reference point nor a dimension is not keyed: it could be anything's.
///
/// A change is keyed by its level (shares), the level's owner (the organisation named as its
/// possessor, or for "the company", "its", the organisation named last before it), the
/// direction (fell, rose) and the scope: a day other than the story's present, a stretch
/// ("in the past six months") and the trading session ("in after-hours trading", "closed down").
extension ClaimBuilder {
    // MARK: - Measurements

    /// Keys a number in a unit of measure.
    func keyMeasurement(_ value: QuantityValue, _ draft: inout Draft, _ reader: ClauseReader) {
        guard let family = value.family else { return }
        let context = reader.context
        let mention = draft.mention
        draft.hedges = reader.hedges(in: context.clause(containing: mention.firstToken))
        // "40 km (25 miles)": a restatement in another unit is the figure before it, not a
        // second statement (its rounded conversion would only diverge from it).
        if context.isMark(mention.firstToken - 1, "("),
           let previous = reader.mentions.last(where: { $0.endToken == mention.firstToken - 1 }),
           case .quantity(let stated) = previous.value, stated.family == family {
            return
        }
        draft.key = measurementKey(of: mention, family: family, reader)
    }

    /// The key of a measurement mention: the thing, the instance, the dimension or reference point.
    private func measurementKey(of mention: Mention, family: String, _ reader: ClauseReader) -> ClaimKey? {
        let context = reader.context
        let measures = lexicon.measures
        let clause = context.clause(containing: mention.firstToken)
        var after = mention.endToken
        // Past a restatement in brackets: "40 km (25 miles) north of".
        if context.isMark(after, "("), let close = tokens(after, min(after + 8, clause.upperBound)).first(where: { context.isMark($0, ")") }) {
            after = close + 1
        }
        var dimension: String?
        if let found = measures.dimensions.match(context.norms, at: after, limit: clause.upperBound) {
            dimension = found.payload
        } else if context.norm(mention.firstToken - 1) == "of",
                  let found = measures.dimensions.match(context.norms, endingBefore: mention.firstToken - 1,
                                                        notBefore: clause.lowerBound) {
            dimension = found.payload
        }
        let reference = dimension == nil ? referencePoint(after: after, in: clause, reader) : nil
        let thing = measuredThing(near: mention, in: clause, reader)
        if family != "magnitude", dimension == nil, reference == nil { return nil }
        // "a motorist 50 miles north of the city", "the port, 1,500 km south of the capital": a
        // distance locates whatever its clause names, so it is the event's only when the clause
        // names the thing measured ("the quake struck 30 km north of X", "the epicentre was …").
        if dimension == nil, reference != nil, thing.name == nil { return nil }
        if thing.instance == "other" { return nil }
        var name = thing.name ?? measures.defaultThings[family]
        let instance = thing.instance == "main" ? nil : thing.instance
        // The main event's thing goes without saying in a distance or a dimension ("the quake
        // struck 30 km south of X" and "it hit 30 km south of X" are one distance).
        if family != "magnitude", instance == nil, let known = name, measures.defaultThings.contains(where: { $0.1 == known }) {
            name = nil
        }
        var words: [String] = []
        if let instance { words.append(instance) }
        if let name { words.append(name) }
        if let dimension {
            words.append(dimension)
        } else if let reference {
            words.append("distance from " + reference)
        } else {
            words.append(family)
        }
        var key = ClaimKey(measure: .measurement, subject: words.joined(separator: " "))
        key.scope = ownDate(of: mention, after: clause.lowerBound, in: clause, reader)
        return key
    }

    /// The date of a figure's own stretch of its clause (between the figures around it), unless
    /// it is the story's present: "the 7.2 quake of 2004" measures another event.
    private func ownDate(of mention: Mention, after start: Int, in clause: Range<Int>, _ reader: ClauseReader) -> String? {
        let previous = reader.mentions.last { $0.endToken <= start && reader.isQuantity(at: $0.firstToken) }
        let previousInClause = reader.mentions.last { $0.endToken <= mention.firstToken && $0.endToken > clause.lowerBound
            && reader.isQuantity(at: $0.firstToken) }
        let next = reader.mentions.first { $0.firstToken >= mention.endToken && reader.isQuantity(at: $0.firstToken) }
        let lower = max(clause.lowerBound, previous?.endToken ?? 0, previousInClause?.endToken ?? 0)
        let own = tokens(lower, min(clause.upperBound, next?.firstToken ?? clause.upperBound))
        guard let time = reader.date(near: mention.firstToken, in: own), case .time(let t) = time.value, !reader.isCurrent(t) else {
            return nil
        }
        return t.notation
    }

    /// The reference point of a distance: "north-west of the city of X", "from X" — the first
    /// name within a few words after the preposition.
    private func referencePoint(after start: Int, in clause: Range<Int>, _ reader: ClauseReader) -> String? {
        let context = reader.context
        let measures = lexicon.measures
        var j = start
        var directed = false
        while j < clause.upperBound {
            if let direction = measures.directions.match(context.norms, at: j, limit: clause.upperBound) {
                j += direction.length
                directed = true
            } else if context.isMark(j, "-"), directed {
                j += 1
            } else {
                break
            }
        }
        guard measures.referencePrepositions.contains(context.norm(j)), directed || context.norm(j) == "from" else { return nil }
        let name = reader.mentions.first { mention in
            guard case .name(let name) = mention.value, name.kind != .person else { return false }
            return mention.firstToken > j && mention.firstToken <= j + 5 && mention.firstToken < clause.upperBound
        }
        guard let name, case .name(let value) = name.value else { return nil }
        return value.text
    }

    /// The thing a measurement is of and the instance a selector picks: the thing noun right
    /// after the unit ("a 6.3 magnitude quake") or the nearest one before it in the clause, and
    /// a selector word near it ("the latest earthquake", "the largest registering").
    private func measuredThing(near mention: Mention, in clause: Range<Int>, _ reader: ClauseReader) -> (name: String?, instance: String?) {
        let context = reader.context
        let measures = lexicon.measures
        var thing: (start: Int, class: String)?
        for j in tokens(mention.endToken, min(mention.endToken + 2, clause.upperBound)) where reader.owner[j] < 0 {
            if let found = measures.things.match(context.norms, at: j, limit: clause.upperBound) {
                thing = (j, found.payload)
                break
            }
        }
        let thingAfter = thing != nil
        if thing == nil {
            for j in stride(from: mention.firstToken - 1, through: clause.lowerBound, by: -1) where reader.owner[j] < 0 {
                if let found = measures.things.match(context.norms, at: j, limit: mention.firstToken) {
                    thing = (j, found.payload)
                    break
                }
            }
        }
        // The selector: before the thing noun (or before the number) and up to the number.
        let from = thingAfter || thing == nil ? max(clause.lowerBound, mention.firstToken - 6) : max(clause.lowerBound, thing!.start - 3)
        let to = thingAfter ? thing!.start : mention.firstToken
        var instance: String?
        var j = from
        while j < to {
            if !reader.isQuantity(at: j), let found = measures.selectors.match(context.norms, at: j, limit: to) {
                instance = found.payload
                j += found.length
            } else {
                j += 1
            }
        }
        return (thing?.class, instance)
    }

    // MARK: - Changes of a level

    /// Keys a percentage that states how much a level moved ("shares fell 10%", "a drop of
    /// 20%", "closed down 7%"); whether it did.
    func keyChange(_ draft: inout Draft, _ reader: ClauseReader) -> Bool {
        let context = reader.context
        let measures = lexicon.measures
        let mention = draft.mention
        let clause = context.clause(containing: mention.firstToken)
        let first = mention.firstToken
        // The change word: a verb or noun before ("fell 10%", "dropped by 5%", "a drop of 20%"),
        // or a noun after ("a 7% drop").
        var direction: String?
        var changeStart = first
        var before = first
        if ["by", "of"].contains(context.norm(before - 1)) { before -= 1 }
        if let verb = measures.changeVerbs.match(context.norms, endingBefore: before, notBefore: max(clause.lowerBound, before - 3)) {
            direction = verb.payload
            changeStart = verb.start
        } else if context.norm(first - 1) == "of",
                  let noun = measures.changeNouns.match(context.norms, endingBefore: first - 1, notBefore: max(clause.lowerBound, first - 4)) {
            direction = noun.payload
            changeStart = noun.start
        } else if let noun = measures.changeNouns.match(context.norms, at: mention.endToken, limit: clause.upperBound) {
            direction = noun.payload
        }
        guard let direction else { return false }
        // The level: the nearest level noun before the change in the clause.
        var level: (start: Int, end: Int, class: String)?
        for j in stride(from: changeStart - 1, through: clause.lowerBound, by: -1) where !reader.isQuantity(at: j) {
            if let found = measures.levels.match(context.norms, at: j, limit: changeStart) {
                level = (j, j + found.length, found.payload)
                break
            }
        }
        guard let level else { return false }
        // A date or stretch belongs to the nearest figure: only those between the figures
        // around this one are its own ("down 27% …, following its 31% drop in July 1974").
        let previousFigure = reader.mentions.last { $0.endToken <= level.start && reader.isQuantity(at: $0.firstToken) }
        let nextFigure = reader.mentions.first { $0.firstToken >= mention.endToken && reader.isQuantity(at: $0.firstToken) }
        let own = tokens(max(clause.lowerBound, previousFigure?.endToken ?? 0), min(clause.upperBound, nextFigure?.firstToken ?? clause.upperBound))
        var scope: [String] = []
        if let time = reader.date(near: first, in: own), case .time(let t) = time.value, !reader.isCurrent(t) {
            scope.append(t.notation)
        }
        // A stretch that opens the clause before the level ("In the past six months, shares lost
        // 30%") or follows the figure at once ("fell 20% over six months"), not any length nearby.
        if let stretch = reader.mentions.first(where: { own.contains($0.firstToken) && $0.kindIsDuration
            && ($0.endToken <= level.start || ($0.firstToken >= mention.endToken && $0.firstToken <= mention.endToken + 3)) }),
           case .duration(let length) = stretch.value {
            scope.append(length.notation)
        }
        if let session = session(of: mention, level: level.start..<level.end, changeStart: changeStart, in: clause, reader) {
            scope.append(session)
        }
        var key = ClaimKey(measure: .change, event: direction)
        let owner = self.owner(of: level.start..<level.end, in: clause, reader)
        key.subject = ([owner].compactMap { $0 } + [level.class]).joined(separator: " ")
        key.scope = scope.isEmpty ? nil : scope.joined(separator: " ")
        draft.key = key
        draft.hedges = reader.hedges(in: clause)
        return true
    }

    /// The trading session of a change: a session phrase right after the figure ("fell 10% in
    /// extended trading"), between the level and the figure ("the stock closed down 7%"), or
    /// opening the clause before the level ("At the end of the day's trade, shares fell").
    private func session(of mention: Mention, level: Range<Int>, changeStart: Int, in clause: Range<Int>,
                         _ reader: ClauseReader) -> String? {
        let context = reader.context
        let sessions = lexicon.measures.sessions
        func find(in range: Range<Int>) -> String? {
            var j = range.lowerBound
            while j < range.upperBound {
                if reader.owner[j] < 0 || reader.owner[j] == reader.owner[mention.firstToken] {
                    if let found = sessions.match(context.norms, at: j, limit: range.upperBound) { return found.payload }
                }
                j += 1
            }
            return nil
        }
        // After the figure, up to a comma, another mention or eight words.
        var end = mention.endToken
        while end < min(clause.upperBound, mention.endToken + 8), !context.isMark(end, ","),
              reader.owner[end] < 0 || reader.isDate(at: end) {
            end += 1
        }
        if let found = find(in: tokens(mention.endToken, end)) { return found }
        let between = tokens(level.upperBound, mention.firstToken)
        if !between.contains(where: { reader.owner[$0] >= 0 && reader.isQuantity(at: $0) }), let found = find(in: between) {
            return found
        }
        let opening = tokens(clause.lowerBound, level.lowerBound)
        if !opening.contains(where: { reader.owner[$0] >= 0 && reader.isQuantity(at: $0) }), let found = find(in: opening) {
            return found
        }
        return nil
    }

    /// The organisation a level belongs to: named before it ("Acme shares", "Acme's stock") or
    /// after it ("shares of Acme", "shares in Acme"); for a description ("the company", "its",
    /// "the stock") the organisation the article is about, the one it names most. Its legal form
    /// is dropped ("Acme Corp" is "Acme").
    private func owner(of level: Range<Int>, in clause: Range<Int>, _ reader: ClauseReader) -> String? {
        let context = reader.context
        let candidates = reader.mentions.filter { isOrganisationCandidate($0, reader) }
        var start = level.lowerBound
        if context.norm(start - 1) == "'s" || context.isMark(start - 1, "'") { start -= 1 }
        if let named = candidates.last(where: { $0.endToken == start }) { return ownerName(named) }
        // "shares of Acme", "shares of the carmaker Acme": the first name within a few words, as
        // the head of the phrase, maybe with an apposition ("shares of Acme, the carmaker,"), not
        // a modifier ("shares of the Lagos, Nigeria-based company").
        if lexicon.measures.ownerPrepositions.contains(context.norm(level.upperBound)),
           let named = candidates.first(where: { $0.firstToken > level.upperBound && $0.firstToken <= level.upperBound + 4 }),
           !tokens(level.upperBound + 1, named.firstToken).contains(where: { context.isMark($0, ",") || reader.owner[$0] >= 0 }),
           !context.isMark(named.endToken, ",") || lexicon.determiners.contains(context.norm(named.endToken + 1)),
           !context.isMark(named.endToken, "-") {
            return ownerName(named)
        }
        var counts: [String: (count: Int, first: Int)] = [:]
        for mention in candidates {
            guard let name = ownerName(mention) else { continue }
            counts[name, default: (0, mention.firstToken)].count += 1
        }
        return counts.max { lhs, rhs in
            lhs.value.count != rhs.value.count ? lhs.value.count < rhs.value.count : lhs.value.first > rhs.value.first
        }?.key
    }

    /// Whether a name may be an organisation's: not a person's or a place's, and not a word the
    /// lexicon knows as a common noun or level ("Shares" opening a sentence, "USD"), and not
    /// a name after a preposition of place ("near Lagos").
    private func isOrganisationCandidate(_ mention: Mention, _ reader: ClauseReader) -> Bool {
        guard case .name(let name) = mention.value, name.kind != .person, name.kind != .place,
              !lexicon.measures.placePrepositions.contains(reader.context.norm(mention.firstToken - 1)) else { return false }
        let words = PhraseTable<Bool>.words(of: name.text)
        return lexicon.nounClasses.match(words, at: 0)?.length != words.count
            && lexicon.measures.levels.match(words, at: 0)?.length != words.count
    }

    /// An organisation's name without its legal form ("Acme Corporation" → "Acme").
    private func ownerName(_ mention: Mention) -> String? {
        guard case .name(let name) = mention.value else { return nil }
        let words = name.text.split(separator: " ").map(String.init)
        let kept = words.enumerated().filter { index, word in
            index == 0 || !lexicon.measures.legalForms.contains(word.lowercased().trimmingCharacters(in: ["."]))
        }.map(\.element)
        return kept.joined(separator: " ")
    }
}

extension Mention {
    /// Whether the mention is a length of time.
    var kindIsDuration: Bool {
        if case .duration = value { return true }
        return false
    }
}

extension ClauseReader {
    /// Whether a mention covering token `i` is a date.
    func isDate(at i: Int) -> Bool {
        guard i >= 0, i < owner.count, owner[i] >= 0 else { return false }
        if case .time = mentions[owner[i]].value { return true }
        return false
    }

    /// Whether a mention covering token `i` is a quantity.
    func isQuantity(at i: Int) -> Bool {
        guard i >= 0, i < owner.count, owner[i] >= 0 else { return false }
        if case .quantity = mentions[owner[i]].value { return true }
        return false
    }
}
