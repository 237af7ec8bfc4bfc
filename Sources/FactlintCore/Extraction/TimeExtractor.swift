/// Finds dates: years ("in 2019"), months ("February 2022", "in June"), full dates ("August 22,
/// 2025", "2025-09-11"), weekdays ("on Thursday"), decades ("the 1990s"), relative dates ("last
/// month", "yesterday", "two years ago", "this morning", "the weekend"), parts of dates ("mid-March",
/// "the end of July": the date's own precision), centuries ("the 19th century"), years in words
/// ("nineteen eighty-four"), slashed dates ("12/25/1999") and intervals ("since 1987", "until
/// Tuesday", "2014–2018", "June 3-5", "February to March 2000", "from Oct. 2 to Oct. 6",
/// "beginning last November and running through January"). Relative dates resolve against the
/// reference date by the clause's tense (HeidelTime's news mode), or stay unresolved.
public struct TimeExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        context.scan(startingWith: Lexicon.Extraction.time) { i, context in
            (interval(at: i, context) ?? date(at: i, context, wrapped: nil)).map { found in
                var value = found.0
                value.reading = reading(of: value, words: i..<found.1, context)
                // "Friday, May 28": the weekday before a calendar date, kept for checking.
                if case .on(let day) = value.form, day.precision >= .day, found.1 > i + 1,
                   let weekday = weekday(at: i, context) {
                    if case .weekday? = value.written {} else { value.statedWeekday = weekday }
                }
                return (.time(value), i, found.1)
            }
        }
    }

    /// The classes a date was read as (`factlint claims --explain`), from its value and its words.
    private func reading(of value: TimeValue, words: Range<Int>, _ context: ExtractionContext) -> ValueReading {
        let lexicon = context.lexicon
        var reading = ValueReading()
        func precision(_ point: DatePoint) -> ValueReading {
            switch point.precision {
            case .century: .century
            case .decade: .decade
            default: .calendarDate
            }
        }
        switch value.form {
        case .on(let p): reading.insert(precision(p))
        case .since(let p): reading.formUnion([.since, precision(p)])
        case .until(let p): reading.formUnion([.until, precision(p)])
        case .between(let a, let b):
            reading.insert(a.precision == .day && b.precision == .day && a.month == b.month && a.year == b.year ? .dayRange : .dateRange)
        case .unresolved: reading.insert(.unresolved)
        }
        if let written = value.written {
            switch written {
            case .weekday: reading.insert(.weekday)
            case .weekend: reading.insert(.weekend)
            case .monthDay(_, let day, _): reading.insert(day == nil ? .monthWithoutYear : .dayWithoutYear)
            case .offset(_, .day): reading.insert(.relativeDay)
            case .offset: reading.insert(.offset)
            case .timeOfDay: break
            }
            switch written {
            case .weekday(_, .upcoming), .weekend(.upcoming), .monthDay(_, _, true): reading.insert(.futureClause)
            case .weekday(_, .latest), .weekend(.latest), .monthDay(_, _, false): reading.insert(.pastByDefault)
            default: break
            }
        }
        for k in words {
            let word = context.norm(k)
            if lexicon.ago.contains(word) { reading.insert(.ago) }
            if word == "/", context.isJoined(k) { reading.insert(.slashedDate) }
            if lexicon.datePartWords.contains(context.norms, at: k) { reading.insert(.datePart) }
            if lexicon.tens[word] != nil || lexicon.numberWords[word] != nil, case .on(let p) = value.form, p.precision == .year {
                reading.insert(.yearInWords)
            }
        }
        return reading
    }

    // MARK: - Intervals

    private func interval(at i: Int, _ context: ExtractionContext) -> (TimeValue, Int)? {
        let lexicon = context.lexicon
        let word = context.norm(i)
        if context.may(i, Lexicon.Lookup.since), lexicon.since.contains(word) {
            if let (core, end) = core(at: i + 1, context) {
                return resolved(core, context, at: i, wrap: .since, end: end)
            }
            // "since Spain's 2010 reform": a year inside a short possessive phrase.
            var j = i + 1
            while j < i + 5, let token = context.token(j), token.kind == .word,
                  token.capitalized || context.norm(j) == "'s" || context.norm(j) == "the" {
                j += 1
            }
            if j > i + 1, let (core, end) = core(at: j, context), case .absolute = core {
                return resolved(core, context, at: i, wrap: .since, end: end)
            }
            return nil
        }
        if context.may(i, Lexicon.Lookup.until), lexicon.until.contains(word), let (core, end) = core(at: i + 1, context) {
            if word == "by" || word == "through", case .relative(.offset) = core { return nil }
            return resolved(core, context, at: i, wrap: .until, end: end)
        }
        // "starting in January and continuing through April": a preposition may follow the opener.
        let opener = context.may(i, Lexicon.Lookup.dateRangeOpeners) && lexicon.dateRangeOpeners.contains(word)
        let firstAt = opener && lexicon.datePrepositions.contains(context.norm(i + 1))
            && !lexicon.dateRangeOpeners.contains(context.norm(i + 1)) ? i + 2 : i + 1
        if opener, let (first, middle) = core(at: firstAt, context),
           let found = range(from: first, at: i, end: middle, context, opened: true) {
            return found
        }
        return nil
    }

    /// A range from a first date that ends at `end` to a second after a connective: "June 3 to
    /// June 5", "February to March 2000", "Monday through Friday"; after an opener ("from",
    /// "between", "beginning") also with "and" and with gap words before the connective ("and
    /// running through"). A year written once serves both ends; relative ends resolve by the
    /// clause's tense, the first end before the second.
    private func range(from first: Core, at i: Int, end: Int, _ context: ExtractionContext, opened: Bool) -> (TimeValue, Int)? {
        let lexicon = context.lexicon
        var j = end
        var gaps = 0
        while j < context.count {
            let word = context.norm(j)
            if lexicon.dateRangeConnectives.contains(word), opened || word != "and", let (second, after) = core(at: j + 1, context) {
                guard let value = span(first, second, at: i, context) else { return nil }
                return (value, after)
            }
            guard opened, gaps < 4, lexicon.dateRangeGapWords.contains(word) else { return nil }
            gaps += 1
            j += 1
        }
        return nil
    }

    /// The stretch between two written dates, or nil when they make none (the second before the first).
    private func span(_ first: Core, _ second: Core, at i: Int, _ context: ExtractionContext) -> TimeValue? {
        var a = first
        var b = second
        // A year written on one end only: "February to March 2000", "Dec. 30 to Jan. 2, 2024".
        if case .relative(.monthDay(let m, let d, _)) = a, case .absolute(let pb) = b, pb.precision >= .month {
            let year = (m, d ?? 0) <= (pb.month, pb.precision == .day ? pb.day : 31) ? pb.year : pb.year - 1
            a = .absolute(d.map { .day(year, m, $0) } ?? .month(year, m))
        }
        if case .absolute(let pa) = a, pa.precision >= .month, case .relative(.monthDay(let m, let d, _)) = b {
            let year = (m, d ?? 31) >= (pa.month, pa.precision == .day ? pa.day : 1) ? pa.year : pa.year + 1
            b = .absolute(d.map { .day(year, m, $0) } ?? .month(year, m))
        }
        guard var pa = point(a, at: i, context), var pb = point(b, at: i, context) else {
            // No reference date: the range stays as written, unresolved from its first end.
            if case .relative(let r) = a { return TimeValue(.unresolved(adjusted(r, at: i, wrap: nil, context)), written: r) }
            return nil
        }
        if pb.lastDay < pa.firstDay {
            // Two ends resolved apart ("November through January"): the range runs over the year's turn.
            let future = context.clauseIsFuture(i)
            if case .relative(.monthDay) = a, !future, pa.precision >= .month {
                pa.year -= 1
            } else if case .relative(.monthDay) = b, pb.precision >= .month {
                pb.year += 1
            } else if case .relative(.weekday) = a, case .relative(.weekday) = b {
                // "from Friday to Sunday": one week's days, the earlier week in a past clause.
                if future { pb = DatePoint(dayNumber: pb.firstDay + 7) } else { pa = DatePoint(dayNumber: pa.firstDay - 7) }
            }
            guard pa.isValid, pb.isValid, pa.firstDay <= pb.lastDay else { return nil }
        }
        var written: RelativeTime?
        if case .relative(let r) = a { written = r }
        return TimeValue(.between(pa, pb), written: written)
    }

    /// The calendar date a written date names: itself, or resolved by the clause's tense (nil
    /// without a reference date). A stretch ("last week", "the weekend") gives its first day.
    private func point(_ core: Core, at i: Int, _ context: ExtractionContext) -> DatePoint? {
        switch core {
        case .absolute(let p): return p
        case .relative(let r):
            guard let reference = context.referenceDate else { return nil }
            return TimeResolver.resolve(adjusted(r, at: i, wrap: nil, context), reference: reference)
        case .days(let month, let first, _, let year):
            if let year { return .day(year, month, first) }
            return point(.relative(.monthDay(month: month, day: first, future: false)), at: i, context)
        }
    }

    /// A relative date turned by the clause's tense: a bare weekday, weekend or month points
    /// forward in a clause that speaks of the future (or after "until" outside a past clause).
    private func adjusted(_ relative: RelativeTime, at i: Int, wrap: Wrap?, _ context: ExtractionContext) -> RelativeTime {
        let future = context.clauseIsFuture(i) || (wrap == .until && !context.clauseIsPast(i))
        switch relative {
        case .weekday(let d, .latest) where future: return .weekday(d, .upcoming)
        case .weekend(.latest) where future: return .weekend(.upcoming)
        case .monthDay(let m, let d, let ahead): return .monthDay(month: m, day: d, future: ahead || future)
        default: return relative
        }
    }

    private enum Wrap { case since, until }

    // MARK: - Dates

    /// A date at `i` (without an interval word before it), with year ranges ("2014–2018").
    private func date(at i: Int, _ context: ExtractionContext, wrapped: Wrap?) -> (TimeValue, Int)? {
        guard let (core, end) = core(at: i, context) else { return nil }
        if case .absolute(let first) = core, first.precision == .year,
           ["-", "to"].contains(context.norm(end)), context.token(end + 1)?.kind == .number {
            let digits = context.norm(end + 1)
            var secondYear: Int?
            if digits.utf8.count == 4, let y = Int(digits), context.lexicon.yearRange.contains(y) {
                secondYear = y
            } else if digits.utf8.count == 2, context.isMark(end, "-"), context.isJoined(end + 1), let y = Int(digits) {
                secondYear = first.year / 100 * 100 + y
            }
            if let secondYear, secondYear > first.year, !context.isJoined(end + 2) || context.token(end + 2)?.kind != .number {
                return (TimeValue(.between(first, .year(secondYear))), end + 2)
            }
        }
        if wrapped == nil, let found = range(from: core, at: i, end: end, context, opened: false) { return found }
        return resolved(core, context, at: i, wrap: wrapped, end: end)
    }

    /// A date as written, before resolution.
    private enum Core {
        case absolute(DatePoint)
        case relative(RelativeTime)
        /// Days of one month: "June 3-5", "27-28 September 2018" (the year when written).
        case days(month: Int, first: Int, last: Int, year: Int?)
    }

    private func resolved(_ core: Core, _ context: ExtractionContext, at i: Int, wrap: Wrap?, end: Int) -> (TimeValue, Int)? {
        var relative: RelativeTime?
        var point: DatePoint?
        var form: TimeValue.Form?
        switch core {
        case .absolute(let p):
            point = p
        case .days(let month, let first, let last, let year):
            // "June 3-5": the first day placed by the year or the tense, the last in its month.
            guard let start = self.point(core, at: i, context) else {
                let r = adjusted(.monthDay(month: month, day: first, future: false), at: i, wrap: wrap, context)
                return (TimeValue(.unresolved(r), written: r), end)
            }
            let stop = DatePoint.day(start.year, month, last)
            guard stop.isValid else { return nil }
            let value = TimeValue(.between(start, stop), written: year == nil ? .monthDay(month: month, day: first, future: false) : nil)
            return (value, end)
        case .relative(let written):
            // Direction of bare weekdays and months from the clause's tense.
            let r = adjusted(written, at: i, wrap: wrap, context)
            relative = r
            if let reference = context.referenceDate {
                form = TimeResolver.form(r, reference: reference)
                if case .on(let p)? = form { point = p }
            }
        }
        if let point {
            switch wrap {
            case .since: form = .since(point)
            case .until: form = .until(point)
            case nil: if form == nil { form = .on(point) }
            }
        }
        guard let relative else {
            guard let form else { return nil }
            return (TimeValue(form), end)
        }
        guard let form else { return (TimeValue(.unresolved(relative), written: relative), end) }
        return (TimeValue(form, written: relative), end)
    }

    /// The date that starts at token `i`, and the token after it.
    private func core(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        guard let token = context.token(i) else { return nil }
        let lexicon = context.lexicon
        let word = context.norm(i)
        if token.kind == .number {
            return numericDate(at: i, context)
        }
        guard token.kind == .word else { return nil }
        if context.may(i, Lexicon.Lookup.relativeDayPhrases), let phrase = lexicon.relativeDayPhrases.match(context.norms, at: i) {
            return (.relative(.offset(phrase.payload, .day)), i + phrase.length)
        }
        if context.may(i, Lexicon.Lookup.relativeDays), let days = lexicon.relativeDays[word] {
            return (.relative(.offset(days, .day)), i + 1)
        }
        // "mid-March", "early 2020", "the end of July": the date keeps its own precision.
        if context.may(i, Lexicon.Lookup.datePartWords), let part = lexicon.datePartWords.match(context.norms, at: i) {
            var j = i + part.length
            if context.isMark(j, "-"), context.isJoined(j) { j += 1 }
            guard lexicon.datePartWords.match(context.norms, at: j) == nil else { return nil }
            return core(at: j, context)
        }
        // "the weekend", "at the weekend".
        if context.may(i, Lexicon.Lookup.weekendWords), lexicon.weekendWords.contains(word),
           lexicon.definiteDeterminers.contains(context.norm(i - 1)) {
            return (.relative(.weekend(.latest)), i + 1)
        }
        if let found = ordinalDate(at: i, context) { return found }
        if let found = yearInWords(at: i, context) { return found }
        if context.may(i, Lexicon.Lookup.relativeModifiers), let direction = lexicon.relativeModifiers[word] {
            let next = context.norm(i + 1)
            if let weekday = weekday(at: i + 1, context) {
                return (.relative(.weekday(weekday, direction)), skipPossessive(i + 2, context))
            }
            if lexicon.weekendWords.contains(next) {
                return (.relative(.weekend(direction)), skipPossessive(i + 2, context))
            }
            // "last November", "next July": the month before or after the reference month.
            if let month = month(at: i + 1, context), direction != .latest, lexicon.months[next] != nil {
                return (.relative(.monthDay(month: month, day: nil, future: direction == .next)), i + 2)
            }
            // "the past month", "the last year": a stretch of time up to now, not a date.
            if context.norm(i - 1) == "the", lexicon.timeUnits[next] != nil { return nil }
            if word != "past", let unit = lexicon.timeUnits[next], [.week, .month, .year, .decade].contains(unit),
               !next.hasSuffix("s") {
                let amount = direction == .previous ? -1 : direction == .next ? 1 : 0
                return (.relative(.offset(amount, unit)), i + 2)
            }
            return nil
        }
        if let weekday = weekday(at: i, context) {
            let end = skipPossessive(i + 1, context)
            // "Friday, May 17, 2024": a calendar date after the weekday says more than it.
            let j = context.isMark(end, ",") ? end + 1 : end
            if let (core, after) = monthFirst(at: j, context) {
                switch core {
                case .absolute, .relative(.monthDay(_, .some, _)): return (core, after)
                default: break
                }
            }
            return (.relative(.weekday(weekday, .latest)), end)
        }
        if let found = monthFirst(at: i, context) { return found }
        return ago(at: i, context)
    }

    /// "the fifth of March", "the 19th century", "the twenty-first century": an ordinal in words
    /// (or digits, for a century) before "of" and a month, or before "century".
    private func ordinalDate(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        let lexicon = context.lexicon
        guard let (n, after) = ordinalWord(at: i, context) else { return nil }
        if lexicon.timeUnits[context.norm(after)] == .century, !context.norm(after).hasSuffix("s") {
            let year = (n - 1) * 100
            guard n >= 1, lexicon.yearRange.contains(year) || lexicon.yearRange.contains(year + 99) else { return nil }
            return (.absolute(.century(year)), after + 1)
        }
        guard (1...31).contains(n), context.norm(after) == "of", let month = month(at: after + 1, context, dayBefore: true) else { return nil }
        return dayOfMonth(n, month: month, at: after + 2, context)
    }

    /// An ordinal word at `i` ("fifth", "twenty-first") and the token after it.
    private func ordinalWord(at i: Int, _ context: ExtractionContext) -> (Int, Int)? {
        let lexicon = context.lexicon
        if context.may(i, Lexicon.Lookup.ordinalNumbers), let n = lexicon.ordinalNumbers[context.norm(i)] { return (n, i + 1) }
        if context.may(i, Lexicon.Lookup.tens), let ten = lexicon.tens[context.norm(i)], context.isMark(i + 1, "-"), context.isJoined(i + 1), context.isJoined(i + 2),
           let unit = lexicon.ordinalNumbers[context.norm(i + 2)], unit < 10 {
            return (Int(ten) + unit, i + 3)
        }
        return nil
    }

    /// A day of a month, with the year when one follows ("March 2019" of "the fifth of March 2019").
    private func dayOfMonth(_ day: Int, month: Int, at j: Int, _ context: ExtractionContext) -> (Core, Int)? {
        var k = j
        if context.isMark(k, "."), context.isJoined(k) { k += 1 }
        if context.isMark(k, ",") { k += 1 }
        if let year = year(at: k, context) {
            let point = DatePoint.day(year, month, day)
            return point.isValid ? (.absolute(point), k + 1) : nil
        }
        return (.relative(.monthDay(month: month, day: day, future: false)), j)
    }

    /// A year in words after a date preposition: "in nineteen eighty-four", "since nineteen
    /// ninety", "in twenty twenty", "of nineteen oh five" (a hundred and a two-digit number,
    /// the way years are spoken).
    private func yearInWords(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        let lexicon = context.lexicon
        guard context.may(i - 1, Lexicon.Lookup.datePrepositions) && lexicon.datePrepositions.contains(context.norm(i - 1))
                || context.may(i - 1, Lexicon.Lookup.months) && lexicon.months[context.norm(i - 1)] != nil,
              let (century, afterCentury) = twoDigitWords(at: i, context), century >= 11 else { return nil }
        var year: Int
        var end: Int
        if lexicon.scales[context.norm(afterCentury)] == 100 {
            year = century * 100
            end = afterCentury + 1
        } else if let (rest, after) = twoDigitWords(at: afterCentury, context), rest >= 10 {
            year = century * 100 + rest
            end = after
        } else if lexicon.yearZeroWords.contains(context.norm(afterCentury)), let unit = lexicon.numberWords[context.norm(afterCentury + 1)],
                  unit >= 1, unit < 10 {
            year = century * 100 + Int(unit)
            end = afterCentury + 2
        } else {
            return nil
        }
        guard lexicon.yearRange.contains(year) else { return nil }
        return (.absolute(.year(year)), end)
    }

    /// A number from 1 to 99 in words at `i` ("nineteen", "eighty-four", "twenty") and the token after it.
    private func twoDigitWords(at i: Int, _ context: ExtractionContext) -> (Int, Int)? {
        let lexicon = context.lexicon
        guard !(context.token(i)?.newlineBefore ?? true) || i == 0 else { return nil }
        if let unit = lexicon.numberWords[context.norm(i)], unit >= 1, unit < 20 { return (Int(unit), i + 1) }
        guard let ten = lexicon.tens[context.norm(i)] else { return nil }
        if context.isMark(i + 1, "-"), context.isJoined(i + 1), context.isJoined(i + 2),
           let unit = lexicon.numberWords[context.norm(i + 2)], unit >= 1, unit < 10 {
            return (Int(ten + unit), i + 3)
        }
        return (Int(ten), i + 1)
    }

    /// "February 2022", "August 22", "Aug. 22, 2025", "June".
    private func monthFirst(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        guard let month = month(at: i, context) else { return nil }
        var j = i + 1
        if context.isMark(j, "."), context.isJoined(j), context.lexicon.abbreviations.contains(context.norm(i)) { j += 1 }
        // Day.
        if context.token(j)?.kind == .number, let day = Int(context.norm(j)), (1...31).contains(day),
           context.norm(j).count <= 2 {
            var after = j + 1
            if context.isJoined(after), context.lexicon.ordinalSuffixes.contains(context.norm(after)) { after += 1 }
            if let (last, afterLast) = lastDay(after: after, first: day, context) {
                var k = afterLast
                if context.isMark(k, ",") { k += 1 }
                if let year = year(at: k, context) { return (.days(month: month, first: day, last: last, year: year), k + 1) }
                return (.days(month: month, first: day, last: last, year: nil), afterLast)
            }
            var k = after
            if context.isMark(k, ",") { k += 1 }
            if let year = year(at: k, context) {
                let point = DatePoint.day(year, month, day)
                return point.isValid ? (.absolute(point), k + 1) : nil
            }
            return (.relative(.monthDay(month: month, day: day, future: false)), after)
        }
        // "March fifth".
        if let (day, after) = ordinalWord(at: j, context), (1...31).contains(day) {
            return dayOfMonth(day, month: month, at: after, context)
        }
        // Year.
        var k = j
        if context.isMark(k, ",") || context.norm(k) == "of" { k += 1 }
        if let year = year(at: k, context) {
            return (.absolute(.month(year, month)), k + 1)
        }
        return (.relative(.monthDay(month: month, day: nil, future: false)), j)
    }

    /// The last day of a day range after a first day: "-5" of "June 3-5", "to 28" of "27 to 28 September".
    private func lastDay(after j: Int, first: Int, _ context: ExtractionContext) -> (Int, Int)? {
        let connective = context.norm(j)
        guard context.lexicon.dateRangeConnectives.contains(connective),
              context.token(j + 1)?.kind == .number, context.norm(j + 1).utf8.count <= 2,
              let last = Int(context.norm(j + 1)), last > first, last <= 31 else { return nil }
        var after = j + 2
        if context.isJoined(after), context.lexicon.ordinalSuffixes.contains(context.norm(after)) { after += 1 }
        // "June 3 and 4 people": a count, not a day, follows when a word other than a date's comes next.
        if connective != "-", let next = context.token(after), next.kind == .word,
           !next.capitalized, context.lexicon.timeUnits[context.norm(after)] == nil { return nil }
        return (last, after)
    }

    /// "2025-09-11", "22 August 2025", "2021", "the 1990s".
    private func numericDate(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        // A number token is ASCII digits: its bytes are counted, not its characters.
        let digits = context.norm(i)
        // ISO 8601.
        if digits.utf8.count == 4, context.isMark(i + 1, "-"), context.isJoined(i + 1), context.token(i + 2)?.kind == .number,
           context.isJoined(i + 2), context.isMark(i + 3, "-"), context.isJoined(i + 3),
           context.token(i + 4)?.kind == .number, context.isJoined(i + 4),
           let y = Int(digits), let m = Int(context.norm(i + 2)), let d = Int(context.norm(i + 4)) {
            let point = DatePoint.day(y, m, d)
            return point.isValid ? (.absolute(point), i + 5) : nil
        }
        if let found = slashedDate(at: i, context) { return found }
        // Day before month: "22 August 2025", "22nd of August", "27-28 September".
        if digits.utf8.count <= 2, let day = Int(digits), (1...31).contains(day) {
            var j = i + 1
            if context.isJoined(j), context.lexicon.ordinalSuffixes.contains(context.norm(j)) { j += 1 }
            // "the 19th century", "the 21st century".
            if j > i + 1, context.lexicon.timeUnits[context.norm(j)] == .century, !context.norm(j).hasSuffix("s") {
                return (.absolute(.century((day - 1) * 100)), j + 1)
            }
            var last: Int?
            if let (lastDay, after) = lastDay(after: j, first: day, context), month(at: after, context, dayBefore: true) != nil
                || (context.norm(after) == "of" && month(at: after + 1, context, dayBefore: true) != nil) {
                last = lastDay
                j = after
            }
            if context.norm(j) == "of" { j += 1 }
            if let last, let month = month(at: j, context, dayBefore: true) {
                var k = j + 1
                if context.isMark(k, "."), context.isJoined(k) { k += 1 }
                if context.isMark(k, ",") { k += 1 }
                if let year = year(at: k, context) { return (.days(month: month, first: day, last: last, year: year), k + 1) }
                return (.days(month: month, first: day, last: last, year: nil), k)
            }
            if let month = month(at: j, context, dayBefore: true) {
                var k = j + 1
                if context.isMark(k, "."), context.isJoined(k), context.lexicon.abbreviations.contains(context.norm(j)) { k += 1 }
                if context.isMark(k, ",") { k += 1 }
                if let year = year(at: k, context) {
                    let point = DatePoint.day(year, month, day)
                    return point.isValid ? (.absolute(point), k + 1) : nil
                }
                return (.relative(.monthDay(month: month, day: day, future: false)), k)
            }
            return ago(at: i, context)
        }
        // Decade: "1990s".
        if digits.utf8.count == 4, let y = Int(digits), y % 10 == 0, context.isJoined(i + 1), context.norm(i + 1) == "s",
           context.lexicon.yearRange.contains(y) {
            return (.absolute(.decade(y)), i + 2)
        }
        if let year = year(at: i, context), !isCount(yearAt: i, context) {
            return (.absolute(.year(year)), i + 1)
        }
        return ago(at: i, context)
    }

    /// "two years ago", "10 days ago", "a decade ago": an amount of time back from the reference
    /// date; weeks count as days ("two weeks ago" is the day fourteen days back).
    private func ago(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        let lexicon = context.lexicon
        guard let (amount, unitIndex) = amountBeforeUnit(at: i, context), context.may(unitIndex, Lexicon.Lookup.timeUnits),
              let unit = lexicon.timeUnits[context.norm(unitIndex)], context.may(unitIndex + 1, Lexicon.Lookup.ago),
              lexicon.ago.contains(context.norm(unitIndex + 1)) else { return nil }
        if unit == .week { return (.relative(.offset(-7 * amount, .day)), unitIndex + 2) }
        return (.relative(.offset(-amount, unit)), unitIndex + 2)
    }

    /// "12/25/1999", "25/12/1999", "3/4/2020": month, day and year with slashes; a field above 12
    /// is the day, else the lexicon's `numeric-date-order` decides.
    private func slashedDate(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        guard context.isMark(i + 1, "/"), context.isJoined(i + 1), context.isJoined(i + 2), context.token(i + 2)?.kind == .number,
              context.isMark(i + 3, "/"), context.isJoined(i + 3), context.isJoined(i + 4), context.token(i + 4)?.kind == .number,
              context.norm(i).utf8.count <= 2, context.norm(i + 2).utf8.count <= 2,
              let a = Int(context.norm(i)), let b = Int(context.norm(i + 2)), var year = Int(context.norm(i + 4)) else { return nil }
        switch context.norm(i + 4).utf8.count {
        case 4: break
        case 2: year += year < 50 ? 2000 : 1900
        default: return nil
        }
        guard context.lexicon.yearRange.contains(year) else { return nil }
        let monthFirst = b > 12 || (a <= 12 && context.lexicon.numericDateMonthFirst)
        let point = monthFirst ? DatePoint.day(year, a, b) : DatePoint.day(year, b, a)
        return point.isValid ? (.absolute(point), i + 5) : nil
    }

    // MARK: - Words

    /// The month named at `i`, if the word is a month there. Months that are common words ("may",
    /// "march") count only when capitalised and beside a day, a year or a date preposition.
    private func month(at i: Int, _ context: ExtractionContext, dayBefore: Bool = false) -> Int? {
        guard let token = context.token(i), token.kind == .word, context.may(i, Lexicon.Lookup.months),
              let month = context.lexicon.months[context.norm(i)] else {
            return nil
        }
        let word = context.norm(i)
        var j = i + 1
        if context.isMark(j, "."), context.isJoined(j) { j += 1 }
        if context.isMark(j, ",") { j += 1 }
        let besideNumber = dayBefore || context.token(j)?.kind == .number
        // "mid-March": the opener stands before the hyphen.
        let opener = context.isMark(i - 1, "-") && context.isJoined(i - 1) && context.isJoined(i) ? context.norm(i - 2) : context.norm(i - 1)
        let afterPreposition = context.lexicon.monthOpeners.contains(opener)
        if context.lexicon.ambiguousMonths.contains(word) {
            // A month that is also a common word: capitalised, or in lower case between a date
            // preposition and a number ("in march 2020", "on may 5").
            guard token.capitalized || (besideNumber && afterPreposition && !dayBefore) else { return nil }
            guard besideNumber || afterPreposition else { return nil }
            // An abbreviation needs its period unless a number follows.
            if word.count <= 4, word != "may", word != "june", word != "july" {
                guard context.isMark(i + 1, ".") || context.token(i + 1)?.kind == .number else { return nil }
            }
        } else if !token.capitalized, !(besideNumber || afterPreposition) {
            return nil  // "an august body"; but "in january", "june 5"
        }
        if !dayBefore, nameFollows(i, context) { return nil }  // "June Almeida"
        return month
    }

    /// The weekday named at `i`: a full name in any case, an abbreviation only capitalised with its period.
    private func weekday(at i: Int, _ context: ExtractionContext) -> Int? {
        guard let token = context.token(i), token.kind == .word, context.may(i, Lexicon.Lookup.weekdays),
              let day = context.lexicon.weekdays[context.norm(i)] else {
            return nil
        }
        if context.lexicon.ambiguousWeekdays.contains(context.norm(i)) {
            guard token.capitalized, context.isMark(i + 1, "."), context.isJoined(i + 1) else { return nil }
        }
        if nameFollows(i, context) { return nil }  // "The Sunday Times"
        return day
    }

    /// Whether the calendar word at `i` begins a name: a capitalised word follows and no date
    /// preposition comes before ("June Almeida", "The Sunday Times"; but "in June Keller said").
    private func nameFollows(_ i: Int, _ context: ExtractionContext) -> Bool {
        guard let next = context.token(i + 1), next.kind == .word, next.capitalized, !next.joined else { return false }
        let word = context.norm(i + 1)
        if context.lexicon.months[word] != nil || context.lexicon.weekdays[word] != nil { return false }
        let previous = context.norm(i - 1)
        return !(context.lexicon.datePrepositions.contains(previous) || previous == "," || previous == "-")
    }

    /// A plain four-digit year in the lexicon's range at `i`.
    private func year(at i: Int, _ context: ExtractionContext) -> Int? {
        guard let token = context.token(i), token.kind == .number else { return nil }
        let digits = context.norm(i)
        guard digits.utf8.count == 4, let year = Int(digits), context.lexicon.yearRange.contains(year) else { return nil }
        // "1,994" and "2025.5" are not years.
        if context.isJoined(i + 1), [",", "."].contains(context.norm(i + 1)), context.token(i + 2)?.kind == .number,
           context.isJoined(i + 2) { return nil }
        if context.isJoined(i), [",", "."].contains(context.norm(i - 1)), context.token(i - 2)?.kind == .number { return nil }
        // "Expo-2030", "COVID-19": a number inside a name.
        // ("mid-2003" is a part of a year.)
        if context.isJoined(i), context.isMark(i - 1, "-"), context.token(i - 2)?.kind == .word,
           !context.lexicon.datePartWords.contains(context.norms, at: i - 2) { return nil }
        if context.isJoined(i), context.token(i - 1)?.kind == .word { return nil }
        if context.isJoined(i + 1), context.token(i + 1)?.kind == .word, context.norm(i + 1) != "s" { return nil }
        return year
    }

    /// Whether the year-shaped number at `i` is a count instead ("more than 2000 people", "2000 soldiers").
    private func isCount(yearAt i: Int, _ context: ExtractionContext) -> Bool {
        let lexicon = context.lexicon
        if lexicon.boundsBefore.match(context.norms, endingBefore: i) != nil { return true }
        let previous = context.norm(i - 1)
        if Tokenizer.isCurrencySign(previous) { return true }
        if lexicon.nameNumberBefore.contains(previous) { return true }
        if let capitalised = context.token(i - 1), capitalised.capitalized,
           lexicon.capitalisedNameNumberBefore.contains(previous) { return true }
        let next = context.norm(i + 1)
        if lexicon.percent.contains(context.norms, at: i + 1) { return true }
        if lexicon.nounClasses.contains(context.nouns, at: i + 1) || lexicon.genericNouns.contains(next) { return true }
        if lexicon.scales[next] != nil || lexicon.notCountAfter.contains(context.norms, at: i + 1) { return true }
        // "collected 2024 signatures", "lost by 1999 votes": a plural noun counted, unless a
        // determiner or preposition makes the year a modifier ("the 2020 elections").
        if let token = context.token(i + 1), token.kind == .word, !token.capitalized, next.count > 3, next.hasSuffix("s"),
           !next.hasSuffix("ss"), !lexicon.yearModifierOpeners.contains(context.norm(i - 1)) {
            return true
        }
        return false
    }

    /// A number (digits or words, or "a"/"an") followed by a time unit.
    private func amountBeforeUnit(at i: Int, _ context: ExtractionContext) -> (Int, Int)? {
        let word = context.norm(i)  // compared directly: an array literal was built at every token
        if word == "a" || word == "an" { return (1, i + 1) }
        guard let parsed = NumberParser(context).parse(at: i), parsed.value < 10_000,
              let amount = Int(exactly: parsed.value) else { return nil }
        return (amount, parsed.end)
    }

    private func skipPossessive(_ i: Int, _ context: ExtractionContext) -> Int {
        context.norm(i) == "'s" ? i + 1 : i
    }

    // MARK: - For times of day

    /// The date written at token `i` without an interval word ("Tuesday", "December 3",
    /// "yesterday"), resolved as a date mention would be, and the token after it: the day that
    /// `ClockTimeExtractor` puts a time of day on.
    func day(at i: Int, _ context: ExtractionContext) -> (TimeValue, Int)? {
        date(at: i, context, wrapped: nil)
    }
}
