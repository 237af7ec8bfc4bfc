/// The values stated for one key across documents. A **conflict** is a statement that cannot
/// be true together with the best-supported statement of the key; a **divergence** is a
/// statement compatible with it but made with different figures ("more than 700" against
/// "more than 600"), or a weekday-derived date one day off (time zones). Each key stated by at
/// least two documents is one check; every outlying statement is one finding, placed on its
/// own words with the other documents' statements as notes. A key with a conflict is not also
/// reported as divergent.
struct AgreementCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        for key in corpus.sortedKeys where rule.measures.contains(key.measure) {
            let all = corpus.groups[key] ?? []
            guard Set(all.map(\.span.path)).count >= 2 else { continue }
            // A document that contradicts itself on a key is speaking of several things under it
            // (two releases, two sentences): its claims are not compared with other documents.
            let claims = consistent(all, rule.tolerance)
            let values = claims.map { ComparableValue($0, tolerance: rule.tolerance) }
            guard Set(claims.map(\.span.path)).count >= 2 else {
                outcome.checks.append(FindingFactory.check(rule, key: key.display, failed: false, claims: all))
                continue
            }
            let conflicts = conflicting(claims, values)
            var outliers: [[Claim]] = []
            switch rule.condition {
            case .conflict?: outliers = conflicts
            case .divergence?: outliers = conflicts.isEmpty ? divergent(claims, values, rule.tolerance) : []
            case nil: break
            }
            for group in outliers {
                let primary = group[0]
                let others = claims.filter { $0.span.path != primary.span.path }
                outcome.findings.append(FindingFactory.finding(rule, key: key.display, primary: primary, others: others))
            }
            outcome.checks.append(FindingFactory.check(rule, key: key.display, failed: !outliers.isEmpty, claims: all))
        }
        return outcome
    }

    /// The claims of documents that do not speak of several things under the key. A document is
    /// set aside when it holds two incompatible values that other documents each support (two
    /// sentences of one person, two releases); a document whose one odd value no other document
    /// supports keeps it, so that value is reported.
    private func consistent(_ claims: [Claim], _ tolerance: Tolerance) -> [Claim] {
        let values = claims.map { ComparableValue($0, tolerance: tolerance) }
        var supported: [String: [Int]] = [:]
        for i in claims.indices {
            guard let a = values[i] else { continue }
            // Support comes from stated values: "dozens" allows both 37 and 39.
            let support = claims.indices.contains { j in
                guard claims[j].span.path != claims[i].span.path, let b = values[j], !claims[j].isVague else { return false }
                return a.isCompatible(with: b)
            }
            if support { supported[claims[i].span.path, default: []].append(i) }
        }
        let ambiguous = Set(supported.filter { _, indices in
            indices.contains { i in indices.contains { j in !values[i]!.isCompatible(with: values[j]!) } }
        }.keys)
        return claims.filter { !ambiguous.contains($0.span.path) }
    }

    /// The best-supported statement: compatible with the most claims of other documents, a
    /// figure preferred to a bound ("41" over "at least 30", which agrees with everything above
    /// it and so cannot tell 41 from 45), then the earliest.
    private func reference(_ claims: [Claim], _ values: [ComparableValue?]) -> Int? {
        var best: (rank: Int, support: Int, index: Int)?
        for i in claims.indices {
            guard let a = values[i] else { continue }
            var support = 0
            for j in claims.indices where claims[j].span.path != claims[i].span.path {
                if let b = values[j], a.isCompatible(with: b) { support += 1 }
            }
            let rank = claims[i].boundShape == .point || claims[i].kind == .date ? 1 : 0
            if best == nil || (rank, support) > (best!.rank, best!.support) { best = (rank, support, i) }
        }
        return best?.index
    }

    /// Statements that cannot be true with the best-supported one and that no other document's
    /// stated figure supports, grouped by how they are written (each group one finding, its
    /// earliest claim first). A statement that another article backs is not an outlier: the
    /// disagreement is then between groups of articles, which the reference alone cannot settle.
    private func conflicting(_ claims: [Claim], _ values: [ComparableValue?]) -> [[Claim]] {
        guard let r = reference(claims, values), let referenceValue = values[r] else { return [] }
        var groups: [String: [Claim]] = [:]
        for i in claims.indices {
            guard let value = values[i], !value.isCompatible(with: referenceValue),
                  !oneDayApart(claims[i], claims[r], value, referenceValue) else { continue }
            let backed = claims.indices.contains { j in
                guard claims[j].span.path != claims[i].span.path, !claims[j].isVague, let other = values[j] else { return false }
                return value.isCompatible(with: other)
            }
            if backed { continue }
            groups[claims[i].value.notation, default: []].append(claims[i])
        }
        return groups.values.map { $0.sorted { $0.span < $1.span } }.sorted { $0[0].span < $1[0].span }
    }

    /// Statements compatible with the others but made with other figures than the most common
    /// statement (each distinct statement one group), and weekday dates one day apart.
    private func divergent(_ claims: [Claim], _ values: [ComparableValue?], _ tolerance: Tolerance) -> [[Claim]] {
        if let r = reference(claims, values), let referenceValue = values[r] {
            let apart = claims.indices.filter { i in
                guard let value = values[i] else { return false }
                return !value.isCompatible(with: referenceValue) && oneDayApart(claims[i], claims[r], value, referenceValue)
            }
            if !apart.isEmpty { return [apart.map { claims[$0] }] }
        }
        let stated = claims.filter { $0.statedForm != nil }
        let forms = Dictionary(grouping: stated) { $0.statedForm! }
        guard forms.count >= 2 else { return [] }
        // The most common statement (by documents, then earliest) is the reference; statements
        // that share a figure with it ("2,000–2,500" and "2,000 or 2,500") agree with it.
        let ranked = forms.sorted { lhs, rhs in
            let l = Set(lhs.value.map(\.span.path)).count
            let r = Set(rhs.value.map(\.span.path)).count
            if l != r { return l > r }
            return lhs.value.map(\.span).min()! < rhs.value.map(\.span).min()!
        }
        let majority = ranked[0].key
        let majorityShapes = Set(ranked[0].value.compactMap(\.boundShape))
        let majorityValues = ranked[0].value.compactMap { ComparableValue($0, tolerance: tolerance) }
        return ranked.dropFirst()
            .filter { group in
                group.key.isDisjoint(with: majority)
                    && group.value.contains { majorityShapes.contains($0.boundShape ?? .point) }
                    && group.value.allSatisfy { claim in
                        guard let value = ComparableValue(claim, tolerance: tolerance) else { return false }
                        return majorityValues.allSatisfy { value.isCompatible(with: $0) }
                    }
            }
            .map { $0.value.sorted { $0.span < $1.span } }
            .sorted { $0[0].span < $1[0].span }
    }

    /// Two weekday-derived dates one day apart: a time-zone difference, not a contradiction.
    private func oneDayApart(_ a: Claim, _ b: Claim, _ va: ComparableValue, _ vb: ComparableValue) -> Bool {
        if case .weekday(let x) = va, case .weekday(let y) = vb {
            let distance = (x - y + 7) % 7
            return distance == 1 || distance == 6
        }
        guard a.isWeekdayDate || b.isWeekdayDate, case .numbers(let x) = va, case .numbers(let y) = vb,
              let hx = x.hull, let hy = y.hull, hx.lower == hx.upper, hy.lower == hy.upper else { return false }
        return abs(hx.lower - hy.lower) == 1
    }
}
