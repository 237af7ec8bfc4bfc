import Yams

/// Reads lexicon files into a `Lexicon`. Any lexicon file may hold any of the known sections;
/// files are applied in order and add to (or replace entries of) what earlier files gave, so
/// a newsroom extends the default lexicon with a file of its own under `--rules DIR/lexicon/`.
public enum LexiconLoader {
    /// Applies one lexicon file to `lexicon`. Fails at the first unknown section or malformed entry.
    /// Without `positions` the file may be read without node positions (see `YAMLSource`), and
    /// an error then names no line: the caller reads it again with them.
    public static func apply(path: String, text: String, to lexicon: inout Lexicon, positions: Bool = true) throws(InputError) {
        let yaml = try YAMLSource(path: path, text: text, positions: positions)
        for (key, keyNode, value) in try yaml.entries(try yaml.rootMapping()) {
            guard let section = sections[key] else {
                throw yaml.error(keyNode, "unknown lexicon section '\(key)'; known sections: \(sections.keys.sorted().joined(separator: ", "))")
            }
            try section(yaml, value, &lexicon)
        }
    }

    typealias Section = @Sendable (YAMLSource, Node, inout Lexicon) throws(InputError) -> Void

    /// Every section a lexicon file may hold: the ones below, those of measurements
    /// (`MeasureLexicon.sections`) and those of times (`timeSections`). Two sections of one name
    /// are a programming error (the second would silently read into the first's table).
    private static let sections: [String: Section] = coreSections
        .merging(MeasureLexicon.sections) { _, _ in preconditionFailure("two lexicon sections share a name") }
        .merging(timeSections) { _, _ in preconditionFailure("two lexicon sections share a name") }

