import Foundation

/// Formatting helpers for the value notation of DESIGN.md §1 (used at the edges only).
enum Notation {
    /// A number without needless decimals: 37, 1200000, 0.77, 3.5.
    static func number(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
