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
        // A speaker quoted once has nothing to compare.
        for (entity, quotes) in QuoteCheck.quotesBySpeaker(corpus) where quotes.count >= 2 {
            let variants = QuoteCheck.variants(quotes, endings: lexicon.spellingEndings)
            // Pairs of variants that render one utterance; a variant is compared with itself
            // when two of its quotes stand at different places.
            var pairs: [(Int, Int, Bool)] = []
            for a in variants.indices {
                for b in variants.indices where b >= a {
                    let (first, second) = (variants[a], variants[b])
                    guard min(first.words.count, second.words.count) >= shortest,
                          a != b || first.spans > 1,
                          first.words.isSameUtterance(as: second.words, overlap: overlap) else { continue }
                    pairs.append((a, b, a == b || first.words.agrees(with: second.words)))
                }
            }
            guard !pairs.isEmpty else { continue }
            // One finding per utterance: the pairs linked by a shared variant ("jumped the main
            // road" and "crossed the main road" apart from "doing everything we can").
            let findings = QuoteCheck.utterances(pairs).compactMap { self.finding(rule, entity, quotes, variants, $0) }
            outcome.findings += findings
            let involved = Set(pairs.flatMap { [$0.0, $0.1] }).flatMap { variants[$0].members }.sorted().map { quotes[$0] }
            outcome.checks.append(FindingFactory.check(rule, key: entity.name, failed: !findings.isEmpty, claims: involved))
        }
        return outcome
    }

    /// Quotes with the same words in the same pieces: they agree with each other and compare
    /// alike with any other quote, so each variant is compared once — a story of thousands of
    /// articles quoting one sentence makes a few variants, not millions of pairs.
    struct Variant {
        let words: QuoteWords
        /// Indexes of the variant's quotes, ascending.
        var members: [Int]
        /// Places the variant's quotes stand at (a quote's words are its span's text, so two
        /// quotes at one place are one variant's).
        var spans: Int
    }

    /// The speaker's quotes grouped by words, in order of first quote.
    static func variants(_ quotes: [Claim], endings: SpellingEndings) -> [Variant] {
        var variants: [Variant] = []
        var byPieces: [[[String]]: Int] = [:]
        for q in quotes.indices {
            let words = QuoteWords(quotes[q], endings: endings)
            if let v = byPieces[words.pieces] {
                // Quotes come sorted by span: a new place is a span unlike the last member's.
                if quotes[variants[v].members[variants[v].members.count - 1]].span != quotes[q].span { variants[v].spans += 1 }
                variants[v].members.append(q)
            } else {
                byPieces[words.pieces] = variants.count
                variants.append(Variant(words: words, members: [q], spans: 1))
            }
        }
        return variants
    }

    /// The pairs split by utterance: pairs that share a variant, directly or through others,
    /// are one utterance; utterances in order of their first pair.
    static func utterances(_ pairs: [(Int, Int, Bool)]) -> [[(Int, Int, Bool)]] {
        var linked = DisjointSets<Int>()
        for (a, b, _) in pairs { linked.join(a, b) }
        var order: [Int: Int] = [:]
        var groups: [[(Int, Int, Bool)]] = []
        for pair in pairs {
            let r = linked.root(of: pair.0)
            if let g = order[r] {
                groups[g].append(pair)
            } else {
                order[r] = groups.count
                groups.append([pair])
            }
        }
        return groups
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
    private func finding(_ rule: Rule, _ entity: Entity, _ quotes: [Claim], _ variants: [Variant],
                         _ pairs: [(Int, Int, Bool)]) -> Finding? {
        let disagreeing = pairs.filter { !$0.2 }
        guard !disagreeing.isEmpty else { return nil }
        // Each quote of a variant disagrees with every quote of the variants it disagrees with.
        var count: [Int: Int] = [:]
        for (a, b, _) in disagreeing {
            count[a, default: 0] += variants[b].members.count
            count[b, default: 0] += variants[a].members.count
        }
        let quoteCount = { (v: Int) in (count[v] ?? 0, variants[v].members[variants[v].members.count - 1]) }
        guard let variant = count.keys.max(by: { quoteCount($0) < quoteCount($1) }) else { return nil }
        let primary = quoteCount(variant).1
        let others = disagreeing.flatMap { $0.0 == variant ? [$0.1] : $0.1 == variant ? [$0.0] : [] }
            .flatMap { variants[$0].members }.sorted().map { quotes[$0] }
        return FindingFactory.finding(rule, key: entity.name, primary: quotes[primary], others: others)
    }
}
