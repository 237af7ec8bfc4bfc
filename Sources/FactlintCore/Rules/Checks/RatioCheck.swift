/// A percentage against the counts it relates: "the release of 30 detainees is about 5 percent of
/// the over 600 still held" is checked against the counts of the same
/// group stated anywhere in the corpus — the part (released) over the part plus the rest
/// (remaining), or over the rest alone, since writers use both. A lower bound on the rest ("more
/// than 600") is read as at most `bound-slack` above its figure (option, default 0.25), as
/// news writing means it. The check needs a part and a rest; without them it says nothing.
struct RatioCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        let slack = rule.options["bound-slack"] ?? 0.25
        for key in corpus.sortedKeys where key.measure == .share {
            guard let event = key.event, let subject = key.subject,
                  let complement = lexicon.eventClasses.values.first(where: { $0.complement == event })?.id else { continue }
            let shares = corpus.groups[key] ?? []
            let parts = counts(of: subject, event, in: corpus)
            let rests = counts(of: subject, complement, in: corpus)
            guard let part = consensus(parts, rule.tolerance), !rests.isEmpty else { continue }
            var expected: [Interval] = []
            for rest in rests {
                guard let restInterval = bounded(rest, slack: slack, rule.tolerance) else { continue }
                expected.append(ratio(part, Interval(lower: part.lower + restInterval.lower, upper: part.upper + restInterval.upper)))
                expected.append(ratio(part, restInterval))
            }
            guard let allowed = IntervalSet(expected).hull else { continue }
            let evidence = parts + rests
            var failed = false
            for share in shares {
                guard case .quantity(let value) = share.value else { continue }
                let stated = value.values(tolerance: rule.tolerance)
                if !stated.overlaps(IntervalSet([allowed])) {
                    failed = true
                    let range = "\(format(allowed.lower))–\(format(allowed.upper))%"
                    outcome.findings.append(FindingFactory.finding(rule, key: key.display, primary: share, others: evidence,
                                                                   expected: range))
                }
            }
            outcome.checks.append(FindingFactory.check(rule, key: key.display, failed: failed, claims: shares + evidence))
        }
        return outcome
    }

    /// The current, unplaced counts of a group for an event, whatever day their frames name
    /// (the share relates the story's totals).
    private func counts(of subject: String, _ event: String, in corpus: Corpus) -> [Claim] {
        corpus.sortedKeys.filter { key in
            key.measure == .count && key.subject == subject && key.event == event && key.place == nil && key.scope == nil
                && key.entity == nil && key.modality == .actual
        }.flatMap { corpus.groups[$0] ?? [] }.sorted { $0.span < $1.span }
    }

    /// The numbers all the stated part counts allow (their intersection), if they agree.
    private func consensus(_ claims: [Claim], _ tolerance: Tolerance) -> Interval? {
        var result: IntervalSet?
        for claim in claims {
            guard case .quantity(let q) = claim.value, q.isStated else { continue }
            let values = q.values(tolerance: tolerance)
            result = result.map { $0.intersection(values) } ?? values
        }
        guard let result, let hull = result.hull, hull.upper.isFinite, hull.lower > 0 else { return nil }
        return hull
    }

    /// A count as a finite interval: a lower bound reaches `slack` above its figure.
    private func bounded(_ claim: Claim, slack: Double, _ tolerance: Tolerance) -> Interval? {
        guard case .quantity(let q) = claim.value, q.isStated else { return nil }
        switch q.form {
        case .atLeast(let x, _): return Interval(lower: x, upper: x * (1 + slack))
        case .atMost(let x, _): return Interval(lower: x * (1 - slack), upper: x)
        default:
            guard let hull = q.values(tolerance: tolerance).hull, hull.upper.isFinite, hull.lower > 0 else { return nil }
            return hull
        }
    }

    /// part / whole as a percentage interval.
    private func ratio(_ part: Interval, _ whole: Interval) -> Interval {
        Interval(lower: 100 * part.lower / whole.upper, upper: 100 * part.upper / whole.lower)
    }

    private func format(_ value: Double) -> String { Notation.number((value * 10).rounded() / 10) }
}
