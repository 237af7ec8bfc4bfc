import FactlintCore

/// `factlint claims`: every extracted mention, keyed or not, as text lines, a JSON array
/// (DESIGN.md §5) or JSON Lines (one claim per line, for Spark or DuckDB).
public enum ClaimsReporter {
    /// The formats `factlint claims` writes.
    public static let formats = ["text", "json", "jsonl"]

    public static func report(_ claims: [Claim], format: String) -> String {
        switch format {
        case "json":
            return JSONValue.array(claims.map(value)).rendered() + "\n"
        case "jsonl":
            return claims.map { compact(value($0)) + "\n" }.joined()
        default:
            return claims.map { claim in
                let key = claim.key?.display ?? "-"
                let text = claim.span.text.replacingOccurrences(of: "\n", with: "\\n")
                let time = ClaimsReporter.time(of: claim).map { " (\($0))" } ?? ""
                return "\(claim.span.location): \(claim.kind.rawValue) \(claim.value.notation)\(time) \"\(text)\" [\(key)]"
            }.joined(separator: "\n") + (claims.isEmpty ? "" : "\n")
        }
    }

    /// The time of day of a date claim, in ISO 8601 (`2024-12-03T22:25`), when the text gives one on a day.
    static func time(of claim: Claim) -> String? {
        guard case .time(let t) = claim.value else { return nil }
        return t.momentNotation
    }

    static func value(_ claim: Claim) -> JSONValue {
        // `time` only for a date given to the time of day: every other claim prints as before.
        let time = ClaimsReporter.time(of: claim).map { [("time", JSONValue.string($0))] } ?? []
        return .object([
            ("path", .string(claim.span.path)),
            ("line", .int(claim.span.line)),
            ("column", .int(claim.span.column)),
            ("endLine", .int(claim.span.endLine)),
            ("endColumn", .int(claim.span.endColumn)),
            ("text", .string(claim.span.text)),
            ("kind", .string(claim.kind.rawValue)),
            ("value", .string(claim.value.notation)),
        ] + time + [
            ("key", .optional(claim.key?.display)),
        ])
    }

    /// A JSON value on one line.
    static func compact(_ value: JSONValue) -> String {
        switch value {
        case .array(let items): "[" + items.map(compact).joined(separator: ",") + "]"
        case .object(let fields):
            "{" + fields.map { key, field in
                var out = ""
                JSONValue.escape(key, into: &out)
                return out + ":" + compact(field)
            }.joined(separator: ",") + "}"
        default: value.rendered()
        }
    }
}
