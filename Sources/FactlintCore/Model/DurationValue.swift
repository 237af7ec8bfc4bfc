/// A length of time as an article states it: "12 years", "over two decades" (`>P20Y`),
/// "decades" (`>=P20Y`), "two to three months" (`P2M..P3M`).
public struct DurationValue: Hashable, Sendable {
    /// The amount, with its bounds, in `unit`s.
    public var amount: QuantityValue.Form
    public var unit: TimeUnit
    /// How the text was read (`factlint claims --explain`); not compared.
    public var reading: ValueReading = []

    public init(_ amount: QuantityValue.Form, _ unit: TimeUnit, reading: ValueReading = []) {
        self.amount = amount
        self.unit = unit
        self.reading = reading
    }

    /// The lengths the statement allows, in days.
    public func days(tolerance: Tolerance) -> IntervalSet {
        let counts = QuantityValue(amount).values(tolerance: tolerance)
        return IntervalSet(counts.parts.map {
            Interval(lower: $0.lower * unit.days, lowerClosed: $0.lowerClosed,
                     upper: $0.upper * unit.days, upperClosed: $0.upperClosed)
        })
    }

    /// The amounts the text states, in days (none for "decades").
    public var statedDays: Set<Double> {
        Set(QuantityValue(amount).statedNumbers.map { ($0 * unit.days * 1000).rounded() / 1000 })
    }

    /// ISO 8601 with the bound prefixes of DESIGN.md §1.
    public var notation: String {
        let d = unit.designator
        func iso(_ x: Double) -> String { "P" + (d.isTime ? "T" : "") + Notation.number(x * d.factor) + d.letter }
        switch amount {
        case .exact(let x): return iso(x)
        case .atLeast(let x, let inclusive): return (inclusive ? ">=" : ">") + iso(x)
        case .atMost(let x, let inclusive): return (inclusive ? "<=" : "<") + iso(x)
        case .approximately(let x): return "~" + iso(x)
        case .range(let a, let b, let approximate): return (approximate ? "~" : "") + iso(a) + ".." + iso(b)
        case .alternatives(let xs): return xs.map(iso).joined(separator: "|")
        case .vague(let x): return ">=" + iso(x)
        }
    }
}

extension DurationValue {
    /// Values compare by what they state; how they were read is left out.
    public static func == (lhs: DurationValue, rhs: DurationValue) -> Bool { lhs.amount == rhs.amount && lhs.unit == rhs.unit }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(amount)
        hasher.combine(unit)
    }
}
