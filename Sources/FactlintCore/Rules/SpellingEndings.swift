/// Spellings of one word that differ between British and American English by the word's
/// ending ("realised" and "realized", "colour" and "color", "centre" and "center"). A word is
/// read with the American ending so that one quote respelled by another outlet compares equal.
public struct SpellingEndings: Sendable {
    /// Fewest bytes a word keeps before the ending for the ending to be replaced: "four",
    /// "hour" and "prise" keep their endings, "colour" and "realise" do not.
    public var stem = 3
    /// British ending → American ending, longest ending first (the longest that fits is used).
    public private(set) var pairs: [(british: String, american: String)] = []
    /// The British endings' bytes, by pair.
    private var britishBytes: [[UInt8]] = []
    /// The pairs whose British ending ends in each byte, longest first: every quoted word is
    /// read, and most end in a byte no ending does or is compared with a few endings only.
    private var byLastByte: [[Int]] = Array(repeating: [], count: 256)

    /// Contracted forms and the words they stand for ("it's" → "it is", "don't" → "do not"):
    /// a quote one outlet writes out and another contracts is the same quote.
    public var contractions: [String: [String]] = [:]
    /// Words a quote may carry or drop without changing what was said (the complementizer
    /// "that" of "it is obvious that he …"): left out when quotes are compared.
    public var optionalWords: Set<String> = []

    public init() {}

    /// A quote's lower-case words with contractions written out and optional words left out.
    func expanded(_ words: [String]) -> [String] {
        guard !contractions.isEmpty || !optionalWords.isEmpty else { return words }
        return words.flatMap { word -> [String] in
            // Most words have no typographic apostrophe (bytes E2 80 99): they are not searched
            // for one through Foundation, a hundred times the cost of the look-ups.
            let plain = SpellingEndings.hasTypographicApostrophe(word) ? word.replacingOccurrences(of: "’", with: "'") : word
            if optionalWords.contains(plain) { return [] }
            return contractions[plain] ?? [word]
        }
    }

    /// Whether the word holds U+2019 (UTF-8 E2 80 99), read byte by byte.
    static func hasTypographicApostrophe(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 3 else { return false }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if byte == 0x99, previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Adds or replaces the American form of a British ending (both lower-case, not empty).
    public mutating func add(_ british: String, _ american: String) {
        guard !british.isEmpty else { return }
        pairs.removeAll { $0.british == british }
        let at = pairs.firstIndex { $0.british.utf8.count < british.utf8.count } ?? pairs.count
        pairs.insert((british, american), at: at)
        britishBytes = pairs.map { Array($0.british.utf8) }
        byLastByte = Array(repeating: [], count: 256)
        for (p, bytes) in britishBytes.enumerated() { byLastByte[Int(bytes[bytes.count - 1])].append(p) }
    }

    /// The lower-case word with its British ending made American ("organisation's" too);
    /// other words unchanged.
    public func american(_ word: String) -> String {
        guard !pairs.isEmpty else { return word }
        var word = word
        // A closure, not the method itself: passing `replaced` copied the tables (a retain
        // each) at every word.
        return word.withUTF8 { replaced($0) } ?? word
    }

    /// The word's bytes with the longest British ending that fits made American, before a
    /// possessive "'s"; nil when no ending fits.
    private func replaced(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var end = bytes.count
        let possessive = end > 2 && bytes[end - 1] == 0x73 && bytes[end - 2] == 0x27  // 's
        if possessive { end -= 2 }
        guard end > 0 else { return nil }
        for p in byLastByte[Int(bytes[end - 1])] {
            let british = britishBytes[p]
            guard end - british.count >= stem, bytes[(end - british.count)..<end].elementsEqual(british) else { continue }
            let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(end - british.count)]), as: UTF8.self)
            return stem + pairs[p].american + (possessive ? "'s" : "")
        }
        return nil
    }
}
