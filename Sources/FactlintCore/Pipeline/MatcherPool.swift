import Foundation

/// Story matchers lent to the stories being resolved, one at a time each, and taken back when
/// the story is done, so that what a matcher remembers of names (their parts, keys and
/// comparisons) serves the next story too: the same people and places recur across the stories
/// of an archive. At most one matcher per worker thread is ever made, no lock is held while a
/// story resolves, and since a matcher remembers only what it would compute again, which
/// matcher a story gets does not change its result.
final class MatcherPool: @unchecked Sendable {
    private let prototype: any NameMatcher
    private let lock = NSLock()
    private var idle: [any NameMatcher] = []

    init(_ prototype: any NameMatcher) {
        self.prototype = prototype
    }

    /// Runs `work` with a matcher no other story is using.
    func withMatcher<Result>(_ work: (any NameMatcher) -> Result) -> Result {
        let matcher = lock.withLock { idle.popLast() } ?? prototype.forStory()
        defer { lock.withLock { idle.append(matcher) } }
        return work(matcher)
    }
}
