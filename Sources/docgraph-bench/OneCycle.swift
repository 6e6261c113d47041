import ArgumentParser
import DocGraph
import Foundation

/// `docgraph-bench cycle --files 100000`: many tiny files in nested folders, each citing the next,
/// so that the whole corpus is one citation cycle. The test suite proves the same with 5,000 files
/// on a small stack; the full size is measured here, where its two minutes belong.
struct OneCycle: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cycle", abstract: "Read, build and check one citation cycle through many tiny files.")
    @Option(help: "Number of files.") var files = 100_000
    @Option(help: "Folder to write the files into (removed afterwards).") var work = ".build-bench/cycle"

    func run() throws {
        let n = files
        try? FileManager.default.removeItem(atPath: work)
        defer { try? FileManager.default.removeItem(atPath: work) }
        var clock = WallClock()  // files are written on every core: wall time, as before
        for folder in 0...(max(n - 1, 0) / 1000) {
            try FileManager.default.createDirectory(atPath: "\(work)/f\(folder)", withIntermediateDirectories: true)
        }
        // Numbers have at most five digits, so the second half are programmes.
        @Sendable func id(_ i: Int) -> String { i < n / 2 ? "\(i + 1)-KH/BTCTW" : "\(i - n / 2 + 1)-CTr/BTCTW" }
        let folder = work
        DispatchQueue.concurrentPerform(iterations: (n + 999) / 1000) { f in
            for i in (f * 1000)..<min(n, (f + 1) * 1000) {
                let text = "Số \(id(i))\n\nKẾ HOẠCH\nvề bước \(i + 1)\n\nThực hiện văn bản số \(id((i + 1) % n)) của Ban Tổ chức Trung ương.\n"
                try? Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/f\(f)/\(i).txt"))
            }
        }
        let write = clock.lap()
        let corpus = CorpusExtraction.read(paths: [work])
        let read = clock.lap()
        let graph = GraphBuilder.build(corpus)
        let build = clock.lap()
        let cycles = Checker.run(graph, CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 25)!, rules: [.cycle]))
        let check = clock.lap()
        let reached = try graph.impact(of: graph.lookup(id(0)), filter: EdgeFilter()).count
        let impact = clock.lap()
        print("\(n) files (written in \(String(format: "%.1f", write)) s): read \(String(format: "%.2f", read)) s, graph \(String(format: "%.2f", build)) s, "
            + "cycle rule \(String(format: "%.2f", check)) s (\(cycles.count) cycle), impact \(String(format: "%.3f", impact)) s (\(reached) reached)")
        guard cycles.count == 1, reached == n - 1, corpus.files.count == n else { throw ExitCode(1) }
    }
}
