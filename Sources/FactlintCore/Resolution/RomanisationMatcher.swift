/// The default name matcher: decides whether two names written in different articles (or
/// scripts, or romanisation systems) name one entity, using only data from `Rules/lexicon/`.
///
/// - People: surnames must align (romanisation classes free, cognate alternations within a
///   budget) and have the same gender where their endings show one (-sky/-skaya are husband and
///   wife); given names must fall in one given-name class (Aleksei/Aliaksei) or align; differing
///   patronymics, middle initials or generational suffixes mean two people. A name that lacks a
///   given name or a surname can only be `unsure`.
/// - Acronyms: the same letters, case and periods aside (TASS = Tass, U.S. = US; MVD ≠ MID).
/// - Organisations and places: the same number of words, each the same up to classes and
///   alternations (Yabloko = Jabloko, Hrodna = Grodno; Gazprom ≠ Gazprombank).
public final class RomanisationMatcher: NameMatcher {
    public let lexicon: NameLexicon
    /// The aligner of the Cyrillic classes and the Slavic cognate alternations.
    let aligner: SpellingAligner
    /// One aligner per romanisation system (`romanisation-systems`): the free classes and that
    /// system's entries, so that one word is read in one system at a time (an Arabic vowel
    /// rule never adds to a Slavic alternation in the same word), in the lexicon's order.
    let systemAligners: [(system: String, aligner: SpellingAligner)]
    /// One aligner of every equivalence, of every system: a pair of words it cannot align
    /// without a full edit, neither `aligner` nor a system aligner can (each has a part of
    /// its equivalences), so a pair that differs is given up after one alignment, not one
    /// per aligner.
    let anySystem: SpellingAligner
    let skeleton: NameSkeleton
    /// Finer keys than the skeleton's, which every two words any aligner aligns share
    /// (`SpellingKeys`): the test that spares aligning most pairs.
    let spelling: SpellingKeys
    /// For each given-name class, the first letters of its forms (folded): the initials a name
    /// of the class may be written with.
    private let classInitials: [Set<Character>]
    /// This story's own tables (internal: the same-keys extension files its keys there too).
    let cache = MatcherCache()
    /// What depends on one word alone (its keys, numbered, its readings for the aligners, two
    /// words aligned in a run that writes no reasons), shared by the stories of a run: a run of
    /// many stories meets the same words in each, and each story's own cache computed them anew.
    /// A story looks here only when its own cache misses, so the threads seldom meet at its lock.
    private let shared: MatcherCache
    /// Whether matches say why (`NameMatch.reasons`, the steps of an alignment). A story linted
    /// without `entities --explain` shows no reason, and writing them was a large part of
    /// comparing two names; the decisions never read them.
    let explains: Bool

    public init(lexicon: NameLexicon) {
        self.lexicon = lexicon
        let equivalences = lexicon.equivalences + RomanisationMatcher.endingEquivalences(lexicon)
        let base = equivalences.filter { $0.system == nil }
        self.aligner = SpellingAligner(base)
        self.systemAligners = RomanisationMatcher.systemNames(equivalences).map { system in
            let own = equivalences.filter { $0.system == system }
            let shared = own.contains(where: \.withCognates) ? base : base.filter { $0.cost == 0 }
            return (system, SpellingAligner(shared + own))
        }
        self.anySystem = SpellingAligner(equivalences)
        self.skeleton = NameSkeleton(equivalences)
        self.spelling = SpellingKeys(equivalences)
        classInitials = lexicon.givenNameClasses.map { Set($0.forms.compactMap { lexicon.latin($0).first }) }
        explains = true
        shared = MatcherCache()
    }

    /// A matcher with `other`'s tables and a cache of its own.
    private init(sharingTablesOf other: RomanisationMatcher, explaining: Bool) {
        lexicon = other.lexicon
        aligner = other.aligner
        systemAligners = other.systemAligners
        anySystem = other.anySystem
        skeleton = other.skeleton
        spelling = other.spelling
        classInitials = other.classInitials
        explains = explaining
        shared = other.shared
    }

    /// A fresh cache per story: one cache shared by the threads serialised them on its lock,
    /// and a story's names are mostly its own. (A cache kept across a thread's stories was
    /// measured: fewer instructions, but its tables, grown to their limit, cost more time in
    /// memory traffic than they saved, and more memory: 4.7 s → 5.3 s and 53 → 89 MB on 10,000
    /// generated articles.)
    public func forStory(explaining: Bool) -> any NameMatcher { RomanisationMatcher(sharingTablesOf: self, explaining: explaining) }

    /// `text` as a list of one reason when this matcher explains, else an empty list (the text
    /// is not written).
    @inline(__always)
    private func why(_ text: @autoclosure () -> String) -> [String] { explains ? [text()] : [] }

    /// The systems named by the equivalences, each once, in their order.
    static func systemNames(_ equivalences: [SpellingEquivalence]) -> [String] {
        var names: [String] = []
        for case let system? in equivalences.map(\.system) where !names.contains(system) { names.append(system) }
        return names
    }

    /// The endings of one surname family and gender, free for one another at a word's end
    /// (-sky, -ski, -skiy; -skaya, -ska).
    static func endingEquivalences(_ lexicon: NameLexicon) -> [SpellingEquivalence] {
        let groups = Dictionary(grouping: lexicon.genderedEndings) { "-\($0.family) (\($0.gender.rawValue))" }
        return groups.keys.sorted().compactMap { id in
            let forms = (groups[id] ?? []).map(\.ending).sorted()
            return forms.count >= 2 ? SpellingEquivalence(id: id, forms: forms, cost: 0, place: .end) : nil
        }
    }

    public func compare(_ a: NameValue, _ b: NameValue) -> NameMatch {
        // (A table of the run's comparisons, shared by its stories, was measured: a generated
        // archive's stories meet few pairs of one another's names, titles and roles included,
        // and filing every pair there cost more than the few found.)
        cache.comparison(a, b) { computeComparison(a, b) }
    }

