import DocGraph
import Foundation
import Testing

/// The answers' JSON is written by `PrettyJSON`, byte for byte as `JSONEncoder` wrote it: the
/// answers on the sample corpus are compared with the `Encodable` shapes the library encoded
/// with `JSONEncoder` before (kept here as the reference), whatever the extraction finds.
@Suite("answer JSON")
struct AnswerJSONTests {
    let g = GraphBuilder.build(Fixtures.sample)
    let asOf = Fixtures.asOf

    /// What `JSONEncoder` writes for a value, with the options of every answer.
    static func encoded<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test("show, impact, deps, path, revisions, status and check of the sample corpus: the bytes JSONEncoder wrote")
    func answers() throws {
        var compared = 0
        func same(_ a: String, _ b: String, _ what: String) {
            compared += 1
            let first = zip(a.split(separator: "\n"), b.split(separator: "\n")).first { $0 != $1 }
            #expect(a == b, "\(what): \(first.map { "\($0.0) vs \($0.1)" } ?? "lengths \(a.count) vs \(b.count)")")
        }
        for n in (0..<g.nodes.count).map(NodeIndex.init) {
            same(AnalysisJSON.show(g, n, asOf: asOf), ReferenceJSON.show(g, n, asOf: asOf), "show \(n)")
            same(AnalysisJSON.reached(g, root: n, g.impact(of: n)), ReferenceJSON.reached(g, root: n, g.impact(of: n)), "impact \(n)")
            same(AnalysisJSON.reached(g, root: n, g.dependencies(of: n)), ReferenceJSON.reached(g, root: n, g.dependencies(of: n)), "deps \(n)")
            same(AnalysisJSON.revisions(g, n, g.revisions(of: n, asOf: asOf), asOf: asOf), ReferenceJSON.revisions(g, n, g.revisions(of: n, asOf: asOf), asOf: asOf), "revisions \(n)")
            same(AnalysisJSON.status(g, g.status(of: n, asOf: asOf), asOf: asOf), ReferenceJSON.status(g, g.status(of: n, asOf: asOf), asOf: asOf), "status \(n)")
        }
        let cited = try g.lookup("28-NQ/TW"), citing = try g.lookup("256-KH/TU")
        for (a, b) in [(citing, cited), (cited, citing)] {
            let (paths, reversed) = g.shortestPaths(from: a, to: b, limit: 10)
            #expect(!paths.isEmpty)
            same(AnalysisJSON.paths(g, from: a, to: b, paths, reversed: reversed), ReferenceJSON.paths(g, from: a, to: b, paths, reversed: reversed), "path")
        }
        let findings = Checker.run(g, CheckOptions(asOf: asOf, includeAll: true))
        #expect(findings.count > 10)
        same(AnalysisJSON.findings(findings), ReferenceJSON.findings(findings), "check")
        #expect(compared > 5 * 20, "every node's answers compared: \(compared)")
    }

    @Test("impact, deps and check written out in pieces (every element a piece): the same bytes as the answer whole")
    func streamed() throws {
        func pieces(_ write: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> (text: String, count: Int) {
            var bytes: [UInt8] = []
            var count = 0
            write { bytes.append(contentsOf: $0); count += 1 }
            return (String(decoding: bytes, as: UTF8.self), count)
        }
        var deep = 0
        // The nodes with the most reached (the longest answers, the deepest chains), both ways.
        let nodes = (0..<g.nodes.count).map(NodeIndex.init)
        let most = Set(nodes.sorted { g.impact(of: $0).count > g.impact(of: $1).count }.prefix(8)
            + nodes.sorted { g.dependencies(of: $0).count > g.dependencies(of: $1).count }.prefix(8))
        for n in most.sorted() {
            for reached in [g.impact(of: n), g.dependencies(of: n)] {
                let streamed = pieces { AnalysisJSON.reached(g, root: n, reached, chunk: 1, to: $0) }
                #expect(streamed.text == ReferenceJSON.reached(g, root: n, reached), "node \(n)")
                #expect(streamed.count == reached.count + 1)
                // A chain of two edges or more: its inner edges are written from the kept bytes.
                if reached.contains(where: { $0.depth >= 2 }) { deep += 1 }
            }
        }
        #expect(deep > 0, "chains whose inner edges are written again from the kept bytes")
        let findings = Checker.run(g, CheckOptions(asOf: asOf, includeAll: true))
        let streamed = pieces { AnalysisJSON.findings(findings, chunk: 1, to: $0) }
        #expect(streamed.text == ReferenceJSON.findings(findings))
        #expect(streamed.count == findings.count + 1)
        // The chunk `check` writes with (64 KB), the same bytes.
        #expect(pieces { AnalysisJSON.findings(findings, to: $0) }.text == ReferenceJSON.findings(findings))
    }

    @Test("strings with quotes, backslashes, slashes, control characters and Vietnamese; empty and nested containers; numbers")
    func sameBytesAsJSONEncoder() throws {
        struct Sample: Encodable {
            var empty: [Int] = []
            var emptyObject: [String: Int] = [:]
            var nested: [[Int]] = [[], [0, -7, Int.max, Int.min]]
            var text = "a\"b\\c/d\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028} chuyển đổi số 😀 \u{0}"
            var yes = true
            var no = false
        }
        var w = PrettyJSON()
        let s = Sample()
        w.object { w in
            w.key("empty"); w.array(s.empty) { $0.int($1) }
            w.key("emptyObject"); w.object { _ in }
            w.key("nested"); w.array(s.nested) { w, a in w.array(a) { $0.int($1) } }
            w.field("no", s.no)
            w.field("text", s.text)
            w.field("yes", s.yes)
        }
        #expect(w.text == Self.encoded(s))
        var top = PrettyJSON()
        top.array([String]()) { $0.string($1) }
        #expect(top.text == Self.encoded([String]()))
    }
}

/// Writes every key, with `null` for what is unknown (the library's `NullableKeyedWriter`).
struct ReferenceWriter<Key: CodingKey> {
    var container: KeyedEncodingContainer<Key>
    mutating func put<V: Encodable>(_ value: V?, _ key: Key) throws {
        if let value { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
    }
}

/// The answers as `JSONEncoder` wrote them before `PrettyJSON` (the library's code of then).
enum ReferenceJSON {

