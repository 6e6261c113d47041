import DocGraph
import DocGraphRendering
import Foundation
import Testing

@Suite("Rendering")
struct RenderingTests {
    @Test("Graphs/*.dot match what the code produces (regenerate with `docgraph gallery`)")
    func drift() throws {
        // The gallery is drawn from paths relative to the package root, as README's command does.
        let corpus = CorpusExtraction.read(paths: [Fixtures.corpus.path])
        let g = GraphBuilder.build(corpus)
        let manifest = Fixtures.packageRoot.appendingPathComponent("Graphs/gallery.json").path
        let items = try Gallery(manifest: manifest).items(g, folder: Fixtures.packageRoot.appendingPathComponent("Graphs").path)
        #expect(items.count == 4)
        for item in items {
            let dot = Fixtures.relative(DOTWriter.write(g, item.spec, asOf: Fixtures.asOf))
            let url = Fixtures.packageRoot.appendingPathComponent("Graphs/\(item.name).dot")
            let checkedIn = try String(contentsOf: url, encoding: .utf8)
            #expect(checkedIn == dot, "Graphs/\(item.name).dot is stale; run `docgraph gallery --corpus Corpus --output Graphs`")
        }
    }

    @Test("DOT output is deterministic")
    func deterministic() {
        let a = GraphBuilder.build(CorpusExtraction.read(paths: [Fixtures.corpus.path], threads: 1))
        let b = GraphBuilder.build(CorpusExtraction.read(paths: [Fixtures.corpus.path], threads: 4))
        let spec = DiagramSpec(title: "all")
        #expect(DOTWriter.write(a, spec, asOf: Fixtures.asOf) == DOTWriter.write(b, spec, asOf: Fixtures.asOf))
    }

    @Test("hostile titles are escaped and drawn literally", arguments: [
        "về \"trích dẫn\" và \\ dấu", "<script>alert(1)</script>", "]]> & <b>in đậm</b>", "dòng\nmới", "<<TABLE>>",
    ])
    func escaping(_ title: String) throws {
        let quoted = DOTWriter.quote(title)
        #expect(quoted.hasPrefix("\"") && quoted.hasSuffix("\""))
        let inner = quoted.dropFirst().dropLast()
        // No unescaped quote can end the string early.
        var escaped = false
        for ch in inner {
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            #expect(ch != "\"")
        }
        let dot = "digraph { a [label=\(quoted), tooltip=\(quoted)]; }"
        let svg = String(decoding: try GraphvizContext.shared.render(dot: dot, layout: "dot", format: "svg"), as: UTF8.self)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>in"))
        #expect(svg.contains("&lt;") || !title.contains("<"))
    }

    @Test("Graphviz errors come back as messages")
    func errors() {
        #expect(throws: RenderError.self) { try GraphvizContext.shared.render(dot: "digraph { a -> b }", layout: "nolayout", format: "svg") }
        #expect(throws: RenderError.self) { try GraphvizContext.shared.render(dot: "digraph { a -> ", layout: "dot", format: "svg") }
        #expect(throws: RenderError.self) { try GraphvizContext.shared.render(dot: "digraph { a }", layout: "dot", format: "xyz") }
        #expect(throws: OutputError.self) { try OutputFile.write([1], to: "/nonexistent-folder/x.svg") }
        let input = Fixtures.corpus.appendingPathComponent("002_f51bd1bc98d5fad9.txt").path
        #expect(throws: OutputError.self) { try OutputFile.write([1], to: input, inputs: [input]) }
    }

    @Test("a real SVG and PNG come out of libgvc")
    func formats() throws {
        let svg = try GraphvizContext.shared.render(dot: "digraph { a -> b }", layout: "dot", format: "svg")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        let png = try GraphvizContext.shared.render(dot: "digraph { a -> b }", layout: "neato", format: "png")
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }
}
