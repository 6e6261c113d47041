@testable import DocGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("Export")
struct ExportTests {
    static let hostile = Fixtures.graph([
        ("hostile.txt", Fixtures.document("5-NQ/TW", "01/02/2024", "Nghị quyết", subject: "về <script>alert(\"x\")</script> & ]]> \u{1}\u{7}, =SUM(A1)",
                                          body: "Thực hiện Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương về \"a, b\"\r\n; =HYPERLINK(x).")),
    ])

    @Test("GraphML of the sample follows the GraphML schema's rules", arguments: ["sample", "hostile"])
    func graphMLIsValid(_ which: String) throws {
        let g = which == "sample" ? GraphBuilder.build(Fixtures.sample) : Self.hostile
        let xml = GraphExport.text(g, format: .graphml)
        let report = try GraphMLCheck.check(Data(xml.utf8))
        #expect(report.problems == [])
        #expect(report.nodes == g.nodes.count)
        #expect(report.edges == g.edges.count)
        if which == "hostile" {
            #expect(!xml.contains("<script>"))
            // The extractor already drops tags and control characters from titles; what is left comes back literally.
            #expect(report.values.contains { $0.contains("alert(\"x\") & ]]> , =SUM(A1)") }, "the title comes back literally: \(report.values)")
        }
    }

    @Test("GraphML text escaping keeps markup literal and drops what XML 1.0 cannot hold")
    func graphMLEscape() throws {
        let hostile = "<script>x</script> & \"q\" ]]> \u{0}\u{1}\u{B}\r\ttab\nline \u{FFFE}"
        let escaped = GraphMLWriter.escape(hostile)
        let xml = "<a xmlns=\"http://graphml.graphdrawing.org/xmlns\">\(escaped)</a>"
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "escaped text is well-formed XML")
        #expect(!escaped.contains("<") && !escaped.contains("\u{0}") && !escaped.contains("\u{1}"))
        #expect(escaped.contains("&lt;script&gt;") && escaped.contains("&amp;") && escaped.contains("&#13;"))
    }

    @Test("JSON export of the sample matches its golden file")
    func jsonGolden() {
        let g = GraphBuilder.build(Fixtures.sample)
        Fixtures.expectGolden(Fixtures.relative(GraphExport.json(g)), "export/sample.graph.json")
    }

    @Test("JSON export is node-link: every link names existing node ids")
    func jsonLinks() throws {
        let g = GraphBuilder.build(Fixtures.sample)
        let object = try JSONSerialization.jsonObject(with: Data(GraphExport.json(g).utf8)) as? [String: Any]
        let nodes = try #require(object?["nodes"] as? [[String: Any]])
        let links = try #require(object?["links"] as? [[String: Any]])
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(ids.count == g.nodes.count, "ids are unique")
        #expect(links.count == g.edges.count)
        #expect(links.allSatisfy { ids.contains($0["source"] as? String ?? "") && ids.contains($0["target"] as? String ?? "") })
        let amends = links.filter { ($0["relation"] as? String) == "amends" && ($0["modality"] as? String) == "planned" }
        #expect(amends.contains { $0["deadline"] is String && $0["leadUnit"] is String }, "planned amendments carry their deadline and lead unit")
    }

    @Test("CSV tables parse back with one cell per column, and formulas are defused")
    func csv() throws {
        for g in [GraphBuilder.build(Fixtures.sample), Self.hostile] {
            let tables = GraphExport.csv(g)
            for (table, rows, columns) in [(tables.nodes, g.nodes.count, GraphExport.nodeAttributes.count + 1),
                                           (tables.edges, g.edges.count, GraphExport.edgeAttributes.count + 2)] {
                #expect(table.hasPrefix("\u{FEFF}"), "UTF-8 byte-order mark for spreadsheets")
                let parsed = CSVTable.parse(String(table.dropFirst()))
                #expect(parsed.count == rows + 1)
                #expect(parsed.allSatisfy { $0.count == columns })
                #expect(parsed.allSatisfy { $0.allSatisfy { !$0.hasPrefix("=") && !$0.hasPrefix("+") && !$0.hasPrefix("@") } })
            }
        }
        let edges = CSVTable.parse(String(GraphExport.csv(Self.hostile).edges.dropFirst()))
        let text = try #require(edges.first?.firstIndex(of: "text"))
        #expect(edges.dropFirst().contains { $0[text].contains("\"a, b\"") }, "quotes and commas survive quoting")
    }
}