    static func show(_ g: DocumentGraph, _ n: NodeIndex, asOf: SimpleDate) -> String {
        struct Show: Encodable {
            let document: NodeJSON
            let status: ReferenceStatusJSON
            let outgoing: [ReferenceEdgeJSON]
            let incoming: [ReferenceEdgeJSON]
            let observations: [ReferenceObservationJSON]
        }
        let node = g.nodes[Int(n)]
        return AnswerJSONTests.encoded(Show(
            document: AnalysisJSON.node(g, n), status: ReferenceStatusJSON(g, g.status(of: n, asOf: asOf), asOf: asOf),
            outgoing: g.outgoing(n).map { ReferenceEdgeJSON(g, $0) }, incoming: g.incoming(n).map { ReferenceEdgeJSON(g, $0) },
            observations: node.observations.map(ReferenceObservationJSON.init)))
    }

    static func reached(_ g: DocumentGraph, root: NodeIndex, _ reached: [Reached]) -> String {
        struct Item: Encodable { let document: NodeJSON; let depth: Int; let chain: [ReferenceEdgeJSON] }
        struct Answer: Encodable { let root: NodeJSON; let documents: [Item] }
        return AnswerJSONTests.encoded(Answer(root: AnalysisJSON.node(g, root), documents: reached.map {
            Item(document: AnalysisJSON.node(g, $0.node), depth: $0.depth, chain: $0.chain.map { ReferenceEdgeJSON(g, $0) })
        }))
    }

    static func paths(_ g: DocumentGraph, from: NodeIndex, to: NodeIndex, _ paths: [[EdgeIndex]], reversed: Bool) -> String {
        struct Answer: Encodable { let from: NodeJSON; let to: NodeJSON; let reversed: Bool; let paths: [[ReferenceEdgeJSON]] }
        return AnswerJSONTests.encoded(Answer(from: AnalysisJSON.node(g, from), to: AnalysisJSON.node(g, to), reversed: reversed,
                                            paths: paths.map { $0.map { ReferenceEdgeJSON(g, $0) } }))
    }

    static func revisions(_ g: DocumentGraph, _ n: NodeIndex, _ revisions: [Revision], asOf: SimpleDate) -> String {
        struct Answer: Encodable { let document: NodeJSON; let asOf: String; let revisions: [ReferenceRevisionJSON] }
        return AnswerJSONTests.encoded(Answer(document: AnalysisJSON.node(g, n), asOf: asOf.description, revisions: revisions.map { ReferenceRevisionJSON(g, $0) }))
    }

    static func status(_ g: DocumentGraph, _ s: DocumentStatus, asOf: SimpleDate) -> String {
        struct Answer: Encodable { let document: NodeJSON; let status: ReferenceStatusJSON }
        return AnswerJSONTests.encoded(Answer(document: AnalysisJSON.node(g, s.node), status: ReferenceStatusJSON(g, s, asOf: asOf)))
    }

