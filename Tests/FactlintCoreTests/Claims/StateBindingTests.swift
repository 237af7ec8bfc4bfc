import FactlintCore
import Testing

/// The dates and lengths of impersonal states (a curfew, a state of emergency): a date is keyed
/// with the phase it gives, a verb of lasting keys a length to its state (or the state of the
/// sentence before), and the gap since a last occurrence is no length.
@Suite("State binding")
struct StateBindingTests {
    static let reference = DatePoint.day(2025, 9, 11)

    static func keys(_ text: String) -> [String: String?] { Fixtures.claimKeys(text, referenceDate: reference) }

    @Test("a date beside a state and a phase word is that phase's date")
    func phases() {
        let keys = Self.keys("The governor declared a curfew at 9 p.m. on Monday. The curfew was lifted on Wednesday. "
            + "A state of emergency took effect at noon on Tuesday.")
        #expect(keys["9 p.m. on Monday"] == .some("curfew · declared · date"))
        #expect(keys["Wednesday"] == .some("curfew · lifted · date"))
        #expect(keys["noon on Tuesday"] == .some("state-of-emergency · in-effect · date"))
    }

    @Test("a phase after the date is found past the subject, also a first person's in a quote")
    func phaseAfterDate() {
        let keys = Self.keys("\"By 9 p.m. on Monday we had imposed a curfew,\" the mayor said.")
        #expect(keys["9 p.m. on Monday"] == .some("curfew · declared · date"))
    }

    @Test("a state's date without a phase word stays unkeyed: it may be its start, its breach or its end")
    func noPhase() {
        #expect(Self.keys("The truce of 19 July held.")["19 July"] == .some(nil))
    }

    @Test("a length after a verb of lasting is its state's, or for \"it\" the state of the sentence before")
    func lasting() {
        #expect(Self.keys("The curfew lasted five hours.")["five hours"] == .some("curfew · duration"))
        #expect(Self.keys("The army imposed a curfew on Monday. It lasted four hours.")["four hours"] == .some("curfew · duration"))
        // "It" with no state before is nothing's.
        #expect(Self.keys("The meeting was tense. It lasted four hours.")["four hours"] == .some(nil))
    }

    @Test("the gap since a last occurrence is no length of the state")
    func recurrenceGap() {
        let keys = Self.keys("It was the first time in 30 years that a state of emergency had been declared.")
        #expect(keys["30 years"] == .some(nil))
        #expect(Self.keys("The state of emergency was declared for 30 days.")["30 days"] == .some("state-of-emergency · duration"))
    }

    @Test("declaration times are compared with declaration times only, in one zone, and parts of a day hold their times")
    func comparisons() {
        let conflict = Fixtures.lint([("a.txt", "The governor declared a curfew at 9 p.m. on Monday."),
                                      ("b.txt", "A curfew was declared at 10:30 p.m. on Monday.")], referenceDate: Self.reference)
        #expect(conflict.findings.map(\.rule) == ["date-conflict"])
        let phases = Fixtures.lint([("a.txt", "The governor declared a curfew at 9 p.m. on Monday."),
                                    ("b.txt", "The curfew took effect at 10:30 p.m. on Monday.")], referenceDate: Self.reference)
        #expect(phases.findings.isEmpty)
        let night = Fixtures.lint([("a.txt", "The curfew was lifted late Monday night."),
                                   ("b.txt", "The curfew was lifted at about 1 a.m. on Tuesday.")], referenceDate: Self.reference)
        #expect(night.findings.isEmpty)
        let zones = Fixtures.lint([("a.txt", "The curfew was lifted at 6 a.m. local time on Tuesday."),
                                   ("b.txt", "The curfew was lifted at 0300 GMT on Tuesday.")], referenceDate: Self.reference)
        #expect(zones.findings.isEmpty)
    }
}

/// A first person inside a quote is the quote's speaker.
@Suite("First person in quotes")
struct FirstPersonTests {
    @Test("a sentence a speaker tells of themself is the speaker's, not another name's in the quote")
    func speaker() {
        let keys = Fixtures.claimKeys("\"I was sentenced to ten years by Judge Tom Roe,\" Jane Doe said.")
        #expect(keys["ten years"] == .some("Jane Doe · sentenced · duration"))
        // Without a first person, the quote's speaker is not the subject.
        let third = Fixtures.claimKeys("\"Jane Doe was sentenced to ten years,\" Tom Roe said.")
        #expect(third["ten years"] == .some("Jane Doe · sentenced · duration"))
    }
}
