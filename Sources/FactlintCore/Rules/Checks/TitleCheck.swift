/// One person given different roles (built with the names issue).
struct TitleCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome { CheckOutcome() }
}
