/// The language knowledge factlint reads from `Rules/lexicon/*.yml`: number words, bounds,
/// calendar words, event and noun classes, and how text is put together. Compiled once at load
/// into lookup tables; the extractors and the claim builder never hold English words themselves.
/// The extractors hold it through a `SharedLexicon`, a reference, so that it is never copied.
public struct Lexicon: Sendable {
    /// A bound or blur on a number.
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        case greater = ">", atLeast = ">=", less = "<", atMost = "<=", about = "~"
    }

    /// What kind of fact an event class reports.
    public enum EventKind: String, Sendable, Hashable, CaseIterable {
        case event, state, request, attribute
    }

    /// One event class.
    public struct EventClass: Sendable, Hashable {
        public var id: String
        public var kind: EventKind
        /// The class that with this one makes up a whole group (for ratio checks).
        public var complement: String?
        /// A duration of this class runs up to the time of writing ("has ruled for 31 years"), so
        /// it can be checked against a start date ("since 1987") and the reference date.
        public var ongoing: Bool = false
        /// The class counts money.
        public var money: Bool = false
        /// The class is an attribute of no person: its length is stated for the thing itself
        /// ("a state of emergency for 30 days", "a 72-hour ceasefire").
        public var impersonal: Bool = false
        /// The things the class counts, as noun classes or singular nouns ("won 40 seats",
        /// "cut 300 jobs"); nil when it counts anything. A count of another thing is not its.
        public var things: WordSet?
        /// A count of the class is the clause subject's own ("Jane Doe received 10 million
        /// votes"): keyed by that name, and not keyed without one.
        public var bySubject: Bool = false
        /// The class happens to one person (an escape, taking office): a date of it whose
        /// clause names nobody is the one such person's the story names, and is compared only
        /// when the story names exactly one (`FrameUnification`).
        public var personal: Bool = false
        /// The class a date of this one is keyed as: said of one person, the two report one
        /// happening ("vanished from his cell on Sunday" dates the escape).
        public var datedAs: String?
        /// A date of the class is the event's own, whatever its clause counts: the votes, the
        /// voters and the polling stations of one vote are all counted on its one day.
        public var ownDate: Bool = false
    }

    /// A vague duration: "decades" is at least 20 years.
    public struct VagueDuration: Sendable, Hashable {
        public var unit: TimeUnit
        public var atLeast: Double
    }

    // Numbers
    public var numberWords: WordMap<Double> = [:]
    public var tens: WordMap<Double> = [:]
    public var scales: WordMap<Double> = [:]
    public var scaleSuffixes: WordMap<Double> = [:]
    public var multipliers: WordMap<Double> = [:]
    public var fractions: WordMap<Double> = [:]
    /// Decimal places a fraction stated as a share of a whole is read to ("a third" of the staff: 0.33).
    public var shareDecimals = 2
    /// Words joining whole and decimal digits in words ("three point five").
    public var decimalPoints: WordSet = []
    /// Denominators a fraction in digits may have ("4 1/2"; not "9/11").
    public var digitFractionDenominators: Set<Int> = []
    /// Names that begin with a numeral, pieces joined and lower-cased ("3m", "7-eleven").
    public var namesWithNumerals: WordSet = []

    /// Every word or punctuation mark a date, a duration or a quantity can start with, as one
    /// table: a word or mark → the `Extraction` bits of the kinds it may begin (`compile()`;
    /// nil until then, when every token is tried). A document's tokens are looked up once for
    /// all three (`ExtractionContext.starts`); most start none and are turned away without each
    /// extractor's cascade of tables. Digits are always tried; a mark an extractor reads first
    /// ("$", a minus sign, a bound like ">") must be in its kind's set.
    public private(set) var startKinds: WordMap<UInt8>?

    /// Each word of the tables `Lookup` names → the bits of those that hold it (`compile()`;
    /// nil until then, when every table is looked up): read once per distinct word of the
    /// documents, so that an extractor asks a table only for a token it may hold.
    public private(set) var lookupKinds: WordMap<UInt64>?

    /// Whether a word starting with two bytes (the first byte × 256 + the second) may stem to
    /// a word of a lemma table (`compile()`; nil until then, when every word may).
    public private(set) var stemPrefixes: [Bool]?

    /// Whether a word may stem to a word of a lemma table (`stemPrefixes`; every word may
    /// without them): words that cannot are not stemmed.
    @inline(__always)
    public static func mayStem(_ word: String, _ stemPrefixes: [Bool]?) -> Bool {
        guard let stemPrefixes else { return true }
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next() else { return false }
        return stemPrefixes[Int(first) << 8 | Int(second)]
    }

    /// The `Extraction.event` bit by the stem a lemma event phrase starts with (`compile()`),
    /// added to a token's `startKinds` bits by its stem.
    public private(set) var stemStartKinds: WordMap<UInt8>?

    /// Bits of `startKinds`, one per extraction that scans for its start words.
    public enum Extraction {
        public static let time: UInt8 = 1
        public static let duration: UInt8 = 2
        public static let quantity: UInt8 = 4
        /// A first word of an event phrase (`events`).
        public static let event: UInt8 = 8
        /// A first word of a not-event phrase (`notEvents`).
        public static let notEvent: UInt8 = 16
        /// A first word of a hedge (`hedges`).
        public static let hedge: UInt8 = 32
        /// A word a number written in words can start with ("a" of "a dozen", "three").
        public static let numberWord: UInt8 = 64
        /// A first word of a future or past cue (`futureCues`, `pastCues`): a clause's tense is
        /// looked for only at its tokens with this bit.
        public static let tenseCue: UInt8 = 128
        /// Every extraction: a token that starts any, or one not looked up (a number).
        public static let all: UInt8 = 0xFF
    }

    /// Builds the tables derived from others, once every lexicon file is read.
    public mutating func compile() {
        // The articles before "a dozen", "a quarter of a million", "one-third of a".
        let numbers = Set(["a", "an", "one"] + numberWords.map(\.0) + tens.map(\.0) + fractions.map(\.0))

        var starts = numbers
        for table in [since, until, dateRangeOpeners] { starts.formUnion(table) }
        starts.formUnion(relativeDays.map(\.0))
        starts.formUnion(relativeModifiers.map(\.0))
        starts.formUnion(weekdays.map(\.0))
        starts.formUnion(months.map(\.0))
        starts.formUnion(clock.startWords)
        // A phrase that opens with a determiner ("the end of") is found from its next word ("end of"):
        // a determiner, among the commonest words, never starts the scan.
        starts.formUnion(relativeDayPhrases.firstWords.filter { !determiners.contains($0) })
        starts.formUnion(weekendWords)
        starts.formUnion(datePartWords.firstWords.filter { !determiners.contains($0) })
        starts.formUnion(ordinalNumbers.map(\.0))
        starts.formUnion(tens.map(\.0))

        var durations = numbers.union(["between"])
        durations.formUnion(boundsBefore.firstWords)
        durations.formUnion(timeUnits.map(\.0))
        durations.formUnion(vagueDurations.firstWords)
        durations.formUnion(relativeModifiers.map(\.0))

        var quantities = numbers.union(["-", "$", "€", "£"])
        quantities.formUnion(measures.unitsBefore.firstWords)
        quantities.formUnion(vague.firstWords)
        quantities.formUnion(boundsBefore.firstWords)
        quantities.formUnion(rangeOpeners)
        quantities.formUnion(negativeSigns)
        quantities.formUnion(currencyPrefixes)

        var kinds: WordMap<UInt8> = [:]
        let phrases = [(Set(exactEvents.firstWords), Extraction.event), (Set(notEvents.firstWords), Extraction.notEvent),
                       (Set(hedges.firstWords), Extraction.hedge),
                       (Set(futureCues.firstWords + pastCues.firstWords), Extraction.tenseCue)]
        let kindsOfStart = [(starts, Extraction.time), (durations, Extraction.duration), (quantities, Extraction.quantity),
                            (numbers, Extraction.numberWord)]
        for (words, bit) in kindsOfStart + phrases {
            for word in words { kinds[word] = (kinds[word] ?? 0) | bit }
        }
        startKinds = kinds
        lookupKinds = lookupTable()
        // The first two bytes of every stem a lemma table holds: a word that starts otherwise
        // cannot stem to any, and is not stemmed. The stemmer keeps a word's first two letters,
        // but for its exceptions "dying", "lying", "tying" (→ die, lie, tie).
        var prefixes = [Bool](repeating: false, count: 1 << 16)
        for word in events.allWords {
            let bytes = Array(word.utf8)
            guard bytes.count >= 2 else { continue }
            prefixes[Int(bytes[0]) << 8 | Int(bytes[1])] = true
            if bytes.count == 3, bytes[1] == UInt8(ascii: "i"), bytes[2] == UInt8(ascii: "e") {
                prefixes[Int(bytes[0]) << 8 | Int(UInt8(ascii: "y"))] = true
            }
        }
        stemPrefixes = prefixes
        var stemKinds: WordMap<UInt8> = [:]
        for word in Set(events.firstWords) { stemKinds[word] = Extraction.event }
        stemStartKinds = stemKinds
        clauseBreaksHaveWords = clauseBreaks.contains { $0.contains { $0.isLetter || $0.isNumber } }
        var notNames = names.notNames
        for table in [numberWords.keys, tens.keys, scales.keys, weekdays.keys, months.keys] { notNames.formUnion(table) }
        notNames.formUnion(ordinals)
        wordsNoName = notNames
    }

    /// Single words that are never a name or part of one: the names lexicon's `notNames`,
    /// numbers, tens, scales, ordinals, weekdays and months, in one table (`compile()`; nil
    /// until then), so that the name extractor asks once where it asked seven times.
    public private(set) var wordsNoName: WordSet?

    /// Whether a single word is never a name: one look-up in `wordsNoName` once compiled, the
    /// seven tables it is made of before.
    @inline(__always)
    public func isNeverAName(_ word: String) -> Bool {
        if let wordsNoName { return wordsNoName.contains(word) }
        return names.notNames.contains(word) || numberWords[word] != nil || tens[word] != nil || scales[word] != nil
            || ordinals.contains(word) || weekdays[word] != nil || months[word] != nil
    }

    /// Whether a clause break is written with a letter or digit: when none is (";", ":"), no
    /// word or number token can be one, and the clause reader need not look them up. True
    /// until `compile` says otherwise.
    public private(set) var clauseBreaksHaveWords = true

    public var negativeSigns: WordSet = []
    public var ordinals: WordSet = []
    public var ordinalSuffixes: WordSet = []
    public var pronounOneBefore = PhraseTable<Bool>()
    public var pronounOneAfter = PhraseTable<Bool>()

    // Function words (function-words.yml)
    /// Words after "of" that make a count a part of a whole ("two of the three", "of their").
    public var partitiveDeterminers: WordSet = []
    /// Words before a count that make it a known group ("the 37", "all 12").
    public var definiteDeterminers: WordSet = []
    /// Words that open a noun phrase ("its embassy", "the border").
    public var determiners: WordSet = []
    /// Words before a year that make it a modifier, not a count ("the 2020 elections").
    public var yearModifierOpeners: WordSet = []
    /// Words before a month that is also a common word ("in May", "since March").
    public var monthOpeners: WordSet = []
    /// Words before a month or weekday that make it a date, not the start of a name
    /// ("in June Smith said"; but "June Almeida").
    public var datePrepositions: WordSet = []
    /// Words before a vague plural of time that make it no length of time ("the years", "recent months").
    public var notDurationBefore: WordSet = []
    /// The word after "years" that makes an age ("33 years old", "69-year-old").
    public var ageAfter: WordSet = []
    /// Endings of words that end in "s" without being plurals ("process", "status", "famous").
    public var notPluralEndings: [String] = []

    public var boundsBefore = PhraseTable<Operator>()
    public var boundsAfter = PhraseTable<Operator>()
    /// Bounds-after phrases that may follow the counted noun ("1,000 employees or more").
    public var boundsAfterNoun = PhraseTable<Bool>()
    public var vague = PhraseTable<Double>()
    public var relativeBefore: WordSet = []
    public var relativeAfter: WordSet = []
    public var distributive = PhraseTable<Bool>()
    public var rangeConnectives: WordSet = []
    public var alternativeConnectives: WordSet = []
    public var rangeOpeners: WordSet = []
    /// Endings of adverbs that may stand between a verb and what it governs ("fell sharply from").
    public var adverbEndings: [String] = []
    /// Words read as zero inside a year in words ("nineteen oh five").
    public var yearZeroWords: WordSet = []
    /// Verbs of change before "from N to M": two levels, not a range ("rose from 4% to 5%").
    public var changeVerbs: WordSet = []
    /// Letters of a country before a currency sign ("us" of "US$100").
    public var currencyPrefixes: WordSet = []
    public var percent = PhraseTable<Bool>()
    public var percentagePoints = PhraseTable<Bool>()

    // Calendar
    public var months: WordMap<Int> = [:]
    public var ambiguousMonths: WordSet = []
    public var weekdays: WordMap<Int> = [:]
    public var ambiguousWeekdays: WordSet = []
    public var timeUnits: WordMap<TimeUnit> = [:]
    public var vagueDurations = PhraseTable<VagueDuration>()
    public var vagueDurationAdjectives: WordSet = []
    public var relativeDays: WordMap<Int> = [:]
    public var relativeModifiers: WordMap<RelativeTime.Direction> = [:]
    public var ago: WordSet = []
    /// Phrases for a day relative to the reference date ("this morning": 0, "the night before last": -2).
    public var relativeDayPhrases = PhraseTable<Int>()
    /// Words for the end of a week ("weekend").
    public var weekendWords: WordSet = []
    /// Words before a date that name a part of it ("mid-", "early", "the end of").
    public var datePartWords = PhraseTable<Bool>()
    /// Ordinal words and their numbers ("fifth": 5).
    public var ordinalNumbers: WordMap<Int> = [:]
    /// Whether a slashed date whose first two fields could both be a month gives the month first.
    public var numericDateMonthFirst = true
    /// Words between a date range's first date and its connective ("and running through").
    public var dateRangeGapWords: WordSet = []
    /// Words between an amount and its unit of time ("six long years").
    public var durationAdjectives: WordSet = []
    public var futureCues = PhraseTable<Bool>()
    public var pastCues = PhraseTable<Bool>()
    public var since: WordSet = []
    public var until: WordSet = []
    public var dateRangeOpeners: WordSet = []
    public var dateRangeConnectives: WordSet = []
    public var yearRange: ClosedRange<Int> = 1800...2100
    /// Times of day and parts of the day.
    public var clock = ClockLexicon()
    /// Words around an impersonal state that say which phase of it a date gives, by phase
    /// ("declared a curfew" → declared, "the curfew was lifted" → lifted, "took effect").
    public var statePhases = PhraseTable<String>()
    /// Verbs that give a state's or event's length after them ("lasted five hours").
    public var lastingVerbs = PhraseTable<Bool>()
    /// Subject pronouns that refer to the previous sentence's state or event ("It lasted …").
    public var referringPronouns: WordSet = []
    /// Words after a length that make it the time between two moments ("six hours earlier").
    public var offsetWords: WordSet = []
    /// Phases that start a state and phases that end it: the time between is its length.
    public var startingPhases: WordSet = []
    public var endingPhases: WordSet = []
    /// Words that make "in N years" after them the gap since the last occurrence, not a
    /// length ("the first time in 40 years", "the worst flooding in a century").
    public var recurrenceMarkers: WordSet = []
    /// The prepositions of such a gap ("in", "since").
    public var recurrencePrepositions: WordSet = []
    /// Words by which a speaker names themself ("I", "my"): inside a quote, the quote's speaker.
    public var firstPersonPronouns: WordSet = []

    // Events
    public var eventClasses: WordMap<EventClass> = [:]
    /// Event phrases by the stems of their words (an event class's `forms`, lemmas).
    public var events = PhraseTable<String>()
    /// Event phrases matched as written (an event class's `exact` forms), where a stem would
    /// also match another word ("marched", not "March"; "handed", not "hand").
    public var exactEvents = PhraseTable<String>()
    /// Nouns an event noun before them modifies ("election spokesman", "vote count"): there the
    /// event noun names no event (`events.yml`: event-noun-heads).
    public var eventNounHeads: WordSet = []
    public var notEvents = PhraseTable<Bool>()
    public var attribution = PhraseTable<Bool>()
    public var attributePrepositions: WordSet = []
    public var attributeDeterminers: WordSet = []
    public var appositiveOpeners = PhraseTable<Bool>()
    public var hedges = PhraseTable<Bool>()

    // Nouns
    /// Counted nouns by the stems of their words ("prisoner" matches "prisoners").
    public var nounClasses = PhraseTable<String>()
    /// Nouns of one-off happenings ("attack", "crash"), by singular, each to its class: a
    /// calendar day written before one ("the June 4 crash") is the happening's own date.
    public var incidentNouns = PhraseTable<String>()
    public var genericNouns: WordSet = []
    /// Nationality words, lower-cased, to the adjective as written first for the country
    /// ("thais", "thai" → "Thai"): a count of a country's people names them so.
    public var demonyms: WordMap<String> = [:]
    /// Country names, lower-cased, to the adjective of their people ("thailand" → "Thai").
    public var countries: WordMap<String> = [:]
    /// Counted nouns that a nationality turns into that country's people ("Thai citizens").
    public var demonymHeads: WordSet = []
    /// Words that, right after a count with no noun, say it counts people and what befell
    /// them ("2,000 dead and 9,000 injured", "left 12 dead").
    public var peopleAdjectives: WordSet = []
    /// Toll nouns by the stems of their words ("death toll" matches "death tolls").
    public var tollNouns = PhraseTable<String>()
    public var auxiliaries: WordSet = []
    /// Words that join counts of one head noun written once ("8 Thai and 5 Nepali workers").
    public var coordinators: WordSet = []
    /// Words that link a place to its tally in a list ("with"): `parallel-links`.
    public var parallelLinks: WordSet = []
    public var moneyClasses: WordSet = []
    public var uncountedNouns: WordSet = []
    public var eventNouns: WordMap<String> = [:]
    public var qualifiers: WordSet = []
    public var notNouns: WordSet = []
    public var nameNumberBefore: WordSet = []
    public var capitalisedNameNumberBefore: WordSet = []
    public var notCountAfter = PhraseTable<Bool>()
    /// Units of measure: a number before one is an amount of it, the unit dropped ("570 kilometres").
    public var measureUnits = PhraseTable<Bool>()
    public var addressWords: WordSet = []

    // Frames (frames.yml)
    public var frames = FrameWords()

    /// The words that fill a claim frame's slots around a figure (`Rules/lexicon/frames.yml`).
    public struct FrameWords: Sendable {
        /// Before a place name: the figure holds there ("in", "across", "elsewhere in").
        public var placePrepositions = PhraseTable<Bool>()
        /// Lower-case nouns that may follow a place's name as part of it ("province").
        public var placeNouns: WordSet = []
        /// After a place noun, words that describe the place by another ("that includes", "home to").
        public var describedPlaceLinks = PhraseTable<Bool>()
        /// The whole scene's figure ("nationwide", "in all").
        public var wholePlaceWords = PhraseTable<Bool>()
        /// Source verbs besides the reporting verbs ("put the toll at", "estimated", "citing").
        public var sourcePhrases = PhraseTable<Bool>()
        /// Words after which the source follows ("according to X").
        public var sourceAfter = PhraseTable<Bool>()
        /// Just before a count: a part of a group counted elsewhere ("included two firefighters").
        public var subsetCues = PhraseTable<Bool>()
        /// Before a figure: a count of another round of the event ("another batch of 17").
        public var otherRoundCues = PhraseTable<Bool>()
        /// In a date's clause: the event's other round ("a runoff", "the second round"), whose
        /// date is not the story's round's.
        public var otherRoundEvents = PhraseTable<Bool>()
        /// Nouns for a report ("figures from X"): skipped to reach the source.
        public var sourceReportNouns: WordSet = []
        /// The words between a report noun and its source ("figures from X").
        public var sourceReportLinks: WordSet = []
        /// Sources too vague to tell apart ("officials"): read as no source.
        public var vagueSources: WordSet = []
        /// Reporting verbs whose source may follow them (", said the ministry").
        public var sourceInverted: WordSet = []
        /// Subjects that name no source ("he said").
        public var sourcePronouns: WordSet = []
        /// Before a figure: a projection ("could reach").
        public var projectionCues = PhraseTable<Bool>()
        /// An estimate ("an estimated").
        public var estimateCues = PhraseTable<Bool>()
        /// A denial ("denied that").
        public var denialCues = PhraseTable<Bool>()
        /// Before a figure: an earlier figure ("previously", "up from").
        public var earlierCues = PhraseTable<Bool>()
        /// "from N to M": the first word and the second.
        public var changeFrom: WordSet = []
        public var changeTo: WordSet = []

        public init() {}
    }

    // Text
    public var abbreviations: WordSet = []
    public var clauseOpeners: WordSet = []
    public var clauseBreaks: WordSet = []
    /// Words that open a relative clause after a comma ("the toll, which …, has risen to 130").
    public var relativePronouns: WordSet = []
    public var ageWords: WordSet = []
    /// Words between an age word and the numbers it governs ("the ages of 4 and 75"): `age-links`.
    public var ageLinks: WordSet = []
    public var spellingEndings = SpellingEndings()

    // Names (person, organisation and place recognition; transliteration-aware matching)
    public var names = NameLexicon()

    // Measurements and changes of a level (measures.yml)
    public var measures = MeasureLexicon()

    public init() {}

    /// The tokenizer configured with this lexicon's abbreviations.
    public var tokenizer: Tokenizer { Tokenizer(abbreviations: abbreviations) }
}
