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
        if let vague = lexicon.vague.match(context.norms, at: i), lexicon.vague.match(context.norms, endingBefore: i) == nil,
           !(lexicon.timeUnits[context.norm(i + vague.length)] != nil) {
            return (QuantityValue(.vague(vague.payload)), i, i + vague.length)
        }
        var start = i
        var op: Lexicon.Operator?
        var between = false
        if let bound = lexicon.boundsBefore.match(context.norms, at: i) {
            op = bound.payload
            start = i + bound.length
        } else if lexicon.rangeOpeners.contains(context.norm(i)) {
            between = true
            start = i + 1
        }
        // A sign: "-0.4%", "−1.2%" (a dash with a space before it and a digit joined after), "minus 2.1".
        var sign = 1.0
        if lexicon.negativeSigns.contains(context.norm(start)) {
            sign = -1
            start += 1
        } else if Tokenizer.soleByte(context.norm(start)) == 0x2D, !context.isJoined(start), context.isJoined(start + 1),
                  context.token(start + 1)?.kind == .number {
            sign = -1
            start += 1
        }
        if Tokenizer.isCurrencySign(context.norm(start)) {
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

        // A second number: a range or alternatives.
        let connective = context.norm(end)
        let isRange = between ? connective == "and" || connective == "to"
            : (lexicon.rangeConnectives.contains(connective) && connective != "and")
        let isAlternative = lexicon.alternativeConnectives.contains(connective)
        if (isRange || isAlternative), lexicon.boundsAfter.match(context.norms, at: end) == nil {
            var secondStart = end + 1
            if Tokenizer.isCurrencySign(context.norm(secondStart)) { secondStart += 1 }
            if let second = number(at: secondStart, context), second.value > 0 {
                var secondUnit = QuantityValue.Unit.count
                var afterSecond = second.end
                (secondUnit, afterSecond) = percentUnit(at: afterSecond, context)
                if unit == .count { unit = secondUnit }
                if secondUnit == unit || secondUnit == .count {
                    // "$3 to $4 million": a scale on the second number applies to the first.
                    var low = first.value
                    let scale = scaleOf(second, context)
                    if second.rounding > 0, first.rounding == 0, scale > 1, low * scale <= second.value {
                        low *= scale
                    }
                    rounding = max(rounding, second.rounding)
                    if isAlternative {
                        form = .alternatives([low, second.value])
                    } else if low <= second.value {
                        form = .range(low, second.value, approximate: op == .about)
                    } else {
                        return nil  // "2-1", "10 to 5": a score or a fall, not a range
                    }
                    end = afterSecond
                }
            }
        }
        if between, case .exact = form { return nil }
        // Bounds after: "or more", "-plus".
        if case .exact(let x) = form, let after = lexicon.boundsAfter.match(context.norms, at: end) {
            form = QuantityExtractor.apply(after.payload, to: x)
            end += after.length
        } else if let op, case .exact(let x) = form {
            form = QuantityExtractor.apply(op, to: x)
        }
        // Ages: "69-year-old", "33 years old".
        if let ageEnd = ageTail(at: end, context) { end = ageEnd }
        return (QuantityValue(form, unit: unit, rounding: rounding), i, end)
    }

    /// The scale word a number carried ("million" in "4 million"), as a multiplier.
    private func scaleOf(_ parsed: NumberParser.Parsed, _ context: ExtractionContext) -> Double {
        let word = context.norm(parsed.end - 1)
        return context.lexicon.scales[word] ?? context.lexicon.scaleSuffixes[word] ?? 1
    }

    /// A number at `i` that can be a count: not an ordinal, a time, a name's number or a pronoun.
    private func number(at i: Int, _ context: ExtractionContext) -> NumberParser.Parsed? {
        guard i < context.count, !context.consumed[i] else { return nil }
        guard let parsed = NumberParser(context).parse(at: i) else { return nil }
        let lexicon = context.lexicon
        if QuantityExtractor.isNameNumber(at: i, context) { return nil }
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
        if context.norm(parsed.end) == "-", context.isJoined(parsed.end), context.isJoined(parsed.end + 1),
           lexicon.notCountAfter.contains(context.norms, at: parsed.end + 1) { return nil }
        if lexicon.ordinals.contains(context.norm(parsed.end - 1)) { return nil }
        if parsed.digits {
            // "0800 555 0199": digit groups in a row are a phone number or a code.
            if let next = context.token(parsed.end), next.kind == .number, !next.joined { return nil }
            if let previous = context.token(i - 1), previous.kind == .number, !(context.token(i)?.joined ?? true) { return nil }
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
        if context.norm(j) == "-", context.isJoined(j) { j += 1 }
        guard context.lexicon.timeUnits[context.norm(j)] == .year else { return nil }
        j += 1
        if context.norm(j) == "-", context.isJoined(j) { j += 1 }
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

    /// Whether the number at `i` belongs to a name: "Expo-2030", "F-16", "G7", "Flight 17", "No. 5".
    static func isNameNumber(at i: Int, _ context: ExtractionContext) -> Bool {
        let lexicon = context.lexicon
        guard let token = context.token(i) else { return false }
        if token.kind == .number {
            if token.joined, context.isWord(i - 1) { return true }
            if token.joined, context.norm(i - 1) == "-", context.isJoined(i - 1), context.isWord(i - 2) { return true }
            if token.joined, context.norm(i - 1) == "#" { return true }
        }
        var previous = i - 1
        if context.norm(previous) == ".", context.isJoined(previous) { previous -= 1 }
        let word = context.norm(previous)
        if lexicon.nameNumberBefore.contains(word), context.isWord(previous) || word == "#" { return true }
        if let before = context.token(previous), before.capitalized || before.allCaps,
           lexicon.capitalisedNameNumberBefore.contains(word) {
            // "Day 3" but not "Friday 37 hostages": a capitalised word at a sentence start is just a capital.
            return true
        }
        return false
    }
}
