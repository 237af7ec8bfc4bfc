/// The entities of the whole corpus, built document by document: full-name clusters merge by
/// the matcher (found through its blocking keys), then lone names and words of unknown kind
/// attach to the one entity they fit.
struct CorpusClusters {
    let resolver: EntityResolver
    private(set) var clusters: [EntityCluster] = []
    /// Full-name clusters filed under their forms' blocking keys.
    private var index = ClusterIndex()
    /// A lone person's word, lower-cased → the index of its cluster.
    private var loneIndex: [String: Int] = [:]
    /// Where each word of unknown kind went, and how many forms the words before it had added
    /// (adding a word adds no key, only, to an organisation or place, a form): the same word
    /// from the next article goes the same way while no form has been added since.
    private var unclassifiedTargets: [NameValue: (forms: Int, target: Int?)] = [:]
    private var formsAdded = 0
    /// The value of `formsAdded` when a cluster last gained a form (clusters that never did
    /// are not listed): a word's remembered target stands while none of its
    /// candidates has changed since it was found.
    private var changedAt: [Int: Int] = [:]
    /// Names of unknown kind that fit no entity, in order: paired among themselves at the end
    /// (`pairUnattached`).
    private var unattached: [EntityMention] = []
    /// The people named in full whose forms hold a word, by the word lower-cased, each list in
    /// order: what a name of unknown kind from another article needs to fit a person, unless
    /// it is the person's full name (`EntityResolver.namesFirstWord`). Made when the first
    /// such name is attached (people gain no form before), and kept as they gain forms.
    private var peopleByWord: [String: [Int]]?

    init(resolver: EntityResolver) {
        self.resolver = resolver
    }

    /// Adds a document's full-name cluster: joins the first corpus cluster of its kind that one
    /// of its forms is the same as and none is different from, else starts a new one.
    mutating func merge(_ incoming: EntityCluster) {
        var cluster = incoming
        var target: Int?
        var why: NameMatch?
        // The first candidate that is the same is the target: the later ones are not compared.
        for candidate in candidates(for: cluster) where clusters[candidate].kind == cluster.kind {
            let (decision, match) = compare(cluster, clusters[candidate])
            if decision == .same {
                target = candidate
                why = match
                break
            }
        }
        // People of one family (a husband and wife: -sky, -skaya) are filed apart; an
        // explaining run says why (these comparisons decide nothing, so others skip them).
        for candidate in resolver.explains ? relatives(of: cluster) : [] where candidate != target {
            let (decision, match) = compare(cluster, clusters[candidate])
            guard decision == .different, let match, match.agreeing > 0 else { continue }
            let reason = match.reasons.first ?? "the matcher calls them different"
            clusters[candidate].notes.append("kept apart from \"\(cluster.display)\": \(reason)")
            cluster.notes.append("kept apart from \"\(clusters[candidate].display)\": \(reason)")
        }
        guard let target else {
            file(cluster, at: clusters.count)
            clusters.append(cluster)
            return
        }
        let joined = resolver.explains ? cluster.forms.filter { form in !clusters[target].forms.contains { $0.text == form.text } } : []
        if !joined.isEmpty, let first = cluster.mentions.first(where: { m in joined.contains { $0.text == m.name.text } }) {
            let reasons = why?.reasons.joined(separator: "; ") ?? ""
            clusters[target].notes.append("joined \(EntityResolver.describe(first)) to \"\(clusters[target].display)\": \(reasons)")
        }
        clusters[target].absorb(cluster)
        file(cluster, at: target)
    }

