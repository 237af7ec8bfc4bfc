/// Turns clusters into entities: each gets its preferred spelling — a house spelling from the
/// configuration that names it, else, in the script most mentions use, the full form most
/// mentions agree with (then the form used in more documents, then the one written exactly
/// most often, then the one used last) — and an identifier unique in the run.
struct EntityNaming {
    let resolver: EntityResolver
    /// Reference dates of the articles, by path.
    let dates: [String: DatePoint]

    func entities(_ clusters: [EntityCluster]) -> [Entity] {
        var used: [String: Int] = [:]
        return clusters.map { cluster in
            let mentions = cluster.mentions.sorted { $0.span < $1.span }
            let name = preferred(cluster, mentions)
            var id = "\(cluster.kind.rawValue):\(ExactNameMatcher.fold(name))"
            used[id, default: 0] += 1
            if let count = used[id], count > 1 { id += "#\(count)" }
            var seen = Set<String>()
            let notes = cluster.notes.filter { seen.insert($0).inserted }
            return Entity(id: id, name: name, kind: cluster.kind, mentions: mentions, notes: notes)
        }
    }

    /// The spelling an editor should use for the cluster.
    func preferred(_ cluster: EntityCluster, _ mentions: [EntityMention]) -> String {
        if let house = houseSpelling(for: cluster, mentions) { return house }
        var candidates = cluster.isLone ? cluster.loneForms : cluster.forms
        // The script most mentions are written in (Latin on a tie): a Cyrillic original quoted
        // in an English story does not name the entity.
        let latin = mentions.count { EntityNaming.isLatin($0.name.text) } * 2 >= mentions.count
        let inScript = candidates.filter { EntityNaming.isLatin($0.text) == latin }
        if !inScript.isEmpty { candidates = inScript }
        // A closure, not a key path: a key path through a computed property is applied at run time.
        let longest = candidates.map { $0.parts.count }.max() ?? 0
        let full = candidates.filter { $0.parts.count == longest }
        // One full form (most entities): nothing to weigh.
        if full.count == 1 { return full[0].text }
        // Mentions by how they are written (an entity is written in few ways, named many
        // times): each way is weighed once against each form.
        var ways: [WrittenAs: (count: Int, paths: Set<String>)] = [:]
        for mention in mentions {
            let way = WrittenAs(text: mention.name.text, parts: mention.name.parts)
            ways[way, default: (0, [])].count += 1
            ways[way, default: (0, [])].paths.insert(mention.span.path)
        }
        let undotted = ways.map { way, seen in (text: way.text, parts: way.parts.map(EntityNaming.undotted), seen: seen) }
        let ranked = full.map { form -> (form: String, support: Int, documents: Int, exact: Int) in
            let parts = Set(form.parts.map(EntityNaming.undotted))
            var (support, exact) = (0, 0)
            var paths = Set<String>()
            for (text, wayParts, seen) in undotted {
                if text == form.text { exact += seen.count }
                guard wayParts.allSatisfy({ parts.contains($0) }) else { continue }
                support += seen.count
                paths.formUnion(seen.paths)
            }
            return (form.text, support, paths.count, exact)
        }
        let best = ranked.min { a, b in
            if a.support != b.support { return a.support > b.support }
            if a.documents != b.documents { return a.documents > b.documents }
            if a.exact != b.exact { return a.exact > b.exact }
            let (la, lb) = (latest(a.form, mentions), latest(b.form, mentions))
            if la != lb { return lb < la }
            return a.form.utf8Precedes(b.form)
        }
        return best?.form ?? mentions.first?.span.text ?? ""
    }

    /// A name as written: its text and its words.
    private struct WrittenAs: Hashable {
        var text: String
        var parts: [String]
    }

    /// When a form was last used: the newest reference date of an article that writes it, then
    /// the last such article in path order (newer usage follows newer style: Kyiv, not Kiev).
    private func latest(_ form: String, _ mentions: [EntityMention]) -> Latest {
        let paths = mentions.filter { $0.name.text == form }.map(\.span.path)
        let day = paths.compactMap { dates[$0]?.firstDay }.max() ?? Int.min
        let path = paths.max { $0.utf8Precedes($1) } ?? ""
        return Latest(day: day, path: path)
    }

    /// A form's last use, ordered by date, then path.
    struct Latest: Comparable {
        var day: Int
        var path: String

        static func < (lhs: Latest, rhs: Latest) -> Bool {
            lhs.day != rhs.day ? lhs.day < rhs.day : lhs.path.utf8Precedes(rhs.path)
        }
    }

    /// A configured house spelling that is written in the corpus or that the matcher calls the
    /// same as one of the cluster's full forms.
    private func houseSpelling(for cluster: EntityCluster, _ mentions: [EntityMention]) -> String? {
        // Most runs configure none: then no mention is lower-cased to look one up.
        guard !resolver.houseSpellings.isEmpty else { return nil }
        for mention in mentions {
            if let house = resolver.houseSpellings[mention.name.text.lowercased()] { return house }
        }
        for house in resolver.houseSpellings.values.sorted() {
            let parts = house.split(separator: " ").map(String.init)
            let name = NameValue(kind: cluster.kind, text: house, parts: parts, hasGivenName: parts.count >= 2)
            if !cluster.isLone, resolver.fit(name, cluster).0 == .same { return house }
        }
        return nil
    }

    /// Whether a name is written in Latin letters only.
    static func isLatin(_ text: String) -> Bool {
        // ASCII (most names) is Latin without reading character properties.
        if text.isASCII { return true }
        return !text.unicodeScalars.contains(where: NameLexicon.isNonLatinLetter)
    }

    /// A word without periods ("U.S." → "US"): periods in acronyms are style, not spelling.
    static func undotted(_ word: String) -> String { word.utf8.contains(0x2E) ? word.filter { $0 != "." } : word }
}