    private func computeComparison(_ a: NameValue, _ b: NameValue) -> NameMatch {
        if let ka = a.kind, let kb = b.kind, ka != kb {
            return NameMatch(.different, why("one is a \(ka.rawValue), the other a \(kb.rawValue)"))
        }
        if RomanisationMatcher.isAcronym(a) || RomanisationMatcher.isAcronym(b) { return compareAcronyms(a, b) }
        let match: NameMatch
        var readings: (NameReading, NameReading)?
        switch a.kind ?? b.kind {
        case .organization?, .place?: match = compareWords(a, b, alternations: true)
        case .person?, nil:
            let pair = (reading(a), reading(b))
            readings = pair
            match = comparePeople(pair.0, pair.1)
        }
        // Most names have no role: their pairs are settled without a look-up.
        guard match.decision != .same, RomanisationMatcher.hasRole(a), RomanisationMatcher.hasRole(b) else { return match }
        let (ra, rb) = readings ?? (reading(a), reading(b))
        guard let roleA = ra.role, let roleB = rb.role, let supported = roleSupported(a, b, roleA, roleB) else { return match }
        return supported
    }

    /// A hard match that the role agreeing in both articles supports (never forces): one name
    /// is the other with a word more at either end (a second surname: "Lucia Fernandez" and
    /// "Lucia Fernandez Ortega"; a compound surname alone: "Ruiz Ortega"), or the same
    /// words in another order, links and particles aside ("Sinaloa Cartel", "Cartel de
    /// Sinaloa"; a surname-first name written given name first). Nil when the roles are not the same or the words do not fit.
    private func roleSupported(_ a: NameValue, _ b: NameValue, _ ra: RoleReading, _ rb: RoleReading) -> NameMatch? {
        let role = ra.role
        guard role == rb.role else { return nil }
        let (shortReading, longReading) = ra.words.count <= rb.words.count ? (ra, rb) : (rb, ra)
        let (short, long) = (shortReading.words, longReading.words)
        guard short.count >= 2, !longReading.hasGenerationalSuffix else { return nil }
        let same = { (x: [String], y: [String]) in zip(x, y).allSatisfy { self.words($0, $1, alternations: true).0 } }
        if (a.kind ?? b.kind) == .person, long.count == short.count + 1 || long.count == short.count + 2,
           same(short, Array(long.prefix(short.count))) || same(short, Array(long.suffix(short.count))) {
            return NameMatch(.same, why("\(a.text) and \(b.text): one name with a word more (a second surname, given names), and the same role, \(role)"),
                             agreeing: short.count)
        }
        // In another order one word may be the other's adjective ("Party of Korea", "Korean Party").
        // (`words`, its keys read off the readings: two words without a spelling key in common
        // are not one.)
        let sameOrAdjective = { (x: RoleReading, y: RoleReading) in
            x.sorted.indices.allSatisfy { k in
                let (u, v) = (x.sorted[k], y.sorted[k])
                return u == v || RomanisationMatcher.share(x.sortedKeys[k], y.sortedKeys[k]) && self.words(u, v, alternations: true).0
                    || self.isDemonym(u, v)
            }
        }
        if short.count == long.count, short != long, sameOrAdjective(shortReading, longReading) {
            return NameMatch(.same, why("\(a.text) and \(b.text): the same words in another order, and the same role, \(role)"),
                             agreeing: short.count)
        }
        return nil
    }

    /// A name's role and its words as `roleSupported` compares them: folded, links and
    /// particles left out (read with the name: a story's people with one title are compared
    /// pair by pair). Nil for a name without a role.
    private func roleReading(_ name: NameValue) -> RoleReading? {
        guard let role = RomanisationMatcher.role(name) else { return nil }
        let words = name.parts.map { lexicon.latin($0) }
            .filter { !$0.isEmpty && !lexicon.organizationLinks.contains($0) && !lexicon.particles.contains($0) }
        return RoleReading(role: role, words: words, sortedKeys: spellingKeys,
                           isSuffix: { lexicon.generationalSuffixes.contains(NameParts.suffixForm($0)) })
    }

    /// Whether a role is written beside the name (`role` is not nil), found without lower-casing it.
    static func hasRole(_ name: NameValue) -> Bool {
        guard let role = name.title ?? name.appositive else { return false }
        return !role.isEmpty
    }

    /// A name's role as written beside it (a title before it or a role in apposition), lower
    /// case; nil when it has none.
    static func role(_ name: NameValue) -> String? {
        guard let role = name.title ?? name.appositive, !role.isEmpty else { return nil }
        return role.lowercased()
    }

    /// Names of unknown kind: acronyms by their letters; names of as many words word by word
    /// (each word one spelling, romanisation systems and their budget allowed, particles and
    /// articles aside: "Hamid el-Qassem" = "Hamid Kassem"); names that differ in their
    /// number of words only when both are written surname first and the person's parts agree
    /// ("Kim Jong Un" = "Kim Jong-un"). Anything else is `unsure`: letters alone never merge.
    public func compareUnknownKind(_ a: NameValue, _ b: NameValue) -> NameMatch {
        if RomanisationMatcher.isAcronym(a) || RomanisationMatcher.isAcronym(b) { return compareAcronyms(a, b) }
        if a.parts.count == b.parts.count {
            let match = compareWords(a, b, alternations: true)
            return match.decision == .same ? match : NameMatch(.unsure, match.reasons)
        }
        let (pa, pb) = (reading(a), reading(b))
        guard pa.parts.isFull, pb.parts.isFull, pa.parts.middles.isEmpty, pb.parts.middles.isEmpty,
              lexicon.surnameFirst.contains(lexicon.latin(a.parts[0])), lexicon.surnameFirst.contains(lexicon.latin(b.parts[0])) else {
            return NameMatch(.unsure, why("\(a.text) vs \(b.text): different number of words"))
        }
        let match = comparePeople(pa, pb)
        return match.decision == .same ? match : NameMatch(.unsure, match.reasons)
    }

