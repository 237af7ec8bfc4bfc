import FactlintCore

/// `factlint entities`: resolved people, organisations and places with every spelling, as text
/// or as the JSON array of DESIGN.md §5 (`name`, `kind`, `mentions` with `path`, `line`,
/// `column`, `text`). With `explain`, each entity also says why its mentions were joined and
/// which other names were kept apart (text: `why:` lines; JSON: an `explanation` array).
public enum EntitiesReporter {
    /// The formats `factlint entities` writes.
    public static let formats = ["text", "json"]

    public static func report(_ entities: [Entity], format: String, explain: Bool = false) -> String {
        format == "json" ? json(entities, explain: explain) : text(entities, explain: explain)
    }

    static func json(_ entities: [Entity], explain: Bool) -> String {
        JSONValue.array(entities.map { entity in
            var fields: [(String, JSONValue)] = [
                ("name", .string(entity.name)),
                ("kind", .string(entity.kind.rawValue)),
                ("mentions", .array(entity.mentions.map { mention in
                    .object([("path", .string(mention.span.path)), ("line", .int(mention.span.line)),
                             ("column", .int(mention.span.column)), ("text", .string(mention.span.text))])
                })),
            ]
            if explain { fields.append(("explanation", .array(entity.notes.map { .string($0) }))) }
            return .object(fields)
        }).rendered() + "\n"
    }

    static func text(_ entities: [Entity], explain: Bool) -> String {
        var lines: [String] = []
        for entity in entities {
            var forms: [String: Int] = [:]
            for mention in entity.mentions { forms[mention.span.text, default: 0] += 1 }
            let spelled = forms.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                .map { "\"\($0.key)\" ×\($0.value)" }.joined(separator: ", ")
            lines.append("\(entity.name) (\(entity.kind.rawValue)): \(spelled)")
            for mention in entity.mentions {
                lines.append("  \(mention.span.location): \(mention.span.text)")
            }
            if explain {
                for note in entity.notes { lines.append("  why: \(note)") }
            }
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
