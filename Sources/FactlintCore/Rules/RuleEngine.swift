/// Runs every enabled rule of a pack over a corpus, each by its check kind.
public struct RuleEngine: Sendable {
    public let pack: RulePack

    public init(pack: RulePack) { self.pack = pack }

    /// Findings sorted by primary location (then rule), and checks sorted by rule and key.
    public func run(on corpus: Corpus) -> (findings: [Finding], checks: [Check]) {
        var findings: [Finding] = []
        var checks: [Check] = []
        for rule in pack.rules where rule.enabled {
            let outcome = RuleEngine.check(for: rule.check).run(rule, on: corpus, lexicon: pack.lexicon)
            findings += outcome.findings
            checks += outcome.checks
        }
        findings.sort { ($0.primary.span, $0.rule, $0.message) < ($1.primary.span, $1.rule, $1.message) }
        checks.sort { ($0.rule, $0.key) < ($1.rule, $1.key) }
        return (findings, checks)
    }

    /// The implementation of a check kind.
    static func check(for kind: Rule.CheckKind) -> any ClaimCheck {
        switch kind {
        case .agreement: AgreementCheck()
        case .ratio: RatioCheck()
        case .elapsed: ElapsedCheck()
        case .spelling: SpellingCheck()
        case .misspelling: MisspellingCheck()
        case .quote: QuoteCheck()
        case .title: TitleCheck()
        case .weekday: WeekdayCheck()
        case .suppression: SuppressionCheck()
        }
    }
}
