/// Groups a story's keyed claims by frame (DESIGN.md §8): claims whose filled slots are equal
/// form a group; then a group whose frame leaves the place unknown joins the one group of the
/// story that differs from it only by naming a place, when the story offers exactly one place
/// ("12 fatalities" with no place is the count of the one place the story counts them in).
/// With two or more places on offer the unplaced toll is the whole scene's and stays apart, and
/// so it does when an article states both (the unplaced figure is then the whole of the placed).
/// An unplaced figure whose place the text names only by its kind ("in the county that
/// includes <town>") joins the one group whose place name holds that kind's word ("<Name>
/// County"), on the same terms, even when the story offers other places.
enum FrameUnification {
    /// The claims with a key, grouped by unified frame, each group in text order.
    static func groups(_ claims: [Claim]) -> [ClaimKey: [Claim]] {
        // Claims are gathered by number, then copied once into their sorted group: appending
        // them to growing groups copied every claim again at each growth.
        var groupOf: [ClaimKey: Int] = [:]
        var keys: [ClaimKey] = []
        var members: [[Int]] = []
        for c in claims.indices {
            guard let key = claims[c].key else { continue }
            if let group = groupOf[key] {
                members[group].append(c)
            } else {
                groupOf[key] = members.count
                keys.append(key)
                members.append([c])
            }
        }
        // A frame leaving the place unknown joins the one frame of the story that differs from
        // it only by filling it.
        var target = Array(keys.indices)
        for slot in [\ClaimKey.place] {
            var filled: [ClaimKey: Set<Int>] = [:]
            for group in keys.indices where keys[target[group]][keyPath: slot] != nil {
                filled[cleared(keys[target[group]], slot), default: []].insert(target[group])
            }
            for group in keys.indices where keys[target[group]][keyPath: slot] == nil {
                guard let candidates = filled[keys[target[group]]] else { continue }
                if candidates.count == 1, let candidate = candidates.first,
                   !sharesArticle(members[group], members[candidate], claims) {
                    target[group] = candidate
                    continue
                }
                // Members naming their place by its kind go to the one place of that kind.
                var kept: [Int] = []
                for c in members[group] {
                    guard let kind = claims[c].placeKind else { kept.append(c); continue }
                    let fitting = candidates.filter { candidate in
                        (keys[candidate].placeName ?? "").lowercased().split(separator: " ").contains { $0 == kind }
                    }
                    if fitting.count == 1, let candidate = fitting.first, !sharesArticle([c], members[candidate], claims) {
                        members[candidate].append(c)
                    } else {
                        kept.append(c)
                    }
                }
                members[group] = kept
            }
        }
        // A frame awaiting its person ("he vanished on Sunday") joins the one frame of the story
        // that differs from it only by naming the person; with none or several on offer it is
        // compared with nothing.
        var people: [ClaimKey: Set<Int>] = [:]
        for group in keys.indices where keys[group].entity != nil && !keys[group].awaitsEntity {
            people[awaiting(keys[group]), default: []].insert(target[group])
        }
        var dropped = Set<Int>()
        for group in keys.indices where keys[group].awaitsEntity {
            guard let candidates = people[keys[group]], candidates.count == 1, let candidate = candidates.first else {
                dropped.insert(group)
                continue
            }
            target[group] = candidate
        }
        var merged: [Int: [Int]] = [:]
        for group in keys.indices where !dropped.contains(group) { merged[target[group], default: []] += members[group] }
        // A merged group is named by its largest member frame (the earlier on a tie): the
        // frame as most of its claims state it; a frame that names its person before one that
        // awaits it.
        var named: [Int: Int] = [:]
        for group in keys.indices where !dropped.contains(group) && !(keys[group].awaitsEntity && target[group] != group) {
            let into = target[group]
            if let current = named[into], members[current].count >= members[group].count { continue }
            named[into] = group
        }
        var groups = [ClaimKey: [Claim]](minimumCapacity: merged.count)
        for (group, indices) in merged {
            let order = indices.sorted { a, b in claims[a].span != claims[b].span ? claims[a].span < claims[b].span : a < b }
            groups[keys[named[group] ?? group]] = order.map { claims[$0] }
        }
        return groups
    }

    /// Whether one article states figures of both groups: then the unplaced figure is the
    /// whole of which the placed one is a part ("39 freed … 33 in <place>"), not the same
    /// quantity.
    private static func sharesArticle(_ a: [Int], _ b: [Int], _ claims: [Claim]) -> Bool {
        let paths = Set(a.map { claims[$0].span.path })
        return b.contains { paths.contains(claims[$0].span.path) }
    }

    /// The frame of a claim that names the person, as a claim awaiting its person states it.
    private static func awaiting(_ key: ClaimKey) -> ClaimKey {
        var key = key
        key.entity = nil
        key.entityName = nil
        key.awaitsEntity = true
        return key
    }

    /// A frame with one slot left unknown (a place's name goes with its place).
    private static func cleared(_ key: ClaimKey, _ slot: WritableKeyPath<ClaimKey, String?>) -> ClaimKey {
        var key = key
        key[keyPath: slot] = nil
        if slot == \ClaimKey.place { key.placeName = nil }
        return key
    }
}
