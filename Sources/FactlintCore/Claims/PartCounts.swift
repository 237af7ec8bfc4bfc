/// Tells an article's counts of a part from its totals, the way a reader does: beside a toll
/// of 46, "One person died in a collision" and "the dead included two firefighters" are one
/// incident and one group of the 46, not rival tolls. A count under a twentieth of another
/// current count the same article gives for the same frame is such a part: it keeps its words
/// but loses its key, so it is compared with no article's total.
enum PartCounts {
    /// How many times a total must exceed a count of the same frame for the count to be a part of it.
    static let ratio = 20.0

    static func drop(_ claims: inout [Claim]) {
        var largest: [ClaimKey: Double] = [:]
        for c in claims.indices where claims[c].status == .current {
            guard var key = claims[c].key, key.measure == .count, let size = size(claims[c]) else { continue }
            key.day = nil
            largest[key] = max(largest[key] ?? 0, size)
        }
        guard !largest.isEmpty else { return }
        for c in claims.indices {
            guard var key = claims[c].key, key.measure == .count, let size = size(claims[c]) else { continue }
            key.day = nil
            if let total = largest[key], size * ratio <= total { claims[c].key = nil }
        }
    }

    /// The figure a count states, as one number (a range's middle); nil for a vague amount.
    private static func size(_ claim: Claim) -> Double? {
        guard case .quantity(let value) = claim.value else { return nil }
        switch value.form {
        case .exact(let v), .approximately(let v), .atLeast(let v, _), .atMost(let v, _): return v
        case .range(let low, let high, _): return (low + high) / 2
        case .alternatives(let values): return values.first
        default: return nil
        }
    }
}
