/// Snowball's English stemmer ("Porter2", M. F. Porter; the definition of Snowball 3.1,
/// snowballstem.org/algorithms/english/stemmer.html), so that lexicons can list one form of a
/// word and match its inflections: `released`, `releasing`, `releases` → `releas`.
///
/// A stem is a key, not a word: compare stems with stems. The suffix tables, the exceptional
/// words and the R1 prefixes below are the published algorithm's own definition (kept here so
/// that it stems exactly as every other implementation does), not the project's lexicon.
///
/// The stemmer works on bytes. A word that is not ASCII is returned unchanged, except that a
/// typographic apostrophe (U+2018, U+2019, U+201B) is read as `'`, as the algorithm's note on
/// apostrophes advises.
public struct EnglishStemmer: Sendable {
    /// The stem of one lower-cased word (an upper-case letter is not a letter to the algorithm).
    public static func stem(_ word: String) -> String {
        guard let letters = asciiLetters(of: word) else { return word }
        var stemming = Stemming(letters)
        stemming.run()
        return String(decoding: stemming.letters, as: UTF8.self)
    }

    /// The word's bytes when it is ASCII after reading typographic apostrophes as `'`; nil otherwise.
    private static func asciiLetters(of word: String) -> [UInt8]? {
        var letters = Array(word.utf8)
        if !letters.contains(where: { $0 >= 0x80 }) { return letters }
        letters.removeAll(keepingCapacity: true)
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: letters.append(UInt8(scalar.value))
            case 0x2018, 0x2019, 0x201B: letters.append(Letter.apostrophe)
            default: return nil
            }
        }
        return letters
    }
}

/// The bytes the algorithm names.
private enum Letter {
    static let apostrophe = UInt8(ascii: "'")
    static let y = UInt8(ascii: "y")
    /// A `y` that the prelude marked as a consonant (initial, or after a vowel).
    static let consonantY = UInt8(ascii: "Y")
    static let e = UInt8(ascii: "e")
    static let i = UInt8(ascii: "i")
    static let l = UInt8(ascii: "l")

    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }

    /// A non-vowel that may close a short syllable (any but `w`, `x` and a marked `Y`).
    static func closesShortSyllable(_ byte: UInt8) -> Bool {
        !isVowel(byte) && byte != UInt8(ascii: "w") && byte != UInt8(ascii: "x") && byte != consonantY
    }

    /// The letters that make a double at the end of a word (`bb`, `dd`, … `tt`).
    static func doubles(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "m"),
             UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"): true
        default: false
        }
    }

    /// The vowels that, alone before a double, keep it (`add`, `egg`, `off`).
    static func keepsDouble(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o")
    }
}

/// One suffix of Steps 2–4: what replaces it, and what else must hold besides its region.
private struct SuffixRule: Sendable {
    enum Condition: Sendable {
        case none
        /// The letter before the suffix is one of these.
        case after([UInt8])
        /// The suffix lies in R2 (a Step 3 suffix, which otherwise needs only R1).
        case inR2
    }

    let suffix: [UInt8]
    let replacement: [UInt8]
    let condition: Condition

    init(_ suffix: String, _ replacement: String, _ condition: Condition = .none) {
        self.suffix = Array(suffix.utf8)
        self.replacement = Array(replacement.utf8)
        self.condition = condition
    }
}

/// The rules of one step, found by a word's last letter and tried longest suffix first.
private struct SuffixTable: Sendable {
    /// For each ASCII byte, the rules whose suffix ends with it, longest first.
    private let rulesByLastLetter: [[SuffixRule]]

    init(_ rules: [SuffixRule]) {
        var table = [[SuffixRule]](repeating: [], count: 128)
        for rule in rules.sorted(by: { $0.suffix.count > $1.suffix.count }) {
            if let last = rule.suffix.last { table[Int(last)].append(rule) }
        }
        rulesByLastLetter = table
    }

    /// The rule with the longest suffix that the letters end with.
    func longestMatch(in letters: [UInt8]) -> SuffixRule? {
        guard let last = letters.last, last < 0x80 else { return nil }
        return rulesByLastLetter[Int(last)].first { letters.ends(with: $0.suffix) }
    }
}

