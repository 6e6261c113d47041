import DocGraph

/// How a document's box looks: its shape and fill follow its type.
struct DocumentStyle {
    var shape: String
    var color: String

    static func of(typeCode: String?) -> DocumentStyle {
        switch typeCode ?? "" {
        case "NQ": DocumentStyle(shape: "box", color: "#f4cccc")
        case "KL": DocumentStyle(shape: "box", color: "#fce5cd")
        case "QĐ", "QC": DocumentStyle(shape: "component", color: "#fff2cc")
        case "CT": DocumentStyle(shape: "box", color: "#d9ead3")
        case "KH": DocumentStyle(shape: "note", color: "#cfe2f3")
        case "CTr": DocumentStyle(shape: "note", color: "#d9d2e9")
        case "HD": DocumentStyle(shape: "tab", color: "#d0e0e3")
        case "TB": DocumentStyle(shape: "box", color: "#ead1dc")
        case "BC": DocumentStyle(shape: "box", color: "#eeeeee")
        case "ĐA": DocumentStyle(shape: "folder", color: "#e6f2d9")
        default: DocumentStyle(shape: "box", color: "#ffffff")
        }
    }
}

extension RelationStyle {
    /// A line drawn in text, for the legend: heavy for bold, dotted for dotted.
    public var sample: String {
        switch line {
        case "bold": "━━━━▶"
        case "dotted": "┈┈┈┈▶"
        default: "────▶"
        }
    }
}

/// The legend: a table (an HTML-like label of a plain node) with each relation drawn in its own
/// colour, in the diagram's language. A cluster of sample edges would be truer to the arrows,
/// but a legend cluster of point nodes crashes Graphviz 2.43's dot layout with a double free.
enum DiagramLegend {
    static func node(relations: Set<Relation>, _ language: Language) -> String {
        guard !relations.isEmpty else { return "" }
        var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(html(Label.legend.text(language)))</B></TD></TR>"
        for r in relations.sorted() {
            let s = r.diagramStyle
            rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(s.color)\">\(s.sample)</FONT></TD><TD ALIGN=\"LEFT\">\(html(r.label(language)))</TD></TR>"
        }
        rows += "<TR><TD ALIGN=\"LEFT\">╌╌╌╌▶</TD><TD ALIGN=\"LEFT\">\(html(Message.legendPlanned.text(language)))</TD></TR>"
        rows += "<TR><TD ALIGN=\"LEFT\">┆ ┆</TD><TD ALIGN=\"LEFT\">\(html(Message.legendCitedOnly.text(language)))</TD></TR>"
        return "  legend [shape=plaintext, style=\"\", fontsize=9, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">\(rows)</TABLE>>];\n"
    }

    /// Text for an HTML-like label: `&`, `<`, `>` and quotes as entities.
    static func html(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
