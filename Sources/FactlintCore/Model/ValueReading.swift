/// How an extractor read a value: the classes of expression it recognised ("share", "upper
/// bound", "day range", "future clause"), which `factlint claims --explain` prints so that a
/// wrong reading is easy to report. A set of bits, so that reading costs nothing until shown;
/// it takes no part in comparing values.
public struct ValueReading: OptionSet, Hashable, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // How the number was written.
    public static let digits = ValueReading(rawValue: 1 << 0)
    public static let spacedThousands = ValueReading(rawValue: 1 << 1)
    public static let scaleSuffix = ValueReading(rawValue: 1 << 2)
    public static let scaleWord = ValueReading(rawValue: 1 << 3)
    public static let digitFraction = ValueReading(rawValue: 1 << 4)
    public static let words = ValueReading(rawValue: 1 << 5)
    public static let decimalWords = ValueReading(rawValue: 1 << 6)
    public static let share = ValueReading(rawValue: 1 << 7)
    public static let fraction = ValueReading(rawValue: 1 << 8)
    // What the number states.
    public static let exact = ValueReading(rawValue: 1 << 9)
    public static let lowerBound = ValueReading(rawValue: 1 << 10)
    public static let upperBound = ValueReading(rawValue: 1 << 11)
    public static let approximate = ValueReading(rawValue: 1 << 12)
    public static let range = ValueReading(rawValue: 1 << 13)
    public static let alternatives = ValueReading(rawValue: 1 << 14)
    public static let vague = ValueReading(rawValue: 1 << 15)
    public static let boundAfterNoun = ValueReading(rawValue: 1 << 16)
    public static let percent = ValueReading(rawValue: 1 << 17)
    public static let percentagePoints = ValueReading(rawValue: 1 << 18)
    public static let measure = ValueReading(rawValue: 1 << 19)
    public static let changeThenLevel = ValueReading(rawValue: 1 << 20)
    public static let age = ValueReading(rawValue: 1 << 21)
    public static let money = ValueReading(rawValue: 1 << 22)
    // Dates.
    public static let calendarDate = ValueReading(rawValue: 1 << 23)
    public static let century = ValueReading(rawValue: 1 << 24)
    public static let decade = ValueReading(rawValue: 1 << 25)
    public static let yearInWords = ValueReading(rawValue: 1 << 26)
    public static let slashedDate = ValueReading(rawValue: 1 << 27)
    public static let datePart = ValueReading(rawValue: 1 << 28)
    public static let weekday = ValueReading(rawValue: 1 << 29)
    public static let weekend = ValueReading(rawValue: 1 << 30)
    public static let monthWithoutYear = ValueReading(rawValue: 1 << 31)
    public static let dayWithoutYear = ValueReading(rawValue: 1 << 32)
    public static let relativeDay = ValueReading(rawValue: 1 << 33)
    public static let offset = ValueReading(rawValue: 1 << 34)
    public static let ago = ValueReading(rawValue: 1 << 35)
    public static let dayRange = ValueReading(rawValue: 1 << 36)
    public static let dateRange = ValueReading(rawValue: 1 << 37)
    public static let since = ValueReading(rawValue: 1 << 38)
    public static let until = ValueReading(rawValue: 1 << 39)
    public static let futureClause = ValueReading(rawValue: 1 << 40)
    public static let pastByDefault = ValueReading(rawValue: 1 << 41)
    public static let unresolved = ValueReading(rawValue: 1 << 42)
    // Durations.
    public static let durationAdjective = ValueReading(rawValue: 1 << 43)
    public static let andAHalf = ValueReading(rawValue: 1 << 44)
    public static let stretchToNow = ValueReading(rawValue: 1 << 45)
    public static let vagueDuration = ValueReading(rawValue: 1 << 46)

    /// Each class and the name `--explain` prints for it, in printing order.
    private static let names: [(ValueReading, String)] = [
        (.digits, "digits"), (.spacedThousands, "spaced thousands"), (.scaleSuffix, "scale suffix"),
        (.scaleWord, "scale word"), (.digitFraction, "fraction in digits"), (.words, "number words"),
        (.decimalWords, "decimal in words"), (.share, "share of a whole"), (.fraction, "fraction"),
        (.exact, "exact"), (.lowerBound, "lower bound"), (.upperBound, "upper bound"), (.approximate, "approximate"),
        (.range, "range"), (.alternatives, "alternatives"), (.vague, "vague plural"),
        (.boundAfterNoun, "bound after the noun"), (.percent, "percent"), (.percentagePoints, "percentage points"),
        (.measure, "measure, unit dropped"), (.changeThenLevel, "change before a level"), (.age, "age"),
        (.money, "money"), (.calendarDate, "calendar date"), (.century, "century"), (.decade, "decade"),
        (.yearInWords, "year in words"), (.slashedDate, "slashed date"), (.datePart, "part of a date"),
        (.weekday, "weekday"), (.weekend, "weekend"), (.monthWithoutYear, "month without a year"),
        (.dayWithoutYear, "day without a year"), (.relativeDay, "day from the reference date"),
        (.offset, "offset from the reference date"), (.ago, "ago"), (.dayRange, "day range"),
        (.dateRange, "date range"), (.since, "since"), (.until, "until"), (.futureClause, "future clause"),
        (.pastByDefault, "past by default"), (.unresolved, "unresolved: no reference date"),
        (.durationAdjective, "adjective before the unit"), (.andAHalf, "and a half"),
        (.stretchToNow, "stretch up to now"), (.vagueDuration, "vague length"),
    ]

    /// The classes, named, in a fixed order.
    public var descriptions: [String] { ValueReading.names.filter { contains($0.0) }.map(\.1) }
}
