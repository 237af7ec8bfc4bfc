/// Reads the words around a mention inside its clause: the noun a number counts, the event a
/// verb reports, the person a fact is about, the date that scopes it, hedges. Knows no words
/// itself: every class comes from the lexicon.
struct ClauseReader {
    let context: ExtractionContext
    let mentions: [Mention]
    /// For each token, the index in `mentions` of the mention covering it (or -1).
    let owner: [Int]
    /// The event phrases of the document (class id, first token, one past the last), found once;
    /// phrases inside a not-event phrase ("injured reserve") are left out.
    let eventHits: [EventHit]
    /// For each token, the index in `eventHits` of the phrase that starts there, or -1.
    /// (Numbers, not optional tuples holding strings: a table per token of a trivial type is
    /// freed without visiting its elements.)
    let eventStarts: [Int32]
    /// For each token, the index in `eventHits` of the phrase that ends just after it (the
    /// earliest-starting one), or -1.
    let eventEnds: [Int32]

    init(context: ExtractionContext, mentions: [Mention]) {
        self.context = context
        self.mentions = mentions
        var owner = Array(repeating: -1, count: context.count)
        for (index, mention) in mentions.enumerated() {
            if case .quote = mention.value { continue }
            for t in mention.firstToken..<mention.endToken where t < owner.count && owner[t] == -1 { owner[t] = index }
        }
        self.owner = owner
        var hits: [EventHit] = []
        var starts = [Int32](repeating: -1, count: context.count)
        var ends = [Int32](repeating: -1, count: context.count)
        var blockedUntil = 0
        // The tables and words read once, not once a token.
        let (events, exactEvents, notEvents) = (context.lexicon.events, context.lexicon.exactEvents, context.lexicon.notEvents)
        let (norms, stems, kinds) = (context.norms, context.stems, context.starts)
        for i in 0..<context.count {
            // A phrase is looked up only at a word that starts one (one look-up per token, made
            // for every table at once).
            let bits = kinds[i]
            if bits & Lexicon.Extraction.notEvent != 0, let blocked = notEvents.match(norms, at: i) {
                blockedUntil = max(blockedUntil, i + blocked.length)
            }
            guard i >= blockedUntil, bits & Lexicon.Extraction.event != 0 else { continue }
            // Lemma phrases by stems ("release" for "released"), exact forms as written; the longer wins.
            let lemma = events.match(stems, at: i)
            let exact = exactEvents.match(norms, at: i)
            guard let found = (exact?.length ?? 0) > (lemma?.length ?? 0) ? exact : lemma else { continue }
            let hit = Int32(hits.count)
            hits.append(EventHit(id: found.payload, start: i, end: i + found.length))
            starts[i] = hit
            let last = i + found.length - 1
            if ends[last] < 0 || hits[Int(ends[last])].start > i { ends[last] = hit }
        }
        eventHits = hits
        eventStarts = starts
        eventEnds = ends
    }

    /// The event phrase starting at token `i` that ends before `limit`, if any.
    func eventStarting(at i: Int, limit: Int? = nil) -> EventHit? {
        guard i >= 0, i < eventStarts.count, eventStarts[i] >= 0 else { return nil }
        let hit = eventHits[Int(eventStarts[i])]
        return hit.end <= (limit ?? context.count) ? hit : nil
    }

    /// The event phrase whose last word is at token `last`, starting at or after `notBefore`.
    func eventEnding(at last: Int, notBefore: Int = 0) -> EventHit? {
        guard last >= 0, last < eventEnds.count, eventEnds[last] >= 0 else { return nil }
        let hit = eventHits[Int(eventEnds[last])]
        return hit.start >= notBefore ? hit : nil
    }

    /// Whether an event phrase starts at token `i`.
    func isEvent(at i: Int) -> Bool { eventStarting(at: i) != nil }

    var lexicon: SharedLexicon { context.lexicon }

    // MARK: - Nouns

    /// What a count counts: the noun class (or the noun itself), its qualifiers, and whether
    /// the noun only says "persons".
    struct CountedNoun {
        var noun: String
        var qualifiers: [String]
        var generic: Bool
        /// The event a noun like "releases" or "deaths" implies.
        var impliedEvent: String?
        /// One past the noun's last token.
        var end: Int
        /// "14 of the prisoners": a part of a group named elsewhere.
        var partitive: Bool
    }

