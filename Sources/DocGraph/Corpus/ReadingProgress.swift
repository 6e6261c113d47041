import Foundation

/// How far reading a corpus has come: files read of those to read, for a progress line
/// (`docgraph index`, and every command that reads a corpus, on a terminal).
public struct ReadingProgress: Sendable, Equatable {
    public var read: Int
    public var total: Int
    /// Seconds since reading began.
    public var elapsed: Double

    public init(read: Int, total: Int, elapsed: Double) {
        self.read = read
        self.total = total
        self.elapsed = elapsed
    }

    /// Files a second so far; zero before the first file.
    public var rate: Double { elapsed > 0 ? Double(read) / elapsed : 0 }
    /// Seconds left at the rate so far; nil before the first file.
    public var remaining: Double? { rate > 0 ? Double(total - read) / rate : nil }
    /// True when every file is read.
    public var isDone: Bool { read >= total }
}

/// Counts files read on any thread and reports to one callback, one call at a time, at most
/// every `interval` seconds and always for the last file: a million files do not make a million
/// lines, and the callback needs no lock of its own.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let interval: Double
    private let report: @Sendable (ReadingProgress) -> Void
    private let start = Date()
    private var read = 0
    private var lastReport = -Double.infinity

    init(total: Int, interval: Double = 0.2, _ report: @escaping @Sendable (ReadingProgress) -> Void) {
        self.total = total
        self.interval = interval
        self.report = report
    }

    /// One more file read.
    func tick() {
        lock.lock()
        defer { lock.unlock() }
        read += 1
        let now = Date().timeIntervalSince(start)
        guard read == total || now - lastReport >= interval else { return }
        lastReport = now
        report(ReadingProgress(read: read, total: total, elapsed: now))
    }
}
