import Foundation

/// A seeded synthetic corpus: document `i`'s bytes and where it goes are functions of the seed,
/// so any document can be made on its own, in any order, on any thread.
public protocol SeededCorpus: Sendable {
    var count: Int { get }
    /// The bytes of document `i`.
    func bytes(_ i: Int) -> [UInt8]
    /// Where document `i` is written under the corpus folder (`d0012/0012345.txt`).
    func relativePath(_ i: Int) -> String
}

extension SeededCorpus {
    /// Writes every document under `folder` in parallel; returns the bytes written. The first
    /// failure stops its chunk and is thrown after the others finish.
    @discardableResult
    public func write(to folder: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Int {
        var folders = Set<String>()
        for i in stride(from: 0, to: count, by: 1) where i % 1000 == 0 || i == 0 {
            folders.insert((("\(folder)/\(relativePath(i))") as NSString).deletingLastPathComponent)
        }
        for f in folders.sorted() { try FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true) }
        let lock = NSLock()
        nonisolated(unsafe) var total = 0
        nonisolated(unsafe) var failure: Error?
        let chunk = max(1, count / (max(threads, 1) * 8))
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            var written = 0
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                let data = Data(bytes(i))
                do { try data.write(to: URL(fileURLWithPath: "\(folder)/\(relativePath(i))")) } catch {
                    lock.withLock { failure = error }
                    return
                }
                written += data.count
            }
            lock.withLock { total += written }
        }
        if let failure { throw failure }
        return total
    }
}