    /// The noun counted by the number that ends before token `start` ("37 hostages",
    /// "dozens of detainees", "12 foreign nationals"). Nil when an event word or nothing follows.
    func countedNoun(after start: Int, vague: Bool, limit: Int) -> CountedNoun? {
        var i = start
        var partitive = false
        if context.norm(i) == "of" {
            i += 1
            if lexicon.partitiveDeterminers.contains(context.norm(i)) {
                partitive = !vague
                i += 1
            }
            if !vague, !partitive { return nil }
        }
        var qualifiers: [String] = []
        var modifiers = 0
        let titleCase = context.isTitleCase(sentenceOf: start)
        while i < limit, modifiers <= 3 {
            guard let token = context.token(i) else { return nil }
            if owner[i] >= 0, case .name = mentions[owner[i]].value, !titleCase {
                // A capitalised modifier: "Belarusian prisoners", "NATO countries".
                let mention = mentions[owner[i]]
                let last = context.norm(mention.endToken - 1)
                if mention.endToken - mention.firstToken == 1, looksPlural(last),
                   !context.isWord(mention.endToken) || isEvent(at: mention.endToken)
                    || lexicon.notNouns.contains(context.norm(mention.endToken)) {
                    let written = context.document.string(context.tokens[mention.firstToken].start, context.tokens[mention.firstToken].end)
                    return CountedNoun(noun: written, qualifiers: qualifiers, generic: false, impliedEvent: nil,
                                       end: mention.endToken, partitive: partitive)
                }
                qualifiers.append(context.document.string(context.tokens[mention.firstToken].start,
                                                          context.tokens[mention.endToken - 1].end))
                i = mention.endToken
                modifiers += 1
                continue
            }
            if owner[i] >= 0 { return nil }  // another number or date
            // "8 Canadian, 5 Chilean hostages", "five British and three French nationals": counts
            // of one head noun, the noun written once, after the last.
            if !qualifiers.isEmpty, let shared = sharedHead(at: i, limit: limit) {
                return CountedNoun(noun: shared.noun, qualifiers: qualifiers, generic: shared.generic, impliedEvent: shared.impliedEvent,
                                   end: i, partitive: partitive)
            }
            if token.kind != .word {
                if context.isMark(i, "-"), context.isJoined(i), context.isJoined(i + 1) {
                    i += 1
                    continue
                }
                return nil
            }
            if lexicon.uncountedNouns.contains(context.norm(i)) || lexicon.timeUnits[context.norm(i)] != nil { return nil }
            // Counted nouns are matched by their singular. A singular that is also an adjective
            // ("35 national and foreign teams", "three minor injuries") is none; nor is a
            // singular before a plural, which it modifies ("12 prison guards").
            let singular = context.nouns[i] == context.norms[i]
            if let found = lexicon.nounClasses.match(context.nouns, at: i, limit: limit),
               !(found.length == 1 && singular && lexicon.qualifiers.contains(context.norm(i))),
               !(found.length == 1 && singular && context.isWord(i + 1) && looksPlural(context.norm(i + 1))
                 && !lexicon.notNouns.contains(context.norm(i + 1))) {
                let noun = found.payload
                let end = i + found.length
                let word = context.norm(end - 1)
                return CountedNoun(noun: noun, qualifiers: qualifiers, generic: lexicon.genericNouns.contains(word),
                                   impliedEvent: lexicon.eventNouns[word], end: end, partitive: partitive)
            }
            let word = context.norm(i)
            if lexicon.genericNouns.contains(word) {
                return CountedNoun(noun: "people", qualifiers: qualifiers, generic: true, impliedEvent: nil,
                                   end: i + 1, partitive: partitive)
            }
            if let event = lexicon.eventNouns[word] {
                return CountedNoun(noun: "people", qualifiers: qualifiers, generic: true, impliedEvent: event,
                                   end: i + 1, partitive: partitive)
            }
            if isEvent(at: i) || lexicon.notNouns.contains(word) { return nil }
            if token.capitalized, !token.allCaps, !titleCase {
                // A capitalised plural ends the phrase as its noun ("tens of thousands of Greeks").
                if looksPlural(word), !context.isWord(i + 1) || isEvent(at: i + 1)
                    || lexicon.notNouns.contains(context.norm(i + 1)) {
                    return CountedNoun(noun: context.document.string(token.start, token.end), qualifiers: qualifiers,
                                       generic: false, impliedEvent: nil, end: i + 1, partitive: partitive)
                }
                qualifiers.append(context.document.string(token.start, token.end))
                i += 1
                modifiers += 1
                continue
            }
            if looksPlural(word), !(context.isMark(i + 1, "-") && context.isJoined(i + 1)) {
                // A noun in no class keys as its singular: "1,300 houses" and "a house" count houses.
                return CountedNoun(noun: ClauseReader.singular(word), qualifiers: qualifiers, generic: false, impliedEvent: nil, end: i + 1,
                                   partitive: partitive)
            }
            if lexicon.qualifiers.contains(word) { qualifiers.append(word) }
            i += 1
            modifiers += 1
        }
        return nil
    }

