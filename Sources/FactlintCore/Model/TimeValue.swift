/// A date or a stretch of dates as an article states it, resolved against the document's
/// reference date where the text is relative ("Thursday", "last month"), and kept unresolved —
/// never guessed — where the document has none.
public struct TimeValue: Hashable, Sendable {
    /// The shape of the statement.
    public enum Form: Hashable, Sendable {
        /// "March 2019", "in 2019", "Friday" (resolved).
        case on(DatePoint)
        /// "since 1987": from that date on (`1987/..`).
        case since(DatePoint)
        /// "by May 1998", "until 2010": up to that date (`../1998-05`).
        case until(DatePoint)
        /// "2014–2018", "from 2014 to 2018" (`2014/2018`).
        case between(DatePoint, DatePoint)
        /// A relative expression that could not be resolved for want of a reference date.
        case unresolved(RelativeTime)
    }

    /// The calendar date the text names (for "7 p.m. last night", the day of 7 p.m.; for
    /// "Monday night", Monday): what `notation` writes and what date scopes and checks read.
    public var form: Form
    /// The relative expression the text used, kept beside its resolution for reports.
    public var written: RelativeTime?
    /// The time of day the text gives, over dates of hour or minute precision: `.on` for "7
    /// p.m. on Monday", `.between` for "around 9:40 on Monday" (its margin each side) or a
    /// part of the day ("Monday night": 18:00 to 06:00 the next morning); nil when it gives none.
    public var moment: Form?
    /// The time zone of the time of day when the text names one other than the writer's local
    /// time: `UTC` for "(0645 GMT)", or a place ("cairo" for "Cairo time"); nil for local time.
    public var zone: String?
    /// A time of day written without a.m. or p.m. on the twelve-hour clock ("9:40"): it may
    /// also be the same time twelve hours later, and `minutes` allows both.
    public var meridiemUnknown = false
    /// How the text was read (`factlint claims --explain`); not compared.
    public var reading: ValueReading = []
    /// The weekday written before a calendar date ("Friday, May 28": 5, ISO 1 = Monday … 7 =
    /// Sunday): the date says more and is what the value states, but a weekday that does not
    /// fall on it is a finding of its own (`weekday-mismatch`). Not compared.
    public var statedWeekday: Int?

    public init(_ form: Form, written: RelativeTime? = nil, reading: ValueReading = []) {
        self.form = form
        self.written = written
        self.reading = reading
    }

    /// The day numbers the statement allows, or nil while unresolved.
    public var days: Interval? { TimeValue.days(form) }

    private static func days(_ form: Form) -> Interval? {
        switch form {
        case .on(let d): d.interval
        case .since(let d): Interval(lower: Double(d.firstDay), upper: .infinity)
        case .until(let d): Interval(lower: -.infinity, upper: Double(d.lastDay))
        case .between(let a, let b): Interval(lower: Double(a.firstDay), upper: Double(b.lastDay))
        case .unresolved: nil
        }
    }

    /// Whether the value is resolved to calendar dates.
    public var isResolved: Bool {
        if case .unresolved = form { return false }
        return true
    }

    /// Whether the text gives a time of day ("7 p.m. on Monday", "Monday night", "at 5:12 a.m.").
    public var hasTimeOfDay: Bool {
        if moment != nil { return true }
        if case .unresolved(.timeOfDay) = form { return true }
        return false
    }

    /// The minute numbers (minutes since 1970-01-01T00:00) the time of day allows, with the
    /// reading twelve hours later when the half of the day is not written; nil without a
    /// resolved time of day.
    public var minutes: IntervalSet? {
        guard let moment else { return nil }
        let base: Interval
        switch moment {
        case .on(let d): base = d.minutes
        case .since(let d): base = Interval(lower: d.minutes.lower, upper: .infinity)
        case .until(let d): base = Interval(lower: -.infinity, upper: d.minutes.upper)
        case .between(let a, let b): base = Interval(lower: a.minutes.lower, upper: b.minutes.upper)
        case .unresolved: return nil
        }
        guard meridiemUnknown else { return IntervalSet([base]) }
        return IntervalSet([base, Interval(lower: base.lower + 720, upper: base.upper + 720)])
    }

    /// The value in DESIGN.md notation: `2019-03`, `1987/..`, `../1998-05`, `2014/2018`; an
    /// unresolved value in TIMEX style (`XXXX-WXX-4` for a Thursday, `XXXX-06`, `REF-P1M`,
    /// `XXXX-XX-XXT05:12` for a time of day on no day the text names). A time of day on a
    /// day is written by `momentNotation`; this is the date.
    public var notation: String { TimeValue.notation(form) }

    /// The time of day in ISO 8601 (`2025-03-10T21:40`, `2025-03-10T21:30/2025-03-10T21:50` for
    /// "around 9:40 p.m."), `Z` after a time in UTC and `[zone]` after one in a named zone,
    /// both readings as alternatives (`…T09:40|…T21:40`) when a.m. or p.m. is not written; nil
    /// when the text gives no time of day on a day.
    public var momentNotation: String? {
        guard let moment else { return nil }
        let suffix = zone.map { $0 == "UTC" ? "Z" : "[\($0)]" } ?? ""
        let written = TimeValue.notation(moment) + suffix
        guard meridiemUnknown else { return written }
        return written + "|" + TimeValue.notation(TimeValue.shifted(moment, minutes: 720)) + suffix
    }

