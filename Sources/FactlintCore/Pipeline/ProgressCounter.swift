import Foundation

/// Counts documents as worker threads finish them and passes the count on, for a progress line.
final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private var done = 0
    private let lock = NSLock()

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// One more document done.
    func advance() {
        guard let report else { return }
        lock.lock()
        done += 1
        let count = done
        lock.unlock()
        report(count, total)
    }
}