    /// Compares two people already split into parts.
    public func comparePeople(_ a: NameParts, _ b: NameParts) -> NameMatch {
        comparePeople(NameReading(a, lexicon: lexicon, spellingKeys: spellingKeys, role: nil),
                      NameReading(b, lexicon: lexicon, spellingKeys: spellingKeys, role: nil))
    }

    /// Compares two people read once each (their parts read in place, not copied per pair).
    func comparePeople(_ a: NameReading, _ b: NameReading) -> NameMatch {
        var reasons: [String] = []
        var differences: [String] = []
        // Whether any part differs: the decision, whether or not the differences are written.
        var differs = false
        var agreeing = 0
        if explains {
            for kinship in [a.parts.kinship, b.parts.kinship].compactMap({ $0 }) {
                reasons.append("surname inferred for the \(kinship)")
            }
        }
        var misspelt = false
        // One name is the other with a second surname after it ("Lucia Fernandez Ortega",
        // "Lucia Fernandez"): not two people, but not known to be one either (`unsure`).
        var secondSurname = false
        // The given names, compared first: a near surname counts only beside agreeing ones,
        // so a run that writes no reasons aligns the surnames for a near miss only then.
        let given = a.parts.given.flatMap { ga in
            b.parts.given.map { gb in givenNames((ga, a.givenLength, a.givenClass, a.givenKeys), (gb, b.givenLength, b.givenClass, b.givenKeys)) }
        }
        let givenAgrees = given.map { $0.0 && a.givenLength > 1 && b.givenLength > 1 } ?? false
        if let sa = a.parts.surname, let sb = b.parts.surname {
            let comparison = compareSurnames(sa, a.surnameKeys, a.surnameEnding, sb, b.surnameKeys, b.surnameEnding)
            if comparison.same {
                reasons.add(comparison.reasons)
            } else if !comparison.family, isSecondSurname(a, b) || isSecondSurname(b, a) {
                secondSurname = true
                reasons.add(why("surname: \(sa) and \(sb), one name with a second surname after the first"))
            } else if !comparison.family, explains || givenAgrees, isNearMiss(sa, sb) {
                misspelt = true
                reasons.add(why("surname: \(sa) ~ \(sb), one or two letters apart (a misspelling), the given names agreeing"))
            } else {
                differs = true
                differences.add(comparison.reasons)
            }
            if comparison.same || comparison.family || secondSurname { agreeing += 1 }
        }
        if let (same, because) = given {
            if same { agreeing += 1; reasons.add(because) } else { differs = true; differences.add(because) }
        }
        // A near surname is evidence of one person only beside an agreeing given name.
        if misspelt, !givenAgrees {
            differs = true
            differences.add(why("surnames differ: \(a.parts.surname ?? "") vs \(b.parts.surname ?? "")"))
        }
        if let ga = a.parts.gender, let gb = b.parts.gender, ga != gb {
            differs = true
            differences.add(why("a man and a woman: \(describe(a.parts)) (\(ga.rawValue)) vs \(describe(b.parts)) (\(gb.rawValue))"))
        }
        if let pa = a.parts.patronymic, let pb = b.parts.patronymic {
            let (same, because) = words(pa, pb, alternations: true)
            if same {
                reasons.add(because.map { "patronymic: " + $0 })
            } else {
                differs = true
                differences.add(why("patronymics differ: \(pa) vs \(pb)"))
            }
        }
        if a.parts.suffix != b.parts.suffix {
            differs = true
            differences.add(why("generations differ: \(a.parts.suffix ?? "no suffix") vs \(b.parts.suffix ?? "no suffix")"))
        }
        if !a.parts.middles.isEmpty, !b.parts.middles.isEmpty, a.parts.middles.map(\.first) != b.parts.middles.map(\.first) {
            differs = true
            differences.add(why("middle names differ: \(a.parts.middles.joined(separator: " ")) vs \(b.parts.middles.joined(separator: " "))"))
        }
        if differs { return NameMatch(.different, differences + reasons, agreeing: agreeing) }
        if secondSurname { return NameMatch(.unsure, reasons, agreeing: agreeing) }
        guard a.parts.isFull, b.parts.isFull else {
            let missing = a.parts.isFull || b.parts.isFull ? "one name lacks" : "neither name has"
            return NameMatch(.unsure, reasons + why("\(missing) both a given name and a surname"), agreeing: agreeing)
        }
        return NameMatch(.same, reasons, agreeing: agreeing)
    }

    /// Whether `long` is `short` with a second surname after the first: the word before
    /// `long`'s surname is `short`'s surname, and `short` has no middle name.
    private func isSecondSurname(_ long: NameReading, _ short: NameReading) -> Bool {
        guard let first = long.parts.middles.last, first.count > 1, short.parts.middles.isEmpty, short.parts.patronymic == nil,
              let surname = short.parts.surname, short.parts.writtenSurname != nil else { return false }
        return words(first, surname, alternations: true).0
    }

    /// Whether two folded surnames of six or more letters differ in one letter put for another
    /// (a typo: "lucero"/"lusero") and share a consonant skeleton (so that a vowel or a letter
    /// of one sound group was mistyped, and the keys still find the pair). A letter more or less
    /// ("popov"/"popkov") is another name.
    func isNearMiss(_ a: String, _ b: String) -> Bool {
        guard isNearMissCandidate(a, b) else { return false }
        // Aligned with edits, the slowest comparison of two words: once a run (an archive's
        // stories meet the same surnames, and a story's articles the same capitalised words).
        return shared.nearMiss(a, b) {
            let alignment = aligner.align(a, b)
            return alignment.fullEdits == 1 && alignment.alternations == 0
        }
    }

