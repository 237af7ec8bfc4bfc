import FactlintCore

/// SARIF 2.1.0 for code-scanning views (GitHub, Azure DevOps, VS Code's SARIF viewer).
///
/// The rules that ran go in `tool.driver.rules`; each finding is one result whose `locations`
/// hold the primary claim and whose `relatedLocations` hold the claims of the other articles,
/// each with the words and value found there. URIs are the paths as linted (relative to the
/// working directory, so repo-relative when run from the repository root), percent-encoded;
/// columns are declared as Unicode code points (`columnKind`), as factlint counts them.
/// `partialFingerprints` carry the finding's fingerprint, which is computed from the rule, the
/// key and the words, never from line numbers, so alerts survive edits above them.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let description = "SARIF 2.1.0 for code-scanning views"
    /// The schema the report declares and is validated against.
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The base id relative URIs are resolved against (the folder factlint ran in).
    public static let baseID = "%SRCROOT%"
    /// The key under which the finding's fingerprint is published in `partialFingerprints`.
    public static let fingerprintKey = "factlintFingerprint/v1"

    /// A SARIF reporter (it has no settings).
    public init() {}

    /// The SARIF report of a result.
    public func report(_ result: LintResult) -> String {
        let rules = SARIFReporter.rules(of: result)
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let run = JSONValue.object([
            ("tool", .object([("driver", .object([
                ("name", .string("factlint")),
                ("version", .string(JSONReporter.version)),
                ("semanticVersion", .string(JSONReporter.version)),
                ("rules", .array(rules.map(SARIFReporter.descriptor))),
            ]))])),
            ("invocations", .array([SARIFReporter.invocation(result)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(result.findings.map { SARIFReporter.result($0, ruleIndex: ruleIndex[$0.rule]) })),
        ])
        let log = JSONValue.object([
            ("$schema", .string(SARIFReporter.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return log.rendered() + "\n"
    }

    /// The rules that ran, plus any rule a finding names that the result does not list.
    static func rules(of result: LintResult) -> [RuleSummary] {
        var rules = result.rules
        let known = Set(rules.map(\.id))
        let missing = Set(result.findings.map(\.rule)).subtracting(known)
        for id in missing.sorted() {
            let level = result.findings.first { $0.rule == id }?.level ?? .warning
            rules.append(RuleSummary(id: id, level: level, check: "", summary: id))
        }
        return rules
    }

    static func descriptor(_ rule: RuleSummary) -> JSONValue {
        var properties: [(String, JSONValue)] = []
        if !rule.check.isEmpty { properties.append(("check", .string(rule.check))) }
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("help", .object([("text", .string("Run `factlint explain \(rule.id)` for the rule's description and examples."))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.level)))])),
            ("properties", .object(properties)),
        ])
    }

    /// One invocation: notices about inputs become tool notifications.
    static func invocation(_ result: LintResult) -> JSONValue {
        .object([
            ("executionSuccessful", .bool(true)),
            ("toolExecutionNotifications", .array(result.notices.map { notice in
                .object([
                    ("level", .string("note")),
                    ("message", .object([("text", .string(notice.message))])),
                    ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifact(notice.path))]))])])),
                ])
            })),
        ])
    }

    static func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var fields: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
        if let ruleIndex { fields.append(("ruleIndex", .int(ruleIndex))) }
        fields.append(("level", .string(level(finding.level))))
        fields.append(("message", .object([("text", .string(message(finding)))])))
        fields.append(("locations", .array([location(finding.primary, id: nil)])))
        if !finding.related.isEmpty {
            fields.append(("relatedLocations", .array(finding.related.enumerated().map { location($1, id: $0 + 1) })))
        }
        fields.append(("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])))
        if let fix = finding.fix {
            fields.append(("fixes", .array([.object([
                ("description", .object([("text", .string("Write \"\(fix)\""))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", artifact(finding.primary.span.path)),
                    ("replacements", .array([.object([
                        ("deletedRegion", region(finding.primary.span, snippet: false)),
                        ("insertedContent", .object([("text", .string(fix))])),
                    ])])),
                ])])),
            ])])))
        }
        var properties: [(String, JSONValue)] = []
        if let key = finding.key { properties.append(("key", .string(key))) }
        if let value = finding.primary.value { properties.append(("value", .string(value))) }
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }

    /// The message, with each related location linked (`[words](id)`), as SARIF viewers render it.
    static func message(_ finding: Finding) -> String {
        guard !finding.related.isEmpty else { return finding.message }
        let links = finding.related.enumerated().map { index, location in
            "[\(escapeLinkText(location.span.text))](\(index + 1))"
        }
        return escapeLinkText(finding.message) + ". Elsewhere: " + links.joined(separator: ", ")
    }

    static func location(_ location: Finding.Location, id: Int?) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        if let id { fields.append(("id", .int(id))) }
        fields.append(("physicalLocation", .object([
            ("artifactLocation", artifact(location.span.path)),
            ("region", region(location.span, snippet: true)),
        ])))
        let note = location.value.map { "\"\(location.span.text)\" (\($0))" } ?? "\"\(location.span.text)\""
        fields.append(("message", .object([("text", .string(note))])))
        return .object(fields)
    }

    static func region(_ span: Span, snippet: Bool) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("startLine", .int(span.line)), ("startColumn", .int(span.column)),
            ("endLine", .int(span.endLine)), ("endColumn", .int(span.endColumn)),
        ]
        if snippet { fields.append(("snippet", .object([("text", .string(span.text))]))) }
        return .object(fields)
    }

    static func artifact(_ path: String) -> JSONValue {
        let uri = URIPath.reference(for: path)
        if uri.hasPrefix("file:") { return .object([("uri", .string(uri))]) }
        return .object([("uri", .string(uri)), ("uriBaseId", .string(baseID))])
    }

    static func level(_ level: Level) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Brackets and backslashes escaped, as SARIF requires of text in a message with embedded links.
    private static func escapeLinkText(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "[" || character == "]" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
