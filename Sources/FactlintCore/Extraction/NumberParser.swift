/// Reads one number written in digits or words at a token position: "37", "2,500", "1.2
/// million", "10M", "Thirty-seven", "one hundred and five", "a dozen", "half a million".
public struct NumberParser {
    /// A number read from the text.
    public struct Parsed: Equatable {
        public var value: Double
        /// One past the last token of the number.
        public var end: Int
        /// Half of this is the number's rounding: the unit of the last stated digit when a scale
        /// word is used ("1.2 million": 100000), else 0.
        public var rounding: Double
        /// Written with digits (rather than words).
        public var digits: Bool
        /// Written as four plain digits in the year range ("2022").
        public var yearShaped: Bool
    }

    let context: ExtractionContext

    public init(_ context: ExtractionContext) { self.context = context }

    /// The number starting at token `index`, if one does. Read once per token of a document:
    /// the quantity, duration and date extractors all ask at every token, and the answer
    /// depends only on the tokens and the lexicon, so the context keeps it.
    public func parse(at index: Int) -> Parsed? {
        guard index >= 0, index < context.count else { return nil }
        if let known = context.numbers[index] { return known }
        let parsed = read(at: index)
        context.numbers[index] = parsed
        return parsed
    }

    private func read(at index: Int) -> Parsed? {
        guard let token = context.token(index) else { return nil }
        if token.kind == .number { return parseDigits(at: index) }
        if token.kind == .word { return parseWords(at: index) }
        return nil
    }

    // MARK: - Digits

    private func parseDigits(at index: Int) -> Parsed? {
        let lexicon = context.lexicon
        var text = context.norm(index)
        var end = index + 1
        let firstGroup = text
        // Thousands groups: "2,500", "12,000,000" — every group after a comma has three digits.
        var grouped = false
        while context.norm(end) == ",", context.isJoined(end), context.token(end + 1)?.kind == .number,
              context.isJoined(end + 1), context.norm(end + 1).count == 3, firstGroup.count <= 3 {
            text += context.norm(end + 1)
            end += 2
            grouped = true
        }
        var decimals = 0
        if context.norm(end) == ".", context.isJoined(end), context.token(end + 1)?.kind == .number, context.isJoined(end + 1) {
            let fraction = context.norm(end + 1)
            text += "." + fraction
            decimals = fraction.count
            end += 2
        }
        guard var value = Double(text) else { return nil }
        var rounding = 0.0
        let yearShaped = !grouped && decimals == 0 && firstGroup.count == 4
            && lexicon.yearRange.contains(Int(value))
        // A scale written after the digits: "1.2 million", "10M", "$3bn".
        if let suffix = context.token(end), suffix.kind == .word, suffix.joined,
           let scale = lexicon.scaleSuffixes[context.norm(end)] {
            value *= scale
            rounding = scale * pow10(-decimals)
            end += 1
        } else if context.token(end)?.kind == .word, !context.isJoined(end), let scale = lexicon.scales[context.norm(end)] {
            value *= scale
            rounding = scale * pow10(-decimals)
            end += 1
            // "1.2 million" may go on with a larger scale only in words ("two hundred thousand").
            if let larger = lexicon.scales[context.norm(end)], larger > scale {
                value *= larger
                rounding *= larger
                end += 1
            }
        }
        return Parsed(value: value, end: end, rounding: rounding, digits: true, yearShaped: yearShaped)
    }

    // MARK: - Words

    private func parseWords(at index: Int) -> Parsed? {
        let lexicon = context.lexicon
        var i = index
        var total = 0.0
        var group = 0.0
        var sawNumber = false
        var rounding = 0.0
        var lastScale = 0.0

        // "a"/"an" or a fraction before a scale or multiplier: "a dozen", "a million", "half a
        // million", "a quarter of a million", "three-quarters of a".
        var lead: Double?
        // A word no number starts with is turned away by its start bits, looked up once a document.
        guard context.starts[i] & Lexicon.Extraction.numberWord != 0 else { return nil }
        let first = context.norm(i)
        if let (fraction, after) = fraction(at: i) {
            let next = context.norm(after)
            if lexicon.scales[next] != nil || lexicon.multipliers[next] != nil {
                lead = fraction
                i = after
            } else {
                // "half a percentage point": the fraction is the number.
                return Parsed(value: fraction, end: after, rounding: 0, digits: false, yearShaped: false)
            }
        } else if first == "a" || first == "an" {
            let next = context.norm(i + 1)
            if lexicon.scales[next] != nil || lexicon.multipliers[next] != nil {
                lead = 1
                i += 1
            }
        }
        if let lead {
            group = lead
            sawNumber = true
        }

        while i < context.count, context.isWord(i) || (context.norm(i) == "-" && context.isJoined(i)) {
            let word = context.norm(i)
            let tail = group.truncatingRemainder(dividingBy: 100)  // what stands below the hundreds
            if word == "-" {
                // Only inside "thirty-seven".
                guard sawNumber, tail >= 20, tail.truncatingRemainder(dividingBy: 10) == 0, context.isJoined(i + 1),
                      let unit = lexicon.numberWords[context.norm(i + 1)], unit >= 1, unit < 10 else { break }
                group += unit
                i += 2
                continue
            }
            if let unit = lexicon.numberWords[word] {
                let fits = !sawNumber || tail == 0 || (tail >= 20 && tail.truncatingRemainder(dividingBy: 10) == 0 && unit < 10)
                guard fits else { break }
                group += unit
                sawNumber = true
                i += 1
                continue
            }
            if let ten = lexicon.tens[word] {
                guard !sawNumber || tail == 0 else { break }
                group += ten
                sawNumber = true
                i += 1
                continue
            }
            if let scale = lexicon.scales[word], sawNumber {
                if scale == 100 {
                    guard group >= 1, group < 100 else { break }
                    group *= 100
                } else {
                    guard lastScale == 0 || scale < lastScale || lastScale == 100 else { break }
                    total += (group == 0 ? 1 : group) * scale
                    group = 0
                }
                lastScale = scale
                i += 1
                continue
            }
            if let multiplier = lexicon.multipliers[word], sawNumber {
                group *= multiplier
                i += 1
                continue
            }
            if word == "and", sawNumber, lastScale >= 100,
               lexicon.numberWords[context.norm(i + 1)] != nil || lexicon.tens[context.norm(i + 1)] != nil {
                i += 1
                continue
            }
            break
        }
        guard sawNumber else { return nil }
        let value = total + group
        guard value > 0 || first == "zero" else { return nil }
        if lastScale >= 1000, group == 0 { rounding = lastScale }
        return Parsed(value: value, end: i, rounding: rounding, digits: false, yearShaped: false)
    }

    /// "half a", "a quarter of a", "three-quarters of an": the fraction and the token after the article.
    private func fraction(at index: Int) -> (Double, Int)? {
        let lexicon = context.lexicon
        var i = index
        var count = 1.0
        let first = context.norm(i)  // compared directly: an array literal was built at every token
        if first == "a" || first == "an" || first == "one", lexicon.fractions[context.norm(i + 1)] != nil {
            i += 1
        } else if let units = lexicon.numberWords[context.norm(i)], context.norm(i + 1) == "-",
                  lexicon.fractions[context.norm(i + 2)] != nil {
            count = units
            i += 2
        }
        guard let fraction = lexicon.fractions[context.norm(i)] else { return nil }
        i += 1
        if context.norm(i) == "of" { i += 1 }
        let article = context.norm(i)
        guard article == "a" || article == "an" else { return nil }
        return (count * fraction, i + 1)
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }
}
