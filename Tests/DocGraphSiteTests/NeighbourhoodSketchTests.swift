import Foundation
import Testing
@testable import DocGraph
@testable import DocGraphRendering
@testable import DocGraphSite

/// Diagrams are laid out once per shape of neighbourhood and filled with each document's words.
@Suite("neighbourhood layouts shared by shape")
struct NeighbourhoodSketchTests {
    static func sketch(_ g: DocumentGraph, _ n: NodeIndex) -> NeighbourhoodSketch {
        var spec = DiagramSpec(title: "")
        spec.focus = [n]
        spec.depth = 1
        spec.direction = .both
        let paths = PagePaths(g)
        return NeighbourhoodSketch.sketch(g, focus: n, nodes: DOTWriter.selectNodes(g, spec), asOf: SiteFixtures.asOf, language: .vi,
                                          url: { paths.fromDocument($0) })
    }

    @Test("two documents of one shape share a layout, and each diagram shows its own names and links")
    func sameShapeOwnWords() throws {
        let g = SiteFixtures.sample
        let groups = Dictionary(grouping: g.nodes.indices.map { NodeIndex($0) }) { Self.sketch(g, $0).dot }
        let shared = try #require(groups.values.filter { $0.count >= 2 }.max { $0.count < $1.count }, "the sample has documents of one shape")
        let (a, b) = (shared[0], shared[1])
        let (sa, sb) = (Self.sketch(g, a), Self.sketch(g, b))
        #expect(sa.dot == sb.dot)
        #expect(!sa.dot.contains(g.nodes[Int(a)].name) || g.nodes[Int(a)].name.count < 3, "no document's words in the key")
        let template = String(decoding: try GraphvizContext.shared.render(dot: sa.dot, layout: "nop2", format: "svg"), as: UTF8.self)
        let (fa, fb) = (sa.fill(template), sb.fill(template))
        let escape = { (s: String) in var o: [UInt8] = []; NeighbourhoodSketch.escape(s, into: &o); return String(decoding: o, as: UTF8.self) }
        #expect(fa.contains(">\(escape(DiagramLabel.lines(g.nodes[Int(a)])[0]))<"), "the focus's first line is drawn")
        #expect(fb.contains(">\(escape(DiagramLabel.lines(g.nodes[Int(b)])[0]))<"))
        #expect(fa.contains("xlink:href=\"\(PagePaths(g).fromDocument(a))\""))
        #expect(!fa.contains("@@"), "no token left")
        #expect(fa != fb)
        // What Graphviz drew is laid out once for both.
        #expect(groups.count < g.nodes.count, "\(groups.count) shapes for \(g.nodes.count) documents")
    }

    @Test("the site's diagrams are fewer layouts than diagrams, with no token left in a page")
    func siteReusesLayouts() throws {
        let site = SiteFixtures.sampleSite
        let summary = try #require(site.summary)
        #expect(summary.diagrams == SiteFixtures.sample.nodes.count)
        #expect(summary.layouts > 0 && summary.layouts < summary.diagrams, "\(summary.layouts) layouts for \(summary.diagrams) diagrams")
        for (path, bytes) in site.byPath where path.hasPrefix("d/") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("@@"), "\(path) keeps a token")
        }
        // 253-QĐ/TW's planned amendment keeps its deadline in the diagram.
        let qd = try SiteFixtures.page("253-QĐ/TW")
        #expect(qd.contains("30/04/2026"))
        let svg = try #require(qd.range(of: "<svg").map { String(qd[$0.lowerBound...]) })
        #expect(svg.contains("30/04/2026"), "the deadline is drawn in the planner's box")
    }
}