    /// At a comma or "and"/"or" after a count's qualifiers, the counted noun of the next count
    /// of the coordination, when it has its own qualifiers and a noun ("5 Chilean hostages").
    private func sharedHead(at i: Int, limit: Int) -> CountedNoun? {
        guard context.isMark(i, ",") || lexicon.coordinators.contains(context.norm(i)), i + 1 < limit, owner[i + 1] >= 0 else { return nil }
        let next = mentions[owner[i + 1]]
        guard next.firstToken == i + 1, isCount(next), let noun = countedNoun(after: next.endToken, vague: false, limit: limit),
              !noun.qualifiers.isEmpty else { return nil }
        return noun
    }

    /// Whether the token at `i` is a dash that sets off an aside: an em or en dash as written
    /// (tokens read every dash as "-"), or a hyphen with a space on each side.
    func isDash(_ i: Int) -> Bool {
        guard context.isMark(i, "-"), let token = context.token(i) else { return false }
        if !context.isJoined(i) && !context.isJoined(i + 1) { return true }
        let written = context.document.string(token.start, token.end)
        return written == "—" || written == "–"
    }

    /// The singular of a regular English plural ("houses", "bodies", "churches"); irregular
    /// plurals ("people", "children") are in noun classes.
    static func singular(_ word: String) -> String { EnglishNoun.singular(word) }

    /// An English plural noun by its shape (a lexicon word list decides the rest).
    func looksPlural(_ word: String) -> Bool {
        guard word.count > 3, word.hasSuffix("s") else { return false }
        for ending in lexicon.notPluralEndings where word.hasSuffix(ending) { return false }
        return true
    }

    // MARK: - Events

    /// An event phrase found in a clause.
    struct EventHit {
        var id: String
        var start: Int
        var end: Int
    }

    /// The event a mention at `first..<end` reports: the nearest event phrase to the right (up to
    /// `rightWindow` tokens) and then to the left (up to `leftWindow`), inside the clause; with
    /// `stopAtCounts`, neither search passes another count, which owns the events beyond it.
    func event(around first: Int, _ end: Int, in clause: Range<Int>, rightWindow: Int = 20, leftWindow: Int = 40,
               stopAtCounts: Bool = true, stopAtDates: Bool = false, preferLeft: Bool = false,
               nearest: Bool = false, accepts: (String) -> Bool = { _ in true }) -> EventHit? {
        func blocks(_ i: Int) -> Bool {
            // "killed 41 people, the governor said on Wednesday": the date is the saying's.
            if stopAtDates, lexicon.attribution.contains(context.norms, at: i), !(first..<end).contains(i) { return true }
            guard owner[i] >= 0 else { return false }
            let mention = mentions[owner[i]]
            if stopAtCounts, isCount(mention) { return true }
            if stopAtDates, !(first..<end).contains(i) {
                if case .time = mention.value { return true }
                if case .duration = mention.value { return true }
            }
            return false
        }
        func right() -> EventHit? {
            var i = end
            var limit = min(clause.upperBound, end + rightWindow)
            // "Thirty people, including …, were freed": look past the aside.
            let opener = context.isMark(end, ",") ? end + 1 : end
            if lexicon.appositiveOpeners.contains(context.norms, at: opener) {
                var k = opener
                while k < min(clause.upperBound, opener + 30) {
                    if context.isMark(k - 1, ","), isEvent(at: k) {
                        i = k
                        limit = min(clause.upperBound, k + 4)
                        break
                    }
                    k += 1
                }
            }
            // "A total of 31 hostages — 19 adults and 12 children — were freed": an aside set off
            // by dashes, whatever its own counts, is looked past.
            if isDash(end), let close = (end + 1..<min(clause.upperBound, end + 30)).first(where: isDash) {
                i = close + 1
                limit = min(clause.upperBound, close + 1 + rightWindow)
            }
            // A count inside an aside ("…, including seven children, were killed") reads on past
            // the comma that closes the aside.
            let inAside = lexicon.appositiveOpeners.match(context.norms, endingBefore: first, notBefore: clause.lowerBound) != nil
            while i < limit {
                if blocks(i) { return nil }
                // ", killing two", "killed 40 people, and many were injured": a comma opens
                // another clause of the sentence.
                if stopAtCounts, context.isMark(i, ","), i > end || (i == end && !inAside) { return nil }
                if let hit = eventStarting(at: i, limit: clause.upperBound), accepts(hit.id) {
                    // "shooting three people, killing one": the event right before a count is that count's.
                    if stopAtCounts, countFollows(hit) { return nil }
                    return hit
                }
                i += 1
            }
            return nil
        }
        func left() -> EventHit? {
            var j = first - 1
            while j >= max(clause.lowerBound, first - leftWindow) {
                if blocks(j) { return nil }
                if let hit = eventEnding(at: j, notBefore: clause.lowerBound), accepts(hit.id) {
                    // "Three people died as tens of thousands …": the event right after a count is that
                    // count's — unless it stands right before this one ("and injuring more than 200").
                    if stopAtCounts, hit.end < first, countPrecedes(hit, notBefore: clause.lowerBound) { return nil }
                    return hit
                }
                j -= 1
            }
            return nil
        }
        if nearest {
            let l = left()
            let r = right()
            guard let l else { return r }
            guard let r else { return l }
            return (r.start - end) < (first - l.end) ? r : l
        }
        return preferLeft ? left() ?? right() : right() ?? left()
    }