/// The published algorithm's tables.
private enum Definition {
    /// Whole words stemmed (or kept) before anything else.
    static let exceptions: [(word: [UInt8], stem: [UInt8])] = [
        ("skis", "ski"), ("skies", "sky"),
        ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"),
        ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Beginnings after which R1 starts (instead of after the first vowel and non-vowel), so
    /// that e.g. `general` keeps its `al` and `internal` is not `intern`.
    static let regionPrefixes: [[UInt8]] = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"]
        .map { Array($0.utf8) }

    /// What a Step 1b `eed` may follow and keep: the whole word before it.
    static let keptBeforeEed: [[UInt8]] = ["proc", "exc", "succ"].map { Array($0.utf8) }

    /// What a Step 1b `ing` may follow and keep: the whole word before it.
    static let keptBeforeIng: [[UInt8]] = ["inn", "out", "cann", "herr", "earr", "even"].map { Array($0.utf8) }

    /// The Step 1b suffixes, longest first.
    static let step1bSuffixes: [[UInt8]] = ["eedly", "ingly", "edly", "eed", "ing", "ed"].map { Array($0.utf8) }

    /// Step 2: in R1.
    static let step2 = SuffixTable([
        SuffixRule("tional", "tion"), SuffixRule("enci", "ence"), SuffixRule("anci", "ance"), SuffixRule("abli", "able"),
        SuffixRule("entli", "ent"), SuffixRule("izer", "ize"), SuffixRule("ization", "ize"),
        SuffixRule("ational", "ate"), SuffixRule("ation", "ate"), SuffixRule("ator", "ate"),
        SuffixRule("alism", "al"), SuffixRule("aliti", "al"), SuffixRule("alli", "al"),
        SuffixRule("fulness", "ful"), SuffixRule("ousli", "ous"), SuffixRule("ousness", "ous"),
        SuffixRule("iveness", "ive"), SuffixRule("iviti", "ive"), SuffixRule("biliti", "ble"), SuffixRule("bli", "ble"),
        SuffixRule("ogist", "og"), SuffixRule("ogi", "og", .after([Letter.l])),
        SuffixRule("fulli", "ful"), SuffixRule("lessli", "less"),
        SuffixRule("li", "", .after(Array("cdeghkmnrt".utf8))),
    ])

    /// Step 3: in R1.
    static let step3 = SuffixTable([
        SuffixRule("tional", "tion"), SuffixRule("ational", "ate"), SuffixRule("alize", "al"),
        SuffixRule("icate", "ic"), SuffixRule("iciti", "ic"), SuffixRule("ical", "ic"),
        SuffixRule("ful", ""), SuffixRule("ness", ""), SuffixRule("ative", "", .inR2),
    ])

    /// Step 4: in R2.
    static let step4 = SuffixTable(
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize"]
            .map { SuffixRule($0, "") } + [SuffixRule("ion", "", .after(Array("st".utf8)))]
    )
}

/// One word on its way through the steps: its letters and the starts of R1 and R2
/// (0-based byte offsets, fixed once the prelude is done; a region is empty when its start
/// is at or past the end).
private struct Stemming {
    var letters: [UInt8]
    var r1 = 0
    var r2 = 0

    init(_ letters: [UInt8]) {
        self.letters = letters
    }

    mutating func run() {
        if letters.count <= 6, let exception = Definition.exceptions.first(where: { $0.word == letters }) {
            letters = exception.stem
            return
        }
        guard letters.count > 2 else { return }
        prelude()
        markRegions()
        step1a()
        guard !letters.isEmpty else { return }
        step1b()
        step1c()
        replaceSuffix(from: Definition.step2, region: r1)
        replaceSuffix(from: Definition.step3, region: r1)
        replaceSuffix(from: Definition.step4, region: r2)
        step5()
        for index in letters.indices where letters[index] == Letter.consonantY { letters[index] = Letter.y }
    }

    // MARK: Prelude and regions

    /// Drops an initial apostrophe and marks the `y`s that act as consonants.
    private mutating func prelude() {
        if letters.first == Letter.apostrophe { letters.removeFirst() }
        for index in letters.indices where letters[index] == Letter.y {
            if index == 0 || Letter.isVowel(letters[index - 1]) { letters[index] = Letter.consonantY }
        }
    }

    private mutating func markRegions() {
        r1 = letters.count
        r2 = letters.count
        if let prefix = Definition.regionPrefixes.first(where: { letters.begins(with: $0) }) {
            r1 = prefix.count
        } else if let start = afterVowelAndNonVowel(from: 0) {
            r1 = start
        } else {
            return
        }
        r2 = afterVowelAndNonVowel(from: r1) ?? letters.count
    }

    /// The offset just past the first non-vowel that follows a vowel, searching from `start`.
    private func afterVowelAndNonVowel(from start: Int) -> Int? {
        var index = start
        while index < letters.count, !Letter.isVowel(letters[index]) { index += 1 }
        while index < letters.count, Letter.isVowel(letters[index]) { index += 1 }
        return index < letters.count ? index + 1 : nil
    }

    // MARK: Steps 1a–1c

    /// Possessive apostrophes, then plurals.
    private mutating func step1a() {
        if endsWith("'s'") { letters.removeLast(3) } else if endsWith("'s") { letters.removeLast(2) } else if endsWith("'") { letters.removeLast() }
        if endsWith("sses") {
            letters.removeLast(2)
        } else if endsWith("ied") || endsWith("ies") {
            letters.removeLast(letters.count - 3 > 1 ? 2 : 1)
        } else if endsWith("us") || endsWith("ss") {
            return
        } else if endsWith("s"), letters.count >= 2, containsVowel(before: letters.count - 2) {
            letters.removeLast()
        }
    }

