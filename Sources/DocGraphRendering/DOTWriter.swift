import DocGraph
/// Writes DOT text: deterministic (same graph → same bytes) and with every label escaped so
/// that title text is drawn literally and never becomes DOT or HTML markup.
public enum DOTWriter {
    public static func write(_ g: DocumentGraph, _ spec: DiagramSpec, asOf: SimpleDate) -> String {
        write(g, spec, nodes: selectNodes(g, spec), asOf: asOf)
    }

    /// Writes the given nodes (from `selectNodes`) and the edges among them.
    public static func write(_ g: DocumentGraph, _ spec: DiagramSpec, nodes: [NodeIndex], asOf: SimpleDate) -> String {
        let set = Set(nodes)
        // A neighbourhood reads the edges leaving its own nodes, not every edge of the graph (the
        // site draws one per document); in index order, so the output is the same either way.
        let candidates = nodes.count * 4 < g.nodes.count ? nodes.flatMap { g.outgoing($0).map(Int.init) }.sorted() : Array(g.edges.indices)
        var edges = candidates.filter { i in
            let e = g.edges[i]
            return set.contains(e.from) && set.contains(e.to) && spec.filter.accepts(e)
        }
        // One drawn edge per (from, to, relation, modality); the first citation is the evidence.
        var seen: Set<String> = []
        edges = edges.filter { i in let e = g.edges[i]; return seen.insert("\(e.from)|\(e.to)|\(e.relation)|\(e.modality)").inserted }
        if spec.reduce { edges = transitiveReduction(g, edges) }
        var out = "digraph docgraph {\n"
        out += "  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=11, labelloc=t, label=\(quote(spec.title)), tooltip=\(quote(spec.title))];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=8];\n"
        let groups = Dictionary(grouping: nodes) { clusterName(g, $0, spec.cluster) }
        for name in groups.keys.sorted() {
            let members = groups[name]!.sorted()
            if spec.cluster != .none {
                out += "  subgraph \(quote("cluster_" + name)) {\n    label=\(quote(name)); style=dashed; color=gray50;\n"
            }
            for n in members { out += (spec.cluster != .none ? "  " : "") + "  " + nodeLine(g, n, url: spec.nodeURL?(n)) + "\n" }
            if spec.cluster != .none { out += "  }\n" }
        }
        for i in edges.sorted(by: { (g.edges[$0].from, g.edges[$0].to, g.edges[$0].relation) < (g.edges[$1].from, g.edges[$1].to, g.edges[$1].relation) }) {
            out += "  " + edgeLine(g, i, asOf: asOf) + "\n"
        }
        out += legend(edges.map { g.edges[$0].relation })
        out += "}\n"
        return out
    }

    /// The documents a diagram shows: the focus and its neighbourhood, or the whole graph.
    public static func selectNodes(_ g: DocumentGraph, _ spec: DiagramSpec) -> [NodeIndex] {
        if spec.focus.isEmpty {
            let used = Set(g.edges.filter(spec.filter.accepts).flatMap { [$0.from, $0.to] })
            return g.nodes.indices.map(NodeIndex.init).filter { used.contains($0) || g.nodes[Int($0)].inCorpus }
        }
        var result = Set(spec.focus)
        for f in spec.focus {
            if spec.direction != .down { g.impact(of: f, filter: spec.filter, maxDepth: spec.depth).forEach { result.insert($0.node) } }
            if spec.direction != .up { g.dependencies(of: f, filter: spec.filter, maxDepth: spec.depth).forEach { result.insert($0.node) } }
        }
        return result.sorted()
    }

    /// Keeps an edge u→v only when v is not reachable from u through other kept nodes.
    static func transitiveReduction(_ g: DocumentGraph, _ edges: [Int]) -> [Int] {
        var adjacency: [NodeIndex: [NodeIndex]] = [:]
        for i in edges { adjacency[g.edges[i].from, default: []].append(g.edges[i].to) }
        return edges.filter { i in
            let (u, v) = (g.edges[i].from, g.edges[i].to)
            var stack = (adjacency[u] ?? []).filter { $0 != v }
            var seen = Set(stack)
            while let x = stack.popLast() {
                if x == v { return false }
                for y in adjacency[x] ?? [] where seen.insert(y).inserted { stack.append(y) }
            }
            return true
        }
    }

