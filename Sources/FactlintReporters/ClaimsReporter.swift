import FactlintCore

/// `factlint claims`: every extracted mention, keyed or not, as text lines, a JSON array
/// (DESIGN.md §5) or JSON Lines (one claim per line, for Spark or DuckDB).
public enum ClaimsReporter {
    /// The formats `factlint claims` writes.
    public static let formats = ["text", "json", "jsonl"]

    /// The claims in `format`; with `explain`, each value's reading classes too (text: after the
    /// key, JSON: a `reading` array added after the contract's fields).
    public static func report(_ claims: [Claim], format: String, explain: Bool = false) -> String {
        switch format {
        case "json":
            return JSONValue.array(claims.map { value($0, explain: explain) }).rendered() + "\n"
        case "jsonl":
            return claims.map { compact(value($0, explain: explain)) + "\n" }.joined()
        default:
            return claims.map { claim in
                let key = claim.key?.display ?? "-"
                let text = claim.span.text.replacingOccurrences(of: "\n", with: "\\n")
                let line = "\(claim.span.location): \(claim.kind.rawValue) \(claim.value.notation) \"\(text)\" [\(key)]"
                let reading = claim.value.reading.descriptions
                guard explain, !reading.isEmpty else { return line }
                return line + " (read as: " + reading.joined(separator: ", ") + ")"
            }.joined(separator: "\n") + (claims.isEmpty ? "" : "\n")
        }
    }

    static func value(_ claim: Claim, explain: Bool = false) -> JSONValue {
        guard explain else { return fields(claim) }
        guard case .object(let fields) = fields(claim) else { return fields(claim) }
        return .object(fields + [("reading", .array(claim.value.reading.descriptions.map { .string($0) }))])
    }

    /// The fields of DESIGN.md §5, in order.
    static func fields(_ claim: Claim) -> JSONValue {
        .object([
            ("path", .string(claim.span.path)),
            ("line", .int(claim.span.line)),
            ("column", .int(claim.span.column)),
            ("endLine", .int(claim.span.endLine)),
            ("endColumn", .int(claim.span.endColumn)),
            ("text", .string(claim.span.text)),
            ("kind", .string(claim.kind.rawValue)),
            ("value", .string(claim.value.notation)),
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