    /// `eed`, `ed` and `ing` with their `-ly` adverbs.
    private mutating func step1b() {
        guard let suffix = Definition.step1bSuffixes.first(where: { letters.ends(with: $0) }) else { return }
        let stemEnd = letters.count - suffix.count
        if suffix.starts(with: "ee".utf8) {
            if !Definition.keptBeforeEed.contains(where: { $0.count == stemEnd && letters.ends(with: $0, before: stemEnd) }), stemEnd >= r1 {
                letters.removeLast(suffix.count - 2)
            }
            return
        }
        if suffix.elementsEqual("ing".utf8) {
            if stemEnd == 2, letters[1] == Letter.y, !Letter.isVowel(letters[0]) {
                letters = [letters[0], Letter.i, Letter.e]
                return
            }
            if Definition.keptBeforeIng.contains(where: { $0.count == stemEnd && letters.ends(with: $0, before: stemEnd) }) { return }
        }
        guard containsVowel(before: stemEnd) else { return }
        letters.removeLast(suffix.count)
        if endsWith("at") || endsWith("bl") || endsWith("iz") {
            letters.append(Letter.e)
        } else if endsWithDouble {
            if !(letters.count == 3 && Letter.keepsDouble(letters[0])) { letters.removeLast() }
        } else if r1 == letters.count, endsWithShortSyllable(at: letters.count) {
            letters.append(Letter.e)
        }
    }

    /// A final `y` after a non-vowel that is not the first letter becomes `i`.
    private mutating func step1c() {
        let count = letters.count
        guard count >= 3, letters[count - 1] == Letter.y || letters[count - 1] == Letter.consonantY,
              !Letter.isVowel(letters[count - 2]) else { return }
        letters[count - 1] = Letter.i
    }

    // MARK: Steps 2–5

    /// Steps 2, 3 and 4: the longest suffix of the table, replaced when it lies in the region
    /// and its condition holds (a shorter suffix is not tried when the longest fails).
    private mutating func replaceSuffix(from table: SuffixTable, region: Int) {
        guard let rule = table.longestMatch(in: letters) else { return }
        let start = letters.count - rule.suffix.count
        guard start >= region else { return }
        switch rule.condition {
        case .none: break
        case .after(let allowed): guard start > 0, allowed.contains(letters[start - 1]) else { return }
        case .inR2: guard start >= r2 else { return }
        }
        letters.replaceSubrange(start..., with: rule.replacement)
    }

    /// A final `e`, and the second `l` of a final `ll`.
    private mutating func step5() {
        let last = letters.count - 1
        if letters[last] == Letter.e {
            if last >= r2 || (last >= r1 && !endsWithShortSyllable(at: last)) { letters.removeLast() }
        } else if letters[last] == Letter.l, last >= r2, last > 0, letters[last - 1] == Letter.l {
            letters.removeLast()
        }
    }

    // MARK: Tests on the letters

    private func endsWith(_ suffix: StaticString, before end: Int? = nil) -> Bool {
        suffix.withUTF8Buffer { letters.ends(with: $0, before: end) }
    }

    private var endsWithDouble: Bool {
        let count = letters.count
        return count >= 2 && letters[count - 1] == letters[count - 2] && Letter.doubles(letters[count - 1])
    }

    /// Whether a vowel occurs among the letters before `end`.
    private func containsVowel(before end: Int) -> Bool {
        letters[..<end].contains(where: Letter.isVowel)
    }

    /// Whether the letters before `end` end in a short syllable: a non-vowel, a vowel, and a
    /// non-vowel other than `w`, `x` and `Y`; or a vowel that begins the word and a non-vowel;
    /// or `past`.
    private func endsWithShortSyllable(at end: Int) -> Bool {
        if end >= 3, Letter.closesShortSyllable(letters[end - 1]), Letter.isVowel(letters[end - 2]), !Letter.isVowel(letters[end - 3]) {
            return true
        }
        if end == 2, !Letter.isVowel(letters[1]), Letter.isVowel(letters[0]) { return true }
        return endsWith("past", before: end)
    }
}

private extension Array where Element == UInt8 {
    /// Whether the letters begin with these bytes.
    func begins(with prefix: [UInt8]) -> Bool {
        guard count >= prefix.count else { return false }
        for index in prefix.indices where self[index] != prefix[index] { return false }
        return true
    }

    /// Whether the letters before `end` end with these bytes (compared from the last, which
    /// tells most suffixes apart at once).
    func ends<Suffix: RandomAccessCollection>(with suffix: Suffix, before end: Int? = nil) -> Bool
    where Suffix.Element == UInt8, Suffix.Index == Int {
        let end = end ?? count
        guard end >= suffix.count else { return false }
        var letter = end - 1
        var index = suffix.endIndex - 1
        while index >= suffix.startIndex {
            if self[letter] != suffix[index] { return false }
            letter -= 1
            index -= 1
        }
        return true
    }
}
