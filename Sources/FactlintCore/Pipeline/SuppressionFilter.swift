/// Applies `factlint-disable-next-line` comments to a run's findings: a finding is dropped
/// when a comment naming its rule sits on the line above one of its places (primary or
/// related). Each rule named by a comment that silenced nothing — or that no rule has — gives
/// a finding of the `suppression` rule (`unused-suppression`), so stale comments do not pile up.
/// Checks whose findings were all silenced count as passing.
public struct SuppressionFilter: Sendable {
    /// The rules of the run, by id (to tell an unknown rule id from an unused one).
    public var rules: [Rule]

    /// A filter for a run of these rules.
    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// The findings and checks left once `suppressions` are applied, plus unused-suppression findings.
    public func apply(_ suppressions: [Suppression], findings: [Finding], checks: [Check]) -> (findings: [Finding], checks: [Check]) {
        guard !suppressions.isEmpty else { return (findings, checks) }
        var used = Set<UsedRule>()
        var kept: [Finding] = []
        // A comment silences places in its own file only: each finding is held against the
        // comments of its places' files, not against every comment of an archive.
        let byPath = Dictionary(grouping: suppressions, by: \.span.path)
        for finding in findings {
            var silenced = false
            var paths: [String] = []
            for location in finding.locations where !paths.contains(location.span.path) {
                paths.append(location.span.path)
                for suppression in byPath[location.span.path] ?? [] where suppression.silences(finding) {
                    silenced = true
                    used.insert(UsedRule(span: suppression.span, rule: finding.rule))
                }
            }
            if !silenced { kept.append(finding) }
        }
        let rechecked = LintResult.recheck(checks, keeping: kept)
        guard let reporting = rules.first(where: { $0.check == .suppression && $0.enabled }) else {
            return (kept, rechecked)
        }
        let known = Set(rules.map(\.id))
        var added: [Finding] = []
        for suppression in suppressions {
            if suppression.rules.isEmpty {
                added.append(finding(reporting, suppression, problem: "names no rule; write `factlint-disable-next-line RULE -- reason`"))
            }
            for rule in suppression.rules where !used.contains(UsedRule(span: suppression.span, rule: rule)) {
                let problem = known.contains(rule)
                    ? "\(rule) reports nothing on line \(suppression.targetLine); remove the comment"
                    : "names unknown rule '\(rule)'; run `factlint rules` for the rule ids"
                added.append(finding(reporting, suppression, problem: problem, rule: rule))
            }
        }
        return (kept + added, rechecked)
    }

    private func finding(_ rule: Rule, _ suppression: Suppression, problem: String, rule named: String = "") -> Finding {
        let message = rule.message
            .replacingOccurrences(of: "{problem}", with: problem)
            .replacingOccurrences(of: "{rule}", with: named)
            .replacingOccurrences(of: "{line}", with: "\(suppression.targetLine)")
        return Finding(rule: rule.id, level: rule.level, message: message, key: nil,
                       primary: Finding.Location(span: suppression.span), related: [],
                       fingerprint: Fingerprint.of([rule.id, suppression.span.path, suppression.span.text, named]))
    }

    private struct UsedRule: Hashable {
        var span: Span
        var rule: String
    }
}
