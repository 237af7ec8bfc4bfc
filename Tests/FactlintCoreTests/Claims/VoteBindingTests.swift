import Testing
@testable import FactlintCore

/// A count of votes is the candidate's it is for, or the total cast.
@Suite("Vote binding")
struct VoteBindingTests {
    @Test("a candidate's figure after a vote verb, a name, or ', with', is that candidate's")
    func candidates() {
        let keys = Fixtures.claimKeys("Of the 9.5 million votes cast, Jane Roe got 4.1 million while John Doe received 3.9 million. "
            + "Mary Poe, with 120,000 votes, came third.")
        #expect(keys["9.5 million"] == .some("votes · cast"))
        #expect(keys["4.1 million"] == .some("votes · Jane Roe · received"))
        #expect(keys["3.9 million"] == .some("votes · John Doe · received"))
        #expect(keys["120,000"] == .some("votes · Mary Poe · received"))
    }

    @Test("'respectively' pairs the names with the figures in order")
    func respectively() {
        let keys = Fixtures.claimKeys("Jane Roe and John Doe received 4,102,311 and 3,911,020 votes, respectively.")
        #expect(keys["4,102,311"] == .some("votes · Jane Roe · received"))
        #expect(keys["3,911,020"] == .some("votes · John Doe · received"))
    }

    @Test("a total counted so far and the voided ballots are the total's, not a candidate's")
    func totals() {
        let keys = Fixtures.claimKeys("Jane Roe led with 4,102,311 votes out of 9,511,200 votes counted. More than 1 million votes were voided.")
        #expect(keys["4,102,311"] == .some("votes · Jane Roe · received"))
        #expect(keys["9,511,200"] == .some("votes · cast"))
        #expect(keys["More than 1 million"] == .some("votes · voided"))
    }

    @Test("a bare figure is no vote count where nothing speaks of votes")
    func notVotes() {
        let keys = Fixtures.claimKeys("Jane Roe got 3 million from the sale of the house.")
        #expect(keys["3 million"] ?? nil == nil)
    }

    @Test("a figure given to a scale's digit allows what rounds or is cut off to it, nothing beyond")
    func truncation() {
        let rounded = QuantityValue(.exact(9_400_000), rounding: 100_000).values(tolerance: .standard)
        func allows(_ x: Double) -> Bool { rounded.overlaps(IntervalSet([Interval(lower: x, upper: x)])) }
        #expect(allows(9_473_298))
        #expect(allows(9_351_000))
        #expect(!allows(9_500_000))
        #expect(!allows(9_340_000))
    }
}