    /// Whether a count starts right after an event phrase ("killing one", "freed 37").
    func countFollows(_ hit: EventHit) -> Bool {
        guard hit.end < context.count, owner[hit.end] >= 0 else { return false }
        let mention = mentions[owner[hit.end]]
        return isCount(mention) && mention.firstToken == hit.end
    }

    /// Whether a count (with its noun) stands within six words before an event phrase, so that
    /// the event is that count's predicate ("Three people died").
    func countPrecedes(_ hit: EventHit, notBefore start: Int) -> Bool {
        for i in max(start, hit.start - 6)..<hit.start where owner[i] >= 0 && isCount(mentions[owner[i]]) {
            return true
        }
        return false
    }

    /// Every event phrase in a range of tokens.
    func events(in range: Range<Int>) -> [EventHit] {
        var hits: [EventHit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let hit = eventStarting(at: i, limit: range.upperBound) {
                hits.append(hit)
                i = hit.end
            } else {
                i += 1
            }
        }
        return hits
    }

    func kind(of event: String) -> Lexicon.EventKind? { lexicon.eventClasses[event]?.kind }

    /// Whether an event class may count a thing (a noun class or singular noun; nil for none):
    /// a class that names its things counts only those ("won 40 seats", not "won three medals").
    func counts(_ event: String, _ thing: String?) -> Bool {
        guard let things = lexicon.eventClasses[event]?.things else { return true }
        return thing.map { things.contains($0) } ?? false
    }

    /// Whether an event class is an attribute of no person ("a state of emergency").
    func isImpersonal(_ event: String) -> Bool { lexicon.eventClasses[event]?.impersonal ?? false }

    /// Whether a mention is a count of things (not a percentage or an age).
    func isCount(_ mention: Mention) -> Bool {
        guard case .quantity(let q) = mention.value, q.unit == .count else { return false }
        return !isAge(mention) && !isApposed(mention)
    }

    /// A bare number between commas right after a name ("Jane Doe, 33,"), or in parentheses
    /// ("Jane Doe (33)"): an age, not a count.
    func isApposed(_ mention: Mention) -> Bool {
        guard mention.endToken - mention.firstToken == 1, mention.firstToken >= 2 else { return false }
        let open = context.norm(mention.firstToken - 1)
        let close = context.norm(mention.endToken)
        guard (open == "," && (close == "," || close == ")")) || (open == "(" && close == ")") else { return false }
        let before = owner[mention.firstToken - 2]
        if before >= 0, case .name = mentions[before].value { return true }
        return context.norm(mention.firstToken - 2) == "both"
    }

