/// JSON shapes of graph answers (`show`, `impact`, `deps`, `path`, `revisions`, `status`,
/// `check`). Field names are stable and documented in README.
public enum AnalysisJSON {
    public static func node(_ g: DocumentGraph, _ n: NodeIndex) -> NodeJSON { NodeJSON(g, n) }

    // Written with `PrettyJSON`, fields in byte order: the same bytes `JSONEncoder` wrote from
    // the `Encodable` shapes these replaced, at a fraction of the time for the large answers.

    public static func show(_ g: DocumentGraph, _ n: NodeIndex, asOf: SimpleDate) -> String {
        var w = PrettyJSON()
        w.object { w in
            w.key("document"); w.node(g, n)
            w.key("incoming"); w.array(g.incoming(n)) { $0.edge(g, $1) }
            w.key("observations"); w.array(g.nodes[Int(n)].observations) { $0.observation($1) }
            w.key("outgoing"); w.array(g.outgoing(n)) { $0.edge(g, $1) }
            w.key("status"); w.status(g, g.status(of: n, asOf: asOf), asOf: asOf)
        }
        return w.text
    }

    public static func reached(_ g: DocumentGraph, root: NodeIndex, _ reached: [Reached]) -> String {
        var text: [UInt8] = []
        Self.reached(g, root: root, reached) { text.append(contentsOf: $0) }
        return String(decoding: text, as: UTF8.self)
    }

    /// `reached`'s bytes handed to `sink` a megabyte or so at a time: the answer for a document
    /// most of the corpus rests on is hundreds of megabytes (276 MB at 100,000 documents), each
    /// document with its whole chain. An edge inside a chain (not its last) is written once and
    /// its bytes copied for every later chain through it, as they sit at the same depth.
    /// With a `summary` (an answer longer than `ReachSummary.listLimit`), `reached` holds the
    /// documents it names and a `summary` object follows `root`.
    public static func reached(_ g: DocumentGraph, root: NodeIndex, _ reached: [Reached], summary: ReachSummary? = nil, chunk: Int = 1 << 20,
                               to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        var w = PrettyJSON()
        var kept: [UInt8] = []
        var keptAt = [Range<Int>?](repeating: nil, count: g.edges.count)
        w.object { w in
            w.key("documents")
            w.array(reached) { w, r in
                w.object { w in
                    w.key("chain")
                    let chain = r.chain
                    w.array(chain.indices) { w, k in
                        let e = chain[k]
                        if let range = keptAt[e.int] {
                            kept.withUnsafeBufferPointer { w.raw(UnsafeBufferPointer(rebasing: $0[range])) }
                            return
                        }
                        let start = w.bytes.count
                        w.edge(g, e)
                        // The last edge leads to this document alone until a later chain runs through it.
                        if k < chain.count - 1 {
                            let from = kept.count
                            kept.append(contentsOf: w.written(since: start))
                            keptAt[e.int] = from..<kept.count
                        }
                    }
                    w.field("depth", r.depth)
                    w.key("document"); w.node(g, r.node)
                }
                if w.bytes.count >= chunk { w.flush(sink) }
            }
            w.key("root"); w.node(g, root)
            if let summary { w.key("summary"); w.summary(summary) }
        }
        w.flush(sink)
    }

    public static func paths(_ g: DocumentGraph, from: NodeIndex, to: NodeIndex, _ paths: [[EdgeIndex]], reversed: Bool) -> String {
        var w = PrettyJSON()
        w.object { w in
            w.key("from"); w.node(g, from)
            w.key("paths"); w.array(paths) { w, p in w.array(p) { $0.edge(g, $1) } }
            w.field("reversed", reversed)
            w.key("to"); w.node(g, to)
        }
        return w.text
    }

    public static func revisions(_ g: DocumentGraph, _ n: NodeIndex, _ revisions: [Revision], asOf: SimpleDate) -> String {
        var w = PrettyJSON()
        w.object { w in
            w.field("asOf", asOf.description)
            w.key("document"); w.node(g, n)
            w.key("revisions"); w.array(revisions) { $0.revision(g, $1) }
        }
        return w.text
    }

    public static func status(_ g: DocumentGraph, _ s: DocumentStatus, asOf: SimpleDate) -> String {
        var w = PrettyJSON()
        w.object { w in
            w.key("document"); w.node(g, s.node)
            w.key("status"); w.status(g, s, asOf: asOf)
        }
        return w.text
    }

    public static func findings(_ findings: [Finding]) -> String {
        var w = PrettyJSON()
        w.array(findings) { $0.finding($1) }
        return w.text
    }

    /// `findings`' bytes handed to `sink` 64 KB or so at a time (`check` at 100,000
    /// documents: tens of megabytes), never made into one `String`. The buffer lives at the peak of
    /// `check`'s memory, beside the graph and the findings: a megabyte's chunk had grown it to 2 MB
    /// (3 MB of the 40.7 MB heap peak on 2,000 plan-heavy documents, massif); 64 KB costs nothing
    /// measurable in `write` calls (`AnswerJSONTests` holds any chunk to the text written in one piece).
    public static func findings(_ findings: [Finding], chunk: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        var w = PrettyJSON()
        w.array(findings) { w, f in
            w.finding(f)
            if w.bytes.count >= chunk { w.flush(sink) }
        }
        w.flush(sink)
    }
}