    /// What a near miss needs before the words are aligned: six letters or more, as many in
    /// each, and a skeleton in common.
    private func isNearMissCandidate(_ a: String, _ b: String) -> Bool {
        a.count >= 6 && a.count == b.count && RomanisationMatcher.share(skeletonKeys(a), skeletonKeys(b))
    }

    /// Whether a one-word name is the surname of `person` (a full name) misspelt: one letter
    /// put for another (`isNearMiss`), and no romanisation joins them.
    public func misspells(_ word: NameValue, _ person: NameValue) -> Bool {
        guard word.parts.count == 1 else { return false }
        return misspells(word, reading(word), person)
    }

    /// The first of `people` whose surname `word` misspells: the word read once, and none
    /// asked when the word is too short to be a misspelt surname (most are).
    public func misspelt(_ word: NameValue, among people: [NameValue]) -> NameValue? {
        guard word.parts.count == 1 else { return nil }
        let reading = reading(word)
        guard reading.firstWordLength >= 6 else { return nil }
        return people.first { misspells(word, reading, $0) }
    }

    /// `misspells`, for a one-word name read as `reading`.
    private func misspells(_ word: NameValue, _ reading: NameReading, _ person: NameValue) -> Bool {
        guard person.parts.count >= 2 else { return false }
        // The near miss's cheap tests first (lengths read off the names once, then the
        // skeleton): most words fail them. The word's one folded word is its parts' only word.
        let target = self.reading(person)
        guard let surname = target.parts.surname, target.surnameLength >= 6, reading.firstWordLength == target.surnameLength,
              let folded = reading.parts.words.first, folded != surname, !RomanisationMatcher.isAcronym(word) else { return false }
        return isNearMissCandidate(folded, surname) && !words(folded, surname, alternations: true).0 && isNearMiss(folded, surname)
    }

    public func isGenerationalSuffix(_ word: String) -> Bool {
        lexicon.generationalSuffixes.contains(NameParts.suffixForm(word))
    }

    /// Whether two folded surnames are one, and why. A man's and a woman's form of one family
    /// name (-sky, -skaya) are two surnames, and the reason says they are one family's.
    public func surnames(_ a: String, _ b: String) -> (Bool, [String]) {
        let comparison = compareSurnames(a, b)
        return (comparison.same, comparison.reasons)
    }

    /// Two surnames compared: the same, or one family name in two genders, or neither.
    private func compareSurnames(_ a: String, _ b: String) -> (same: Bool, family: Bool, reasons: [String]) {
        compareSurnames(a, spellingKeys(a), lexicon.genderedEnding(of: a), b, spellingKeys(b), lexicon.genderedEnding(of: b))
    }

    /// `compareSurnames`, with each surname's spelling keys and gendered ending already read
    /// (`NameReading`).
    private func compareSurnames(_ a: String, _ ka: [UInt32], _ ea: SurnameEnding?, _ b: String, _ kb: [UInt32], _ eb: SurnameEnding?)
        -> (same: Bool, family: Bool, reasons: [String]) {
        if let because = derived(a, b, endings: lexicon.wordEndings) { return (false, false, why(because)) }
        let (same, because) = words(a, ka, b, kb, alternations: true)
        if let ea, let eb, ea.family == eb.family, ea.gender != eb.gender {
            let family = isGenderedPair(a, b)
            let note = family ? ": one family name, a man's and a woman's form" : ""
            return (false, family, why("surname genders differ: \(a) (-\(ea.ending), \(ea.gender.rawValue)) vs \(b) (-\(eb.ending), \(eb.gender.rawValue))\(note)"))
        }
        return (same, false, same ? because.map { "surname: " + $0 } : why("surnames differ: \(a) vs \(b)"))
    }

    /// Whether two surnames are one family name in a man's and a woman's form (-sky/-skaya).
    func isGenderedPair(_ a: String, _ b: String) -> Bool {
        guard let ea = lexicon.genderedEnding(of: a), let eb = lexicon.genderedEnding(of: b), ea.family == eb.family,
              ea.gender != eb.gender else { return false }
        return words(lexicon.surname(a, as: eb.gender), b, alternations: true).0
    }

    /// Whether two folded given names (or initials) are one, and why.
    public func givenNames(_ a: String, _ b: String) -> (Bool, [String]) {
        givenNames((a, a.count, lexicon.givenNameClassOfForm[a], spellingKeys(a)), (b, b.count, lexicon.givenNameClassOfForm[b], spellingKeys(b)))
    }

    /// A given name as `givenNames` compares it: the folded name, its length (characters), its
    /// class and its spelling keys, read once per name (`NameReading`).
    private typealias GivenName = (name: String, length: Int, nameClass: Int?, keys: [UInt32])

    /// `givenNames`, of given names already read.
    private func givenNames(_ x: GivenName, _ y: GivenName) -> (Bool, [String]) {
        let (a, lengthOfA, classOfA) = (x.name, x.length, x.nameClass)
        let (b, lengthOfB, classOfB) = (y.name, y.length, y.nameClass)
        if lengthOfA == 1 || lengthOfB == 1 {
            let (initial, full) = lengthOfA == 1 ? (a, b) : (b, a)
            let initials = initialsOf(full)
            let same = initials.contains(initial)
            return (same, why(same ? "given name: \(initial). is an initial of \(full)" : "given names differ: \(a) vs \(b)"))
        }
        if let ca = classOfA, let cb = classOfB {
            let id = lexicon.givenNameClasses[ca].id
            if ca == cb {
                return (true, why(a == b ? "given name: \(a) = \(b)" : "given name: \(a) ~ \(b) (class \(id))"))
            }
            return (false, why("given names differ: \(a) (class \(id)) vs \(b) (class \(lexicon.givenNameClasses[cb].id))"))
        }
        let (same, because) = words(a, x.keys, b, y.keys, alternations: true)
        return (same, same ? because.map { "given name: " + $0 } : why("given names differ: \(a) vs \(b)"))
    }

