/// The values stated for one frame (DESIGN.md §8). The figures the text gives as current are
/// compared; an earlier figure ("previously put at", the 30 of "rose from 30 to 41") is an
/// update, not a conflict.
///
/// - **conflict** (`when: conflict`): a figure that cannot be true with the frame's reference
///   figure — its most precise, best-supported one — where both are stated by the same source or
///   by sources the text does not name; and, inside one article, two figures of one frame that
///   cannot both be true. Each outlying figure is one finding, on its own words, with the other
///   articles' figures as notes. Figures that other articles back are reported too: a dispute
///   between groups of articles is still a dispute.
/// - **sources** (`when: sources`): the same, where the figures come from different named
///   sources (the police's 40,000 against the organisers' 100,000); the finding names each
///   source and its figure, and is only `info` when every article giving one of the figures
///   also gives the other source's (the dispute is already in the text).
/// - **divergence** (`when: divergence`): figures that can both be true but are stated
///   differently ("more than 700" against "more than 600"), or weekday dates one day apart.
///
/// Each frame stated by at least two documents is one check.
struct AgreementCheck: ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        for key in corpus.sortedKeys where rule.measures.contains(key.measure) {
            let all = corpus.groups[key] ?? []
            let claims = all.filter { $0.status == .current }
            let several = AgreementCheck.fromSeveralFiles(claims)
            let values = claims.map { ComparableValue($0, tolerance: rule.tolerance) }
            var findings: [Finding] = []
            switch rule.condition {
            case .conflict?, .sources?:
                let wantsSources = rule.condition == .sources
                var reported = Set<Span>()
                if several {
                    let core = core(claims, values)
                    for group in conflicting(claims, values, core) {
                        let primary = group[0]
                        let others = against(primary, claims, values)
                        guard !others.isEmpty, sourcesDiffer(group, others) == wantsSources else { continue }
                        var finding = FindingFactory.finding(rule, key: key.display, primary: primary, others: others,
                                                             sources: sourceList(primary, others))
                        if wantsSources, disputeInText(group, others) { finding.level = .info }
                        findings.append(finding)
                        for claim in group { reported.insert(claim.span) }
                    }
                }
                if !wantsSources {
                    findings += withinArticles(rule, key, claims, values, skipping: reported)
                }
            case .divergence?:
                let core = several ? core(claims, values) : []
                if several, conflicting(claims, values, core).isEmpty {
                    for group in divergent(claims, values, core.first, rule.tolerance) {
                        let primary = group[0]
                        let others = claims.filter { $0.span.path != primary.span.path }
                        findings.append(FindingFactory.finding(rule, key: key.display, primary: primary, others: others,
                                                               sources: sourceList(primary, others)))
                    }
                }
            case nil: break
            }
            outcome.findings += findings
            if AgreementCheck.fromSeveralFiles(all) || !findings.isEmpty {
                outcome.checks.append(FindingFactory.check(rule, key: key.display, failed: !findings.isEmpty, claims: all))
            }
        }
        return outcome
    }

    /// The figures that agree, taken greedily: the claims in order of how many claims of other
    /// documents they are compatible with, then of how precisely they are stated (an exact
    /// figure before an approximation, a bound, a vague amount), then of place in the text; each
    /// joins the core when it is compatible with every figure already in it. "About 15,000"
    /// and "15,000" agree with as many claims, so both join and 17,500 does not; a bound that
    /// fits everything ("more than 200") joins without pulling in what contradicts the rest.
    private func core(_ claims: [Claim], _ values: [ComparableValue?]) -> [Int] {
        let documents = DocumentNumbers(claims)
        let support = Support(claims, values, documents) { _ in true }
        let order = claims.indices.filter { values[$0] != nil }.sorted { a, b in
            let ra = claims[a].kind == .date ? 3 : claims[a].precision
            let rb = claims[b].kind == .date ? 3 : claims[b].precision
            if support.count(for: a) != support.count(for: b) { return support.count(for: a) > support.count(for: b) }
            if ra != rb { return ra > rb }
            return claims[a].span < claims[b].span
        }
        var core: [Int] = []
        for i in order where core.allSatisfy({ j in
            values[i]!.isCompatible(with: values[j]!) || oneDayApart(claims[i], claims[j], values[i]!, values[j]!)
        }) {
            core.append(i)
        }
        return core
    }

    /// Statements outside the core that contradict a figure of it, grouped by how they are
    /// written (each group one finding, its earliest claim first).
    private func conflicting(_ claims: [Claim], _ values: [ComparableValue?], _ core: [Int]) -> [[Claim]] {
        let inCore = Set(core)
        var groups: [String: [Claim]] = [:]
        for i in claims.indices where !inCore.contains(i) {
            guard let value = values[i], core.contains(where: { j in
                !value.isCompatible(with: values[j]!) && !oneDayApart(claims[i], claims[j], value, values[j]!)
            }) else { continue }
            groups[claims[i].value.notation, default: []].append(claims[i])
        }
        return groups.values.map { $0.sorted { $0.span < $1.span } }.sorted { $0[0].span < $1[0].span }
    }

    /// Whether an outlying group and the figures it contradicts come from different named
    /// sources: each side names a source, and no source names both.
    private func sourcesDiffer(_ group: [Claim], _ contradicted: [Claim]) -> Bool {
        let outlying = Set(group.compactMap(\.sourceKey))
        let other = Set(contradicted.compactMap(\.sourceKey))
        guard !outlying.isEmpty, !other.isEmpty else { return false }
        return !outlying.contains { a in other.contains { b in AgreementCheck.sameSource(a, b) } }
    }

    /// Two sources are one when one's words are all among the other's ("the commission" and
    /// "the electoral commission").
    static func sameSource(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Set(a.split(separator: " ")), y = Set(b.split(separator: " "))
        return x.isSubset(of: y) || y.isSubset(of: x)
    }

    /// Whether the dispute is already in the text: every article that gives one side's figure
    /// also gives the other side's.
    private func disputeInText(_ group: [Claim], _ contradicted: [Claim]) -> Bool {
        let outlying = Set(group.map(\.span.path))
        let other = Set(contradicted.map(\.span.path))
        return outlying.isSubset(of: other) || other.isSubset(of: outlying)
    }

    /// The claims of other documents a figure contradicts: the notes of its finding (figures
    /// that agree with it would only blur what the editor must choose between).
    private func against(_ primary: Claim, _ claims: [Claim], _ values: [ComparableValue?]) -> [Claim] {
        guard let i = claims.firstIndex(where: { $0.span == primary.span }), let value = values[i] else { return [] }
        return claims.indices.filter { j in
            claims[j].span.path != primary.span.path && values[j].map { !$0.isCompatible(with: value) } == true
        }.map { claims[$0] }
    }

    /// "\"2,445\" (the Taliban) here; \"1,023\" (the UN) in 003.txt": each figure with its source.
    private func sourceList(_ primary: Claim, _ others: [Claim]) -> String {
        func describe(_ claim: Claim) -> String {
            "\"\(claim.span.text)\"" + (claim.attribution.map { " (\($0))" } ?? "")
        }
        var seen = Set<String>()
        var parts = [describe(primary) + " here"]
        for claim in others.sorted(by: { $0.span < $1.span }) {
            let text = describe(claim)
            guard seen.insert(text).inserted else { continue }
            parts.append(text)
        }
        return parts.joined(separator: ", ")
    }

    /// Two figures of one frame in one article that cannot both be true (and come from the same
    /// or unnamed sources): one finding per article, on the later figure, the earlier ones as
    /// notes. Spans already reported across articles are left out.
    private func withinArticles(_ rule: Rule, _ key: ClaimKey, _ claims: [Claim], _ values: [ComparableValue?],
                                skipping reported: Set<Span>) -> [Finding] {
        var findings: [Finding] = []
        let byDocument = Dictionary(grouping: claims.indices, by: { claims[$0].span.path })
        for path in byDocument.keys.sorted(by: { $0.utf8Precedes($1) }) {
            let indices = byDocument[path]!.sorted { claims[$0].span < claims[$1].span }
            guard indices.count >= 2 else { continue }
            // Only figures stated precisely (exact, approximate, a range): a bound beside a
            // figure in one article is most often a part or the whole of it, not a rival.
            for (n, later) in indices.enumerated() where !reported.contains(claims[later].span) && claims[later].isPrecise {
                guard let value = values[later] else { continue }
                let against = indices[..<n].filter { earlier in
                    guard claims[earlier].isPrecise, let other = values[earlier], !other.isCompatible(with: value),
                          !oneDayApart(claims[earlier], claims[later], other, value) else { return false }
                    guard let a = claims[earlier].sourceKey, let b = claims[later].sourceKey else { return true }
                    return AgreementCheck.sameSource(a, b)
                }
                guard !against.isEmpty else { continue }
                let others = against.map { claims[$0] }
                findings.append(FindingFactory.finding(rule, key: key.display, primary: claims[later], others: others,
                                                       sources: sourceList(claims[later], others)))
                break
            }
        }
        return findings
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
