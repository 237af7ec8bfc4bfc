/// Finds names of people, organisations and places without a statistical model: runs of
/// capitalised words (with particles, hyphens and initials), classified by the words around
/// them — a title before ("President", "journalist") or in apposition after (", the deputy
/// envoy,"), a known given name (in any script), a surname ending, an organisation word
/// ("Agency", "Watch"), an acronym ("TASS", "U.S."), a place cue ("in", "the capital"), a
/// verb of saying after. Sentence-initial capitals, title words and words the article also
/// writes in lower case are not names by themselves. A lone capitalised word with no cue is
/// kept unclassified, for resolution to attach to a full name ("Zhurauskaya said"); a given
/// name alone after a kin word ("whose husband, Pavel,") is linked to its relative.
public struct NameExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        var mentions: [Mention] = []
        let lowerCase = LowerCaseWords(context)
        var i = 0
        while i < context.count {
            // A token a time of day took ("PM" of "6:50 PM", "GMT") is no name's.
            guard !context.consumed[i], isNameWord(i, context) else {
                i += 1
                continue
            }
            let j = runEnd(from: i, context)
            if let mention = classify(i..<j, lowerCase: lowerCase, context) {
                mentions.append(mention)
                if mention.value.nameKind != nil { context.consume(mention.firstToken..<mention.endToken) }
            }
            i = j
        }
        return linkKin(mentions, context)
    }

    /// One past the last token of the run of name words starting at `i`.
    private func runEnd(from i: Int, _ context: ExtractionContext) -> Int {
        var j = dottedAcronymEnd(from: i, context) ?? i + 1
        while j < context.count, !context.consumed[j], !(context.token(j)?.newlineBefore ?? true) {
            if isNameWord(j, context), !context.isJoined(j) || context.isMark(j - 1, "-") {
                j += 1
            } else if context.isMark(j, "-"), context.isJoined(j), context.isJoined(j + 1), isNameWord(j + 1, context) {
                j += 2
            } else if context.isMark(j, "."), context.isJoined(j), context.tokens[j - 1].end - context.tokens[j - 1].start == 1,
                      isNameWord(j + 1, context) {
                j += 1  // an initial: "John F. Kennedy"
            } else if j == i + 1, context.isMark(j, "("), isNameWord(j + 1, context), context.isMark(j + 2, ")"),
                      isNameWord(j + 3, context), !context.isJoined(j + 3) {
                j += 3  // a nickname in parentheses after a given name: "Kimani (Kiki) Gray"
            } else if context.lexicon.names.particles.contains(context.norm(j)), isNameWord(j + 1, context),
                      !(context.token(j)?.capitalized ?? false) {
                j += 1
            } else if context.lexicon.names.organizationLinks.contains(context.norm(j)), isNameWord(j + 1, context),
                      !(context.token(j)?.capitalized ?? false),
                      (i..<j).contains(where: { context.lexicon.names.organizationWords.contains(context.norm($0)) }) {
                j += 1  // "Bank of China"
            } else if NameExtractor.isPossessiveMark(context.norm(j)), context.isJoined(j), isNameWord(j + 1, context),
                      context.lexicon.names.organizationWords.contains(context.norm(j + 1))
                        || isNameWord(j + 2, context) && context.lexicon.names.organizationWords.contains(context.norm(j + 2)) {
                j += 1  // "People's Bank", "Workers' Party"
            } else if let next = hyphenatedPartEnd(at: j, context) {
                j = next
            } else {
                break
            }
        }
        return j
    }

    /// A possessive ending written as a token of its own ("'s", "'", in either apostrophe),
    /// compared one by one: an array literal here was built and freed at every run of names.
    /// A token that does not start with the byte of either apostrophe (0x27, or 0xE2 that opens
    /// "’") is none of them, whatever it is canonically equal to (no other character
    /// decomposes to one that starts with an apostrophe), and is turned away by that byte.
    static func isPossessiveMark(_ norm: String) -> Bool {
        guard let first = norm.utf8.first, first == 0x27 || first == 0xE2 else { return false }
        return norm == "'s" || norm == "'" || norm == "’s" || norm == "’"
    }

    /// One past a hyphenated piece of a name that starts at `j` inside a run: an article or a
    /// linking vowel and the word it joins ("al-Sadr", "-e-Taiba", "-i-Insaf", "-e Khalq"), or
    /// the lower-case rest of a name word ("-yong" of "Jae-yong", "-shek"), not an adjective's
    /// head ("-backed"). Nil when none starts there.
    func hyphenatedPartEnd(at j: Int, _ context: ExtractionContext) -> Int? {
        let names = context.lexicon.names
        let isLowerWord = { (k: Int) -> Bool in
            guard let token = context.token(k), token.kind == .word else { return false }
            return !token.capitalized && !token.allCaps
        }
        // "al-Sadr" after a name word and a space.
        if isLowerWord(j), names.hyphenParticles.contains(context.norm(j)), context.isMark(j + 1, "-"),
           context.isJoined(j + 1), context.isJoined(j + 2), isNameWord(j + 2, context) {
            return j + 3
        }
        guard context.isMark(j, "-"), context.isJoined(j), context.isJoined(j + 1), isLowerWord(j + 1) else { return nil }
        if names.hyphenParticles.contains(context.norm(j + 1)) {
            if context.isMark(j + 2, "-"), context.isJoined(j + 2), context.isJoined(j + 3), isNameWord(j + 3, context) {
                return j + 4  // "Lashkar-e-Taiba"
            }
            if isNameWord(j + 2, context), !context.isJoined(j + 2), !(context.token(j + 2)?.newlineBefore ?? true) {
                return j + 3  // "Mojahedin-e Khalq"
            }
            return nil
        }
        guard !names.hyphenAdjectiveHeads.contains(context.norm(j + 1)), isNameWord(j - 1, context) else { return nil }
        return j + 2  // "Jae-yong"
    }

    /// The end of a dotted acronym ("U.S.", "U.N.") starting at `i`: single capitals each followed by a joined period.
    func dottedAcronymEnd(from i: Int, _ context: ExtractionContext) -> Int? {
        var j = i
        var letters = 0
        while let token = context.token(j), token.kind == .word, token.end - token.start == 1, token.capitalized,
              j == i || context.isJoined(j), context.isMark(j + 1, "."), context.isJoined(j + 1) {
            letters += 1
            j += 2
        }
        return letters >= 2 ? j : nil
    }

    /// A capitalised word that can be part of a name.
    private func isNameWord(_ i: Int, _ context: ExtractionContext) -> Bool {
        guard let token = context.token(i), token.kind == .word, token.capitalized || token.allCaps else { return false }
        // Letters joined to a number are its scale or unit ("3M", "250K"); letters joined before a
        // currency sign name the currency ("US$100").
        if token.joined, context.token(i - 1)?.kind == .number { return false }
        if context.isJoined(i + 1), Tokenizer.isCurrencySign(context.norm(i + 1)) { return false }
        return context.norm(i) != "'s"
    }

    private func classify(_ run: Range<Int>, lowerCase: LowerCaseWords, _ context: ExtractionContext) -> Mention? {
        let names = context.lexicon.names
        var first = run.lowerBound
        var end = run.upperBound
        var title: String?
        var kind: EntityKind?

        // A title inside the run ("French President Jean Dupont"): the name is what follows the last one.
        var k = first
        while k < end {
            if context.may(k, Lexicon.Lookup.personTitles), let found = names.personTitles.match(context.norms, at: k, limit: end),
               k + found.length < end {
                title = context.document.string(context.tokens[first].start, context.tokens[k + found.length - 1].end)
                first = k + found.length
                kind = .person
                k = first
                continue
            }
            k += 1
        }
        // Leading and trailing words that are not names: "However", "The", months, weekdays.
        while first < end, isNotName(first, context) { first += 1 }
        while end > first, isNotName(end - 1, context), !(end - first >= 2 && names.organizationWords.contains(context.norm(end - 1))) {
            end -= 1
        }
        // A sentence's first word before a given name is no part of the name ("Journalist"
        // in another language, which the title list does not know): "Журналист Павел Карпович".
        if end - first >= 3, context.text.sentence(containing: first).lowerBound == first, context.isWord(first + 1),
           !names.isGivenName(word(first, context)), names.isGivenName(word(first + 1, context)) {
            first += 1
        }
        guard first < end else { return nil }
        if let acronym = dottedAcronym(first, end, context) { return acronym }
        // A nickname in parentheses is no part of the name ("Kimani (Kiki) Gray").
        let words = (first..<end).filter {
            context.isWord($0) && !names.particles.contains(context.norm($0)) && !(context.isMark($0 - 1, "(") && context.isMark($0 + 1, ")"))
                && !(names.hyphenParticles.contains(context.norm($0)) && !(context.token($0)?.capitalized ?? false))
        }
        guard !words.isEmpty else { return nil }
        // Capitalised words right before a lower-case title that a name follows are the title's
        // modifiers (a nationality, an employer: "Ruritanian president Anton Vell", "Kremlin
        // spokesman Ivan Sorokov"), not a name of their own.
        if kind == nil, hasDemonymEnding(end - 1, context), !names.isGivenName(word(first, context)), isTitleModifier(end, context) {
            return nil
        }
        // The same for an adjective of nationality inside a noun phrase: "the southeastern
        // South Korean city", "a Ukrainian English-language outlet".
        if kind == nil, isAdjectiveInPhrase(first, end, context) { return nil }
        let sentence = context.text.sentence(containing: first)
        let sentenceStart = sentence.lowerBound == first
            || (first > sentence.lowerBound && (first - sentence.lowerBound) <= 1 && !context.isWord(first - 1))
        if sentenceStart, words.count == 1, isCommonWord(first, lowerCase, context) { return nil }

        // A title written before the run, in lower case ("journalist Aleksei Karpovich"), or opening the sentence ("Opposition leader …").
        if kind == nil, let found = names.personTitles.match(context.norms, endingBefore: first, notBefore: max(0, first - 4)),
           !(context.token(found.start)?.capitalized ?? false) || found.start == first - 1 || found.start == sentence.lowerBound {
            kind = .person
            var start = found.start
            while start > sentence.lowerBound, names.titleRanks.contains(context.norm(start - 1)) { start -= 1 }  // "acting governor"
            title = context.document.string(context.tokens[start].start, context.tokens[first - 1].end)
        }
        let appositive = apposition(after: end, context)
        if kind == nil { kind = classifyByShape(words, first: first, end: end, sentenceStart: sentenceStart, context) }
        if kind == nil, appositive != nil { kind = .person }
        if kind == .organization, title == nil { title = descriptor(before: first, sentence, context) }
        // In a headline every word is capitalised: only a cue makes a name there.
        if kind == nil, isHeadline(first, context) { return nil }
        let parts = NameExtractor.parts(words, context)
        let text = context.document.string(context.tokens[first].start, context.tokens[end - 1].end)
        let hasGiven = kind == .person && (names.isGivenName(parts[0]) || words.count >= 2)
        let value = NameValue(kind: kind, text: text, parts: parts, hasGivenName: hasGiven, title: title,
                              appositive: kind == .person ? appositive : nil)
        return context.mention(.name(value), first, end)
    }

    /// The organisation descriptor written before a name, with the lower-case words that
    /// modify it ("state nuclear operator", "ruling party"): the organisation's role.
    private func descriptor(before first: Int, _ sentence: Range<Int>, _ context: ExtractionContext) -> String? {
        let names = context.lexicon.names
        guard let found = names.organizationDescriptors.match(context.norms, endingBefore: first, notBefore: max(0, first - 4)) else {
            return nil
        }
        var start = found.start
        while start > sentence.lowerBound, context.isWord(start - 1), !(context.token(start - 1)?.capitalized ?? true),
              !names.articles.contains(context.norm(start - 1)), !context.lexicon.isNeverAName(context.norm(start - 1)) {
            start -= 1
        }
        return context.document.string(context.tokens[start].start, context.tokens[first - 1].end)
    }

    /// Whether the word at `index` ends like an adjective of nationality ("Lebanese", "Iranian").
    private func hasDemonymEnding(_ index: Int, _ context: ExtractionContext) -> Bool {
        context.lexicon.names.hasDemonymEnding(context.norm(index))
    }

    /// Whether a lower-case person title follows `end` within three lower-case words, and a
    /// name follows the title ("president Anton Vell", "armed forces chief Mohammad …").
    private func isTitleModifier(_ end: Int, _ context: ExtractionContext) -> Bool {
        let names = context.lexicon.names
        for k in end..<min(end + 4, context.count) {
            guard context.isWord(k), !(context.token(k)?.capitalized ?? true), !names.roleStops.contains(context.norm(k)) else { return false }
            if let found = (context.may(k, Lexicon.Lookup.personTitles) ? names.personTitles.match(context.norms, at: k) : nil)
                ?? (context.may(k, Lexicon.Lookup.organizationDescriptors) ? names.organizationDescriptors.match(context.norms, at: k) : nil) {
                return isNameWord(k + found.length, context)
            }
        }
        return false
    }

    /// Whether the run is an adjective of nationality inside a noun phrase: an article before
    /// it (with up to three lower-case words between), its last word with a demonym ending, and
    /// a lower-case word right after it.
    private func isAdjectiveInPhrase(_ first: Int, _ end: Int, _ context: ExtractionContext) -> Bool {
        let names = context.lexicon.names
        // An adjective stands before a noun, not before a function word ("the death of Hamid
        // Haddad in a crash"), and opens with no given name.
        guard context.isWord(end), !(context.token(end)?.capitalized ?? true), hasDemonymEnding(end - 1, context),
              !context.lexicon.isNeverAName(context.norm(end)), !names.isGivenName(word(first, context)) else { return false }
        var k = first - 1
        while k >= max(0, first - 4) {
            if names.articles.contains(context.norm(k)) { return true }
            guard context.isWord(k), !(context.token(k)?.capitalized ?? true) else { return false }
            k -= 1
        }
        return false
    }

    /// The name's words as written, a lower-case piece joined by a hyphen kept with the word
    /// before it ("Jae-yong", "Kai-shek": one given name).
    static func parts(_ words: [Int], _ context: ExtractionContext) -> [String] {
        var parts: [String] = []
        var previous = -2
        for index in words {
            let token = context.tokens[index]
            let lower = !token.capitalized && !token.allCaps
            if lower, previous == index - 2, context.isMark(index - 1, "-"), context.isJoined(index - 1), context.isJoined(index),
               let last = parts.last {
                parts[parts.count - 1] = last + "-" + context.document.string(token.start, token.end)
            } else {
                parts.append(context.document.string(token.start, token.end))
            }
            previous = index
        }
        return parts
    }

    /// The kind the words themselves and their neighbours show, when no title did.
    private func classifyByShape(_ words: [Int], first: Int, end: Int, sentenceStart: Bool,
                                 _ context: ExtractionContext) -> EntityKind? {
        let names = context.lexicon.names
        let organizationDescriptor = names.organizationDescriptors.match(context.norms, endingBefore: first,
                                                                           notBefore: max(0, first - 4)) != nil
        let hasOrganizationWord = words.contains { names.organizationWords.contains(context.norm($0)) }
        let firstWord = context.document.string(context.tokens[words[0]].start, context.tokens[words[0]].end)
        let firstIsGiven = names.isGivenName(firstWord)
        let givenName = firstIsGiven && words.count >= 2
        if organizationDescriptor { return .organization }
        if hasOrganizationWord && words.count >= 2 && !givenName { return .organization }
        // "<Name> County", "<Name> Province": a name that ends in an administrative division is
        // a place, whatever its first word ("Harlan County", "Santa Cruz Province").
        if words.count >= 2, let last = words.last, names.placeNameHeads.contains(context.norm(last)) { return .place }
        if givenName { return .person }
        if words.count == 1 && isAcronymShaped(words[0], context) { return .organization }
        if words.count >= 2, words.count <= 4, let last = words.last, hasSurnameEnding(last, context) { return .person }
        if words.count >= 2, words.count <= 3, followedByPersonVerb(end, context) { return .person }
        if words.count == 1, firstIsGiven, !sentenceStart { return .person }  // "whose husband, Pavel,"
        if words.count <= 3, !isHeadline(first, context), isPlace(first, end, context) { return .place }
        return nil
    }

    /// The word at token `index` as written.
    private func word(_ index: Int, _ context: ExtractionContext) -> String {
        guard let token = context.token(index) else { return "" }
        return context.document.string(token.start, token.end)
    }

    /// "U.S.", "U.N." written alone: one part, periods kept, an organisation.
    private func dottedAcronym(_ first: Int, _ end: Int, _ context: ExtractionContext) -> Mention? {
        guard let acronymEnd = dottedAcronymEnd(from: first, context), acronymEnd >= end else { return nil }
        let text = context.document.string(context.tokens[first].start, context.tokens[acronymEnd - 1].end)
        let value = NameValue(kind: .organization, text: text, parts: [text], hasGivenName: false)
        return context.mention(.name(value), first, acronymEnd)
    }

    private func isNotName(_ i: Int, _ context: ExtractionContext) -> Bool {
        let lexicon = context.lexicon
        // A vague quantity's first word has the quantity start bit: no other token is looked up.
        if lexicon.isNeverAName(context.norm(i))
            || context.startBits(i) & Lexicon.Extraction.quantity != 0 && lexicon.vague.contains(context.norms, at: i) { return true }
        return !context.isWord(i)
    }

    /// A sentence's first word that is a common word: the article writes it in lower case too,
    /// or it is or opens a title ("Opposition leader …", "Acting governor …") — and it is not a
    /// given name.
    private func isCommonWord(_ i: Int, _ lowerCase: LowerCaseWords, _ context: ExtractionContext) -> Bool {
        let names = context.lexicon.names
        let word = context.norm(i)
        guard !names.isGivenName(word) else { return false }
        // The lexicon's look-ups first: each costs less than the scan of the article.
        return names.titleRanks.contains(word)
            || context.may(i, Lexicon.Lookup.personTitles) && names.personTitles.contains(context.norms, at: i)
            || context.may(i, Lexicon.Lookup.organizationDescriptors) && names.organizationDescriptors.contains(context.norms, at: i)
            || lowerCase.contains(word)
    }

    /// "NATO", "BBC", "RusHydro": two or more capitals in one word (counted by the tokenizer).
    private func isAcronymShaped(_ i: Int, _ context: ExtractionContext) -> Bool {
        (context.token(i)?.capitals ?? 0) >= 2
    }

    private func hasSurnameEnding(_ i: Int, _ context: ExtractionContext) -> Bool {
        guard let token = context.token(i) else { return false }
        let latin = context.lexicon.names.latin(context.document.string(token.start, token.end))
        let word = Array(latin.utf8)
        let count = latin.unicodeScalars.count
        // Compared byte by byte (a suffix of the UTF-8 bytes is a suffix of the scalars):
        // `String.hasSuffix` and `count` walk graphemes, and this runs for every run of
        // capitalised words.
        return context.lexicon.names.surnameEndingBytes.contains { ending in
            guard ending.bytes.count <= word.count, count > ending.scalars + 2 else { return false }
            let start = word.count - ending.bytes.count
            for k in ending.bytes.indices where word[start + k] != ending.bytes[k] { return false }
            return true
        }
    }

    private func followedByPersonVerb(_ end: Int, _ context: ExtractionContext) -> Bool {
        for j in end..<min(end + 5, context.count) {
            if context.lexicon.names.personVerbs.contains(context.norm(j)) { return true }
            let norm = context.norm(j)
            if norm == "." || norm == ";" || norm == "\"" { return false }
        }
        return false
    }

    /// A place cue right before ("in Lyon", "the capital Riga"); not a possessive after, and
    /// not an adjective of nationality before a noun ("in Hungarian jails").
    private func isPlace(_ first: Int, _ end: Int, _ context: ExtractionContext) -> Bool {
        let names = context.lexicon.names
        guard context.norm(end) != "'s",
              names.placeCues.match(context.norms, endingBefore: first, notBefore: max(0, first - 3)) != nil else { return false }
        let last = context.norm(end - 1)
        let beforeNoun = context.isWord(end) && !(context.token(end)?.capitalized ?? false)
        return !(beforeNoun && names.hasDemonymEnding(last))
    }

    /// A headline: a sentence in title case that does not end like a sentence (a lead crowded
    /// with names, "President X met Y in Z on Tuesday.", ends with a period and is no headline).
    private func isHeadline(_ index: Int, _ context: ExtractionContext) -> Bool {
        guard context.isTitleCase(sentenceOf: index) else { return false }
        let sentence = context.text.sentence(containing: index)
        var last = sentence.upperBound - 1
        // Marks compared one by one (an array literal was built and freed at every call).
        while last > sentence.lowerBound, context.isMark(last, "\"") || context.isMark(last, "'") || context.isMark(last, ")") { last -= 1 }
        let mark = context.norm(last)
        return !(mark == "." || mark == "?" || mark == "!")
    }
}

