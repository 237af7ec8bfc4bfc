import FactlintCore
import Foundation

/// A small lint result written by hand, so reporter golden files do not move when extraction
/// changes. It holds what reporters must get right: a conflict across three articles, a
/// divergence whose words need escaping in every format (`%`, `,`, `:`, `<&>`, quotes), an
/// info finding that belongs to no check, a suggested fix, passing checks, a path with a comma
/// and one with a non-ASCII letter, and a notice.
enum SampleResult {
    static let a = "story/a.txt"
    static let b = "story/b, draft.md"
    static let c = "story/ü.html"

    static func span(_ path: String, _ line: Int, _ column: Int, _ text: String, offset: Int = 0) -> Span {
        let length = text.unicodeScalars.count
        return Span(path: path, line: line, column: column, endLine: line, endColumn: column + length, text: text,
                    startOffset: offset, endOffset: offset + text.utf8.count)
    }

    static func claim(_ key: ClaimKey, _ value: QuantityValue, _ span: Span) -> Claim {
        Claim(key: key, value: .quantity(value), span: span)
    }

    static let released = ClaimKey(measure: .count, subject: "prisoners", event: "released")
    static let remaining = ClaimKey(measure: .count, subject: "prisoners", event: "remaining")
    static let share = ClaimKey(measure: .share, subject: "prisoners", event: "released")

    static var result: LintResult {
        let a52 = span(a, 1, 25, "52", offset: 24)
        let b50 = span(b, 3, 10, "fifty", offset: 40)
        let c52 = span(c, 7, 14, "52", offset: 200)
        let a1000 = span(a, 2, 1, "More than 1,000", offset: 60)
        let c1200 = span(c, 9, 30, "more than 1,200", offset: 400)
        let aShare = span(a, 4, 5, "4%", offset: 120)
        let cShare = span(c, 11, 2, "4 percent", offset: 500)
        let name = span(b, 5, 1, "Ihar Łosik", offset: 90)

        let claims = [
            claim(released, QuantityValue(.exact(52)), a52),
            claim(remaining, QuantityValue(.atLeast(1000, inclusive: false)), a1000),
            claim(share, QuantityValue(.exact(4), unit: .percent), aShare),
            claim(released, QuantityValue(.exact(50)), b50),
            claim(released, QuantityValue(.exact(52)), c52),
            claim(remaining, QuantityValue(.atLeast(1200, inclusive: false)), c1200),
            claim(share, QuantityValue(.exact(4), unit: .percent), cShare),
        ]
        let conflict = Finding(
            rule: "count-conflict", level: .error,
            message: "prisoners · released: \"fifty\" here, \"52\" in 2 places",
            key: released.display,
            primary: Finding.Location(span: b50, value: "50",
                                     excerpt: Excerpt(before: "Officials said ", words: "fifty", after: " prisoners &amp; <b>others</b> were freed.")),
            related: [Finding.Location(span: a52, value: "52", note: "\"52\""),
                      Finding.Location(span: c52, value: "52", note: "\"52\"")],
            fingerprint: "1111aaaa2222bbbb")
        let divergence = Finding(
            rule: "count-divergence", level: .warning,
            message: "prisoners · remaining: \"more than 1,200\" here, \"More than 1,000\" in 1 place (100% sure: <&> ok)",
            key: remaining.display,
            primary: Finding.Location(span: c1200, value: ">1200"),
            related: [Finding.Location(span: a1000, value: ">1000", note: "\"More than 1,000\"")],
            fingerprint: "3333cccc4444dddd")
        let spelling = Finding(
            rule: "name-spelling", level: .info,
            message: "\"Ihar Łosik\" is spelt \"Ihar Losik\" in the house style",
            key: nil,
            primary: Finding.Location(span: name),
            related: [],
            fix: "Ihar Losik",
            fingerprint: "5555eeee6666ffff")
        let checks = [
            Check(rule: "count-conflict", key: released.display, status: .fail, documents: 3,
                  locations: [Finding.Location(span: a52, value: "52"), Finding.Location(span: b50, value: "50"),
                              Finding.Location(span: c52, value: "52")]),
            Check(rule: "count-conflict", key: remaining.display, status: .pass, documents: 2,
                  locations: [Finding.Location(span: a1000, value: ">1000"), Finding.Location(span: c1200, value: ">1200")]),
            Check(rule: "count-conflict", key: share.display, status: .pass, documents: 2,
                  locations: [Finding.Location(span: aShare, value: "4%"), Finding.Location(span: cShare, value: "4%")]),
            Check(rule: "count-divergence", key: released.display, status: .pass, documents: 3,
                  locations: [Finding.Location(span: a52, value: "52"), Finding.Location(span: b50, value: "50"),
                              Finding.Location(span: c52, value: "52")]),
            Check(rule: "count-divergence", key: remaining.display, status: .fail, documents: 2,
                  locations: [Finding.Location(span: a1000, value: ">1000"), Finding.Location(span: c1200, value: ">1200")]),
        ]
        let rules = [
            RuleSummary(id: "count-conflict", level: .error, check: "agreement",
                        summary: "Two articles give incompatible figures for the same count."),
            RuleSummary(id: "count-divergence", level: .warning, check: "agreement",
                        summary: "Articles state the same count with different figures that do not contradict each other."),
            RuleSummary(id: "name-spelling", level: .info, check: "spelling",
                        summary: "A name is written other than the house spelling."),
        ]
        return LintResult(
            documents: [
                .init(path: a, claims: 3, title: "Fifty-two freed", referenceDate: .day(2025, 9, 11)),
                .init(path: b, claims: 1),
                .init(path: c, claims: 3, title: "Prisoners <released> & more"),
            ],
            findings: [conflict, divergence, spelling].sorted { $0.primary.span < $1.primary.span },
            checks: checks,
            claims: claims.sorted { $0.span < $1.span },
            rules: rules,
            notices: [Notice(path: "story/notes.txt", message: "binary file (NUL bytes); skipped")])
    }
}
