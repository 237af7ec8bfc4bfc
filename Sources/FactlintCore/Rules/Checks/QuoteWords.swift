/// The words of a quote as the quote check compares them: lower-case letters and digits, the
/// apostrophe inside words kept; punctuation, dashes and quotation marks dropped; an ellipsis
/// ("…", "...") splits the quote into pieces that were quoted apart; each word with the
/// lexicon's American ending where it has a British one ("realised" read as "realized"),
/// contractions written out ("it's" as "it is") and optional words ("that") left out.
struct QuoteWords {
    /// The pieces of the quote between ellipses, each a list of words.
    let pieces: [[String]]
    /// Every word, in order.
    let words: [String]

    init(_ claim: Claim, endings: SpellingEndings) {
        self.init(text: claim.value.notation, endings: endings)
    }

    init(text: String, endings: SpellingEndings = SpellingEndings()) {
        let pieces = text.isASCII ? QuoteWords.asciiPieces(text) : QuoteWords.pieces(text)
        self.pieces = pieces.filter { !$0.isEmpty }.map { piece in
            QuoteWords.droppingZeroMinutes(endings.expanded(piece).map { endings.american($0.hasSuffix("'") ? String($0.dropLast()) : $0) })
        }
        self.words = self.pieces.flatMap { $0 }
    }

    /// The words without a ":00" after an hour: "6:00 p.m." is quoted as "6 p.m." by outlets
    /// whose style drops the zero minutes, and that is not a misquote.
    private static func droppingZeroMinutes(_ words: [String]) -> [String] {
        guard words.contains("00") else { return words }
        return words.indices.compactMap { k in
            k > 0 && words[k] == "00" && words[k - 1].utf8.allSatisfy { (0x30...0x39).contains($0) } ? nil : words[k]
        }
    }

    /// `pieces` for a quote in ASCII, byte by byte (every character one byte, "\r\n" aside,
    /// which splits words either way): the same words without Unicode character properties. A
    /// word is a run of the quote's bytes, copied once, lower-cased as it is copied.
    private static func asciiPieces(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var pieces: [[String]] = [[]]
            var start: Int?
            var dots = 0
            func endWord(at end: Int) {
                guard let first = start else { return }
                pieces[pieces.count - 1].append(lowerCased(bytes, first..<end))
                start = nil
            }
            for (i, byte) in bytes.enumerated() {
                if byte == 0x2E { dots += 1 } else { dots = 0 }
                if dots == 3 {
                    endWord(at: i)
                    if !(pieces.last?.isEmpty ?? true) { pieces.append([]) }
                    continue
                }
                switch byte {
                case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: if start == nil { start = i }
                case 0x27 where start != nil: break
                default: endWord(at: i)
                }
            }
            endWord(at: bytes.count)
            return pieces
        }
    }

    /// ASCII bytes as a string, capitals made small.
    private static func lowerCased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (k, byte) in bytes[range].enumerated() { buffer[k] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            return range.count
        }
    }

    /// The words of each piece between ellipses, lower-case; an apostrophe inside a word kept.
    private static func pieces(_ text: String) -> [[String]] {
        var pieces: [[String]] = [[]]
        var word = ""
        var dots = 0
        func endWord() {
            if !word.isEmpty { pieces[pieces.count - 1].append(word) }
            word = ""
        }
        for character in text {
            if character == "." { dots += 1 } else { dots = 0 }
            if character == "…" || dots == 3 {
                endWord()
                if !(pieces.last?.isEmpty ?? true) { pieces.append([]) }
                continue
            }
            if character.isLetter || character.isNumber {
                word += character.lowercased()
            } else if (character == "'" || character == "’"), !word.isEmpty {
                word.append("'")
            } else {
                endWord()
            }
        }
        endWord()
        return pieces
    }

    var count: Int { words.count }

    /// The quote's letters and digits, run together without apostrophes.
    var letters: String {
        String(String.UnicodeScalarView(words.joined().unicodeScalars.filter { $0 != "'" }))
    }

    /// Whether the quotes agree: the same words, the same letters and digits split into words
    /// another way or with apostrophes moved ("datacenter", "data center"; "e-mail", "email";
    /// "populations'", "population's": a house style or a slip, not a misquote), or one is the
    /// other cut short (every piece of the shorter found, in order and unchanged, in the longer).
    func agrees(with other: QuoteWords) -> Bool {
        if words == other.words || letters == other.letters { return true }
        let (short, long) = count <= other.count ? (self, other) : (other, self)
        var from = 0
        for piece in short.pieces {
            guard let found = QuoteWords.find(piece, in: long.words, from: from) else { return false }
            from = found + piece.count
        }
        return true
    }

    /// Whether two quotes render one utterance: they share a run of at least three words, and
    /// the words they share in order cover at least `overlap` of the shorter quote.
    func isSameUtterance(as other: QuoteWords, overlap: Double) -> Bool {
        let shorter = min(count, other.count)
        guard shorter > 0, QuoteWords.longestRun(words, other.words) >= min(3, shorter) else { return false }
        return Double(QuoteWords.commonSubsequence(words, other.words)) >= overlap * Double(shorter)
    }

    /// The first index at or after `from` where `piece` occurs in `words`.
    static func find(_ piece: [String], in words: [String], from: Int) -> Int? {
        guard !piece.isEmpty, piece.count <= words.count - from else { return piece.isEmpty ? from : nil }
        for start in from...(words.count - piece.count) where Array(words[start..<(start + piece.count)]) == piece {
            return start
        }
        return nil
    }

    /// Length of the longest run of words both lists share.
    static func longestRun(_ a: [String], _ b: [String]) -> Int {
        var best = 0
        // Two rows, swapped after each word of `a` (a new row a word was an allocation each).
        var previous = Array(repeating: 0, count: b.count + 1)
        var current = previous
        for i in a.indices {
            for j in b.indices {
                current[j + 1] = a[i] == b[j] ? previous[j] + 1 : 0
                best = max(best, current[j + 1])
            }
            swap(&previous, &current)
        }
        return best
    }

    /// Length of the longest common subsequence of words.
    static func commonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var previous = Array(repeating: 0, count: b.count + 1)
        var current = previous
        for i in a.indices {
            for j in b.indices {
                current[j + 1] = a[i] == b[j] ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
