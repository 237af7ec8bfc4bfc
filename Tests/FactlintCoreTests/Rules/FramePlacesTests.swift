import FactlintCore
import Testing

/// A figure's place is a slot of its frame: tolls of different named places are different
/// quantities, and a toll with no place joins the one place a story names, but not one of
/// several (it is then the whole scene's).
@Suite("Frame places")
struct FramePlacesTests {
    static let strikes = [
        "An air strike on a school in Kano killed 40 people, the UN said.",
        "Two people were killed when a shell hit a school in Jos.",
        "Some 30 people were killed when shells landed near a school in Kaduna.",
        "Three people also died in an air strike on a school in Zaria.",
    ]

    static func conflicts(_ texts: [String]) -> [Finding] {
        let articles = texts.enumerated().map { ("\($0.offset).txt", $0.element) }
        return Fixtures.lint(articles).findings.filter { $0.rule == "count-conflict" }
    }

    @Test("four strikes in four named places are four frames, not one contradicted toll")
    func severalPlaces() {
        #expect(Self.conflicts(Self.strikes).isEmpty)
    }

    @Test("the same place's tolls are compared")
    func samePlace() {
        let found = Self.conflicts([Self.strikes[0], "The strike on the school in Kano killed 25 people, officials said."])
        #expect(found.count == 1)
        #expect(found.first?.key == "people · killed · in Kano")
    }

    @Test("a toll with no place joins the one place the story names")
    func onePlace() {
        #expect(Self.conflicts([Self.strikes[0], "The strike on the school killed 25 people, officials said."]).count == 1)
    }

    @Test("a toll with no place stays apart when the story names several places")
    func wholeScene() {
        let found = Self.conflicts(Array(Self.strikes.prefix(2)) + ["The strikes killed 75 people, officials said."])
        #expect(found.isEmpty)
    }

    @Test("odd tolls against a clear majority are reported, each at its place")
    func clearMajority() {
        let majority = Array(repeating: "An air strike on a school killed 40 people, the UN said.", count: 6)
        let odd = ["Two people were killed when a shell hit a school.", "Some 30 people were killed when shells landed near a school."]
        let found = Self.conflicts(majority + odd)
        #expect(Set(found.map(\.primary.span.text)) == ["Two", "Some 30"])
    }
}
