/// Runs every enabled rule of a pack over a corpus, each by its check kind.
public struct RuleEngine: Sendable {
    public let pack: RulePack
    /// The name matcher of the pack's lexicon, whose tables (aligners, skeletons) the spelling
    /// checks share: built once per run rather than once per story, or per entity.
    let names: RomanisationMatcher

    /// An engine for `pack`; `names`, when given, must be a matcher of the pack's name lexicon
    /// (the pipeline's, so that its tables are built once).
    public init(pack: RulePack, names: RomanisationMatcher? = nil) {
        self.pack = pack
        self.names = names ?? RomanisationMatcher(lexicon: pack.lexicon.names)
    }

    /// Findings sorted by primary location (then rule), and checks sorted by rule and key.
    public func run(on corpus: Corpus) -> (findings: [Finding], checks: [Check]) {
        var findings: [Finding] = []
        var checks: [Check] = []
        let spellings = StorySpellings()
        for rule in pack.rules where rule.enabled {
            let outcome = check(for: rule.check, spellings).run(rule, on: corpus, lexicon: pack.lexicon)
            findings += outcome.findings
            checks += outcome.checks
        }
        findings.sort { ($0.primary.span, $0.rule, $0.message) < ($1.primary.span, $1.rule, $1.message) }
        checks.sort { ($0.rule, $0.key) < ($1.rule, $1.key) }
        return (findings, checks)
    }

    /// The implementation of a check kind; the spelling checks read entities' spellings
    /// through `spellings`, shared by the checks of one corpus.
    func check(for kind: Rule.CheckKind, _ spellings: StorySpellings) -> any ClaimCheck {
        switch kind {
        case .agreement: AgreementCheck()
        case .ratio: RatioCheck()
        case .elapsed: ElapsedCheck()
        case .spelling: SpellingCheck(names: names, spellings: spellings)
        case .misspelling: MisspellingCheck(names: names, spellings: spellings)
        case .quote: QuoteCheck()
        case .title: TitleCheck()
        case .weekday: WeekdayCheck()
        case .suppression: SuppressionCheck()
        }
    }
}