    /// Whether a quantity is an age written as one ("69-year-old", "33 years old"), or a
    /// number an age word governs ("aged 4 to 75", "between the ages of 4 and 75").
    func isAge(_ mention: Mention) -> Bool {
        if lexicon.ageAfter.contains(context.norm(mention.endToken - 1)) { return true }
        var i = mention.firstToken - 1
        while i >= max(0, mention.firstToken - 6) {
            let word = context.norm(i)
            if lexicon.ageWords.contains(word) { return true }
            let number = owner[i] >= 0 && { if case .quantity = mentions[owner[i]].value { return true }; return false }()
            guard lexicon.ageLinks.contains(word) || number || lexicon.determiners.contains(word) else { return false }
            i -= 1
        }
        return false
    }

    /// The request event that governs an event phrase: "called for" or "hoped for" within a few
    /// words of "release" makes the release a request.
    func request(near hit: EventHit, in clause: Range<Int>) -> EventHit? {
        let window = max(clause.lowerBound, hit.start - 6)..<min(clause.upperBound, hit.end + 6)
        return events(in: window).first { kind(of: $0.id) == .request }
    }

    // MARK: - People

    /// The people a fact in `clause` may be about, most likely first: named persons before the
    /// mention in the clause (nearest first), then before it in the sentence, then after it;
    /// then capitalised words of unknown kind in the same order. Resolution keeps the first that
    /// turns out to be a person ("Karpovich has led Croatia" names two candidates, one person).
    func people(near first: Int, in clause: Range<Int>) -> [Mention] {
        let sentence = context.text.sentence(containing: first)
        let names = mentions.filter { mention in
            guard case .name(let name) = mention.value else { return false }
            return (name.kind == .person || name.kind == nil) && sentence.contains(mention.firstToken) && !isAlias(mention)
        }
        func kindFirst(_ pool: [Mention]) -> [Mention] {
            pool.filter { $0.value.nameKind == .person } + pool.filter { $0.value.nameKind == nil }
        }
        let inClause = names.filter { $0.endToken <= first && $0.firstToken >= clause.lowerBound }.reversed()
        let before = names.filter { $0.endToken <= first && $0.firstToken < clause.lowerBound }.reversed()
        let after = names.filter { $0.firstToken >= first }
        // "He was serving a 28-year sentence": a clause whose subject is a pronoun, with nobody
        // named before it in the sentence, is about the person the sentence before names.
        if inClause.isEmpty, before.isEmpty, let person = antecedent(ofPronounBefore: first, in: clause) {
            return [person] + kindFirst(after)
        }
        return kindFirst(Array(inClause)) + kindFirst(Array(before)) + kindFirst(after)
    }

    /// The person a subject pronoun opening the clause stands for ("He was serving …", "but she
    /// was freed …"): the one person the nearest sentence before names (of the last two), when
    /// that sentence names one person only, under one name or its surname, and the name does not
    /// show the other gender. A single word of unknown kind counts as a person when it is the
    /// surname of a full name in the article ("Doe was arrested" after "John Doe"); a second
    /// name after an alias cue ("also known as") is the same person's. Nil for any doubt: two
    /// people, no pronoun, or a gender that does not fit.
    func antecedent(ofPronounBefore first: Int, in clause: Range<Int>) -> Mention? {
        let sentence = context.text.sentence(containing: first)
        let opening = context.norm(clause.lowerBound) == "and" || context.norm(clause.lowerBound) == "but"
            ? clause.lowerBound + 1 : clause.lowerBound
        guard opening < first, let gender = lexicon.names.subjectPronouns[context.norm(opening)],
              opening == sentence.lowerBound || !mentions.contains(where: {
                  if case .name = $0.value { return sentence.contains($0.firstToken) && $0.endToken <= opening }
                  return false
              }) else { return nil }
        var end = sentence.lowerBound
        for _ in 0..<2 {
            guard end > 0 else { return nil }
            let previous = context.text.sentence(containing: end - 1)
            let people = mentions.filter { mention in
                guard case .name(let name) = mention.value, previous.contains(mention.firstToken), !isAlias(mention) else { return false }
                return name.kind == .person || (name.kind == nil && (name.parts.count >= 2 || isSurnameOfPerson(name.parts[0])))
            }
            if let person = people.first, case .name(let name) = person.value {
                let surname = name.parts.last?.lowercased()
                guard people.allSatisfy({ other in
                    guard case .name(let n) = other.value else { return false }
                    return n.parts.last?.lowercased() == surname
                }) else { return nil }
                let shown = people.lazy.compactMap { mention -> NameGender? in
                    guard case .name(let n) = mention.value else { return nil }
                    return lexicon.names.gender(ofParts: n.parts)
                }.first
                return shown == nil || shown == gender ? person : nil
            }
            end = previous.lowerBound
        }
        return nil
    }

