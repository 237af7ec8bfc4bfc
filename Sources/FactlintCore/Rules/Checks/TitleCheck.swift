/// One person given different roles: "special envoy" in one article, "deputy envoy for
/// Ukraine" in another. A role is the title before a name ("trade envoy John Smith") or in
/// apposition after it ("Smith, the deputy envoy for trade,"); roles are compared when they
/// share a head word ("envoy") and both carry rank words from the lexicon ("special",
/// "deputy") that differ. A role without a rank word is read as the short form of any ranked
/// one ("envoy" for "special envoy"), and roles with different heads ("leader", "president")
/// are different offices a person may hold at once. Every person with one head word in two or
/// more places is one check.
struct TitleCheck: ClaimCheck {
    /// One role written for a person.
    struct Role {
        var mention: EntityMention
        /// The role as written ("EU deputy envoy for trade").
        var text: String
        var head: String
        var ranks: Set<String>
    }

    func run(_ rule: Rule, on corpus: Corpus, lexicon: Lexicon) -> CheckOutcome {
        var outcome = CheckOutcome()
        // A story writes few roles, each many times: each is read once.
        var read: [String: (head: String, ranks: Set<String>)?] = [:]
        for entity in corpus.entities where entity.kind == .person {
            let roles = entity.mentions.flatMap { mention in
                [mention.name.title, mention.name.appositive].compactMap { $0 }.compactMap { text -> Role? in
                    let found: (head: String, ranks: Set<String>)?
                    if let known = read[text] {
                        found = known
                    } else {
                        found = TitleCheck.read(text, lexicon)
                        read[text] = .some(found)
                    }
                    return found.map { Role(mention: mention, text: text, head: $0.head, ranks: $0.ranks) }
                }
            }
            let byHead = Dictionary(grouping: roles, by: \.head)
            for head in byHead.keys.sorted() {
                let group = byHead[head] ?? []
                guard group.count >= 2 else { continue }
                let key = "\(entity.name) · \(head)"
                let finding = self.finding(rule, entity, key: key, group)
                if let finding { outcome.findings.append(finding) }
                outcome.checks.append(Check(rule: rule.id, key: key, status: finding == nil ? .pass : .fail,
                                            documents: Set(group.map(\.mention.span.path)).count,
                                            locations: group.map { Finding.Location(span: $0.mention.span, note: $0.text) }))
            }
        }
        return outcome
    }

    /// A finding when two ranked roles differ: at a role of the least common rank (the later
    /// one on a tie), listing the roles of other ranks.
    private func finding(_ rule: Rule, _ entity: Entity, key: String, _ group: [Role]) -> Finding? {
        let ranked = group.filter { !$0.ranks.isEmpty }
        let rankSets = Dictionary(grouping: ranked) { $0.ranks.sorted().joined(separator: " ") }
        guard rankSets.count >= 2 else { return nil }
        let rarest = rankSets.min { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count
                : (a.value.map(\.mention.span).max() ?? a.value[0].mention.span) > (b.value.map(\.mention.span).max() ?? b.value[0].mention.span)
        }
        guard let rarest, let primary = rarest.value.max(by: { $0.mention.span < $1.mention.span }) else { return nil }
        let others = ranked.filter { $0.ranks != primary.ranks }.sorted { $0.mention.span < $1.mention.span }
        let message = MessageTemplate.fill(rule.message, [
            "entity": entity.name, "key": key, "here": "\"\(primary.text)\"",
            "values": "\"\(primary.text)\" here, " + MessageTemplate.counted(others.map(\.text)),
        ])
        let fingerprint = Fingerprint.of([rule.id, entity.name, primary.text] + Set(others.map(\.text)).sorted())
        return Finding(rule: rule.id, level: rule.level, message: message, key: key,
                       primary: Finding.Location(span: primary.mention.span, value: primary.text),
                       related: others.map { Finding.Location(span: $0.mention.span, value: $0.text, note: "\"\($0.text)\"") },
                       fingerprint: fingerprint)
    }

    /// A role's head word and rank words: the words before "for"/"of", the last of them a title
    /// word of the lexicon (not a kin word), the others' rank words.
    static func read(_ text: String, _ lexicon: Lexicon) -> (head: String, ranks: Set<String>)? {
        let names = lexicon.names
        var words: [String] = []
        for word in PhraseTable<Bool>.words(of: text) {
            if names.roleLinks.contains(word) { break }
            if word.first?.isLetter ?? false { words.append(word) }
        }
        guard let head = words.last, names.personTitles.match([head], at: 0, limit: 1) != nil, names.kinTerms[head] == nil else {
            return nil
        }
        let ranks = Set(words.dropLast()).intersection(names.titleRanks)
        return (head, ranks)
    }
}
