/// A weekday written before a calendar date it does not fall on: "On Friday, May 28" in an
/// article of 2024, when 28 May 2024 was a Tuesday. One of the two is wrong, and nothing in the
/// article says which; a date without a year is placed by the article's reference date first.
/// Every date written with its weekday is one check.
struct WeekdayCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        // The weekday's name as the lexicon spells it in full (its longest form).
        var names: [Int: String] = [:]
        for (word, day) in lexicon.weekdays where word.count > (names[day]?.count ?? 0) { names[day] = word }
        for claim in corpus.claims {
            guard case .time(let time) = claim.value, let stated = time.statedWeekday, case .on(let date) = time.form else { continue }
            let actual = DatePoint.weekday(ofDay: date.firstDay)
            let failed = actual != stated
            let key = date.notation
            if failed {
                let name = names[actual].map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "\(actual)"
                outcome.findings.append(FindingFactory.finding(rule, key: key, primary: claim, others: [],
                                                               expected: "\(date.notation) is a \(name)"))
            }
            outcome.checks.append(FindingFactory.check(rule, key: key, failed: failed, claims: [claim]))
        }
        return outcome
    }
}