    /// Adds a person known by one word: joins the one full-name person it fits, else another
    /// lone person written the same, else stays on its own.
    mutating func attach(lone cluster: EntityCluster) {
        guard let name = cluster.loneForms.first, let mention = cluster.mentions.first else { return }
        let fits = candidates(of: cluster.loneForms).compactMap { index -> (Int, NameMatch)? in
            guard clusters[index].kind == .person, !clusters[index].isLone else { return nil }
            let matches = cluster.loneForms.map { resolver.accepts($0, clusters[index]) }
            guard !matches.contains(where: { $0 == nil }) else { return nil }
            return matches.first.flatMap { $0 }.map { (index, $0) }
        }
        if fits.count == 1, let (target, match) = fits.first {
            if resolver.explains {
                let reasons = match.reasons.joined(separator: "; ")
                clusters[target].notes.append("attached \(EntityResolver.describe(mention)) to \"\(clusters[target].display)\", the only person it fits: \(reasons)")
            }
            clusters[target].absorb(cluster)
            return
        }
        var cluster = cluster
        if resolver.explains, fits.count > 1 {
            let names = fits.map { "\"\(clusters[$0.0].display)\"" }.joined(separator: ", ")
            cluster.notes.append("\(EntityResolver.describe(mention)) fits \(fits.count) people (\(names)): left alone")
        }
        let word = name.text.lowercased()
        if let same = loneIndex[word] {
            clusters[same].absorb(cluster)
        } else {
            loneIndex[word] = clusters.count
            clusters.append(cluster)
        }
    }

    /// Adds a word of unknown kind to the one entity it names, if exactly one.
    mutating func attach(unclassified mention: EntityMention) {
        let target: Int?
        var reach: [Int]?
        if peopleByWord == nil {
            peopleByWord = [:]
            for index in clusters.indices { indexWords(of: index) }
        }
        // Whether a word fits a cluster depends on that cluster alone, and no cluster is added
        // now: the answer found before stands while none of the word's candidates has changed.
        if let known = unclassifiedTargets[mention.name],
           known.forms == formsAdded || candidates(of: [mention.name]).allSatisfy({ (changedAt[$0] ?? -1) <= known.forms }) {
            target = known.target
        } else {
            let fits = candidates(of: [mention.name]).filter { mayAccept(mention.name, $0, &reach) && resolver.accepts(mention.name, clusters[$0]) != nil }
            target = fits.count == 1 ? fits.first : nil
            unclassifiedTargets[mention.name] = (formsAdded, target)
        }
        guard let target else {
            unattached.append(mention)
            return
        }
        let forms = clusters[target].forms.count
        clusters[target].add(mention)
        // (A word of unknown kind is only ever added as a form, never as a lone form.)
        if clusters[target].forms.count != forms {
            formsAdded += 1
            changedAt[target] = formsAdded
            indexWords(of: target)
        }
    }

    /// Files a person named in full under each word of its forms (`peopleByWord`).
    private mutating func indexWords(of index: Int) {
        guard clusters[index].kind == .person, !clusters[index].isLone else { return }
        for form in clusters[index].forms {
            for part in form.parts { peopleByWord?[part.lowercased(), default: []].insertOnce(index) }
        }
    }

    /// Whether `accepts` may take a name of unknown kind into a corpus cluster, found cheaply:
    /// a one-word name fits only a person whose forms hold it (`peopleByWord`); a full name
    /// fits a person whose forms lack its first word only as the person's full
    /// name, and a person the full name is the same as is filed under one of the keys the
    /// name is looked up by as a person's (`reach`, found once per name). In a story of a
    /// thousand articles most names' candidates were people sharing a skeleton of one word,
    /// each compared form by form.
    private func mayAccept(_ name: NameValue, _ candidate: Int, _ reach: inout [Int]?) -> Bool {
        guard name.kind == nil, clusters[candidate].kind == .person, !clusters[candidate].isLone else { return true }
        // `EntityResolver.namesFirstWord`, looked up: a one-word name fits no person without it.
        let word = (name.parts.first ?? name.text).lowercased()
        if peopleByWord?[word]?.containsSorted(candidate) ?? false { return true }
        guard name.parts.count >= 2 else { return false }
        if reach == nil {
            reach = index.filed(under: resolver.fullNameReadings(name).lazy.flatMap(resolver.matcher.lookupKeys))
        }
        // (In order, each once: searched by halves.)
        return reach.map { $0.containsSorted(candidate) } ?? true
    }