    static func clusterName(_ g: DocumentGraph, _ n: NodeIndex, _ c: DiagramSpec.Cluster) -> String {
        let node = g.nodes[Int(n)]
        switch c {
        case .none: return ""
        case .issuer: return node.issuer ?? "unknown issuer"
        case .type: return node.typeWord ?? node.typeCode ?? "unknown type"
        case .level: return IssuerLevel.of(issuer: node.issuer, code: node.id?.issuerCode).rawValue
        }
    }

    private static let typeStyle: [String: (shape: String, color: String)] = [
        "NQ": ("box", "#f4cccc"), "KL": ("box", "#fce5cd"), "QĐ": ("component", "#fff2cc"), "CT": ("box", "#d9ead3"),
        "KH": ("note", "#cfe2f3"), "CTr": ("note", "#d9d2e9"), "HD": ("tab", "#d0e0e3"), "TB": ("box", "#ead1dc"),
        "BC": ("box", "#eeeeee"), "QC": ("component", "#fff2cc"), "ĐA": ("folder", "#e6f2d9"),
    ]

    static func nodeLine(_ g: DocumentGraph, _ n: NodeIndex, url: String? = nil) -> String {
        let node = g.nodes[Int(n)]
        let style = typeStyle[node.typeCode ?? ""] ?? ("box", "#ffffff")
        var label = node.id?.description ?? clip(node.title ?? node.name, 40)
        if let d = node.date { label += "\n" + d.vietnamese }
        if node.id != nil, let t = node.title { label += "\n" + clip(t, 36) }
        var attrs = ["label=\(quote(label))", "shape=\(style.shape)", "fillcolor=\(quote(node.inCorpus ? style.color : "#ffffff"))",
                     "tooltip=\(quote([node.title ?? node.name, node.issuer, node.date?.vietnamese].compactMap { $0 }.joined(separator: " — ")))"]
        if !node.inCorpus { attrs.append("style=\"rounded,dashed\"") }
        if let url { attrs.append("URL=\(quote(url))") } else if let r = node.record { attrs.append("URL=\(quote(r.file + "#L\(r.startLine)"))") }
        return "n\(n) [\(attrs.joined(separator: ", "))];"
    }

    static func edgeLine(_ g: DocumentGraph, _ i: Int, asOf: SimpleDate) -> String {
        let e = g.edges[i]
        let style = e.relation.diagramStyle
        var label = e.relation.rawValue
        var attrs = ["color=\(quote(style.color))"]
        var lineStyle = style.line
        if e.modality == .planned {
            lineStyle = "dashed"
            if let d = e.deadline { label += "\n" + (d.date?.description ?? d.text) }
            if case .overdue = g.planState(EdgeIndex(i), asOf: asOf) { label += " OVERDUE"; attrs.append("penwidth=2.5"); attrs.append("fontcolor=\"#d62728\"") }
        }
        attrs.append("style=\(quote(lineStyle))")
        attrs.append("label=\(quote(label))")
        attrs.append("tooltip=\(quote("\(e.location): \(e.text)"))")
        return "n\(e.from) -> n\(e.to) [\(attrs.joined(separator: ", "))];"
    }

    /// The legend as a footer label. (A legend cluster of point nodes crashes Graphviz 2.43's
    /// dot layout with a double free, so the legend is text.)
    static func legend(_ relations: [Relation]) -> String {
        let used = Set(relations).sorted()
        guard !used.isEmpty else { return "" }
        let colours = used.map { "\($0.rawValue): \($0.diagramStyle.colourName)" }.joined(separator: ", ")
        return "  legend [shape=plaintext, style=\"\", label=\(quote("Legend — " + colours + "\nDashed edge: planned (with deadline; OVERDUE in red). Dashed box: cited, not in the corpus."))];\n"
    }

    /// A DOT string literal: backslashes and quotes escaped, line breaks as `\n`, control
    /// characters dropped; `<`, `>` and `&` stay literal inside a quoted (non-HTML) label.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default: if ch.value >= 0x20 && ch.value != 0x7F { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }

    static func clip(_ s: String, _ n: Int) -> String { s.clipped(to: n) }
}
