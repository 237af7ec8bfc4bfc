import FactlintCore
import Testing

/// Which event a count or a date belongs to: the verb of its own clause, not one after a comma
/// that opens another; and a date's thing is never a pronoun or an adverb.
@Suite("Event binding")
struct EventBindingTests {
    /// Each claim's words → its key as displayed (nil: no key).
    static func keys(_ text: String, referenceDate: DatePoint? = nil) -> [String: String?] {
        Fixtures.claimKeys(text, referenceDate: referenceDate)
    }

    @Test("a count before \", and …\" is the event's before it, not the one after the comma")
    func commaAfterCount() {
        #expect(Self.keys("It has killed 40 people, and some of those who were injured may yet die.")["40"] == .some("people · killed"))
        #expect(Self.keys("The strike killed 40 people, and many more were injured.")["40"] == .some("people · killed"))
        // Nothing is the count's when the only event stands past the comma.
        #expect(Self.keys("Pirates in two boats, a ministry release said.")["two"] == .some(nil))
    }

    @Test("a count inside an aside reads on past the comma that closes it")
    func aside() {
        #expect(Self.keys("Twelve relatives, including seven young children, were killed on Monday.")["seven"] == .some("young children · killed"))
    }

    @Test("a year between a determiner and a word names the thing after it, not when the clause's event happened")
    func attributiveYear() {
        let keys = Self.keys("The club re-signed Lowell, the most valuable player of the 2007 World Series, to a three-year contract.")
        #expect(keys["2007"] == .some(nil))
        #expect(Self.keys("The minister signed the treaty in 2007.")["2007"] ?? nil != nil)
    }

    @Test("counts joined in one phrase share its verb, before the first or after the last, and a head noun written once")
    func coordinatedCounts() {
        let after = Self.keys("Over the coming week, 120 detainees and 35 soldiers are to be freed.")
        #expect(after["120"] == .some("prisoners · released · projection"))
        #expect(after["35"] == .some("soldiers · released · projection"))
        let before = Self.keys("The rebels freed 14 Canadian and 9 Chilean hostages on Friday.")
        #expect(before["14"] == .some("Canadian hostages · released"))
        #expect(before["9"] ?? nil != nil)
        #expect(Self.keys("Rebels freed 14 Canadian, 9 Chilean hostages as talks went on.")["14"] == .some("Canadian hostages · released"))
        // Not a coordination: a count after "and" with its own verb keeps it.
        let own = Self.keys("The army killed 40 people and 200 were injured.")
        #expect(own["40"] == .some("people · killed"))
        #expect(own["200"] == .some("people · injured"))
    }

