/// Builds entities from the name claims of all documents and gives claims about people their
/// entity: first inside each document (a surname or a given name alone joins the full name it
/// fits: "Tsikhanouskaya said" after "Sviatlana Tsikhanouskaya"), then across documents with a
/// `NameMatcher` (never merging two full names the matcher calls different).
public struct EntityResolver: Sendable {
    public var matcher: any NameMatcher
    /// House spellings: lower-cased form → preferred spelling.
    public var houseSpellings: [String: String]

    public init(matcher: any NameMatcher = ExactNameMatcher(), houseSpellings: [String: String] = [:]) {
        self.matcher = matcher
        self.houseSpellings = houseSpellings
    }

    /// One entity being built: its mentions and the fullest name seen.
    struct Cluster {
        var kind: EntityKind
        var mentions: [EntityMention]
        var full: NameValue
    }

    /// Entities of the corpus, and the claims with their person keys resolved.
    public func resolve(_ claims: [Claim]) -> (entities: [Entity], claims: [Claim]) {
        var clusters: [Cluster] = []
        var clusterOfMention: [MentionID: Int] = [:]
        let byDocument = Dictionary(grouping: claims.indices.filter { claims[$0].kind == .name }) { claims[$0].span.path }
        for path in byDocument.keys.sorted() {
            let local = localClusters(byDocument[path]!.map { claims[$0] })
            for cluster in local {
                let target = clusters.firstIndex { existing in
                    existing.kind == cluster.kind && matcher.compare(existing.full, cluster.full).decision == .same
                }
                let index: Int
                if let target {
                    clusters[target].mentions += cluster.mentions
                    if cluster.full.parts.count > clusters[target].full.parts.count { clusters[target].full = cluster.full }
                    index = target
                } else {
                    clusters.append(cluster)
                    index = clusters.count - 1
                }
                for mention in cluster.mentions { clusterOfMention[MentionID(mention.span)] = index }
            }
        }
        let entities = clusters.map(entity(from:))
        var resolved = claims
        for c in resolved.indices {
            guard resolved[c].key?.entity != nil else { continue }
            let candidates = resolved[c].subjectCandidates.isEmpty ? resolved[c].subject.map { [$0] } ?? [] : resolved[c].subjectCandidates
            let found = candidates.lazy.compactMap { candidate -> (EntityMention, Int)? in
                guard let index = clusterOfMention[MentionID(candidate.span)], entities[index].kind == .person else { return nil }
                return (candidate, index)
            }.first
            if let (candidate, index) = found {
                resolved[c].subject = candidate
                resolved[c].key?.entity = entities[index].id
                resolved[c].key?.entityName = entities[index].name
            } else {
                resolved[c].key = nil  // a claim about a name that is not a known person
            }
        }
        return (entities.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }, resolved)
    }

    /// Clusters inside one document: full names first, then lone names attached to them.
    private func localClusters(_ names: [Claim]) -> [Cluster] {
        var clusters: [Cluster] = []
        var lone: [(Claim, NameValue)] = []
        for claim in names {
            guard case .name(let name) = claim.value else { continue }
            let mention = EntityMention(span: claim.span, name: name)
            if let kind = name.kind, name.parts.count >= 2 || kind != .person {
                if let index = clusters.firstIndex(where: { $0.kind == kind && matcher.compare($0.full, name).decision == .same }) {
                    clusters[index].mentions.append(mention)
                } else {
                    clusters.append(Cluster(kind: kind, mentions: [mention], full: name))
                }
            } else {
                lone.append((claim, name))
            }
        }
        for (claim, name) in lone {
            let word = ExactNameMatcher.fold(name.parts.first ?? name.text)
            let fits = clusters.indices.filter { index in
                guard clusters[index].kind == .person, let last = clusters[index].full.parts.last,
                      let first = clusters[index].full.parts.first else { return false }
                return ExactNameMatcher.fold(last) == word || (name.kind == .person && ExactNameMatcher.fold(first) == word)
            }
            if fits.count == 1 {
                clusters[fits[0]].mentions.append(EntityMention(span: claim.span, name: name))
            } else if fits.isEmpty, name.kind == .person {
                clusters.append(Cluster(kind: .person, mentions: [EntityMention(span: claim.span, name: name)], full: name))
            }
        }
        return clusters
    }

    private func entity(from cluster: Cluster) -> Entity {
        let mentions = cluster.mentions.sorted { $0.span < $1.span }
        // The preferred spelling: a house spelling, else the most common full form, else the fullest.
        let fullForms = mentions.map(\.name).filter { $0.parts.count == cluster.full.parts.count }.map(\.text)
        var counts: [String: Int] = [:]
        for form in fullForms { counts[form, default: 0] += 1 }
        var name = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.first?.key ?? cluster.full.text
        for mention in mentions {
            if let house = houseSpellings[mention.name.text.lowercased()] { name = house }
        }
        return Entity(id: "\(cluster.kind.rawValue):\(ExactNameMatcher.fold(name))", name: name, kind: cluster.kind,
                      mentions: mentions)
    }
}

/// A mention's identity: its file and where it starts.
struct MentionID: Hashable {
    var path: String
    var offset: Int

    init(_ span: Span) {
        path = span.path
        offset = span.startOffset
    }
}
