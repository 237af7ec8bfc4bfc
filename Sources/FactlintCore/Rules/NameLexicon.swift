/// Knowledge about names: title words, given names, organisation cues, and the romanisation
/// equivalences the name matcher uses. Read from `Rules/lexicon/names.yml`,
/// `given-names.yml`, `given-name-classes.yml` and `romanisation.yml`.
public struct NameLexicon: Sendable {
    /// Words that introduce a person's name ("President", "envoy", "Mr"), lower-case.
    public var personTitles = PhraseTable<Bool>()
    /// Words that introduce an organisation's name ("news agency", "rights group"), lower-case.
    public var organizationDescriptors = PhraseTable<Bool>()
    /// Given names (lower-case) and their gender ("m", "f" or "any").
    public var givenNames: WordMap<String> = [:]
    /// Words that end an organisation's name ("Ministry", "Watch", "Agency"), lower-case.
    public var organizationWords: WordSet = []
    /// Capitalised words that are never names by themselves ("The", "However"), lower-case.
    public var notNames: WordSet = []
    /// Surname particles that stay inside a name ("de", "van", "al").
    public var particles: WordSet = []
    /// Particles written joined to a name word by a hyphen ("al-Sadr", "Lashkar-e-Taiba",
    /// "Tehreek-i-Insaf"): the article and the linking vowel of Arabic, Persian and Urdu names.
    public var hyphenParticles: WordSet = []
    /// Lower-case words inside an organisation's name after one of its organisation words
    /// ("Bank of China", "Workers' Party of Korea").
    public var organizationLinks: WordSet = []
    /// Lower-case words that, hyphenated after a capitalised word, make an adjective, not a part
    /// of the name ("Kremlin-backed", "Iranian-born"); any other lower-case word so joined is the
    /// second syllable of a given name ("Jae-yong", "Kai-shek").
    public var hyphenAdjectiveHeads: WordSet = []
    /// Surname endings that mark two capitalised words as a person's name ("-enko", "-skaya").
    public var surnameEndings: [String] = [] {
        didSet { surnameEndingBytes = surnameEndings.map { (Array($0.utf8), $0.unicodeScalars.count) } }
    }
    /// The same endings as UTF-8 bytes with their length in scalars, so that the test run for
    /// every capitalised word walks no string.
    public private(set) var surnameEndingBytes: [(bytes: [UInt8], scalars: Int)] = []
    /// Verbs after a name that make it a person ("said", "told").
    public var personVerbs: WordSet = []

    // Romanisation-aware matching

    /// Accented and special letters rewritten before names are compared (č → ch, ł → l).
    public var letterFolds: [Character: String] = [:] {
        didSet {
            var table = [String?](repeating: nil, count: 128)
            for (letter, replacement) in letterFolds {
                guard let ascii = letter.asciiValue else { continue }
                table[Int(ascii)] = replacement
            }
            asciiFolds = table
            asciiFoldBytes = NameLexicon.foldBytes(table)
        }
    }
    /// `letterFolds` of the ASCII characters, by code (for `latin`'s fast path).
    private(set) var asciiFolds = [String?](repeating: nil, count: 128)
    /// What `latin` writes for each ASCII character, by code: a lower-case letter or a hyphen,
    /// `NameLexicon.dropped` for nothing, `NameLexicon.spelled` when its fold is longer than
    /// one letter (or not ASCII) and must be read from `asciiFolds`.
    private(set) var asciiFoldBytes = NameLexicon.foldBytes([String?](repeating: nil, count: 128))
    static let dropped: UInt8 = 0
    static let spelled: UInt8 = 0xFF

