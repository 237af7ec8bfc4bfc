/// Cuts UTF-8 text into tokens and sentences in one pass, without copying the text.
///
/// Sentence ends: `.`, `!`, `?` or `…` followed by space and a capital, digit or quotation
/// mark (not after an abbreviation from the lexicon or a single capital letter); a blank line;
/// and a line break after sentence-final punctuation or after a short line that starts with a
/// capital (a headline).
public struct Tokenizer: Sendable {
    /// Abbreviations whose period does not end a sentence, lower-case without periods.
    public var abbreviations: WordSet

    public init(abbreviations: WordSet = []) {
        self.abbreviations = abbreviations
    }

    /// Tokens and sentences of `text`.
    public func tokenize(_ text: [UInt8]) -> TokenizedText {
        var tokens: [Token] = []
        var norms: [String] = []
        tokens.reserveCapacity(text.count / 5)
        norms.reserveCapacity(text.count / 5)
        var i = 0
        let n = text.count
        var sawSpace = true
        var newlines = 2

        func push(_ token: Token, _ norm: String) {
            tokens.append(token)
            norms.append(norm)
        }

        while i < n {
            let (scalar, width) = Tokenizer.decode(text, at: i)
            let value = scalar.value
            // Whitespace.
            if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 {
                if !(value == 0x0A && i > 0 && text[i - 1] == 0x0D) { newlines += 1 }
                sawSpace = true
                i += width
                continue
            }
            if value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x0B || value == 0x0C
                || (value >= 0x2000 && value <= 0x200B) || value == 0x202F || value == 0x205F || value == 0x3000
                || value == 0xFEFF {
                sawSpace = true
                i += width
                continue
            }
            let start = i
            var token = Token(start: start, end: start, kind: .punctuation, joined: !sawSpace,
                              newlineBefore: newlines > 0, paragraphBefore: newlines > 1)
            if Tokenizer.isDigit(value) {
                var j = i + 1
                while j < n, text[j] >= 0x30, text[j] <= 0x39 { j += 1 }
                token.end = j
                token.kind = .number
                push(token, String(decoding: text[start..<j], as: UTF8.self))
                i = j
            } else if Tokenizer.isLetter(scalar) {
                var j = i + width
                var ascii = value < 0x80
                var upperCount = Tokenizer.isUpper(scalar) ? 1 : 0
                var letterCount = 1
                token.capitalized = upperCount == 1
                while j < n {
                    // An ASCII letter (most bytes of a word): no decoding, no character properties.
                    let byte = text[j]
                    if (byte | 0x20) &- 0x61 < 26 {
                        if byte <= 0x5A { upperCount += 1 }
                        letterCount += 1
                        j += 1
                        continue
                    }
                    let (next, w) = Tokenizer.decode(text, at: j)
                    if Tokenizer.isLetter(next) || Tokenizer.isMark(next) {
                        if next.value >= 0x80 { ascii = false }
                        if Tokenizer.isUpper(next) { upperCount += 1 }
                        if Tokenizer.isLetter(next) { letterCount += 1 }
                        j += w
                        continue
                    }
                    // An apostrophe between letters stays inside the word ("O'Brien", "don't"),
                    // except a possessive 's, which becomes a token of its own.
                    if next.value == 0x27 || next.value == 0x2019 {
                        let after = j + w
                        if after < n {
                            let (letter, lw) = Tokenizer.decode(text, at: after)
                            if Tokenizer.isLetter(letter) {
                                let possessive = (letter.value == 0x73 || letter.value == 0x53)
                                    && (after + lw >= n || !Tokenizer.isLetter(Tokenizer.decode(text, at: after + lw).0))
                                if !possessive {
                                    ascii = false
                                    j = after
                                    continue
                                }
                            }
                        }
                    }
                    break
                }
                token.end = j
                token.kind = .word
                token.allCaps = letterCount >= 2 && upperCount == letterCount
                token.capitals = UInt8(min(upperCount, 255))
                let norm: String
                if ascii {
                    // Every capital of an ASCII word was counted: with none, the bytes are the norm.
                    norm = upperCount == 0 ? String(decoding: text[start..<j], as: UTF8.self)
                        : Tokenizer.lowercasedASCII(text, start, j)
                } else {
                    norm = Tokenizer.normalizeApostrophes(String(decoding: text[start..<j], as: UTF8.self).lowercased())
                }
                push(token, norm)
                i = j
            } else if (value == 0x27 || value == 0x2019), i + width < n,
                      text[i + width] == 0x73 || text[i + width] == 0x53,
                      !sawSpace,
                      i + width + 1 >= n || !Tokenizer.isLetter(Tokenizer.decode(text, at: i + width + 1).0) {
                // Possessive 's.
                token.end = i + width + 1
                token.kind = .word
                push(token, "'s")
                i = token.end
            } else {
                token.end = i + width
                push(token, Tokenizer.normalizePunctuation(scalar))
                i += width
            }
            sawSpace = false
            newlines = 0
        }
        let sentences = splitSentences(tokens: tokens, norms: norms, text: text)
        return TokenizedText(tokens: tokens, norms: norms, sentences: sentences)
    }

