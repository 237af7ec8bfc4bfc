import Foundation
import Dispatch

/// Maps a function over an array on several threads; results come back in input order, so
/// output does not depend on the number of threads or on scheduling.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], threads: Int,
                                                       _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard threads > 1, inputs.count > 1 else { return inputs.map(transform) }
        let results = ResultSlots<Output>(count: inputs.count)
        let workers = min(threads, inputs.count)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.increment()
                guard index < inputs.count else { return }
                results.set(index, transform(inputs[index]))
            }
        }
        return results.values()
    }
}

/// Slots written by one thread each, read after all threads are done.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Value?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) { slots[index] = value }

    func values() -> [Value] { (0..<count).map { slots[$0]! } }
}

/// A counter shared by worker threads.
private final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
