import FactlintCore

/// What a hover on a figure shows: the claim factlint read there (its key, value, hedges and
/// attribution), what the other articles say for the same key, and the findings at that place.
struct HoverBuilder {
    var snapshot: StorySnapshot

    /// Markdown and the claim's range for the byte `offset` of the article at `path`, or nil
    /// when no claim or finding is there.
    func hover(path: String, offset: Int) -> JSON? {
        guard let text = snapshot.lines[path] else { return nil }
        let claims = snapshot.result.claims.filter { claim in
            claim.span.path == path && claim.span.startOffset <= offset && offset <= claim.span.endOffset
        }
        let findings = snapshot.result.findings.filter { finding in
            finding.locations.contains { $0.span.path == path && $0.span.startOffset <= offset && offset <= $0.span.endOffset }
        }
        guard let first = claims.first?.span ?? findings.first?.locations.first(where: { $0.span.path == path })?.span else { return nil }
        var parts: [String] = []
        for claim in claims { parts.append(describe(claim)) }
        for finding in findings {
            parts.append("**\(finding.level.rawValue)** `\(finding.rule)`: \(finding.message)")
        }
        return ["contents": ["kind": "markdown", "value": .string(parts.joined(separator: "\n\n---\n\n"))],
                "range": text.range(first.startOffset, first.endOffset)]
    }

    /// One claim and what the other articles say for its key.
    private func describe(_ claim: Claim) -> String {
        let key = claim.key?.display ?? "(no key)"
        var lines = ["**\(key)**: `\(claim.value.notation)` — \"\(claim.span.text)\""]
        if !claim.hedges.isEmpty { lines.append("hedged: \(claim.hedges.joined(separator: ", "))") }
        if let attribution = claim.attribution { lines.append("attributed: \(attribution)") }
        let others = snapshot.result.claims.filter { other in
            other.span.path != claim.span.path && other.key != nil && other.key?.display == claim.key?.display
        }
        if others.isEmpty {
            lines.append("No other article gives a figure for this.")
        } else {
            lines.append("Other articles:")
            for other in others {
                lines.append("- \(DiagnosticBuilder.name(other.span.path)):\(other.span.line): `\(other.value.notation)` — \"\(other.span.text)\"")
            }
        }
        return lines.joined(separator: "\n\n")
    }
}
