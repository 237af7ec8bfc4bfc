import FactlintCore

/// JUnit XML for CI dashboards: one `<testsuite>` per rule, one `<testcase>` per checked key
/// (`classname` = rule id, `name` = key, unique within the suite), passing checks included. A
/// finding is one `<failure>` (type = its level) whose text lists every location and value,
/// since GitLab shows only the text and Azure only the first failure. Valid against the
/// Jenkins xunit `junit-10.xsd`; GitLab's `file` attribute only when asked for.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let description = "JUnit XML: a testsuite per rule, a testcase per checked key"

    public var fileAttribute: Bool

    public init(fileAttribute: Bool = false) { self.fileAttribute = fileAttribute }

    public func report(_ result: LintResult) -> String {
        let writer = XMLWriter()
        let failing = Set(result.findings.filter { $0.level != .info }.map { CaseID(rule: $0.rule, key: $0.key ?? "") })
        let suites = Dictionary(grouping: result.checks, by: \.rule)
        let findingsByCase = Dictionary(grouping: result.findings) { CaseID(rule: $0.rule, key: $0.key ?? "") }
        let totalFailures = result.checks.count { failing.contains(CaseID(rule: $0.rule, key: $0.key)) }
        writer.element("testsuites", [("name", "factlint"), ("tests", "\(result.checks.count)"),
                                      ("failures", "\(totalFailures)"), ("errors", "0"), ("time", "0")]) {
            for rule in result.rules where suites[rule.id] != nil {
                let checks = suites[rule.id]!.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                let failures = checks.count { failing.contains(CaseID(rule: $0.rule, key: $0.key)) }
                writer.element("testsuite", [("name", rule.id), ("tests", "\(checks.count)"), ("failures", "\(failures)"),
                                             ("errors", "0"), ("skipped", "0"), ("time", "0")]) {
                    var names = Set<String>()
                    for check in checks {
                        var name = check.key
                        var suffix = 2
                        while !names.insert(name).inserted {
                            name = "\(check.key) (\(suffix))"
                            suffix += 1
                        }
                        var attributes = [("name", name), ("classname", rule.id), ("time", "0")]
                        if fileAttribute, let first = check.locations.first { attributes.append(("file", first.span.path)) }
                        writer.element("testcase", attributes) {
                            for finding in findingsByCase[CaseID(rule: check.rule, key: check.key)] ?? [] {
                                let tag = finding.level == .info ? "system-out" : "failure"
                                if tag == "failure" {
                                    writer.textElement("failure", [("type", finding.level.rawValue), ("message", finding.message)],
                                                       text: JUnitReporter.text(of: finding))
                                } else {
                                    writer.textElement("system-out", text: JUnitReporter.text(of: finding))
                                }
                            }
                        }
                    }
                }
            }
        }
        return writer.finish()
    }

    /// The failure text: the message, then every location with its words and value.
    static func text(of finding: Finding) -> String {
        var lines = ["\(finding.level.rawValue): \(finding.message) [\(finding.rule)]"]
        for location in finding.locations {
            let value = location.value.map { " (\($0))" } ?? ""
            lines.append("\(location.span.location): \"\(location.span.text)\"\(value)")
        }
        if let fix = finding.fix { lines.append("fix: \(fix)") }
        return lines.joined(separator: "\n")
    }

    private struct CaseID: Hashable {
        var rule: String
        var key: String
    }
}
