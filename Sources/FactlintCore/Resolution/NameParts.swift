/// A name split into the roles its words play, each word folded to Latin letters for
/// comparison: given name (or initial), middle names, patronymic, surname, a generational
/// suffix ("Jr."), and the gender the name shows.
public struct NameParts: Sendable, Hashable {
    /// The given name, folded ("ihar"), or its initial ("i").
    public var given: String?
    /// The given name as written ("Aliaksei").
    public var writtenGiven: String?
    /// Middle names or initials that are not patronymics, folded.
    public var middles: [String] = []
    /// The patronymic, folded ("aliaksandravich").
    public var patronymic: String?
    /// The surname, folded; for a relative named by a given name only, the other person's
    /// surname in the relative's gender.
    public var surname: String?
    /// The surname as written; nil when it was inferred from a relative.
    public var writtenSurname: String?
    /// Where an inferred surname came from ("husband of Tatsiana Zhurauskaya").
    public var kinship: String?
    /// "jr", "iii": tells a son from his father.
    public var suffix: String?
    /// The gender the given name, the kin word or the surname's ending shows.
    public var gender: NameGender?
    /// Every word, folded, in order (organisations and places are compared word by word).
    public var words: [String] = []

    /// Whether both a given name and a surname are known.
    public var isFull: Bool { given != nil && surname != nil }

    /// Splits a person's name using the lexicon (borrowed: an initialiser's arguments are
    /// otherwise passed owned, and a copy of the lexicon retains its thirty tables).
    public init(_ name: NameValue, lexicon: borrowing NameLexicon) {
        // The parts as they are when none is empty (nearly always): no filtered copy.
        var written = name.parts.contains(where: \.isEmpty) ? name.parts.filter { !$0.isEmpty } : name.parts
        words = written.map { lexicon.withoutArticles(lexicon.latin($0)) }
        var folded = words
        if written.count >= 2, let last = written.last {
            let form = NameParts.suffixForm(last)
            if lexicon.generationalSuffixes.contains(form) {
                suffix = form
                written.removeLast()
                folded.removeLast()
            }
        }
        if written.count == 1 {
            if lexicon.isGivenName(written[0], latin: folded[0]) {
                given = folded[0]
                writtenGiven = written[0]
            } else {
                surname = folded[0]
                writtenSurname = written[0]
            }
        } else if written.count >= 2, let rest = NameParts.surnameFirstGiven(written, folded, lexicon) {
            surname = folded[0]
            writtenSurname = written[0]
            given = rest
            writtenGiven = written.dropFirst().joined(separator: " ")
        } else if written.count >= 2 {
            given = folded[0]
            writtenGiven = written[0]
            surname = folded[folded.count - 1]
            writtenSurname = written[written.count - 1]
            for middle in folded.dropFirst().dropLast() {
                if patronymic == nil, NameParts.patronymicEnding(of: middle, lexicon) != nil {
                    patronymic = middle
                } else {
                    middles.append(middle)
                }
            }
        }
        if surname == nil, let kin = name.kin, let other = kin.of.last {
            surname = lexicon.surname(lexicon.latin(other), as: kin.gender)
            kinship = "\(kin.relation) of \(kin.of.joined(separator: " "))"
        }
        gender = NameParts.gender(given: writtenGiven, surname: surname, kin: name.kin, lexicon)
    }

    /// The given name of a name written surname first (Korean, Chinese: "Kim Jong Un", "Li
    /// Wei"): the words after the surname joined, hyphens dropped ("jongun"); nil for a name
    /// in the Western order. A surname that is also a given name ("Kim", "Lee") opens a
    /// surname-first name only when a hyphenated or two-word given name follows.
    static func surnameFirstGiven(_ written: [String], _ folded: [String], _ lexicon: borrowing NameLexicon) -> String? {
        guard folded.count <= 3, lexicon.surnameFirst.contains(folded[0]) else { return nil }
        let rest = folded.dropFirst()
        guard rest.allSatisfy({ $0.count > 1 }) else { return nil }
        let split = rest.count >= 2 || rest.contains { $0.contains("-") }
        if lexicon.isGivenName(written[0], latin: folded[0]) && !split { return nil }
        // A Western given name after the surname is no Korean or Chinese given name ("Lee Anderson").
        if !split, let only = rest.first, lexicon.isGivenName(only, latin: only) { return nil }
        return rest.joined().filter { $0 != "-" }
    }

    /// A last word as generational suffixes are listed: lower case, periods dropped ("Jr." →
    /// "jr"). An ASCII word is lowered byte by byte (a character filter walked graphemes).
    static func suffixForm(_ word: String) -> String {
        guard word.isASCII else { return word.lowercased().filter { $0 != "." } }
        return word.mappingASCIIBytes { byte in byte == 0x2E ? nil : byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    }

    /// The gender a name shows: its given name's, else the kin word's, else its surname ending's.
    static func gender(given: String?, surname: String?, kin: Kinship?, _ lexicon: borrowing NameLexicon) -> NameGender? {
        if let given, given.count > 1, let gender = lexicon.givenNameGender(given) { return gender }
        if let kin { return kin.gender }
        if let surname, let ending = lexicon.genderedEnding(of: surname) { return ending.gender }
        return nil
    }

    static func patronymicEnding(of word: String, _ lexicon: borrowing NameLexicon) -> SurnameEnding? {
        if word.isASCII {
            // Bytes are letters: no Unicode-aware count or suffix test per ending.
            let bytes = word.utf8
            return lexicon.patronymicEndings.first { ending in
                let end = ending.ending.utf8
                return bytes.count >= end.count + 3 && bytes.suffix(end.count).elementsEqual(end)
            }
        }
        return lexicon.patronymicEndings.first { word.count >= $0.ending.count + 3 && word.hasSuffix($0.ending) }
    }
}
