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
                return "\(claim.span.location): \(claim.kind.rawValue) \(claim.value.notation) \"\(text)\" [\(key)]"
            }.joined(separator: "\n") + (claims.isEmpty ? "" : "\n")
        }
    }

    static func value(_ claim: Claim) -> JSONValue {
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

/// `factlint entities`: resolved people, organisations and places with every spelling.
public enum EntitiesReporter {
    public static func report(_ entities: [Entity], format: String) -> String {
        if format == "json" {
            return JSONValue.array(entities.map { entity in
                .object([
                    ("name", .string(entity.name)),
                    ("kind", .string(entity.kind.rawValue)),
                    ("mentions", .array(entity.mentions.map { mention in
                        .object([("path", .string(mention.span.path)), ("line", .int(mention.span.line)),
                                 ("column", .int(mention.span.column)), ("text", .string(mention.span.text))])
                    })),
                ])
            }).rendered() + "\n"
        }
        var lines: [String] = []
        for entity in entities {
            var forms: [String: Int] = [:]
            for mention in entity.mentions { forms[mention.span.text, default: 0] += 1 }
            let spelled = forms.sorted { $0.key < $1.key }.map { "\"\($0.key)\" ×\($0.value)" }.joined(separator: ", ")
            lines.append("\(entity.name) (\(entity.kind.rawValue)): \(spelled)")
            for mention in entity.mentions {
                lines.append("  \(mention.span.location): \(mention.span.text)")
            }
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