    /// A person's name split into parts (remembered).
    public func parts(_ name: NameValue) -> NameParts {
        reading(name).parts
    }

    /// A name split into parts, with the lengths read off it (remembered, and not copied).
    func reading(_ name: NameValue) -> NameReading {
        cache.reading(name) {
            NameReading(NameParts(name, lexicon: lexicon), lexicon: lexicon, spellingKeys: spellingKeys, role: roleReading(name))
        }
    }

    /// Whether two folded words are one spelling of one word: no full edit, and no more cognate
    /// alternations than the budget allows (none when `alternations` is false). Hyphenated words
    /// are compared part by part.
    public func words(_ a: String, _ b: String, alternations: Bool) -> (Bool, [String]) {
        if a == b { return (true, why("\(a) = \(b)")) }
        return words(a, spellingKeys(a), b, spellingKeys(b), alternations: alternations)
    }

    /// `words`, with each word's spelling keys already read (`NameReading`).
    private func words(_ a: String, _ ka: [UInt32], _ b: String, _ kb: [UInt32], alternations: Bool) -> (Bool, [String]) {
        if a == b { return (true, why("\(a) = \(b)")) }
        guard RomanisationMatcher.share(ka, kb) else {
            return (false, why("\(a) vs \(b): the consonants differ"))
        }
        return cache.words(a, b, alternations: alternations) {
            // Without reasons, the answer is the run's (with them, it is this matcher's own).
            explains ? alignWords(a, b, alternations: alternations)
                : shared.words(a, b, alternations: alternations) { alignWords(a, b, alternations: alternations) }
        }
    }

    /// A folded word's skeleton keys, numbered in the run (remembered by the story, and by the
    /// run): sorted, each once. Numbered once a run, not once a story: a story that met a word
    /// the run knew looked each of its key strings up again to number them.
    func skeletonKeys(_ word: String) -> [UInt32] {
        cache.skeleton(word) { shared.skeleton(word) { skeleton.keys(word).map(shared.number).sorted() } }
    }

    /// A folded word's spelling keys (`SpellingKeys`), numbered in the run (remembered by the
    /// story, and by the run): sorted, each once.
    func spellingKeys(_ word: String) -> [UInt32] {
        cache.spelling(word) { shared.spelling(word) { spelling.keys(word).map(shared.number).sorted() } }
    }

    /// Whether two sorted lists of skeleton numbers have one in common.
    static func share(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        a.contains { b.contains($0) }
    }

    private func alignWords(_ a: String, _ b: String, alternations: Bool) -> (Bool, [String]) {
        let hyphenated = a.utf8.contains(0x2D) || b.utf8.contains(0x2D)
        let pa = hyphenated ? a.split(separator: "-").map(String.init) : [a]
        let pb = hyphenated ? b.split(separator: "-").map(String.init) : [b]
        if pa.count > 1 || pb.count > 1 {
            guard pa.count == pb.count else { return (false, why("\(a) vs \(b)")) }
            var steps: [String] = []
            for (x, y) in zip(pa, pb) {
                let (same, because) = words(x, y, alternations: alternations)
                guard same else { return (false, because) }
                steps += because
            }
            return (true, steps)
        }
        // Only an alignment without a full edit can make two words one. The steps of one with
        // edits only ever explained a "different" answer, which no report or explanation shows
        // (a kept-apart note quotes a person's first difference, which names the words).
        // Every aligner has a part of `anySystem`'s equivalences: a pair it cannot align without
        // a full edit, none can (most pairs the skeletons let through are such, and are given up
        // after one alignment, not one per aligner).
        guard anySystem.alignWithoutEdits(shared.systemWord(-1, a) { anySystem.word(a) }, shared.systemWord(-1, b) { anySystem.word(b) },
                                          describing: false) != nil else {
            return (false, why("\(a) ~ \(b) (no alignment without a full edit)"))
        }
        let (wa, wb) = (shared.alignerWord(a) { aligner.word(a) }, shared.alignerWord(b) { aligner.word(b) })
        let allowed = alternations ? budget(min(a.count, b.count)) : 0
        let alignment = aligner.alignWithoutEdits(wa, wb, describing: explains)
        if let alignment, alignment.alternations <= allowed { return (true, describe(a, b, alignment)) }
        // Then each romanisation system on its own: the first that makes the words one.
        if alternations {
            for (index, (_, system)) in systemAligners.enumerated() {
                let (sa, sb) = (shared.systemWord(index, a) { system.word(a) }, shared.systemWord(index, b) { system.word(b) })
                guard let found = system.alignWithoutEdits(sa, sb, describing: explains),
                      found.alternations <= allowed else { continue }
                return (true, describe(a, b, found))
            }
        }
        guard let alignment else { return (false, why("\(a) ~ \(b) (no alignment without a full edit)")) }
        return (false, describe(a, b, alignment))
    }

    /// "a ~ b (step, step)" when this matcher explains.
    private func describe(_ a: String, _ b: String, _ alignment: SpellingAligner.Alignment) -> [String] {
        guard explains else { return [] }
        let detail = alignment.steps.isEmpty ? "" : " (\(alignment.steps.joined(separator: ", ")))"
        return ["\(a) ~ \(b)\(detail)"]
    }

    /// Cognate alternations allowed for a word of `letters` letters.
    func budget(_ letters: Int) -> Int {
        let per = max(1, lexicon.lettersPerAlternation)
        return min(max(1, (letters + per - 1) / per), lexicon.mostAlternations)
    }