    private static let coreSections: [String: Section] = [
        // numbers.yml
        "number-units": { y, n, l throws(InputError) in try numbers(y, n, into: &l.numberWords) },
        "number-tens": { y, n, l throws(InputError) in try numbers(y, n, into: &l.tens) },
        "scales": { y, n, l throws(InputError) in try numbers(y, n, into: &l.scales) },
        "scale-suffixes": { y, n, l throws(InputError) in try numbers(y, n, into: &l.scaleSuffixes) },
        "multipliers": { y, n, l throws(InputError) in try numbers(y, n, into: &l.multipliers) },
        "fractions": { y, n, l throws(InputError) in try numbers(y, n, into: &l.fractions) },
        "share-decimals": { y, n, l throws(InputError) in l.shareDecimals = try y.wholeNumber(n, "share-decimals", in: 0...6) },
        "decimal-points": { y, n, l throws(InputError) in l.decimalPoints.formUnion(try words(y, n)) },
        "digit-fraction-denominators": { y, n, l throws(InputError) in
            for word in try words(y, n) {
                guard let d = Int(word), d > 1 else { throw y.error(n, "digit-fraction-denominators: '\(word)' is no whole number above 1") }
                l.digitFractionDenominators.insert(d)
            }
        },
        "names-with-numerals": { y, n, l throws(InputError) in l.namesWithNumerals.formUnion(try words(y, n)) },
        "ordinals": { y, n, l throws(InputError) in l.ordinals.formUnion(try words(y, n)) },
        "ordinal-suffixes": { y, n, l throws(InputError) in l.ordinalSuffixes.formUnion(try words(y, n)) },
        "pronoun-one-before": { y, n, l throws(InputError) in try phrases(y, n, into: &l.pronounOneBefore) },
        "pronoun-one-after": { y, n, l throws(InputError) in try phrases(y, n, into: &l.pronounOneAfter) },
        // function-words.yml
        "partitive-determiners": { y, n, l throws(InputError) in l.partitiveDeterminers.formUnion(try words(y, n)) },
        "definite-determiners": { y, n, l throws(InputError) in l.definiteDeterminers.formUnion(try words(y, n)) },
        "determiners": { y, n, l throws(InputError) in l.determiners.formUnion(try words(y, n)) },
        "year-modifier-openers": { y, n, l throws(InputError) in l.yearModifierOpeners.formUnion(try words(y, n)) },
        "month-openers": { y, n, l throws(InputError) in l.monthOpeners.formUnion(try words(y, n)) },
        "date-prepositions": { y, n, l throws(InputError) in l.datePrepositions.formUnion(try words(y, n)) },
        "not-duration-before": { y, n, l throws(InputError) in l.notDurationBefore.formUnion(try words(y, n)) },
        "age-after": { y, n, l throws(InputError) in l.ageAfter.formUnion(try words(y, n)) },
        "not-plural-endings": { y, n, l throws(InputError) in
            l.notPluralEndings = Array(Set(l.notPluralEndings + (try words(y, n)))).sorted()
        },
        // quantifiers.yml
        "bounds-before": { y, n, l throws(InputError) in try operators(y, n, into: &l.boundsBefore) },
        "bounds-after": { y, n, l throws(InputError) in try operators(y, n, into: &l.boundsAfter) },
        "bounds-after-noun": { y, n, l throws(InputError) in try phrases(y, n, into: &l.boundsAfterNoun) },
        "vague": { y, n, l throws(InputError) in
            for (phrase, _, value) in try y.entries(try y.mapping(n, "vague")) {
                l.vague.add(phrase, try y.number(value, "the lower bound of '\(phrase)'"))
            }
        },
        "relative-before": { y, n, l throws(InputError) in l.relativeBefore.formUnion(try words(y, n)) },
        "relative-after": { y, n, l throws(InputError) in l.relativeAfter.formUnion(try words(y, n)) },
        "distributive": { y, n, l throws(InputError) in try phrases(y, n, into: &l.distributive) },
        "range-connectives": { y, n, l throws(InputError) in l.rangeConnectives.formUnion(try words(y, n)) },
        "alternative-connectives": { y, n, l throws(InputError) in l.alternativeConnectives.formUnion(try words(y, n)) },
        "adverb-endings": { y, n, l throws(InputError) in l.adverbEndings = Array(Set(l.adverbEndings + (try words(y, n)))).sorted() },
        "year-zero-words": { y, n, l throws(InputError) in l.yearZeroWords.formUnion(try words(y, n)) },
        "level-change-verbs": { y, n, l throws(InputError) in l.changeVerbs.formUnion(try words(y, n)) },
        "currency-prefixes": { y, n, l throws(InputError) in l.currencyPrefixes.formUnion(try words(y, n)) },
        "range-openers": { y, n, l throws(InputError) in l.rangeOpeners.formUnion(try words(y, n)) },
        "percent": { y, n, l throws(InputError) in try phrases(y, n, into: &l.percent) },
        "percentage-points": { y, n, l throws(InputError) in try phrases(y, n, into: &l.percentagePoints) },
        // calendar.yml
        "months": { y, n, l throws(InputError) in try integers(y, n, in: 1...12, into: &l.months) },
        "ambiguous-months": { y, n, l throws(InputError) in l.ambiguousMonths.formUnion(try words(y, n)) },
        "weekdays": { y, n, l throws(InputError) in try integers(y, n, in: 1...7, into: &l.weekdays) },
        "ambiguous-weekdays": { y, n, l throws(InputError) in l.ambiguousWeekdays.formUnion(try words(y, n)) },
        "time-units": { y, n, l throws(InputError) in
            for (word, _, value) in try y.entries(try y.mapping(n, "time-units")) {
                l.timeUnits[word.lowercased()] = try unit(y, value)
            }
        },
        "vague-durations": { y, n, l throws(InputError) in
            for (phrase, _, value) in try y.entries(try y.mapping(n, "vague-durations")) {
                let fields = try y.mapping(value, "'\(phrase)'")
                try y.requireKnownKeys(fields, ["unit", "at-least"], in: "a vague duration")
                var unitValue: TimeUnit?
                var least: Double?
                for (key, _, field) in try y.entries(fields) {
                    if key == "unit" { unitValue = try unit(y, field) } else { least = try y.number(field, "at-least") }
                }
                guard let unitValue, let least else { throw y.error(value, "'\(phrase)' needs both unit and at-least") }
                l.vagueDurations.add(phrase, Lexicon.VagueDuration(unit: unitValue, atLeast: least))
            }
        },
        "vague-duration-adjectives": { y, n, l throws(InputError) in l.vagueDurationAdjectives.formUnion(try words(y, n)) },
        "relative-days": { y, n, l throws(InputError) in try integers(y, n, in: -7...7, into: &l.relativeDays) },
        "relative-modifiers": { y, n, l throws(InputError) in
            for (word, _, value) in try y.entries(try y.mapping(n, "relative-modifiers")) {
                let name = try y.string(value, "a direction")
                switch name {
                case "previous": l.relativeModifiers[word] = .previous
                case "next": l.relativeModifiers[word] = .next
                case "current": l.relativeModifiers[word] = .latest
                default: throw y.error(value, "unknown direction '\(name)'; use previous, next or current")
                }
            }
        },
        "ago": { y, n, l throws(InputError) in l.ago.formUnion(try words(y, n)) },
        "relative-day-phrases": { y, n, l throws(InputError) in
            for (phrase, _, value) in try y.entries(try y.mapping(n, "relative-day-phrases")) {
                l.relativeDayPhrases.add(phrase.lowercased(), try y.wholeNumber(value, "'\(phrase)'", in: -7...7))
            }
        },
        "weekend-words": { y, n, l throws(InputError) in l.weekendWords.formUnion(try words(y, n)) },
        "date-part-words": { y, n, l throws(InputError) in try phrases(y, n, into: &l.datePartWords) },
        "ordinal-numbers": { y, n, l throws(InputError) in try integers(y, n, in: 1...1000, into: &l.ordinalNumbers) },
        "numeric-date-order": { y, n, l throws(InputError) in
            let order = try y.string(n, "numeric-date-order")
            guard ["month-first", "day-first"].contains(order) else {
                throw y.error(n, "numeric-date-order is month-first or day-first, not '\(order)'")
            }
            l.numericDateMonthFirst = order == "month-first"
        },
        "date-range-gap-words": { y, n, l throws(InputError) in l.dateRangeGapWords.formUnion(try words(y, n)) },
        "duration-adjectives": { y, n, l throws(InputError) in l.durationAdjectives.formUnion(try words(y, n)) },
        "future-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.futureCues) },
        "past-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.pastCues) },
        "since": { y, n, l throws(InputError) in l.since.formUnion(try words(y, n)) },
        "until": { y, n, l throws(InputError) in l.until.formUnion(try words(y, n)) },
        "date-range-openers": { y, n, l throws(InputError) in l.dateRangeOpeners.formUnion(try words(y, n)) },
        "date-range-connectives": { y, n, l throws(InputError) in l.dateRangeConnectives.formUnion(try words(y, n)) },
        "year-range": { y, n, l throws(InputError) in
            let fields = try y.mapping(n, "year-range")
            try y.requireKnownKeys(fields, ["from", "to"], in: "year-range")
            var low = l.yearRange.lowerBound
            var high = l.yearRange.upperBound
            for (key, _, field) in try y.entries(fields) {
                let value = try y.wholeNumber(field, "year-range '\(key)'", in: -100_000...100_000)
                if key == "from" { low = value } else { high = value }
            }
            guard low <= high else { throw y.error(n, "year-range: 'from' must not be after 'to'") }
            l.yearRange = low...high
        },
        // events.yml
        "event-classes": { y, n, l throws(InputError) in
            for (id, _, value) in try y.entries(try y.mapping(n, "event-classes")) {
                let fields = try y.mapping(value, "event class '\(id)'")
                try y.requireKnownKeys(fields, ["kind", "forms", "complement", "ongoing", "money", "impersonal", "things",
                                                 "by-subject", "exact", "personal", "dated-as", "own-date"],
                                        in: "an event class")
                var kind = Lexicon.EventKind.event
                var complement: String?
                var ongoing = false
                var money = false
                var impersonal = false
                var things: WordSet?
                var bySubject = false
                var personal = false
                var datedAs: String?
                var ownDate = false
                for (key, _, field) in try y.entries(fields) {
                    switch key {
                    case "kind":
                        let name = try y.string(field, "kind")
                        guard let parsed = Lexicon.EventKind(rawValue: name) else {
                            throw y.error(field, "unknown event kind '\(name)'; known kinds: event, state, request, attribute")
                        }
                        kind = parsed
                    case "complement":
                        complement = try y.string(field, "complement")
                    case "ongoing":
                        ongoing = try y.bool(field, "ongoing")
                    case "money":
                        money = try y.bool(field, "money")
                    case "impersonal":
                        impersonal = try y.bool(field, "impersonal")
                    case "by-subject":
                        bySubject = try y.bool(field, "by-subject")
                    case "personal":
                        personal = try y.bool(field, "personal")
                    case "dated-as":
                        datedAs = try y.string(field, "dated-as")
                    case "own-date":
                        ownDate = try y.bool(field, "own-date")
                    case "things":
                        things = WordSet(try y.strings(field, "things").map { $0.lowercased() })
                    case "exact":
                        for form in try y.strings(field, "exact") { l.exactEvents.add(form.lowercased(), id) }
                    default:
                        for form in try y.strings(field, "forms") { l.events.add(lemmas: form.lowercased(), id) }
                    }
                }
                l.eventClasses[id] = Lexicon.EventClass(id: id, kind: kind, complement: complement, ongoing: ongoing,
                                                        money: money, impersonal: impersonal, things: things,
                                                        bySubject: bySubject, personal: personal, datedAs: datedAs,
                                                        ownDate: ownDate)
            }
        },
        "attribution": { y, n, l throws(InputError) in try phrases(y, n, into: &l.attribution) },
        "not-events": { y, n, l throws(InputError) in try phrases(y, n, into: &l.notEvents) },
        "event-noun-heads": { y, n, l throws(InputError) in l.eventNounHeads.formUnion(try words(y, n)) },
        "attribute-prepositions": { y, n, l throws(InputError) in l.attributePrepositions.formUnion(try words(y, n)) },
        "attribute-determiners": { y, n, l throws(InputError) in l.attributeDeterminers.formUnion(try words(y, n)) },
        "appositive-openers": { y, n, l throws(InputError) in try phrases(y, n, into: &l.appositiveOpeners) },
        "money-classes": { y, n, l throws(InputError) in l.moneyClasses.formUnion(try words(y, n)) },
        "uncounted-nouns": { y, n, l throws(InputError) in l.uncountedNouns.formUnion(try words(y, n)) },
        "hedges": { y, n, l throws(InputError) in try phrases(y, n, into: &l.hedges) },
        // frames.yml
        "place-prepositions": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.placePrepositions) },
        "whole-place-words": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.wholePlaceWords) },
        "source-phrases": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.sourcePhrases) },
        "source-after": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.sourceAfter) },
        "place-nouns": { y, n, l throws(InputError) in l.frames.placeNouns.formUnion(try words(y, n)) },
        "described-place-links": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.describedPlaceLinks) },
        "subset-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.subsetCues) },
        "other-round-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.otherRoundCues) },
        "other-round-events": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.otherRoundEvents) },
        "source-report-nouns": { y, n, l throws(InputError) in l.frames.sourceReportNouns.formUnion(try words(y, n)) },
        "source-report-links": { y, n, l throws(InputError) in l.frames.sourceReportLinks.formUnion(try words(y, n)) },
        "vague-sources": { y, n, l throws(InputError) in l.frames.vagueSources.formUnion(try words(y, n)) },
        "source-inverted": { y, n, l throws(InputError) in l.frames.sourceInverted.formUnion(try words(y, n)) },
        "source-pronouns": { y, n, l throws(InputError) in l.frames.sourcePronouns.formUnion(try words(y, n)) },
        "projection-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.projectionCues) },
        "estimate-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.estimateCues) },
        "denial-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.denialCues) },
        "earlier-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.frames.earlierCues) },
        "change-from": { y, n, l throws(InputError) in l.frames.changeFrom.formUnion(try words(y, n)) },
        "change-to": { y, n, l throws(InputError) in l.frames.changeTo.formUnion(try words(y, n)) },
        // nouns.yml
        "noun-classes": { y, n, l throws(InputError) in
            for (id, _, value) in try y.entries(try y.mapping(n, "noun-classes")) {
                for form in try y.strings(value, "the forms of '\(id)'") { l.nounClasses.add(nouns: form.lowercased(), id) }
            }
        },
        "incident-nouns": { y, n, l throws(InputError) in
            for (id, _, value) in try y.entries(try y.mapping(n, "incident-nouns")) {
                for form in try y.strings(value, "the forms of '\(id)'") { l.incidentNouns.add(nouns: form.lowercased(), id) }
            }
        },
        "generic-nouns": { y, n, l throws(InputError) in l.genericNouns.formUnion(try words(y, n)) },
        "demonyms": { y, n, l throws(InputError) in
            for (country, _, value) in try y.entries(try y.mapping(n, "demonyms")) {
                let words = try y.strings(value, "the words for the people of '\(country)'")
                guard let adjective = words.first else { throw y.error(value, "'\(country)' needs at least its adjective") }
                l.countries[country.lowercased()] = adjective
                for word in words { l.demonyms[word.lowercased()] = adjective }
            }
        },
        "demonym-heads": { y, n, l throws(InputError) in l.demonymHeads.formUnion(try words(y, n)) },
        "people-adjectives": { y, n, l throws(InputError) in l.peopleAdjectives.formUnion(try words(y, n)) },
        "toll-nouns": { y, n, l throws(InputError) in
            for (phrase, _, value) in try y.entries(try y.mapping(n, "toll-nouns")) {
                l.tollNouns.add(nouns: phrase.lowercased(), try y.string(value, "the event class of '\(phrase)'"))
            }
        },
        "auxiliaries": { y, n, l throws(InputError) in l.auxiliaries.formUnion(try words(y, n)) },
        "coordinators": { y, n, l throws(InputError) in l.coordinators.formUnion(try words(y, n)) },
        "parallel-links": { y, n, l throws(InputError) in l.parallelLinks.formUnion(try words(y, n)) },
        "event-nouns": { y, n, l throws(InputError) in
            for (noun, _, value) in try y.entries(try y.mapping(n, "event-nouns")) {
                l.eventNouns[noun.lowercased()] = try y.string(value, "the event class of '\(noun)'")
            }
        },
        "qualifiers": { y, n, l throws(InputError) in l.qualifiers.formUnion(try words(y, n)) },
        "not-nouns": { y, n, l throws(InputError) in l.notNouns.formUnion(try words(y, n)) },
        "name-number-before": { y, n, l throws(InputError) in l.nameNumberBefore.formUnion(try words(y, n)) },
        "capitalised-name-number-before": { y, n, l throws(InputError) in
            l.capitalisedNameNumberBefore.formUnion(try words(y, n))
        },
        "amount-units": { y, n, l throws(InputError) in try phrases(y, n, into: &l.measureUnits) },
        "not-count-after": { y, n, l throws(InputError) in try phrases(y, n, into: &l.notCountAfter) },
        "address-words": { y, n, l throws(InputError) in l.addressWords.formUnion(try words(y, n)) },
        "negative-signs": { y, n, l throws(InputError) in l.negativeSigns.formUnion(try words(y, n)) },
        // text.yml
        "abbreviations": { y, n, l throws(InputError) in l.abbreviations.formUnion(try words(y, n)) },
        "clause-openers": { y, n, l throws(InputError) in l.clauseOpeners.formUnion(try words(y, n)) },
        "clause-breaks": { y, n, l throws(InputError) in l.clauseBreaks.formUnion(try words(y, n)) },
        "relative-pronouns": { y, n, l throws(InputError) in l.relativePronouns.formUnion(try words(y, n)) },
        "age-words": { y, n, l throws(InputError) in l.ageWords.formUnion(try words(y, n)) },
        "age-links": { y, n, l throws(InputError) in l.ageLinks.formUnion(try words(y, n)) },
        "contractions": { y, n, l throws(InputError) in
            for (contracted, _, value) in try y.entries(try y.mapping(n, "contractions")) {
                l.spellingEndings.contractions[contracted.lowercased()] = try words(y, value)
            }
        },
        "optional-quote-words": { y, n, l throws(InputError) in l.spellingEndings.optionalWords.formUnion(try words(y, n)) },
        "spelling-endings": { y, n, l throws(InputError) in
            let fields = try y.mapping(n, "spelling-endings")
            try y.requireKnownKeys(fields, ["stem", "pairs"], in: "spelling-endings")
            for (key, _, field) in try y.entries(fields) {
                if key == "stem" {
                    l.spellingEndings.stem = try y.wholeNumber(field, "spelling-endings 'stem'", in: 0...1_000)
                    continue
                }
                for (british, _, value) in try y.entries(try y.mapping(field, "spelling-endings 'pairs'")) {
                    let american = try y.string(value, "the American ending of '\(british)'")
                    guard !british.isEmpty else { throw y.error(value, "spelling-endings: an ending must not be empty") }
                    l.spellingEndings.add(british.lowercased(), american.lowercased())
                }
            }
        },
        // names.yml
        "person-titles": { y, n, l throws(InputError) in try phrases(y, n, into: &l.names.personTitles) },
        "organization-descriptors": { y, n, l throws(InputError) in
            try phrases(y, n, into: &l.names.organizationDescriptors)
        },
        "given-names": { y, n, l throws(InputError) in // grouped by gender: m, f, any
            for (gender, _, value) in try y.entries(try y.mapping(n, "given-names")) {
                guard ["m", "f", "any"].contains(gender) else {
                    throw y.error(value, "given-names are grouped under m, f or any, not '\(gender)'")
                }
                for name in try y.strings(value, "given names") { l.names.givenNames[name.lowercased()] = gender }
            }
        },
        "organization-words": { y, n, l throws(InputError) in l.names.organizationWords.formUnion(try words(y, n)) },
        "not-names": { y, n, l throws(InputError) in l.names.notNames.formUnion(try words(y, n)) },
        "name-particles": { y, n, l throws(InputError) in l.names.particles.formUnion(try words(y, n)) },
        "organization-links": { y, n, l throws(InputError) in l.names.organizationLinks.formUnion(try words(y, n)) },
        "hyphen-particles": { y, n, l throws(InputError) in l.names.hyphenParticles.formUnion(try words(y, n)) },
        "hyphen-adjective-heads": { y, n, l throws(InputError) in l.names.hyphenAdjectiveHeads.formUnion(try words(y, n)) },
        "surname-endings": { y, n, l throws(InputError) in
            l.names.surnameEndings = Array(Set(l.names.surnameEndings + (try words(y, n)))).sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
        },
        "person-verbs": { y, n, l throws(InputError) in l.names.personVerbs.formUnion(try words(y, n)) },
        "surname-genders": { y, n, l throws(InputError) in try NameSections.surnameGenders(y, n, into: &l.names) },
        "patronymic-endings": { y, n, l throws(InputError) in
            let endings = try NameSections.gendered(y, n, "patronymic-endings").map {
                SurnameEnding(ending: $0.word, family: "patronymic", gender: $0.gender)
            }
            l.names.patronymicEndings = NameSections.longestFirst(l.names.patronymicEndings + endings)
        },
        "surname-first": { y, n, l throws(InputError) in l.names.surnameFirst.formUnion(try words(y, n)) },
        "generational-suffixes": { y, n, l throws(InputError) in l.names.generationalSuffixes.formUnion(try words(y, n)) },
        "kin-terms": { y, n, l throws(InputError) in
            for (word, gender) in try NameSections.gendered(y, n, "kin-terms") { l.names.kinTerms[word] = gender }
        },
        "subject-pronouns": { y, n, l throws(InputError) in
            for (word, gender) in try NameSections.gendered(y, n, "subject-pronouns") { l.names.subjectPronouns[word] = gender }
        },
        "possessive-pronouns": { y, n, l throws(InputError) in
            for (word, gender) in try NameSections.gendered(y, n, "possessive-pronouns") { l.names.possessivePronouns[word] = gender }
        },
        "relative-possessives": { y, n, l throws(InputError) in l.names.relativePossessives.formUnion(try words(y, n)) },
        "articles": { y, n, l throws(InputError) in l.names.articles.formUnion(try words(y, n)) },
        "role-links": { y, n, l throws(InputError) in l.names.roleLinks.formUnion(try words(y, n)) },
        "role-stops": { y, n, l throws(InputError) in l.names.roleStops.formUnion(try words(y, n)) },
        "demonym-endings": { y, n, l throws(InputError) in l.names.demonymEndings += try words(y, n) },
        "word-endings": { y, n, l throws(InputError) in l.names.wordEndings += try words(y, n) },
        "title-ranks": { y, n, l throws(InputError) in l.names.titleRanks.formUnion(try words(y, n)) },
        "place-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.names.placeCues) },
        "alias-cues": { y, n, l throws(InputError) in try phrases(y, n, into: &l.names.aliasCues) },
        "place-name-heads": { y, n, l throws(InputError) in l.names.placeNameHeads.formUnion(try words(y, n)) },
        "given-name-classes": { y, n, l throws(InputError) in try NameSections.givenNameClasses(y, n, into: &l.names) },
        // romanisation.yml
        "letter-folds": { y, n, l throws(InputError) in try NameSections.letterFolds(y, n, into: &l.names) },
        "romanisation-classes": { y, n, l throws(InputError) in
            l.names.equivalences += try NameSections.equivalences(y, n, "romanisation-classes", defaultCost: 0)
        },
        "cognate-alternations": { y, n, l throws(InputError) in
            l.names.equivalences += try NameSections.equivalences(y, n, "cognate-alternations", defaultCost: nil)
        },
        "romanisation-systems": { y, n, l throws(InputError) in l.names.equivalences += try NameSections.systems(y, n) },
        "name-matching": { y, n, l throws(InputError) in try NameSections.matching(y, n, into: &l.names) },
    ]

    /// The section names a lexicon file may use.
    public static var sectionNames: [String] { sections.keys.sorted() }

    // MARK: - Private

    private static func words(_ y: YAMLSource, _ node: Node) throws(InputError) -> [String] {
        try y.strings(node, "a list of words").map { $0.lowercased() }
    }

    private static func phrases(_ y: YAMLSource, _ node: Node, into table: inout PhraseTable<Bool>) throws(InputError) {
        for phrase in try words(y, node) { table.add(phrase, true) }
    }

    private static func numbers(_ y: YAMLSource, _ node: Node, into map: inout WordMap<Double>) throws(InputError) {
        for (word, _, value) in try y.entries(try y.mapping(node, "a mapping of words to numbers")) {
            map[word.lowercased()] = try y.number(value, "'\(word)'")
        }
    }

    private static func integers(_ y: YAMLSource, _ node: Node, in range: ClosedRange<Int>,
                                 into map: inout WordMap<Int>) throws(InputError) {
        for (word, _, value) in try y.entries(try y.mapping(node, "a mapping of words to numbers")) {
            map[word.lowercased()] = try y.wholeNumber(value, "'\(word)'", in: range)
        }
    }

    private static func operators(_ y: YAMLSource, _ node: Node, into table: inout PhraseTable<Lexicon.Operator>) throws(InputError) {
        for (symbol, keyNode, value) in try y.entries(try y.mapping(node, "a mapping of operators to phrases")) {
            guard let op = Lexicon.Operator(rawValue: symbol) else {
                throw y.error(keyNode, "unknown operator '\(symbol)'; use >, >=, <, <= or ~")
            }
            for phrase in try words(y, value) { table.add(phrase, op) }
        }
    }

    private static func unit(_ y: YAMLSource, _ node: Node) throws(InputError) -> TimeUnit {
        let name = try y.string(node, "a time unit")
        guard let unit = TimeUnit(rawValue: name) else {
            throw y.error(node, "unknown time unit '\(name)'; known units: \(TimeUnit.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return unit
    }
}
