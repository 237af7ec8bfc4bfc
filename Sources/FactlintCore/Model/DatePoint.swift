/// A calendar date as precise as the text: a century ("the 19th century"), a decade ("the
/// 1990s"), a year, a month, a day, or a time of day to the hour ("7 p.m.") or the minute
/// ("9:40"), in the writer's local time. Proleptic Gregorian calendar; day numbers count days
/// since 1970-01-01, minute numbers minutes since 1970-01-01T00:00.
public struct DatePoint: Hashable, Sendable, Comparable {
    /// How much of the date the text gives.
    public enum Precision: Int, Hashable, Sendable, Comparable {
        case century, decade, year, month, day, hour, minute
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The year (for a decade or century, its first year: 1990 for "the 1990s", 1800 for "the 19th century").
    public var year: Int
    /// 1–12; 1 when the precision is coarser than a month.
    public var month: Int
    /// 1–31; 1 when the precision is coarser than a day.
    public var day: Int
    /// 0–23; 0 when the precision is coarser than an hour.
    public var hour: Int = 0
    /// 0–59; 0 when the precision is coarser than a minute.
    public var minute: Int = 0
    public var precision: Precision

    public init(year: Int, month: Int = 1, day: Int = 1, precision: Precision) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// A time of day on the day `dayNumber` (days since 1970-01-01), `minuteOfDay` minutes after
    /// its midnight; minutes past 24:00 or before 00:00 fall on the next or previous day.
    public init(dayNumber: Int, minuteOfDay: Int, precision: Precision) {
        let dayShift = minuteOfDay >= 0 ? minuteOfDay / 1440 : -((1439 - minuteOfDay) / 1440)
        let minutes = minuteOfDay - dayShift * 1440
        self.init(dayNumber: dayNumber + dayShift)
        if precision >= .hour {
            hour = minutes / 60
            minute = precision == .minute ? minutes % 60 : 0
            self.precision = precision
        }
    }

    public static func decade(_ year: Int) -> DatePoint { DatePoint(year: year - year % 10, precision: .decade) }
    /// The hundred years from `year` rounded down to a hundred (EDTF `18XX`).
    public static func century(_ year: Int) -> DatePoint { DatePoint(year: year - year % 100, precision: .century) }
    public static func year(_ year: Int) -> DatePoint { DatePoint(year: year, precision: .year) }
    public static func month(_ year: Int, _ month: Int) -> DatePoint { DatePoint(year: year, month: month, precision: .month) }
    public static func day(_ year: Int, _ month: Int, _ day: Int) -> DatePoint {
        DatePoint(year: year, month: month, day: day, precision: .day)
    }

    /// A day given by its day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        let (y, m, d) = DatePoint.civil(fromDays: dayNumber)
        self.init(year: y, month: m, day: d, precision: .day)
    }

    /// Whether the month and day exist (no 31 February).
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= DatePoint.daysIn(month: month, year: year)
    }

    /// Day number of the first day the date covers.
    public var firstDay: Int {
        switch precision {
        case .century, .decade, .year: DatePoint.days(year: year, month: 1, day: 1)
        case .month: DatePoint.days(year: year, month: month, day: 1)
        case .day, .hour, .minute: DatePoint.days(year: year, month: month, day: day)
        }
    }

    /// Day number of the last day the date covers.
    public var lastDay: Int {
        switch precision {
        case .century: DatePoint.days(year: year + 99, month: 12, day: 31)
        case .decade: DatePoint.days(year: year + 9, month: 12, day: 31)
        case .year: DatePoint.days(year: year, month: 12, day: 31)
        case .month: DatePoint.days(year: year, month: month, day: DatePoint.daysIn(month: month, year: year))
        case .day, .hour, .minute: firstDay
        }
    }

    /// The days the date covers, as an interval of day numbers.
    public var interval: Interval { Interval(lower: Double(firstDay), upper: Double(lastDay)) }

    /// Whether the date gives a time of day.
    public var hasTimeOfDay: Bool { precision >= .hour }

    /// Minutes after the day's midnight (0 for a date without a time of day).
    public var minuteOfDay: Int { hour * 60 + minute }

    /// The minutes the date covers, as an interval of minute numbers (minutes since
    /// 1970-01-01T00:00): a whole day is [00:00, 23:59] of it; a time of day, its one minute.
    public var minutes: Interval {
        guard hasTimeOfDay else { return Interval(lower: Double(firstDay * 1440), upper: Double(lastDay * 1440 + 1439)) }
        return .point(Double(firstDay * 1440 + minuteOfDay))
    }

    /// ISO 8601 as precise as the text; a decade in EDTF (`199X`).
    public var notation: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        switch precision {
        case .century: return String(pad(year, 4).dropLast(2)) + "XX"
        case .decade: return String(pad(year, 4).dropLast()) + "X"
        case .year: return pad(year, 4)
        case .month: return "\(pad(year, 4))-\(pad(month, 2))"
        case .day: return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        case .hour, .minute: return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2))"
        }
    }

    /// ISO weekday of a day number: 1 = Monday … 7 = Sunday.
    public static func weekday(ofDay dayNumber: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        let offset = ((dayNumber % 7) + 7) % 7
        return (offset + 3) % 7 + 1
    }

    public static func < (lhs: DatePoint, rhs: DatePoint) -> Bool {
        (lhs.firstDay, lhs.lastDay, lhs.minuteOfDay) < (rhs.firstDay, rhs.lastDay, rhs.minuteOfDay)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number (inverse of `days(year:month:day:)`).
    static func civil(fromDays dayNumber: Int) -> (Int, Int, Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