    private func splitSentences(tokens: [Token], norms: [String], text: [UInt8]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        let count = tokens.count
        guard count > 0 else { return [] }
        for index in 1..<count {
            let token = tokens[index]
            if token.paragraphBefore || startsSentence(at: index, tokens: tokens, norms: norms, text: text) {
                sentences.append(start..<index)
                start = index
            }
        }
        sentences.append(start..<count)
        return sentences
    }

    /// Whether token `index` opens a new sentence (it is not the first token of the text).
    private func startsSentence(at index: Int, tokens: [Token], norms: [String], text: [UInt8]) -> Bool {
        let token = tokens[index]
        if token.joined { return false }
        // After a word or a number on the same line (most tokens) nothing below can answer yes:
        // no final punctuation to skip back to, and no line break.
        if tokens[index - 1].kind != .punctuation, !token.newlineBefore { return false }
        // Skip back over closing quotation marks and brackets to the punctuation before them.
        var p = index - 1
        while p > 0, tokens[p].kind == .punctuation, Tokenizer.isClosingMark(norms[p]) { p -= 1 }
        let previous = Tokenizer.soleByte(norms[p])
        let opensLikeSentence = token.capitalized || token.kind == .number || Tokenizer.isOpeningMark(norms[index])
        if previous == 0x21 || previous == 0x3F || (previous == 0 && norms[p].utf8.count == 3 && norms[p] == "…") {  // ! ? …
            return opensLikeSentence || token.newlineBefore
        }
        if previous == 0x2E {  // .
            if p > 0, tokens[p - 1].kind == .word {
                let word = norms[p - 1]
                // "U.S." and other dotted abbreviations: gather the letters back to the start.
                var dotted = word
                var q = p - 1
                while q >= 2, tokens[q].joined, Tokenizer.soleByte(norms[q - 1]) == 0x2E, tokens[q - 1].joined, tokens[q - 2].kind == .word {
                    dotted = norms[q - 2] + "." + dotted
                    q -= 2
                }
                let isInitial = tokens[p - 1].end - tokens[p - 1].start == 1 && tokens[p - 1].capitalized
                // A dot inside: read as bytes (`contains(".")` on a String is Foundation's search).
                if abbreviations.contains(dotted) || abbreviations.contains(word) || isInitial || dotted.utf8.contains(0x2E) {
                    return token.paragraphBefore
                }
            }
            return opensLikeSentence || token.newlineBefore
        }
        guard token.newlineBefore else { return false }
        // A line break without final punctuation: a headline or a list item ends there when the
        // next line starts like a sentence and the line before is short.
        if !opensLikeSentence { return false }
        var lineStart = index - 1
        while lineStart > 0, !tokens[lineStart].newlineBefore { lineStart -= 1 }
        let lineBytes = tokens[index - 1].end - tokens[lineStart].start
        return lineBytes < 160
    }

    // MARK: - Characters

    /// A quotation mark or closing bracket (compared directly: an array literal here was built
    /// and freed at every token).
    @inline(__always)
    static func isClosingMark(_ norm: String) -> Bool {
        let byte = soleByte(norm)
        return byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D
    }

    /// A quotation mark or opening bracket.
    @inline(__always)
    static func isOpeningMark(_ norm: String) -> Bool {
        let byte = soleByte(norm)
        return byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B
    }

    /// The byte of a one-byte (ASCII) string, else 0: a token compared with a punctuation mark
    /// this way costs a length check, where `==` on strings is a library call.
    @inline(__always)
    static func soleByte(_ norm: String) -> UInt8 {
        let utf8 = norm.utf8
        return utf8.count == 1 ? utf8[utf8.startIndex] : 0
    }

    /// Whether a token is a currency sign written before an amount ("$", "€", "£"), compared as
    /// bytes: `==` with a non-ASCII literal takes the library's slow path for every word.
    @inline(__always)
    static func isCurrencySign(_ norm: String) -> Bool {
        let utf8 = norm.utf8
        switch utf8.count {
        case 1: return utf8[utf8.startIndex] == 0x24
        case 2: return utf8.elementsEqual("£".utf8)
        case 3: return utf8.elementsEqual("€".utf8)
        default: return false
        }
    }

    @inline(__always)
    static func decode(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = bytes.count
        if b0 & 0xE0 == 0xC0, i + 1 < n {
            let v = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n {
            let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n {
            let v = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// An ASCII word with a capital in lower case, built straight from the contiguous bytes (no
    /// lazy view, no intermediate array). (A word without one is its own lower case: the
    /// tokenizer counts the capitals as it reads the word.)
    @inline(__always)
    static func lowercasedASCII(_ text: [UInt8], _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end {
                let byte = text[k]
                buffer[k - start] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            }
            return end - start
        }
    }

    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Unicode quotation marks, dashes and the like mapped to the ASCII form lexicons use.
    static func normalizePunctuation(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0xFF02: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A, 0x0060, 0x00B4: return "'"
        case 0x2026: return "…"
        case 0xFF05, 0x066A: return "%"
        default: return String(Character(scalar))
        }
    }

    static func normalizeApostrophes(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0.value == 0x2019 }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { $0.value == 0x2019 ? "'" : $0 }))
    }
}
