import Foundation

/// Time spent in each pipeline stage, added up over all worker threads (`--timings`): where a
/// run's CPU time goes. Stages that run in parallel add up to more than the wall time.
public final class StageTimings: @unchecked Sendable {
    /// The stages of DESIGN.md §1, in pipeline order.
    public enum Stage: String, CaseIterable, Sendable {
        case loading, tokenizing, extraction, claims, resolution, rules, reporting
    }

    private var seconds: [Stage: Double] = [:]
    private let lock = NSLock()

    public init() {}

    /// Adds time to a stage (thread-safe).
    public func add(_ stage: Stage, _ elapsed: Double) {
        lock.lock()
        seconds[stage, default: 0] += elapsed
        lock.unlock()
    }

    /// Seconds per stage, in pipeline order.
    public var totals: [(stage: Stage, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return Stage.allCases.map { ($0, seconds[$0] ?? 0) }
    }

    /// The monotonic clock, in seconds.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Measures consecutive stages on one thread: each `lap` books the time since the last one.
struct StageClock {
    private let timings: StageTimings?
    private var last: Double

    init(_ timings: StageTimings?) {
        self.timings = timings
        last = timings == nil ? 0 : StageTimings.now()
    }

    mutating func lap(_ stage: StageTimings.Stage) {
        guard let timings else { return }
        let now = StageTimings.now()
        timings.add(stage, now - last)
        last = now
    }
}
