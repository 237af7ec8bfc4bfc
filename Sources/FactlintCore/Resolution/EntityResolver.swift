/// Builds entities from the name claims of all documents and gives claims about people their
/// entity.
///
/// 1. Inside each document, full names (two or more words; organisations, places) cluster by
///    the `NameMatcher`; then a one-word name joins the one cluster it fits ("Zhurauskaya
///    said" after "Tatsiana Zhurauskaya", "If Maria insists" after "Maria Keller").
/// 2. Across documents, a document's clusters join the corpus cluster the matcher calls the
///    same and no form of which it calls different (so husband and wife, or two Vladimirs, stay
///    apart).
/// 3. A person still known by one word joins the one full-name person it fits in the corpus
///    ("Paval", named as someone's husband, joins "Pavel Zhuravsky"); a capitalised word
///    of unknown kind joins the one entity whose surname or name it is, else is dropped.
public struct EntityResolver: Sendable {
    public var matcher: any NameMatcher
    /// House spellings: lower-cased form → preferred spelling.
    public var houseSpellings: [String: String]
    /// Whether entities keep notes on why spellings were joined or kept apart (`Entity.notes`,
    /// shown by `factlint entities --explain`). A lint run shows none, and leaves them unwritten
    /// (with a matcher from `forStory(explaining: false)`, which writes no reasons either).
    public var explains: Bool

    public init(matcher: any NameMatcher, houseSpellings: [String: String] = [:], explains: Bool = true) {
        self.matcher = matcher
        self.houseSpellings = houseSpellings
        self.explains = explains
    }

    /// A resolver with the default, romanisation-aware matcher for `lexicon`.
    public init(lexicon: NameLexicon, houseSpellings: [String: String] = [:]) {
        self.init(matcher: RomanisationMatcher(lexicon: lexicon), houseSpellings: houseSpellings)
    }

    /// Entities of the corpus (sorted by name), and the claims with their person keys resolved.
    /// The claims are taken, not borrowed: a caller done with them (the pipeline) hands them
    /// over, and their subjects are set in place rather than in a copy of every claim.
    ///
    /// Each document's own clusters depend on its names alone, so they are found on `threads`
    /// threads (a story of a thousand articles, run alone), then joined in the documents' order
    /// as before: the result does not depend on the number of threads.
    public func resolve(_ claims: consuming [Claim], threads: Int = 1) -> (entities: [Entity], claims: [Claim]) {
        // Picked by index: `filter` copied every claim to read its kind.
        let names = claims.indices.filter { claims[$0].kind == .name }.map { claims[$0] }
        let byDocument = EntityResolver.groupedByPath(names)
        var corpus = CorpusClusters(resolver: self)
        var lone: [EntityCluster] = []
        var unclassified: [EntityMention] = []
        let documents = byDocument.sorted(by: { $0.path.utf8Precedes($1.path) })
        let locals = ParallelMap.map(documents, threads: threads) { LocalClusters(resolver: self, claims: $0.claims) }
        for local in locals {
            for cluster in local.clusters {
                if cluster.isLone { lone.append(cluster) } else { corpus.merge(cluster) }
            }
            unclassified += local.unclassified
        }
        for cluster in lone { corpus.attach(lone: cluster) }
        for mention in unclassified { corpus.attach(unclassified: mention) }
        corpus.pairUnattached()
        var dates: [String: DatePoint] = [:]
        for group in byDocument { dates[group.path] = group.claims.last?.referenceDate }
        let entities = EntityNaming(resolver: self, dates: dates).entities(corpus.clusters)
        let sorted = entities.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        return (sorted, assignFrameNames(assignSubjects(claims, entities), sorted))
    }

