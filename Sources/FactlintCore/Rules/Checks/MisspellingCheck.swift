/// A person's surname written one or two letters away from the spelling the story otherwise
/// uses, where the given name agrees ("Tomas Lucero" and "Tomas Lusero"): a misspelling, not
/// a romanisation (no system's equivalence explains the letters), reported apart from
/// `name-spelling`. The resolver joins such names only on that evidence (`RomanisationMatcher`
/// calls a near surname the same when the given names agree); letters alone never do.
struct MisspellingCheck: ClaimCheck {
    /// The matcher of the lexicon's names whose tables the check borrows (nil: built from the
    /// lexicon the check runs with).
    var names: RomanisationMatcher? = nil
    /// The spellings of the corpus's entities, shared with the other checks of its run (nil:
    /// read afresh).
    var spellings: StorySpellings? = nil

    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        let matcher = (names ?? RomanisationMatcher(lexicon: lexicon.names)).forStory(explaining: false)
        let memo = spellings ?? StorySpellings()
        for (index, entity) in corpus.entities.enumerated() where entity.kind == .person {
            let written = entity.mentions.first?.name.text
            guard !entity.mentions.allSatisfy({ $0.name.text == written }) else { continue }
            let spellings = memo.spellings(of: entity, at: index, lexicon.names)
            let misspelt = MisspellingCheck.misspelt(spellings, lexicon.names, matcher)
            guard let primary = misspelt.first else { continue }
            let preferred = spellings.preferredSurname ?? entity.name
            let message = MessageTemplate.fill(rule.message, [
                "entity": entity.name, "kind": entity.kind.rawValue, "here": "\"\(primary.span.text)\"",
                "preferred": preferred, "forms": MessageTemplate.counted(misspelt.map(\.span.text)),
            ])
            let related = entity.mentions.filter { m in !misspelt.contains { $0.span == m.span } }
                .map { Finding.Location(span: $0.span, note: "\"\($0.span.text)\"") }
            let fingerprint = Fingerprint.of([rule.id, entity.name] + Set(misspelt.map(\.span.text)).sorted())
            outcome.findings.append(Finding(rule: rule.id, level: rule.level, message: message, key: entity.name,
                                            primary: Finding.Location(span: primary.span), related: related,
                                            fix: nil, fingerprint: fingerprint))
        }
        return outcome
    }

    /// The mentions of a person (whose spellings are `spellings`) whose surname is no spelling
    /// of the preferred surname that a romanisation system explains (it differs by letters
    /// alone), in span order. The caller reads the spellings, which it needs itself as well.
    static func misspelt(_ spellings: EntitySpellings, _ names: NameLexicon, _ matcher: any NameMatcher) -> [EntityMention] {
        let entity = spellings.entity
        guard let romanisation = matcher as? RomanisationMatcher, let preferred = spellings.preferredSurname else { return [] }
        let target = names.latin(preferred)
        return entity.mentions.indices.filter { index in
            guard let surname = spellings.surname(at: index) else { return false }
            let folded = names.latin(surname)
            return folded != target && !romanisation.words(folded, target, alternations: true).0
                && !romanisation.isGenderedPair(folded, target)
        }.map { entity.mentions[$0] }
    }
}
