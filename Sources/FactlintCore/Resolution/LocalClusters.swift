/// The entities of one document: full names clustered by the matcher, then one-word names
/// attached to the one cluster they fit (persons first, then words of unknown kind).
struct LocalClusters {
    /// Clusters in order of first mention; persons known by one word are lone clusters.
    private(set) var clusters: [EntityCluster] = []
    /// Words of unknown kind that fit nothing in the document.
    private(set) var unclassified: [EntityMention] = []
    /// The clusters filed under each of the matcher's blocking keys of their mentions, in
    /// order: a name is compared only with clusters filed under one of its lookup keys.
    private var index: ClusterIndex
    /// How many times the clusters have changed in a way `accepts` or the index can see: a
    /// cluster started, a form or one-word form added, a key filed anew. A one-word name met
    /// again while this is unchanged fits what it fitted before (`fitted`): an article names its
    /// people and places again and again, and most of its capitalised words fit nothing.
    private var version = 0
    /// Each one-word name's fits, and the `version` they were found at.
    private var fitted: [NameValue: (version: Int, fits: [(Int, NameMatch)])] = [:]

    init(resolver: EntityResolver, claims: [Claim]) {
        var single: [EntityMention] = []
        index = ClusterIndex(capacity: 4 * claims.count)
        // By index: a loop over the claims themselves copied each one.
        for c in claims.indices {
            guard case .name(let name) = claims[c].value else { continue }
            let mention = EntityMention(span: claims[c].span, name: name)
            guard EntityResolver.isFull(name), let kind = name.kind else {
                single.append(mention)
                continue
            }
            addFull(mention, kind: kind, resolver)
        }
        // Persons first, then words of unknown kind, each in order (read in place: two
        // filtered lists joined into a third copied every mention three times).
        for m in single.indices where single[m].name.kind == .person { addSingle(single[m], resolver) }
        for m in single.indices where single[m].name.kind == nil { addSingle(single[m], resolver) }
    }

    /// Clusters filed under one of the name's lookup keys, in order.
    private func candidates(_ name: NameValue, _ resolver: EntityResolver) -> [Int] {
        index.filed(under: resolver.matcher.lookupKeys(name))
    }

    private mutating func file(_ mention: EntityMention, in cluster: Int, _ resolver: EntityResolver) {
        let (forms, loneForms) = (clusters[cluster].forms.count, clusters[cluster].loneForms.count)
        clusters[cluster].add(mention)
        let filed = index.file(cluster, under: resolver.matcher.blockingKeys(mention.name))
        if filed || clusters[cluster].forms.count != forms || clusters[cluster].loneForms.count != loneForms { version += 1 }
    }

    private mutating func start(_ cluster: EntityCluster, _ resolver: EntityResolver) {
        version += 1
        clusters.append(cluster)
        for mention in cluster.mentions { index.file(clusters.count - 1, under: resolver.matcher.blockingKeys(mention.name)) }
    }

    private mutating func addFull(_ mention: EntityMention, kind: EntityKind, _ resolver: EntityResolver) {
        for index in candidates(mention.name, resolver) where clusters[index].kind == kind && !clusters[index].isLone {
            let (decision, match) = resolver.fit(mention.name, clusters[index])
            guard decision == .same else { continue }
            if resolver.explains, !clusters[index].forms.contains(where: { $0.text == mention.name.text }) {
                let why = match?.reasons.joined(separator: "; ") ?? ""
                clusters[index].notes.append("joined \(EntityResolver.describe(mention)) to \"\(clusters[index].display)\": \(why)")
            }
            file(mention, in: index, resolver)
            return
        }
        start(EntityCluster(full: mention.name, kind: kind, mention: mention), resolver)
    }

    private mutating func addSingle(_ mention: EntityMention, _ resolver: EntityResolver) {
        let fits: [(Int, NameMatch)]
        if let known = fitted[mention.name], known.version == version {
            fits = known.fits
        } else {
            var found: [(Int, NameMatch)] = []
            for index in candidates(mention.name, resolver) {
                // Without notes to write, only whether one cluster fits matters: once two do,
                // the others are not asked.
                if !resolver.explains, found.count > 1 { break }
                if let match = resolver.accepts(mention.name, clusters[index], sameArticle: true) { found.append((index, match)) }
            }
            fits = found
            fitted[mention.name] = (version, fits)
        }
        if fits.count == 1, let (index, match) = fits.first {
            let word = mention.name.text
            if resolver.explains, !clusters[index].isLone,
               !clusters[index].comparable.contains(where: { $0.parts.contains(word) || $0.text == word }) {
                let why = match.reasons.joined(separator: "; ")
                clusters[index].notes.append("attached \(EntityResolver.describe(mention)) to \"\(clusters[index].display)\" in its article: \(why)")
            }
            file(mention, in: index, resolver)
            return
        }
        guard mention.name.kind == .person else {
            unclassified.append(mention)
            return
        }
        var cluster = EntityCluster(lone: mention.name, mention: mention)
        if resolver.explains, fits.count > 1 {
            let names = fits.map { "\"\(clusters[$0.0].display)\"" }.joined(separator: ", ")
            cluster.notes.append("\(EntityResolver.describe(mention)) fits \(fits.count) people in its article (\(names)): left alone")
        }
        start(cluster, resolver)
    }
}
