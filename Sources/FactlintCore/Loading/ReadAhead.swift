import Foundation
import Synchronization
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
    /// Gives the hint for one file.
    private let advise: @Sendable (String) -> Void
    /// How many files the hints may run ahead of the files read.
    private let window: Int
    /// Files the workers have read. A worker only adds to it, taking no lock and waking no
    /// thread: the hint thread looks at it when it has run `window` files ahead, and sleeps a
    /// few milliseconds at a time until the workers have read a quarter of the window. (Waking
    /// the hint thread for every file read kept it a file or two ahead at best on a busy
    /// machine, where a woken thread waits for a core: most reads still went to the disk.)
    private let read = Atomic<Int>(0)
    /// Set when the run no longer needs hints.
    private let stopped = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    private var started = false

    /// Hints for `paths`, read in this order, at most `window` files ahead; `advise` gives one
    /// hint (the default asks the kernel to read the whole file).
    init(paths: [String], window: Int = 2048, advise: @escaping @Sendable (String) -> Void = ReadAhead.adviseKernel) {
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
        read.wrappingAdd(1, ordering: .relaxed)
    }

    /// Stops the hints and waits for their thread to end (within a few milliseconds).
    func stop() {
        stopped.store(true, ordering: .relaxed)
        if started { done.wait() }
    }

    private func run() {
        for (index, path) in paths.enumerated() {
            if index >= read.load(ordering: .relaxed) + window {
                // Ahead by the window: wait until a quarter of it has been read.
                while !stopped.load(ordering: .relaxed), index >= read.load(ordering: .relaxed) + window - window / 4 {
                    usleep(2_000)
                }
            }
            if stopped.load(ordering: .relaxed) { return }
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