    /// The kinds of key a name is filed under (`NameKey.kind`).
    private enum Key {
        /// A surname's skeleton.
        static let surname: UInt8 = 1
        /// A given name's key (`givenKeys`).
        static let given: UInt8 = 2
        /// A surname's skeleton and a given name's key.
        static let surnameAndGiven: UInt8 = 3
        /// A gendered surname's stem and its family and gender.
        static let family: UInt8 = 4
        /// An organisation's or place's first word and its word count.
        static let word: UInt8 = 5
        /// An acronym's letters.
        static let acronym: UInt8 = 6
        /// A surname's skeleton and the initial a given name is written with ("M. Laurent").
        static let surnameAndInitial: UInt8 = 7
        /// The skeletons of a name's first and last comparable words and its count of them
        /// (`unknownKindKeys`).
        static let ends: UInt8 = 8
        /// A name written surname first (`unknownKindKeys`).
        static let surnameFirst: UInt8 = 9
        /// Marks a given-name key that is a class, not a skeleton.
        static let givenClass: UInt32 = 1 << 31
    }

    /// Keys from the consonant skeleton (`NameSkeleton`) of a person's surname, of its given
    /// name (for people known by the given name alone), and of both (for full names); of an
    /// organisation's or place's first word with its word count, and of an acronym's letters
    /// (a one-word name is filed under both, so "TASS" finds "Tass"). Each key once: the kinds
    /// of key differ, and a word's skeleton numbers are distinct.
    public func blockingKeys(_ name: NameValue) -> [NameKey] {
        cache.blockingKeys(name) { RomanisationMatcher.distinct(computeBlockingKeys(name)) }
    }

    private func computeBlockingKeys(_ name: NameValue) -> [NameKey] {
        guard name.kind == .person || name.kind == nil else { return wordKeys(name) }
        let parts = parts(name)
        let surnames = parts.surname.map(skeletonKeys) ?? []
        let givens = parts.given.map(givenKeys) ?? []
        var keys: [NameKey] = []
        keys.reserveCapacity(surnames.count + givens.count + surnames.count * givens.count + 2)
        for surname in surnames { keys.append(NameKey(kind: Key.surname, surname)) }
        for given in givens { keys.append(NameKey(kind: Key.given, 0, given)) }
        for surname in surnames {
            for given in givens { keys.append(NameKey(kind: Key.surnameAndGiven, surname, given)) }
        }
        if let given = parts.given, given.count == 1, let initial = given.unicodeScalars.first?.value {
            for surname in surnames { keys.append(NameKey(kind: Key.surnameAndInitial, surname, initial)) }
        }
        // A word before the surname may be the surname and the last word a second one
        // ("Lucia Fernandez Ortega" is found by "Lucia Fernandez").
        if let second = parts.middles.last, second.count > 1 {
            for surname in skeletonKeys(second) {
                for given in givens { keys.append(NameKey(kind: Key.surnameAndGiven, surname, given)) }
            }
        }
        if let surname = parts.surname, let ending = lexicon.genderedEnding(of: surname) {
            keys += familyKeys(surname, ending, ending.gender)
        }
        if name.kind == nil { keys += wordKeys(name) }
        return keys
    }

    /// What `compareUnknownKind` needs two names to share: their letters (acronyms are
    /// compared by them); the spelling keys of the first and the last comparable word with the
    /// number of such words (names of as many words are compared word by word, and two words
    /// are one only when their spelling keys meet; an inner word may differ, by a plural); and, for
    /// a full name written surname first, one key for all such names (they may differ in their
    /// number of words, and surname tables join surnames whose skeletons differ). A story's
    /// names of unknown kind are many: filed under their first word alone, "New York" was
    /// compared with every "New …".
    public func unknownKindKeys(_ name: NameValue) -> [NameKey] {
        cache.unknownKindKeys(name) { computeUnknownKindKeys(name) }
    }

    private func computeUnknownKindKeys(_ name: NameValue) -> [NameKey] {
        var keys = [NameKey(kind: Key.acronym, shared.number(RomanisationMatcher.letters(name)))]
        let words = comparableWords(name)
        if let first = words.first, let last = words.last {
            let count = UInt32(clamping: words.count)
            let lasts = spellingKeys(last)
            for a in spellingKeys(first) {
                for b in lasts { keys.append(NameKey(kind: Key.ends, a, count << 16 ^ b)) }
            }
        }
        if name.parts.count >= 2, lexicon.surnameFirst.contains(lexicon.latin(name.parts[0])) {
            keys.append(NameKey(kind: Key.surnameFirst))
        }
        // In ascending order, each once: a first and a last word of several spellings each give
        // their product of keys, and `mayBeSame` meets two such lists by one pass over both.
        return RomanisationMatcher.sortedOnce(keys)
    }

