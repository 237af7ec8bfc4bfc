import FactlintCore

/// The claim matrix of a lint result, as the HTML report draws it: one row per claim key, one
/// cell per article, each cell holding that article's claims for the key. Rows and cells are
/// marked by the most serious finding that points at them: `conflict` (error), `divergence`
/// (warning), `info`; a row checked by a rule without findings is `agree`; a key only one
/// article states is `single`. Rows come most serious first, then most articles, then by key.
struct ClaimMatrix {
    /// One claim in a cell, with its anchor id and whether a finding points at it.
    struct Entry {
        var claim: Claim
        var id: String
        var flagged: Bool
    }

    /// One article's claims for one key.
    struct Cell {
        var claims: [Entry]
        var status: String
    }

    /// One claim key across the articles.
    struct Row {
        var key: String
        var id: String
        var status: String
        var statusLabel: String
        /// Cells by document path (absent where the article states nothing for the key).
        var cells: [String: Cell]
    }

    private(set) var rows: [Row] = []
    private var idsBySpan: [SpanKey: String] = [:]

    init(_ result: LintResult) {
        var levelBySpan: [SpanKey: Level] = [:]
        var findingsByKey: [String: [Finding]] = [:]
        for finding in result.findings {
            if let key = finding.key { findingsByKey[key, default: []].append(finding) }
            for location in finding.locations {
                let spanKey = SpanKey(location.span)
                levelBySpan[spanKey] = max(levelBySpan[spanKey] ?? finding.level, finding.level)
            }
        }
        let passing = Set(result.checks.filter { $0.status == .pass }.map(\.key))
        var claimsByKey: [String: [Entry]] = [:]
        for (index, claim) in result.claims.enumerated() {
            guard let key = claim.key?.display else { continue }
            let spanKey = SpanKey(claim.span)
            let id = "claim-\(index + 1)"
            idsBySpan[spanKey] = id
            claimsByKey[key, default: []].append(Entry(claim: claim, id: id, flagged: levelBySpan[spanKey] != nil))
        }
        var built: [(rank: Int, documents: Int, row: Row)] = []
        for (key, entries) in claimsByKey {
            let documents = Set(entries.map(\.claim.span.path)).count
            let findings = findingsByKey[key] ?? []
            let worst = findings.map(\.level).max()
            let status: String
            let label: String
            if let worst {
                status = ClaimMatrix.status(of: worst)
                label = status + " · " + Set(findings.map(\.rule)).sorted().joined(separator: ", ")
            } else if documents > 1 && passing.contains(key) {
                status = "agree"
                label = "agrees across \(documents) articles"
            } else if documents > 1 {
                status = "unchecked"
                label = "\(documents) articles, not compared"
            } else {
                status = "single"
                label = "1 article"
            }
            var cells: [String: Cell] = [:]
            for entry in entries {
                cells[entry.claim.span.path, default: Cell(claims: [], status: "")].claims.append(entry)
            }
            for path in cells.keys {
                let levels = cells[path, default: Cell(claims: [], status: "")].claims.compactMap { levelBySpan[SpanKey($0.claim.span)] }
                if let level = levels.max() {
                    cells[path]?.status = ClaimMatrix.status(of: level)
                } else {
                    cells[path]?.status = status == "agree" ? "agree" : "plain"
                }
            }
            let rank = worst.map { $0 == .error ? 3 : $0 == .warning ? 2 : 1 } ?? 0
            built.append((rank, documents, Row(key: key, id: "", status: status, statusLabel: label, cells: cells)))
        }
        built.sort { a, b in
            if a.rank != b.rank { return a.rank > b.rank }
            if a.documents != b.documents { return a.documents > b.documents }
            return a.row.key.utf8.lexicographicallyPrecedes(b.row.key.utf8)
        }
        rows = built.enumerated().map { index, item in
            var row = item.row
            row.id = "key-\(index + 1)"
            return row
        }
    }

    /// The anchor id of the claim at a span, if the matrix shows one there.
    func claimID(of span: Span) -> String? { idsBySpan[SpanKey(span)] }

    static func status(of level: Level) -> String {
        switch level {
        case .error: "conflict"
        case .warning: "divergence"
        case .info: "info"
        }
    }

    /// A span's identity for matching findings to claims: the file and the bytes.
    private struct SpanKey: Hashable {
        var path: String
        var start: Int
        var end: Int

        init(_ span: Span) {
            path = span.path
            start = span.startOffset
            end = span.endOffset
        }
    }
}
