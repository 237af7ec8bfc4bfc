/// Finds dates: years ("in 2019"), months ("February 2022", "in June"), full dates ("August 22,
/// 2025", "2025-09-11"), weekdays ("on Thursday"), decades ("the 1990s"), relative dates ("last
/// month", "yesterday", "two years ago") and intervals ("since 1987", "until Tuesday",
/// "2014–2018"). Relative dates resolve against the reference date, or stay unresolved.
public struct TimeExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        context.scan(startingWith: Lexicon.Extraction.time) { i, context in
            (interval(at: i, context) ?? date(at: i, context, wrapped: nil)).map { (.time($0.0), i, $0.1) }
        }
    }

    // MARK: - Intervals

    private func interval(at i: Int, _ context: ExtractionContext) -> (TimeValue, Int)? {
        let lexicon = context.lexicon
        let word = context.norm(i)
        if lexicon.since.contains(word) {
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
        if lexicon.until.contains(word), let (core, end) = core(at: i + 1, context) {
            if word == "by" || word == "through", case .relative(.offset) = core { return nil }
            return resolved(core, context, at: i, wrap: .until, end: end)
        }
        if lexicon.dateRangeOpeners.contains(word), let (first, middle) = core(at: i + 1, context),
           lexicon.dateRangeConnectives.contains(context.norm(middle)), let (second, end) = core(at: middle + 1, context),
           case .absolute(let a) = first, case .absolute(let b) = second, a.firstDay <= b.lastDay {
            return (TimeValue(.between(a, b)), end)
        }
        return nil
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
            } else if digits.utf8.count == 2, context.norm(end) == "-", context.isJoined(end + 1), let y = Int(digits) {
                secondYear = first.year / 100 * 100 + y
            }
            if let secondYear, secondYear > first.year, !context.isJoined(end + 2) || context.token(end + 2)?.kind != .number {
                return (TimeValue(.between(first, .year(secondYear))), end + 2)
            }
        }
        return resolved(core, context, at: i, wrap: wrapped, end: end)
    }

    /// A date as written, before resolution.
    private enum Core {
        case absolute(DatePoint)
        case relative(RelativeTime)
    }

    private func resolved(_ core: Core, _ context: ExtractionContext, at i: Int, wrap: Wrap?, end: Int) -> (TimeValue, Int)? {
        var relative: RelativeTime?
        var point: DatePoint?
        var form: TimeValue.Form?
        switch core {
        case .absolute(let p):
            point = p
        case .relative(var r):
            // Direction of bare weekdays and months from the clause's tense.
            let future = context.clauseIsFuture(i) || (wrap == .until && !context.clauseIsPast(i))
            if case .weekday(let d, .latest) = r, future { r = .weekday(d, .upcoming) }
            if case .monthDay(let m, let d, _) = r { r = .monthDay(month: m, day: d, future: future) }
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
        if let days = lexicon.relativeDays[word] {
            return (.relative(.offset(days, .day)), i + 1)
        }
        if let direction = lexicon.relativeModifiers[word] {
            let next = context.norm(i + 1)
            if let weekday = weekday(at: i + 1, context) {
                return (.relative(.weekday(weekday, direction)), skipPossessive(i + 2, context))
            }
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
            let j = context.norm(end) == "," ? end + 1 : end
            if let (core, after) = monthFirst(at: j, context) {
                switch core {
                case .absolute, .relative(.monthDay(_, .some, _)): return (core, after)
                default: break
                }
            }
            return (.relative(.weekday(weekday, .latest)), end)
        }
        if let found = monthFirst(at: i, context) { return found }
        // "two years ago", "a decade ago".
        if let (amount, unitIndex) = amountBeforeUnit(at: i, context), let unit = lexicon.timeUnits[context.norm(unitIndex)],
           lexicon.ago.contains(context.norm(unitIndex + 1)) {
            return (.relative(.offset(-amount, unit)), unitIndex + 2)
        }
        return nil
    }

    /// "February 2022", "August 22", "Aug. 22, 2025", "June".
    private func monthFirst(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        guard let month = month(at: i, context) else { return nil }
        var j = i + 1
        if context.norm(j) == ".", context.isJoined(j), context.lexicon.abbreviations.contains(context.norm(i)) { j += 1 }
        // Day.
        if context.token(j)?.kind == .number, let day = Int(context.norm(j)), (1...31).contains(day),
           context.norm(j).count <= 2 {
            var after = j + 1
            if context.isJoined(after), context.lexicon.ordinalSuffixes.contains(context.norm(after)) { after += 1 }
            var k = after
            if context.norm(k) == "," { k += 1 }
            if let year = year(at: k, context) {
                let point = DatePoint.day(year, month, day)
                return point.isValid ? (.absolute(point), k + 1) : nil
            }
            return (.relative(.monthDay(month: month, day: day, future: false)), after)
        }
        // Year.
        var k = j
        if context.norm(k) == "," || context.norm(k) == "of" { k += 1 }
        if let year = year(at: k, context) {
            return (.absolute(.month(year, month)), k + 1)
        }
        return (.relative(.monthDay(month: month, day: nil, future: false)), j)
    }

    /// "2025-09-11", "22 August 2025", "2021", "the 1990s".
    private func numericDate(at i: Int, _ context: ExtractionContext) -> (Core, Int)? {
        // A number token is ASCII digits: its bytes are counted, not its characters.
        let digits = context.norm(i)
        // ISO 8601.
        if digits.utf8.count == 4, context.norm(i + 1) == "-", context.isJoined(i + 1), context.token(i + 2)?.kind == .number,
           context.isJoined(i + 2), context.norm(i + 3) == "-", context.isJoined(i + 3),
           context.token(i + 4)?.kind == .number, context.isJoined(i + 4),
           let y = Int(digits), let m = Int(context.norm(i + 2)), let d = Int(context.norm(i + 4)) {
            let point = DatePoint.day(y, m, d)
            return point.isValid ? (.absolute(point), i + 5) : nil
        }
        // Day before month: "22 August 2025", "22nd of August".
        if digits.utf8.count <= 2, let day = Int(digits), (1...31).contains(day) {
            var j = i + 1
            if context.isJoined(j), context.lexicon.ordinalSuffixes.contains(context.norm(j)) { j += 1 }
            if context.norm(j) == "of" { j += 1 }
            if let month = month(at: j, context, dayBefore: true) {
                var k = j + 1
                if context.norm(k) == ".", context.isJoined(k), context.lexicon.abbreviations.contains(context.norm(j)) { k += 1 }
                if context.norm(k) == "," { k += 1 }
                if let year = year(at: k, context) {
                    let point = DatePoint.day(year, month, day)
                    return point.isValid ? (.absolute(point), k + 1) : nil
                }
                return (.relative(.monthDay(month: month, day: day, future: false)), k)
            }
            return nil
        }
        // Decade: "1990s".
        if digits.utf8.count == 4, let y = Int(digits), y % 10 == 0, context.isJoined(i + 1), context.norm(i + 1) == "s",
           context.lexicon.yearRange.contains(y) {
            return (.absolute(.decade(y)), i + 2)
        }
        if let year = year(at: i, context), !isCount(yearAt: i, context) {
            return (.absolute(.year(year)), i + 1)
        }
        return nil
    }

    // MARK: - Words

    /// The month named at `i`, if the word is a month there. Months that are common words ("may",
    /// "march") count only when capitalised and beside a day, a year or a date preposition.
    private func month(at i: Int, _ context: ExtractionContext, dayBefore: Bool = false) -> Int? {
        guard let token = context.token(i), token.kind == .word, let month = context.lexicon.months[context.norm(i)] else {
            return nil
        }
        let word = context.norm(i)
        if context.lexicon.ambiguousMonths.contains(word) {
            guard token.capitalized else { return nil }
            var j = i + 1
            if context.norm(j) == ".", context.isJoined(j) { j += 1 }
            if context.norm(j) == "," { j += 1 }
            let besideNumber = dayBefore || context.token(j)?.kind == .number
            let afterPreposition = context.lexicon.monthOpeners.contains(context.norm(i - 1))
            guard besideNumber || afterPreposition else { return nil }
            // An abbreviation needs its period unless a number follows.
            if word.count <= 4, word != "may", word != "june", word != "july" {
                guard context.norm(i + 1) == "." || context.token(i + 1)?.kind == .number else { return nil }
            }
        } else if !token.capitalized {
            return nil  // "an august body"
        }
        if !dayBefore, nameFollows(i, context) { return nil }  // "June Almeida"
        return month
    }

    /// The weekday named at `i`: a full name in any case, an abbreviation only capitalised with its period.
    private func weekday(at i: Int, _ context: ExtractionContext) -> Int? {
        guard let token = context.token(i), token.kind == .word, let day = context.lexicon.weekdays[context.norm(i)] else {
            return nil
        }
        if context.lexicon.ambiguousWeekdays.contains(context.norm(i)) {
            guard token.capitalized, context.norm(i + 1) == ".", context.isJoined(i + 1) else { return nil }
        } else if !token.capitalized {
            return nil
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
        if context.isJoined(i), context.norm(i - 1) == "-", context.token(i - 2)?.kind == .word { return nil }
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
