import FactlintCore

/// The JSON contract of DESIGN.md §5: `tool`, `documents`, `findings`, `checks`, `summary`, in
/// that order, every list sorted, so other programs can parse it and diff it.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let description = "JSON (the contract in DESIGN.md §5)"
    /// The version reports name.
    public static let version = "0.1.0"

    public init() {}

    public func report(_ result: LintResult) -> String {
        let summary = result.summary
        let value = JSONValue.object([
            ("tool", .object([("name", .string("factlint")), ("version", .string(JSONReporter.version))])),
            ("documents", .array(result.documents.map { document in
                .object([("path", .string(document.path)), ("claims", .int(document.claims))])
            })),
            ("findings", .array(result.findings.map(JSONReporter.finding))),
            ("checks", .array(result.checks.map { check in
                .object([("rule", .string(check.rule)), ("key", .string(check.key)), ("status", .string(check.status.rawValue)),
                         ("documents", .int(check.documents))])
            })),
            ("summary", .object([("documents", .int(summary.documents)), ("claims", .int(summary.claims)),
                                 ("checks", .int(summary.checks)), ("errors", .int(summary.errors)),
                                 ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos))])),
        ])
        return value.rendered() + "\n"
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)),
            ("level", .string(finding.level.rawValue)),
            ("message", .string(finding.message)),
            ("key", .optional(finding.key)),
            ("locations", .array(finding.locations.map(location))),
            ("fix", .optional(finding.fix)),
            ("fingerprint", .string(finding.fingerprint)),
        ])
    }

    static func location(_ location: Finding.Location) -> JSONValue {
        .object([
            ("path", .string(location.span.path)),
            ("line", .int(location.span.line)),
            ("column", .int(location.span.column)),
            ("endLine", .int(location.span.endLine)),
            ("endColumn", .int(location.span.endColumn)),
            ("text", .string(location.span.text)),
            ("value", .optional(location.value)),
        ])
    }
}
