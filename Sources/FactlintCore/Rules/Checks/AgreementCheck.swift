/// The values stated for one key across documents. A **conflict** is a claim that cannot be
/// true together with the values most documents state; a **divergence** is a claim compatible
/// with the others but stated with different figures ("more than 1,200" against "more than
/// 1,000"), or a weekday-derived date one day off (time zones). Each key stated by at least two
/// documents is one check; a key with a conflict is not also reported as divergent.
struct AgreementCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        for key in corpus.sortedKeys where rule.measures.contains(key.measure) {
            let claims = corpus.groups[key] ?? []
            let documents = Set(claims.map(\.span.path))
            guard documents.count >= 2 else { continue }
            let values = claims.map { ComparableValue($0, tolerance: rule.tolerance) }
            var finding: Finding?
            let conflict = conflicting(claims, values)
            switch rule.condition {
            case .conflict?:
                if let (primary, others) = conflict {
                    finding = FindingFactory.finding(rule, key: key.display, primary: primary, others: others)
                }
            case .divergence?:
                if conflict == nil, let (primary, others) = divergent(claims, values) {
                    finding = FindingFactory.finding(rule, key: key.display, primary: primary, others: others)
                }
            case nil:
                break
            }
            if let finding { outcome.findings.append(finding) }
            outcome.checks.append(FindingFactory.check(rule, key: key.display, failed: finding != nil, claims: claims))
        }
        return outcome
    }

    /// The first claim that no majority value allows, and the claims of other documents.
    private func conflicting(_ claims: [Claim], _ values: [ComparableValue?]) -> (Claim, [Claim])? {
        // How many other documents' claims each claim is compatible with.
        var support = Array(repeating: 0, count: claims.count)
        var clashes = Array(repeating: false, count: claims.count)
        for i in claims.indices {
            guard let a = values[i] else { continue }
            for j in claims.indices where j != i && claims[j].span.path != claims[i].span.path {
                guard let b = values[j] else { continue }
                if a.isCompatible(with: b) {
                    support[i] += 1
                } else if !(oneDayApart(claims[i], claims[j], a, b)) {
                    clashes[i] = true
                }
            }
        }
        guard clashes.contains(true) else { return nil }
        // The primary claim is the least supported among those that clash.
        let candidates = claims.indices.filter { clashes[$0] }
        let primary = candidates.min { (support[$0], claims[$0].span) < (support[$1], claims[$1].span) }!
        let others = claims.indices.filter { claims[$0].span.path != claims[primary].span.path }.map { claims[$0] }
        return (claims[primary], others)
    }

    /// A claim stated with other figures than the most common statement, if the figures differ.
    private func divergent(_ claims: [Claim], _ values: [ComparableValue?]) -> (Claim, [Claim])? {
        // Weekday dates one day apart.
        for i in claims.indices {
            for j in claims.indices where claims[j].span.path != claims[i].span.path {
                if let a = values[i], let b = values[j], !a.isCompatible(with: b), oneDayApart(claims[i], claims[j], a, b) {
                    let others = claims.filter { $0.span.path != claims[i].span.path }
                    return (claims[i], others)
                }
            }
        }
        // Different figures: group the stated forms, the most common one is the reference.
        let stated = claims.filter { $0.statedForm != nil }
        let forms = Dictionary(grouping: stated) { $0.statedForm! }
        guard forms.count >= 2 else { return nil }
        // Forms that share a figure are the same statement ("1,300–1,400" and "1,300 or 1,400").
        let ranked = forms.sorted { lhs, rhs in
            let l = Set(lhs.value.map(\.span.path)).count
            let r = Set(rhs.value.map(\.span.path)).count
            if l != r { return l > r }
            return lhs.value.map(\.span).min()! < rhs.value.map(\.span).min()!
        }
        let majority = ranked[0].key
        guard let minority = ranked.dropFirst().first(where: { $0.key.isDisjoint(with: majority) }) else { return nil }
        let primary = minority.value.min { $0.span < $1.span }!
        let others = claims.filter { $0.span.path != primary.span.path }
        return (primary, others)
    }

    /// Two weekday-derived dates one day apart: a time-zone difference, not a contradiction.
    private func oneDayApart(_ a: Claim, _ b: Claim, _ va: ComparableValue, _ vb: ComparableValue) -> Bool {
        guard a.isWeekdayDate || b.isWeekdayDate, case .numbers(let x) = va, case .numbers(let y) = vb,
              let hx = x.hull, let hy = y.hull, hx.lower == hx.upper, hy.lower == hy.upper else { return false }
        return abs(hx.lower - hy.lower) == 1
    }
}
