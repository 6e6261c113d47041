import ArgumentParser
import CorpusSynthesis
import DocGraph
import DocGraphRendering
import Foundation

/// `docgraph-bench render --count 10000`: a whole-corpus `render` of a synthetic corpus, the way
/// `docgraph render --corpus DIR -o corpus.svg` runs it: read, graph, the issuer graph (over 500
/// documents), Graphviz layout and SVG. Issue #14's target: under a minute for 10,000 documents.
struct RenderWhole: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Time a whole-corpus render (the issuer graph) of a synthetic corpus.")
    @Option(help: "Number of documents.") var count = 10_000
    @Option(help: "Seed; the same seed and count give the same bytes.") var seed: UInt64 = 2026
    @Option(help: "Generator: sample, plans or other-hands.") var shape: Shape = .sample
    @Option(help: "Folder for the corpus (kept for the next run) and the SVG.") var work = ".build-bench/render"
    @Option(help: "Graphviz layout of the issuer graph.") var layout = "dot"

    func run() throws {
        let folder = "\(work)/\(shape.rawValue)-\(count)-\(seed)"
        if !FileManager.default.fileExists(atPath: folder) {
            let start = Date()
            let bytes = try shape.write(count: count, seed: seed, to: folder, manifest: nil)
            print("generated \(count) documents (\(bytes / 1_000_000) MB) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        }
        var clock = Clock()
        let corpus = CorpusExtraction.read(paths: [folder])
        let read = clock.lap()
        let graph = GraphBuilder.build(corpus)
        let build = clock.lap()
        var spec = DiagramSpec(title: "bench")
        spec.layout = layout
        spec.linkBase = work
        let drawn = DOTWriter.draw(graph, spec, asOf: SimpleDate(year: 2026, month: 11, day: 25)!)
        let draw = clock.lap()
        let svg = try GraphvizContext.shared.render(dot: drawn.dot, layout: layout, format: "svg")
        let render = clock.lap()
        try Data(svg).write(to: URL(fileURLWithPath: "\(work)/corpus-\(count).svg"))
        let total = read + build + draw + render
        let links = drawn.dot.components(separatedBy: " -> ").count - 1
        print("\(count) documents, \(graph.nodes.count) nodes, \(graph.edges.count) edges → \(drawn.issuerBodies ?? 0) issuing bodies, \(links) arrows")
        func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        print("read \(f(read)) s, graph \(f(build)) s, issuer graph + DOT \(f(draw, 3)) s, \(layout) layout + SVG \(f(render)) s: "
            + "total \(f(total, 1)) s \(total < 60 ? "(under a minute ✓)" : "(over a minute ✗)")")
        guard drawn.issuerBodies != nil else { throw ExitCode(1) }
    }
}