    /// Gives each claim's place and source the entity their names resolved to, so that one
    /// place or source spelt two ways is one slot value: the place slot becomes the entity's
    /// identifier (its name shown), the source its preferred name.
    private func assignFrameNames(_ claims: consuming [Claim], _ entities: [Entity]) -> [Claim] {
        let entityOfMention = EntityOfMention(entities)
        var resolved = claims
        for c in resolved.indices where resolved[c].placeMention != nil || resolved[c].sourceMention != nil {
            if let place = resolved[c].placeMention, resolved[c].key?.place != nil, let index = entityOfMention[place.span] {
                // A name that turns out to be a person's is no place ("in Smith's view").
                if entities[index].kind == .person {
                    resolved[c].key?.place = nil
                    resolved[c].key?.placeName = nil
                    resolved[c].placeMention = nil
                } else {
                    resolved[c].key?.place = entities[index].id
                    resolved[c].key?.placeName = entities[index].name
                }
            }
            if let source = resolved[c].sourceMention, let index = entityOfMention[source.span] {
                resolved[c].attribution = entities[index].name
            }
        }
        return resolved
    }

    /// Claims grouped by their file, in order within each group, the groups in order of first
    /// claim (files told apart by `DocumentNumbers`, without hashing a path per claim).
    static func groupedByPath(_ claims: [Claim]) -> [(path: String, claims: [Claim])] {
        let documents = DocumentNumbers(claims)
        var groups = [(path: String, claims: [Claim])](repeating: ("", []), count: documents.count)
        for (index, claim) in claims.enumerated() {
            let group = documents[index]
            if groups[group].claims.isEmpty { groups[group].path = claim.span.path }
            groups[group].claims.append(claim)
        }
        return groups
    }

    /// Gives each claim about a person the entity of its first candidate that is a person,
    /// passing over organisations, places and single words but not full names of unknown kind;
    /// a claim whose candidates name no person loses its key.
    private func assignSubjects(_ claims: consuming [Claim], _ entities: [Entity]) -> [Claim] {
        let entityOfMention = EntityOfMention(entities)
        // Made when a claim first asks (many stories' claims never do): filing every full
        // name's last word by its article cost more than the look-ups it serves.
        var surnameOwners: SurnameOwners?
        var resolved = claims
        for c in resolved.indices {
            guard resolved[c].key?.entity != nil else { continue }
            let candidates = resolved[c].subjectCandidates.isEmpty ? resolved[c].subject.map { [$0] } ?? [] : resolved[c].subjectCandidates
            // The most likely candidate that is a person; a full name that is no entity at all
            // (of unknown kind) ends the search: "Johnny Damon, who signed …" is not about the
            // "Red Sox" named before him just because his name was not recognised. A single
            // unknown word ("Belarusian territory") is passed over.
            var found: (EntityMention, Int)?
            for candidate in candidates {
                guard let index = entityOfMention[candidate.span] else {
                    if candidate.name.parts.count >= 2 { break }
                    // A word that joined no entity but is the surname of the one person its
                    // article names in full ("Doe was serving …" after "John Doe").
                    if surnameOwners == nil { surnameOwners = SurnameOwners(entities) }
                    if let index = surnameOwners?.person(named: candidate) {
                        found = (candidate, index)
                        break
                    }
                    continue
                }
                if entities[index].kind == .person {
                    found = (candidate, index)
                    break
                }
            }
            if let (candidate, index) = found {
                resolved[c].subject = candidate
                resolved[c].key?.entity = entities[index].id
                resolved[c].key?.entityName = entities[index].name
            } else {
                resolved[c].key = nil
            }
        }
        return resolved
    }

    // MARK: - Decisions shared by the stages

    /// How a name fits a cluster: different if the matcher calls it different from any form;
    /// else same if it calls it the same as one; else unsure. The match that decided is returned.
    func fit(_ name: NameValue, _ cluster: EntityCluster) -> (NameMatch.Decision, NameMatch?) {
        var best: NameMatch?
        for form in cluster.comparable {
            let match = matcher.compare(name, form)
            if match.decision == .different { return (.different, match) }
            if match.decision == .same, best?.decision != .same { best = match }
            if best == nil { best = match }
        }
        return (best?.decision ?? .unsure, best)
    }

