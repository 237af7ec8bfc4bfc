import FactlintCore
import Testing

/// A key whose figures contradict the best-supported one in many ways is several things
/// counted under one key, unless a clear majority of claims agree and the odd figures are few.
@Suite("Several things under one key")
struct SeveralThingsTests {
    static let strikes = [
        "An air strike on a school killed 40 people, the UN said.",
        "Two people were killed when a shell hit a school in the south.",
        "Some 30 people were killed when shells landed near a school.",
        "Three people also died in an air strike on another school.",
    ]

    static func conflicts(_ texts: [String]) -> [Finding] {
        let articles = texts.enumerated().map { ("\($0.offset).txt", $0.element) }
        return Fixtures.lint(articles).findings.filter { $0.rule == "count-conflict" }
    }

    @Test("four strikes with four tolls are not reported")
    func severalStrikes() {
        #expect(Self.conflicts(Self.strikes).isEmpty)
    }

    @Test("three odd tolls against a clear majority are still reported, each at its place")
    func clearMajority() {
        let majority = Array(repeating: "An air strike on a school killed 40 people, the UN said.", count: 6)
        let found = Self.conflicts(majority + Self.strikes.dropFirst())
        #expect(found.count == 3)
        #expect(Set(found.map(\.primary.span.text)) == ["Two", "Some 30", "Three"])
    }

    @Test("one odd toll is reported as ever")
    func oneOdd() {
        #expect(Self.conflicts([Self.strikes[0], "The strike on the school killed 25 people, officials said."]).count == 1)
    }
}
