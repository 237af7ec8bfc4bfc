/// A number as an article states it: exact, bounded, approximate, a range, alternatives or a
/// vague plural, in a unit (a count, a percentage, percentage points). See DESIGN.md §1.
public struct QuantityValue: Hashable, Sendable {
    /// What the number measures. Units of measure other than these are dropped.
    public enum Unit: String, Hashable, Sendable {
        case count
        case percent
        case percentagePoints
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
    /// How the text was read (`factlint claims --explain`); not compared.
    public var reading: ValueReading = []

    public init(_ form: Form, unit: Unit = .count, rounding: Double = 0, reading: ValueReading = []) {
        self.form = form
        self.unit = unit
        self.rounding = rounding
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

    /// The numbers the statement allows. `tolerance` gives the spread of an approximation.
    public func values(tolerance: Tolerance) -> IntervalSet {
        let slack = rounding / 2
        switch form {
        case .exact(let x):
            return IntervalSet([Interval(lower: x - slack, upper: x + slack)])
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
            return IntervalSet([Interval(lower: low - slack, upper: high + slack)])
        case .alternatives(let xs):
            return IntervalSet(xs.map { Interval(lower: $0 - slack, upper: $0 + slack) })
        case .vague(let x):
            return IntervalSet([Interval(lower: x, upper: .infinity)])
        }
    }

    /// The value in DESIGN.md notation: `37`, `>600`, `~4%`, `2000..2500`, `2000|2500`, `>=24`.
    public var notation: String {
        let suffix: String = switch unit {
        case .count: ""
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
        case .count: abs(value) * relative
        case .percent, .percentagePoints: percentPoints
        }
    }
}

extension QuantityValue {
    /// Values compare by what they state; how they were read is left out.
    public static func == (lhs: QuantityValue, rhs: QuantityValue) -> Bool { lhs.form == rhs.form && lhs.unit == rhs.unit && lhs.rounding == rhs.rounding }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(form)
        hasher.combine(unit)
        hasher.combine(rounding)
    }
}
