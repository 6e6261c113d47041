import DocGraph
import DocGraphRendering

/// A document's direct relations drawn by Graphviz (libgvc, in-process) as SVG to inline in its
/// page: each node links to its page (relative, so the site works from `file://`), each node and
/// edge has a tooltip, and the drawing has a `<title>` that names it.
struct NeighbourhoodDiagram {
    /// The `<svg>` element, ready to inline; nil with `problem` when Graphviz could not draw it.
    var svg: String?
    var problem: String?
    var drawn: Int
    var related: Int
    /// The relations its arrows draw, for the legend under it.
    var relations: [Relation] = []

    static func draw(_ content: SiteContent, _ n: NodeIndex) -> NeighbourhoodDiagram {
        let g = content.graph
        let w = content.words
        var spec = DiagramSpec(title: g[node: n].name)
        spec.focus = [n]
        spec.depth = 1
        spec.direction = .both
        var nodes = DOTWriter.selectNodes(g, spec)
        let related = nodes.count - 1
        if nodes.count > content.options.diagramNodeLimit { nodes = trim(g, n, nodes, to: content.options.diagramNodeLimit) }
        let paths = content.paths
        var sketch = NeighbourhoodSketch.sketch(g, focus: n, nodes: nodes, asOf: content.options.asOf, language: w.language,
                                                url: { paths.fromDocument($0) }, labels: { content.labelLines[Int($0)] })
        sketch.words["H"] = w.fill(w.diagramHeading + ": {0}", g[node: n].name)
        do {
            guard let svg = try content.layouts.svg(sketch, prepare: { inlineSVG($0, title: "@@H@@") }) else {
                return NeighbourhoodDiagram(svg: nil, problem: "Graphviz wrote no <svg> element", drawn: 0, related: related)
            }
            return NeighbourhoodDiagram(svg: svg, problem: nil, drawn: nodes.count - 1, related: related, relations: sketch.relations)
        } catch {
            return NeighbourhoodDiagram(svg: nil, problem: error.description, drawn: 0, related: related)
        }
    }

    /// Keeps the focus and the neighbours that matter most: those linked by something other than
    /// a plain mention, corpus documents before cited-only ones, then in node order.
    static func trim(_ g: DocumentGraph, _ focus: NodeIndex, _ nodes: [NodeIndex], to limit: Int) -> [NodeIndex] {
        var strong: Set<NodeIndex> = []
        for e in g.outgoing(focus) where g[edge: e].relation != .references { strong.insert(g[edge: e].to) }
        for e in g.incoming(focus) where g[edge: e].relation != .references { strong.insert(g[edge: e].from) }
        let ranked = nodes.filter { $0 != focus }.sorted { a, b in
            let ka = (strong.contains(a) ? 0 : 1, g[node: a].inCorpus ? 0 : 1, a)
            let kb = (strong.contains(b) ? 0 : 1, g[node: b].inCorpus ? 0 : 1, b)
            return ka < kb
        }
        return ([focus] + ranked.prefix(limit - 1)).sorted()
    }

    /// The `<svg>` element alone (no XML declaration, doctype or comments), with a `<title>`
    /// naming the diagram as its first child, so that screen readers and tooltips name it.
    /// It runs once per shape, on the drawing with tokens (`NeighbourhoodSketch`), whose words
    /// go in escaped afterwards; a drawing that holds a script or foreign markup is refused.
    /// On bytes: done with String searches it was a fifth of the site's CPU time.
    static func inlineSVG(_ svg: [UInt8], title: String) -> [UInt8]? {
        let lower = svg.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        for refused in ["<script", "<foreignobject", "javascript:"] where find(Array(refused.utf8), in: lower, from: 0) != nil { return nil }
        guard let start = find(Array("<svg ".utf8), in: svg, from: 0) else { return nil }
        var end: Int?
        var at = start
        while let next = find(Array("</svg>".utf8), in: svg, from: at) { end = next + 6; at = next + 1 }
        guard let end else { return nil }
        // Graphviz's comments name the program and each node's DOT name: noise in a page.
        var body: [UInt8] = []
        body.reserveCapacity(end - start)
        var i = start + 5
        while i < end {
            if let open = find(Array("<!--".utf8), in: svg, from: i), open < end {
                body += svg[i..<open]
                guard let close = find(Array("-->".utf8), in: svg, from: open + 4) else { return nil }
                i = close + 3
            } else {
                body += svg[i..<end]
                i = end
            }
        }
        guard let tagEnd = body.firstIndex(of: 0x3E) else { return nil }
        let name = Array(SiteMarkup.escapeAttribute(title).utf8)
        body.insert(contentsOf: Array("\n<title>".utf8) + name + Array("</title>".utf8), at: tagEnd + 1)
        return Array("<svg role=\"group\" aria-label=\"".utf8) + name + Array("\" ".utf8) + body
    }

    /// Where `pattern` first occurs in `bytes` at or after `from`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = from
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}