    /// Whether a clause is a relative clause set off by a comma after the noun it describes
    /// ("the toll, which …"): a relative pronoun opens it, a comma and at least one word stand
    /// before it.
    func opensRelativeClause(_ clause: Range<Int>) -> Bool {
        clause.lowerBound >= 2 && context.isMark(clause.lowerBound - 1, ",")
            && lexicon.relativePronouns.contains(context.norm(clause.lowerBound))
    }

    /// Whether a name is another name of the person named before it ("…, also known as X").
    func isAlias(_ mention: Mention) -> Bool {
        var start = mention.firstToken
        while start > 0, Tokenizer.isOpeningMark(context.norm(start - 1)) { start -= 1 }
        return lexicon.names.aliasCues.match(context.norms, endingBefore: start, notBefore: max(0, start - 3)) != nil
    }

    /// Whether a word is the last name of a full name in the article that may be a person's.
    private func isSurnameOfPerson(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return mentions.contains { mention in
            guard case .name(let name) = mention.value, name.kind == .person || name.kind == nil, name.parts.count >= 2 else { return false }
            return name.parts.last?.lowercased() == lowered
        }
    }

    /// The names that may be the subject of an event phrase starting at `start`: names of a
    /// person, an organisation or unknown kind before it in its sentence, nearest first.
    func subjects(before start: Int) -> [Mention] {
        let sentence = context.text.sentence(containing: start)
        return mentions.filter { mention in
            guard case .name(let name) = mention.value, name.kind != .place else { return false }
            return sentence.contains(mention.firstToken) && mention.endToken <= start
        }.reversed()
    }

    // MARK: - Time

    /// The date mention nearest to `index` inside the clause, if any.
    func date(near index: Int, in clause: Range<Int>) -> Mention? {
        var best: (Int, Mention)?
        for mention in mentions {
            guard case .time = mention.value, clause.contains(mention.firstToken) else { continue }
            let distance = mention.firstToken >= index ? mention.firstToken - index : index - mention.endToken
            if best == nil || distance < best!.0 { best = (distance, mention) }
        }
        return best?.1
    }

    /// Whether a date is the story's present: within the week before the reference date (or a
    /// stretch since a day of that week), or a weekday, "today"/"yesterday" or a time of day
    /// that has no reference date or day to resolve against.
    func isCurrent(_ time: TimeValue) -> Bool {
        if case .unresolved(let relative) = time.form {
            switch relative {
            case .weekday: return true
            // "at 5:12 a.m." with no day beside it: a time of the story's own day.
            case .timeOfDay: return true
            case .offset(let n, .day): return abs(n) <= 7
            default: return false
            }
        }
        guard let reference = context.referenceDate, let days = time.days else { return false }
        // A day in the week before the reference date, or a stretch of at most a week that holds it ("this week").
        let today = Double(reference.firstDay)
        if days.upper - days.lower <= 6, days.lower <= today, days.upper >= today { return true }
        // A day of that week, or a stretch that began on one ("raging since Tuesday").
        let day: DatePoint
        switch time.form {
        case .on(let point), .since(let point): day = point
        default: return false
        }
        guard day.precision == .day else { return false }
        let distance = reference.firstDay - day.firstDay
        return distance >= 0 && distance <= 7
    }

    // MARK: - Hedges

    /// Hedge words in the clause ("reportedly", "believed").
    func hedges(in clause: Range<Int>) -> [String] {
        var found: [String] = []
        let starts = context.starts
        var i = clause.lowerBound
        while i < clause.upperBound {
            if starts[i] & Lexicon.Extraction.hedge != 0, let hit = lexicon.hedges.match(context.norms, at: i, limit: clause.upperBound) {
                found.append(context.norms[i..<(i + hit.length)].joined(separator: " "))
                i += hit.length
            } else {
                i += 1
            }
        }
        return found
    }
}