    /// Makes entities of the names of unknown kind that fit no entity but name one thing in
    /// two or more articles, written there in two or more ways: the matcher compares them word by word and calls them the same
    /// only on strong spelling evidence (`NameMatcher.compareUnknownKind`). A name of one
    /// article alone stays no entity, as before.
    mutating func pairUnattached() {
        var groups: [EntityCluster] = []
        var paths: [[String]] = []
        var index = ClusterIndex()
        // The group each name went to. A name met again goes there again: the groups before
        // it, which it did not match, are the ones it would be compared with anew (groups are
        // only added after it, and their first names never change).
        var groupOf: [NameValue: Int] = [:]
        for mention in unattached {
            if let known = groupOf[mention.name] {
                if resolver.explains, !groups[known].forms.contains(where: { $0.text == mention.name.text }) {
                    let why = resolver.matcher.compareUnknownKind(mention.name, groups[known].mentions[0].name)
                    groups[known].notes.append("joined \(EntityResolver.describe(mention)) to \"\(groups[known].display)\" (kind unknown, by spelling alone): \(why.reasons.joined(separator: "; "))")
                }
                groups[known].add(mention)
                if !paths[known].contains(mention.span.path) { paths[known].append(mention.span.path) }
                continue
            }
            var target: Int?
            var why: NameMatch?
            let keys = resolver.matcher.unknownKindKeys(mention.name)
            for candidate in index.filed(under: keys) {
                let match = resolver.matcher.compareUnknownKind(mention.name, groups[candidate].mentions[0].name)
                guard match.decision == .same else { continue }
                target = candidate
                why = match
                break
            }
            guard let target else {
                groups.append(EntityCluster(full: mention.name, kind: CorpusClusters.likelyKind(mention.name), mention: mention))
                paths.append([mention.span.path])
                index.file(groups.count - 1, under: keys)
                // The name finds its own group next time only if the matcher calls it the same
                // as itself.
                if resolver.matcher.compareUnknownKind(mention.name, mention.name).decision == .same {
                    groupOf[mention.name] = groups.count - 1
                }
                continue
            }
            groupOf[mention.name] = target
            if resolver.explains, !groups[target].forms.contains(where: { $0.text == mention.name.text }) {
                let reasons = why?.reasons.joined(separator: "; ") ?? ""
                groups[target].notes.append("joined \(EntityResolver.describe(mention)) to \"\(groups[target].display)\" (kind unknown, by spelling alone): \(reasons)")
            }
            groups[target].add(mention)
            if !paths[target].contains(mention.span.path) { paths[target].append(mention.span.path) }
        }
        // Only a name written two ways is made an entity: the same word in several articles
        // (a country, an adjective) was never one, and its spelling needs no check.
        for (g, group) in groups.enumerated() where paths[g].count >= 2 && group.forms.count >= 2 { clusters.append(group) }
    }

    /// The kind a name of unknown kind most likely has: an acronym is an organisation, a name of
    /// two or more words a person, one word a place.
    static func likelyKind(_ name: NameValue) -> EntityKind {
        if RomanisationMatcher.isAcronym(name) { return .organization }
        return name.parts.count >= 2 ? .person : .place
    }

    // MARK: - Private

    /// Corpus clusters filed under a lookup key of one of the cluster's forms, in order.
    private func candidates(for cluster: EntityCluster) -> [Int] {
        candidates(of: cluster.forms)
    }

    /// People of the same family as one of a person's forms (the matcher's relative keys):
    /// those an explanation should say were kept apart.
    private func relatives(of cluster: EntityCluster) -> [Int] {
        guard cluster.kind == .person else { return [] }
        return index.filed(under: cluster.forms.lazy.flatMap(resolver.matcher.relativeKeys))
            .filter { clusters[$0].kind == .person && !clusters[$0].isLone }
    }

    /// Full-name clusters filed under a lookup key of one of the names, in order.
    private func candidates(of names: [NameValue]) -> [Int] {
        index.filed(under: names.lazy.flatMap(resolver.matcher.lookupKeys))
    }

    private mutating func file(_ cluster: EntityCluster, at position: Int) {
        for form in cluster.forms {
            index.file(position, under: resolver.matcher.blockingKeys(form))
        }
    }

    /// Different if any two forms differ; same if any two are the same; else unsure.
    private func compare(_ a: EntityCluster, _ b: EntityCluster) -> (NameMatch.Decision, NameMatch?) {
        var best: NameMatch?
        for form in a.forms {
            let (decision, match) = resolver.fit(form, b)
            if decision == .different { return (.different, match) }
            if decision == .same, best?.decision != .same { best = match }
            if best == nil { best = match }
        }
        return (best?.decision ?? .unsure, best)
    }

}
