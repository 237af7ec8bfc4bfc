/// The entities of the whole corpus, built document by document: full-name clusters merge by
/// the matcher (found through its blocking keys), then lone names and words of unknown kind
/// attach to the one entity they fit.
struct CorpusClusters {
    let resolver: EntityResolver
    private(set) var clusters: [EntityCluster] = []
    /// Full-name clusters filed under their forms' blocking keys.
    private var index = ClusterIndex()
    /// Full-name clusters filed under each of their forms' filing keys of
    /// `NameMatcher.sameKeys`, as they gain forms: the clusters a name may be the same as
    /// one form of are found under its lookup keys (`markSame`).
    private var sameIndex = ClusterIndex()
    /// The clusters the latest look-up in `sameIndex` found, by cluster: the look-up's number
    /// (`sameLookup`) when it found the cluster (`agreeingIndex` marks them too). Marked, not
    /// gathered: a person's keys are
    /// many, and merging and sorting their lists cost as much as the comparisons they spared.
    private var sameMarks: [UInt32] = []
    private var sameLookup: UInt32 = 0
    /// Each name's `sameKeys`, by its number in `fits`.
    private var sameKeys: [Int: (lookup: [NameKey], filing: [NameKey])] = [:]
    /// Each name's `agreeingKeys`, by its number in `fits`.
    private var agreeingKeys: [Int: (lookup: [NameKey], filing: [NameKey])] = [:]
    /// Full-name clusters filed under each of their forms' filing keys of
    /// `NameMatcher.agreeingKeys`, as they gain forms: the people a lone word may fit.
    private var agreeingIndex = ClusterIndex()
    /// A lone person's word, lower-cased → the index of its cluster.
    private var loneIndex: [String: Int] = [:]
    /// The fits of names to clusters found so far, carried on as clusters gain forms.
    private let fits = ClusterFits()
    /// Each word of unknown kind met (by its number in `fits`): its candidates, each with how
    /// many forms it had when last asked and whether it took the word then. Whether a word
    /// fits a cluster depends on the cluster's forms alone, which are only ever added to, and
    /// attaching words files no cluster anew (a word's candidates stay the same): the same
    /// word from the next article asks again only the clusters that have gained a form.
    private var asked: [Int: [Asked]] = [:]
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

    /// A candidate for a word of unknown kind, as last asked (`asked`).
    private struct Asked {
        var cluster: Int
        /// The cluster's number of forms when it was asked; -1 before.
        var forms = -1
        var accepts = false
    }

