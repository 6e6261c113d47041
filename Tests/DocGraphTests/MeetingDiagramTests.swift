@testable import DocGraph
import DocGraphRendering
import Foundation
import Testing

/// Diagrams for a meeting (issue #14): A4 sheets, whole-word labels, one arrow per pair and
/// direction, reduction per relation, the issuer graph, overlap removal, relative links.
@Suite("Meeting diagrams")
struct MeetingDiagramTests {
    static let graph = GraphBuilder.build(Fixtures.sample)

    static func galleryItems() throws -> [Gallery.Item] {
        let manifest = Fixtures.packageRoot.appendingPathComponent("Graphs/gallery.json").path
        return try Gallery(manifest: manifest).items(graph, folder: "Graphs")
    }

    /// `nA -> nB` pairs of a DOT text.
    static func arrows(_ dot: String) -> [String] {
        dot.split(separator: "\n").compactMap { line in
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
            return parts.count > 2 && parts[1] == "->" ? "\(parts[0])->\(parts[2])" : nil
        }
    }

    @Test("the 28-NQ/TW neighbourhood and the 253-QĐ/TW revisions on A4 landscape: PDF page, PNG size, whole words, one arrow per pair",
          arguments: ["28-NQ-TW-neighbourhood", "253-QD-TW-revisions"])
    func a4(name: String) throws {
        let g = Self.graph
        let item = try #require(try Self.galleryItems().first { $0.name == name })
        #expect(item.spec.paper == Paper(.a4, .landscape))
        let dot = DOTWriter.write(g, item.spec, asOf: Fixtures.asOf)

        // One page of exactly 842 × 595 points (A4 landscape).
        let pdf = try GraphvizContext.shared.render(dot: dot, layout: "dot", format: "pdf")
        let text = String(decoding: pdf, as: UTF8.self)
        let boxes = text.matches(of: /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/)
        #expect(boxes.count == 1, "one page")
        let box = try #require(boxes.first)
        #expect(abs((Double(box.output.3) ?? 0) - 842) < 1 && abs((Double(box.output.4) ?? 0) - 595) < 1, "A4 landscape, got \(box.output.0)")

        // The PNG fits the same sheet at 96 dpi and fills one of its sides.
        let png = try GraphvizContext.shared.render(dot: dot, layout: "dot", format: "png")
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width <= 1123 && height <= 794, "\(width)×\(height) fits A4 landscape")
        #expect(width >= 1000 || height >= 700, "\(width)×\(height) fills the sheet")

        // Every label line is made of whole words of the document's id, date, type, title and issuer.
        let nodes = DOTWriter.selectNodes(g, item.spec)
        #expect(nodes.count >= 2)
        for n in nodes {
            let node = g.nodes[Int(n)]
            let lines = DiagramLabel.lines(node)
            #expect((1...3).contains(lines.count), "\(lines)")
            #expect(dot.contains(DOTWriter.quote(lines.joined(separator: "\n"))), "the DOT draws the label of \(node.name)")
            let source = [node.id?.description, node.date?.vietnamese, node.typeWord, node.title, node.issuer, node.locality, node.name]
                .compactMap { $0 }.joined(separator: " ")
            let words = Set(source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
            for line in lines {
                for token in line.split(separator: " ") where token != "…" && token != "·" {
                    #expect(words.contains(String(token)), "'\(token)' in '\(line)' is not a whole word of \(node.name)")
                }
            }
        }

        // One arrow per ordered pair.
        let pairs = Self.arrows(dot)
        #expect(!pairs.isEmpty)
        #expect(Set(pairs).count == pairs.count, "one arrow per pair and direction: \(pairs)")
    }

