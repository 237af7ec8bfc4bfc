extension LintResult {
    /// Checks with the status the remaining findings give them: a failed check none of whose
    /// findings is left (silenced by a suppression, known from a baseline) counts as passing.
    public static func recheck(_ checks: [Check], keeping findings: [Finding]) -> [Check] {
        let failing = Set(findings.map { CheckID(rule: $0.rule, key: $0.key ?? "") })
        return checks.map { check in
            guard check.status == .fail, !failing.contains(CheckID(rule: check.rule, key: check.key)) else { return check }
            var passed = check
            passed.status = .pass
            return passed
        }
    }

    /// The result with only the findings `keep` accepts, checks updated to match.
    public func keepingFindings(_ keep: (Finding) -> Bool) -> LintResult {
        var result = self
        result.findings = findings.filter(keep)
        result.checks = LintResult.recheck(checks, keeping: result.findings)
        return result
    }

    private struct CheckID: Hashable {
        var rule: String
        var key: String
    }
}
