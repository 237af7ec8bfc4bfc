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
                let time = ClaimsReporter.time(of: claim).map { " (\($0))" } ?? ""
                let slots = frameNotes(claim)
                let line = "\(claim.span.location): \(claim.kind.rawValue) \(claim.value.notation)\(time) \"\(text)\" [\(key)]"
                    + (slots.isEmpty ? "" : " {" + slots + "}")
                let reading = claim.value.reading.descriptions
                guard explain, !reading.isEmpty else { return line }
                return line + " (read as: " + reading.joined(separator: ", ") + ")"
            }.joined(separator: "\n") + (claims.isEmpty ? "" : "\n")
        }
    }

    /// The time of day of a date claim, in ISO 8601 (`2024-12-03T22:25`), when the text gives one on a day.
    static func time(of claim: Claim) -> String? {
        guard case .time(let t) = claim.value else { return nil }
        return t.momentNotation
    }

    static func value(_ claim: Claim, explain: Bool = false) -> JSONValue {
        guard explain else { return fields(claim) }
        guard case .object(let fields) = fields(claim) else { return fields(claim) }
        return .object(fields + [("reading", .array(claim.value.reading.descriptions.map { .string($0) }))])
    }

    /// The fields of DESIGN.md §5, in order, then `time` for a date given to the time of day
    /// and the claim's `frame`.
    static func fields(_ claim: Claim) -> JSONValue {
        // `time` only for a date given to the time of day: every other claim prints as before.
        let time = ClaimsReporter.time(of: claim).map { [("time", JSONValue.string($0))] } ?? []
        return .object([
            ("path", .string(claim.span.path)),
            ("line", .int(claim.span.line)),
            ("column", .int(claim.span.column)),
            ("endLine", .int(claim.span.endLine)),
            ("endColumn", .int(claim.span.endColumn)),
            ("text", .string(claim.span.text)),
            ("kind", .string(contractKind(claim))),
            ("value", .string(claim.value.notation)),
        ] + time + [
            ("key", .optional(claim.key?.display)),
            ("frame", claim.key.map { frame($0, claim) } ?? .null),
        ])
    }

    /// The claim's kind as the JSON contract names it: an amount in a unit of measure is a
    /// `quantity` there (its `value` the figure as written, "570" of "570 km"); the claim's
    /// `frame.measure` says it is a measurement.
    static func contractKind(_ claim: Claim) -> String {
        claim.kind == .measurement ? ClaimKind.quantity.rawValue : claim.kind.rawValue
    }

    /// A claim's frame slots (DESIGN.md §8), each null when the text leaves it unknown.
    static func frame(_ key: ClaimKey, _ claim: Claim) -> JSONValue {
        .object([
            ("measure", .string(key.measure.rawValue)),
            ("thing", .optional(key.subject)),
            ("event", .optional(key.event)),
            ("entity", .optional(key.entityName)),
            ("place", .optional(key.placeName)),
            ("time", .optional(key.scope ?? key.day)),
            ("source", .optional(claim.attribution)),
            ("modality", .string(key.modality.rawValue)),
            ("status", .string(claim.status.rawValue)),
        ])
    }

    /// The slots the key's display leaves out, for the text output: "day 2025-06-13, source police".
    static func frameNotes(_ claim: Claim) -> String {
        guard let key = claim.key else { return "" }
        var notes: [String] = []
        if let day = key.day { notes.append("day " + day) }
        if let source = claim.attribution { notes.append("source " + source) }
        if key.modality == .estimate { notes.append("estimate") }
        if claim.status == .earlier { notes.append("earlier figure") }
        return notes.joined(separator: ", ")
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
