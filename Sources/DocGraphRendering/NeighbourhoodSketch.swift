import DocGraph
import Foundation

/// A document's neighbourhood placed in three columns and drawn by Graphviz, laid out once
/// per shape however many documents have it.
///
/// Graphviz is not thread-safe in-process, so a site's diagrams are drawn one at a time, and
/// `dot` took 36 ms of CPU for each neighbourhood of a 1,000-document corpus (its edge labels
/// and the edges among neighbours make every one a layout problem of its own): 10,000 diagrams
/// would have taken six minutes alone. A neighbourhood needs no search for a layout: those
/// that cite the document on the left, the document in the middle, those it cites on the right,
/// each arrow to or from the middle, its relation written in the neighbour's box. The sketch
/// places the boxes itself (`pos`, for Graphviz's `nop2`, which only routes the arrows and
/// writes the SVG), gives every box a fixed size, and writes every word as a token
/// (`@@L3.1@@`). The DOT is then the same for every neighbourhood of the same shape, and is the
/// key of a `LayoutCache`: Graphviz draws each shape once, and `fill` puts each document's own
/// words, escaped, into a copy of the drawing.
public struct NeighbourhoodSketch: Sendable {
    /// The DOT text with tokens: the layout's key.
    public var dot: String
    /// Each token's text, unescaped.
    public var words: [String: String]
    /// The relations its arrows draw, for the legend beside it.
    public var relations: [Relation]

    /// Box width in points: DiagramLabel's 40 characters at 10 points.
    static let boxWidth = 245.0
    /// Between columns, and between boxes of a column.
    static let columnGap = 90.0
    static let rowGap = 12.0

