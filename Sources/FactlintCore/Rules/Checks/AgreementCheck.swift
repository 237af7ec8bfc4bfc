/// The values stated for one key across documents. A **conflict** is a statement that cannot
/// be true together with the best-supported statement of the key; a **divergence** is a
/// statement compatible with it but made with different figures ("more than 700" against
/// "more than 600"), or a weekday-derived date one day off (time zones). Each key stated by at
/// least two documents is one check; every outlying statement is one finding, placed on its
/// own words with the other documents' statements as notes. A key with a conflict is not also
/// reported as divergent, and a key whose figures stray from the best-supported one in more
/// than two ways, in as many claims as agree with it, is not reported at all (it counts
/// several things).
struct AgreementCheck: ClaimCheck {
    /// Most figures that may contradict a key's best-supported one for the key to be reported
    /// (the rule option `most-conflicting-figures`).
    static let mostConflictingFigures = 2

    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        for key in corpus.sortedKeys where rule.measures.contains(key.measure) {
            let all = corpus.groups[key] ?? []
            guard AgreementCheck.fromSeveralFiles(all) else { continue }
            // A document that contradicts itself on a key is speaking of several things under it
            // (two releases, two sentences): its claims are not compared with other documents.
            let allValues = all.map { ComparableValue($0, tolerance: rule.tolerance) }
            let allDocuments = DocumentNumbers(all)
            let allBacking = Support(all, allValues, allDocuments) { !all[$0].isVague }
            let claims = consistent(all, allValues, allDocuments, allBacking)
            guard AgreementCheck.fromSeveralFiles(claims) else {
                outcome.checks.append(FindingFactory.check(rule, key: key.display, failed: false, claims: all))
                continue
            }
            // Usually no document is set aside, and the support already counted holds.
            let unchanged = claims.count == all.count
            let values = unchanged ? allValues : claims.map { ComparableValue($0, tolerance: rule.tolerance) }
            let documents = unchanged ? allDocuments : DocumentNumbers(claims)
            let backing = unchanged ? allBacking : Support(claims, values, documents) { !claims[$0].isVague }
            // The reference counts every claim's support, vague ones too: when no claim is
            // vague that is the support already counted.
            let reference = reference(claims, values, claims.contains(where: \.isVague) ? Support(claims, values, documents) { _ in true } : backing)
            // Three or more figures against the best-supported one, stated by as many claims as
            // the rest: the articles count several things under one key (several strikes,
            // several nights of protest), not one misreported figure, and no finding is worth an
            // editor's minute. (A large story's few odd figures against a clear majority are
            // still reported.)
            let most = rule.options["most-conflicting-figures"] ?? Double(AgreementCheck.mostConflictingFigures)
            func severalThings(_ groups: [[Claim]]) -> Bool {
                !(Double(groups.count) <= most) && 2 * groups.reduce(0) { $0 + $1.count } >= claims.count
            }
            let conflicts = conflicting(claims, values, reference, backing)
            var outliers: [[Claim]] = []
            if !severalThings(conflicts) {
                switch rule.condition {
                case .conflict?: outliers = conflicts
                case .divergence?:
                    let divergences = conflicts.isEmpty ? divergent(claims, values, reference, rule.tolerance) : []
                    outliers = severalThings(divergences) ? [] : divergences
                case nil: break
                }
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
    private func consistent(_ claims: [Claim], _ values: [ComparableValue?], _ documents: DocumentNumbers,
                            _ support: Support) -> [Claim] {
        // Support comes from stated values (`support` counts no vague claim): "dozens" allows
        // both 37 and 39.
        var supported = [[Int]](repeating: [], count: documents.count)
        for i in claims.indices where values[i] != nil && support.count(for: i) > 0 {
            supported[documents[i]].append(i)
        }
        let ambiguous = supported.map { indices in
            indices.contains { i in indices.contains { j in !values[i]!.isCompatible(with: values[j]!) } }
        }
        guard ambiguous.contains(true) else { return claims }
        return claims.indices.filter { !ambiguous[documents[$0]] }.map { claims[$0] }
    }

    /// The best-supported statement: compatible with the most claims of other documents, a
    /// figure preferred to a bound ("41" over "at least 30", which agrees with everything above
    /// it and so cannot tell 41 from 45), then the earliest. `support` counts every claim.
    private func reference(_ claims: [Claim], _ values: [ComparableValue?], _ support: Support) -> Int? {
        var best: (rank: Int, support: Int, index: Int)?
        for i in claims.indices where values[i] != nil {
            let count = support.count(for: i)
            let rank = claims[i].boundShape == .point || claims[i].kind == .date ? 1 : 0
            if best == nil || (rank, count) > (best!.rank, best!.support) { best = (rank, count, i) }
        }
        return best?.index
    }

    /// Statements that cannot be true with the best-supported one and that no other document's
    /// stated figure supports, grouped by how they are written (each group one finding, its
    /// earliest claim first). A statement that another article backs is not an outlier: the
    /// disagreement is then between groups of articles, which the reference alone cannot settle.
    private func conflicting(_ claims: [Claim], _ values: [ComparableValue?], _ reference: Int?, _ backing: Support) -> [[Claim]] {
        guard let r = reference, let referenceValue = values[r] else { return [] }
        var groups: [String: [Claim]] = [:]
        for i in claims.indices {
            guard let value = values[i], !value.isCompatible(with: referenceValue),
                  !oneDayApart(claims[i], claims[r], value, referenceValue) else { continue }
            if backing.count(for: i) > 0 { continue }
            groups[claims[i].value.notation, default: []].append(claims[i])
        }
        return groups.values.map { $0.sorted { $0.span < $1.span } }.sorted { $0[0].span < $1[0].span }
    }

    /// Statements compatible with the others but made with other figures than the most common
    /// statement (each distinct statement one group), and weekday dates one day apart.
    private func divergent(_ claims: [Claim], _ values: [ComparableValue?], _ reference: Int?, _ tolerance: Tolerance) -> [[Claim]] {
        if let r = reference, let referenceValue = values[r] {
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
        let ranked = forms.map { form in
            (key: form.key, value: form.value, documents: Set(form.value.map(\.span.path)).count, first: form.value.map(\.span).min()!)
        }.sorted { lhs, rhs in
            if lhs.documents != rhs.documents { return lhs.documents > rhs.documents }
            return lhs.first < rhs.first
        }
        let majority = ranked[0].key
        let majorityShapes = Set(ranked[0].value.compactMap(\.boundShape))
        // Distinct values only: compatibility depends on the value, not on who stated it.
        let majorityValues = Set(ranked[0].value.compactMap { ComparableValue($0, tolerance: tolerance) })
        return ranked.dropFirst()
            .filter { group in
                group.key.isDisjoint(with: majority)
                    && group.value.contains { majorityShapes.contains($0.boundShape ?? .point) }
                    && group.value.allSatisfy { claim in ComparableValue(claim, tolerance: tolerance) != nil }
                    && Set(group.value.compactMap { ComparableValue($0, tolerance: tolerance) }).allSatisfy { value in
                        majorityValues.allSatisfy { value.isCompatible(with: $0) }
                    }
            }
            .map { $0.value.sorted { $0.span < $1.span } }
            .sorted { $0[0].span < $1[0].span }
    }

    /// Whether claims come from two files or more: whether any path differs from the first (a
    /// key stated in one file, most keys, is told without a set of every path).
    private static func fromSeveralFiles(_ claims: [Claim]) -> Bool {
        guard let first = claims.first?.span.path else { return false }
        return claims.contains { $0.span.path != first }
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

/// For each claim of a key, how many claims of other documents it is compatible with, counting
/// only the claims `counted` admits. Claims with equal values are compared once: compatibility
/// is decided per pair of distinct values, then subtracted for the claim's own document, so a
/// key stated by 10,000 articles with a handful of values costs about 10,000 steps, not 10^8.
private struct Support {
    /// Per claim: compatible counted claims in all documents, minus those in its own document.
    private var counts: [Int]

    init(_ claims: [Claim], _ values: [ComparableValue?], _ documents: DocumentNumbers, counted: (Int) -> Bool) {
        var distinct: [ComparableValue] = []
        var slotOf: [ComparableValue: Int] = [:]
        var weight: [Int] = []
        var slots = [Int?](repeating: nil, count: claims.count)
        var byDocument = [[Int]](repeating: [], count: documents.count)
        for i in claims.indices {
            guard let value = values[i] else { continue }
            let slot: Int
            if let known = slotOf[value] {
                slot = known
            } else {
                slot = distinct.count
                slotOf[value] = slot
                distinct.append(value)
                weight.append(0)
            }
            slots[i] = slot
            if counted(i) {
                weight[slot] += 1
                byDocument[documents[i]].append(i)
            }
        }
        var total = [Int](repeating: 0, count: distinct.count)
        for a in distinct.indices {
            for b in distinct.indices where weight[b] > 0 && distinct[a].isCompatible(with: distinct[b]) { total[a] += weight[b] }
        }
        counts = [Int](repeating: 0, count: claims.count)
        for i in claims.indices {
            guard let slot = slots[i] else { continue }
            let own = byDocument[documents[i]].count { j in distinct[slot].isCompatible(with: distinct[slots[j]!]) }
            counts[i] = total[slot] - own
        }
    }

    func count(for claim: Int) -> Int { counts[claim] }
}