    /// Whether a one-word name may belong to a cluster: no form differs, one form shares a
    /// part with it. A word of unknown kind from another article must be one of a person's
    /// words exactly; in the person's own article it may be another spelling of one.
    ///
    /// A name of unknown kind of two or more words from another article also fits a person the
    /// matcher calls it the same as (given name and surname agreeing: "Chaya Tamir" in a list of
    /// names, "Haya Tamir" elsewhere), or whose name it is with a second surname after it
    /// ("Lucia Fernandez Ortega" for "Lucia Fernandez"): a full name is evidence a single word is
    /// not. A one-word name of unknown kind in the person's own article whose letters are one
    /// letter from the person's surname, which no romanisation explains, is the surname
    /// misspelt there (`NameMatcher.misspells`).
    func accepts(_ name: NameValue, _ cluster: EntityCluster, sameArticle: Bool = false) -> NameMatch? {
        accepts(name, cluster, sameArticle: sameArticle) { fit($0, cluster) }
    }

    /// `accepts`, with the fit of a name to the cluster (`fit`) found by `fits`: the corpus
    /// stage keeps fits from one look to the next (`ClusterFits`).
    func accepts(_ name: NameValue, _ cluster: EntityCluster, sameArticle: Bool,
                 fits: (NameValue) -> (NameMatch.Decision, NameMatch?)) -> NameMatch? {
        if name.kind == nil, cluster.kind == .person, !cluster.isLone, name.parts.count >= 2, !sameArticle,
           let match = fullNameFits(name, fits) {
            return match
        }
        if name.kind == nil, cluster.kind == .person, !sameArticle {
            guard EntityResolver.namesFirstWord(name, cluster) else { return nil }
        }
        if name.kind == nil, cluster.kind == .person, !cluster.isLone, name.parts.count == 1, sameArticle,
           let form = matcher.misspelt(name, among: cluster.forms) {
            return NameMatch(.same, explains ? ["\(name.text) is one letter from the surname of \(form.text), named in the same article (a misspelling)"] : [],
                             agreeing: 1)
        }
        if cluster.kind != .person {
            guard name.kind == nil || name.kind == cluster.kind else { return nil }
            let match = cluster.forms.lazy.filter { matcher.mayBeSame(name, $0) }.map { matcher.compare(name, $0) }.first { $0.decision == .same }
            return match
        }
        guard name.kind == nil || name.kind == .person else { return nil }
        if cluster.isLone {
            let word = name.text.lowercased()
            return cluster.loneForms.contains { $0.text.lowercased(is: word) }
                ? NameMatch(.same, ["the same word"], agreeing: 1) : nil
        }
        let (decision, match) = fits(name)
        guard decision != .different, let match, match.agreeing > 0 else { return nil }
        return match
    }

    /// Whether one of a cluster's forms has the name's first word, exactly, among its words:
    /// what a name of unknown kind from another article needs to fit a person, unless it is
    /// the person's full name (`accepts`).
    static func namesFirstWord(_ name: NameValue, _ cluster: EntityCluster) -> Bool {
        let word = (name.parts.first ?? name.text).lowercased()
        return cluster.comparable.contains { form in form.parts.contains { $0.lowercased(is: word) } }
    }

    /// The names a full name of unknown kind from another article is compared with as a
    /// person's full name (`fullNameFits`): the name as a person's, and, with three or more
    /// words, without its last (a second surname). The same person's name is found through
    /// these names' lookup keys, as full names are in the merge.
    func fullNameReadings(_ name: NameValue) -> [NameValue] {
        guard name.kind == nil, name.parts.count >= 2 else { return [] }
        return [name, withoutSecondSurname(name)].compactMap { reading in
            reading.map { var person = $0; person.kind = .person; return person }
        }
    }

    /// The name without its last word, read as a second surname: for a name of three or more
    /// words whose last is no generational suffix ("Jr."), else nil.
    func withoutSecondSurname(_ name: NameValue) -> NameValue? {
        guard name.parts.count >= 3, let last = name.parts.last, !matcher.isGenerationalSuffix(last) else { return nil }
        let parts = Array(name.parts.dropLast())
        return NameValue(kind: name.kind, text: parts.joined(separator: " "), parts: parts, hasGivenName: true)
    }

    /// How a full name of unknown kind fits a person (whose fits `fits` finds): the same name,
    /// or the same name with a second surname after it; nil otherwise.
    private func fullNameFits(_ name: NameValue, _ fits: (NameValue) -> (NameMatch.Decision, NameMatch?)) -> NameMatch? {
        let (decision, match) = fits(name)
        if decision == .same { return match }
        guard let shorter = withoutSecondSurname(name), let last = name.parts.last else { return nil }
        let (without, reasons) = fits(shorter)
        guard without == .same, let reasons else { return nil }
        return NameMatch(.same, reasons.reasons + (explains ? ["\(last): a second surname"] : []), agreeing: reasons.agreeing)
    }

