import FactlintCore
import Testing

/// A count that names only "people" (or no noun) takes the group its event has nearby in the
/// article, and only there: not from a paragraph far off, not from another year's event, and a
/// death toll is everyone's.
@Suite("Claim inheritance")
struct ClaimInheritanceTests {
    /// Each claim's words → its key as displayed (nil: no key).
    static func keys(_ text: String, referenceDate: DatePoint? = nil) -> [String: String?] {
        Fixtures.claimKeys(text, referenceDate: referenceDate)
    }

    @Test("people counted in the sentence after a group's count are that group")
    func nearby() {
        let keys = Self.keys("Dozens of political prisoners have been released. Fifty-two individuals were freed on Thursday.")
        #expect(keys["Fifty-two"] == .some("prisoners · released"))
    }

    @Test("people counted paragraphs away, in the story's background, stay people")
    func farAway() {
        let text = """
            An earthquake killed six children when a school collapsed on Monday.

            Rescue teams worked through the night.

            The region sits on a fault line and has been hit many times.

            Five people died in an earlier quake there.
            """
        let keys = Self.keys(text)
        #expect(keys["six"] == .some("children · killed"))
        #expect(keys["Five"] == .some("people · killed"))
    }

    @Test("the same figure far away is the same group")
    func sameFigure() {
        let text = """
            Rebels released 37 hostages on Monday.

            The talks took months.

            Mediators flew in twice.

            Among the 37 freed were two nurses.
            """
        #expect(Self.keys(text)["37 freed"] ?? Self.keys(text)["37"] == .some("hostages · released"))
    }

    @Test("a count of another year's event does not take the day's group")
    func anotherYear() {
        let keys = Self.keys("The storm killed 12 miners on Monday. In 2004, a storm in the same valley killed 300 people.")
        #expect(keys["12"] == .some("miner · killed"))
        #expect(keys["300"] == .some("people · killed · 2004"))
    }

    @Test("a death toll counts everyone, not the group named before it in the sentence")
    func toll() {
        let keys = Self.keys("The quake killed six children at a school, bringing the death toll to 11.")
        #expect(keys["six"] == .some("children · killed"))
        #expect(keys["11"] == .some("people · killed"))
    }

    @Test("a headline's count takes the group of the lead below it")
    func headline() {
        let keys = Self.keys("Floods force thousands from their homes\n\nHeavy rain forced about 4,000 people from their homes on Friday.")
        #expect(keys["thousands"] != nil)
        #expect(keys["thousands"] ?? nil == keys["about 4,000"] ?? nil)
    }
}
