import Dispatch
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
}
