import FactlintCore

/// JUnit XML for CI dashboards: one `<testsuite>` per rule, one `<testcase>` per checked key
/// (`classname` = rule id, `name` = key, unique within the suite, since GitLab drops
/// duplicates), passing checks included. A testcase's findings make one `<failure>` (type = the
/// most serious level) whose text lists every finding with every location and value, since
/// GitLab shows only the text and Azure reads only the first failure. A finding that belongs
/// to no check (a misspelt name, an unused suppression) is a testcase of its own; an info-level
/// finding is no failure and goes to `<system-out>`. Valid against the Jenkins xunit
/// `junit-10.xsd`; GitLab's `file` attribute (outside that schema) only when asked for.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let description = "JUnit XML: a testsuite per rule, a testcase per checked key"

    /// Add GitLab's `file` attribute (the first location) to each testcase.
    public var fileAttribute: Bool

    /// A JUnit reporter, with or without GitLab's `file` attribute.
    public init(fileAttribute: Bool = false) { self.fileAttribute = fileAttribute }

    /// The JUnit XML of a result.
    public func report(_ result: LintResult) -> String {
        let suites = JUnitReporter.suites(result)
        let writer = XMLWriter()
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failures }
        writer.element("testsuites", [("name", "factlint"), ("tests", "\(tests)"), ("failures", "\(failures)"),
                                      ("errors", "0"), ("time", "0")]) {
            for suite in suites {
                writer.element("testsuite", [("name", suite.rule), ("tests", "\(suite.cases.count)"),
                                             ("failures", "\(suite.failures)"), ("errors", "0"), ("skipped", "0"),
                                             ("time", "0")]) {
                    for testCase in suite.cases {
                        write(testCase, rule: suite.rule, to: writer)
                    }
                }
            }
        }
        return writer.finish()
    }

    private func write(_ testCase: Case, rule: String, to writer: XMLWriter) {
        var attributes = [("name", testCase.name), ("classname", rule), ("time", "0")]
        if fileAttribute, let file = testCase.file { attributes.append(("file", file)) }
        writer.element("testcase", attributes) {
            let failing = testCase.findings.filter { $0.level != .info }
            if let worst = failing.map(\.level).max() {
                writer.textElement("failure", [("type", worst.rawValue), ("message", failing[0].message)],
                                   text: failing.map(JUnitReporter.text(of:)).joined(separator: "\n\n"))
            }
            let infos = testCase.findings.filter { $0.level == .info }
            if !infos.isEmpty {
                writer.textElement("system-out", text: infos.map(JUnitReporter.text(of:)).joined(separator: "\n\n"))
            }
        }
    }

    /// One testcase: a checked key, or a finding that belongs to no check.
    struct Case {
        var name: String
        var file: String?
        var findings: [Finding]
        var isFailure: Bool { findings.contains { $0.level != .info } }
    }

    /// One testsuite: a rule's cases, in key order, names made unique.
    struct Suite {
        var rule: String
        var cases: [Case]
        var failures: Int { cases.count { $0.isFailure } }
    }

    /// The suites of a result, by rule id.
    static func suites(_ result: LintResult) -> [Suite] {
        let findingsByCase = Dictionary(grouping: result.findings) { CaseID(rule: $0.rule, key: $0.key ?? "") }
        let checked = Set(result.checks.map { CaseID(rule: $0.rule, key: $0.key) })
        var casesByRule: [String: [Case]] = [:]
        for check in result.checks {
            let findings = findingsByCase[CaseID(rule: check.rule, key: check.key)] ?? []
            let file = check.locations.first?.span.path ?? findings.first?.primary.span.path
            casesByRule[check.rule, default: []].append(Case(name: check.key, file: file, findings: findings))
        }
        for finding in result.findings where !checked.contains(CaseID(rule: finding.rule, key: finding.key ?? "")) {
            let subject = finding.key ?? finding.message
            casesByRule[finding.rule, default: []].append(
                Case(name: "\(subject) at \(finding.primary.span.location)", file: finding.primary.span.path, findings: [finding]))
        }
        let ruleIDs = Set(result.rules.map(\.id)).union(casesByRule.keys).filter { casesByRule[$0] != nil }
        return ruleIDs.sorted().map { rule in
            var cases = casesByRule[rule, default: []].sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            var names = Set<String>()
            for index in cases.indices {
                let base = cases[index].name
                var name = base
                var suffix = 2
                while !names.insert(name).inserted {
                    name = "\(base) (\(suffix))"
                    suffix += 1
                }
                cases[index].name = name
            }
            return Suite(rule: rule, cases: cases)
        }
    }

    /// A finding as failure text: the message, then every location with its words and value.
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
