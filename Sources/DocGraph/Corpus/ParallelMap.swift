import Dispatch
import Foundation

/// Maps over an array on all cores, keeping the input order in the result.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        if threads <= 1 || items.count < 2 { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        // Chunks keep per-task overhead small for many tiny files.
        let chunks = min(items.count, threads * 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < items.count {
                box.set(i, transform(items[i]))
                i += chunks
            }
        }
        return box.values()
    }

    private final class ResultBox<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: R) { lock.lock(); storage[i] = value; lock.unlock() }
        func values() -> [R] { storage.map { $0! } }
    }
}