    /// The sketch of `nodes` (the focus among them) and the arrows between the focus and each.
    /// `labels` gives a document's own lines (`DiagramLabel.lines`) when the caller has them
    /// already: a site draws each document in the diagrams of all its neighbours.
    public static func sketch(_ g: DocumentGraph, focus: NodeIndex, nodes: [NodeIndex], asOf: SimpleDate, language: Language,
                              url: (NodeIndex) -> String, labels: ((NodeIndex) -> [String])? = nil) -> NeighbourhoodSketch {
        let drawn = DiagramEdges.select(g, nodes: nodes, filter: EdgeFilter(), reduce: false).filter { $0.from == focus || $0.to == focus }
        var cites: [NodeIndex: DrawnEdge] = [:], citedBy: [NodeIndex: DrawnEdge] = [:]
        for d in drawn {
            if d.from == focus { cites[d.to] = d } else { citedBy[d.from] = d }
        }
        // A box's lines: the document's own, then how it is linked to the focus. Wrapped, since
        // the box has a fixed width; two lines at most for the links, the tooltip has them all.
        var linesOf: [NodeIndex: [String]] = [:]
        for n in nodes {
            var own = labels?(n) ?? DiagramLabel.lines(g.nodes[Int(n)])
            if let d = citedBy[n] { own += ("→ " + relationLine(g, d, asOf: asOf, language)).wrapped(width: DiagramLabel.width + 4, maxLines: 2) }
            if let d = cites[n] { own += ("← " + relationLine(g, d, asOf: asOf, language)).wrapped(width: DiagramLabel.width + 4, maxLines: 2) }
            linesOf[n] = own
        }
        func lines(_ n: NodeIndex) -> [String] { linesOf[n] ?? [] }
        // The order of a column follows the shape, so that equal shapes give equal DOT.
        func signature(_ n: NodeIndex) -> String {
            let node = g.nodes[Int(n)]
            let style = DocumentStyle.of(typeCode: node.typeCode)
            let arrows = [citedBy[n], cites[n]].map { $0.map { edgeStyle(g, $0, asOf: asOf).joined(separator: ",") } ?? "-" }
            return "\(arrows.joined(separator: "|"))|\(style.shape)|\(style.color)|\(node.inCorpus)|\(lines(n).count)"
        }
        func column(_ members: [NodeIndex]) -> [NodeIndex] {
            members.map { ($0, signature($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        }
        let left = column(nodes.filter { $0 != focus && citedBy[$0] != nil && cites[$0] == nil })
        let right = column(nodes.filter { $0 != focus && cites[$0] != nil })
        let loose = column(nodes.filter { $0 != focus && cites[$0] == nil && citedBy[$0] == nil })

        var words: [String: String] = [:]
        var relations: [Relation] = []
        var out = "digraph docgraph {\n"
        out += "  graph [splines=\"line\", fontname=\"DejaVu Sans\", fontsize=\"11\"];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10, fixedsize=true, width=\(boxWidth / 72)];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=8];\n"
        func height(_ n: NodeIndex) -> Double { 16 + 12.5 * Double(lines(n).count) }
        func columnHeight(_ c: [NodeIndex]) -> Double { c.reduce(0) { $0 + height($1) } + rowGap * Double(max(0, c.count - 1)) }
        let tallest = max(columnHeight(left), columnHeight(right), columnHeight(loose), height(focus))
        var place: [NodeIndex: Int] = [:]
        var written = 0
        func box(_ n: NodeIndex, x: Double, y: Double) {
            let i = written
            written += 1
            place[n] = i
            let node = g.nodes[Int(n)]
            let style = DocumentStyle.of(typeCode: node.typeCode)
            let text = lines(n)
            var label: [String] = []
            for (j, line) in text.enumerated() {
                label.append("@@L\(i).\(j)@@")
                words["L\(i).\(j)"] = line
            }
            words["N\(i)"] = node.name
            words["T\(i)"] = [node.title ?? node.name, node.issuer, node.date?.vietnamese].compactMap { $0 }.joined(separator: " — ")
            words["U\(i)"] = url(n)
            var attrs = ["label=\"\(label.joined(separator: "\\n"))\"", "shape=\(style.shape)", "height=\(height(n) / 72)",
                         "pos=\"\(x),\(y)!\"", "fillcolor=\(DOTWriter.quote(node.inCorpus ? style.color : "#ffffff"))",
                         "tooltip=\"@@T\(i)@@\"", "URL=\"@@U\(i)@@\""]
            if n == focus { attrs.append("penwidth=2.5") }
            if !node.inCorpus { attrs.append("style=\"rounded,dashed\"") }
            out += "  \"@@N\(i)@@\" [\(attrs.joined(separator: ", "))];\n"
        }
        func stack(_ c: [NodeIndex], x: Double) {
            var top = tallest - (tallest - columnHeight(c)) / 2
            for n in c {
                box(n, x: x, y: top - height(n) / 2)
                top -= height(n) + rowGap
            }
        }
        let step = boxWidth + columnGap
        box(focus, x: step + boxWidth / 2, y: tallest / 2)
        stack(left, x: boxWidth / 2)
        stack(right, x: 2 * step + boxWidth / 2)
        stack(loose, x: 3 * step + boxWidth / 2)
        var k = 0
        for d in drawn {
            guard let a = place[d.from], let b = place[d.to] else { continue }
            words["E\(k)"] = d.members.map { "\(g.edges[Int($0)].location): \(g.edges[Int($0)].text)" }.joined(separator: "\n")
            out += "  \"@@N\(a)@@\" -> \"@@N\(b)@@\" [\(edgeStyle(g, d, asOf: asOf).joined(separator: ", ")), tooltip=\"@@E\(k)@@\"];\n"
            k += 1
        }
        // The drawing's box, given: nop2 leaves it to the DOT. The legend is the page's (HTML).
        let columns = loose.isEmpty ? 3.0 : 4.0
        out += "  graph [bb=\"0,0,\(columns * step - columnGap),\(tallest)\"];\n"
        relations = Set(drawn.flatMap { $0.members.map { g.edges[Int($0)].relation } }).sorted()
        out += "}\n"
        return NeighbourhoodSketch(dot: out, words: words, relations: relations)
    }

    /// An arrow's colour and line: its strongest relation's, dashed when planned, heavy when overdue.
    static func edgeStyle(_ g: DocumentGraph, _ d: DrawnEdge, asOf: SimpleDate) -> [String] {
        let strongest = g.edges[Int(d.members[0])]
        let style = strongest.relation.diagramStyle
        var attrs = ["color=\(DOTWriter.quote(style.color))", "style=\(DOTWriter.quote(strongest.modality == .planned ? "dashed" : style.line))"]
        if d.members.contains(where: { if case .overdue = g.planState($0, asOf: asOf) { return true } else { return false } }) {
            attrs.append("penwidth=2.5")
        }
        return attrs
    }

    /// The relations of one arrow in a line, as DOTWriter labels arrows: `sửa đổi, bổ sung (dự
    /// kiến, hạn 30/04/2026) QUÁ HẠN; căn cứ`.
    static func relationLine(_ g: DocumentGraph, _ drawn: DrawnEdge, asOf: SimpleDate, _ language: Language) -> String {
        drawn.relationLines(g, asOf: asOf, language).lines.joined(separator: "; ")
    }

    /// The laid-out drawing with this sketch's words: tokens replaced by their text, escaped
    /// for XML (text and attribute values alike).
    public func fill(_ template: SketchTemplate) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(template.size + 4096)
        for part in template.parts {
            switch part {
            case .bytes(let b): out += b
            case .token(let key):
                if let value = words[key] { Self.escape(value, into: &out) } else { out += Array("@@\(key)@@".utf8) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same, for a drawing as text (tests, and a caller without a cache).
    public func fill(_ svg: String) -> String { fill(SketchTemplate(Array(svg.utf8))) }

    static func escape(_ value: String, into out: inout [UInt8]) {
        for b in value.utf8 {
            switch b {
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]            // &amp;
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]                  // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]                  // &gt;
            case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]      // &quot;
            case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]            // &#39;
            case 0x0A: out += [0x26, 0x23, 0x31, 0x30, 0x3B]            // &#10;
            case 0x09: out.append(0x20)
            case 0x00..<0x20, 0x7F: continue
            default: out.append(b)
            }
        }
    }

}

/// A drawing cut at its tokens (`@@L3.1@@`), once per shape, so that filling it is copying.
public struct SketchTemplate: Sendable {
    public enum Part: Sendable { case bytes([UInt8]), token(String) }
    public var parts: [Part]
    /// Bytes of the drawing without its tokens.
    public var size: Int

    public init(_ svg: [UInt8]) {
        var parts: [Part] = []
        var size = 0
        var start = 0, i = 0
        let n = svg.count
        while i + 1 < n {
            guard svg[i] == 0x40, svg[i + 1] == 0x40 else { i += 1; continue }
            // A token is `@@` letters, digits and dots `@@`.
            var j = i + 2
            while j < n, svg[j] == 0x2E || (0x30...0x39).contains(svg[j]) || (0x41...0x5A).contains(svg[j]) { j += 1 }
            guard j + 1 < n, j > i + 2, svg[j] == 0x40, svg[j + 1] == 0x40 else { i += 1; continue }
            if start < i { parts.append(.bytes(Array(svg[start..<i]))); size += i - start }
            parts.append(.token(String(decoding: svg[(i + 2)..<j], as: UTF8.self)))
            i = j + 2
            start = i
        }
        if start < n { parts.append(.bytes(Array(svg[start..<n]))); size += n - start }
        self.parts = parts
        self.size = size
    }
}

/// Layouts by sketch: Graphviz draws each distinct sketch once (one at a time, as it must),
/// and every document of that shape reuses the drawing. Safe to share between threads.
public final class LayoutCache: @unchecked Sendable {
    private let lock = NSLock()
    private var templates: [String: Result<SketchTemplate?, RenderError>] = [:]
    public private(set) var layouts = 0

    public init() {}

    /// The SVG of `sketch`, laid out now or taken from an earlier sketch of the same shape;
    /// `prepare` turns Graphviz's SVG into the drawing kept (run once per shape; nil refuses it).
    public func svg(_ sketch: NeighbourhoodSketch, prepare: ([UInt8]) -> [UInt8]?) throws(RenderError) -> String? {
        lock.lock()
        let known = templates[sketch.dot]
        lock.unlock()
        let result: Result<SketchTemplate?, RenderError>
        if let known {
            result = known
        } else {
            do {
                let bytes = try GraphvizContext.shared.render(dot: sketch.dot, layout: "nop2", format: "svg")
                result = .success(prepare(bytes).map(SketchTemplate.init))
            } catch {
                result = .failure(error)
            }
            lock.lock()
            if templates.updateValue(result, forKey: sketch.dot) == nil { layouts += 1 }
            lock.unlock()
        }
        return try result.get().map { sketch.fill($0) }
    }
}
