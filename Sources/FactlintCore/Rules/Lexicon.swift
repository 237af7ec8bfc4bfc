/// The language knowledge factlint reads from `Rules/lexicon/*.yml`: number words, bounds,
/// calendar words, event and noun classes, and how text is put together. Compiled once at load
/// into lookup tables; the extractors and the claim builder never hold English words themselves.
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
    }

    /// A vague duration: "decades" is at least 20 years.
    public struct VagueDuration: Sendable, Hashable {
        public var unit: TimeUnit
        public var atLeast: Double
    }

    // Numbers
    public var numberWords: [String: Double] = [:]
    public var tens: [String: Double] = [:]
    public var scales: [String: Double] = [:]
    public var scaleSuffixes: [String: Double] = [:]
    public var multipliers: [String: Double] = [:]
    public var fractions: [String: Double] = [:]
    public var negativeSigns: Set<String> = []
    public var ordinals: Set<String> = []
    public var ordinalSuffixes: Set<String> = []
    public var pronounOneBefore = PhraseTable<Bool>()
    public var pronounOneAfter = PhraseTable<Bool>()

    // Quantifiers
    public var boundsBefore = PhraseTable<Operator>()
    public var boundsAfter = PhraseTable<Operator>()
    public var vague = PhraseTable<Double>()
    public var relativeBefore: Set<String> = []
    public var relativeAfter: Set<String> = []
    public var distributive = PhraseTable<Bool>()
    public var rangeConnectives: Set<String> = []
    public var alternativeConnectives: Set<String> = []
    public var rangeOpeners: Set<String> = []
    public var percent = PhraseTable<Bool>()
    public var percentagePoints = PhraseTable<Bool>()

    // Calendar
    public var months: [String: Int] = [:]
    public var ambiguousMonths: Set<String> = []
    public var weekdays: [String: Int] = [:]
    public var ambiguousWeekdays: Set<String> = []
    public var timeUnits: [String: TimeUnit] = [:]
    public var vagueDurations = PhraseTable<VagueDuration>()
    public var vagueDurationAdjectives: Set<String> = []
    public var relativeDays: [String: Int] = [:]
    public var relativeModifiers: [String: RelativeTime.Direction] = [:]
    public var ago: Set<String> = []
    public var futureCues = PhraseTable<Bool>()
    public var pastCues = PhraseTable<Bool>()
    public var since: Set<String> = []
    public var until: Set<String> = []
    public var dateRangeOpeners: Set<String> = []
    public var dateRangeConnectives: Set<String> = []
    public var yearRange: ClosedRange<Int> = 1800...2100

    // Events
    public var eventClasses: [String: EventClass] = [:]
    public var events = PhraseTable<String>()
    public var notEvents = PhraseTable<Bool>()
    public var attribution = PhraseTable<Bool>()
    public var attributePrepositions: Set<String> = []
    public var attributeDeterminers: Set<String> = []
    public var appositiveOpeners = PhraseTable<Bool>()
    public var hedges = PhraseTable<Bool>()

    // Nouns
    public var nounClasses = PhraseTable<String>()
    public var genericNouns: Set<String> = []
    public var tollNouns = PhraseTable<String>()
    public var auxiliaries: Set<String> = []
    public var moneyClasses: Set<String> = []
    public var uncountedNouns: Set<String> = []
    public var eventNouns: [String: String] = [:]
    public var qualifiers: Set<String> = []
    public var notNouns: Set<String> = []
    public var nameNumberBefore: Set<String> = []
    public var capitalisedNameNumberBefore: Set<String> = []
    public var notCountAfter = PhraseTable<Bool>()
    public var addressWords: Set<String> = []

    // Text
    public var abbreviations: Set<String> = []
    public var clauseOpeners: Set<String> = []
    public var clauseBreaks: Set<String> = []
    public var ageWords: Set<String> = []

    // Names (person, organisation and place recognition; transliteration-aware matching)
    public var names = NameLexicon()

    public init() {}

    /// The tokenizer configured with this lexicon's abbreviations.
    public var tokenizer: Tokenizer { Tokenizer(abbreviations: abbreviations) }
}