    private static func foldBytes(_ folds: [String?]) -> [UInt8] {
        (0..<128).map { code in
            let lower = code >= 0x41 && code <= 0x5A ? code + 0x20 : code
            guard let replacement = folds[lower] else {
                return (lower >= 0x61 && lower <= 0x7A) || lower == 0x2D ? UInt8(lower) : dropped
            }
            let kept = Array(replacement.utf8)
            guard kept.allSatisfy({ $0 < 0x80 }) else { return spelled }
            let letters = kept.filter { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }
            return letters.isEmpty ? dropped : letters.count == 1 ? letters[0] : spelled
        }
    }
    /// Spellings that may stand for one another, free or at a cost.
    public var equivalences: [SpellingEquivalence] = []
    /// Given names in all their forms, each form in at most one class.
    public var givenNameClasses: [GivenNameClass] = []
    /// A lower-case form → its class's index in `givenNameClasses`.
    public var givenNameClassOfForm: WordMap<Int> = [:]
    /// Gendered surname endings, longest first.
    public var genderedEndings: [SurnameEnding] = [] {
        didSet {
            genderedEndingsByLast = Dictionary(grouping: genderedEndings) { $0.ending.last ?? " " }
            var byByte = [[(bytes: [UInt8], ending: SurnameEnding)]](repeating: [], count: 128)
            for ending in genderedEndings {
                let bytes = Array(ending.ending.utf8)
                if let last = bytes.last, last < 0x80 { byByte[Int(last)].append((bytes, ending)) }
            }
            genderedEndingsByLastByte = byByte
        }
    }
    /// The same endings by their last letter, longest first.
    public private(set) var genderedEndingsByLast: [Character: [SurnameEnding]] = [:]
    /// The endings whose last letter is ASCII, with their bytes, by that byte (128 lists),
    /// longest first: an ASCII surname's candidates without hashing a `Character`, compared
    /// byte by byte.
    private(set) var genderedEndingsByLastByte = [[(bytes: [UInt8], ending: SurnameEnding)]](repeating: [], count: 128)
    /// Patronymic endings, longest first (the family is "patronymic").
    public var patronymicEndings: [SurnameEnding] = []
    /// Words after a name that tell a son from his father ("jr", "iii"), lower-case, no period.
    public var generationalSuffixes: WordSet = []
    /// Surnames written before the given name (Korean, Chinese, Vietnamese convention), folded:
    /// a name that opens with one is read surname first, its given name the rest joined
    /// ("Kim Jong Un" = "Kim Jong-un": surname kim, given name jongun).
    public var surnameFirst: WordSet = []
    /// Words for relatives and the relative's gender ("husband" → male).
    public var kinTerms: WordMap<NameGender> = [:]
    /// Rank words in titles ("deputy", "special").
    public var titleRanks: WordSet = []
    /// Subject pronouns and the gender they stand for ("she" → female).
    public var subjectPronouns: WordMap<NameGender> = [:]
    /// Possessive pronouns and the gender they stand for ("her" → female).
    public var possessivePronouns: WordMap<NameGender> = [:]
    /// Words before a kin word that refer back to a person ("whose").
    public var relativePossessives: WordSet = []
    /// Articles that may open a role in apposition ("the").
    public var articles: WordSet = []
    /// Words that carry a role on after its title word ("for", "of").
    public var roleLinks: WordSet = []
    /// Words that end a role in apposition ("and").
    public var roleStops: WordSet = []
    /// Endings of adjectives of nationality ("-ian", "-ish"): such a word before a noun is not a place.
    public var demonymEndings: [String] = []
    /// Endings that make another word of a word ("Colt", "Colts"): a name word and the same
    /// word with one of them are never two spellings of one name.
    public var wordEndings: [String] = []
    /// Words before a capitalised word that make it a place ("in", "the capital").
    public var placeCues = PhraseTable<Bool>()
    /// Last words that make a name a place ("<Name> County"): `place-name-heads`.
    public var placeNameHeads: WordSet = []
    /// Words before a person's other name ("also known as"): `alias-cues`.
    public var aliasCues = PhraseTable<Bool>()
    /// One cognate alternation is allowed per this many letters of the shorter word.
    public var lettersPerAlternation = 4
    /// The most cognate alternations two words may differ by and still be one name.
    public var mostAlternations = 3

    public init() {}
}
