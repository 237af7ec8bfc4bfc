/// The `suppression` check kind. It reads no claims: whether a suppression comment silenced
/// anything is known only once every other rule has run, so its findings are made by
/// `SuppressionFilter` in the pipeline; the engine runs this kind as a no-op.
struct SuppressionCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome { CheckOutcome() }
}