    /// Adds a document's full-name cluster: joins the first corpus cluster of its kind that one
    /// of its forms is the same as and none is different from, else starts a new one.
    mutating func merge(_ incoming: EntityCluster) {
        var cluster = incoming
        var target: Int?
        var why: NameMatch?
        // The first candidate that is the same is the target: the later ones are not compared,
        // nor those none of whose forms one of the cluster's may be the same as.
        var marked = false
        for candidate in candidates(for: cluster) where clusters[candidate].kind == cluster.kind {
            if !marked {
                markSame(cluster.forms)
                marked = true
            }
            guard isMarked(candidate) else { continue }
            let (decision, match) = compare(cluster, candidate)
            if decision == .same {
                target = candidate
                why = match
                break
            }
        }
        // People of one family (a husband and wife: -sky, -skaya) are filed apart; an
        // explaining run says why (these comparisons decide nothing, so others skip them).
        for candidate in resolver.explains ? relatives(of: cluster) : [] where candidate != target {
            let (decision, match) = compare(cluster, candidate)
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
    /// lone person written the same, else stays on its own. A person fits only when a part
    /// of one of its forms agrees with the word (`NameMatcher.agreeingKeys`): the others are
    /// not compared.
    mutating func attach(lone cluster: EntityCluster) {
        guard let name = cluster.loneForms.first, let mention = cluster.mentions.first else { return }
        let candidates = candidates(of: cluster.loneForms)
        if !candidates.isEmpty { mark(agreeingKeys(of: name).lookup, in: agreeingIndex) }
        var fits: [(Int, NameMatch)] = []
        for index in candidates {
            // Without notes to write, only whether one person fits matters: once two do, the
            // others are not asked.
            if !resolver.explains, fits.count > 1 { break }
            guard clusters[index].kind == .person, !clusters[index].isLone, isMarked(index),
                  let match = CorpusClusters.acceptsAll(cluster.loneForms, clusters[index], at: index, resolver, self.fits) else { continue }
            fits.append((index, match))
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
        if peopleByWord == nil {
            peopleByWord = [:]
            for index in clusters.indices { indexWords(of: index) }
        }
        let name = mention.name
        let number = fits.number(name)
        var reach: Reach?
        // `EntityResolver.namesFirstWord`, looked up once for all candidates.
        let owners = peopleByWord?[(name.parts.first ?? name.text).lowercased()] ?? []
        var candidates = asked.removeValue(forKey: number) ?? candidates(of: [name]).map { Asked(cluster: $0) }
        // Only whether one cluster takes the word matters: once two do, the others are not
        // asked (they are when the word comes again, if it does), and the clusters that took
        // it when last asked and have gained no form since are counted first.
        var target: Int?
        var fitting = 0
        for k in candidates.indices where candidates[k].accepts && candidates[k].forms == clusters[candidates[k].cluster].forms.count {
            fitting += 1
            target = candidates[k].cluster
            if fitting > 1 { break }
        }
        for k in candidates.indices {
            guard fitting < 2 else { break }
            let index = candidates[k].cluster
            let forms = clusters[index].forms.count
            guard candidates[k].forms != forms else { continue }
            candidates[k].forms = forms
            candidates[k].accepts = mayAccept(name, index, owners, &reach)
                && CorpusClusters.accepts(name, clusters[index], at: index, resolver, fits) != nil
            if candidates[k].accepts {
                fitting += 1
                target = index
            }
        }
        asked[number] = candidates
        guard fitting == 1, let target else {
            unattached.append(mention)
            return
        }
        let forms = clusters[target].forms.count
        clusters[target].add(mention)
        // (A word of unknown kind is only ever added as a form, never as a lone form.)
        if clusters[target].forms.count != forms {
            indexWords(of: target)
            sameIndex.file(target, under: sameKeys(of: name).filing)
            agreeingIndex.file(target, under: agreeingKeys(of: name).filing)
        }
    }

    /// The first name's match when `cluster`, the cluster at `index`, takes every one of
    /// `names` (`accepts`); nil at the first it refuses.
    private static func acceptsAll(_ names: [NameValue], _ cluster: EntityCluster, at index: Int, _ resolver: EntityResolver,
                                   _ fits: ClusterFits) -> NameMatch? {
        var first: NameMatch?
        for name in names {
            guard let match = accepts(name, cluster, at: index, resolver, fits) else { return nil }
            if first == nil { first = match }
        }
        return first
    }

    /// `EntityResolver.accepts` for a name from another article and `cluster`, the cluster at
    /// `index`, the name's fits to a full-name cluster found through `fits`. (Static: called
    /// on `self` from a mutating loop, a method had the whole corpus copied for each call.)
    private static func accepts(_ name: NameValue, _ cluster: EntityCluster, at index: Int, _ resolver: EntityResolver,
                                _ fits: ClusterFits) -> NameMatch? {
        guard !cluster.isLone else { return resolver.accepts(name, cluster) }
        let matcher = resolver.matcher
        return resolver.accepts(name, cluster, sameArticle: false) { fits.fit($0, index, cluster.forms, matcher) }
    }

    /// Files a person named in full under each word of its forms (`peopleByWord`).
    private mutating func indexWords(of index: Int) {
        guard clusters[index].kind == .person, !clusters[index].isLone else { return }
        for form in clusters[index].forms {
            for part in form.parts { peopleByWord?[part.lowercased(), default: []].insertOnce(index) }
        }
    }

    /// The clusters a name of unknown kind is looked for among (found once per name and
    /// look, when first needed): persons filed under one of the keys the name is looked up by
    /// as a person's (`EntityResolver.fullNameReadings`), and clusters one of whose forms the
    /// name, or the name without a second surname, may be the same as (marked: `markSame`).
    private struct Reach {
        var asPerson: [Int]
    }

    /// Whether `accepts` may take a name of unknown kind into a corpus cluster, found cheaply:
    /// a one-word name fits only a person whose forms hold it (`owners`, the people filed in
    /// `peopleByWord` under the name's first word); a full name
    /// fits a person whose forms lack its first word only as the person's full name, the same
    /// as one of its forms (or as one without the name's second surname), and a person the
    /// full name is the same as is filed under one of the keys the name is looked up by as a
    /// person's; an organisation or place takes a name the same as one of its forms. In a
    /// story of a thousand articles most names' candidates were people sharing a skeleton of
    /// one word, each compared form by form.
    private mutating func mayAccept(_ name: NameValue, _ candidate: Int, _ owners: [Int], _ reach: inout Reach?) -> Bool {
        guard name.kind == nil, !clusters[candidate].isLone else { return true }
        guard clusters[candidate].kind == .person else {
            found(name, &reach)
            return isMarked(candidate)
        }
        // `EntityResolver.namesFirstWord`: a one-word name fits no person without it.
        if owners.containsSorted(candidate) { return true }
        guard name.parts.count >= 2 else { return false }
        // (In order, each once: searched by halves.)
        return found(name, &reach).asPerson.containsSorted(candidate) && isMarked(candidate)
    }

    /// The name's `Reach`, found when first needed (and its clusters in `sameIndex` marked).
    @discardableResult
    private mutating func found(_ name: NameValue, _ reach: inout Reach?) -> Reach {
        if let reach { return reach }
        markSame([name] + [resolver.withoutSecondSurname(name)].compactMap { $0 })
        let found = Reach(asPerson: index.filed(under: resolver.fullNameReadings(name).lazy.flatMap(resolver.matcher.lookupKeys)))
        reach = found
        return found
    }

    /// Marks the clusters one of whose forms one of `names` may be the same as
    /// (`NameMatcher.sameKeys`), unmarking those the look-up before marked.
    private mutating func markSame(_ names: [NameValue]) {
        var keys: [NameKey] = []
        for name in names { keys += sameKeys(of: name).lookup }
        mark(keys, in: sameIndex)
    }

    /// Marks the clusters filed in `index` under one of `keys`, unmarking those the look-up
    /// before marked.
    private mutating func mark(_ keys: [NameKey], in index: ClusterIndex) {
        if sameMarks.count < clusters.count { sameMarks += [UInt32](repeating: 0, count: clusters.count - sameMarks.count) }
        sameLookup &+= 1
        if sameLookup == 0 {
            // (After 2^32 look-ups: the marks start again.)
            for index in sameMarks.indices { sameMarks[index] = 0 }
            sameLookup = 1
        }
        for key in keys {
            index.forEach(under: key) { sameMarks[$0] = sameLookup }
        }
    }

    /// Whether the latest look-up (`mark`) marked the cluster at `index`.
    private func isMarked(_ index: Int) -> Bool {
        index < sameMarks.count && sameMarks[index] == sameLookup
    }

    /// A name's `NameMatcher.agreeingKeys`, found once.
    private mutating func agreeingKeys(of name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) {
        keys(of: name, in: \.agreeingKeys, resolver.matcher.agreeingKeys)
    }

    /// A name's `NameMatcher.sameKeys`, found once.
    private mutating func sameKeys(of name: NameValue) -> (lookup: [NameKey], filing: [NameKey]) {
        keys(of: name, in: \.sameKeys, resolver.matcher.sameKeys)
    }

    /// A name's keys of one kind, looked up in `table` by the name's number in `fits`, else
    /// found by `compute` and filed there.
    private mutating func keys(of name: NameValue, in table: WritableKeyPath<CorpusClusters, [Int: (lookup: [NameKey], filing: [NameKey])]>,
                               _ compute: (NameValue) -> (lookup: [NameKey], filing: [NameKey])) -> (lookup: [NameKey], filing: [NameKey]) {
        let number = fits.number(name)
        if let known = self[keyPath: table][number] { return known }
        let keys = compute(name)
        self[keyPath: table][number] = keys
        return keys
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
            sameIndex.file(position, under: sameKeys(of: form).filing)
            agreeingIndex.file(position, under: agreeingKeys(of: form).filing)
        }
    }

    /// Different if any two forms differ; same if any two are the same; else unsure (`b`: a
    /// full-name cluster's index, its fits found through `fits`).
    private func compare(_ a: EntityCluster, _ b: Int) -> (NameMatch.Decision, NameMatch?) {
        var best: NameMatch?
        let forms = clusters[b].forms
        for form in a.forms {
            let (decision, match) = fits.fit(form, b, forms, resolver.matcher)
            if decision == .different { return (.different, match) }
            if decision == .same, best?.decision != .same { best = match }
            if best == nil { best = match }
        }
        return (best?.decision ?? .unsure, best)
    }

}
