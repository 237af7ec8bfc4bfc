import Yams

/// What factlint knows about measurements and changes of a level (`Rules/lexicon/measures.yml`):
/// units of measure by family, the things a measurement is about, the words that pick one of
/// several events of a kind ("the largest", "the latest"), reference points of distances, and
/// the verbs, nouns, levels and trading sessions of percent changes.
public struct MeasureLexicon: Sendable {
    /// One unit of measure: its family and its size in the family's base unit.
    public struct Unit: Sendable, Hashable {
        public var family: String
        public var size: Double
    }

    /// Unit words written after a number ("35 km", "6.3 magnitude", "5.9 on the Richter scale").
    public var unitsAfter = PhraseTable<Unit>()
    /// Unit words written before a number ("magnitude 6.2", "a magnitude of 6.3").
    public var unitsBefore = PhraseTable<Unit>()
    /// Nouns of things measured ("earthquake", "aftershock"), each to its class.
    public var things = PhraseTable<String>()
    /// The thing a family measures when the sentence names none (magnitude: an earthquake).
    public var defaultThings: WordMap<String> = [:]
    /// Words naming one dimension of a thing ("depth", "height"; "deep" after the unit), each
    /// to the dimension.
    public var dimensions = PhraseTable<String>()
    /// Words that pick one of several events of a kind, each to the instance it picks ("the
    /// latest", "a second"); the instance "main" is the story's main event, the same as none.
    public var selectors = PhraseTable<String>()
    /// Compass directions between a distance and its reference point ("north-west of").
    public var directions = PhraseTable<Bool>()
    /// Prepositions before a distance's reference point ("of", "from").
    public var referencePrepositions: WordSet = []
    /// Verbs and words of a change of a level, each to its direction ("fell", "rose").
    public var changeVerbs = PhraseTable<String>()
    /// Nouns of a change ("a drop of 20%", "a 7% drop"), each to its direction.
    public var changeNouns = PhraseTable<String>()
    /// Levels whose changes are compared ("shares", "stock", "share price"), each to its class.
    public var levels = PhraseTable<String>()
    /// Trading sessions a change belongs to ("in after-hours trading", "closed down"), each to its id.
    public var sessions = PhraseTable<String>()
    /// Prepositions between a level and its owner ("shares of Acme", "shares in Acme").
    public var ownerPrepositions: WordSet = []
    /// Prepositions of place: a name right after one is a place, never the owner of a level.
    public var placePrepositions: WordSet = []
    /// Words of an organisation's name that are its legal form, dropped when it owns a level
    /// ("Corp", "Inc").
    public var legalForms: WordSet = []

    /// Nouns of votes ("votes", "ballots").
    public var voteNouns: WordSet = []
    /// Verbs that give a candidate a figure ("got", "received", "trailed with"), each to its event class.
    public var voteVerbs = PhraseTable<String>()
    /// The event class of a candidate's count when no verb gives one ("and Y 9,000"): the first of `vote-verbs`.
    public var candidateEvent: String?
    /// Words before a figure that make it the total ("out of", "of the"), each to its event class.
    public var voteTotalsBefore = PhraseTable<String>()
    /// Events written after a vote count ("cast", "counted", "voided"), each to its class.
    public var voteEventsAfter = PhraseTable<String>()
    /// Words that pair a list of names with a list of figures in order ("respectively").
    public var respectively: WordSet = []

    public init() {}
}

