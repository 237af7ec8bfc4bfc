/// A claim's value in the form checks compare: a set of numbers (counts, percentages, day
/// numbers, lengths in days), or a weekday that no reference date resolved.
enum ComparableValue: Equatable {
    case numbers(IntervalSet)
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
            // "since 1994" dates the start: compare the start date itself.
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
        default: true  // a weekday against a calendar date: nothing to say without a reference date
        }
    }
}

extension Claim {
    /// What the text states, for telling divergence: the numerals written (none for "dozens").
    var statedForm: Set<Double>? {
        switch value {
        case .quantity(let q): q.isStated ? q.statedNumbers : nil
        case .duration(let d): d.statedDays.isEmpty ? nil : d.statedDays
        default: nil
        }
    }

    /// Whether a date was written as a weekday (and so is only as exact as the writer's time zone).
    var isWeekdayDate: Bool {
        if case .time(let t) = value, case .weekday? = t.written { return true }
        return false
    }
}
