/// Finds names of people, organisations and places without a statistical model: runs of
/// capitalised words (with particles, hyphens and initials), classified by the words around
/// them — a title before ("President", "journalist"), a known given name, a surname ending, an
/// organisation word ("Agency", "Watch"), an acronym, a verb of saying after. Sentence-initial
/// capitals and title words are trimmed off. A lone capitalised word with no cue is kept
/// unclassified, for resolution to attach to a full name ("Tsikhanouskaya said").
public struct NameExtractor: Extractor {
    public init() {}

    public func extract(in context: inout ExtractionContext) -> [Mention] {
        var mentions: [Mention] = []
        var i = 0
        while i < context.count {
            guard isNameWord(i, context) else {
                i += 1
                continue
            }
            var j = dottedAcronymEnd(from: i, context) ?? i + 1
            while j < context.count, !(context.token(j)?.newlineBefore ?? true) {
                if isNameWord(j, context), !context.isJoined(j) || context.norm(j - 1) == "-" {
                    j += 1
                } else if context.norm(j) == "-", context.isJoined(j), context.isJoined(j + 1), isNameWord(j + 1, context) {
                    j += 2
                } else if context.norm(j) == ".", context.isJoined(j), j - 1 >= i,
                          context.tokens[j - 1].end - context.tokens[j - 1].start == 1, isNameWord(j + 1, context) {
                    j += 1  // an initial: "John F. Kennedy"
                } else if context.lexicon.names.particles.contains(context.norm(j)), isNameWord(j + 1, context),
                          !(context.token(j)?.capitalized ?? false) {
                    j += 1
                } else {
                    break
                }
            }
            if let mention = classify(i..<j, context) {
                mentions.append(mention)
                if mention.value.nameKind != nil { context.consume(mention.firstToken..<mention.endToken) }
            }
            i = j
        }
        return mentions
    }

    /// The end of a dotted acronym ("U.S.", "U.N.") starting at `i`: single capitals each followed by a joined period.
    private func dottedAcronymEnd(from i: Int, _ context: ExtractionContext) -> Int? {
        var j = i
        var letters = 0
        while let token = context.token(j), token.kind == .word, token.end - token.start == 1, token.capitalized,
              j == i || context.isJoined(j), context.norm(j + 1) == ".", context.isJoined(j + 1) {
            letters += 1
            j += 2
        }
        return letters >= 2 ? j : nil
    }

    /// A capitalised word that can be part of a name.
    private func isNameWord(_ i: Int, _ context: ExtractionContext) -> Bool {
        guard let token = context.token(i), token.kind == .word, token.capitalized || token.allCaps else { return false }
        let word = context.norm(i)
        if word == "'s" { return false }
        return true
    }

    private func classify(_ run: Range<Int>, _ context: ExtractionContext) -> Mention? {
        let lexicon = context.lexicon
        let names = lexicon.names
        var first = run.lowerBound
        var end = run.upperBound
        var title: String?
        var kind: EntityKind?

        // A title inside the run ("US President Donald Trump"): the name is what follows the last one.
        var k = first
        while k < end {
            if let found = names.personTitles.match(context.norms, at: k, limit: end), k + found.length < end {
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
        while end > first, isNotName(end - 1, context) { end -= 1 }
        guard first < end else { return nil }
        let words = (first..<end).filter { context.isWord($0) && !names.particles.contains(context.norm($0)) }
        guard !words.isEmpty else { return nil }
        let sentenceStart = context.text.sentence(containing: first).lowerBound == first

        // A title written before the run, in lower case ("journalist Igor Losik", "special envoy John Coale").
        if kind == nil, let found = names.personTitles.match(context.norms, endingBefore: first, notBefore: max(0, first - 4)),
           !(context.token(found.start)?.capitalized ?? false) || found.start == first - 1 {
            kind = .person
            title = context.document.string(context.tokens[found.start].start, context.tokens[first - 1].end)
        }
        let organizationDescriptor = names.organizationDescriptors.match(context.norms, endingBefore: first,
                                                                           notBefore: max(0, first - 4)) != nil
        let hasOrganizationWord = words.contains { names.organizationWords.contains(context.norm($0)) }
        let isAcronym = words.count == 1 && isAcronymShaped(words[0], context)
        let givenName = names.givenNames[context.norm(words[0])] != nil && words.count >= 2

        if organizationDescriptor && kind == nil {
            kind = .organization
        } else if hasOrganizationWord && words.count >= 2 && !givenName {
            kind = .organization
        } else if kind == nil {
            if givenName {
                kind = .person
            } else if isAcronym {
                kind = .organization
            } else if words.count >= 2, words.count <= 4, hasSurnameEnding(words.last!, context) {
                kind = .person
            } else if words.count >= 2, words.count <= 3, followedByPersonVerb(end, context) {
                kind = .person
            } else if words.count == 1, names.givenNames[context.norm(words[0])] != nil, !sentenceStart {
                kind = .person  // a given name alone: "whose husband, Siarhei,"
            }
        }
        // In a headline every word is capitalised: only a cue makes a name there.
        if kind == nil, context.isTitleCase(sentenceOf: first) { return nil }
        let parts = words.map { context.document.string(context.tokens[$0].start, context.tokens[$0].end) }
        let text = context.document.string(context.tokens[first].start, context.tokens[end - 1].end)
        let hasGiven = kind == .person && (names.givenNames[context.norm(words[0])] != nil || words.count >= 2)
        let value = NameValue(kind: kind, text: text, parts: parts, hasGivenName: hasGiven, title: title)
        return context.mention(.name(value), first, end)
    }

    private func isNotName(_ i: Int, _ context: ExtractionContext) -> Bool {
        let word = context.norm(i)
        let lexicon = context.lexicon
        if lexicon.names.notNames.contains(word) { return true }
        if lexicon.numberWords[word] != nil || lexicon.tens[word] != nil || lexicon.scales[word] != nil
            || lexicon.vague.contains(context.norms, at: i) || lexicon.ordinals.contains(word) { return true }
        if lexicon.weekdays[word] != nil || lexicon.months[word] != nil { return true }
        if !context.isWord(i) { return true }
        return false
    }

    /// "NATO", "BBC", "BelTA": two or more capitals in one word.
    private func isAcronymShaped(_ i: Int, _ context: ExtractionContext) -> Bool {
        guard let token = context.token(i) else { return false }
        if token.allCaps { return true }
        let text = context.document.text[token.start..<token.end]
        return text.filter { $0 >= 0x41 && $0 <= 0x5A }.count >= 2
    }

    private func hasSurnameEnding(_ i: Int, _ context: ExtractionContext) -> Bool {
        let word = context.norm(i)
        return context.lexicon.names.surnameEndings.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    private func followedByPersonVerb(_ end: Int, _ context: ExtractionContext) -> Bool {
        for j in end..<min(end + 5, context.count) {
            if context.lexicon.names.personVerbs.contains(context.norm(j)) { return true }
            if [".", ";", "\""].contains(context.norm(j)) { return false }
        }
        return false
    }
}

extension Mention.Value {
    /// The kind of a name mention, nil for other mentions and unclassified names.
    var nameKind: EntityKind? {
        if case .name(let name) = self { return name.kind }
        return nil
    }
}
