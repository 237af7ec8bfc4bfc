import Yams

/// Reads rule files (`Rules/<id>.yml`, DESIGN.md §3). The rule's id is its file's stem; a
/// malformed file fails with its `file:line:column` and what to write instead.
public enum RuleLoader {
    static let keys = ["id", "summary", "description", "check", "claims", "when", "level", "message", "tolerance",
                       "options", "examples", "enabled"]

    /// The rule in one file.
    public static func load(path: String, text: String) throws(InputError) -> Rule {
        let yaml = try YAMLSource(path: path, text: text)
        let root = try yaml.rootMapping()
        try yaml.requireKnownKeys(root, keys, in: "a rule")
        let stem = RuleLoader.stem(of: path)
        var id = stem
        var summary: String?
        var description: String?
        var check: Rule.CheckKind?
        var measures: Set<ClaimKey.Measure> = []
        var condition: Rule.Condition?
        var level = Level.warning
        var message: String?
        var tolerance = Tolerance.standard
        var options: [String: Double] = [:]
        var examples: [Rule.Example] = []
        var enabled = true
        for (key, keyNode, value) in try yaml.entries(root) {
            switch key {
            case "id":
                id = try yaml.string(value, "id")
                guard id == stem else { throw yaml.error(value, "the id '\(id)' must be the file name's stem '\(stem)'") }
            case "summary": summary = try yaml.string(value, "summary")
            case "description": description = try yaml.string(value, "description")
            case "check":
                let name = try yaml.string(value, "check")
                guard let kind = Rule.CheckKind(rawValue: name) else {
                    throw yaml.error(value, "unknown check kind '\(name)'; known kinds: \(Rule.CheckKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                check = kind
            case "claims":
                for name in try yaml.strings(value, "claims") {
                    guard let found = measuresNamed(name) else {
                        throw yaml.error(value, "unknown claims '\(name)'; use quantity, count, share, age, date or duration")
                    }
                    measures.formUnion(found)
                }
            case "when":
                let name = try yaml.string(value, "when")
                guard let parsed = Rule.Condition(rawValue: name) else {
                    throw yaml.error(value, "unknown condition '\(name)'; use conflict, divergence or sources")
                }
                condition = parsed
            case "level":
                let name = try yaml.string(value, "level")
                guard let parsed = Level(rawValue: name) else {
                    throw yaml.error(value, "unknown level '\(name)'; use error, warning or info")
                }
                level = parsed
            case "message": message = try yaml.string(value, "message")
            case "tolerance":
                let fields = try yaml.mapping(value, "tolerance")
                try yaml.requireKnownKeys(fields, ["relative", "percent-points"], in: "tolerance")
                for (name, _, field) in try yaml.entries(fields) {
                    let number = try yaml.number(field, name)
                    guard number >= 0 else { throw yaml.error(field, "\(name) must not be negative") }
                    if name == "relative" { tolerance.relative = number } else { tolerance.percentPoints = number }
                }
            case "options":
                for (name, _, field) in try yaml.entries(try yaml.mapping(value, "options")) {
                    options[name] = try yaml.number(field, name)
                }
            case "examples":
                examples = try loadExamples(yaml, value)
            case "enabled":
                enabled = try yaml.bool(value, "enabled")
            default:
                throw yaml.error(keyNode, "unknown key '\(key)'")
            }
        }
        guard let check else { throw yaml.error(yaml.root, "a rule needs 'check:' (one of \(Rule.CheckKind.allCases.map(\.rawValue).joined(separator: ", ")))") }
        guard let summary else { throw yaml.error(yaml.root, "a rule needs a one-line 'summary:'") }
        if check == .agreement, condition == nil {
            throw yaml.error(yaml.root, "an agreement rule needs 'when: conflict', 'when: divergence' or 'when: sources'")
        }
        if measures.isEmpty {
            measures = defaultMeasures(for: check)
        }
        return Rule(id: id, summary: summary, description: description, check: check, measures: measures,
                    condition: condition, level: level, message: message ?? "{key}: {values}", tolerance: tolerance,
                    options: options, examples: examples, enabled: enabled, source: path)
    }

    /// A file's stem: "Rules/count-conflict.yml" → "count-conflict".
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    private static func measuresNamed(_ name: String) -> Set<ClaimKey.Measure>? {
        switch name {
        case "quantity": [.count, .share, .age]
        case "count": [.count]
        case "share": [.share]
        case "age": [.age]
        case "date": [.date]
        case "duration": [.duration]
        case "measurement": [.measurement]
        case "change": [.change]
        default: nil
        }
    }

    private static func defaultMeasures(for check: Rule.CheckKind) -> Set<ClaimKey.Measure> {
        switch check {
        case .agreement: [.count, .share, .age]
        case .ratio: [.share]
        case .elapsed: [.date, .duration]
        case .weekday: [.date]
        case .spelling, .misspelling, .quote, .title, .suppression: []
        }
    }

    private static func loadExamples(_ yaml: YAMLSource, _ node: Node) throws(InputError) -> [Rule.Example] {
        let fields = try yaml.mapping(node, "examples")
        try yaml.requireKnownKeys(fields, ["trigger", "pass"], in: "examples")
        var examples: [Rule.Example] = []
        for (kind, _, list) in try yaml.entries(fields) {
            for item in try yaml.sequence(list, "\(kind) examples") {
                let files = try yaml.mapping(item, "an example (file names mapped to article text)")
                var documents: [Rule.DocumentText] = []
                var reference: DatePoint?
                for (name, _, text) in try yaml.entries(files) {
                    if name == "reference-date" {
                        let written = try yaml.string(text, "reference-date")
                        guard let date = DateParsing.day(fromISO: written) else {
                            throw yaml.error(text, "reference-date must be YYYY-MM-DD")
                        }
                        reference = date
                    } else {
                        documents.append(Rule.DocumentText(name: name, text: try yaml.string(text, "the text of \(name)")))
                    }
                }
                guard !documents.isEmpty else { throw yaml.error(item, "an example needs at least one article") }
                examples.append(Rule.Example(triggers: kind == "trigger", documents: documents, referenceDate: reference,
                                             line: item.mark?.line))
            }
        }
        return examples
    }
}
