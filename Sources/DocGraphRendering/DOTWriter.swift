import DocGraph

/// A diagram's DOT text and what it shows.
public struct DrawnDiagram: Sendable {
    public var dot: String
    /// Documents drawn, or documents behind the bodies of an issuer diagram.
    public var documents: Int
    /// The number of issuing bodies (or types, by `DiagramSpec.overview`) when the diagram shows
    /// them instead of documents.
    public var issuerBodies: Int?
}

/// Writes DOT text: deterministic (same graph → same bytes) and with every label escaped so
/// that title text is drawn literally and never becomes DOT or HTML markup.
public enum DOTWriter {
    public static func write(_ g: DocumentGraph, _ spec: DiagramSpec, asOf: SimpleDate) -> String {
        draw(g, spec, asOf: asOf).dot
    }

    /// The diagram `spec` asks for: its documents, or, for a whole graph over `documentLimit`
    /// documents, the graph of issuing bodies.
    public static func draw(_ g: DocumentGraph, _ spec: DiagramSpec, asOf: SimpleDate) -> DrawnDiagram {
        let nodes = selectNodes(g, spec)
        if spec.focus.isEmpty, nodes.count > spec.documentLimit {
            let issuers = IssuerGraph.build(g, filter: spec.filter, by: spec.overview)
            return DrawnDiagram(dot: IssuerDiagram.write(issuers, spec, documents: nodes.count), documents: nodes.count, issuerBodies: issuers.bodies.count)
        }
        return DrawnDiagram(dot: write(g, spec, nodes: nodes, asOf: asOf), documents: nodes.count, issuerBodies: nil)
    }

    /// Writes the given nodes (from `selectNodes`) and the edges among them, one per pair and direction.
    public static func write(_ g: DocumentGraph, _ spec: DiagramSpec, nodes: [NodeIndex], asOf: SimpleDate) -> String {
        let edges = DiagramEdges.select(g, nodes: nodes, filter: spec.filter, reduce: spec.reduce)
        var out = "digraph docgraph {\n"
        out += "  " + graphLine(spec, extra: [("rankdir", "LR")]) + "\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=8];\n"
        let groups = Dictionary(grouping: nodes) { clusterOf(g, $0, spec) }
        for cluster in groups.keys.sorted() {
            let members = (groups[cluster] ?? []).sorted()
            if spec.cluster != .none {
                out += "  subgraph \(quote("cluster_" + cluster.name)) {\n    label=\(quote(cluster.name)); style=dashed; color=gray50;\n"
            }
            for n in members { out += (spec.cluster != .none ? "  " : "") + "  " + nodeLine(g, n, spec) + "\n" }
            if spec.cluster != .none { out += "  }\n" }
        }
        for e in edges { out += "  " + edgeLine(g, e, asOf: asOf, spec.language) + "\n" }
        out += DiagramLegend.node(relations: Set(edges.flatMap { $0.members.map { g.edges[Int($0)].relation } }), spec.language)
        out += "}\n"
        return out
    }

    /// The graph's attribute line: title, fonts, the paper and, for layouts other than `dot`,
    /// overlap removal that keeps labels apart (`prism`) and curved edges around the boxes.
    /// `newrank` because Graphviz 2.42's dot frees memory twice laying out labelled edges
    /// between clusters with the old ranking (the level-clustered sample corpus crashed).
    static func graphLine(_ spec: DiagramSpec, extra: [(String, String)]) -> String {
        var attrs: [(String, String)] = extra + [("newrank", "true"), ("fontname", "DejaVu Sans"), ("fontsize", "11"), ("labelloc", "t"),
                                                 ("label", spec.title), ("tooltip", spec.title)]
        if spec.layout != "dot" { attrs += [("overlap", "prism"), ("overlap_scaling", "2"), ("splines", "true"), ("sep", "+8"), ("esep", "+4")] }
        if let paper = spec.paper { attrs += paper.graphAttributes }
        return "graph [" + attrs.map { "\($0.0)=\(quote($0.1))" }.joined(separator: ", ") + "];"
    }

