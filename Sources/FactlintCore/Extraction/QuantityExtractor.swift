/// Finds counts and percentages: digits with separators ("2,500"), number words ("Thirty-seven",
/// "one hundred and five"), scales ("1.2 million"), bounds ("more than", "at least", "nearly",
/// "up to", "or more"), approximations ("about", "some"), ranges ("2,000–2,500", "between …
/// and …"), alternatives ("2,000 or 2,500"), vague plurals ("dozens"), percentages ("4%", "4
/// percent", "percentage points") and ages ("69-year-old"). Ordinals, times, and numbers inside
/// names ("Expo-2030", "Flight 17", "9/11") are skipped; years were taken by the date extractor.
public struct QuantityExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        context.scan(startingWith: Lexicon.Extraction.quantity) { i, context in
            quantity(at: i, context).map { (.quantity($0.0), $0.1, $0.2) }
        }
    }

    /// The quantity that starts at token `i` (with its bound words), its first and end token.
    private func quantity(at i: Int, _ context: ExtractionContext) -> (QuantityValue, Int, Int)? {
        let lexicon = context.lexicon
        // Vague plurals: "dozens of", "tens of thousands", "several".
        if context.may(i, Lexicon.Lookup.vague), let vague = lexicon.vague.match(context.norms, at: i),
           lexicon.vague.match(context.norms, endingBefore: i) == nil,
           !(lexicon.timeUnits[context.norm(i + vague.length)] != nil) {
            return (QuantityValue(.vague(vague.payload), reading: .vague), i, i + vague.length)
        }
        var start = i
        var op: Lexicon.Operator?
        var between = false
        if context.may(i, Lexicon.Lookup.boundsBefore), let bound = lexicon.boundsBefore.match(context.norms, at: i) {
            op = bound.payload
            start = i + bound.length
        } else if context.may(i, Lexicon.Lookup.rangeOpeners), lexicon.rangeOpeners.contains(context.norm(i)) {
            // "rose from 4% to 5%": after a verb of change, "from" opens the earlier level, not a range.
            if QuantityExtractor.followsChange(at: i, context) { return nil }
            between = true
            start = i + 1
        }
        // A sign: "-0.4%", "−1.2%" (a dash with a space before it and a digit joined after), "minus 2.1".
        var sign = 1.0
        if context.may(start, Lexicon.Lookup.negativeSigns), lexicon.negativeSigns.contains(context.norm(start)) {
            sign = -1
            start += 1
        } else if Tokenizer.soleByte(context.norm(start)) == 0x2D, !context.isJoined(start), context.isJoined(start + 1),
                  context.token(start + 1)?.kind == .number {
            sign = -1
            start += 1
        }
        // A country's letters before a currency sign: "US$100", "A$5", "HK$2".
        if let letters = context.token(start), letters.kind == .word, letters.capitalized, context.may(start, Lexicon.Lookup.currencyPrefixes),
           lexicon.currencyPrefixes.contains(context.norm(start)),
           Tokenizer.isCurrencySign(context.norm(start + 1)), context.isJoined(start + 1) {
            start += 1
        }
        var reading = ValueReading()
        if Tokenizer.isCurrencySign(context.norm(start)) {
            reading.insert(.money)
            guard context.isJoined(start + 1) else { return nil }
            start += 1
        }
        guard var first = number(at: start, context) else { return nil }
        first.value *= sign
        var end = first.end
        var unit = QuantityValue.Unit.count
        (unit, end) = percentUnit(at: end, context)
        var form = QuantityValue.Form.exact(first.value)
        var rounding = first.rounding

        // A unit on the first number of a range: "5- to 10-foot", "a half-inch to 2 inches", "8 inches to 18 inches".
        let beforeUnit = end
        end = skipRangeUnit(at: end, context)
        // A second number: a range or alternatives.
        let connective = context.norm(end)
        let changeFrom = context.norm(start - 1) == "from" && QuantityExtractor.followsChange(at: start - 1, context)
        let isRange = between ? connective == "and" || connective == "to"
            : (lexicon.rangeConnectives.contains(connective) && connective != "and" && !(changeFrom && connective == "to"))
        let isAlternative = lexicon.alternativeConnectives.contains(connective)
        var secondFound = false
        if (isRange || isAlternative), lexicon.boundsAfter.match(context.norms, at: end) == nil, !lineBreak(before: end + 1, context) {
            var secondStart = end + 1
            if Tokenizer.isCurrencySign(context.norm(secondStart)) { secondStart += 1 }
            if let second = number(at: secondStart, context, rangeEnd: true), second.value > 0 {
                var secondUnit = QuantityValue.Unit.count
                var afterSecond = second.end
                (secondUnit, afterSecond) = percentUnit(at: afterSecond, context)
                // "rose 13% to 33,843": a change and then a level, not a range.
                let changeThenLevel = unit != .count && secondUnit == .count
                if changeThenLevel { reading.insert(.changeThenLevel) }
                if unit == .count { unit = secondUnit }
                if (secondUnit == unit || secondUnit == .count) && !changeThenLevel {
                    // "$3 to $4 million": a scale on the second number applies to the first.
                    var low = first.value
                    let scale = scaleOf(second, context)
                    if second.rounding > 0, first.rounding == 0, scale > 1, low * scale <= second.value {
                        low *= scale
                    }
                    rounding = max(rounding, second.rounding)
                    if isAlternative {
                        form = .alternatives([low, second.value])
                    } else if low == second.value, connective == "-", context.isJoined(end), context.isJoined(end + 1) {
                        return nil  // "2-2": a draw, not a range
                    } else if low <= second.value {
                        form = .range(low, second.value, approximate: op == .about)
                    } else {
                        return nil  // "2-1", "10 to 5": a score or a fall, not a range
                    }
                    end = afterSecond
                    secondFound = true
                }
            }
        }
        if !secondFound {
            end = beforeUnit
            // "3-0", "2-1": two numbers joined by a hyphen that make no range are a score or a code.
            if connective == "-", context.isJoined(end), context.isJoined(end + 1), context.token(end + 1)?.kind == .number {
                return nil
            }
        }
        if between, case .exact = form { return nil }
        // Bounds after: "or more", "-plus".
        // ("and up to 30" starts another bound.)
        if case .exact(let x) = form, let after = lexicon.boundsAfter.match(context.norms, at: end),
           lexicon.boundsBefore.match(context.norms, at: end + after.length - 1) == nil {
            form = QuantityExtractor.apply(after.payload, to: x)
            end += after.length
        } else if let op, case .exact(let x) = form {
            form = QuantityExtractor.apply(op, to: x)
        } else if case .exact(let x) = form, let bound = boundAfterNoun(at: end, context) {
            // "1,000 employees or more": the bound follows the counted noun (the span stays the number).
            form = QuantityExtractor.apply(bound, to: x)
            reading.insert(.boundAfterNoun)
        }
        // Ages: "69-year-old", "33 years old".
        if let ageEnd = ageTail(at: end, context) {
            end = ageEnd
            reading.insert(.age)
        }
        reading.formUnion(QuantityExtractor.reading(of: first.reading))
        reading.formUnion(QuantityExtractor.reading(of: form, unit: unit))
        if lexicon.measureUnits.contains(context.norms, at: end) || (context.isMark(end, "-") && context.isJoined(end)
            && lexicon.measureUnits.contains(context.norms, at: end + 1)) { reading.insert(.measure) }
        let value = QuantityValue(form, unit: unit, rounding: rounding, reading: reading)
        // "35 km", "6.1-magnitude", "a magnitude of 6.3": the grammar's figure in a unit of
        // measure is a measurement, with the unit in its span.
        if unit == .count, !reading.contains(.money),
           let measured = MeasurementExtractor.measurement(value, first: i, number: start, end: end, lastDigits: first.digits, context) {
            return measured
        }
        return (value, i, end)
    }

    /// After the first number of a possible range, the token past its unit when a range connective
    /// and a number follow the unit: "5- to", "half-inch to", "8 inches to"; else `end`.
    private func skipRangeUnit(at end: Int, _ context: ExtractionContext) -> Int {
        let lexicon = context.lexicon
        var j = end
        if context.isMark(j, "-"), context.isJoined(j) {
            j += 1
            if lexicon.measureUnits.contains(context.norms, at: j) { j += 1 }
        } else if lexicon.measureUnits.contains(context.norms, at: j) {
            j += 1
        }
        guard j > end, lexicon.rangeConnectives.contains(context.norm(j)) || lexicon.alternativeConnectives.contains(context.norm(j)),
              context.token(j + 1)?.kind == .number || lexicon.numberWords[context.norm(j + 1)] != nil
                || lexicon.tens[context.norm(j + 1)] != nil || Tokenizer.isCurrencySign(context.norm(j + 1)) else { return end }
        return j
    }

    /// A bound written after the counted noun: "1,000 employees or more" (one word, then the bound).
    private func boundAfterNoun(at end: Int, _ context: ExtractionContext) -> Lexicon.Operator? {
        let lexicon = context.lexicon
        guard let noun = context.token(end), noun.kind == .word, !noun.capitalized,
              lexicon.boundsAfterNoun.contains(context.norms, at: end + 1),
              let bound = lexicon.boundsAfter.match(context.norms, at: end + 1) else { return nil }
        return bound.payload
    }

    private func lineBreak(before index: Int, _ context: ExtractionContext) -> Bool { context.token(index)?.newlineBefore ?? false }

    /// Whether a verb of change (perhaps with an adverb) stands before token `i`: "rose from",
    /// "fell sharply from".
    static func followsChange(at i: Int, _ context: ExtractionContext) -> Bool {
        let verbs = context.lexicon.changeVerbs
        let adverb = context.norm(i - 1)
        return verbs.contains(adverb)
            || (verbs.contains(context.norm(i - 2)) && context.lexicon.adverbEndings.contains { adverb.hasSuffix($0) })
    }

    /// The class of the way a number was written.
    static func reading(of written: NumberParser.Reading) -> ValueReading {
        switch written {
        case .digits: .digits
        case .spacedThousands: .spacedThousands
        case .scaleSuffix: .scaleSuffix
        case .scaleWord: .scaleWord
        case .digitFraction: .digitFraction
        case .words: .words
        case .decimalWords: .decimalWords
        case .share: .share
        case .fraction: .fraction
        }
    }

    /// The classes of what a value states: its form and unit.
    static func reading(of form: QuantityValue.Form, unit: QuantityValue.Unit) -> ValueReading {
        var reading: ValueReading = switch form {
        case .exact: .exact
        case .atLeast: .lowerBound
        case .atMost: .upperBound
        case .approximately: .approximate
        case .range(_, _, let approximate): approximate ? [.range, .approximate] : .range
        case .alternatives: .alternatives
        case .vague: .vague
        }
        switch unit {
        case .count, .measure: break
        case .percent: reading.insert(.percent)
        case .percentagePoints: reading.insert(.percentagePoints)
        }
        return reading
    }

    /// The scale word a number carried ("million" in "4 million"), as a multiplier.
    private func scaleOf(_ parsed: NumberParser.Parsed, _ context: ExtractionContext) -> Double {
        let word = context.norm(parsed.end - 1)
        return context.lexicon.scales[word] ?? context.lexicon.scaleSuffixes[word] ?? 1
    }

    /// A number at `i` that can be a count: not an ordinal, a time, a name's number or a pronoun.
    private func number(at i: Int, _ context: ExtractionContext, rangeEnd: Bool = false) -> NumberParser.Parsed? {
        guard i < context.count, !context.consumed[i] else { return nil }
        guard let parsed = NumberParser(context).parse(at: i) else { return nil }
        let lexicon = context.lexicon
        // "2-1", "3-0", "7-Eleven": the second of two numbers joined by a hyphen is a count only
        // as the end of a range, read with the first.
        if !rangeEnd, context.isJoined(i), context.isMark(i - 1, "-"), context.isJoined(i - 1),
           context.token(i - 2)?.kind == .number { return nil }
        if QuantityExtractor.isNameNumber(at: i, context) { return nil }
        if QuantityExtractor.isNamedWithNumeral(at: i, context) { return nil }
        if !parsed.digits, QuantityExtractor.isCapitalisedInName(at: i, context) { return nil }
        if parsed.digits, QuantityExtractor.isModelNumber(at: i, end: parsed.end, context) { return nil }
        if parsed.digits {
            let digits = context.norm(i)
            if digits.count > 1, digits.hasPrefix("0") { return nil }
            if digits.count > 12 { return nil }
            // Joined letters: an ordinal ("37th") or a code ("4x4", "5G").
            if context.isJoined(parsed.end), context.isWord(parsed.end) { return nil }
            // Times, scores and fractions: "10:30", "9/11", "24/7".
            if context.isJoined(parsed.end), [":", "/"].contains(context.norm(parsed.end)),
               context.token(parsed.end + 1)?.kind == .number { return nil }
            if context.isJoined(i), ["/", ":", "."].contains(context.norm(i - 1)), context.token(i - 2)?.kind == .number { return nil }
        } else if parsed.value == 1, parsed.end == i + 1 {
            // "one" as a pronoun: "one of", "the one", "no one".
            if lexicon.pronounOneBefore.match(context.norms, endingBefore: i) != nil { return nil }
            if lexicon.pronounOneAfter.contains(context.norms, at: parsed.end) { return nil }
        }
        if lexicon.notCountAfter.contains(context.norms, at: parsed.end) { return nil }
        // "6.1-magnitude": a unit joined by a hyphen.
        if context.isMark(parsed.end, "-"), context.isJoined(parsed.end), context.isJoined(parsed.end + 1),
           lexicon.notCountAfter.contains(context.norms, at: parsed.end + 1) { return nil }
        if lexicon.ordinals.contains(context.norm(parsed.end - 1)), parsed.reading != .share, parsed.reading != .fraction { return nil }
        if parsed.digits {
            // "0800 555 0199": digit groups in a row are a phone number or a code.
            // (A line break between them makes two numbers.)
            if let next = context.token(parsed.end), next.kind == .number, !next.joined, !next.newlineBefore { return nil }
            if let previous = context.token(i - 1), previous.kind == .number, let token = context.token(i), !token.joined,
               !token.newlineBefore { return nil }
            // "10 Downing Street": an address.
            if isAddress(after: parsed.end, context) { return nil }
        }
        return parsed
    }

    /// Whether capitalised words ending in a street word follow ("10 Downing Street").
    private func isAddress(after end: Int, _ context: ExtractionContext) -> Bool {
        var j = end
        while j < end + 3, let token = context.token(j), token.kind == .word, token.capitalized {
            if j > end, context.lexicon.addressWords.contains(context.norm(j)) { return true }
            j += 1
        }
        return false
    }

    /// The unit after a number: a percent sign or word, or percentage points.
    private func percentUnit(at i: Int, _ context: ExtractionContext) -> (QuantityValue.Unit, Int) {
        let lexicon = context.lexicon
        if let points = lexicon.percentagePoints.match(context.norms, at: i) { return (.percentagePoints, i + points.length) }
        // "a 13-point lead", "a half-point": the unit joined by a hyphen.
        if context.isMark(i, "-"), context.isJoined(i), context.isJoined(i + 1),
           let points = lexicon.percentagePoints.match(context.norms, at: i + 1) {
            return (.percentagePoints, i + 1 + points.length)
        }
        if let percent = lexicon.percent.match(context.norms, at: i) {
            // "percentage" alone is no unit; it appears only in "percentage points".
            if context.norm(i) == "percentage" { return (.count, i) }
            return (.percent, i + percent.length)
        }
        return (.count, i)
    }

    /// The end of an age tail after a number: "-year-old", "years old".
    private func ageTail(at i: Int, _ context: ExtractionContext) -> Int? {
        var j = i
        if context.isMark(j, "-"), context.isJoined(j) { j += 1 }
        guard context.lexicon.timeUnits[context.norm(j)] == .year else { return nil }
        j += 1
        if context.isMark(j, "-"), context.isJoined(j) { j += 1 }
        guard context.lexicon.ageAfter.contains(context.norm(j)) else { return nil }
        return j + 1
    }

    /// The form a bound word gives a number.
    static func apply(_ op: Lexicon.Operator, to x: Double) -> QuantityValue.Form {
        switch op {
        case .greater: .atLeast(x, inclusive: false)
        case .atLeast: .atLeast(x, inclusive: true)
        case .less: .atMost(x, inclusive: false)
        case .atMost: .atMost(x, inclusive: true)
        case .about: .approximately(x)
        }
    }

    /// Whether the number at `i` begins a name written with a numeral ("3M", "7-Eleven"; `names-with-numerals`).
    static func isNamedWithNumeral(at i: Int, _ context: ExtractionContext) -> Bool {
        let names = context.lexicon.namesWithNumerals
        guard !names.isEmpty, context.isJoined(i + 1) else { return false }
        var surface = context.norm(i)
        var k = i + 1
        while k < i + 6, context.isJoined(k), let token = context.token(k), token.kind != .punctuation || context.isMark(k, "-") {
            surface += context.norm(k)
            k += 1
            if names.contains(surface) { return true }
        }
        return false
    }

    /// Whether a number word is capitalised inside a sentence, so part of a name: "the Group of
    /// Twenty", "the Big Four" (a word, not punctuation, before it; not in a headline).
    static func isCapitalisedInName(at i: Int, _ context: ExtractionContext) -> Bool {
        guard let token = context.token(i), token.capitalized, !token.allCaps,
              let previous = context.token(i - 1), previous.kind == .word else { return false }
        if context.text.sentence(containing: i).lowerBound == i { return false }
        // "Group of Twenty": a name's "of" between capitalised words says it even in a headline.
        if context.norm(i - 1) == "of", context.token(i - 2)?.capitalized == true, !previous.capitalized { return true }
        return !context.isTitleCase(sentenceOf: i)
    }

    /// Whether digits right after a capitalised word inside a sentence name a model or a
    /// product ("the Falcon 9 rocket", "a Pixel 8 phone"): what follows is a singular word or no
    /// word at all, where a count would have its plural noun or a unit.
    static func isModelNumber(at i: Int, end: Int, _ context: ExtractionContext) -> Bool {
        let lexicon = context.lexicon
        guard let token = context.token(i), token.kind == .number, !token.joined,
              let previous = context.token(i - 1), previous.kind == .word, previous.capitalized || previous.capitals > 0,
              context.text.sentence(containing: i).lowerBound < i - 1, !context.isTitleCase(sentenceOf: i) else { return false }
        let name = context.norm(i - 1)
        if lexicon.months[name] != nil || lexicon.weekdays[name] != nil || lexicon.numberWords[name] != nil { return false }
        guard let next = context.token(end) else { return true }
        if next.kind == .punctuation {
            return [",", ".", ")", ";", ":"].contains(context.norm(end)) && !context.isMark(end, "%")
        }
        guard next.kind == .word, !next.capitalized else { return false }
        let word = context.norm(end)
        if lexicon.percent.contains(context.norms, at: end) || lexicon.percentagePoints.contains(context.norms, at: end)
            || lexicon.scales[word] != nil || lexicon.measureUnits.contains(context.norms, at: end)
            || lexicon.timeUnits[word] != nil || lexicon.notCountAfter.contains(context.norms, at: end) { return false }
        if word.hasSuffix("s"), !lexicon.notPluralEndings.contains(where: { word.hasSuffix($0) }) { return false }
        return lexicon.nounClasses.match(context.norms, at: end) == nil && lexicon.genericNouns.contains(word) == false
            && !lexicon.auxiliaries.contains(word)
    }

    /// Whether the number at `i` belongs to a name: "Expo-2030", "F-16", "G7", "Flight 17", "No. 5".
    static func isNameNumber(at i: Int, _ context: ExtractionContext) -> Bool {
        let lexicon = context.lexicon
        guard let token = context.token(i) else { return false }
        if token.kind == .number {
            if token.joined, context.isWord(i - 1) { return true }
            if token.joined, context.isMark(i - 1, "-"), context.isJoined(i - 1), context.isWord(i - 2) {
                // "10k-15k": a scale letter on the number before the hyphen, not a name.
                let scaled = context.lexicon.scaleSuffixes[context.norm(i - 2)] != nil && context.token(i - 3)?.kind == .number
                    && context.isJoined(i - 2)
                if !scaled { return true }
            }
            // "737-800": the second number of a model name.
            if token.joined, context.isMark(i - 1, "-"), context.isJoined(i - 1), context.token(i - 2)?.kind == .number,
               isNameNumber(at: i - 2, context) || isModelNumber(at: i - 2, end: i - 1, context) { return true }
            if token.joined, context.isMark(i - 1, "#") { return true }
        }
        // The words before a sentence's first number belong to the sentence before.
        if context.text.sentence(containing: i).lowerBound == i { return false }
        var previous = i - 1
        if context.isMark(previous, "."), context.isJoined(previous) { previous -= 1 }
        let word = context.norm(previous)
        if lexicon.nameNumberBefore.contains(word), context.isWord(previous) || word == "#" { return true }
        if let before = context.token(previous), before.capitalized || before.allCaps,
           lexicon.capitalisedNameNumberBefore.contains(word) {
            // "Day 3" but not "Friday 37 hostages": a capitalised word at a sentence start is just a capital.
            return true
        }
        // "the Group of 77": a capitalised name word and "of" before the number.
        if word == "of", let before = context.token(previous - 1), before.capitalized,
           lexicon.capitalisedNameNumberBefore.contains(context.norm(previous - 1)),
           context.text.sentence(containing: i).lowerBound < previous - 1 { return true }
        return false
    }
}
