import Dispatch
import DocGraph
import Foundation

/// Says what a long step is doing, on a terminal only: after a second, `đang đọc Corpus… 3 s` on
/// standard error, updated each second and erased when the step ends. In a pipe or a file it
/// says nothing, so scripts and logs stay clean.
enum Progress {
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func during<T>(_ message: String, _ work: () throws -> T) rethrows -> T {
        guard isTerminal else { return try work() }
        let start = DispatchTime.now()
        let queue = DispatchQueue(label: "docgraph.progress")
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler {
            let seconds = (DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
            FileHandle.standardError.write(Data("\r\u{1B}[K\(message) \(seconds) s".utf8))
        }
        timer.resume()
        defer {
            timer.cancel()
            queue.sync {}  // a line being written finishes before it is erased
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
        return try work()
    }

    /// A line for `ReadingProgress` (`đang đọc: 120/2000 tệp, 85 tệp/s, còn 22 s`), on a terminal
    /// only, rewritten in place; `finish` ends it with a newline (a summary follows) or erases it.
    /// `docgraph index` and every command that reads a corpus show the same line.
    static func line(_ what: Message.Activity, finish: Finish = .erase) -> (@Sendable (ReadingProgress) -> Void)? {
        guard isTerminal else { return nil }
        return { p in
            guard p.total > 0 else { return }
            let text = Message.readingProgress(what, read: p.read, total: p.total, rate: p.rate,
                                               remaining: p.isDone ? nil : p.remaining).text(UserLanguage.current)
            let end = p.isDone ? (finish == .newline ? "\n" : "\r\u{1B}[K") : ""
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + text + end).utf8))
        }
    }

    enum Finish { case newline, erase }
}
