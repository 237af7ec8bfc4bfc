/// A claim's value in the form checks compare: a set of numbers (counts, percentages, day
/// numbers, lengths in days), a moment given to the time of day (minute numbers, in a time
/// zone: nil for the writer's local time), or a weekday that no reference date resolved.
enum ComparableValue: Hashable {
    case numbers(IntervalSet)
    case moment(IntervalSet, zone: String?)
    case weekday(Int)

    /// The comparable form of a claim, or nil when it cannot be compared (an unresolved month).
    init?(_ claim: Claim, tolerance: Tolerance) {
        switch claim.value {
        case .quantity(let q):
            self = .numbers(q.values(tolerance: tolerance))
        case .duration(let d):
            self = .numbers(d.days(tolerance: tolerance))
        case .time(let t):
            if case .unresolved(.weekday(let day, _)) = t.form {
                self = .weekday(day)
                return
            }
            if let minutes = t.minutes {
                self = .moment(minutes, zone: t.zone)
                return
            }
            // "since 1987" dates the start: compare the start date itself.
            switch t.form {
            case .since(let d): self = .numbers(IntervalSet([d.interval]))
            default:
                guard let days = t.days else { return nil }
                self = .numbers(IntervalSet([days]))
            }
        case .name, .quote:
            return nil
        }
    }

    /// Whether both can be true.
    func isCompatible(with other: ComparableValue) -> Bool {
        switch (self, other) {
        case (.numbers(let a), .numbers(let b)): a.overlaps(b)
        case (.weekday(let a), .weekday(let b)): a == b
        // Times in different zones ("3:05 p.m. local time", "1305 GMT"): nothing to say.
        case (.moment(let a, let x), .moment(let b, let y)): x != y || a.overlaps(b)
        case (.moment(let a, _), .numbers(let days)), (.numbers(let days), .moment(let a, _)):
            a.overlaps(ComparableValue.minutes(ofDays: days))
        default: true  // a weekday against a calendar date: nothing to say without a reference date
        }
    }

    /// The minutes of a set of whole days (day numbers): from 00:00 of the first to 23:59 of the last.
    static func minutes(ofDays days: IntervalSet) -> IntervalSet {
        IntervalSet(days.parts.map { Interval(lower: $0.lower * 1440, upper: $0.upper * 1440 + 1439) })
    }
}

extension Claim {
    /// What the text states, for telling divergence: the numerals written (none for "dozens").
    var statedForm: Set<Double>? {
        switch value {
        // A measurement converted from another unit ("25 miles" in km) states no figure of its
        // own to diverge by: only incompatible values count.
        case .quantity(let q): q.isStated && !(q.unit == .measure && q.rounding > 0) ? q.statedNumbers : nil
        case .duration(let d): d.statedDays.isEmpty ? nil : d.statedDays
        default: nil
        }
    }

    /// The shape of a stated figure: two statements diverge only when they have the same shape
    /// ("more than 600" against "more than 700"), not when an exact figure meets a bound it
    /// satisfies ("at least 30" against "41", the usual update of a toll).
    var boundShape: BoundShape? {
        let form: QuantityValue.Form
        switch value {
        case .quantity(let q):
            // "10.4 million" against 10,415,991: the same figure stated to a coarser digit, no divergence.
            if q.rounding > 0, q.unit != .measure, case .exact = q.form { return .rounded }
            // "40%" against "39.9%": a whole percentage is the share to the point (`QuantityValue.values`).
            if q.unit == .percent, q.rounding == 0, case .exact(let x) = q.form, x == x.rounded() { return .rounded }
            form = q.form
        case .duration(let d): form = d.amount
        default: return nil
        }
        switch form {
        case .atLeast: return .lower
        case .atMost: return .upper
        case .vague: return nil
        case .exact, .approximately, .range, .alternatives: return .point
        }
    }

    /// How precisely the figure is stated: 3 an exact figure (or alternatives), 2 an
    /// approximation or a range, 1 a bound, 0 a vague amount or no figure.
    var precision: Int {
        let form: QuantityValue.Form
        switch value {
        case .quantity(let q): form = q.form
        case .duration(let d): form = d.amount
        default: return 0
        }
        switch form {
        case .exact, .alternatives: return 3
        case .approximately, .range: return 2
        case .atLeast, .atMost: return 1
        case .vague: return 0
        }
    }

    /// Whether the figure is stated precisely: exact, approximate, a range; dates always.
    var isPrecise: Bool { kind == .date || precision >= 2 }

    /// The source as compared: its name lower-cased, nil when the text names none.
    var sourceKey: String? { attribution?.lowercased() }

    /// Whether the value is a vague amount or length ("dozens", "decades").
    var isVague: Bool {
        switch value {
        case .quantity(let q): if case .vague = q.form { return true }
        case .duration(let d): if case .vague = d.amount { return true }
        default: break
        }
        return false
    }

    /// Whether a date was written as a weekday (and so is only as exact as the writer's time zone).
    var isWeekdayDate: Bool {
        if case .time(let t) = value, case .weekday? = t.written { return true }
        if case .time(let t) = value, case .unresolved(.weekday) = t.form { return true }
        return false
    }
}

/// Whether a figure bounds a value from below, from above, or names it.
enum BoundShape: Hashable {
    case lower, upper, point
    /// An exact figure given to a scale word's digit ("10.4 million"): it allows every figure
    /// that rounds or cuts off to it, so it diverges only from another figure so given.
    case rounded
}
