/// Finds numbers in a unit of measure (`measure-units` in `Rules/lexicon/measures.yml`): a unit
/// after the number ("35 km", "about 40 kilometres", "6.3 magnitude", "6.1-magnitude", "5.9 on
/// the Richter scale") or before it ("magnitude 6.2", "a magnitude of 6.3"). The value is
/// converted to the family's base unit; a converted value keeps the spread of its last stated
/// digit ("25 miles" is 40.23 km give or take 0.8). Runs before the quantity extractor, so that
/// a measurement is never read as a count.
public struct MeasurementExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        context.scan(startingWith: Lexicon.Extraction.quantity) { i, context in
            measurement(at: i, context).map { (.quantity($0.0), $0.1, $0.2) }
        }
    }

    /// The measurement that starts at token `i`, its first and end token.
    private func measurement(at i: Int, _ context: ExtractionContext) -> (QuantityValue, Int, Int)? {
        // The unit tables read one at a time: binding the measure lexicon copied all its tables.
        // "magnitude 6.2", "a magnitude of 6.3", "magnitude-6.3"
        if context.may(i, Lexicon.Lookup.unitsBefore), let unit = context.lexicon.measures.unitsBefore.match(context.norms, at: i) {
            var start = i + unit.length
            if context.isMark(start, "-"), context.isJoined(start) { start += 1 }
            guard let number = number(at: start, context) else { return nil }
            return (value(.exact(number.value), unit.payload, number, context), i, number.end)
        }
        var start = i
        var op: Lexicon.Operator?
        if context.may(i, Lexicon.Lookup.boundsBefore), let bound = context.lexicon.boundsBefore.match(context.norms, at: i) {
            op = bound.payload
            start = i + bound.length
        }
        guard let number = number(at: start, context) else { return nil }
        var end = number.end
        // "6.1-magnitude": a unit joined by a hyphen.
        if context.isMark(end, "-"), context.isJoined(end), context.isJoined(end + 1) { end += 1 }
        guard context.may(end, Lexicon.Lookup.unitsAfter), let unit = context.lexicon.measures.unitsAfter.match(context.norms, at: end)
        else { return nil }
        let form = op.map { QuantityExtractor.apply($0, to: number.value) } ?? .exact(number.value)
        return (value(form, unit.payload, number, context), i, end + unit.length)
    }

    /// The value in the family's base unit.
    private func value(_ form: QuantityValue.Form, _ unit: MeasureLexicon.Unit, _ number: NumberParser.Parsed,
                       _ context: ExtractionContext) -> QuantityValue {
        MeasurementExtractor.value(form, unit, rounding: number.rounding, digits: number.digits, end: number.end, reading: [], context)
    }

    /// `form` in `unit`'s family: the figure as written (ending at token `end`, `digits` when
    /// written in digits), compared scaled to the family's base unit; a converted figure is as
    /// precise as its last stated digit, not more.
    private static func value(_ form: QuantityValue.Form, _ unit: MeasureLexicon.Unit, rounding: Double, digits: Bool, end: Int,
                              reading: ValueReading, _ context: ExtractionContext) -> QuantityValue {
        let digit = rounding > 0 ? rounding : lastDigit(digits: digits, end: end, context)
        var value = QuantityValue(form, unit: .measure, rounding: unit.size == 1 ? rounding : digit, family: unit.family, reading: reading)
        value.scale = unit.size
        return value
    }

    /// A figure the quantity grammar read (`first..<end`, its number from `number`) as a
    /// measurement when a unit of measure stands after it ("35 km", "6.1-magnitude", "5.9 on
    /// the Richter scale") or right before its number ("magnitude 6.2", "a magnitude of 6.3"):
    /// the value in the unit's family, the span with the unit. Nil when no unit stands there.
    static func measurement(_ value: QuantityValue, first: Int, number: Int, end: Int, lastDigits: Bool,
                            _ context: ExtractionContext) -> (QuantityValue, Int, Int)? {
        let measures = context.lexicon.measures
        var start = first
        var stop = end
        var found: MeasureLexicon.Unit?
        let unitStart = context.isMark(end, "-") && context.isJoined(end) && context.isJoined(end + 1) ? end + 1 : end
        if let unit = measures.unitsAfter.match(context.norms, at: unitStart) {
            found = unit.payload
            stop = unitStart + unit.length
        } else if first == number {
            // "magnitude 6.2", "magnitude-6.3", "a magnitude of 6.3".
            var before = number
            if context.isMark(before - 1, "-"), context.isJoined(before) { before -= 1 }
            if context.norm(before - 1) == "of" { before -= 1 }
            if let unit = measures.unitsBefore.match(context.norms, endingBefore: before, notBefore: max(0, before - 4)) {
                found = unit.payload
                start = unit.start
            }
        }
        guard let unit = found else { return nil }
        let measured = MeasurementExtractor.value(value.form, unit, rounding: value.rounding, digits: lastDigits, end: end,
                                                  reading: value.reading, context)
        return (measured, start, stop)
    }

    /// The unit of the last digit of a number ending at token `end` ("7.7": 0.1, "25": 1).
    private static func lastDigit(digits: Bool, end: Int, _ context: ExtractionContext) -> Double {
        guard digits, context.isMark(end - 2, ".") else { return 1 }
        var unit = 1.0
        for _ in context.norm(end - 1) { unit /= 10 }
        return unit
    }

    /// A number at `i` that no earlier extractor took and that is no ordinal.
    private func number(at i: Int, _ context: ExtractionContext) -> NumberParser.Parsed? {
        guard i < context.count, !context.consumed[i], let parsed = NumberParser(context).parse(at: i) else { return nil }
        if context.lexicon.ordinals.contains(context.norm(parsed.end - 1)) { return nil }
        if parsed.digits, context.isJoined(parsed.end), context.isWord(parsed.end),
           context.lexicon.measures.unitsAfter.match(context.norms, at: parsed.end) == nil { return nil }
        return parsed
    }
}
