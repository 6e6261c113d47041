/// GraphML 1.0 (http://graphml.graphdrawing.org/xmlns): keys first, then one directed graph whose
/// nodes are `n<index>` and edges `e<index>`; text is escaped for XML 1.0.
enum GraphMLWriter {
    static func write(_ g: DocumentGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        func keys<Item>(_ attributes: [GraphExport.Attribute<Item>], domain: String, prefix: String) {
            for a in attributes {
                out += "  <key id=\"\(prefix)\(a.name)\" for=\"\(domain)\" attr.name=\"\(a.name)\" attr.type=\"\(a.kind.rawValue)\"/>\n"
            }
        }
        let nodeAttributes = GraphExport.nodeAttributes(of: g), edgeAttributes = GraphExport.edgeAttributes(of: g)
        keys(nodeAttributes, domain: "node", prefix: "n_")
        keys(edgeAttributes, domain: "edge", prefix: "e_")
        out += "  <graph id=\"docgraph\" edgedefault=\"directed\">\n"
        for i in g.nodes.indices {
            out += "    <node id=\"n\(i)\">\n"
            for a in nodeAttributes {
                if let v = a.value(g, NodeIndex(i)) { out += "      <data key=\"n_\(a.name)\">\(escape(v.text))</data>\n" }
            }
            out += "    </node>\n"
        }
        for (i, edge) in g.edges.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"n\(edge.from)\" target=\"n\(edge.to)\">\n"
            for a in edgeAttributes {
                if let v = a.value(g, EdgeIndex(i)) { out += "      <data key=\"e_\(a.name)\">\(escape(v.text))</data>\n" }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// Escapes markup characters and drops what XML 1.0 cannot hold at all (C0 controls other than
    /// tab and newlines, lone surrogates cannot occur in a Swift String).
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
