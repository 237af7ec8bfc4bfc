/// Finds times of day and the days they fall on: "at 9:40 on Monday", "7 p.m. last night",
/// "5:12 a.m. Friday", "around 8 pm", "3:05 pm Cairo time (1305 GMT)", "Sunday at 6:50
/// PM", and parts of the day: "last night", "this morning", "late Monday night", "the evening
/// of the 9th". A time is a date to the hour or minute (`DatePoint`), an approximate time or a
/// part of the day an interval of them; a time with no day beside it stays unresolved. Runs
/// first, before names ("PM", "GMT") and before `TimeExtractor`, whose reading of the day it
/// borrows, so that "9" of "9:40" is never a count and "Monday" of "Monday night" is not
/// dated twice. Every word it knows is in the
/// lexicon (`ClockLexicon`).
public struct ClockTimeExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        context.scan(startingWith: Lexicon.Extraction.time) { i, context in
            (weekend(at: i, context) ?? read(at: i, context)).map { (.time($0.value), i, $0.end) }
        }
    }

    // MARK: - Expressions

    /// A time of day, a part of the day, or both with their day, starting at token `i`.
    private func read(at i: Int, _ context: ExtractionContext) -> (value: TimeValue, end: Int)? {
        if let clock = clock(at: i, context) {
            // "at 9:40 on Monday", "7 p.m. last night", "5:12 a.m. Friday".
            var j = clock.end
            if context.norm(j) == "on" || context.isMark(j, ",") { j += 1 }
            if let day = day(at: j, context, afterClock: true) {
                return (combine(clock, day, context), day.end)
            }
            guard clock.isTime(openedBy: opens(before: i, context)) else { return nil }
            return (unresolved(clock, context), clock.end)
        }
        guard context.isWord(i), let day = day(at: i, context, afterClock: false) else { return nil }
        // "Sunday at 6:50 PM", "on Friday at around 3 a.m.".
        var j = day.end
        if context.isMark(j, ",") { j += 1 }
        if context.norm(j) == "at" || context.lexicon.clock.approximators.contains(context.norms, at: j) {
            let at = context.norm(j) == "at" ? j + 1 : j
            if let clock = clock(at: at, context), clock.isTime(openedBy: true) {
                return (combine(clock, day, context), clock.end)
            }
        }
        // A part of the day alone: "Monday night", "last night", "late Friday".
        guard let part = day.part else { return nil }
        return (stretch(part, on: day, context), day.end)
    }

    /// Whether a word before token `i` opens a time ("at", "since", "as of").
    private func opens(before i: Int, _ context: ExtractionContext) -> Bool {
        context.lexicon.clock.openers.match(context.norms, endingBefore: i, notBefore: max(0, i - 3)) != nil
    }

    // MARK: - Weekends

    /// A weekend as its Saturday and Sunday: "the weekend", "over the weekend" (the latest one on
    /// or before the reference date; in a future clause the coming one), "last weekend" (the one
    /// before the reference date's own), "next weekend", "this weekend". Read only against a
    /// reference date.
    private func weekend(at i: Int, _ context: ExtractionContext) -> (value: TimeValue, end: Int)? {
        let lexicon = context.lexicon
        var j = i
        let modifier = context.may(i, Lexicon.Lookup.relativeModifiers) ? lexicon.relativeModifiers[context.norm(i)] : nil
        if modifier != nil { j += 1 }
        // "a weekend of protests", "every weekend", "that weekend": no weekend of the reference date.
        let determined = j > i || context.may(i - 1, Lexicon.Lookup.definiteDeterminers) && lexicon.definiteDeterminers.contains(context.norm(i - 1))
        guard determined else { return nil }
        guard context.may(j, Lexicon.Lookup.clockWeekendWords), lexicon.clock.weekendWords.contains(context.norm(j)),
              let reference = context.referenceDate,
              let (saturday, sunday) = lexicon.clock.weekend else { return nil }
        // The clause's tense is read only for a weekend found (it was read at every token that
        // may start a time): a modifier of another direction than the latest says it itself.
        let direction: RelativeTime.Direction
        if let modifier, modifier != .latest {
            direction = modifier
        } else {
            direction = context.clauseIsFuture(i) ? .upcoming : .latest
        }
        let today = reference.firstDay
        let weekday = DatePoint.weekday(ofDay: today)
        let inWeekend = weekday == saturday || weekday == sunday
        // The latest Saturday on or before the reference date, and the first one after it.
        let latest = today - (weekday - saturday + 7) % 7
        let first: Int
        switch direction {
        case .latest: first = latest
        case .previous: first = inWeekend ? latest - 7 : latest
        case .upcoming: first = inWeekend ? latest : latest + 7
        case .next: first = latest + 7
        }
        let days = (sunday - saturday + 7) % 7
        return (TimeValue(.between(DatePoint(dayNumber: first), DatePoint(dayNumber: first + days))), j + 1)
    }

    // MARK: - Clock times

    /// A time of day as written.
    private struct Clock {
        /// Minutes after midnight (0–1439).
        var minuteOfDay: Int
        var precision: DatePoint.Precision
        /// No a.m./p.m. on a twelve-hour time ("9:40").
        var meridiemUnknown: Bool
        /// The half of the day or the zone is written ("p.m.", "GMT"), so it is a time whatever stands before it.
        var marked: Bool
        var approximate: Bool
        /// nil for the writer's local time.
        var zone: String?
        var end: Int

        /// Whether the expression is a time of day: marked by a.m./p.m. or a zone, or a "9:40"
        /// after a word that opens a time ("at 9:40").
        func isTime(openedBy opener: Bool) -> Bool {
            marked || (precision == .minute && (approximate || opener))
        }
    }

    /// The time of day at token `i`: "9:40", "7 p.m.", "5:12 a.m.", "0645 GMT", "noon", after
    /// an approximator ("around 10 pm").
    private func clock(at i: Int, _ context: ExtractionContext) -> Clock? {
        // The clock tables read one at a time: binding `context.lexicon.clock` copied all of them.
        var j = i
        var approximate = false
        if context.may(i, Lexicon.Lookup.clockApproximators), let blur = context.lexicon.clock.approximators.match(context.norms, at: i) {
            approximate = true
            j += blur.length
        }
        if context.may(j, Lexicon.Lookup.clockWords), let minutes = context.lexicon.clock.words[context.norm(j)] {
            return Clock(minuteOfDay: minutes % 1440, precision: .minute, meridiemUnknown: false, marked: true,
                         approximate: approximate, zone: nil, end: j + 1)
        }
        guard context.token(j)?.kind == .number, !context.consumed[j] else { return nil }
        let digits = context.norm(j)
        var hour: Int
        var minute = 0
        var precision = DatePoint.Precision.hour
        var twentyFourHour = false
        var needsZone = false
        var dotted = false
        var k = j + 1
        if digits.utf8.count <= 2, let h = Int(digits), h <= 24 {
            hour = h
            let separator = context.norm(j + 1)
            if separator == ":" || separator == ".", context.isJoined(j + 1), context.token(j + 2)?.kind == .number,
               context.isJoined(j + 2), context.norm(j + 2).utf8.count == 2, let m = Int(context.norm(j + 2)), m < 60 {
                minute = m
                precision = .minute
                dotted = separator == "."
                twentyFourHour = h == 0 || h > 12 || digits.utf8.first == UInt8(ascii: "0")
                k = j + 3
            }
        } else if digits.utf8.count == 4, let value = Int(digits), value / 100 < 24, value % 100 < 60 {
            // "0645 GMT": the twenty-four-hour clock without a colon, only with its zone.
            hour = value / 100
            minute = value % 100
            precision = .minute
            twentyFourHour = true
            needsZone = true
        } else {
            return nil
        }
        var meridiem: Int?
        // "8 o'clock": an hour of either half of the day.
        var oClock = false
        if precision == .hour, let found = context.lexicon.clock.hourWords.match(context.norms, at: k) {
            oClock = true
            k += found.length
        }
        if !twentyFourHour, (1...12).contains(hour), k < context.count, !context.consumed[k],
           let found = context.lexicon.clock.meridiems.match(context.norms, at: k) {
            meridiem = found.payload
            hour = hour % 12 + found.payload / 60
            k += found.length
        }
        let (zone, afterZone) = self.zone(at: k, context)
        k = afterZone
        if needsZone && zone == nil { return nil }
        if dotted && meridiem == nil { return nil }  // "10.25" is a number
        if precision == .hour && meridiem == nil && !oClock { return nil }  // "at 10" is no time
        guard hour < 24 || (hour == 24 && minute == 0) else { return nil }
        // "3:05 pm Cairo time (1305 GMT)": the same moment in another zone, read with it.
        if context.isMark(k, "("), let other = clock(at: k + 1, context), other.zone != nil, context.isMark(other.end, ")") {
            k = other.end + 1
        }
        return Clock(minuteOfDay: (hour * 60 + minute) % 1440, precision: precision,
                     meridiemUnknown: meridiem == nil && !twentyFourHour && zone == nil,
                     marked: meridiem != nil || zone != nil || oClock,
                     approximate: approximate, zone: zone.flatMap { $0 == "local" ? nil : $0 }, end: k)
    }

    /// A time zone at token `k` ("GMT", "(local time)", "Cairo time"), and the token after it;
    /// no zone gives nil and `k`.
    private func zone(at k: Int, _ context: ExtractionContext) -> (String?, Int) {
        // The clock tables read one at a time: binding the clock lexicon copied all its tables.
        let open = context.isMark(k, "(") ? k + 1 : k
        if open < context.count, let found = context.lexicon.clock.zones.match(context.norms, at: open) {
            let end = open + found.length
            if open == k { return (found.payload, end) }
            if context.isMark(end, ")") { return (found.payload, end + 1) }
        }
        // "Cairo time": a capitalised word and a zone noun.
        if let token = context.token(open), token.kind == .word, token.capitalized,
           context.lexicon.clock.zoneNouns.contains(context.norm(open + 1)),
           context.lexicon.weekdays[context.norm(open)] == nil {
            let end = open + 2
            if open == k { return (context.norm(open), end) }
            if context.isMark(end, ")") { return (context.norm(open), end + 1) }
        }
        return (nil, k)
    }

    // MARK: - Days

    /// A day a time is put on, with the part of the day the text names, if any.
    private struct Day {
        /// The date as `TimeExtractor` reads it (resolved to a day, or unresolved).
        var value: TimeValue
        /// The part of the day, in minutes after the day's midnight.
        var part: ClockLexicon.Part?
        var end: Int

        /// The day number, when the date is one resolved day.
        var dayNumber: Int? {
            if case .on(let d) = value.form, d.precision == .day { return d.firstDay }
            return nil
        }
    }

    /// A day at token `i`: "Monday", "March 8", "last night", "this morning", "yesterday
    /// afternoon", "Monday night", "late Monday night", "the evening of the 9th", and after a
    /// time "the 9th".
    private func day(at i: Int, _ context: ExtractionContext, afterClock: Bool) -> Day? {
        guard let token = context.token(i), !context.consumed[i] else { return nil }
        let lexicon = context.lexicon
        let word = context.norm(i)
        // "at 1100 GMT on 22 September": a date written with digits, after a time only.
        if token.kind == .number {
            guard afterClock, let (value, end) = TimeExtractor().day(at: i, context), case .on(let d) = value.form,
                  d.precision == .day else { return nil }
            return Day(value: value, part: nil, end: end)
        }
        guard token.kind == .word else { return nil }
        // "late Monday night", "early Friday": a narrowed part, or a narrowed day.
        if context.may(i, Lexicon.Lookup.clockNarrowings), let narrowing = lexicon.clock.narrowings[word] {
            guard var inner = day(at: i + 1, context, afterClock: false) else { return nil }
            if inner.part == nil, context.token(i + 1)?.kind == .word, lexicon.weekdays[context.norm(i + 1)] == nil,
               lexicon.months[context.norm(i + 1)] == nil { return nil }
            inner.part = narrowed(inner.part ?? lexicon.clock.wholeDay, by: narrowing)
            return inner
        }
        // "last night", "this morning", "yesterday afternoon".
        if let offset = (context.may(i, Lexicon.Lookup.clockPartDays) ? lexicon.clock.partDays[word] : nil)
            ?? (context.may(i, Lexicon.Lookup.relativeDays) ? lexicon.relativeDays[word] : nil),
           context.may(i + 1, Lexicon.Lookup.clockParts), let part = lexicon.clock.parts[context.norm(i + 1)],
           !isCapitalisedInText(i + 1, context) {
            return Day(value: relativeDay(offset, context), part: part, end: i + 2)
        }
        // "the evening of the 9th", "the night of March 8".
        if context.may(i, Lexicon.Lookup.clockParts), let part = lexicon.clock.parts[word], context.norm(i + 1) == "of" {
            guard var of = day(at: i + 2, context, afterClock: true), of.part == nil else { return nil }
            of.part = part
            return of
        }
        // "the 9th" after a time ("at around 6:50 PM on the 9th"), or after a part ("of the 9th").
        if word == "the", afterClock, let ordinal = ordinalDay(at: i + 1, context) {
            return Day(value: ordinal.value, part: nil, end: ordinal.end)
        }
        guard context.may(i, Lexicon.Lookup.weekdays | Lexicon.Lookup.months | Lexicon.Lookup.relativeDays),
              lexicon.weekdays[word] != nil || lexicon.months[word] != nil || lexicon.relativeDays[word] != nil,
              let (value, end) = TimeExtractor().day(at: i, context), context.isFree(i..<end) else { return nil }
        switch value.form {
        case .on(let d) where d.precision == .day: break
        case .unresolved(.weekday), .unresolved(.offset(_, .day)), .unresolved(.monthDay(_, .some, _)): break
        default: return nil
        }
        // "Monday night" (but "Friday Night Lights" is a name).
        if let part = lexicon.clock.parts[context.norm(end)], !isCapitalisedInText(end, context) {
            return Day(value: value, part: part, end: end + 1)
        }
        return Day(value: value, part: nil, end: end)
    }

    /// Whether the word at `i` is capitalised inside a sentence not written in title case (a name's word).
    private func isCapitalisedInText(_ i: Int, _ context: ExtractionContext) -> Bool {
        guard let token = context.token(i), token.capitalized else { return false }
        return !context.isTitleCase(sentenceOf: i)
    }

    /// "3rd" (with its joined suffix) before no noun: a day of the reference month, or of the month
    /// before when that day has not come yet.
    private func ordinalDay(at i: Int, _ context: ExtractionContext) -> (value: TimeValue, end: Int)? {
        guard context.token(i)?.kind == .number, let n = Int(context.norm(i)), (1...31).contains(n),
              context.isJoined(i + 1), context.lexicon.ordinalSuffixes.contains(context.norm(i + 1)) else { return nil }
        let end = i + 2
        // "the 2nd Operations Commander": an ordinal before a word is no day.
        if let next = context.token(end), next.kind == .word, context.norm(end) != "of" { return nil }
        guard let reference = context.referenceDate else { return nil }
        var (year, month) = (reference.year, reference.month)
        if n > reference.day {
            month -= 1
            if month == 0 { (year, month) = (year - 1, 12) }
        }
        let point = DatePoint.day(year, month, n)
        guard point.isValid else { return nil }
        return (TimeValue(.on(point)), end)
    }

    /// The day `offset` days from the reference date, or unresolved without one.
    private func relativeDay(_ offset: Int, _ context: ExtractionContext) -> TimeValue {
        let relative = RelativeTime.offset(offset, .day)
        guard let reference = context.referenceDate else { return TimeValue(.unresolved(relative), written: relative) }
        return TimeValue(.on(DatePoint(dayNumber: reference.firstDay + offset)), written: relative)
    }

    // MARK: - Values

    /// A part of the day narrowed to a share of it, its ends on the hour.
    private func narrowed(_ part: ClockLexicon.Part, by narrowing: ClockLexicon.Narrowing) -> ClockLexicon.Part {
        let length = Double(part.to - part.from)
        func hour(_ fraction: Double) -> Int { Int(((Double(part.from) + length * fraction) / 60).rounded()) * 60 }
        let from = hour(narrowing.from)
        return ClockLexicon.Part(from: from, to: max(from + 60, hour(narrowing.to)))
    }

    /// A part of a day: the day, with the part as its time of day.
    private func stretch(_ part: ClockLexicon.Part, on day: Day, _ context: ExtractionContext) -> TimeValue {
        guard let dayNumber = day.dayNumber else { return day.value }
        var value = day.value
        value.moment = .between(DatePoint(dayNumber: dayNumber, minuteOfDay: part.from, precision: .hour),
                                DatePoint(dayNumber: dayNumber, minuteOfDay: part.to, precision: .hour))
        return value
    }

    /// A time on its day: within the part of the day when one is named ("7 p.m. last night" is
    /// on the night's first day, "2 a.m. last night" on its second), as an interval when
    /// approximate. The date is the day the time falls on.
    private func combine(_ clock: Clock, _ day: Day, _ context: ExtractionContext) -> TimeValue {
        // An unresolved day: the day is what can be said.
        guard let dayNumber = day.dayNumber else { return day.value }
        var minute = clock.minuteOfDay
        var meridiemUnknown = clock.meridiemUnknown
        if let part = day.part {
            let readings = (meridiemUnknown ? [minute, minute + 720] : [minute]).flatMap { [$0, $0 + 1440] }
            if let fitting = readings.first(where: { $0 >= part.from && $0 <= part.to }) {
                minute = fitting
                meridiemUnknown = false
            }
        }
        let point = DatePoint(dayNumber: dayNumber, minuteOfDay: minute, precision: clock.precision)
        var value = TimeValue(.on(DatePoint(dayNumber: point.firstDay)), written: day.value.written)
        if clock.approximate, let margin = context.lexicon.clock.margins[clock.precision], margin > 0 {
            value.moment = .between(DatePoint(dayNumber: dayNumber, minuteOfDay: minute - margin, precision: .minute),
                                    DatePoint(dayNumber: dayNumber, minuteOfDay: minute + margin, precision: .minute))
        } else {
            value.moment = .on(point)
        }
        value.zone = clock.zone
        value.meridiemUnknown = meridiemUnknown
        return value
    }

    /// A time with no day beside it ("announced the decision at 5:12 a.m."): never resolved.
    private func unresolved(_ clock: Clock, _ context: ExtractionContext) -> TimeValue {
        var value = TimeValue(.unresolved(.timeOfDay(minuteOfDay: clock.minuteOfDay, precision: clock.precision)))
        value.zone = clock.zone
        value.meridiemUnknown = clock.meridiemUnknown
        return value
    }
}
