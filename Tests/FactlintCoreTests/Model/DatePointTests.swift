import FactlintCore
import Testing

/// Dates to the hour and minute: built from a day and minutes, written in ISO 8601, and
/// covering minutes that whole days contain.
@Suite("Date points")
struct DatePointTests {
    @Test("minutes past midnight or before it fall on the next or previous day")
    func overflow() {
        let day = DatePoint.day(2025, 9, 8).firstDay
        #expect(DatePoint(dayNumber: day, minuteOfDay: 25 * 60 + 30, precision: .minute).notation == "2025-09-09T01:30")
        #expect(DatePoint(dayNumber: day, minuteOfDay: -30, precision: .minute).notation == "2025-09-07T23:30")
        #expect(DatePoint(dayNumber: day, minuteOfDay: 22 * 60 + 17, precision: .hour).notation == "2025-09-08T22:00")
    }

    @Test("a day holds its minutes; a time of day is one minute of its day")
    func minutes() {
        let day = DatePoint.day(2025, 9, 8)
        let time = DatePoint(dayNumber: day.firstDay, minuteOfDay: 600, precision: .minute)
        #expect(day.minutes.contains(time.minutes))
        #expect(time.minutes.lower == time.minutes.upper)
        #expect(!DatePoint.day(2025, 9, 9).minutes.overlaps(time.minutes))
        #expect(time.firstDay == day.firstDay && time.lastDay == day.lastDay)
    }
}
