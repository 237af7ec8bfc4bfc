/// A start date against a stated length of time and the reference date: "in power since 1990"
/// against "has ruled for over 30 years" in an article of 2024-05-17. Applies to event
/// classes the lexicon marks `ongoing`. A duration whose document has no reference date cannot
/// be checked; the rule then says so once per key at info level instead of guessing.
struct ElapsedCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        for key in corpus.sortedKeys where key.measure == .duration {
            guard let event = key.event, lexicon.eventClasses[event]?.ongoing == true else { continue }
            var startKey = key
            startKey.measure = .date
            let durations = corpus.groups[key] ?? []
            let starts = corpus.groups[startKey] ?? []
            let startDays = starts.compactMap { claim -> Interval? in
                guard case .time(let t) = claim.value else { return nil }
                switch t.form {
                case .since(let d), .on(let d): return d.interval
                default: return nil
                }
            }
            guard let start = IntervalSet(startDays).hull, !durations.isEmpty else { continue }
            var failed = false
            var undated: Claim?
            for duration in durations {
                guard case .duration(let length) = duration.value else { continue }
                guard let reference = duration.referenceDate else {
                    undated = undated ?? duration
                    continue
                }
                let today = Double(reference.firstDay)
                let elapsed = Interval(lower: today - start.upper, upper: today - start.lower)
                if !length.days(tolerance: rule.tolerance).overlaps(IntervalSet([elapsed])) {
                    failed = true
                    let years = "\(Notation.number((elapsed.lower / 365.2425).rounded(.down)))–\(Notation.number((elapsed.upper / 365.2425).rounded(.up))) years"
                    outcome.findings.append(FindingFactory.finding(rule, key: key.display, primary: duration, others: starts,
                                                                   expected: years))
                }
            }
            if let undated, !failed {
                var info = rule
                info.level = .info
                info.message = "{key}: cannot check {here} against the start date without a reference date (set reference-date in .factlint.yml or pass --reference-date)"
                outcome.findings.append(FindingFactory.finding(info, key: key.display, primary: undated, others: starts))
            }
            outcome.checks.append(FindingFactory.check(rule, key: key.display, failed: failed, claims: durations + starts))
        }
        return outcome
    }
}
