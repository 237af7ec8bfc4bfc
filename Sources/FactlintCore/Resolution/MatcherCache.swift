import Foundation

/// Remembers word comparisons and name splits for a matcher, which meets the same words again
/// and again in one corpus. Shared by threads (story by story), so guarded by a lock; emptied
/// when it grows past `limit` entries, so memory stays bounded on an archive.
final class MatcherCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String: (Bool, [String])] = [:]
    private var parts: [NameValue: NameParts] = [:]
    private var skeletons: [String: Set<String>] = [:]
    private let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The comparison of two words, computed once.
    func words(_ key: String, _ compute: () -> (Bool, [String])) -> (Bool, [String]) {
        if let known = lock.withLock({ words[key] }) { return known }
        let value = compute()
        lock.withLock {
            if words.count >= limit { words.removeAll(keepingCapacity: true) }
            words[key] = value
        }
        return value
    }

    /// A word's skeleton keys, computed once.
    func skeleton(_ word: String, _ compute: () -> Set<String>) -> Set<String> {
        if let known = lock.withLock({ skeletons[word] }) { return known }
        let value = compute()
        lock.withLock {
            if skeletons.count >= limit { skeletons.removeAll(keepingCapacity: true) }
            skeletons[word] = value
        }
        return value
    }

    /// A name split into parts, computed once.
    func parts(_ name: NameValue, _ compute: () -> NameParts) -> NameParts {
        if let known = lock.withLock({ parts[name] }) { return known }
        let value = compute()
        lock.withLock {
            if parts.count >= limit { parts.removeAll(keepingCapacity: true) }
            parts[name] = value
        }
        return value
    }
}
