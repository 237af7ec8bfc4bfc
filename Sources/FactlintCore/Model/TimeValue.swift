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

    public var form: Form
    /// The relative expression the text used, kept beside its resolution for reports.
    public var written: RelativeTime?
    /// How the text was read (`factlint claims --explain`); not compared.
    public var reading: ValueReading = []

    public init(_ form: Form, written: RelativeTime? = nil, reading: ValueReading = []) {
        self.form = form
        self.written = written
        self.reading = reading
    }

    /// The day numbers the statement allows, or nil while unresolved.
    public var days: Interval? {
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

    /// The value in DESIGN.md notation: `2019-03`, `1987/..`, `../1998-05`, `2014/2018`; an
    /// unresolved value in TIMEX style (`XXXX-WXX-4` for a Thursday, `XXXX-06`, `REF-P1M`).
    public var notation: String {
        switch form {
        case .on(let d): d.notation
        case .since(let d): d.notation + "/.."
        case .until(let d): "../" + d.notation
        case .between(let a, let b): a.notation + "/" + b.notation
        case .unresolved(let r): r.notation
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
