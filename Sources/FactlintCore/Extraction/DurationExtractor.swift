/// Finds lengths of time: "12 years", "over two decades", "a three-year term", "two to three
/// months", "decades-long", and vague plurals ("for years"). Ages ("69-year-old", "33 years
/// old") are left to the quantity extractor; "two years ago" is a date, found before this runs.
public struct DurationExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        context.scan(startingWith: Lexicon.Extraction.duration) { i, context in
            duration(at: i, context).map { (.duration($0.0), i, $0.1) }
        }
    }

    private func duration(at i: Int, _ context: ExtractionContext) -> (DurationValue, Int)? {
        let lexicon = context.lexicon
        var start = i
        var op: Lexicon.Operator?
        var between = false
        if context.may(i, Lexicon.Lookup.boundsBefore), let bound = lexicon.boundsBefore.match(context.norms, at: i) {
            op = bound.payload
            start = i + bound.length
        } else if context.norm(i) == "between" {
            between = true
            start = i + 1
        }
        if let (form, end) = amountAndUnit(at: start, context, between: between) {
            var amount = form.0
            if let op, case .exact(let x) = amount { amount = QuantityExtractor.apply(op, to: x) }
            var reading = QuantityExtractor.reading(of: amount, unit: .count)
            for k in start..<end where lexicon.durationAdjectives.contains(context.norm(k)) && lexicon.timeUnits[context.norm(k + 1)] != nil {
                reading.insert(.durationAdjective)
            }
            if end - start >= 3, context.norm(end - 3) == "and", lexicon.fractions[context.norm(end - 1)] != nil { reading.insert(.andAHalf) }
            if let parsed = NumberParser(context).parse(at: start) { reading.formUnion(QuantityExtractor.reading(of: parsed.reading)) }
            return (DurationValue(amount, form.1, reading: reading), end)
        }
        guard op == nil, !between else { return nil }
        if let found = pastStretch(at: i, context) { return found }
        // "decade-long", "year-old": one unit as an adjective.
        if context.may(i, Lexicon.Lookup.timeUnits), let unit = lexicon.timeUnits[context.norm(i)], !context.norm(i).hasSuffix("s"),
           context.isMark(i + 1, "-"),
           context.isJoined(i + 1), ["long"].contains(context.norm(i + 2)), !context.isMark(i - 1, "-") {
            return (DurationValue(.exact(1), unit, reading: .exact), i + 3)
        }
        // Vague: "decades", "several years", "decades-long".
        guard context.may(i, Lexicon.Lookup.vagueDurations), let vague = lexicon.vagueDurations.match(context.norms, at: i) else { return nil }
        var end = i + vague.length
        let adjective = context.isMark(end, "-") && context.isJoined(end)
            && lexicon.vagueDurationAdjectives.contains(context.norm(end + 1))
        if adjective { end += 2 }
        // "the years", "those months": not a length of time; "33 years old": an age.
        if !adjective, lexicon.notDurationBefore.contains(context.norm(i - 1)) { return nil }
        if context.token(i - 1)?.kind == .number || lexicon.numberWords[context.norm(i - 1)] != nil { return nil }
        if lexicon.ageAfter.contains(context.norm(end)) || lexicon.ago.contains(context.norm(end)) { return nil }
        return (DurationValue(.vague(vague.payload.atLeast), vague.payload.unit, reading: .vagueDuration), end)
    }

    /// "12 years", "three-year", "two to three months", "six or seven years", "a decade".
    private func amountAndUnit(at i: Int, _ context: ExtractionContext, between: Bool = false) -> ((QuantityValue.Form, TimeUnit), Int)? {
        let lexicon = context.lexicon
        guard let (first, afterFirst) = amount(at: i, context) else { return nil }
        var form = QuantityValue.Form.exact(first)
        var unitIndex = afterFirst
        // A second amount: "two to three months", "10-15 years", "six or seven years".
        let connective = context.norm(afterFirst)
        if lexicon.rangeConnectives.contains(connective) || lexicon.alternativeConnectives.contains(connective),
           connective != "and" || between, let (second, afterSecond) = amount(at: afterFirst + 1, context),
           lexicon.timeUnits[context.norm(afterSecond)] != nil || context.isMark(afterSecond, "-") {
            form = lexicon.alternativeConnectives.contains(connective) ? .alternatives([first, second])
                : .range(min(first, second), max(first, second), approximate: false)
            unitIndex = afterSecond
        }
        // "six long years", "10 more years": adjectives between the amount and the unit.
        var adjectives = unitIndex
        while adjectives < unitIndex + 2, context.may(adjectives, Lexicon.Lookup.durationAdjectives),
              lexicon.durationAdjectives.contains(context.norm(adjectives)) {
            adjectives += 1
        }
        if adjectives > unitIndex, lexicon.timeUnits[context.norm(adjectives)] != nil { unitIndex = adjectives }
        // "three-year term": the unit joined by a hyphen.
        var hyphenated = false
        if context.isMark(unitIndex, "-"), context.isJoined(unitIndex), context.isJoined(unitIndex + 1) {
            unitIndex += 1
            hyphenated = true
        }
        guard context.may(unitIndex, Lexicon.Lookup.timeUnits), let unit = lexicon.timeUnits[context.norm(unitIndex)],
              context.isWord(unitIndex) else { return nil }
        if between, case .exact = form { return nil }
        let end = unitIndex + 1
        // Ages and dates are not durations: "69-year-old", "33 years old", "two years ago".
        let after = context.norm(end)
        if lexicon.ageAfter.contains(after) || (after == "-" && lexicon.ageAfter.contains(context.norm(end + 1))) { return nil }
        if lexicon.ago.contains(after) { return nil }
        if hyphenated, after == "-", context.norm(end + 1) == "long" { return ((form, unit), end + 2) }
        // "an hour and a half", "two years and a half".
        if !hyphenated, case .exact(let x) = form, after == "and", ["a", "an"].contains(context.norm(end + 1)),
           let fraction = lexicon.fractions[context.norm(end + 2)] {
            return ((.exact(x + fraction), unit), end + 3)
        }
        return ((form, unit), end)
    }

    /// "the past month", "the last year", "the past half century": one unit (or a fraction of
    /// one) up to the time of writing, after "the" and a word that points back.
    private func pastStretch(at i: Int, _ context: ExtractionContext) -> (DurationValue, Int)? {
        let lexicon = context.lexicon
        guard context.may(i - 1, Lexicon.Lookup.definiteDeterminers), lexicon.definiteDeterminers.contains(context.norm(i - 1)),
              context.may(i, Lexicon.Lookup.relativeModifiers), lexicon.relativeModifiers[context.norm(i)] == .previous else { return nil }
        var j = i + 1
        var amount = 1.0
        if let fraction = lexicon.fractions[context.norm(j)] {
            amount = fraction
            j += 1
            if context.isMark(j, "-"), context.isJoined(j) { j += 1 }
        }
        let word = context.norm(j)
        guard let unit = lexicon.timeUnits[word], context.isWord(j), lexicon.vagueDurations.match(context.norms, at: j) == nil,
              !word.hasSuffix("s") else { return nil }
        return (DurationValue(.exact(amount), unit, reading: amount == 1 ? .stretchToNow : [.stretchToNow, .fraction]), j + 1)
    }

    /// A whole or fractional amount at `i`: digits, number words, or "a"/"an" before a unit.
    private func amount(at i: Int, _ context: ExtractionContext) -> (Double, Int)? {
        let word = context.norm(i)
        if word == "a" || word == "an" || word == "one" {
            if context.may(i + 1, Lexicon.Lookup.timeUnits), context.lexicon.timeUnits[context.norm(i + 1)] != nil { return (1, i + 1) }
        }
        if context.may(i, Lexicon.Lookup.fractions), let fraction = context.lexicon.fractions[word], ["a", "an"].contains(context.norm(i + 1)),
           context.lexicon.timeUnits[context.norm(i + 2)] != nil {
            return (fraction, i + 2)
        }
        // "half century", "a half-century", "a quarter century".
        let fractionAt = (word == "a" || word == "an") ? i + 1 : i
        if context.may(fractionAt, Lexicon.Lookup.fractions), let fraction = context.lexicon.fractions[context.norm(fractionAt)],
           !context.lexicon.ordinals.contains(context.norm(fractionAt)) {
            var j = fractionAt + 1
            if context.isMark(j, "-"), context.isJoined(j) { j += 1 }
            if context.lexicon.timeUnits[context.norm(j)] != nil, !context.norm(j).hasSuffix("s") { return (fraction, j) }
        }
        guard let parsed = NumberParser(context).parse(at: i), !parsed.yearShaped || parsed.value < 1000 else { return nil }
        // "a dozen years" is fine; "a million years" too; a number inside a name is not.
        if QuantityExtractor.isNameNumber(at: i, context) { return nil }
        return (parsed.value, parsed.end)
    }
}
