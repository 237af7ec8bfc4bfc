import Foundation
import Synchronization
@testable import FactlintCore
import Testing

/// Read-ahead hints: given in the order the files are read, never more than the window ahead of
/// the files read, and ended by `stop`.
@Suite("Read-ahead")
struct ReadAheadTests {
    /// The hints given so far, with how many files had been read when each was given.
    final class Log: Sendable {
        let hints = Mutex<[(path: String, read: Int)]>([])
        let read = Mutex(0)

        func count() -> Int { hints.withLock { $0.count } }
    }

    /// Waits (up to a few seconds) until `done` holds.
    static func waitUntil(_ done: () -> Bool) {
        for _ in 0..<2000 where !done() { usleep(1000) }
    }

    @Test("hints come in reading order, at most the window ahead of the files read")
    func staysWithinWindow() {
        let paths = (0..<10).map { "story/\($0).txt" }
        let log = Log()
        let readAhead = ReadAhead(paths: paths, window: 3) { path in
            let read = log.read.withLock { $0 }
            log.hints.withLock { $0.append((path, read)) }
        }
        readAhead.start()
        Self.waitUntil { log.count() == 3 }
        // Nothing is read: the hints stop at the window.
        usleep(20_000)
        #expect(log.count() == 3)
        for _ in 0..<4 {
            log.read.withLock { $0 += 1 }
            readAhead.advance()
        }
        Self.waitUntil { log.count() == 7 }
        usleep(20_000)
        #expect(log.count() == 7)
        readAhead.stop()
        let hints = log.hints.withLock { $0 }
        #expect(hints.map(\.path) == Array(paths.prefix(7)))
        for (index, hint) in hints.enumerated() { #expect(index < hint.read + 3) }
    }

    @Test("stop ends the hints before the last file, and a run with no files starts nothing")
    func stops() {
        let log = Log()
        let readAhead = ReadAhead(paths: ["a.txt", "b.txt", "c.txt"], window: 1) { path in
            log.hints.withLock { $0.append((path, 0)) }
        }
        readAhead.start()
        Self.waitUntil { log.count() == 1 }
        readAhead.stop()
        #expect(log.hints.withLock { $0.map(\.path) } == ["a.txt"])
        let empty = ReadAhead(paths: []) { _ in Issue.record("no file to hint") }
        empty.start()
        empty.stop()
    }

    @Test("the kernel hint leaves a missing file to the reader")
    func missingFile() {
        ReadAhead.adviseKernel("/nonexistent/factlint-read-ahead.txt")
    }
}
