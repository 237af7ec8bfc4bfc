/// The keys that rule out `same` (`NameMatcher.sameKeys`), read off `compare`'s own routes to
/// it: two names are the same only as acronyms of the same letters, as organisations' or
/// places' names (or names of unknown kind) that `mayBeSame` lets through (a key of
/// `unknownKindKeys` in common), as two people with given names and surnames whose given
/// names agree, or by the same role written beside both (`roleSupported`). Given names agree
/// as an initial of the other's (`initialsOf`), as one class, or as one word, which two words
/// are only when written alike or sharing a spelling key (`words`). A person's blocking keys
/// are coarser (the skeleton lets most pairs of words through): they must also find the
/// names the matcher leaves unsure.
extension RomanisationMatcher {
    /// The kinds of these keys (in an index of their own, apart from the blocking keys; the
    /// keys of `unknownKindKeys`, of kinds 6, 8 and 9, are among them).
    private enum SameKey {
        /// A name's letters, looked up by every name, filed for an acronym.
        static let lettersOfAcronym: UInt8 = 10
        /// A name's letters, looked up by an acronym, filed for every name.
        static let letters: UInt8 = 11
        /// The role written beside the name.
        static let role: UInt8 = 12
        /// A given name of one letter: filed under its initials, looked up by its letter.
        static let initial: UInt8 = 13
        /// Any other given name: filed under its initials, looked up by a one-letter one.
        static let initialOfFull: UInt8 = 14
        /// Any other given name: its class (0), a spelling key (1), its letters (2).
        static let given: UInt8 = 15
        /// A person: a given name's key (of the kinds above) with a surname's.
        static let person: UInt8 = 9
        /// A surname's key (`agreeingKeys`).
        static let surname: UInt8 = 7
    }

