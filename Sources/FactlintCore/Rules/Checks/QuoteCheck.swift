/// One speaker's words quoted differently. Quotes are grouped by their speaker's entity; two
/// quotes of one speaker are the same utterance when they share a run of words and most of the
/// shorter one's words in order. They agree when their words are the same once punctuation,
/// dashes and case are set aside, or when one is the other cut short (a shortened end, a
/// shortened start, or pieces joined by an ellipsis, each piece's words unchanged). Quotes of
/// one utterance that disagree are one finding, at the quote that disagrees with most others;
/// every speaker with one utterance quoted twice or more is one check.
struct QuoteCheck: ClaimCheck {
    /// Fewest words a quote needs to be compared (shorter ones are single words or scare quotes).
    static let minimumWords = 4

    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        // Any number a rule file gives, read without a trap: below 0 is 0, and a count past a
        // million words is more than any quote has.
        let minimum = rule.options["minimum-words"] ?? Double(QuoteCheck.minimumWords)
        let shortest = minimum.isNaN ? QuoteCheck.minimumWords : Int(max(0, min(minimum, 1_000_000)))
        let overlap = rule.options["overlap"] ?? 0.75
        for (entity, quotes) in QuoteCheck.quotesBySpeaker(corpus) {
            let words = quotes.map { QuoteWords($0) }
            var pairs: [(Int, Int, Bool)] = []
            for i in quotes.indices {
                for j in quotes.indices where j > i && quotes[i].span != quotes[j].span {
                    guard min(words[i].count, words[j].count) >= shortest,
                          words[i].isSameUtterance(as: words[j], overlap: overlap) else { continue }
                    pairs.append((i, j, words[i].agrees(with: words[j])))
                }
            }
            guard !pairs.isEmpty else { continue }
            let finding = self.finding(rule, entity, quotes, pairs)
            if let finding { outcome.findings.append(finding) }
            let involved = Set(pairs.flatMap { [$0.0, $0.1] }).sorted().map { quotes[$0] }
            outcome.checks.append(FindingFactory.check(rule, key: entity.name, failed: finding != nil, claims: involved))
        }
        return outcome
    }

    /// Quote claims with a speaker, by the speaker's entity, entities in name order.
    static func quotesBySpeaker(_ corpus: Corpus) -> [(Entity, [Claim])] {
        let entityOfMention = EntityOfMention(corpus.entities) { $0.kind == .person }
        var groups: [Int: [Claim]] = [:]
        // By index: a loop over the claims themselves copied every claim to read its kind.
        let claims = corpus.claims
        for c in claims.indices where claims[c].kind == .quote {
            guard let speaker = claims[c].subject, let index = entityOfMention[speaker.span] else { continue }
            groups[index, default: []].append(claims[c])
        }
        return groups.keys.sorted().map { (corpus.entities[$0], groups[$0, default: []].sorted { $0.span < $1.span }) }
    }

    /// One finding for the quotes that disagree: at the quote in most disagreements (the later
    /// one on a tie), listing the quotes it disagrees with.
    private func finding(_ rule: Rule, _ entity: Entity, _ quotes: [Claim], _ pairs: [(Int, Int, Bool)]) -> Finding? {
        let disagreeing = pairs.filter { !$0.2 }
        guard !disagreeing.isEmpty else { return nil }
        var count: [Int: Int] = [:]
        for (i, j, _) in disagreeing {
            count[i, default: 0] += 1
            count[j, default: 0] += 1
        }
        guard let primary = count.keys.max(by: { (count[$0] ?? 0, $0) < (count[$1] ?? 0, $1) }) else { return nil }
        let others = disagreeing.compactMap { $0.0 == primary ? $0.1 : $0.1 == primary ? $0.0 : nil }.map { quotes[$0] }
        return FindingFactory.finding(rule, key: entity.name, primary: quotes[primary], others: others)
    }
}
