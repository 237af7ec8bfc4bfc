/// A coarse key of a folded word that every spelling the matcher may call the same shares:
/// its consonants, each replaced by the group the lexicon's equivalences put it in, vowels and
/// letters that stand for vowels dropped, repeats collapsed. Two words the matcher may call the
/// same always share a key (the matcher allows no difference the groups do not absorb), so the
/// key both finds candidates and rules out most pairs before they are aligned.
///
/// The groups are derived from the equivalences themselves, so a newsroom's added equivalence
/// keeps the key sound: every consonant letter in the forms of one equivalence falls in one
/// group (kh, h, ch, x: one group; then g with h through г, t with s through ц …); a letter
/// that some equivalence sets against vowels alone (y, i, j of й; u, w of ў) counts as a vowel.
/// A letter both vowel-like and in a consonant group (French j for ж, v beside -ff) gives a
/// key each way, and joins the groups of the consonants it stands beside.
struct NameSkeleton: Sendable {
    /// A consonant letter → its group's symbol.
    private var group: [Character: Character] = [:]
    /// Letters read as vowels.
    private var vowels: Set<Character> = Set("aeiouy")
    /// Vowel-like letters that also belong to a consonant group.
    private var ambiguous: Set<Character> = []

    init(_ equivalences: [SpellingEquivalence]) {
        var changed = true
        while changed {
            changed = false
            for equivalence in equivalences {
                let vowelForms = equivalence.forms.filter { $0.allSatisfy { vowels.contains($0) } }
                guard !vowelForms.isEmpty else { continue }
                for form in equivalence.forms where form.count == 1 {
                    if let letter = form.first, !vowels.contains(letter) {
                        vowels.insert(letter)
                        changed = true
                    }
                }
            }
        }
        var groups = DisjointSets<Character>()
        let ambiguous = Set(equivalences.flatMap { equivalence in
            equivalence.forms.count > 1 && equivalence.forms.contains { $0.contains { !vowels.contains($0) } }
                ? equivalence.forms.flatMap { Array($0) }.filter { vowels.contains($0) && !"aeiouy".contains($0) } : []
        })
        self.ambiguous = ambiguous
        for equivalence in equivalences {
            let consonants = Set(equivalence.forms.joined()).filter { !vowels.contains($0) || ambiguous.contains($0) }.sorted()
            guard let first = consonants.first else { continue }
            for letter in consonants { groups.join(first, letter) }
        }
        for letter in groups.elements { group[letter] = groups.root(of: letter) }
        for byte in UInt8(0)..<0x80 {
            let letter = Character(Unicode.Scalar(byte))
            let symbol = group[letter] ?? letter
            guard let ascii = symbol.asciiValue else { continue }
            asciiSymbol[Int(byte)] = ascii
            asciiKind[Int(byte)] = vowels.contains(letter) ? (ambiguous.contains(letter) ? 2 : 1) : 0
        }
    }

    /// The tables above for ASCII letters, so that a word in ASCII (nearly every folded name)
    /// is read byte by byte: each letter's group symbol (0 when not ASCII), and whether it is
    /// a consonant (0), a vowel (1) or both (2).
    private var asciiSymbol = [UInt8](repeating: 0, count: 128)
    private var asciiKind = [UInt8](repeating: 0, count: 128)

    /// The keys of a folded word: one, or more when a letter reads both as a vowel and a
    /// consonant; each once.
    func keys(_ word: String) -> [String] {
        if let keys = asciiKeys(word) { return keys }
        var variants: [[Character]] = [[]]
        for letter in word where letter.isLetter {
            if vowels.contains(letter) {
                if ambiguous.contains(letter), variants.count < 4 {
                    variants += variants.map { append($0, group[letter] ?? letter) }
                }
                continue
            }
            variants = variants.map { append($0, group[letter] ?? letter) }
        }
        return NameSkeleton.distinct(variants.map { String($0) })
    }

    /// `keys` for a word of ASCII letters whose symbols are ASCII; nil for any other word.
    private func asciiKeys(_ word: String) -> [String]? {
        asciiKeys(bytes: word.utf8)
    }

    /// `keys` of a word given as bytes: read byte by byte when they are ASCII letters whose
    /// symbols are ASCII, else as a string (a part of a word, cut by `SpellingKeys`, is read
    /// without being made a string first).
    func keys<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> [String] {
        asciiKeys(bytes: bytes) ?? keys(String(decoding: bytes, as: UTF8.self))
    }

    /// One skeleton while no letter reads both ways (nearly every word): the variants are
    /// made only from the first such letter on.
    private func asciiKeys<Bytes: Sequence<UInt8>>(bytes: Bytes) -> [String]? {
        var single: [UInt8] = []
        single.reserveCapacity(16)
        var variants: [[UInt8]]?
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) else { continue }
            let symbol = asciiSymbol[Int(byte)]
            guard symbol != 0 else { return nil }
            switch asciiKind[Int(byte)] {
            case 0:
                if variants != nil {
                    for v in variants!.indices where variants![v].last != symbol { variants![v].append(symbol) }
                } else if single.last != symbol {
                    single.append(symbol)
                }
            case 2:
                let current = variants ?? [single]
                if current.count < 4 { variants = current + current.map { $0.last == symbol ? $0 : $0 + [symbol] } }
            default:
                continue
            }
        }
        guard let variants else { return [String(decoding: single, as: UTF8.self)] }
        return NameSkeleton.distinct(variants.map { String(decoding: $0, as: UTF8.self) })
    }

    /// The strings in order, each once (at most four: a set would cost more than the scan).
    private static func distinct(_ strings: [String]) -> [String] {
        guard strings.count > 1 else { return strings }
        var kept: [String] = []
        for string in strings where !kept.contains(string) { kept.append(string) }
        return kept
    }

    private func append(_ skeleton: [Character], _ symbol: Character) -> [Character] {
        skeleton.last == symbol ? skeleton : skeleton + [symbol]
    }
}
