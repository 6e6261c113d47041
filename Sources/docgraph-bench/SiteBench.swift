import ArgumentParser
import DocGraph
import DocGraphIndex
import DocGraphSite
import Foundation

/// `docgraph-bench site`: the static site of a synthetic corpus (issue #17: 10,000 documents in
/// under a minute) and how long its index page takes to load in headless Chromium (under a second).
struct SiteBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Time `docgraph site` on a synthetic corpus, and the index page's load in Chromium.")

    @Option(help: "Number of documents.") var count = 10_000
    @Option(help: "Generator: sample, plans or other-hands.") var shape: Shape = .sample
    @Option(help: "Seed of the generated corpus.") var seed: UInt64 = 2026
    @Option(help: "Where the generated corpus and the site are kept.") var work = ".build-bench"
    @Option(help: "Chromium for the load time; skipped when missing.") var chromium = "/usr/bin/chromium"
    @Option(help: "The browser driver.") var driver = "Tests/Browser/site_check.py"

    func run() throws {
        let corpus = "\(work)/\(shape.rawValue)-v\(shape.version)-\(count)-\(seed)"
        let marker = corpus + "/.complete"
        if !FileManager.default.fileExists(atPath: marker) {
            try? FileManager.default.removeItem(atPath: corpus)
            _ = try shape.write(count: count, seed: seed, to: corpus)
            _ = FileManager.default.createFile(atPath: marker, contents: nil)
        }
        var clock = Clock()
        var wall = WallClock()
        let extraction = CorpusExtraction.read(paths: [corpus])
        let graph = GraphBuilder.build(extraction)
        let read = (cpu: clock.lap(), wall: wall.lap())
        // The same corpus from issue #15's index, built once beforehand (not timed): reading the
        // rows and building the graph is what `docgraph site --index FILE` does before the pages.
        let indexPath = corpus + ".sqlite"
        if !FileManager.default.fileExists(atPath: indexPath) {
            _ = try IndexUpdate(roots: [corpus]).run(index: indexPath)
        }
        _ = clock.lap()
        _ = wall.lap()
        let indexed = GraphBuilder.build(try CorpusIndex.open(indexPath).extraction())
        let fromIndex = (cpu: clock.lap(), wall: wall.lap())
        guard indexed.nodes.count == graph.nodes.count, indexed.edges.count == graph.edges.count else {
            throw ValidationError("the index gives \(indexed.nodes.count) nodes and \(indexed.edges.count) edges, the files \(graph.nodes.count) and \(graph.edges.count)")
        }
        let out = "\(work)/site-\(shape.rawValue)-\(count)"
        var options = SiteOptions(asOf: SimpleDate(year: 2026, month: 11, day: 25)!)
        let loadBefore = Self.loadAverage()
        let summary = try StaticSite.write(graph, options: options, to: out)
        let site = (cpu: clock.lap(), wall: wall.lap())
        options.diagrams = false
        let plain = try StaticSite.write(graph, options: options, to: out + "-plain")
        let withoutDiagrams = (cpu: clock.lap(), wall: wall.lap())
        let index = (try? FileManager.default.attributesOfItem(atPath: out + "/index.html")[.size] as? Int) ?? 0
        let searchIndex = (try? FileManager.default.attributesOfItem(atPath: out + "/search-index.js")[.size] as? Int) ?? 0
        func f(_ t: (cpu: Double, wall: Double)) -> String { String(format: "%6.1f s CPU, %6.1f s wall", t.cpu, t.wall) }
        print("""
        site of \(count) \(shape.rawValue) documents (\(graph.nodes.count) nodes, \(graph.edges.count) edges), release build, \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadBefore) before:
          files → graph             \(f(read))
          index → graph             \(f(fromIndex))  (\(indexPath), built beforehand)
          graph → site              \(f(site))  (\(summary.pages) pages, \(summary.diagrams) diagrams from \(summary.layouts) layouts, \(summary.bytes / 1_048_576) MB, \(options.threads) threads)
          files → site              \(f((read.cpu + site.cpu, read.wall + site.wall)))
          index → site              \(f((fromIndex.cpu + site.cpu, fromIndex.wall + site.wall)))
          graph → site, no diagrams \(f(withoutDiagrams))  (\(plain.bytes / 1_048_576) MB)
          index.html \(index / 1024) KB, search-index.js \(searchIndex / 1024) KB
        """)
        try? FileManager.default.removeItem(atPath: out + "-plain")
        guard FileManager.default.isExecutableFile(atPath: chromium), FileManager.default.fileExists(atPath: driver) else {
            print("  index load in Chromium  skipped (no \(chromium) or no \(driver))")
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", driver, "--site", out, "--chromium", chromium, "--load-time"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        struct Load: Decodable { var loadMs: [Double]; var searchMs: [Double]; var blankMs: [Double]?; var rows: Int; var errors: [String] }
        guard p.terminationStatus == 0, let load = try? JSONDecoder().decode(Load.self, from: data) else {
            print("  index load in Chromium  failed (run \(driver) --site \(out) --load-time by hand)")
            return
        }
        func spread(_ ms: [Double]) -> String {
            let sorted = ms.sorted()
            guard let best = sorted.first, let worst = sorted.last else { return "no run" }
            return String(format: "%.0f ms median of %d (best %.0f, worst %.0f)", sorted[sorted.count / 2], sorted.count, best, worst)
        }
        print("  index load in Chromium  \(spread(load.loadMs)), \(load.rows) rows shown, \(load.errors.count) console errors; load average \(Self.loadAverage())")
        print("  first search answer     \(spread(load.searchMs)) from typing, search index loaded on first use")
        if let blank = load.blankMs { print("  a blank page's load     \(spread(blank)) (the machine's floor at this load)") }
    }

    /// The machine's one-minute load average: the figures above mean little without it.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return String(text.split(separator: " ").first ?? "unknown")
    }
}