    static func findings(_ findings: [Finding]) -> String { AnswerJSONTests.encoded(findings.map(ReferenceFindingJSON.init)) }
}


struct ReferenceEdgeJSON: Encodable {
    let g: DocumentGraph
    let e: EdgeIndex
    init(_ g: DocumentGraph, _ e: EdgeIndex) { self.g = g; self.e = e }
    enum K: String, CodingKey { case from, to, relation, modality, deadline, recurring, leadUnit, file, page, line, column, text, nested }
    func encode(to encoder: Encoder) throws {
        let edge = g.edges[Int(e)]
        var w = ReferenceWriter(container: encoder.container(keyedBy: K.self))
        try w.put(g.nodes[Int(edge.from)].name, .from)
        try w.put(g.nodes[Int(edge.to)].name, .to)
        try w.put(edge.relation.rawValue, .relation)
        try w.put(edge.modality.rawValue, .modality)
        try w.put(edge.deadline?.date, .deadline)
        try w.put(edge.deadline?.recurring, .recurring)
        try w.put(edge.leadUnit, .leadUnit)
        try w.put(edge.location.file, .file)
        try w.container.encodeIfPresent(edge.location.page, forKey: .page)
        try w.put(edge.location.line, .line)
        try w.put(edge.location.column, .column)
        try w.put(edge.text, .text)
        try w.put(edge.isNested, .nested)
    }
}

struct ReferenceObservationJSON: Encodable {
    let o: DocumentNode.Observation
    init(_ o: DocumentNode.Observation) { self.o = o }
    enum K: String, CodingKey { case date, issuer, term, typeWord, file, page, line, column }
    func encode(to encoder: Encoder) throws {
        var w = ReferenceWriter(container: encoder.container(keyedBy: K.self))
        try w.put(o.date, .date)
        try w.put(o.issuer, .issuer)
        try w.put(o.term, .term)
        try w.put(o.typeWord, .typeWord)
        try w.put(o.location.file, .file)
        try w.container.encodeIfPresent(o.location.page, forKey: .page)
        try w.put(o.location.line, .line)
        try w.put(o.location.column, .column)
    }
}

struct ReferenceRevisionJSON: Encodable {
    let g: DocumentGraph
    let r: Revision
    init(_ g: DocumentGraph, _ r: Revision) { self.g = g; self.r = r }
    enum K: String, CodingKey { case by, byDate, relation, modality, state, fulfilledBy, deadline, leadUnit, partial, evidence }
    func encode(to encoder: Encoder) throws {
        let edge = g.edges[Int(r.edge)]
        var w = ReferenceWriter(container: encoder.container(keyedBy: K.self))
        try w.put(g.nodes[Int(edge.from)].name, .by)
        try w.put(g.nodes[Int(edge.from)].date, .byDate)
        try w.put(edge.relation.rawValue, .relation)
        try w.put(edge.modality.rawValue, .modality)
        try w.put(r.state.name, .state)
        switch r.state {
        case .fulfilled(let by), .unconfirmed(let by): try w.put(g.nodes[Int(by)].name, .fulfilledBy)
        default: try w.put(String?.none, .fulfilledBy)
        }
        try w.put(edge.deadline?.date, .deadline)
        try w.put(edge.leadUnit, .leadUnit)
        try w.put(r.partial, .partial)
        try w.put(ReferenceEdgeJSON(g, r.edge), .evidence)
    }
}

struct ReferenceStatusJSON: Encodable {
    let g: DocumentGraph
    let s: DocumentStatus
    let asOf: SimpleDate
    init(_ g: DocumentGraph, _ s: DocumentStatus, asOf: SimpleDate) { self.g = g; self.s = s; self.asOf = asOf }
    enum K: String, CodingKey { case asOf, state, governing, enacted, planned }
    func encode(to encoder: Encoder) throws {
        var w = ReferenceWriter(container: encoder.container(keyedBy: K.self))
        try w.put(asOf.description, .asOf)
        try w.put(s.state.rawValue, .state)
        try w.put(s.governing.map { g.nodes[Int($0)].name }, .governing)
        try w.put(s.enacted.map { ReferenceRevisionJSON(g, $0) }, .enacted)
        try w.put(s.planned.map { ReferenceRevisionJSON(g, $0) }, .planned)
    }
}

struct ReferenceFindingJSON: Encodable {
    let f: Finding
    init(_ f: Finding) { self.f = f }
    enum K: String, CodingKey { case rule, severity, message, file, page, line, column, related }
    func encode(to encoder: Encoder) throws {
        var w = ReferenceWriter(container: encoder.container(keyedBy: K.self))
        try w.put(f.rule.rawValue, .rule)
        try w.put(f.severity.rawValue, .severity)
        try w.put(f.message, .message)
        try w.put(f.location?.file, .file)
        try w.container.encodeIfPresent(f.location?.page, forKey: .page)
        try w.put(f.location?.line, .line)
        try w.put(f.location?.column, .column)
        try w.put(f.related.map(\.description), .related)
    }
}

