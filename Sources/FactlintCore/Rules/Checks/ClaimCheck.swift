/// One check kind: reads the corpus for one rule and reports findings and the checks it made.
public protocol ClaimCheck {
    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome
}

/// What a check produced.
public struct CheckOutcome: Sendable {
    public var findings: [Finding] = []
    public var checks: [Check] = []

    public init(findings: [Finding] = [], checks: [Check] = []) {
        self.findings = findings
        self.checks = checks
    }
}

/// Turns claims into findings and checks, shared by the check kinds.
enum FindingFactory {
    /// A location for a claim, with its value in notation.
    static func location(_ claim: Claim, note: String? = nil) -> Finding.Location {
        Finding.Location(span: claim.span, value: claim.value.notation, note: note)
    }

    /// A finding at `primary`, with every claim of `others` as a related location. The message
    /// fills the rule's template: `{key}`, `{values}` ("X" here, "Y" in 3 places), `{here}`,
    /// `{others}`, `{expected}`.
    static func finding(_ rule: Rule, key: String?, primary: Claim, others: [Claim], expected: String? = nil,
                        fix: String? = nil, sources: String? = nil) -> Finding {
        let here = primary.span.text
        let otherTexts = others.map(\.span.text)
        var counts: [String: Int] = [:]
        for text in otherTexts { counts[text, default: 0] += 1 }
        let ordered = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        let othersText = ordered.map { "\"\($0.key)\"" + ($0.value > 1 ? " in \($0.value) places" : " in 1 place") }
            .joined(separator: ", ")
        let values = "\"\(here)\" here, " + (othersText.isEmpty ? "nothing elsewhere" : othersText)
        let message = MessageTemplate.fill(rule.message, [
            "key": key ?? "", "values": values, "here": "\"\(here)\"", "others": othersText, "expected": expected ?? "",
            "sources": sources ?? values,
        ])
        let related = others.sorted { $0.span < $1.span }.map { location($0, note: "\"\($0.span.text)\"") }
        let fingerprint = Fingerprint.of([rule.id, key ?? "", primary.span.path, here] + others.map { $0.span.path + "\u{1F}" + $0.span.text }.sorted())
        return Finding(rule: rule.id, level: rule.level, message: message, key: key, primary: location(primary),
                       related: related, fix: fix, fingerprint: fingerprint)
    }

    /// A check record for a key.
    static func check(_ rule: Rule, key: String, failed: Bool, claims: [Claim]) -> Check {
        Check(rule: rule.id, key: key, status: failed ? .fail : .pass,
              documents: DocumentNumbers(claims).count,
              locations: claims.sorted { $0.span < $1.span }.map { location($0) })
    }
}

/// A stable 64-bit FNV-1a hash, printed in hex: the same input gives the same fingerprint on
/// every machine and run (Swift's `Hasher` is seeded per process, so it cannot serve).
public enum Fingerprint {
    public static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x1E
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