    @Test("a calendar day written before a one-off happening's noun, or after it with 'on' and 'the', is its own date")
    func incidentDates() {
        let friday = DatePoint.day(2025, 11, 28)
        #expect(Self.keys("Families mourned the victims of the group's October 9 attack.", referenceDate: friday)["October 9"]
            == .some("attack · date"))
        #expect(Self.keys("The minister died in the June 4 train crash with six others.", referenceDate: friday)["June 4"]
            == .some("crash · date"))
        #expect(Self.keys("The blast on March 3 shook the port.", referenceDate: friday)["March 3"] == .some("explosion · date"))
        // A weekday, a year, or an indefinite happening names none.
        #expect(Self.keys("An attack on March 3 shook the port.", referenceDate: friday)["March 3"] == .some(nil))
        #expect(Self.keys("The Tuesday attack shook the port.", referenceDate: friday)["Tuesday"] == .some(nil))
        #expect(Self.keys("The 2001 attacks changed the city.", referenceDate: friday)["2001"] == .some(nil))
    }

    @Test("a group given in exchange for another is released too")
    func exchanges() {
        #expect(Self.keys("The deal included the release of 40 hostages in exchange for 120 prisoners.")["120"]
            == .some("prisoners · released"))
        #expect(Self.keys("Ten hostages are being exchanged for 30 prisoners.")["30"] == .some("prisoners · released"))
    }

    @Test("a bare count after 'with' in a list of such items counts what the item before it counts")
    func parallelItems() {
        let keys = Self.keys("The storm hit Westmark hardest, with 40 deaths, while Eastmark followed with 12 and Northmark with three.")
        #expect(keys["40"] == .some("people · killed"))
        #expect(keys["12"] ?? nil != nil)
        #expect(keys["three"] ?? nil != nil)
        // A count with its own noun keeps it.
        #expect(Self.keys("The army killed 40 people with 12 rockets.")["12"] == .some(nil))
    }

    @Test("a count's verb is read past an aside set off by dashes, whatever counts the aside holds")
    func dashAsides() {
        #expect(Self.keys("A total of 31 hostages — 19 adults and 12 children — were handed over.")["31"] == .some("hostages · released"))
        #expect(Self.keys("A total of 31 hostages - 19 adults and 12 children - were handed over.")["31"] == .some("hostages · released"))
        #expect(Self.keys("A total of 31 hostages — all of them women — were handed over.")["31"] == .some("hostages · released"))
    }

    @Test("a day given to another round of a vote is that round's own date; the first round's, beside it, is not keyed")
    func otherRoundDates() {
        let saturday = DatePoint.day(2025, 9, 13)
        let runoff = "runoff · date"
        #expect(Self.keys("The two leaders face a runoff set for September 28.", referenceDate: saturday)["September 28"] == .some(runoff))
        #expect(Self.keys("Both candidates advance to the second round, set for September 28.", referenceDate: saturday)["September 28"]
            == .some(runoff))
        #expect(Self.keys("The date of the run-off election was fixed for September 28.", referenceDate: saturday)["September 28"] == .some(runoff))
        #expect(Self.keys("Officials expect more voters at the September 28 runoff.", referenceDate: saturday)["September 28"]
            == .some(runoff))
        #expect(Self.keys("The election on Friday went to a runoff.", referenceDate: saturday)["Friday"] == .some(nil))
        #expect(Self.keys("The election on Friday drew a low turnout.", referenceDate: saturday)["Friday"] == .some("voted · date"))
    }

    @Test("a stretch that began this week is the story's present: no time scope; one long ago is a scope")
    func sinceThisWeek() {
        let friday = DatePoint.day(2025, 8, 15)
        #expect(Self.keys("A wildfire raging since Tuesday has killed three firefighters.", referenceDate: friday)["three"]
            == .some("firefighter · killed"))
        #expect(Self.keys("Since July 2023, 314 prisoners have been released.", referenceDate: friday)["314"]
            == .some("prisoners · released · 2023-07/.."))
    }

    @Test("a thing's own length is keyed without a person; its date is not keyed")
    func impersonalDurations() {
        #expect(Self.keys("The government would declare a state of calamity in the region for 30 days.")["30 days"]
            == .some("state-of-emergency · duration"))
        #expect(Self.keys("The rebels agreed to a 72-hour ceasefire.")["72-hour"] == .some("ceasefire · duration"))
        #expect(Self.keys("Israel broke the truce on 4 November 2008.")["4 November 2008"] == .some(nil))
    }

    @Test("responders at work on a fire are counted as deployed")
    func deployed() {
        #expect(Self.keys("More than 800 firefighters are fighting the flames.")["More than 800"] == .some("firefighter · deployed"))
        #expect(Self.keys("Some 300 soldiers were deployed to the region.")["Some 300"] == .some("soldiers · deployed"))
    }

    @Test("\"cut short\" is no lay-off")
    func cutShort() {
        #expect(Self.keys("Prime Minister Anna Berg cut short a holiday to visit the site on Thursday.")["Thursday"] == .some(nil))
    }

    @Test("a pronoun or an adverb is no thing an event's date belongs to")
    func noPronounThing() {
        #expect(Self.keys("The jury convicted him last month of the slaying.")["last month"] == .some(nil))
        #expect(Self.keys("The family's wealth, however, established him as a power in the 1960s.")["1960s"] == .some(nil))
        // A thing is still one: "closed its consulate in March 2019".
        #expect(Self.keys("The ministry closed its consulate in March 2019.")["March 2019"] == .some("consulate · closed · date"))
    }
}
