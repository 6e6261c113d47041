/// JSON shapes of graph answers (`show`, `impact`, `deps`, `path`, `revisions`, `status`,
/// `check`). Field names are stable and documented in README.
public enum AnalysisJSON {
    public static func node(_ g: DocumentGraph, _ n: NodeIndex) -> NodeJSON { NodeJSON(g, n) }

    public static func show(_ g: DocumentGraph, _ n: NodeIndex, asOf: SimpleDate) -> String {
        struct Show: Encodable {
            let document: NodeJSON
            let status: StatusJSON
            let outgoing: [EdgeJSON]
            let incoming: [EdgeJSON]
            let observations: [ObservationJSON]
        }
        let node = g.nodes[Int(n)]
        return ExtractionJSON.encode(Show(
            document: NodeJSON(g, n), status: StatusJSON(g, g.status(of: n, asOf: asOf), asOf: asOf),
            outgoing: g.outgoing(n).map { EdgeJSON(g, $0) }, incoming: g.incoming(n).map { EdgeJSON(g, $0) },
            observations: node.observations.map(ObservationJSON.init)))
    }

    public static func reached(_ g: DocumentGraph, root: NodeIndex, _ reached: [Reached]) -> String {
        struct Item: Encodable { let document: NodeJSON; let depth: Int; let chain: [EdgeJSON] }
        struct Answer: Encodable { let root: NodeJSON; let documents: [Item] }
        return ExtractionJSON.encode(Answer(root: NodeJSON(g, root), documents: reached.map {
            Item(document: NodeJSON(g, $0.node), depth: $0.depth, chain: $0.chain.map { EdgeJSON(g, $0) })
        }))
    }

    public static func paths(_ g: DocumentGraph, from: NodeIndex, to: NodeIndex, _ paths: [[EdgeIndex]], reversed: Bool) -> String {
        struct Answer: Encodable { let from: NodeJSON; let to: NodeJSON; let reversed: Bool; let paths: [[EdgeJSON]] }
        return ExtractionJSON.encode(Answer(from: NodeJSON(g, from), to: NodeJSON(g, to), reversed: reversed,
                                            paths: paths.map { $0.map { EdgeJSON(g, $0) } }))
    }

    public static func revisions(_ g: DocumentGraph, _ n: NodeIndex, _ revisions: [Revision], asOf: SimpleDate) -> String {
        struct Answer: Encodable { let document: NodeJSON; let asOf: String; let revisions: [RevisionJSON] }
        return ExtractionJSON.encode(Answer(document: NodeJSON(g, n), asOf: asOf.description, revisions: revisions.map { RevisionJSON(g, $0) }))
    }

    public static func status(_ g: DocumentGraph, _ s: DocumentStatus, asOf: SimpleDate) -> String {
        struct Answer: Encodable { let document: NodeJSON; let status: StatusJSON }
        return ExtractionJSON.encode(Answer(document: NodeJSON(g, s.node), status: StatusJSON(g, s, asOf: asOf)))
    }

    public static func findings(_ findings: [Finding]) -> String { ExtractionJSON.encode(findings.map(FindingJSON.init)) }
}

public struct NodeJSON: Encodable {
    let g: DocumentGraph
    let n: NodeIndex
    init(_ g: DocumentGraph, _ n: NodeIndex) { self.g = g; self.n = n }
    enum K: String, CodingKey { case id, name, typeCode, typeWord, issuer, date, term, locality, title, inCorpus, file, page, line }
    public func encode(to encoder: Encoder) throws {
        let node = g.nodes[Int(n)]
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
        try w.put(node.id?.description, .id)
        try w.put(node.name, .name)
        try w.put(node.typeCode, .typeCode)
        try w.put(node.typeWord, .typeWord)
        try w.put(node.issuer, .issuer)
        try w.put(node.date, .date)
        try w.put(node.term, .term)
        try w.put(node.locality, .locality)
        try w.put(node.title, .title)
        try w.put(node.inCorpus, .inCorpus)
        try w.put(node.record?.file, .file)
        try w.container.encodeIfPresent(node.record?.startPage, forKey: .page)
        try w.put(node.record?.startLine, .line)
    }
}

struct EdgeJSON: Encodable {
    let g: DocumentGraph
    let e: EdgeIndex
    init(_ g: DocumentGraph, _ e: EdgeIndex) { self.g = g; self.e = e }
    enum K: String, CodingKey { case from, to, relation, modality, deadline, recurring, leadUnit, file, page, line, column, text, nested }
    func encode(to encoder: Encoder) throws {
        let edge = g.edges[Int(e)]
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
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

struct ObservationJSON: Encodable {
    let o: DocumentNode.Observation
    init(_ o: DocumentNode.Observation) { self.o = o }
    enum K: String, CodingKey { case date, issuer, term, typeWord, file, page, line, column }
    func encode(to encoder: Encoder) throws {
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
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

struct RevisionJSON: Encodable {
    let g: DocumentGraph
    let r: Revision
    init(_ g: DocumentGraph, _ r: Revision) { self.g = g; self.r = r }
    enum K: String, CodingKey { case by, byDate, relation, modality, state, fulfilledBy, deadline, leadUnit, partial, evidence }
    func encode(to encoder: Encoder) throws {
        let edge = g.edges[Int(r.edge)]
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
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
        try w.put(EdgeJSON(g, r.edge), .evidence)
    }
}

struct StatusJSON: Encodable {
    let g: DocumentGraph
    let s: DocumentStatus
    let asOf: SimpleDate
    init(_ g: DocumentGraph, _ s: DocumentStatus, asOf: SimpleDate) { self.g = g; self.s = s; self.asOf = asOf }
    enum K: String, CodingKey { case asOf, state, governing, enacted, planned }
    func encode(to encoder: Encoder) throws {
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
        try w.put(asOf.description, .asOf)
        try w.put(s.state.rawValue, .state)
        try w.put(s.governing.map { g.nodes[Int($0)].name }, .governing)
        try w.put(s.enacted.map { RevisionJSON(g, $0) }, .enacted)
        try w.put(s.planned.map { RevisionJSON(g, $0) }, .planned)
    }
}

struct FindingJSON: Encodable {
    let f: Finding
    init(_ f: Finding) { self.f = f }
    enum K: String, CodingKey { case rule, severity, message, file, page, line, column, related }
    func encode(to encoder: Encoder) throws {
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
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

extension Revision.State {
    /// `enacted`, `fulfilled`, `pending`, `overdue` or `unconfirmed`.
    public var name: String {
        switch self {
        case .enacted: return "enacted"
        case .fulfilled: return "fulfilled"
        case .pending: return "pending"
        case .overdue: return "overdue"
        case .unconfirmed: return "unconfirmed"
        }
    }
}