    /// The documents a diagram shows: the focus and its neighbourhood, or the whole graph.
    public static func selectNodes(_ g: DocumentGraph, _ spec: DiagramSpec) -> [NodeIndex] {
        if spec.focus.isEmpty {
            var used = [Bool](repeating: false, count: g.nodes.count)
            for e in g.edges where spec.filter.accepts(e) { used[Int(e.from)] = true; used[Int(e.to)] = true }
            return g.nodes.indices.filter { used[$0] || g.nodes[$0].inCorpus }.map(NodeIndex.init)
        }
        var result = Set(spec.focus)
        for f in spec.focus {
            if spec.direction != .down { g.impact(of: f, filter: spec.filter, maxDepth: spec.depth).forEach { result.insert($0.node) } }
            if spec.direction != .up { g.dependencies(of: f, filter: spec.filter, maxDepth: spec.depth).forEach { result.insert($0.node) } }
        }
        return result.sorted()
    }

    /// A cluster of the diagram: levels in their order (Trung ương first), others by name.
    struct Cluster: Hashable, Comparable {
        var rank: Int
        var name: String
        static func < (a: Cluster, b: Cluster) -> Bool { (a.rank, a.name) < (b.rank, b.name) }
    }

    static func clusterOf(_ g: DocumentGraph, _ n: NodeIndex, _ spec: DiagramSpec) -> Cluster {
        let node = g.nodes[Int(n)]
        switch spec.cluster {
        case .none: return Cluster(rank: 0, name: "")
        case .issuer: return Cluster(rank: node.issuer == nil ? 1 : 0, name: node.issuer ?? Label.unknownIssuer.text(spec.language))
        case .type: return Cluster(rank: node.typeWord == nil && node.typeCode == nil ? 1 : 0,
                                   name: node.typeWord ?? node.typeCode ?? Label.unknownType.text(spec.language))
        case .level:
            let level = AdministrativeLevel.of(issuer: node.issuer, issuerCode: node.id?.issuerCode, locality: node.locality)
            return Cluster(rank: AdministrativeLevel.allCases.firstIndex(of: level) ?? 0, name: level.label(spec.language))
        }
    }

    static func nodeLine(_ g: DocumentGraph, _ n: NodeIndex, _ spec: DiagramSpec) -> String {
        let node = g.nodes[Int(n)]
        let style = DocumentStyle.of(typeCode: node.typeCode)
        let label = DiagramLabel.lines(node).joined(separator: "\n")
        var attrs = ["label=\(quote(label))", "shape=\(style.shape)", "fillcolor=\(quote(node.inCorpus ? style.color : "#ffffff"))",
                     "tooltip=\(quote([node.title ?? node.name, node.issuer, node.date?.vietnamese].compactMap { $0 }.joined(separator: " — ")))"]
        if !node.inCorpus { attrs.append("style=\"rounded,dashed\"") }
        if let url = spec.nodeURL?(n) {
            attrs.append("URL=\(quote(url))")
        } else if let r = node.record {
            let file = spec.linkBase.map { RelativeLink.path(r.file, from: $0) } ?? r.file
            attrs.append("URL=\(quote(file + RelativeLink.fragment(page: r.startPage, line: r.startLine)))")
        }
        return "n\(n) [\(attrs.joined(separator: ", "))];"
    }

    /// One arrow per pair and direction: its label lists every relation (planned ones with their
    /// deadline), its colour and line are the strongest relation's.
    static func edgeLine(_ g: DocumentGraph, _ drawn: DrawnEdge, asOf: SimpleDate, _ language: Language) -> String {
        let strongest = g.edges[Int(drawn.members[0])]
        let style = strongest.relation.diagramStyle
        let (lines, overdue) = drawn.relationLines(g, asOf: asOf, language)
        var attrs = ["color=\(quote(style.color))", "style=\(quote(strongest.modality == .planned ? "dashed" : style.line))"]
        if overdue { attrs += ["penwidth=2.5", "fontcolor=\"#d62728\""] }
        attrs.append("label=\(quote(lines.joined(separator: "\n")))")
        attrs.append("tooltip=\(quote(drawn.members.map { "\(g.edges[Int($0)].location): \(g.edges[Int($0)].text)" }.joined(separator: "\n")))")
        return "n\(drawn.from) -> n\(drawn.to) [\(attrs.joined(separator: ", "))];"
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
}
