/// One entity written several ways across the corpus (built with the names issue).
struct SpellingCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome { CheckOutcome() }
}
