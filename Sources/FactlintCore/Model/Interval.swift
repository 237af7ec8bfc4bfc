/// A set of real numbers between two bounds, each bound open or closed; the common currency in
/// which claims are compared ("more than 600" is (600, ∞), "2,000–2,500" is [2000, 2500]).
public struct Interval: Hashable, Sendable {
    public var lower: Double
    public var lowerClosed: Bool
    public var upper: Double
    public var upperClosed: Bool

    public init(lower: Double, lowerClosed: Bool = true, upper: Double, upperClosed: Bool = true) {
        self.lower = lower
        self.lowerClosed = lowerClosed
        self.upper = upper
        self.upperClosed = upperClosed
    }

    /// The one-point interval [x, x].
    public static func point(_ value: Double) -> Interval { Interval(lower: value, upper: value) }

    /// Whether no number lies in the interval.
    public var isEmpty: Bool {
        if lower > upper { return true }
        if lower == upper { return !(lowerClosed && upperClosed) }
        return false
    }

    /// Whether some number lies in both intervals.
    public func overlaps(_ other: Interval) -> Bool { !intersection(other).isEmpty }

    /// The numbers in both intervals (possibly empty).
    public func intersection(_ other: Interval) -> Interval {
        var result = self
        if other.lower > lower || (other.lower == lower && !other.lowerClosed) {
            result.lower = other.lower
            result.lowerClosed = other.lowerClosed
        }
        if other.upper < upper || (other.upper == upper && !other.upperClosed) {
            result.upper = other.upper
            result.upperClosed = other.upperClosed
        }
        return result
    }

    /// Whether every number of `other` lies in this interval.
    public func contains(_ other: Interval) -> Bool {
        if other.isEmpty { return true }
        let lowerHolds = lower < other.lower || (lower == other.lower && (lowerClosed || !other.lowerClosed))
        let upperHolds = upper > other.upper || (upper == other.upper && (upperClosed || !other.upperClosed))
        return lowerHolds && upperHolds
    }
}

/// A finite union of intervals: "2,000 or 2,500" is {2000} ∪ {2500}.
public struct IntervalSet: Hashable, Sendable {
    public var parts: [Interval]

    public init(_ parts: [Interval]) { self.parts = parts.filter { !$0.isEmpty } }

    /// Whether the two sets share a number: the test for "can both be true".
    public func overlaps(_ other: IntervalSet) -> Bool {
        parts.contains { part in other.parts.contains { part.overlaps($0) } }
    }

    /// The numbers in both sets.
    public func intersection(_ other: IntervalSet) -> IntervalSet {
        IntervalSet(parts.flatMap { part in other.parts.map { part.intersection($0) } })
    }

    /// The smallest interval holding the whole set, or nil for the empty set.
    public var hull: Interval? {
        guard var result = parts.first else { return nil }
        for part in parts.dropFirst() {
            if part.lower < result.lower || (part.lower == result.lower && part.lowerClosed) {
                result.lower = part.lower
                result.lowerClosed = part.lowerClosed
            }
            if part.upper > result.upper || (part.upper == result.upper && part.upperClosed) {
                result.upper = part.upper
                result.upperClosed = part.upperClosed
            }
        }
        return result
    }

    public var isEmpty: Bool { parts.isEmpty }
}