    @Test("parallel citations of one pair are one arrow listing every relation; the strongest decides its colour")
    func merged() throws {
        let g = Self.graph
        let kh = try g.lookup("256-KH/TU"), nq = try g.lookup("28-NQ/TW")
        let relations = Set(g.outgoing(kh).map { g.edges[Int($0)] }.filter { $0.to == nq }.map(\.relation))
        #expect(relations.count >= 3, "the sample cites 28-NQ/TW from 256-KH/TU several ways: \(relations)")
        var spec = DiagramSpec(title: "t")
        spec.focus = [nq]; spec.depth = 1
        let dot = DOTWriter.write(g, spec, asOf: Fixtures.asOf)
        let lines = dot.split(separator: "\n").filter { $0.contains("n\(kh) -> n\(nq) ") }
        #expect(lines.count == 1)
        let line = String(try #require(lines.first))
        for r in relations { #expect(line.contains(r.label(.vi)), "\(r) is in the label: \(line)") }
        let strongest = try #require(relations.max { $0.drawingWeight < $1.drawingWeight })
        #expect(line.contains("color=\"\(strongest.diagramStyle.color)\""))
    }

    @Test("--reduce drops an implements edge implied by implements edges, never one of another relation")
    func reducePerRelation() {
        var g = DocumentGraph.synthetic(nodes: 4) { $0 < 2 ? $0 + 1 : nil }  // 0→1→2 implements
        func add(_ a: Int, _ b: Int, _ r: Relation) {
            g.edges.append(DocumentEdge(from: NodeIndex(a), to: NodeIndex(b), relation: r, modality: .enacted,
                                        location: SourceLocation(file: "synthetic", line: 1, column: 1), text: "", isNested: false))
        }
        add(0, 2, .implements)  // implied by 0→1→2
        add(0, 2, .basedOn)     // no basedOn chain implies it
        add(0, 3, .implements)
        g.index()
        var spec = DiagramSpec(title: "t")
        spec.reduce = true
        let drawn = DiagramEdges.select(g, nodes: [0, 1, 2, 3], filter: EdgeFilter(), reduce: true)
        let relationsOf02 = drawn.first { $0.from == 0 && $0.to == 2 }.map { $0.members.map { g.edges[Int($0)].relation } }
        #expect(relationsOf02 == [.basedOn], "the implements edge goes, the basedOn edge stays")
        #expect(drawn.contains { $0.from == 0 && $0.to == 3 } && drawn.contains { $0.from == 0 && $0.to == 1 })
        let unreduced = DiagramEdges.select(g, nodes: [0, 1, 2, 3], filter: EdgeFilter(), reduce: false)
        #expect(unreduced.first { $0.from == 0 && $0.to == 2 }?.members.count == 2)
    }

    @Test("over the document limit a whole-graph diagram draws issuing bodies, weighted by citations")
    func issuerGraph() {
        let g = Self.graph
        var spec = DiagramSpec(title: "t")
        spec.documentLimit = 20
        let drawn = DOTWriter.draw(g, spec, asOf: Fixtures.asOf)
        let bodies = drawn.issuerBodies ?? 0
        #expect(bodies > 3 && bodies < drawn.documents)
        let issuers = IssuerGraph.build(g)
        #expect(issuers.bodies.map(\.documents).reduce(0, +) == g.nodes.count, "every document is in one body")
        let between = issuers.links.map(\.citations).reduce(0, +), within = issuers.bodies.map(\.internalCitations).reduce(0, +)
        #expect(between + within == g.edges.filter { $0.from != $0.to || true }.count, "every citation is counted once")
        #expect(drawn.dot.contains("Trích dẫn giữa các cơ quan ban hành") && drawn.dot.contains("Bộ Chính trị"))
        #expect(Self.arrows(drawn.dot).count == issuers.links.count)
        spec.focus = [NodeIndex(0)]
        #expect(DOTWriter.draw(g, spec, asOf: Fixtures.asOf).issuerBodies == nil, "a focused diagram always draws documents")
    }

    /// Node boxes (centre and size in points) from Graphviz's laid-out DOT.
    static func boxes(_ laidOut: String) -> [(x: Double, y: Double, w: Double, h: Double)] {
        // Statements end with `;` at a line's end; a node's attributes span several lines.
        laidOut.components(separatedBy: ";\n").compactMap { statement in
            let s = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            guard s.firstMatch(of: /^n\d+\s*\[/) != nil,
                  let pos = s.firstMatch(of: /\bpos="([\d.\-]+),([\d.\-]+)"/),
                  let w = s.firstMatch(of: /\bwidth="?([\d.]+)/), let h = s.firstMatch(of: /\bheight="?([\d.]+)/) else { return nil }
            return (Double(pos.output.1) ?? 0, Double(pos.output.2) ?? 0, (Double(w.output.1) ?? 0) * 72, (Double(h.output.1) ?? 0) * 72)
        }
    }

    @Test("neato, fdp, sfdp and twopi get overlap removal: no two boxes overlap", arguments: ["neato", "fdp", "sfdp", "twopi"])
    func noOverlap(layout: String) throws {
        let g = Self.graph
        var spec = DiagramSpec(title: "t")
        spec.focus = [try g.lookup("28-NQ/TW")]
        spec.layout = layout
        let dot = DOTWriter.write(g, spec, asOf: Fixtures.asOf)
        #expect(dot.contains("overlap=\"prism\"") && dot.contains("splines=\"true\""))
        let laidOut = String(decoding: try GraphvizContext.shared.render(dot: dot, layout: layout, format: "dot"), as: UTF8.self)
        let b = Self.boxes(laidOut)
        #expect(b.count >= 5, "\(laidOut.prefix(500))")
        for i in b.indices { for j in b.indices where j > i {
            let apart = abs(b[i].x - b[j].x) >= (b[i].w + b[j].w) / 2 - 1 || abs(b[i].y - b[j].y) >= (b[i].h + b[j].h) / 2 - 1
            #expect(apart, "boxes \(i) and \(j) overlap with \(layout)")
        } }
    }

    @Test("source links are relative to the diagram's folder, never the machine's absolute paths")
    func relativeLinks() throws {
        #expect(RelativeLink.path("Corpus/a.txt", from: "Graphs") == "../Corpus/a.txt")
        #expect(RelativeLink.path("Corpus/a.txt", from: ".") == "Corpus/a.txt")
        #expect(RelativeLink.path("/data/x/Corpus/a.txt", from: "/data/y/out") == "../../x/Corpus/a.txt")
        let item = try #require(try Self.galleryItems().first { $0.name == "corpus" })
        let dot = DOTWriter.write(Self.graph, item.spec, asOf: Fixtures.asOf)
        #expect(dot.contains("URL=\"../Corpus/000_2d9491622f365655.txt#L1\""))
        #expect(!dot.contains("URL=\"/"), "no absolute link")
    }

    @Test("labels wrap between words: at most the lines asked, an ellipsis after a whole word")
    func wrapping() {
        let title = "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng về công tác tổ chức"
        let one = title.wrapped(width: 30, maxLines: 1)
        #expect(one == ["thực hiện Nghị quyết Đại hội …"])
        let two = title.wrapped(width: 30, maxLines: 2)
        #expect(two.count == 2 && two[1].hasSuffix(" …"))
        #expect("ngắn".wrapped(width: 30, maxLines: 2) == ["ngắn"])
        #expect("Chủ-nghĩa-Mác-Lênin-và-tư-tưởng".wrapped(width: 10, maxLines: 2) == ["Chủ-nghĩa-Mác-Lênin-và-tư-tưởng"], "a long word is kept whole")
    }

    @Test("a diagram speaks its spec's language: Vietnamese relations and legend by default, English with .en")
    func diagramLanguage() throws {
        var spec = try #require(try Self.galleryItems().first { $0.name == "253-QD-TW-revisions" }).spec
        let vi = DOTWriter.write(Self.graph, spec, asOf: Fixtures.asOf)
        spec.language = .en
        let en = DOTWriter.write(Self.graph, spec, asOf: Fixtures.asOf)
        #expect(vi.contains(Relation.amends.label(.vi)) && vi.contains(Message.legendPlanned.text(.vi)) && !vi.contains(Message.legendPlanned.text(.en)))
        #expect(en.contains("amends") && en.contains(Message.legendPlanned.text(.en)) && !en.contains(Relation.amends.label(.vi)))
    }
}