extension PrettyJSON {
    mutating func field(_ k: StaticString, _ date: SimpleDate?) {
        key(k)
        guard let date else { null(); return }
        // `YYYY-MM-DD`, as `SimpleDate` encodes itself (its description).
        string(date.description)
    }

    mutating func node(_ g: DocumentGraph, _ n: NodeIndex) {
        let node = g.nodes[Int(n)]
        object { w in
            w.field("date", node.date)
            w.field("file", node.record?.file)
            w.field("id", node.id?.description)
            w.field("inCorpus", node.inCorpus)
            w.field("issuer", node.issuer)
            w.field("line", node.record?.startLine)
            w.field("locality", node.locality)
            w.field("name", node.name)
            w.fieldIfPresent("page", node.record?.startPage)
            w.field("term", node.term)
            w.field("title", node.title)
            w.field("typeCode", node.typeCode)
            w.field("typeWord", node.typeWord)
        }
    }

    mutating func edge(_ g: DocumentGraph, _ e: EdgeIndex) {
        let edge = g.edges[Int(e)]
        object { w in
            w.field("column", edge.location.column)
            w.field("deadline", edge.deadline?.date)
            w.field("file", edge.location.file)
            w.field("from", g.nodes[Int(edge.from)].name)
            w.field("leadUnit", edge.leadUnit)
            w.field("line", edge.location.line)
            w.field("modality", edge.modality.rawValue)
            w.field("nested", edge.isNested)
            w.fieldIfPresent("page", edge.location.page)
            w.field("recurring", edge.deadline?.recurring)
            w.field("relation", edge.relation.rawValue)
            w.field("text", edge.text)
            w.field("to", g.nodes[Int(edge.to)].name)
        }
    }

    /// Counts as `{"documents": n, "<value's name>": value}`, fields in byte order as everywhere.
    mutating func summary(_ s: ReachSummary) {
        object { w in
            w.key("byDepth"); w.array(s.depths) { w, c in w.object { w in w.field("depth", c.value); w.field("documents", c.documents) } }
            w.key("byIssuer"); w.array(s.issuers) { w, c in w.object { w in w.field("documents", c.documents); w.field("issuer", c.value) } }
            w.key("byRelation"); w.array(s.relations) { w, c in w.object { w in w.field("documents", c.documents); w.field("relation", c.value.rawValue) } }
            w.key("byRelationPlanned")
            w.array(s.plannedRelations) { w, c in w.object { w in w.field("documents", c.documents); w.field("relation", c.value.rawValue) } }
            w.key("byType"); w.array(s.types) { w, c in w.object { w in w.field("documents", c.documents); w.field("typeCode", c.value) } }
            w.key("byYear"); w.array(s.years) { w, c in w.object { w in w.field("documents", c.documents); w.field("year", c.value) } }
            w.field("citedOnly", s.total - s.inCorpus)
            w.field("inCorpus", s.inCorpus)
            w.field("listLimit", s.listLimit)
            w.field("shown", s.shown.count)
            w.field("shownPerDepth", s.perDepth)
            w.field("total", s.total)
        }
    }

    mutating func observation(_ o: DocumentNode.Observation) {
        object { w in
            w.field("column", o.location.column)
            w.field("date", o.date)
            w.field("file", o.location.file)
            w.field("issuer", o.issuer)
            w.field("line", o.location.line)
            w.fieldIfPresent("page", o.location.page)
            w.field("term", o.term)
            w.field("typeWord", o.typeWord)
        }
    }

    mutating func revision(_ g: DocumentGraph, _ r: Revision) {
        let edge = g.edges[Int(r.edge)]
        object { w in
            w.field("by", g.nodes[Int(edge.from)].name)
            w.field("byDate", g.nodes[Int(edge.from)].date)
            w.field("deadline", r.deadline?.date)
            w.key("evidence"); w.edge(g, r.edge)
            switch r.state {
            case .fulfilled(let by), .unconfirmed(let by): w.field("fulfilledBy", g.nodes[Int(by)].name)
            case .enacted, .pending, .overdue: w.field("fulfilledBy", String?.none)
            }
            w.field("leadUnit", edge.leadUnit)
            w.field("modality", edge.modality.rawValue)
            w.field("partial", r.partial)
            w.field("relation", edge.relation.rawValue)
            w.field("state", r.state.name)
        }
    }

    mutating func status(_ g: DocumentGraph, _ s: DocumentStatus, asOf: SimpleDate) {
        object { w in
            w.field("asOf", asOf.description)
            w.key("enacted"); w.array(s.enacted) { $0.revision(g, $1) }
            w.field("governing", s.governing.map { g.nodes[Int($0)].name })
            w.key("planned"); w.array(s.planned) { $0.revision(g, $1) }
            w.field("state", s.state.rawValue)
        }
    }

    mutating func finding(_ f: Finding) {
        object { w in
            w.field("column", f.location?.column)
            w.field("file", f.location?.file)
            w.field("line", f.location?.line)
            w.field("message", f.message)
            w.fieldIfPresent("page", f.location?.page)
            w.key("related"); w.array(f.related) { $0.string($1.description) }
            w.field("rule", f.rule.rawValue)
            w.field("severity", f.severity.rawValue)
        }
    }
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
