import FactlintCore
import Testing

/// Times of day and parts of the day: read with their day, to the minute, as intervals when
/// approximate or a part of a day, in their zone; never counts, never names.
@Suite("Clock times")
struct ClockTimeExtractorTests {
    /// A Thursday.
    static let reference = DatePoint.day(2025, 9, 11)

    /// The date claims of a text: words → (day notation, time-of-day notation).
    static func times(_ text: String, referenceDate: DatePoint? = reference) -> [String: (String, String?)] {
        var result: [String: (String, String?)] = [:]
        for claim in Fixtures.claims(text, referenceDate: referenceDate) {
            guard case .time(let t) = claim.value else { continue }
            result[claim.span.text] = (t.notation, t.momentNotation)
        }
        return result
    }

    @Test("a time with a.m. or p.m. on a weekday, a date or a part of a day is that moment")
    func moments() {
        let times = Self.times("The curfew began at 10 p.m. on Tuesday. Power returned on Wednesday at 6:30 PM. "
            + "Voting ended on September 7 at 8 pm. The talks ended at noon on Monday.")
        #expect(times["10 p.m. on Tuesday"]?.1 == "2025-09-09T22:00")
        #expect(times["Wednesday at 6:30 PM"]?.1 == "2025-09-10T18:30")
        #expect(times["September 7 at 8 pm"]?.1 == "2025-09-07T20:00")
        #expect(times["noon on Monday"]?.1 == "2025-09-08T12:00")
    }

    @Test("a time in a named part of a day falls on the day that puts it inside the part")
    func partOfDay() {
        let times = Self.times("\"We signed it at 9 p.m. last night,\" she said. The shelling stopped at 2 a.m. last night.")
        #expect(times["9 p.m. last night"]?.0 == "2025-09-10")
        #expect(times["9 p.m. last night"]?.1 == "2025-09-10T21:00")
        // The night that began the day before ends this morning.
        #expect(times["2 a.m. last night"]?.0 == "2025-09-11")
        #expect(times["2 a.m. last night"]?.1 == "2025-09-11T02:00")
    }

    @Test("parts of a day are intervals: a night reaches into the next morning, and late narrows it")
    func stretches() {
        let times = Self.times("Rescuers arrived late Monday night. The fire broke out on Wednesday night. "
            + "The ministry spoke this morning. The bridge fell yesterday afternoon. It came on the evening of the 9th.")
        #expect(times["late Monday night"]?.0 == "2025-09-08")
        #expect(times["late Monday night"]?.1 == "2025-09-08T22:00/2025-09-09T06:00")
        #expect(times["Wednesday night"]?.1 == "2025-09-10T18:00/2025-09-11T06:00")
        #expect(times["this morning"]?.1 == "2025-09-11T05:00/2025-09-11T12:00")
        #expect(times["yesterday afternoon"]?.1 == "2025-09-10T12:00/2025-09-10T18:00")
        #expect(times["evening of the 9th"]?.1 == "2025-09-09T17:00/2025-09-10T00:00")
    }

    @Test("an approximate time is an interval; a time without a.m. or p.m. may be either")
    func approximateAndAmbiguous() {
        let times = Self.times("The vote came at about 1 am on Friday. Troops moved in at 9:40 on Monday.")
        #expect(times["about 1 am on Friday"]?.1 == "2025-09-05T00:30/2025-09-05T01:30")
        #expect(times["9:40 on Monday"]?.1 == "2025-09-08T09:40|2025-09-08T21:40")
        // The twenty-four-hour clock says which.
        #expect(Self.times("Polls closed at 20:00 on Sunday.")["20:00 on Sunday"]?.1 == "2025-09-07T20:00")
    }

    @Test("a zone is kept; a time given again in another zone in parentheses is read with the first")
    func zones() {
        let times = Self.times("The ship sank at 0340 GMT on Monday. The quake struck at 2:40 a.m. local time (1840 GMT) on Monday.")
        #expect(times["0340 GMT on Monday"]?.1 == "2025-09-08T03:40Z")
        #expect(times["2:40 a.m. local time (1840 GMT) on Monday"]?.1 == "2025-09-08T02:40")
        #expect(Self.times("It hit at 9 p.m. Eastern on Tuesday.")["9 p.m. Eastern on Tuesday"]?.1 == "2025-09-09T21:00[US-Eastern]")
    }

    @Test("a time without a day stays unresolved; without a reference date the day does too")
    func unresolved() {
        #expect(Self.times("The shop opens at 9:30 a.m. daily.")["9:30 a.m."]?.0 == "XXXX-XX-XXT09:30")
        let undated = Self.times("The curfew began at 10 p.m. on Tuesday.", referenceDate: nil)
        #expect(undated["10 p.m. on Tuesday"]?.0 == "XXXX-WXX-2")
    }

    @Test("a clock time is no count, and its a.m./p.m. or zone no name")
    func notCountsOrNames() {
        let claims = Fixtures.claims("At around 6:50 PM the ministry said 40 people had gathered by 0645 GMT.",
                                     referenceDate: Self.reference)
        #expect(claims.filter { $0.kind == .quantity }.map(\.span.text) == ["40"])
        #expect(!claims.contains { $0.kind == .name && ["PM", "GMT"].contains($0.span.text) })
    }

    @Test("ratios, verses and names are no times; a capitalised part of a day belongs to a name")
    func notTimes() {
        let times = Self.times("The home side won 3:1 after extra time. The pastor read John 3:16. "
            + "The Friday Night Lights actor spoke. The late senator's aide left.")
        #expect(times.isEmpty)
    }

    @Test("a colon inside a time does not cut the clause: the count after it keeps its event")
    func colonInsideTime() {
        let keys = Fixtures.claimKeys("At 10:30 p.m. on Monday, officials declared a curfew.", referenceDate: Self.reference)
        #expect(keys["10:30 p.m. on Monday"] == .some("curfew · declared · date"))
    }

    @Test("a weekend is its Saturday and Sunday: the latest one, the coming one in a future clause, or the one before")
    func weekends() {
        let saturday = DatePoint.day(2025, 9, 13)
        #expect(Self.times("Storms hit over the weekend.")["weekend"]?.0 == "2025-09-06/2025-09-07")
        #expect(Self.times("The talks will resume at the weekend.")["weekend"]?.0 == "2025-09-13/2025-09-14")
        // On a Saturday, the weekend is the day's own, and last weekend the one before.
        #expect(Self.times("Storms hit over the weekend.", referenceDate: saturday)["weekend"]?.0 == "2025-09-13/2025-09-14")
        #expect(Self.times("Crowds gathered last weekend.", referenceDate: saturday)["last weekend"]?.0 == "2025-09-06/2025-09-07")
        #expect(Self.times("They spent a weekend of protests there.")["weekend"] == nil)
        // Without a reference date the weekend stays unresolved, as a bare weekday does.
        #expect(Self.times("Storms hit over the weekend.", referenceDate: nil)["weekend"]?.0 == "XXXX-WXX-WE")
    }
}
