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

    static func draw(_ content: SiteContent, _ n: NodeIndex) -> NeighbourhoodDiagram {
        let g = content.graph
        let w = content.words
        var spec = DiagramSpec(title: g[node: n].name)
        spec.focus = [n]
        spec.depth = 1
        spec.direction = .both
        let paths = content.paths
        spec.nodeURL = { paths.fromDocument($0) }
        var nodes = DOTWriter.selectNodes(g, spec)
        let related = nodes.count - 1
        if nodes.count > content.options.diagramNodeLimit { nodes = trim(g, n, nodes, to: content.options.diagramNodeLimit) }
        let dot = DOTWriter.write(g, spec, nodes: nodes, asOf: content.options.asOf)
        do {
            let bytes = try GraphvizContext.shared.render(dot: dot, layout: "dot", format: "svg")
            let title = g[node: n].name
            guard let svg = inlineSVG(String(decoding: bytes, as: UTF8.self), title: w.fill(w.diagramHeading + ": {0}", title)) else {
                return NeighbourhoodDiagram(svg: nil, problem: "Graphviz wrote no <svg> element", drawn: 0, related: related)
            }
            return NeighbourhoodDiagram(svg: svg, problem: nil, drawn: nodes.count - 1, related: related)
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
    /// Graphviz escapes every label, tooltip and URL it writes; a drawing that still holds a
    /// script or foreign markup is refused rather than inlined.
    static func inlineSVG(_ text: String, title: String) -> String? {
        let lower = text.lowercased()
        if lower.contains("<script") || lower.contains("<foreignobject") || lower.contains("javascript:") { return nil }
        guard let start = text.range(of: "<svg "), let end = text.range(of: "</svg>", options: .backwards) else { return nil }
        var body = String(text[start.upperBound..<end.upperBound])
        // Graphviz's comments name the program and each node's DOT name: noise in a page.
        var searchFrom = body.startIndex
        while let open = body.range(of: "<!--", range: searchFrom..<body.endIndex),
              let close = body.range(of: "-->", range: open.upperBound..<body.endIndex) {
            let at = body.distance(from: body.startIndex, to: open.lowerBound)
            body.removeSubrange(open.lowerBound..<close.upperBound)
            searchFrom = body.index(body.startIndex, offsetBy: at)
        }
        guard let tagEnd = body.firstIndex(of: ">") else { return nil }
        let name = SiteMarkup.escapeAttribute(title)
        body.insert(contentsOf: "\n<title>\(name)</title>", at: body.index(after: tagEnd))
        return "<svg role=\"group\" aria-label=\"\(name)\" " + body
    }
}
