/// One speaker's words quoted differently (built with the names issue).
struct QuoteCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome { CheckOutcome() }
}