extension Mention.Value {
    /// The kind of a name mention, nil for other mentions and unclassified names.
    var nameKind: EntityKind? {
        if case .name(let name) = self { return name.kind }
        return nil
    }
}

/// The words an article writes in lower case somewhere: a sentence's first word that is one
/// is a common word, not a name. Looked up by scanning the article (a few times an article),
/// which costs less than hashing every word into a set; an ASCII word is scanned for among
/// fingerprints of the article's lower-case words, taken once, and compared as a string only
/// where a fingerprint matches.
struct LowerCaseWords {
    private let context: ExtractionContext
    /// The `fingerprint` of each lower-case word of the article, in order, and its token.
    private let prints: [UInt64]
    private let tokens: [Int32]

    init(_ context: ExtractionContext) {
        self.context = context
        var prints: [UInt64] = []
        var tokens: [Int32] = []
        prints.reserveCapacity(context.count)
        tokens.reserveCapacity(context.count)
        let norms = context.norms
        for (index, token) in context.tokens.enumerated() where LowerCaseWords.isLowerCaseWord(token) {
            prints.append(LowerCaseWords.fingerprint(norms[index]))
            tokens.append(Int32(truncatingIfNeeded: index))
        }
        self.prints = prints
        self.tokens = tokens
    }

    /// A word's length in bytes (up to 255) and its first seven bytes: two words that differ in
    /// either are two words.
    static func fingerprint(_ word: String) -> UInt64 {
        // From the contiguous bytes (a native or small string has them): stepping through a
        // prefix of the UTF-8 view cost several hundred instructions a word.
        word.utf8.withContiguousStorageIfAvailable(fingerprint) ?? fingerprint(Array(word.utf8))
    }

    private static func fingerprint<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var print = UInt64(min(bytes.count, 255)) << 56
        var shift: UInt64 = 0
        for byte in bytes.prefix(7) {
            print |= UInt64(byte) << shift
            shift += 8
        }
        return print
    }

    func contains(_ word: String) -> Bool {
        // An ASCII word equals only the same bytes (a string canonically equal to it but
        // written otherwise is longer), so a fingerprint that differs rules a word out; any
        // other word is compared with every lower-case word of its length.
        guard word.isASCII else { return scan(word) }
        let target = LowerCaseWords.fingerprint(word)
        let norms = context.norms
        for k in prints.indices where prints[k] == target && norms[Int(tokens[k])] == word { return true }
        return false
    }

    private func scan(_ word: String) -> Bool {
        let (tokens, norms) = (context.tokens, context.norms)
        let length = word.utf8.count
        for (index, token) in tokens.enumerated() where LowerCaseWords.isLowerCaseWord(token) {
            let norm = norms[index]
            if norm.utf8.count == length, norm == word { return true }
        }
        return false
    }

    @inline(__always)
    private static func isLowerCaseWord(_ token: Token) -> Bool {
        token.kind == .word && !token.capitalized && !token.allCaps
    }
}
