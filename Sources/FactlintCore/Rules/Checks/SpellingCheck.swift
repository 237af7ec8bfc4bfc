/// One entity written several ways, across the corpus or within one article: "Aleksei Karpovich" and
/// "Aliaksei Karpovich", "Tass" and "TASS". A person's given name and surname are compared separately
/// (so "Zhurauskaya" alone counts with "Tatsiana Zhurauskaya"); an organisation's or
/// place's name as a whole. Periods in acronyms ("U.S."/"US") and capitals in an all-capitals
/// word are style, not spelling; a name in another script (Cyrillic) is another language's
/// writing, one entity with its romanisations but never a misspelling of them. One finding per entity lists every form with its places and
/// suggests the entity's preferred spelling (house style from the configuration, else the most
/// common), carried as the fix for the primary words. Every entity named in two or more
/// articles is one check.
struct SpellingCheck: ClaimCheck {
    /// The matcher of the lexicon's names whose tables the check borrows (nil: built from the
    /// lexicon the check runs with).
    var names: RomanisationMatcher? = nil
    /// The spellings of the corpus's entities, shared with the other checks of its run (nil:
    /// read afresh).
    var spellings: StorySpellings? = nil

    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        // One matcher for the story's entities: its tables built once, its cache shared.
        let matcher = (names ?? RomanisationMatcher(lexicon: lexicon.names)).forStory(explaining: false)
        let memo = spellings ?? StorySpellings()
        for (index, entity) in corpus.entities.enumerated() {
            // An entity always written the same way has nothing that varies: its words are
            // not split into roles at all.
            let written = entity.mentions.first?.name.text
            let finding: Finding?
            // Forms that differ only by house style — a typographic apostrophe, a British or
            // American ending ("Organisation", "Organization") — are one spelling. None is
            // styled when the entity is always written the same way.
            if entity.mentions.allSatisfy({ $0.name.text == written })
                || SpellingCheck.oneHouseStyle(entity.mentions, lexicon.spellingEndings) {
                finding = nil
            } else {
                let spellings = memo.spellings(of: entity, at: index, lexicon.names)
                // A misspelt surname is name-misspelling's finding, not a spelling variant.
                let misspelt = entity.kind == .person
                    ? MisspellingCheck.misspelt(spellings, lexicon.names, matcher) : []
                finding = spellings.varying.isEmpty ? nil : self.finding(rule, entity, spellings, excluding: misspelt)
            }
            if let finding { outcome.findings.append(finding) }
            let documents = SpellingCheck.documentCount(entity.mentions)
            guard documents >= 2 || finding != nil else { continue }
            outcome.checks.append(Check(rule: rule.id, key: entity.name, status: finding == nil ? .pass : .fail, documents: documents,
                                        locations: entity.mentions.map { Finding.Location(span: $0.span) }))
        }
        return outcome
    }

    /// Whether the mentions' names are all one name in house style: each styled alike, as a set
    /// of the styled names would count them. A name written byte for byte as the one styled
    /// before it (mentions repeat a way of writing in runs) is not styled again.
    static func oneHouseStyle(_ mentions: [EntityMention], _ endings: SpellingEndings) -> Bool {
        guard let first = mentions.first?.name.text else { return true }
        let styled = houseStyle(first, endings)
        var last = first
        return mentions.dropFirst().allSatisfy { mention in
            let text = mention.name.text
            if text.utf8.elementsEqual(last.utf8) { return true }
            last = text
            return houseStyle(text, endings) == styled
        }
    }

    /// A name with typographic apostrophes made plain and each word's British ending made
    /// American, its capital kept.
    static func houseStyle(_ text: String, _ endings: SpellingEndings) -> String {
        // Most names have no typographic apostrophe: they are not searched and copied for one.
        let typographic = text.unicodeScalars.contains { $0 == "\u{2019}" || $0 == "\u{2018}" }
        let plain = typographic ? text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'") : text
        return plain.spaceSeparatedWords.map { word -> String in
            let lower = word.lowercased()
            let american = endings.american(lower)
            guard american != lower else { return word }
            return word.first?.isUppercase == true ? american.prefix(1).uppercased() + american.dropFirst() : american
        }.joined(separator: " ")
    }

    /// The number of articles the mentions are in, counted as the checks count a key's
    /// claims (`DocumentNumbers`: an entity named in one article hashes no path).
    static func documentCount(_ mentions: [EntityMention]) -> Int {
        DocumentNumbers(paths: mentions.lazy.map(\.span.path)).count
    }

    private func finding(_ rule: Rule, _ entity: Entity, _ spellings: EntitySpellings, excluding misspelt: [EntityMention]) -> Finding? {
        let relevant = spellings.relevant.filter { mention in !misspelt.contains { $0.span == mention.span } }
        guard let primary = relevant.first(where: { spellings.deviates($0) }) else { return nil }
        let others = relevant.filter { $0.span != primary.span }
        let forms = relevant.map(\.span.text)
        let message = MessageTemplate.fill(rule.message, [
            "entity": entity.name, "kind": entity.kind.rawValue, "count": String(spellings.ways),
            "forms": MessageTemplate.counted(forms), "preferred": entity.name, "here": "\"\(primary.span.text)\"",
        ])
        let related = others.map { Finding.Location(span: $0.span, note: "\"\($0.span.text)\"") }
        let fingerprint = Fingerprint.of([rule.id, entity.kind.rawValue] + Set(forms).sorted())
        return Finding(rule: rule.id, level: rule.level, message: message, key: entity.name,
                       primary: Finding.Location(span: primary.span), related: related,
                       fix: spellings.fix(for: primary), fingerprint: fingerprint)
    }
}
