@testable import FactlintCore
import Testing

/// The quote check compares each variant of a speaker's words once (quotes with the same words
/// grouped); its findings and checks must be those of comparing every pair of quotes.
@Suite("Quote check")
struct QuoteCheckTests {
    static let rule: Rule = {
        guard let rule = Fixtures.pack.rules.first(where: { $0.check == .quote }) else { fatalError("no quote rule in the pack") }
        return rule
    }()

    static let speaker = EntityMention(
        span: Span(path: "speaker.txt", line: 1, column: 1, endLine: 1, endColumn: 11, text: "Anna Berg", startOffset: 0, endOffset: 9),
        name: NameValue(kind: .person, text: "Anna Berg", parts: ["Anna", "Berg"], hasGivenName: true))

    /// A quote of the speaker in `path` at `offset` (its span's text is the quote's).
    static func quote(_ text: String, _ path: String, _ offset: Int) -> Claim {
        let span = Span(path: path, line: 1, column: offset + 1, endLine: 1, endColumn: offset + 1 + text.count, text: text,
                        startOffset: offset, endOffset: offset + text.utf8.count)
        return Claim(key: nil, value: .quote(QuoteValue(text: text, speaker: "Anna Berg")), span: span, subject: speaker)
    }

    static func corpus(_ quotes: [Claim]) -> Corpus {
        let entity = Entity(id: "anna-berg", name: "Anna Berg", kind: .person, mentions: [speaker])
        return Corpus(groups: [:], claims: quotes.sorted { $0.span < $1.span }, entities: [entity], referenceDates: [:])
    }

    /// The check as it was first written: every pair of the speaker's quotes compared.
    static func pairwise(_ rule: Rule, _ corpus: Corpus) -> CheckOutcome {
        var outcome = CheckOutcome()
        for (entity, quotes) in QuoteCheck.quotesBySpeaker(corpus) {
            let words = quotes.map { QuoteWords($0, endings: Fixtures.pack.lexicon.spellingEndings) }
            var pairs: [(Int, Int, Bool)] = []
            for i in quotes.indices {
                for j in quotes.indices where j > i && quotes[i].span != quotes[j].span {
                    guard min(words[i].count, words[j].count) >= QuoteCheck.minimumWords,
                          words[i].isSameUtterance(as: words[j], overlap: 0.75) else { continue }
                    pairs.append((i, j, words[i].agrees(with: words[j])))
                }
            }
            guard !pairs.isEmpty else { continue }
            // Utterances: the quotes linked by pairs, each its own finding.
            var utterance = Array(quotes.indices)
            func root(_ q: Int) -> Int { utterance[q] == q ? q : root(utterance[q]) }
            for (i, j, _) in pairs { utterance[root(j)] = root(i) }
            var failed = false
            for group in Set(pairs.map { root($0.0) }) {
                let disagreeing = pairs.filter { !$0.2 && root($0.0) == group }
                guard !disagreeing.isEmpty else { continue }
                var count: [Int: Int] = [:]
                for (i, j, _) in disagreeing { count[i, default: 0] += 1; count[j, default: 0] += 1 }
                let primary = count.keys.max { (count[$0] ?? 0, $0) < (count[$1] ?? 0, $1) }!
                let others = disagreeing.compactMap { $0.0 == primary ? $0.1 : $0.1 == primary ? $0.0 : nil }.map { quotes[$0] }
                outcome.findings.append(FindingFactory.finding(rule, key: entity.name, primary: quotes[primary], others: others))
                failed = true
            }
            let involved = Set(pairs.flatMap { [$0.0, $0.1] }).sorted().map { quotes[$0] }
            outcome.checks.append(FindingFactory.check(rule, key: entity.name, failed: failed, claims: involved))
        }
        return outcome
    }

    static let sayings = [
        "We will never accept these terms, whatever the price",
        "We will never agree to these terms, whatever the price",
        "We will never accept these terms",
        "We will never … whatever the price",
        "never accept these terms, whatever the price",
        "The strike starts on Monday and will last a week",
        "The strike starts on Tuesday and will last a week",
        "a week",
    ]

    @Test("grouped by words, the quotes give the findings and checks of comparing every pair")
    func sameAsPairwise() {
        var scenariosWithFindings = 0
        for seed in 0..<60 {
            var random = SplitMix(state: UInt64(seed))
            var quotes: [Claim] = []
            for n in 0..<(2 + Int(random.next() % 30)) {
                let text = Self.sayings[Int(random.next() % UInt64(Self.sayings.count))]
                let path = "article-\(random.next() % 12).txt"
                quotes.append(Self.quote(text, path, 100 * n))
                // Now and then the same quote twice at one place (two claims of one span).
                if random.next() % 5 == 0 { quotes.append(Self.quote(text, path, 100 * n)) }
            }
            let corpus = Self.corpus(quotes)
            let grouped = QuoteCheck().run(Self.rule, on: corpus, lexicon: Fixtures.pack.lexicon)
            let expected = Self.pairwise(Self.rule, corpus)
            // The same findings, in whatever order (findings are sorted by place when reported).
            let order = { (a: Finding, b: Finding) in a.primary.span < b.primary.span }
            #expect(grouped.findings.sorted(by: order) == expected.findings.sorted(by: order), "seed \(seed)")
            #expect(grouped.checks == expected.checks, "seed \(seed)")
            if !expected.findings.isEmpty { scenariosWithFindings += 1 }
        }
        // The scenarios exercise the findings, not only agreeing quotes.
        #expect(scenariosWithFindings >= 30)
    }

    @Test("two statements of one speaker, each quoted differently, are two findings")
    func twoUtterances() {
        let quotes = [Self.quote(Self.sayings[0], "a.txt", 10), Self.quote(Self.sayings[1], "b.txt", 10),
                      Self.quote(Self.sayings[5], "a.txt", 200), Self.quote(Self.sayings[6], "b.txt", 200)]
        let outcome = QuoteCheck().run(Self.rule, on: Self.corpus(quotes), lexicon: Fixtures.pack.lexicon)
        #expect(outcome.findings.count == 2)
        #expect(outcome.checks.count == 1)
    }

    @Test("one saying quoted by a thousand articles, one of them changed, is one finding at the changed quote")
    func crowd() {
        var quotes = (0..<1000).map { Self.quote(Self.sayings[0], "article-\($0).txt", 10) }
        quotes.append(Self.quote(Self.sayings[1], "article-1000.txt", 10))
        let outcome = QuoteCheck().run(Self.rule, on: Self.corpus(quotes), lexicon: Fixtures.pack.lexicon)
        #expect(outcome.findings.count == 1)
        #expect(outcome.findings.first?.primary.span.path == "article-1000.txt")
        #expect(outcome.findings.first?.related.count == 1000)
        #expect(outcome.checks.count == 1)
    }
}
