/// A number as an article states it: exact, bounded, approximate, a range, alternatives or a
/// vague plural, in a unit (a count, a percentage, percentage points). See DESIGN.md §1.
public struct QuantityValue: Hashable, Sendable {
    /// What the number measures: a count, a percentage, percentage points, or a unit of measure.
    public enum Unit: String, Hashable, Sendable {
        case count
        case percent
        case percentagePoints
        /// A unit of measure of `family` (DESIGN.md notation drops it); the value is in the
        /// family's base unit ("25 miles" is 40.2336 in kilometres).
        case measure
    }

    /// The shape of the statement.
    public enum Form: Hashable, Sendable {
        /// "37", "Thirty-seven", "1.2 million".
        case exact(Double)
        /// "more than 600" (exclusive), "at least 600" (inclusive).
        case atLeast(Double, inclusive: Bool)
        /// "fewer than 50" (exclusive), "up to 30" (inclusive).
        case atMost(Double, inclusive: Bool)
        /// "around 4 percent", "some 3,000".
        case approximately(Double)
        /// "2,000–2,500", "between 2,000 and 2,500"; `approximate` for "about 10 to 15".
        case range(Double, Double, approximate: Bool)
        /// "2,000 or 2,500", "six or seven".
        case alternatives([Double])
        /// "dozens" (24), "hundreds" (200), "several" (3): at least this many, no numeral stated.
        case vague(Double)
    }

    public var form: Form
    public var unit: Unit
    /// The unit of the last stated digit when a scale word rounds the number ("1.2 million":
    /// 100000); 0 when the number is stated to the unit.
    public var rounding: Double
    /// For a unit of measure, the family of units it belongs to ("length", "magnitude"); nil otherwise.
    public var family: String?
    /// For a unit of measure, the size of the stated unit in its family's base unit ("miles"
    /// in kilometres: 1.609): the form keeps the figure as written, comparisons scale it.
    public var scale: Double = 1
    /// How the text was read (`factlint claims --explain`); not compared.
    public var reading: ValueReading = []

    public init(_ form: Form, unit: Unit = .count, rounding: Double = 0, family: String? = nil, reading: ValueReading = []) {
        self.form = form
        self.unit = unit
        self.rounding = rounding
        self.family = family
        self.reading = reading
    }

    /// The numerals the text states, normalised (none for a vague plural). Two compatible
    /// claims that state different numerals diverge.
    public var statedNumbers: Set<Double> {
        switch form {
        case .exact(let x), .atLeast(let x, _), .atMost(let x, _), .approximately(let x): [x]
        case .range(let a, let b, _): [a, b]
        case .alternatives(let xs): Set(xs)
        case .vague: []
        }
    }

    /// Whether the text names a number rather than a vague amount.
    public var isStated: Bool { !statedNumbers.isEmpty }

    /// The numbers the statement allows. `tolerance` gives the spread of an approximation. A
    /// figure given to a scale ("10.4 million") may be rounded or cut off at its last digit: it
    /// allows half a unit of that digit below and up to a whole unit above ([10.35, 10.5) million).
    public func values(tolerance: Tolerance) -> IntervalSet {
        let stated = statedValues(tolerance: tolerance)
        guard scale != 1 else { return stated }
        // A measurement in another unit of its family: compared in the family's base unit.
        return IntervalSet(stated.parts.map { part in
            Interval(lower: part.lower * scale, lowerClosed: part.lowerClosed, upper: part.upper * scale, upperClosed: part.upperClosed)
        })
    }

    /// `values` in the unit the text states.
    private func statedValues(tolerance: Tolerance) -> IntervalSet {
        let slack = rounding / 2
        // A converted measurement is rounded, never cut off: half its last digit either way.
        let above = unit == .measure ? slack : rounding
        func stated(_ x: Double) -> Interval {
            rounding > 0 ? Interval(lower: x - slack, upper: x + above, upperClosed: unit == .measure) : Interval(lower: x, upper: x)
        }
        switch form {
        // A whole percentage is a share rounded to the point ("12%" of a workforce that a
        // fuller account puts at "more than 12%"): half a point either way, the upper end open,
        // so that 12% and 13% still differ.
        case .exact(let x) where unit == .percent && rounding == 0 && x == x.rounded():
            return IntervalSet([Interval(lower: x - 0.5, upper: x + 0.5, upperClosed: false)])
        case .exact(let x):
            return IntervalSet([stated(x)])
        case .atLeast(let x, let inclusive):
            return IntervalSet([Interval(lower: x, lowerClosed: inclusive, upper: .infinity)])
        case .atMost(let x, let inclusive):
            return IntervalSet([Interval(lower: -.infinity, upper: x, upperClosed: inclusive)])
        case .approximately(let x):
            let spread = max(tolerance.spread(around: x, unit: unit), slack)
            return IntervalSet([Interval(lower: x - spread, upper: x + spread)])
        case .range(let a, let b, let approximate):
            let low = approximate ? a - tolerance.spread(around: a, unit: unit) : a
            let high = approximate ? b + tolerance.spread(around: b, unit: unit) : b
            return IntervalSet([Interval(lower: low - slack, upper: stated(high).upper, upperClosed: stated(high).upperClosed)])
        case .alternatives(let xs):
            return IntervalSet(xs.map(stated))
        case .vague(let x):
            return IntervalSet([Interval(lower: x, upper: .infinity)])
        }
    }

    /// The value in DESIGN.md notation: `37`, `>600`, `~4%`, `2000..2500`, `2000|2500`, `>=24`.
    public var notation: String {
        let suffix: String = switch unit {
        case .count, .measure: ""
        case .percent: "%"
        case .percentagePoints: "pp"
        }
        func n(_ x: Double) -> String { Notation.number(x) + suffix }
        switch form {
        case .exact(let x): return n(x)
        case .atLeast(let x, let inclusive): return (inclusive ? ">=" : ">") + n(x)
        case .atMost(let x, let inclusive): return (inclusive ? "<=" : "<") + n(x)
        case .approximately(let x): return "~" + n(x)
        case .range(let a, let b, let approximate): return (approximate ? "~" : "") + n(a) + ".." + n(b)
        case .alternatives(let xs): return xs.map(n).joined(separator: "|")
        case .vague(let x): return ">=" + n(x)
        }
    }
}

/// How far an approximation ("about", "around", "some") reaches, declared by a rule.
public struct Tolerance: Hashable, Sendable {
    /// Relative spread for counts: 0.1 means "about 50" allows 45…55.
    public var relative: Double
    /// Absolute spread for percentages and percentage points: 0.5 means "around 4%" allows 3.5…4.5.
    public var percentPoints: Double

    public init(relative: Double = 0.1, percentPoints: Double = 0.5) {
        self.relative = relative
        self.percentPoints = percentPoints
    }

    public static let standard = Tolerance()

    func spread(around value: Double, unit: QuantityValue.Unit) -> Double {
        switch unit {
        case .count, .measure: abs(value) * relative
        case .percent, .percentagePoints: percentPoints
        }
    }
}

extension QuantityValue {
    /// Values compare by what they state; how they were read is left out.
    public static func == (lhs: QuantityValue, rhs: QuantityValue) -> Bool {
        lhs.form == rhs.form && lhs.unit == rhs.unit && lhs.rounding == rhs.rounding && lhs.family == rhs.family
            && lhs.scale == rhs.scale
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(form)
        hasher.combine(unit)
        hasher.combine(rounding)
        hasher.combine(family)
        hasher.combine(scale)
    }
}
