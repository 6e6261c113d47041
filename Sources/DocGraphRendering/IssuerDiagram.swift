import DocGraph

/// DOT for the graph of issuing bodies (`IssuerGraph`): what `render` draws of a whole corpus
/// too big to draw document by document. A body's box says how many documents it issued; an
/// arrow's width and label say how many citations go from one body's documents to the other's.
enum IssuerDiagram {
    static func write(_ graph: IssuerGraph, _ spec: DiagramSpec, documents: Int) -> String {
        let language = spec.language
        var titled = spec
        let byType = graph.grouping == .type
        titled.title = (byType ? Message.typeDiagramTitle(documents: documents, types: graph.bodies.count)
                               : Message.issuerDiagramTitle(documents: documents, bodies: graph.bodies.count)).text(language)
        var out = "digraph docgraph {\n"
        out += "  " + DOTWriter.graphLine(titled, extra: [("rankdir", "LR"), ("outputorder", "edgesfirst")]) + "\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f3f6fa\", fontname=\"DejaVu Sans\", fontsize=10];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#4a6fa5\"];\n"
        for (i, b) in graph.bodies.enumerated() {
            let name = byType ? (b.name ?? Label.unknownType.text(language)) + (b.code.map { " (\($0))" } ?? "")
                : b.name ?? (Label.unknownIssuer.text(language) + (b.code.map { " (-/\($0))" } ?? ""))
            var lines = (name + (b.locality.map { " " + $0 } ?? "")).wrapped(width: DiagramLabel.width, maxLines: 2)
            lines.append(Message.documentCount(b.documents).text(language) + (byType ? "" : " · " + b.level.label(language)))
            out += "  b\(i) [label=\(DOTWriter.quote(lines.joined(separator: "\n"))), tooltip=\(DOTWriter.quote(name))];\n"
        }
        let heaviest = max(1, graph.links.map(\.citations).max() ?? 1)
        for l in graph.links {
            // Width grows with the square root, so a 100-citation arrow is 10× a single one, not 100×.
            let width = 1 + 5 * (Double(l.citations) / Double(heaviest)).squareRoot()
            let w = (width * 10).rounded() / 10
            out += "  b\(l.from) -> b\(l.to) [label=\"\(l.citations)\", penwidth=\(w), weight=\(l.citations)];\n"
        }
        out += "  legend [shape=plaintext, style=\"\", fontsize=9, label=\(DOTWriter.quote((byType ? Message.legendTypeEdge : Message.legendIssuerEdge).text(language)))];\n"
        out += "}\n"
        return out
    }
}
