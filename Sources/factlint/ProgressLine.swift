import Foundation

/// A one-line progress display on standard error ("factlint: 12,345 of 100,000 articles") for
/// long runs on a terminal: it appears only after a second, is redrawn at most ten times a
/// second, and is erased before any report is printed.
final class ProgressLine: @unchecked Sendable {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var shown = false
    private let lock = NSLock()

    /// A progress line when standard error is a terminal and the user did not ask for quiet.
    static func make(quiet: Bool) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        return ProgressLine()
    }

    /// Records progress; draws when a second has passed and the last draw is 0.1 s old.
    func update(_ done: Int, _ total: Int) {
        let now = Date()
        lock.lock()
        defer { lock.unlock() }
        guard now.timeIntervalSince(start) >= 1, now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        shown = true
        let percent = total > 0 ? done * 100 / total : 100
        FileHandle.standardError.write(Data("\r\u{1B}[Kfactlint: \(done) of \(total) articles read (\(percent)%)".utf8))
    }

    /// Erases the line, if it was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