    public func sameKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) {
        var (lookup, filing) = wholeNameKeys(name)
        if name.kind == nil || name.kind == .person {
            let parts = parts(name)
            if let given = parts.given, let surname = parts.surname {
                personKeys(given, surname, lookup: &lookup, filing: &filing)
            }
        }
        // In the order built, not sorted: the corpus stage only marks the clusters filed under
        // a name's keys and files clusters under them, neither of which a key met twice
        // changes, and a name has few keys twice (sorting a person's tens of keys cost more
        // than filing them).
        return (lookup, filing)
    }

    /// Read off the routes by which `compare` finds parts that agree (`NameMatch.agreeing`):
    /// the same as `sameKeys`, but a person's given name agreeing or surname agreeing is
    /// enough, and a surname agrees also with a second surname (`isSecondSurname`: the word
    /// before the other's surname) or as one family name in the other gender; a misspelt
    /// surname agrees with none.
    public func agreeingKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) {
        var (lookup, filing) = wholeNameKeys(name)
        if name.kind == nil || name.kind == .person {
            let parts = parts(name)
            if let given = parts.given { givenKeys(given, lookup: &lookup, filing: &filing) }
            var surnames: [String] = []
            if let surname = parts.surname { surnames.append(surname) }
            if let second = parts.middles.last { surnames.append(second) }
            for surname in surnames {
                let keys = surnameKeys(surname, misspelt: false).map { NameKey(kind: SameKey.surname, $0) }
                lookup += keys
                filing += keys
            }
        }
        // In the order built, not sorted (as `sameKeys`).
        return (lookup, filing)
    }

    /// The keys of the routes that compare a name whole: an acronym's letters, a role, and an
    /// organisation's or place's (or unknown kind's) `unknownKindKeys` (remembered).
    private func wholeNameKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) {
        cache.wholeNameKeys(name) { computeWholeNameKeys(name) }
    }

    private func computeWholeNameKeys(_ name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) {
        var lookup: [NameKey] = []
        var filing: [NameKey] = []
        let letters = RomanisationMatcher.stableNumber(RomanisationMatcher.letters(name))
        lookup.append(NameKey(kind: SameKey.lettersOfAcronym, letters))
        filing.append(NameKey(kind: SameKey.letters, letters))
        if RomanisationMatcher.isAcronym(name) {
            lookup.append(NameKey(kind: SameKey.letters, letters))
            filing.append(NameKey(kind: SameKey.lettersOfAcronym, letters))
        }
        if let role = RomanisationMatcher.role(name) {
            let key = NameKey(kind: SameKey.role, RomanisationMatcher.stableNumber(role))
            lookup.append(key)
            filing.append(key)
        }
        if name.kind != .person {
            let keys = unknownKindKeys(name)
            lookup += keys
            filing += keys
        }
        return (lookup, filing)
    }

    /// A person's keys, each a given name's key with a surname's (`comparePeople` calls two
    /// people the same only when both their given names and their surnames agree).
    private func personKeys(_ given: String, _ surname: String, lookup: inout [NameKey], filing: inout [NameKey]) {
        var (lookupGiven, filingGiven) = ([NameKey](), [NameKey]())
        givenKeys(given, lookup: &lookupGiven, filing: &filingGiven)
        let surnames = surnameKeys(surname, misspelt: true)
        // Each given key's number once, and the pairs appended in place (a list mapped per
        // given key was made and copied, and the number found again per surname key).
        lookup.reserveCapacity(lookup.count + lookupGiven.count * surnames.count)
        filing.reserveCapacity(filing.count + filingGiven.count * surnames.count)
        for key in lookupGiven {
            let given = RomanisationMatcher.stableNumber(key.bits)
            for surname in surnames { lookup.append(NameKey(kind: SameKey.person, given, surname)) }
        }
        for key in filingGiven {
            let given = RomanisationMatcher.stableNumber(key.bits)
            for surname in surnames { filing.append(NameKey(kind: SameKey.person, given, surname)) }
        }
    }

    /// The keys two surnames `comparePeople` lets agree share: their letters when written
    /// alike, a spelling key when one word (`words`), their length when one may be the other
    /// `misspelt` (`isNearMiss`: six letters or more, as many in each), the family of a gendered
    /// ending when one family name in two genders.
    private func surnameKeys(_ surname: String, misspelt: Bool) -> [UInt32] {
        // (Two words written alike share their spelling keys, if they have any.)
        var keys = spellingKeys(surname).map { $0 << 2 }
        if keys.isEmpty { keys.append(RomanisationMatcher.stableNumber(surname) << 2 | 3) }
        let letters = surname.count
        if misspelt, letters >= 6 { keys.append(RomanisationMatcher.stableNumber("\(letters)") << 2 | 1) }
        if let ending = lexicon.genderedEnding(of: surname) { keys.append(RomanisationMatcher.stableNumber(ending.family) << 2 | 2) }
        return keys
    }

    /// The keys under which two given names `givenNames` calls one meet (see `SameKey`),
    /// appended (remembered per given name).
    private func givenKeys(_ given: String, lookup: inout [NameKey], filing: inout [NameKey]) {
        let keys = cache.givenNameKeys(given) {
            var keys: (lookup: [NameKey], filing: [NameKey]) = ([], [])
            computeGivenKeys(given, lookup: &keys.lookup, filing: &keys.filing)
            return keys
        }
        lookup += keys.lookup
        filing += keys.filing
    }

    private func computeGivenKeys(_ given: String, lookup: inout [NameKey], filing: inout [NameKey]) {
        let initials = initialsOf(given).compactMap { $0.unicodeScalars.first?.value }
        guard given.count != 1 else {
            for initial in initials { filing.append(NameKey(kind: SameKey.initial, 0, initial)) }
            if let letter = given.unicodeScalars.first?.value {
                lookup.append(NameKey(kind: SameKey.initial, 0, letter))
                lookup.append(NameKey(kind: SameKey.initialOfFull, 0, letter))
            }
            return
        }
        for initial in initials {
            lookup.append(NameKey(kind: SameKey.initial, 0, initial))
            filing.append(NameKey(kind: SameKey.initialOfFull, 0, initial))
        }
        // (Two words written alike share their spelling keys, if they have any.)
        var keys = spellingKeys(given).map { NameKey(kind: SameKey.given, 1, $0) }
        if keys.isEmpty { keys.append(NameKey(kind: SameKey.given, 2, RomanisationMatcher.stableNumber(given))) }
        if let index = lexicon.givenNameClassOfForm[given] { keys.append(NameKey(kind: SameKey.given, 0, UInt32(index))) }
        lookup += keys
        filing += keys
    }

    /// A number for a string that is the same in every run (FNV-1a of its UTF-8): keys of two
    /// strings that share one only find more candidates.
    static func stableNumber(_ string: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in string.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Keys each once, in the order of their bits (sorted, not hashed into a set: a person has
    /// tens of these keys).
    static func sortedOnce(_ keys: [NameKey]) -> [NameKey] {
        let sorted = keys.sorted { $0.bits < $1.bits }
        var kept: [NameKey] = []
        kept.reserveCapacity(sorted.count)
        for key in sorted where kept.last?.bits != key.bits { kept.append(key) }
        return kept
    }

    /// `stableNumber` of a key's bits.
    static func stableNumber(_ bits: UInt64) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for shift in stride(from: 0, to: 64, by: 8) { hash = (hash ^ UInt32(truncatingIfNeeded: bits >> UInt64(shift)) & 0xFF) &* 16_777_619 }
        return hash
    }
}
