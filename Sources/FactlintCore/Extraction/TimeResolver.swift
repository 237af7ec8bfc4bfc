/// Resolves relative dates against a reference date, by the news convention of DESIGN.md §1:
/// a bare weekday is the latest such day on or before the reference date (the first on or after
/// it in a future clause); a month without a year is the latest such month not after the
/// reference month (the first not before it in a future clause); a weekend is the latest Saturday
/// and Sunday that began on or before the reference date (the next in a future clause).
public enum TimeResolver {
    /// The calendar date a relative expression names, seen from `reference` (a day).
    public static func resolve(_ relative: RelativeTime, reference: DatePoint) -> DatePoint? {
        let today = reference.firstDay
        switch relative {
        case .weekday(let weekday, let direction):
            let current = DatePoint.weekday(ofDay: today)
            let back = (current - weekday + 7) % 7
            let forward = (weekday - current + 7) % 7
            switch direction {
            case .latest: return DatePoint(dayNumber: today - back)
            case .upcoming: return DatePoint(dayNumber: today + forward)
            case .previous: return DatePoint(dayNumber: today - (back == 0 ? 7 : back))
            case .next: return DatePoint(dayNumber: today + (forward == 0 ? 7 : forward))
            }
        case .weekend(let direction):
            let current = DatePoint.weekday(ofDay: today)
            let back = (current - 6 + 7) % 7  // days since the latest Saturday
            let forward = (6 - current + 7) % 7
            switch direction {
            case .latest: return DatePoint(dayNumber: today - back)
            case .previous: return DatePoint(dayNumber: today - (current >= 6 ? back + 7 : back))
            case .upcoming: return DatePoint(dayNumber: current == 7 ? today - 1 : today + forward)
            case .next: return DatePoint(dayNumber: today + (current >= 6 ? forward + 7 - (current == 7 ? 7 : 0) : forward))
            }
        case .monthDay(let month, let day, let future):
            var year = reference.year
            if future {
                if month < reference.month { year += 1 }
            } else if month > reference.month {
                year -= 1
            }
            guard let day else { return .month(year, month) }
            let point = DatePoint.day(year, month, day)
            return point.isValid ? point : nil
        case .timeOfDay:
            return nil
        case .offset(let amount, let unit):
            switch unit {
            case .day:
                return DatePoint(dayNumber: today + amount)
            case .week:
                // An ISO week is given by its Monday; report the week's days as the day precision of its Monday.
                let monday = today - (DatePoint.weekday(ofDay: today) - 1) + 7 * amount
                return DatePoint(dayNumber: monday)
            case .month:
                let index = reference.year * 12 + (reference.month - 1) + amount
                return .month(index / 12, index % 12 + 1)
            case .year:
                return .year(reference.year + amount)
            case .decade:
                return .decade(reference.year + 10 * amount)
            case .century, .hour, .minute:
                return nil
            }
        }
    }

    /// The days a relative expression covers (a week is Monday to Sunday).
    public static func form(_ relative: RelativeTime, reference: DatePoint) -> TimeValue.Form? {
        guard let point = resolve(relative, reference: reference) else { return nil }
        if case .offset(_, .week) = relative {
            return .between(point, DatePoint(dayNumber: point.firstDay + 6))
        }
        if case .weekend = relative {
            return .between(point, DatePoint(dayNumber: point.firstDay + 1))
        }
        return .on(point)
    }
}
