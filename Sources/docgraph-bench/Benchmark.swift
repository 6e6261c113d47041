import ArgumentParser
import CorpusSynthesis
import DocGraph
import DocGraphEvaluation
import Foundation

@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgraph-bench",
        abstract: "Seeded synthetic corpora and the speed/memory table of README (build with -c release).",
        subcommands: [Run.self, Generate.self, Measure.self, Evaluate.self, OneCycle.self, IndexBench.self, SiteBench.self, FormatThroughput.self, RenderWhole.self],
        defaultSubcommand: Run.self)
}

/// `docgraph-bench evaluate [DIR]`: the evaluation report on real documents.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score extraction against the hand-made gold of Tests/Evaluation/Real.")
    @Argument(help: "Folder of NAME.txt + NAME.gold.json pairs.") var folder = "Tests/Evaluation/Real"

    func run() throws {
        print(try Evaluation.run(folder: folder).report, terminator: "")
    }
}

/// `docgraph-bench generate --count N -o DIR [--shape other-hands --manifest FILE]`
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a seeded synthetic corpus.")
    @Option(help: "Number of documents.") var count = 1000
    @Option(help: "Seed; the same seed and count give the same bytes.") var seed: UInt64 = 2026
    @Option(name: .shortAndLong, help: "Folder to write into.") var output: String
    @Option(help: "Generator: sample, plans or other-hands.") var shape: Shape = .sample
    @Option(help: "With --shape other-hands: where to write the planted defects (JSON).") var manifest: String?

    func run() throws {
        let start = Date()
        let bytes = try shape.write(count: count, seed: seed, to: output, manifest: manifest)
        print("wrote \(count) documents, \(bytes) bytes to \(output) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
    }
}

/// One size, measured in its own process so that peak memory is that size's alone.
struct Measure: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure one corpus folder; prints one JSON line.", shouldDisplay: false)
    @Argument var folder: String
    @Option var threads = 1
    @Flag(help: "Only extraction (for the one-core figure).") var extractOnly = false

    func run() throws {
        var figures = Figures()
        let (files, _) = CorpusWalker().files(under: [folder])
        figures.files = files.count

        var clock = Clock()
        var wall = WallClock()
        var bytes = 0
        for file in files { bytes += FileManager.default.contents(atPath: file.path)?.count ?? 0 }
        figures.bytes = bytes
        figures.read = clock.lap()

        wall.lap()
        // As `docgraph check` reads (`ReviewInput`): for the graph alone, unless extraction alone is measured.
        var extraction: CorpusExtraction? = CorpusExtraction.read(paths: [folder], threads: threads, forGraphOnly: !extractOnly)
        figures.extract = clock.lap()
        figures.extractWall = wall.lap()
        figures.documents = extraction?.files.reduce(0) { $0 + $1.documents.count } ?? 0
        figures.citations = extraction?.files.reduce(0) { $0 + $1.citations.count } ?? 0
        if !extractOnly, let read = extraction.take() {
            // As `docgraph check` does: the extraction goes once the graph is built.
            let graph = GraphBuilder.build(read)
            figures.graph = clock.lap()
            figures.nodes = graph.nodes.count
            figures.edges = graph.edges.count
            let asOf = SimpleDate(year: 2026, month: 11, day: 25)!
            // The findings go before the rules run alone: each `check` holds its own, as a user's would.
            figures.findings = Checker.run(graph, CheckOptions(asOf: asOf, includeAll: true)).count
            figures.check = clock.lap()
            figures.checkWall = wall.lap()
            figures.plans = graph.plans.count
            figures.obligations = graph.obligations.count
            // Each rule alone, so that no rule hides inside `check`.
            for rule in RuleRegistry.standard.ids {
                clock.lap()
                _ = Checker.run(graph, CheckOptions(asOf: asOf, includeAll: true, rules: [rule]))
                figures.rules[rule.rawValue] = clock.lap()
            }
            // The most cited document, and a path from the last document to it.
            let hub = NodeIndex(graph.nodes.indices.max { graph.incoming(NodeIndex($0)).count < graph.incoming(NodeIndex($1)).count } ?? 0)
            let leaf = NodeIndex(graph.nodes.indices.last { graph.nodes[$0].inCorpus && graph.outgoing(NodeIndex($0)).count > 0 } ?? 0)
            // Queries are timed as the best of five, as a user would repeat them on a warm graph.
            figures.impact = .infinity
            figures.path = .infinity
            for _ in 0..<5 {
                clock.lap()
                figures.impactReached = graph.impact(of: hub).count
                figures.impact = min(figures.impact, clock.lap())
                _ = graph.shortestPaths(from: leaf, to: hub)
                figures.path = min(figures.path, clock.lap())
            }
        }
        figures.peakRSS = Self.peakRSS()
        print(String(decoding: try JSONEncoder().encode(figures), as: UTF8.self))
    }

    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024 // kilobytes on Linux
    }
}

struct Figures: Codable {
    var files = 0, bytes = 0, documents = 0, citations = 0, nodes = 0, edges = 0, findings = 0, impactReached = 0
    var plans = 0, obligations = 0
    /// CPU seconds of this process (all threads): what the work costs, whatever else the machine runs.
    var read = 0.0, extract = 0.0, graph = 0.0, check = 0.0, impact = 0.0, path = 0.0
    /// Wall seconds of extraction (on `threads` cores), and from the end of extraction to the
    /// end of `check` (graph and check).
    var extractWall = 0.0, checkWall = 0.0
    /// CPU seconds per rule (`overdue-plan` → 0.12), each run alone on the built graph.
    var rules: [String: Double] = [:]
    var peakRSS = 0
}

/// Process CPU time (all threads). The benchmark shares two cores with other work; wall time
/// measured the machine's load as much as docgraph (a busy run showed rules 20 times slower
/// than a quiet one), CPU time measures the work.
struct Clock {
    private var last = Clock.now()
    /// CPU seconds since the previous lap.
    @discardableResult
    mutating func lap() -> Double {
        let now = Clock.now()
        defer { last = now }
        return now - last
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// Wall time, for what runs on several cores at once.
struct WallClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    @discardableResult
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