    /// "“Aliaksei Karpovich” (path:line:column)".
    static func describe(_ mention: EntityMention) -> String {
        "\"\(mention.span.text)\" (\(mention.span.location))"
    }

    /// Whether a name is a full name (clustered by itself) rather than one word of a person's.
    static func isFull(_ name: NameValue) -> Bool {
        guard let kind = name.kind else { return false }
        return kind != .person || name.parts.count >= 2
    }
}

/// The entity of each mention, found by the mention's file and where it starts. Filed by the
/// offset, an integer, and told apart by the path among the few mentions of a story that start
/// at one offset: a story's every mention is filed, and hashing each one's path cost more than
/// the look-ups. An offset that many files share (a story of thousands of articles written to
/// one pattern) files its paths in a table instead, so no look-up walks a long list.
/// The persons each article names in full, by the lower-cased last word of the name: the
/// one person a lone surname of that article may stand for.
struct SurnameOwners {
    private var owners: [String: [String: Set<Int>]] = [:]

    init(_ entities: [Entity]) {
        for (index, entity) in entities.enumerated() where entity.kind == .person {
            for mention in entity.mentions where mention.name.parts.count >= 2 {
                guard let last = mention.name.parts.last?.lowercased() else { continue }
                owners[mention.span.path, default: [:]][last, default: []].insert(index)
            }
        }
    }

    /// The one person of the mention's article whose full name ends in the mention's word.
    func person(named mention: EntityMention) -> Int? {
        guard mention.name.parts.count == 1, let word = mention.name.parts.first?.lowercased(),
              let found = owners[mention.span.path]?[word], found.count == 1 else { return nil }
        return found.first
    }
}

struct EntityOfMention {
    /// Files at one offset past which its mentions are found by hashing the path.
    static let crowd = 8

    /// The first file's mention at each offset (nearly every offset has one): no list is made
    /// for it.
    private var first: [Int: (path: String, entity: Int)] = [:]
    /// Mentions in other files at an offset already taken, in the order filed, while few.
    private var others: [Int: [(path: String, entity: Int)]] = [:]
    /// Mentions in other files at a crowded offset, by path (the offset's `others` moved here).
    private var crowded: [Int: [String: Int]] = [:]

    /// Files every mention of the entities (a mention of two entities gets the later one).
    init(_ entities: [Entity], where admits: (Entity) -> Bool = { _ in true }) {
        first.reserveCapacity(entities.reduce(0) { $0 + $1.mentions.count })
        for (index, entity) in entities.enumerated() where admits(entity) {
            for mention in entity.mentions {
                let span = mention.span
                guard let taken = first[span.startOffset] else {
                    first[span.startOffset] = (span.path, index)
                    continue
                }
                if taken.path == span.path {
                    first[span.startOffset]?.entity = index
                } else if crowded[span.startOffset] != nil {
                    crowded[span.startOffset]?[span.path] = index
                } else if let at = others[span.startOffset]?.firstIndex(where: { $0.path == span.path }) {
                    others[span.startOffset]?[at].entity = index
                } else if others[span.startOffset, default: []].count < EntityOfMention.crowd {
                    others[span.startOffset, default: []].append((span.path, index))
                } else {
                    var byPath = Dictionary(uniqueKeysWithValues: (others.removeValue(forKey: span.startOffset) ?? []).map { ($0.path, $0.entity) })
                    byPath[span.path] = index
                    crowded[span.startOffset] = byPath
                }
            }
        }
    }

    /// The index of the entity a mention starting where `span` starts belongs to.
    subscript(_ span: Span) -> Int? {
        guard let taken = first[span.startOffset] else { return nil }
        if taken.path == span.path { return taken.entity }
        if let byPath = crowded[span.startOffset] { return byPath[span.path] }
        return others[span.startOffset]?.first { $0.path == span.path }?.entity
    }
}