    private static func notation(_ form: Form) -> String {
        switch form {
        case .on(let d): d.notation
        case .since(let d): d.notation + "/.."
        case .until(let d): "../" + d.notation
        case .between(let a, let b): a.notation + "/" + b.notation
        case .unresolved(let r): r.notation
        }
    }

    /// The form moved by a number of minutes (only its times of day move).
    private static func shifted(_ form: Form, minutes: Int) -> Form {
        func move(_ d: DatePoint) -> DatePoint {
            d.hasTimeOfDay ? DatePoint(dayNumber: d.firstDay, minuteOfDay: d.minuteOfDay + minutes, precision: d.precision) : d
        }
        switch form {
        case .on(let d): return .on(move(d))
        case .since(let d): return .since(move(d))
        case .until(let d): return .until(move(d))
        case .between(let a, let b): return .between(move(a), move(b))
        case .unresolved: return form
        }
    }
}

/// A calendar unit that durations and relative dates count in.
public enum TimeUnit: String, Hashable, Sendable, CaseIterable {
    case century, decade, year, month, week, day, hour, minute

    /// Approximate length in days, for comparing durations given in different units.
    public var days: Double {
        switch self {
        case .century: 36524.25
        case .decade: 3652.425
        case .year: 365.2425
        case .month: 30.436875
        case .week: 7
        case .day: 1
        case .hour: 1.0 / 24
        case .minute: 1.0 / 1440
        }
    }

    /// The ISO 8601 designator and the factor into it (a decade is written as 10 years).
    var designator: (letter: String, factor: Double, isTime: Bool) {
        switch self {
        case .century: ("Y", 100, false)
        case .decade: ("Y", 10, false)
        case .year: ("Y", 1, false)
        case .month: ("M", 1, false)
        case .week: ("W", 1, false)
        case .day: ("D", 1, false)
        case .hour: ("H", 1, true)
        case .minute: ("M", 1, true)
        }
    }
}

/// A date the text gives relative to the moment of writing.
public enum RelativeTime: Hashable, Sendable {
    /// Which way a weekday or offset points from the reference date.
    public enum Direction: String, Hashable, Sendable {
        /// A bare weekday in a past or present clause: the latest such day on or before.
        case latest
        /// A bare weekday in a future clause: the first such day on or after.
        case upcoming
        /// "last Thursday": strictly before.
        case previous
        /// "next Thursday": strictly after.
        case next
    }

    /// "Thursday" (ISO weekday 1 = Monday … 7 = Sunday).
    case weekday(Int, Direction)
    /// "in June", "August 22": a month (and day) without a year.
    case monthDay(month: Int, day: Int?, future: Bool)
    /// "last month" (-1 month), "yesterday" (-1 day), "two years ago" (-2 years), "today" (0 days).
    case offset(Int, TimeUnit)
    /// "at 5:12 a.m." with no day beside it: a time of day (minutes after midnight, 0–1439) on
    /// a day the text does not say; never resolved.
    case timeOfDay(minuteOfDay: Int, precision: DatePoint.Precision)
    /// "the weekend", "last weekend": a Saturday and the Sunday after it.
    case weekend(Direction)

    /// TIMEX-style notation for the unresolved expression.
    public var notation: String {
        switch self {
        case .weekday(let d, let direction):
            let base = "XXXX-WXX-\(d)"
            switch direction {
            case .latest, .upcoming: return base
            case .previous: return "PREV-" + base
            case .next: return "NEXT-" + base
            }
        case .monthDay(let m, let d, _):
            let month = m < 10 ? "0\(m)" : "\(m)"
            guard let d else { return "XXXX-\(month)" }
            return "XXXX-\(month)-" + (d < 10 ? "0\(d)" : "\(d)")
        case .timeOfDay(let m, _):
            let (h, mm) = (m / 60, m % 60)
            return "XXXX-XX-XXT" + (h < 10 ? "0\(h)" : "\(h)") + ":" + (mm < 10 ? "0\(mm)" : "\(mm)")
        case .weekend(let direction):
            switch direction {
            case .latest, .upcoming: return "XXXX-WXX-WE"
            case .previous: return "PREV-XXXX-WXX-WE"
            case .next: return "NEXT-XXXX-WXX-WE"
            }
        case .offset(let n, let unit):
            if n == 0 { return "REF" }
            let d = unit.designator
            return "REF" + (n < 0 ? "-" : "+") + "P" + (d.isTime ? "T" : "")
                + Notation.number(Double(abs(n)) * d.factor) + d.letter
        }
    }
}

extension TimeValue {
    /// Values compare by what they state; how they were read is left out.
    public static func == (lhs: TimeValue, rhs: TimeValue) -> Bool { lhs.form == rhs.form && lhs.written == rhs.written }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(form)
        hasher.combine(written)
    }
}
