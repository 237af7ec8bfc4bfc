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
        var parent: [Character: Character] = [:]
        func find(_ c: Character) -> Character {
            var c = c
            while let p = parent[c], p != c { c = p }
            return c
        }
        let ambiguous = Set(equivalences.flatMap { equivalence in
            equivalence.forms.count > 1 && equivalence.forms.contains { $0.contains { !vowels.contains($0) } }
                ? equivalence.forms.flatMap { Array($0) }.filter { vowels.contains($0) && !"aeiouy".contains($0) } : []
        })
        self.ambiguous = ambiguous
        for equivalence in equivalences {
            let consonants = Set(equivalence.forms.joined()).filter { !vowels.contains($0) || ambiguous.contains($0) }.sorted()
            guard let first = consonants.first else { continue }
            for letter in consonants {
                if parent[letter] == nil { parent[letter] = letter }
                if parent[first] == nil { parent[first] = first }
                let (a, b) = (find(first), find(letter))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        for letter in parent.keys { group[letter] = find(letter) }
    }

    /// The keys of a folded word: one, or more when a letter reads both as a vowel and a consonant.
    func keys(_ word: String) -> Set<String> {
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
        return Set(variants.map { String($0) })
    }

    private func append(_ skeleton: [Character], _ symbol: Character) -> [Character] {
        skeleton.last == symbol ? skeleton : skeleton + [symbol]
    }
}
