import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to start reading files a little ahead of the workers that will read them, so
/// that a worker finds its next file already in memory instead of sleeping on the disk.
///
/// A worker that reads a file not in the page cache sleeps until the disk answers, then waits
/// for a core again: on an archive read cold (100,000 files) that cost a millisecond and more
/// per file, more than analysing it. The hints are given on a thread of their own, in the order
/// the workers read the files, at most `window` files ahead of the files they have read, so
/// that what is read ahead is still in memory when it is needed. The hints change no byte that
/// is read: only when the disk is asked for it.
final class ReadAhead: @unchecked Sendable {
    /// The files in the order the workers will read them.
    private let paths: [String]
    /// How many files the hints may run ahead of the files read.
    private let window: Int
    /// Gives the hint for one file.
    private let advise: @Sendable (String) -> Void
    private let condition = NSCondition()
    /// Files the workers have read (guarded by `condition`).
    private var read = 0
    /// Set when the run no longer needs hints (guarded by `condition`).
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)
    private var started = false

    /// Hints for `paths`, read in this order, at most `window` files ahead; `advise` gives one
    /// hint (the default asks the kernel to read the whole file).
    init(paths: [String], window: Int = 512, advise: @escaping @Sendable (String) -> Void = ReadAhead.adviseKernel) {
        self.paths = paths
        self.window = max(1, window)
        self.advise = advise
    }

    /// Starts giving hints on a thread of its own.
    func start() {
        guard !paths.isEmpty, !started else { return }
        started = true
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.name = "factlint read-ahead"
        thread.start()
    }

    /// One more file read by a worker: the hints may run one file further.
    func advance() {
        condition.lock()
        read += 1
        condition.signal()
        condition.unlock()
    }

    /// Stops the hints and waits for their thread to end.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
        if started { done.wait() }
    }

    private func run() {
        for (index, path) in paths.enumerated() {
            condition.lock()
            while !stopped, index >= read + window { condition.wait() }
            let stop = stopped
            condition.unlock()
            if stop { return }
            advise(path)
        }
    }

    /// Asks the kernel to read a file into its page cache without waiting for it
    /// (`POSIX_FADV_WILLNEED`); a file that cannot be opened is left to the worker to report.
    /// On systems without the call, nothing.
    static let adviseKernel: @Sendable (String) -> Void = { path in
        #if canImport(Glibc)
        // O_NONBLOCK: a FIFO swapped in after the folder walk must not be waited on.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_WILLNEED))
        close(fd)
        #endif
    }
}
