/// Clusters filed under the matcher's keys: each key's list holds cluster numbers in
/// ascending order, each once, whatever order they are filed in, so a look-up whose keys hit
/// one list (most do) returns that list as it stands, neither copied nor sorted. Document
/// clusters (`LocalClusters`) and corpus clusters (`CorpusClusters`) each keep one.
struct ClusterIndex {
    private var lists: [NameKey: [Int]] = [:]

    init(capacity: Int = 0) {
        lists.reserveCapacity(capacity)
    }

    /// Files `cluster` under each of `keys` it is not yet filed under.
    mutating func file(_ cluster: Int, under keys: [NameKey]) {
        for key in keys { lists[key, default: []].insertOnce(cluster) }
    }

    /// The clusters filed under any of `keys`, in order, each once. (Any sequence: the keys
    /// of several names are read lazily, not gathered into an array first.)
    func filed<Keys: Sequence<NameKey>>(under keys: Keys) -> [Int] {
        var first: [Int]?
        var merged: [Int] = []
        for key in keys {
            guard let list = lists[key] else { continue }
            if first == nil {
                first = list
            } else {
                if merged.isEmpty { merged = first ?? [] }
                merged += list
            }
        }
        return merged.isEmpty ? first ?? [] : ClusterIndex.sortedOnce(merged)
    }

    /// Cluster numbers in order, each once.
    static func sortedOnce(_ indices: [Int]) -> [Int] {
        var sorted = indices.sorted()
        var kept = 0
        for i in sorted.indices where i == 0 || sorted[i] != sorted[kept - 1] {
            sorted[kept] = sorted[i]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}

extension [Int] {
    /// Inserts `value` where it keeps this ascending array ascending, unless it is there.
    mutating func insertOnce(_ value: Int) {
        // Clusters are mostly filed in the order they start: the end is the usual place (and
        // the only one in a new list, which `insert(_:at:)` reached by its slow path).
        guard let last, last >= value else {
            append(value)
            return
        }
        let at = firstIndex { $0 >= value } ?? endIndex
        if at < endIndex, self[at] == value { return }
        insert(value, at: at)
    }
}
