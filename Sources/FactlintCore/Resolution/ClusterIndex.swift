/// Clusters filed under the matcher's keys: each key's list holds cluster numbers in
/// ascending order, each once, whatever order they are filed in, so a look-up whose keys hit
/// one list (most do) returns that list as it stands, neither copied nor sorted. Document
/// clusters (`LocalClusters`) and corpus clusters (`CorpusClusters`) each keep one.
///
/// The lists are found through an open-addressing table of the keys' bits (a key is one
/// integer; a `Dictionary` ran the seeded SipHash over it at every look-up, a fifth of the
/// cost of filing and finding).
///
/// A list of one cluster is held as that cluster's number (`onlies`), not as an array: most
/// keys are only ever filed under by one cluster, and an array allocated and freed for each
/// was most of the cost of filing.
struct ClusterIndex {
    /// The lists, in the order their keys were first filed; empty for a list of one cluster.
    private var lists: [[Int]] = []
    /// The one cluster of each list of one (by list number); -1 for a list of more.
    private var onlies: [Int] = []
    /// Each list's key, by list number.
    private var keys: [UInt64] = []
    /// List number + 1 at each slot, 0 for an empty slot; the count is a power of two, at
    /// least twice the number of lists.
    private var slots: [Int32]

    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        lists.reserveCapacity(capacity)
        onlies.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    /// Files `cluster` under each of `keys` it is not yet filed under; whether it was filed
    /// under any anew.
    @discardableResult
    mutating func file(_ cluster: Int, under keys: [NameKey]) -> Bool {
        var filed = false
        for key in keys {
            guard let list = list(of: key) else {
                add(key, cluster)
                filed = true
                continue
            }
            let only = onlies[list]
            if only < 0 {
                filed = lists[list].insertOnce(cluster) || filed
            } else if only != cluster {
                lists[list] = only < cluster ? [only, cluster] : [cluster, only]
                onlies[list] = -1
                filed = true
            }
        }
        return filed
    }

    /// The list number of `key`, if it has one.
    @inline(__always)
    private func list(of key: NameKey) -> Int? {
        let mask = slots.count - 1
        var slot = ClusterIndex.slot(key.bits, mask)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keys[entry - 1] == key.bits { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Files `cluster` alone under a key not filed before.
    private mutating func add(_ key: NameKey, _ cluster: Int) {
        lists.append([])
        onlies.append(cluster)
        keys.append(key.bits)
        if 2 * keys.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for entry in keys.indices { place(entry) }
        } else {
            place(keys.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = ClusterIndex.slot(keys[entry], mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    /// A key's first slot: its bits mixed (a multiply and a fold), so that keys differing only
    /// in their high bits (the kind) or in one number spread over the table.
    @inline(__always)
    private static func slot(_ bits: UInt64, _ mask: Int) -> Int {
        let mixed = (bits ^ (bits >> 31)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 29)) & mask
    }

    /// The clusters filed under `key`, in order (none when no cluster is).
    func list(under key: NameKey) -> [Int] {
        guard let list = list(of: key) else { return [] }
        return onlies[list] < 0 ? lists[list] : [onlies[list]]
    }

    /// Calls `body` with each cluster filed under `key`, in order (no list made for a cluster
    /// filed alone).
    func forEach(under key: NameKey, _ body: (Int) -> Void) {
        guard let list = list(of: key) else { return }
        if onlies[list] >= 0 {
            body(onlies[list])
        } else {
            for cluster in lists[list] { body(cluster) }
        }
    }

    /// The clusters filed under any of `keys`, in order, each once. (Any sequence: the keys
    /// of several names are read lazily, not gathered into an array first.) Each list is in
    /// order, so a second and later list is merged into the first in one pass over both (the
    /// lists of a big story's keys run to thousands of clusters, and sorting them joined was a
    /// twentieth of its time).
    func filed<Keys: Sequence<NameKey>>(under keys: Keys) -> [Int] {
        var merged: [Int]?
        for key in keys {
            guard let number = list(of: key) else { continue }
            let only = onlies[number]
            if only < 0 {
                merged = merged.map { ClusterIndex.union($0, lists[number]) } ?? lists[number]
            } else if merged != nil {
                merged?.insertOnce(only)
            } else {
                merged = [only]
            }
        }
        return merged ?? []
    }

    /// Two ascending lists of clusters merged into one, each once.
    static func union(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty, a != b else { return a }
        var merged: [Int] = []
        merged.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                merged.append(a[i])
                i += 1
            } else if b[j] < a[i] {
                merged.append(b[j])
                j += 1
            } else {
                merged.append(a[i])
                i += 1
                j += 1
            }
        }
        merged += a[i...]
        merged += b[j...]
        return merged
    }
}

extension [Int] {
    /// Whether this ascending array holds `value` (searched by halves).
    func containsSorted(_ value: Int) -> Bool {
        let at = firstIndex(notBelow: value)
        return at < count && self[at] == value
    }

    /// The index of the first element of this ascending array not below `value` (searched by
    /// halves; `count` when there is none).
    func firstIndex(notBelow value: Int) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Inserts `value` where it keeps this ascending array ascending, unless it is there;
    /// whether it was inserted.
    @discardableResult
    mutating func insertOnce(_ value: Int) -> Bool {
        // Clusters are mostly filed in the order they start: the end is the usual place (and
        // the only one in a new list, which `insert(_:at:)` reached by its slow path).
        guard let last, last >= value else {
            append(value)
            return true
        }
        let at = firstIndex(notBelow: value)
        if at < endIndex, self[at] == value { return false }
        insert(value, at: at)
        return true
    }
}
