import Foundation

/// The whole typed graph for other tools: GraphML (Gephi, yEd, networkx), CSV (spreadsheets) and
/// node-link JSON (networkx, D3). All three carry the same attributes, in the same order.
public enum GraphExport {
    public enum Format: String, Sendable, CaseIterable {
        case graphml, csv, json

        /// The format a file name asks for (`.graphml`, `.csv`, `.json`).
        public init?(fileName: String) {
            switch (fileName as NSString).pathExtension.lowercased() {
            case "graphml", "xml": self = .graphml
            case "csv": self = .csv
            case "json": self = .json
            default: return nil
            }
        }
    }

    /// A value of one attribute; `nil` attributes are left out of GraphML and empty in CSV.
    public enum Value: Sendable, Equatable, Encodable {
        case string(String), int(Int), bool(Bool)

        var text: String {
            switch self {
            case .string(let s): return s
            case .int(let i): return String(i)
            case .bool(let b): return b ? "true" : "false"
            }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .string(let s): try c.encode(s)
            case .int(let i): try c.encode(i)
            case .bool(let b): try c.encode(b)
            }
        }
    }

    /// One exported attribute: its name (an XML NMTOKEN), its GraphML type and how to read it.
    public struct Attribute<Item>: Sendable {
        public enum Kind: String, Sendable { case string, int, boolean }
        public let name: String
        public let kind: Kind
        let value: @Sendable (DocumentGraph, Item) -> Value?
    }

    /// The stable id of a node in CSV and JSON: its identity key (`28-nq/tw#XIII`).
    /// GraphML ids must be NMTOKENs, so there a node is `n<index>` and the key is an attribute.
    public static func nodeID(_ g: DocumentGraph, _ n: NodeIndex) -> String { g.nodes[Int(n)].key }

    public static let nodeAttributes: [Attribute<NodeIndex>] = [
        .init(name: "key", kind: .string) { g, n in .string(g.nodes[Int(n)].key) },
        .init(name: "label", kind: .string) { g, n in .string(g.nodes[Int(n)].name) },
        .init(name: "documentId", kind: .string) { g, n in g.nodes[Int(n)].id.map { .string($0.description) } },
        .init(name: "typeCode", kind: .string) { g, n in g.nodes[Int(n)].typeCode.map(Value.string) },
        .init(name: "typeWord", kind: .string) { g, n in g.nodes[Int(n)].typeWord.map(Value.string) },
        .init(name: "issuer", kind: .string) { g, n in g.nodes[Int(n)].issuer.map(Value.string) },
        // `central`, `province`, `district`, `grassroots` or `unknown`: ``AdministrativeLevel``'s
        // raw values, stable in every language (a provincial city's committee is a district).
        .init(name: "level", kind: .string) { g, n in
            let node = g.nodes[Int(n)]
            return .string(AdministrativeLevel.of(issuer: node.issuer, issuerCode: node.id?.issuerCode, locality: node.locality).rawValue)
        },
        .init(name: "date", kind: .string) { g, n in g.nodes[Int(n)].date.map { .string($0.description) } },
        .init(name: "term", kind: .string) { g, n in g.nodes[Int(n)].term.map(Value.string) },
        .init(name: "locality", kind: .string) { g, n in g.nodes[Int(n)].locality.map(Value.string) },
        .init(name: "title", kind: .string) { g, n in g.nodes[Int(n)].title.map(Value.string) },
        .init(name: "inCorpus", kind: .boolean) { g, n in .bool(g.nodes[Int(n)].inCorpus) },
        .init(name: "file", kind: .string) { g, n in g.nodes[Int(n)].record.map { .string($0.file) } },
        .init(name: "line", kind: .int) { g, n in g.nodes[Int(n)].record.map { .int($0.startLine) } },
        .init(name: "cites", kind: .int) { g, n in .int(g.outgoing(n).count) },
        .init(name: "citedBy", kind: .int) { g, n in .int(g.incoming(n).count) },
    ]

    public static let edgeAttributes: [Attribute<EdgeIndex>] = [
        .init(name: "relation", kind: .string) { g, e in .string(g.edges[Int(e)].relation.rawValue) },
        .init(name: "modality", kind: .string) { g, e in .string(g.edges[Int(e)].modality.rawValue) },
        .init(name: "deadline", kind: .string) { g, e in g.edges[Int(e)].deadline?.date.map { .string($0.description) } },
        .init(name: "deadlineText", kind: .string) { g, e in g.edges[Int(e)].deadline.map { .string($0.text) } },
        .init(name: "recurring", kind: .boolean) { g, e in g.edges[Int(e)].deadline.map { .bool($0.recurring) } },
        .init(name: "leadUnit", kind: .string) { g, e in g.edges[Int(e)].leadUnit.map(Value.string) },
        .init(name: "file", kind: .string) { g, e in .string(g.edges[Int(e)].location.file) },
        .init(name: "line", kind: .int) { g, e in .int(g.edges[Int(e)].location.line) },
        .init(name: "column", kind: .int) { g, e in .int(g.edges[Int(e)].location.column) },
        .init(name: "nested", kind: .boolean) { g, e in .bool(g.edges[Int(e)].isNested) },
        .init(name: "text", kind: .string) { g, e in .string(g.edges[Int(e)].text) },
    ]

    /// A document's page, for graphs read from paged files (PDF), where `line` counts on the page.
    public static let nodePage = Attribute<NodeIndex>(name: "page", kind: .int) { g, n in g.nodes[Int(n)].record?.startPage.map(Value.int) }
    /// A citation's page, for graphs read from paged files (PDF).
    public static let edgePage = Attribute<EdgeIndex>(name: "page", kind: .int) { g, e in g.edges[Int(e)].location.page.map(Value.int) }

    /// The attributes exported for `g`'s documents: ``nodeAttributes``, with `page` before `line`
    /// when some place in `g` is on a page. A corpus of text files keeps the columns it always had.
    public static func nodeAttributes(of g: DocumentGraph) -> [Attribute<NodeIndex>] {
        withPage(nodeAttributes, nodePage, g.hasPages)
    }

    /// The attributes exported for `g`'s citations: ``edgeAttributes``, with `page` before `line`
    /// when some place in `g` is on a page.
    public static func edgeAttributes(of g: DocumentGraph) -> [Attribute<EdgeIndex>] {
        withPage(edgeAttributes, edgePage, g.hasPages)
    }

    private static func withPage<Item>(_ attributes: [Attribute<Item>], _ page: Attribute<Item>, _ paged: Bool) -> [Attribute<Item>] {
        guard paged, let line = attributes.firstIndex(where: { $0.name == "line" }) else { return attributes }
        var out = attributes
        out.insert(page, at: line)
        return out
    }

    /// The graph in the format asked for. CSV gives two tables, so it is written by `csv(_:)`.
    public static func text(_ g: DocumentGraph, format: Format) -> String {
        switch format {
        case .graphml: return GraphMLWriter.write(g)
        case .json: return json(g)
        case .csv: let t = csv(g); return t.nodes + "\r\n" + t.edges
        }
    }

    /// networkx node-link JSON: `{"directed", "multigraph", "graph", "nodes", "links"}`; read it with
    /// `networkx.node_link_graph(data, edges="links")`.
    public static func json(_ g: DocumentGraph) -> String {
        struct Document: Encodable {
            let directed = true
            let multigraph = true
            let graph: [String: String]
            let nodes: [[String: Value?]]
            let links: [[String: Value?]]
        }
        let nodeAttributes = nodeAttributes(of: g), edgeAttributes = edgeAttributes(of: g)
        func row<Item>(_ attributes: [Attribute<Item>], _ item: Item) -> [String: Value?] {
            var r: [String: Value?] = [:]
            for a in attributes { r[a.name] = .some(a.value(g, item)) }
            return r
        }
        let nodes = g.nodes.indices.map { i -> [String: Value?] in
            var r = row(nodeAttributes, NodeIndex(i))
            r["id"] = .string(nodeID(g, NodeIndex(i)))
            return r
        }
        let links = g.edges.indices.map { i -> [String: Value?] in
            var r = row(edgeAttributes, EdgeIndex(i))
            r["source"] = .string(nodeID(g, g.edges[i].from))
            r["target"] = .string(nodeID(g, g.edges[i].to))
            return r
        }
        return ExtractionJSON.encode(Document(graph: ["generator": "docgraph"], nodes: nodes, links: links))
    }

    /// Two RFC 4180 tables with a header row, UTF-8 with a byte-order mark so that spreadsheet
    /// programs read Vietnamese correctly. Edges name their ends by node `id`.
    public static func csv(_ g: DocumentGraph) -> (nodes: String, edges: String) {
        let nodeAttributes = nodeAttributes(of: g), edgeAttributes = edgeAttributes(of: g)
        let nodes = table(["id"] + nodeAttributes.map(\.name), g.nodes.indices.lazy.map { i -> [String] in
            let n = NodeIndex(i)
            return [nodeID(g, n)] + nodeAttributes.map { $0.value(g, n)?.text ?? "" }
        })
        let edges = table(["source", "target"] + edgeAttributes.map(\.name), g.edges.indices.lazy.map { i -> [String] in
            let e = EdgeIndex(i)
            return [nodeID(g, g.edges[i].from), nodeID(g, g.edges[i].to)] + edgeAttributes.map { $0.value(g, e)?.text ?? "" }
        })
        return (nodes, edges)
    }

    /// One CSV table: byte-order mark, header row, then the rows, each line ending in CRLF.
    private static func table(_ header: [String], _ rows: some Sequence<[String]>) -> String {
        var out = "\u{FEFF}" + header.map(csvCell).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map(csvCell).joined(separator: ",") + "\r\n" }
        return out
    }

    /// Quotes a cell when it must be, and defuses cells a spreadsheet would run as a formula
    /// (`=`, `+`, `-`, `@` first) with a leading apostrophe, as OWASP recommends.
    static func csvCell(_ s: String) -> String {
        var s = s
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension DocumentGraph {
    /// Whether a document or citation of the graph sits on a page (was read from a PDF).
    public var hasPages: Bool {
        nodes.contains { $0.record?.startPage != nil } || edges.contains { $0.location.page != nil }
    }
}