extension MeasureLexicon {
    /// The lexicon sections this table is read from, for `LexiconLoader`.
    static let sections: [String: @Sendable (YAMLSource, Node, inout Lexicon) throws(InputError) -> Void] = [
        "measure-units": { y, n, l throws(InputError) in
            for (id, _, value) in try y.entries(try y.mapping(n, "measure-units")) {
                let fields = try y.mapping(value, "unit '\(id)'")
                try y.requireKnownKeys(fields, ["family", "size", "after", "before"], in: "a unit of measure")
                var family: String?
                var size = 1.0
                var after: [String] = []
                var before: [String] = []
                for (key, _, field) in try y.entries(fields) {
                    switch key {
                    case "family": family = try y.string(field, "family")
                    case "size": size = try y.number(field, "size")
                    case "after": after = try y.strings(field, "after")
                    default: before = try y.strings(field, "before")
                    }
                }
                guard let family else { throw y.error(value, "unit '\(id)' needs a family") }
                guard size > 0 else { throw y.error(value, "unit '\(id)': size must be positive") }
                let unit = Unit(family: family, size: size)
                for form in after { l.measures.unitsAfter.add(form.lowercased(), unit) }
                for form in before { l.measures.unitsBefore.add(form.lowercased(), unit) }
            }
        },
        "measured-things": { y, n, l throws(InputError) in try classes(y, n, "measured-things", into: &l.measures.things) },
        "measure-default-things": { y, n, l throws(InputError) in
            for (family, _, value) in try y.entries(try y.mapping(n, "measure-default-things")) {
                l.measures.defaultThings[family] = try y.string(value, "the default thing of '\(family)'")
            }
        },
        "dimensions": { y, n, l throws(InputError) in try classes(y, n, "dimensions", into: &l.measures.dimensions) },
        "instance-selectors": { y, n, l throws(InputError) in
            try classes(y, n, "instance-selectors", into: &l.measures.selectors)
        },
        "directions": { y, n, l throws(InputError) in
            for phrase in try y.strings(n, "directions") { l.measures.directions.add(phrase.lowercased(), true) }
        },
        "reference-prepositions": { y, n, l throws(InputError) in
            l.measures.referencePrepositions.formUnion(try y.strings(n, "reference-prepositions").map { $0.lowercased() })
        },
        "change-verbs": { y, n, l throws(InputError) in try classes(y, n, "change-verbs", into: &l.measures.changeVerbs) },
        "change-nouns": { y, n, l throws(InputError) in try classes(y, n, "change-nouns", into: &l.measures.changeNouns) },
        "levels": { y, n, l throws(InputError) in try classes(y, n, "levels", into: &l.measures.levels) },
        "trading-sessions": { y, n, l throws(InputError) in try classes(y, n, "trading-sessions", into: &l.measures.sessions) },
        "owner-prepositions": { y, n, l throws(InputError) in
            l.measures.ownerPrepositions.formUnion(try y.strings(n, "owner-prepositions").map { $0.lowercased() })
        },
        "measure-place-prepositions": { y, n, l throws(InputError) in
            l.measures.placePrepositions.formUnion(try y.strings(n, "measure-place-prepositions").map { $0.lowercased() })
        },
        "vote-nouns": { y, n, l throws(InputError) in
            l.measures.voteNouns.formUnion(try y.strings(n, "vote-nouns").map { $0.lowercased() })
        },
        "vote-verbs": { y, n, l throws(InputError) in
            try classes(y, n, "vote-verbs", into: &l.measures.voteVerbs)
            if l.measures.candidateEvent == nil { l.measures.candidateEvent = try y.entries(try y.mapping(n, "vote-verbs")).first?.key }
        },
        "vote-totals-before": { y, n, l throws(InputError) in
            try classes(y, n, "vote-totals-before", into: &l.measures.voteTotalsBefore)
        },
        "vote-events-after": { y, n, l throws(InputError) in
            try classes(y, n, "vote-events-after", into: &l.measures.voteEventsAfter)
        },
        "respectively": { y, n, l throws(InputError) in
            l.measures.respectively.formUnion(try y.strings(n, "respectively").map { $0.lowercased() })
        },
        "legal-forms": { y, n, l throws(InputError) in
            l.measures.legalForms.formUnion(try y.strings(n, "legal-forms").map { $0.lowercased() })
        },
    ]

    /// A mapping of class → phrases, filed phrase → class.
    private static func classes(_ y: YAMLSource, _ n: Node, _ section: String,
                                into table: inout PhraseTable<String>) throws(InputError) {
        for (id, _, value) in try y.entries(try y.mapping(n, section)) {
            for form in try y.strings(value, "the forms of '\(id)'") { table.add(form.lowercased(), id) }
        }
    }
}