/// What the GraphML 1.0 schema requires of the parts we write: the root element in the GraphML
/// namespace, keys (with an NMTOKEN attr.name and a known attr.type) before the graph, a directed
/// graph, unique NMTOKEN node ids, edges between declared nodes, data only under declared keys of the
/// right domain, and values that parse as their declared type.
final class GraphMLCheck: NSObject, XMLParserDelegate {
    var problems: [String] = []
    var nodes = 0, edges = 0
    var values: [String] = []
    private var keys: [String: (domain: String, type: String)] = [:]
    private var nodeIDs: Set<String> = []
    private var pendingEdges: [(String, String)] = []
    private var path: [String] = []
    private var dataKey: String?
    private var text = ""
    private var sawGraph = false

    static func check(_ data: Data) throws -> GraphMLCheck {
        let parser = XMLParser(data: data)
        let check = GraphMLCheck()
        parser.delegate = check
        parser.shouldProcessNamespaces = true
        if !parser.parse() { check.problems.append("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")") }
        for (s, t) in check.pendingEdges where !check.nodeIDs.contains(s) || !check.nodeIDs.contains(t) {
            check.problems.append("edge \(s)->\(t) names a node that does not exist")
        }
        return check
    }

    private static func isNMTOKEN(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || ".-_:".unicodeScalars.contains($0) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if namespaceURI != "http://graphml.graphdrawing.org/xmlns" { problems.append("<\(name)> is outside the GraphML namespace") }
        let parent = path.last
        path.append(name)
        switch name {
        case "graphml":
            if parent != nil { problems.append("<graphml> must be the root") }
        case "key":
            if parent != "graphml" || sawGraph { problems.append("<key> must come before <graph>, under <graphml>") }
            guard let id = attributes["id"], let domain = attributes["for"], let type = attributes["attr.type"],
                  let attrName = attributes["attr.name"] else { problems.append("<key> without id, for, attr.name or attr.type"); return }
            if !["node", "edge", "graph", "all"].contains(domain) { problems.append("key \(id): bad for=\(domain)") }
            if !["boolean", "int", "long", "float", "double", "string"].contains(type) { problems.append("key \(id): bad attr.type=\(type)") }
            if !Self.isNMTOKEN(attrName) { problems.append("key \(id): attr.name is not an NMTOKEN") }
            if keys[id] != nil { problems.append("key \(id) declared twice") }
            keys[id] = (domain, type)
        case "graph":
            sawGraph = true
            if attributes["edgedefault"] != "directed" { problems.append("graph must be directed") }
        case "node":
            nodes += 1
            guard let id = attributes["id"], Self.isNMTOKEN(id) else { problems.append("node id missing or not an NMTOKEN"); return }
            if !nodeIDs.insert(id).inserted { problems.append("node id \(id) used twice") }
        case "edge":
            edges += 1
            guard let s = attributes["source"], let t = attributes["target"] else { problems.append("edge without source or target"); return }
            pendingEdges.append((s, t))
        case "data":
            guard let key = attributes["key"], let declared = keys[key] else { problems.append("data under an undeclared key"); return }
            if declared.domain != parent && declared.domain != "all" { problems.append("key \(key) is for \(declared.domain), used in <\(parent ?? "")>") }
            dataKey = key
            text = ""
        default:
            problems.append("unexpected element <\(name)>")
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if dataKey != nil { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        guard name == "data", let key = dataKey, let type = keys[key]?.type else { return }
        switch type {
        case "int", "long": if Int(text) == nil { problems.append("\(key)=\(text) is not an integer") }
        case "boolean": if text != "true" && text != "false" { problems.append("\(key)=\(text) is not a boolean") }
        default: break
        }
        values.append(text)
        dataKey = nil
    }
}

/// A strict RFC 4180 reader, to read back what the exporter wrote.
enum CSVTable {
    static func parse(_ s: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var chars = Array(s)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.append(c)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
