/// Reads one number written in digits or words at a token position: "37", "2,500", "1.2
/// million", "10M", "Thirty-seven", "one hundred and five", "a dozen", "half a million",
/// "three point five million", "four and a half thousand", "4 1/2", "12 345 678", and a share of
/// a whole in words ("half of", "a third of", "two-thirds of the"). The grammar composes small
/// pieces (Duckling's numerals); every word it knows comes from `numbers.yml`. A number never
/// runs over a line break.
public struct NumberParser {
    /// How a number was written: the class `factlint claims --explain` shows.
    public enum Reading: String, Sendable, Equatable {
        case digits
        /// Digits grouped by spaces: "12 345".
        case spacedThousands = "spaced-thousands"
        /// Digits with a joined scale letter: "31.7m", "$3.5bn", "250K".
        case scaleSuffix = "scale-suffix"
        /// Digits with a scale word: "1.2 million".
        case scaleWord = "scale-word"
        /// A whole number and a fraction in digits: "4 1/2", "3/4".
        case digitFraction = "digit-fraction"
        case words
        /// Words with a decimal point or a half: "three point five", "four and a half".
        case decimalWords = "decimal-words"
        /// A fraction in words that is a share of a whole: "half of", "a third of".
        case share
        /// A fraction in words before a unit joined by a hyphen: "a half-inch", "a half-point".
        case fraction
    }

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
        /// How it was written.
        public var reading: Reading = .digits
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
        while context.isMark(end, ","), context.isJoined(end), context.token(end + 1)?.kind == .number,
              context.isJoined(end + 1), context.norm(end + 1).count == 3, firstGroup.count <= 3 {
            text += context.norm(end + 1)
            end += 2
            grouped = true
        }
        var reading = Reading.digits
        // Thousands groups set apart by spaces on one line: "12 345 678" (a group of 1–3 digits first).
        if !grouped, firstGroup.utf8.count <= 3, !firstGroup.hasPrefix("0"), context.token(index - 1)?.kind != .number {
            var k = end
            while spacedGroup(at: k) { k += 1 }
            if k > end, !continuesDigits(at: k) {
                for group in end..<k { text += context.norm(group) }
                end = k
                grouped = true
                reading = .spacedThousands
            }
        }
        var decimals = 0
        if context.isMark(end, "."), context.isJoined(end), context.token(end + 1)?.kind == .number, context.isJoined(end + 1) {
            let fraction = context.norm(end + 1)
            text += "." + fraction
            decimals = fraction.count
            end += 2
        }
        guard var value = Double(text) else { return nil }
        // A fraction in digits: "4 1/2" (a whole number, a space, the fraction) or "3/4".
        var fractional = false
        if !grouped, decimals == 0, let (fraction, after) = digitFraction(at: end, spaced: true) {
            value += fraction
            end = after
            fractional = true
        } else if !grouped, decimals == 0, let (fraction, after) = digitFraction(at: index, spaced: false) {
            value = fraction
            end = after
            fractional = true
        }
        if fractional {
            reading = .digitFraction
            decimals = 2
        }
        var rounding = 0.0
        let yearShaped = !grouped && decimals == 0 && firstGroup.count == 4
            && lexicon.yearRange.contains(Int(value))
        // A scale written after the digits: "1.2 million", "10M", "$3bn".
        if let suffix = context.token(end), suffix.kind == .word, suffix.joined,
           let scale = lexicon.scaleSuffixes[context.norm(end)] {
            value *= scale
            rounding = fractional ? 0 : scale * pow10(-decimals)
            end += 1
            reading = .scaleSuffix
        } else if context.token(end)?.kind == .word, !context.isJoined(end), !lineBreak(before: end),
                  let scale = lexicon.scales[context.norm(end)] {
            value *= scale
            rounding = fractional ? 0 : scale * pow10(-decimals)
            end += 1
            if !fractional { reading = .scaleWord }
            // "1.2 million" may go on with a larger scale only in words ("two hundred thousand").
            if let larger = lexicon.scales[context.norm(end)], larger > scale {
                value *= larger
                rounding *= larger
                end += 1
            }
        }
        return Parsed(value: value, end: end, rounding: rounding, digits: true, yearShaped: yearShaped, reading: reading)
    }

    /// Whether a token starts a new line (a number never runs over one).
    private func lineBreak(before index: Int) -> Bool { context.token(index)?.newlineBefore ?? false }

    /// Whether the token at `k` is a group of exactly three digits set apart by one space on the same line.
    private func spacedGroup(at k: Int) -> Bool {
        guard let token = context.token(k), token.kind == .number, !token.joined, !token.newlineBefore,
              let previous = context.token(k - 1), previous.kind == .number, token.start - previous.end == 1,
              context.norm(k).utf8.count == 3 else { return false }
        return true
    }

    /// Whether digits go on at `k` (a decimal point, a slash, or another group): then the spaced groups are a code.
    private func continuesDigits(at k: Int) -> Bool {
        guard let token = context.token(k) else { return false }
        if token.kind == .number, !token.newlineBefore { return true }
        if token.joined, ["/", ":"].contains(context.norm(k)), context.token(k + 1)?.kind == .number { return true }
        if token.joined, context.isMark(k, "."), context.isJoined(k + 1), context.token(k + 1)?.kind == .number { return true }
        return false
    }

    /// A fraction in digits starting at `k`: "1/2" (after a whole number and a space when `spaced`).
    /// The denominator must be one the lexicon allows, the numerator smaller, and no digit or
    /// slash may follow ("9/11", "24/7", "3/4/2020" are not fractions).
    private func digitFraction(at k: Int, spaced: Bool) -> (Double, Int)? {
        guard let top = context.token(k), top.kind == .number, spaced ? (!top.joined && !top.newlineBefore) : true,
              context.isMark(k + 1, "/"), context.isJoined(k + 1), context.token(k + 2)?.kind == .number, context.isJoined(k + 2),
              let numerator = Int(context.norm(k)), let denominator = Int(context.norm(k + 2)),
              numerator > 0, numerator < denominator, context.lexicon.digitFractionDenominators.contains(denominator) else { return nil }
        if spaced, let previous = context.token(k - 1), previous.end != top.start - 1 { return nil }
        if context.isJoined(k + 3), ["/", ".", ":", "-"].contains(context.norm(k + 3)) { return nil }
        if context.isJoined(k + 3), context.token(k + 3)?.kind != .punctuation { return nil }
        return (Double(numerator) / Double(denominator), k + 3)
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
        if let fractional = hyphenedFractionOrShare(at: i) { return fractional }
        if let (fraction, after) = fraction(at: i) {
            let next = context.norm(after)
            if lexicon.scales[next] != nil || lexicon.multipliers[next] != nil {
                lead = fraction
                i = after
            } else {
                // "half a percentage point": the fraction is the number.
                return Parsed(value: fraction, end: after, rounding: 0, digits: false, yearShaped: false, reading: .fraction)
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

        var reading = Reading.words
        var decimals = 0
        while i < context.count, context.isWord(i) || (context.isMark(i, "-") && context.isJoined(i)) {
            if i > index, lineBreak(before: i) { break }
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
            // "three point five": decimal digits in words, before any scale.
            if lexicon.decimalPoints.contains(word), sawNumber, total == 0, lastScale == 0, decimals == 0,
               let digits = decimalDigits(at: i + 1) {
                group += digits.value
                decimals = digits.count
                reading = .decimalWords
                i = digits.end
                continue
            }
            // "four and a half (thousand)", "a million and a half".
            if word == "and", sawNumber, decimals == 0, group.rounded() == group, ["a", "an"].contains(context.norm(i + 1)),
               let fraction = lexicon.fractions[context.norm(i + 2)], context.norm(i + 3) != "of", !lineBreak(before: i + 2) {
                if group > 0 { group += fraction } else { total += fraction * lastScale }
                decimals = 1
                reading = .decimalWords
                i += 3
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
        if lastScale >= 1000, group == 0 { rounding = lastScale * pow10(-decimals) }
        return Parsed(value: value, end: i, rounding: rounding, digits: false, yearShaped: false, reading: reading)
    }

    /// Decimal digits in words after "point": "five" of "three point five", "two five" of "one point two five".
    private func decimalDigits(at index: Int) -> (value: Double, count: Int, end: Int)? {
        var k = index
        var digits = ""
        while let digit = context.lexicon.numberWords[context.norm(k)], digit < 10, !lineBreak(before: k) {
            digits += String(Int(digit))
            k += 1
        }
        guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
        return (value, digits.count, k)
    }

    /// A fraction in words that is the number itself: a share of a whole ("half of the voters",
    /// "a third of its staff", "two-thirds of them", "half its workforce"), read to the
    /// lexicon's `share-decimals`; or a fraction before a unit joined by a hyphen ("a
    /// half-inch", "a quarter-point"), its end before the hyphen.
    private func hyphenedFractionOrShare(at index: Int) -> Parsed? {
        let lexicon = context.lexicon
        var i = index
        var count = 1.0
        let first = context.norm(i)
        if first == "a" || first == "an" || first == "one", lexicon.fractions[context.norm(i + 1)] != nil {
            i += 1
        } else if let units = lexicon.numberWords[first], units >= 1, units < 10 {
            if context.isMark(i + 1, "-"), context.isJoined(i + 1), lexicon.fractions[context.norm(i + 2)] != nil {
                i += 2
            } else if lexicon.fractions[context.norm(i + 1)] != nil, context.norm(i + 1).hasSuffix("s") {
                i += 1
            } else {
                return nil
            }
            count = units
        }
        guard let fraction = lexicon.fractions[context.norm(i)], !lineBreak(before: i) || i == index else { return nil }
        if i == index {
            // A bare ordinal ("the fifth of March") is no fraction; nor is a half after an ordinal
            // or a determiner ("the first half of", "the half").
            if lexicon.ordinals.contains(first) { return nil }
            let previous = context.norm(index - 1)
            if lexicon.ordinals.contains(previous) || lexicon.determiners.contains(previous) { return nil }
        }
        let after = i + 1
        let value = count * fraction
        if context.isMark(after, "-"), context.isJoined(after), context.isJoined(after + 1),
           lexicon.measureUnits.contains(context.norms, at: after + 1) || lexicon.percentagePoints.contains(context.norms, at: after + 1) {
            return Parsed(value: value, end: after, rounding: 0, digits: false, yearShaped: false, reading: .fraction)
        }
        let next = context.norm(after)
        let whole: Bool
        if next == "of" {
            // "half of 2023" is part of a year, not a share.
            let year = context.token(after + 1)?.kind == .number && context.norm(after + 1).utf8.count == 4
            whole = !year && !["a", "an"].contains(context.norm(after + 1))
        } else {
            whole = lexicon.determiners.contains(next) && !["a", "an"].contains(next)
                || lexicon.partitiveDeterminers.contains(next)
        }
        guard whole else { return nil }
        let scale = pow10(lexicon.shareDecimals)
        return Parsed(value: (value * scale).rounded() / scale, end: after, rounding: 0, digits: false, yearShaped: false,
                      reading: .share)
    }

    /// "half a", "a quarter of a", "three-quarters of an": the fraction and the token after the article.
    private func fraction(at index: Int) -> (Double, Int)? {
        let lexicon = context.lexicon
        var i = index
        var count = 1.0
        let first = context.norm(i)  // compared directly: an array literal was built at every token
        if first == "a" || first == "an" || first == "one", lexicon.fractions[context.norm(i + 1)] != nil {
            i += 1
        } else if let units = lexicon.numberWords[context.norm(i)], context.isMark(i + 1, "-"),
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
