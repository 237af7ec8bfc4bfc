import Foundation

extension NameLexicon {
    /// A name word as names are compared: in Latin letters, lower-case, with `letter-folds`
    /// applied and other accents removed, letters and hyphens only. A word in another script
    /// (Cyrillic, Greek) is first transliterated with ICU's Any-Latin transform.
    /// A folded word without the articles and linking vowels joined to it by hyphens
    /// ("al-maliki" → "maliki", "mujahideen-e-khalq" → "mujahideen-khalq"); the word itself when
    /// it has none, or is nothing else.
    public func withoutArticles(_ folded: String) -> String {
        guard folded.utf8.contains(0x2D) else { return folded }
        let pieces = folded.split(separator: "-").map(String.init)
        let kept = pieces.filter { !hyphenParticles.contains($0) }
        return kept.isEmpty || kept.count == pieces.count ? folded : kept.joined(separator: "-")
    }

    public func latin(_ word: String) -> String {
        if let folded = asciiLatin(word) { return folded }
        var text = word
        if text.unicodeScalars.contains(where: NameLexicon.isNonLatinLetter) {
            text = text.applyingTransform(.toLatin, reverse: false) ?? text
        }
        var folded = ""
        for character in text.lowercased() {
            if let replacement = letterFolds[character] {
                folded += replacement
            } else {
                folded.append(character)
            }
        }
        folded = folded.folding(options: [.diacriticInsensitive], locale: nil)
        return String(folded.filter { $0.isLetter || $0 == "-" })
    }

    /// `latin` of an ASCII word without Foundation: most names in English-language news are
    /// ASCII, and folding them through `NSString` cost a tenth of a run. Nil when the word (or
    /// a replacement in `letterFolds`) is not ASCII.
    private func asciiLatin(_ word: String) -> String? {
        // The word's own bytes when it has them in one piece (a native string always does):
        // stepping through a `String.UTF8View` cost twice as much a byte.
        if let folded = word.utf8.withContiguousStorageIfAvailable({ asciiLatin(word, $0) }) { return folded }
        return asciiLatin(word, word.utf8)
    }

    private func asciiLatin<Bytes: Collection<UInt8>>(_ word: String, _ utf8: Bytes) -> String? {
        var ascii = true
        var spelled = false
        let table = asciiFoldBytes
        let folded = String(unsafeUninitializedCapacity: max(1, utf8.count)) { out in
            var count = 0
            for byte in utf8 {
                guard byte < 0x80 else {
                    ascii = false
                    return 0
                }
                let folded = table[Int(byte)]
                if folded == NameLexicon.spelled {
                    spelled = true
                    return 0
                }
                if folded != NameLexicon.dropped {
                    out[count] = folded
                    count += 1
                }
            }
            return count
        }
        guard ascii else { return nil }
        return spelled ? spelledLatin(word) : folded
    }

    /// `asciiLatin` of a word with a character whose fold is longer than one letter.
    private func spelledLatin(_ word: String) -> String? {
        var result: [UInt8] = []
        for byte in word.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if let replacement = asciiFolds[Int(lower)] {
                for folded in replacement.utf8 {
                    guard folded < 0x80 else { return nil }
                    if (folded >= 0x61 && folded <= 0x7A) || folded == 0x2D { result.append(folded) }
                }
            } else if (lower >= 0x61 && lower <= 0x7A) || lower == 0x2D {
                result.append(lower)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The gender of a given name (any script, any listed form), if the lexicon knows it.
    public func givenNameGender(_ word: String) -> NameGender? {
        let lower = word.lowercased()
        if let gender = givenNames[lower] { return NameGender(rawValue: gender) }
        return givenNames[latin(word)].flatMap { NameGender(rawValue: $0) }
    }

    /// Whether a word is a known given name (any script, any listed form).
    public func isGivenName(_ word: String) -> Bool {
        isGivenName(word, latin: latin(word))
    }

    /// `isGivenName` for a word whose `latin` form is already known.
    public func isGivenName(_ word: String, latin folded: String) -> Bool {
        // An ASCII word whose fold is its lower case (nearly every name): one look-up, and no
        // lower-case copy made to find that out.
        if word.asciiLowercased(is: folded) == true { return givenNames[folded] != nil }
        let lower = word.lowercased()
        // Most words fold to their lower case: one look-up then answers both.
        return givenNames[lower] != nil || (folded != lower && givenNames[folded] != nil)
    }

    /// The gendered ending a surname (already `latin`) ends in, longest first, leaving a stem of
    /// at least two letters.
    public func genderedEnding(of surname: String) -> SurnameEnding? {
        // ASCII (nearly every folded surname): letters are bytes, and only an ASCII ending can
        // end the word. (The generic suffix comparison of two UTF-8 views cost more than the
        // rest of the look-up.)
        if surname.isASCII, let found = surname.utf8.withContiguousStorageIfAvailable(asciiEnding) { return found }
        guard let last = surname.last, let candidates = genderedEndingsByLast[last] else { return nil }
        let length = surname.count
        return candidates.first { length >= $0.ending.count + 2 && surname.hasSuffix($0.ending) }
    }

    /// `genderedEnding` of an ASCII surname, compared byte by byte.
    private func asciiEnding(_ word: UnsafeBufferPointer<UInt8>) -> SurnameEnding? {
        guard let last = word.last else { return nil }
        return genderedEndingsByLastByte[Int(last)].first { candidate in
            word.count >= candidate.bytes.count + 2 && word.suffix(candidate.bytes.count).elementsEqual(candidate.bytes)
        }?.ending
    }

    /// The surname written for the other gender: the ending replaced by the first ending of its
    /// family for `gender` ("zhurauskaya", male → "zhurauski"); unchanged when the surname
    /// has no gendered ending or already has that gender.
    public func surname(_ surname: String, as gender: NameGender) -> String {
        guard let ending = genderedEnding(of: surname), ending.gender != gender,
              let other = genderedEndings.filter({ $0.family == ending.family && $0.gender == gender })
                  .min(by: { $0.ending.count < $1.ending.count || ($0.ending.count == $1.ending.count && $0.ending < $1.ending) })
        else { return surname }
        return String(surname.dropLast(ending.ending.count)) + other.ending
    }

    /// The gender a person's name shows: its given name's (a word of two or more letters the
    /// lexicon knows), else its surname ending's.
    public func gender(ofParts parts: [String]) -> NameGender? {
        if let first = parts.first, parts.count >= 2 || isGivenName(first), first.count > 1,
           let gender = givenNameGender(first) { return gender }
        guard parts.count >= 2 || !(parts.first.map(isGivenName) ?? true), let last = parts.last else { return nil }
        return genderedEnding(of: latin(last))?.gender
    }

    /// Letters outside the Latin blocks (Cyrillic, Greek, …).
    static func isNonLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value > 0x24F, scalar.properties.isAlphabetic else { return false }
        return !(0x1E00...0x1EFF).contains(value) && !(0x300...0x36F).contains(value)
    }
}