    /// Whether two lists in ascending order (`sortedOnce`) share a key.
    static func meet(_ a: [NameKey], _ b: [NameKey]) -> Bool {
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i].bits == b[j].bits { return true }
            if a[i].bits < b[j].bits { i += 1 } else { j += 1 }
        }
        return false
    }

    /// False only when `compare` cannot call the names the same: an organisation's or
    /// place's name is compared word by word, or as an acronym, so without a key of
    /// `unknownKindKeys` in common the two differ, unless a role written beside both supports
    /// the match (`roleSupported`). Other pairs: true.
    public func mayBeSame(_ a: NameValue, _ b: NameValue) -> Bool {
        guard let kind = a.kind ?? b.kind, kind == .organization || kind == .place,
              a.kind == nil || b.kind == nil || a.kind == b.kind else { return true }
        if let role = RomanisationMatcher.role(a), role == RomanisationMatcher.role(b) { return true }
        return RomanisationMatcher.meet(unknownKindKeys(a), unknownKindKeys(b))
    }

    /// A gendered surname's family in the other gender: "-sky" looks for "-skaya".
    public func relativeKeys(_ name: NameValue) -> [NameKey] {
        guard name.kind == .person, let surname = parts(name).surname, let ending = lexicon.genderedEnding(of: surname) else {
            return []
        }
        return familyKeys(surname, ending, ending.gender == .male ? .female : .male)
    }

    /// Family keys: the skeleton of the stem (ending removed), the ending's family, a gender.
    private func familyKeys(_ surname: String, _ ending: SurnameEnding, _ gender: NameGender) -> [NameKey] {
        let stem = String(surname.dropLast(ending.ending.count))
        let family = shared.number("\(ending.family)|\(gender.rawValue)")
        return skeletonKeys(stem).map { NameKey(kind: Key.family, $0, family) }
    }

    /// A full person is looked up by surname and given name (by surname alone when the given
    /// name is an initial); a lone word by what it is.
    public func lookupKeys(_ name: NameValue) -> [NameKey] {
        cache.lookupKeys(name) { RomanisationMatcher.distinct(computeLookupKeys(name)) }
    }

    /// The keys in order, each once (a name's other-order and second-surname keys may repeat
    /// its own). A name has a handful of keys: a scan of those kept costs less than hashing
    /// each into a set, which is kept for the rare name with many.
    static func distinct(_ keys: [NameKey]) -> [NameKey] {
        guard keys.count > 32 else {
            var kept: [NameKey] = []
            kept.reserveCapacity(keys.count)
            for key in keys where !kept.contains(where: { $0.bits == key.bits }) { kept.append(key) }
            return kept
        }
        var seen = Set<NameKey>()
        return keys.filter { seen.insert($0).inserted }
    }

    private func computeLookupKeys(_ name: NameValue) -> [NameKey] {
        // An organisation or place is looked up by each of its words too, so that its words in
        // another order find it (`roleSupported`).
        if name.kind == .organization || name.kind == .place {
            var keys = blockingKeys(name)
            let words = comparableWords(name)
            let count = UInt32(clamping: words.count)
            for word in words.dropFirst() { keys += skeletonKeys(word).map { NameKey(kind: Key.word, $0, count) } }
            return keys
        }
        guard name.kind == .person else { return blockingKeys(name) }
        let parts = parts(name)
        guard let surname = parts.surname else {
            // No surname and no given name: the key of an empty skeleton.
            let givens = parts.given.map(givenKeys) ?? [shared.number("")]
            return givens.map { NameKey(kind: Key.given, 0, $0) }
        }
        let surnames = skeletonKeys(surname)
        guard let given = parts.given, given.count > 1 else { return surnames.map { NameKey(kind: Key.surname, $0) } }
        let givens = givenKeys(given)
        // And by the initials the given name may be written with (a letter's scalar value), to
        // find "M. Laurent" filed before "Marguerite Laurent" (an initial's name is looked up by its
        // surname alone).
        let initials = initialsOf(given).compactMap { $0.unicodeScalars.first?.value }
        var keys: [NameKey] = []
        keys.reserveCapacity(surnames.count * (givens.count + initials.count))
        for surname in surnames {
            for given in givens { keys.append(NameKey(kind: Key.surnameAndGiven, surname, given)) }
            for initial in initials { keys.append(NameKey(kind: Key.surnameAndInitial, surname, initial)) }
        }
        // The same two words the other way round (a role may support the match: `roleSupported`),
        // and the name without a second surname.
        if parts.middles.isEmpty {
            for first in skeletonKeys(given) {
                for last in skeletonKeys(surname) { keys.append(NameKey(kind: Key.surnameAndGiven, first, last)) }
            }
        } else if let second = parts.middles.last, second.count > 1 {
            for surname in skeletonKeys(second) {
                for given in givens { keys.append(NameKey(kind: Key.surnameAndGiven, surname, given)) }
            }
        }
        return keys
    }

    /// A given name's keys: its class, and its own skeleton (for names outside the classes).
    private func givenKeys(_ given: String) -> [UInt32] {
        var keys = skeletonKeys(given)
        if let index = lexicon.givenNameClassOfForm[given] { keys.append(Key.givenClass | UInt32(index)) }
        return keys
    }

    private func wordKeys(_ name: NameValue) -> [NameKey] {
        let words = comparableWords(name)
        guard let first = words.first else { return [NameKey.any] }
        let count = UInt32(clamping: words.count)
        var keys = skeletonKeys(first).map { NameKey(kind: Key.word, $0, count) }
        if name.parts.count == 1 { keys.append(NameKey(kind: Key.acronym, shared.number(RomanisationMatcher.letters(name)))) }
        return keys
    }

    // MARK: - Acronyms, organisations, places

    private func compareAcronyms(_ a: NameValue, _ b: NameValue) -> NameMatch {
        let la = RomanisationMatcher.letters(a)
        let lb = RomanisationMatcher.letters(b)
        if la == lb, !la.isEmpty {
            return NameMatch(.same, why("acronym: \(a.text) and \(b.text) have the same letters \(la)"), agreeing: 1)
        }
        return NameMatch(.different, why("acronyms differ: \(a.text) vs \(b.text)"))
    }

    /// An organisation's or place's words as compared: folded, particles and joined articles
    /// dropped, hyphenated words split ("Jaish al-Adl" and "Jaish al Adl": jaish, adl).
    private func comparableWords(_ name: NameValue) -> [String] {
        cache.comparableWords(name) { computeComparableWords(name) }
    }

    private func computeComparableWords(_ name: NameValue) -> [String] {
        let words = name.parts.flatMap { part -> [String] in
            let folded = lexicon.withoutArticles(lexicon.latin(part))
            return folded.utf8.contains(0x2D) ? folded.split(separator: "-").map(String.init) : [folded]
        }
        let kept = words.filter {
            !$0.isEmpty && !lexicon.particles.contains($0) && !lexicon.hyphenParticles.contains($0) && !lexicon.organizationLinks.contains($0)
        }
        return kept.isEmpty ? words : kept
    }

    private func compareWords(_ a: NameValue, _ b: NameValue, alternations: Bool) -> NameMatch {
        let wa = comparableWords(a)
        let wb = comparableWords(b)
        guard wa.count == wb.count, !wa.isEmpty else {
            return NameMatch(.different, why("different number of words: \(a.text) vs \(b.text)"))
        }
        var reasons: [String] = []
        for (position, (x, y)) in zip(wa, wb).enumerated() {
            // A plural on an inner word of a long name is a variant ("Revolutionary Guard/Guards
            // Corps"); on a first or last word it makes another name (a team and its player).
            let inner = wa.count >= 3 && position > 0 && position < wa.count - 1
            if inner, x != y, derived(x, y, endings: lexicon.wordEndings) != nil {
                reasons += why("\(x) ~ \(y): a plural inside the name")
                continue
            }
            if let because = derived(x, y, endings: lexicon.wordEndings + lexicon.demonymEndings) {
                return NameMatch(.different, why("\(a.text) vs \(b.text): " + because))
            }
            let (same, because) = words(x, y, alternations: alternations)
            guard same else { return NameMatch(.different, why("\(a.text) vs \(b.text): " + because.joined(separator: "; "))) }
            reasons += because
        }
        return NameMatch(.same, reasons, agreeing: wa.count)
    }

    /// Why two folded words are two words, when one is the other with an ending that makes
    /// another word ("colts" is "colt" with -s; "israeli" is "israel" with -i).
    private func derived(_ a: String, _ b: String, endings: [String]) -> String? {
        // The shorter word opens the longer: two ASCII words whose first bytes differ (most
        // pairs asked) are not derived.
        if let x = a.utf8.first, let y = b.utf8.first, x != y, x < 0x80, y < 0x80, a.isASCII, b.isASCII { return nil }
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        guard short.utf8.count >= 3, long.hasPrefix(short) else { return nil }
        let rest = String(long.dropFirst(short.count))
        return endings.contains(rest) ? "\(long) is \(short) with the ending -\(rest): another word" : nil
    }

    /// Whether one folded word is the other's adjective of nationality: the place with a
    /// demonym ending ("israel", "israeli"), or with the ending in place of the place's final
    /// vowel ("korea", "korean"; "china", "chinese").
    private func isDemonym(_ a: String, _ b: String) -> Bool {
        // Either way the place's first letter opens the adjective: two ASCII words whose first
        // bytes differ (most pairs asked) are neither.
        if let x = a.utf8.first, let y = b.utf8.first, x != y, x < 0x80, y < 0x80, a.isASCII, b.isASCII { return false }
        if derived(a, b, endings: lexicon.demonymEndings) != nil { return true }
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        guard short.utf8.count >= 4, let last = short.last, "aeiouy".contains(last) else { return false }
        let stem = short.dropLast()
        // In ASCII (nearly every folded word) bytes are letters: the place's stem must open the
        // word, and the rest be an ending, with no string made per ending.
        if short.isASCII, long.isASCII {
            let bytes = long.utf8
            let stemBytes = stem.utf8
            guard bytes.starts(with: stemBytes) else { return false }
            let rest = bytes.dropFirst(stemBytes.count)
            return lexicon.demonymEndings.contains { $0.utf8.elementsEqual(rest) }
        }
        return lexicon.demonymEndings.contains { long == stem + $0 }
    }

    /// Letters an initial of a given name may be: the first letters of every form of its class
    /// (Yevgeny: Y, E, J, I), or its own first letter.
    func initialsOf(_ given: String) -> Set<Character> {
        var result: Set<Character> = []
        if let index = lexicon.givenNameClassOfForm[given] { result = classInitials[index] }
        if let first = given.first { result.insert(first) }
        return result
    }

    private func describe(_ parts: NameParts) -> String {
        [parts.writtenGiven, parts.writtenSurname ?? parts.surname].compactMap { $0 }.joined(separator: " ")
    }

    /// An acronym: one word with two or more capitals, one of them inside the word ("NATO",
    /// "RusHydro", "U.S."; not "Ivano-Frankivsk").
    public static func isAcronym(_ name: NameValue) -> Bool {
        guard name.parts.count == 1 else { return false }
        if name.text.isASCII {
            // ASCII, byte by byte: the same answer without Unicode character properties.
            var (capitals, inner, previous) = (0, false, UInt8(0x20))
            for byte in name.text.utf8 {
                if byte >= 0x41 && byte <= 0x5A {
                    capitals += 1
                    if (previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A || previous == 0x2E { inner = true }
                }
                previous = byte
            }
            return capitals >= 2 && inner
        }
        var capitals = 0
        var inner = false
        var previous: Character = " "
        for character in name.text {
            if character.isUppercase {
                capitals += 1
                if previous.isLetter || previous == "." { inner = true }
            }
            previous = character
        }
        return capitals >= 2 && inner
    }

    /// The letters of an acronym, upper-case, periods and spaces dropped.
    static func letters(_ name: NameValue) -> String {
        if name.text.isASCII {
            // ASCII, byte by byte: the same letters without Unicode character properties.
            return name.text.mappingASCIIBytes { byte in
                switch byte {
                case 0x41...0x5A: byte
                case 0x61...0x7A: byte - 0x20
                default: nil
                }
            }
        }
        return name.text.filter(\.isLetter).uppercased()
    }
}

extension [String] {
    /// Appends `more` unless it is empty: a matcher that writes no reasons adds empty lists
    /// of them at every step, and appending an empty list still cost a generic call.
    @inline(__always)
    fileprivate mutating func add(_ more: [String]) {
        if !more.isEmpty { append(contentsOf: more) }
    }
}
