import FactlintCore
import Testing

/// How far a reader looks for what a figure is about beyond its own clause: a pronoun subject's
/// person in the sentence before, a second name given as an alias, a list's introduction, a
/// subject before a relative clause, and which figure a date belongs to. Each test fails
/// without the mechanism it names.
@Suite("Reader reach")
struct ReaderReachTests {
    static func keys(_ text: String, referenceDate: DatePoint? = nil) -> [String: String?] {
        Fixtures.claimKeys(text, referenceDate: referenceDate)
    }

    static func findings(_ texts: [String], rule: String) -> [Finding] {
        let articles = texts.enumerated().map { ("\($0.offset).txt", $0.element) }
        return Fixtures.lint(articles).findings.filter { $0.rule == rule }
    }

    @Test("a pronoun subject is the one person the sentence before names")
    func pronounAntecedent() {
        let text = "Police named the fugitive as Tomas Varga. Varga led a smuggling ring for a decade. He was serving a 19-year sentence."
        #expect(Self.keys(text)["19-year"] == .some("Varga · sentenced · duration"))
        // Two people in the sentence before: the pronoun's person is unknown.
        let two = "Tomas Varga met Pavel Horak in the prison yard. He was serving a 19-year sentence."
        #expect(Self.keys(two)["19-year"] == .some(nil))
        // A name that shows the other gender is not the pronoun's.
        let other = "Police named the fugitive as Maria Keller. She fled on Sunday. He was serving a 19-year sentence."
        #expect(Self.keys(other)["19-year"] == .some(nil))
    }

    @Test("a pronoun's antecedent lets two articles' terms for one man conflict")
    func pronounConflict() {
        let found = Self.findings([
            "The gang leader Tomas Varga escaped on Sunday. Varga is the most feared man in the region. He was serving a 19-year sentence.",
            "Tomas Varga, the gang leader, was serving a 25-year sentence when he escaped.",
        ], rule: "duration-conflict")
        #expect(found.count == 1)
    }

    @Test("a second name after an alias cue is the same person's, not the subject")
    func alias() {
        let text = "The gang is led by Tomas Varga, also known as Lobo, who served a 19-year sentence."
        #expect(Self.keys(text)["19-year"] == .some("Tomas Varga · sentenced · duration"))
    }

    @Test("an item of a list takes the event its introduction names")
    func listItems() {
        let text = "The agency gave this count of deaths by province:\nNorth Vale: 12 people\nSouth Vale: 4\n"
        let keys = Self.keys(text)
        #expect(keys["12"] == .some("people · killed · in North Vale"))
        #expect(keys["4"] == .some("people · killed · in South Vale"))
        // Without the introduction's colon the lines are no list of it.
        let plain = "The agency gave this count of deaths by province.\nNorth Vale: 12 people\n"
        #expect(Self.keys(plain)["12"] == .some(nil))
    }

    @Test("the predicate after a relative clause is about the noun before it")
    func relativeClauseSubject() {
        let text = "The company said the layoffs, which will mostly fall in the autumn, will affect about 9,000 employees."
        #expect(Self.keys(text)["about 9,000"] == .some("workers · laid-off · projection"))
    }

    @Test("a date after another count is that count's, not the figure's scope")
    func dateOfNearerCount() {
        let text = "The cuts will affect 4,200 employees out of its 51,000 workers as of March 31."
        #expect(Self.keys(text)["4,200"] == .some("workers · laid-off · projection"))
    }

    @Test("people named by nationality take the group the article counts for the event")
    func nationalityTakesGroup() {
        let text = "The militants freed 15 Greek hostages on Friday and also released six Thai workers."
        #expect(Self.keys(text)["six"] == .some("Thai hostages · released"))
    }

    @Test("a length between a state's start and its end is the state's length; another offset is none")
    func spannedState() {
        let keys = Self.keys("The cabinet approved the lifting of the curfew declared by the governor nine hours earlier.")
        #expect(keys["nine hours"] == .some("curfew · duration"))
        let offset = Self.keys("The governor lifted the curfew two hours after the council vote.")
        #expect(offset["two hours"] == .some(nil))
    }

    @Test("a place named by its kind is the one place of that kind the story names")
    func placeByKind() {
        let found = Self.findings([
            "At least 40 people died in the county that includes Millbrook, officials said.",
            "Thirty people have died in Greyford County, officials said. In Ridge State, 90 people died.",
        ], rule: "count-conflict")
        #expect(found.count == 1)
        #expect(found.first?.key == "people · killed · in Greyford County")
        // The town named after the link is not where the figure holds.
        #expect(Self.keys("At least 40 people died in the county that includes Millbrook.")["At least 40"] == .some("people · killed"))
    }
}
