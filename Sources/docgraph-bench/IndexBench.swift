import ArgumentParser
import CorpusSynthesis
import DocGraph
import DocGraphIndex
import Foundation

/// `docgraph-bench index --count 100000`: the figures of README, "The index" — building the index,
/// each command's whole process after it, an update after one file changes, and sizes. Runs the
/// release `docgraph` beside this binary, as a user would.
struct IndexBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Measure the SQLite index: build, queries with --index, one-file update, size.")
    @Option(help: "Number of synthetic documents (sample shape).") var count = 100_000
    @Option(help: "Seed.") var seed: UInt64 = 2026
    @Option(help: "Where corpora are kept between runs.") var cache = ".build-bench"
    @Option(help: "Runs of each query; the best is shown.") var repeats = 1
    @Flag(help: "Also time impact from the files, without the index (reads and extracts the whole corpus again).") var fromFiles = false
    @Flag(help: "Keep the index built by an earlier run (same count and seed) instead of building it again.") var keep = false

    func run() throws {
        let docgraph = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("docgraph").path
        guard FileManager.default.isExecutableFile(atPath: docgraph) else {
            throw ValidationError("build docgraph first: swift build -c release --product docgraph")
        }
        let corpus = "\(cache)/index-sample-\(count)-\(seed)-v\(SyntheticCorpus.version)"
        if !FileManager.default.fileExists(atPath: corpus) {
            log("generating \(count) documents into \(corpus)")
            _ = try SyntheticCorpus(count: count, seed: seed).write(to: corpus)
        }
        let index = "\(cache)/index-\(count)-\(seed).sqlite"
        var rows: [(String, String)] = []
        if !keep || !FileManager.default.fileExists(atPath: index) {
            for suffix in ["", "-wal", "-shm"] { unlink(index + suffix) }
            let build = try time([docgraph, "index", "--corpus", corpus, "--index", index])
            rows.append(("index build (\(count) documents, from nothing)", build.text))
        }

        // Ids for the queries: the most cited document, one cited about ten times, and the last
        // corpus document that cites, each named so that exactly one node answers.
        guard let stored = try CorpusIndex.open(index).corpus() else { throw ValidationError("the index holds no document") }
        let graph = stored.graph
        func unique(_ n: Int) -> String? {
            let node = graph.nodes[n]
            guard let id = node.id else { return nil }
            let text = node.date.map { "\(id)@\($0)" } ?? id.description
            return (try? graph.lookup(text)) == NodeIndex(n) ? text : nil
        }
        let byIncoming = (0..<graph.nodes.count).sorted { graph.incoming(NodeIndex($0)).count > graph.incoming(NodeIndex($1)).count }
        guard let cited = byIncoming.lazy.compactMap(unique).first,
              let citing = (0..<graph.nodes.count).reversed().lazy.filter({ graph.nodes[$0].inCorpus && graph.outgoing(NodeIndex($0)).count > 0 }).compactMap(unique).first
        else { throw ValidationError("no unambiguous id in the corpus") }
        let typical = byIncoming.lazy.filter { graph.incoming(NodeIndex($0)).count <= 10 }.compactMap(unique).first ?? cited
        log("queries on \(cited) (most cited), \(typical) (cited \((try? graph.lookup(typical)).map { graph.incoming($0).count } ?? 0) times) and \(citing)")

        let queries: [(String, [String])] = [
            ("impact (most cited document)", ["impact", cited]), ("impact (a document cited 10 times)", ["impact", typical]),
            ("deps", ["deps", citing]), ("path", ["path", citing, cited]),
            ("show", ["show", cited]), ("status", ["status", cited]),
            ("check", ["check", "--fail-on", "never"]),
        ]
        for (name, arguments) in queries {
            let best = try (0..<repeats).map { _ in try time([docgraph] + arguments + ["--index", index, "--format", "json"]) }.min() ?? Timing(wall: 0, cpu: 0)
            rows.append(("\(name) --index (whole process)", best.text))
        }
        let search = try (0..<max(repeats, 3)).map { _ in try time([docgraph, "search", "chuyen doi so", "--index", index]) }.min() ?? Timing(wall: 0, cpu: 0)
        rows.append(("search 'chuyen doi so' (whole process)", search.text))
        if fromFiles {
            rows.append(("impact --corpus, no index (whole process)", try time([docgraph, "impact", cited, "--corpus", corpus, "--format", "json"]).text))
        }

        // One file changes: a citation appended.
        let files = CorpusWalker().files(under: [corpus]).files
        func append(to path: String) throws {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\nCăn cứ Nghị quyết số 99-NQ/TW, ngày 01/02/2024 của Bộ Chính trị.\n".utf8))
            try handle.close()
        }
        try append(to: files[files.count / 2].path)
        rows.append(("index update after one file changed", try time([docgraph, "index", "--corpus", corpus, "--index", index]).text))

        // Readers while a writer updates (README, "Beyond one machine"): 200 files changed, and
        // four `status` runs started one after another while that update holds the write lock.
        for k in 0..<200 { try append(to: files[(k * 487) % files.count].path) }
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: docgraph)
        writer.arguments = ["index", "--corpus", corpus, "--index", index]
        writer.standardError = FileHandle.nullDevice
        let writerStart = Date()
        try writer.run()
        Thread.sleep(forTimeInterval: 1)
        var readers: [Timing] = []
        for _ in 0..<4 where writer.isRunning {
            readers.append(try time([docgraph, "status", cited, "--index", index, "--format", "json"]))
        }
        writer.waitUntilExit()
        let writerWall = Date().timeIntervalSince(writerStart)
        rows.append(("index update after 200 files changed (wall only: measured beside the readers)", "\(Self.seconds(writerWall)) | – "))
        rows.append(("status --index during that update: \(readers.count) runs, exits \(readers.map { String($0.status) }.joined(separator: ",")), worst",
                     (readers.max { $0.wall < $1.wall } ?? Timing(wall: 0, cpu: 0)).text))
        rows.append(("index update, nothing changed", try time([docgraph, "index", "--corpus", corpus, "--index", index]).text))
        rows.append(("check --index after the update (whole process)",
                     try time([docgraph, "check", "--fail-on", "never", "--index", index, "--format", "json"]).text))
        // The index's time changed behind docgraph's back: the next open reads every page (quick_check).
        utime(index, nil)
        rows.append(("index update, nothing changed, index file touched (quick_check runs)",
                     try time([docgraph, "index", "--corpus", corpus, "--index", index]).text))

        let corpusBytes = files.reduce(0) { $0 + (((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size]) as? Int) ?? 0) }
        let indexBytes = ((try? FileManager.default.attributesOfItem(atPath: index)[.size]) as? Int) ?? 0
        rows.append(("corpus size (bytes of the files)", String(format: "%.0f MB | ", Double(corpusBytes) / 1e6)))
        rows.append(("index size (÷ corpus)", String(format: "%.0f MB (%.2f) | ", Double(indexBytes) / 1e6, Double(indexBytes) / Double(max(corpusBytes, 1)))))
        rows.append(("documents, citations in the graph", "\(graph.nodes.count) nodes, \(graph.edges.count) edges | "))

        print("| \(count) documents | wall | CPU (user + sys) |\n|---|---:|---:|")
        for (name, value) in rows { print("| \(name) | \(value) |") }
    }

    /// Wall-clock seconds of the whole process, and its CPU seconds (user + system, from the
    /// kernel's accounting of children), which a machine shared with other builds does not inflate.
    private func time(_ command: [String]) throws -> Timing {
        var before = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &before)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let start = Date()
        try p.run()
        p.waitUntilExit()
        let elapsed = Date().timeIntervalSince(start)
        var after = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &after)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let cpu = s(after.ru_utime) - s(before.ru_utime) + s(after.ru_stime) - s(before.ru_stime)
        log("\(String(format: "%8.3f", elapsed)) s wall, \(String(format: "%8.3f", cpu)) s CPU  exit \(p.terminationStatus)  \(command.dropFirst().joined(separator: " "))")
        return Timing(wall: elapsed, cpu: cpu, status: p.terminationStatus)
    }

    struct Timing: Comparable {
        var wall: Double
        var cpu: Double
        var status: Int32 = 0
        static func < (a: Timing, b: Timing) -> Bool { a.cpu < b.cpu }
        var text: String { "\(IndexBench.seconds(wall)) | \(IndexBench.seconds(cpu))" }
    }

    private func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
    static func seconds(_ s: Double) -> String { String(format: s < 0.1 ? "%.3f s" : "%.2f s", s) }
}
