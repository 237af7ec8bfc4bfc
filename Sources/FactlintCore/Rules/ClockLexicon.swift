/// The words of times of day (`calendar.yml`): the halves of the day ("a.m.", "p.m."), times
/// written as words ("noon"), the words that open or blur a time ("at", "around"), time zones,
/// and parts of the day ("morning", "night") as stretches of minutes. Read by
/// `ClockTimeExtractor` and the claim builder.
public struct ClockLexicon: Sendable {
    /// A part of the day: minutes after its midnight, from `from` to `to` (a `to` past 1440 ends
    /// on the next day: a night runs from 18:00 to 06:00 the next morning).
    public struct Part: Sendable, Hashable {
        public var from: Int
        public var to: Int
    }

    /// A word that narrows a part of the day to a share of it ("late": its last two thirds), as
    /// fractions of the part's length.
    public struct Narrowing: Sendable, Hashable {
        public var from: Double
        public var to: Double
    }

    /// Words after an hour and the minutes they add: "a.m." 0, "p.m." 720.
    public var meridiems = PhraseTable<Int>()
    /// Words after an hour that make it a time of either half of the day ("8 o'clock").
    public var hourWords = PhraseTable<Bool>()
    /// Times written as words, in minutes after midnight ("noon": 720).
    public var words: WordMap<Int> = [:]
    /// Words before a time of day that make a bare "9:40" a time ("at", "around", "as of").
    public var openers = PhraseTable<Bool>()
    /// Words before a time of day that make it approximate ("around", "about").
    public var approximators = PhraseTable<Bool>()
    /// Minutes each side of an approximate time, by the precision it is written to.
    public var margins: [DatePoint.Precision: Int] = [.hour: 30, .minute: 10]
    /// Time zones written after a time ("GMT" → UTC, "local time" → local).
    public var zones = PhraseTable<String>()
    /// The word after a capitalised place that names its zone ("Cairo time").
    public var zoneNouns: WordSet = []
    /// Parts of the day ("morning", "night").
    public var parts: WordMap<Part> = [:]
    /// The stretch a weekday or date stands for when a narrowing word comes without a part ("late Tuesday").
    public var wholeDay = Part(from: 0, to: 1440)
    /// Words that narrow a part of the day or a day ("late", "early").
    public var narrowings: WordMap<Narrowing> = [:]
    /// Words before a part of the day that name its day relative to the reference date ("last
    /// night": -1, "this morning": 0).
    public var partDays: WordMap<Int> = [:]

    /// Words for a weekend ("weekend").
    public var weekendWords: WordSet = []
    /// The ISO weekdays a weekend runs from and to (Saturday 6, Sunday 7), nil without them.
    public var weekend: (from: Int, to: Int)?

    public init() {}

    /// The words a time-of-day expression may start with (besides digits and the calendar's own
    /// weekdays, months and relative words).
    var startWords: Set<String> {
        var words = Set(self.words.map(\.0))
        words.formUnion(approximators.firstWords)
        words.formUnion(parts.map(\.0))
        words.formUnion(narrowings.map(\.0))
        words.formUnion(partDays.map(\.0))
        words.formUnion(weekendWords)
        return words
    }
}
