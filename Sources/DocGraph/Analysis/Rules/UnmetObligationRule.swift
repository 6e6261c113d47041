/// `unmet-obligation`: `Bộ Chính trị ban hành Kế hoạch thực hiện Nghị quyết` with no KH from a
/// central body implementing the resolution. Informational: a corpus is usually partial.
///
/// Linear in the edges: each node's issuer level is classified once (it folds the issuer's
/// name), and the citations that stand on one line are grouped once, instead of walking every
/// citing document's outgoing edges for every incoming edge of every obligation (issue #12).
public struct UnmetObligationRule: CheckRule {
    public let id = RuleID.unmetObligation
    public let defaultSeverity = Finding.Severity.note
    public let summary = "An assignment in Tổ chức thực hiện with no implementing document of the expected type."

    public init() {}


    /// The citations one document makes on one line (of one page, in a PDF).
    struct LineKey: Hashable {
        var from: NodeIndex
        var line: SourceLine
    }

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        guard !graph.obligations.isEmpty else { return [] }
        // Each node's issuer level and body read once, when a node of an expected type is asked about, and
        // kept in arrays by node: dictionaries keyed by node were a fifth of the rule (hashing, perf at 16,000
        // plan-heavy documents).
        var levels = [IssuerLevel?](repeating: nil, count: graph.nodes.count)
        var bodies = [IssuingBody??](repeating: nil, count: graph.nodes.count)
        var onLine: CitationsOnLine?
        var findings: [Finding] = []
        // Obligations are read in place, field by field: copying one retained its five strings (perf, 16,000
        // plan-heavy documents: a fifth of the rule), and most need only their actor and expected types.
        let obligations = graph.obligations
        for k in obligations.indices {
            let target = obligations[k].node
            let o = ObligationFields(obligations, k)
            let actor = IssuingBody(o.actor)
            func fits(_ n: NodeIndex) -> Bool {
                guard let code = graph.nodes[Int(n)].typeCode, o.expectedTypes.contains(code) else { return false }
                let level = levels[Int(n)] ?? {
                    let l = IssuerLevel.of(issuer: graph.nodes[Int(n)].issuer, code: graph.nodes[Int(n)].id?.issuerCode)
                    levels[Int(n)] = l
                    return l
                }()
                guard Self.levelMatches(level, o.actorLevel) else { return false }
                let body: IssuingBody?
                if let known = bodies[Int(n)] { body = known } else {
                    body = graph.nodes[Int(n)].issuer.map(IssuingBody.init)
                    bodies[Int(n)] = .some(body)
                }
                return ObligationActor.mayHaveWritten(body, for: actor)
            }
            let met = graph.incoming(target).contains { e in
                let i = Int(e)
                return graph.edges[i].modality == .enacted && graph.edges[i].relation.isImplementing && fits(graph.edges[i].from)
            }
            guard !met else { continue }
            // Documents cited in the same breath as the target may be the ones.
            if onLine == nil { onLine = CitationsOnLine(graph) }
            var alongside: Set<NodeIndex> = []
            for e in graph.incoming(target) {
                onLine!.forEach(onLineOf: e, in: graph) { other in
                    if other != target && fits(other) { alongside.insert(other) }
                }
            }
            let types = o.expectedTypes.map { TypeCodes.typeWord[$0] ?? $0 }
            findings.append(finding(.unmetObligation(document: graph.short(target), actor: o.actor, types: types, alongside: alongside.sorted().map { graph.describe($0) }),
                                    at: obligations[k].obligation.location))
        }
        return findings
    }

    /// What the rule reads of an obligation before it knows it unmet.
    private struct ObligationFields {
        var actor: String
        var actorLevel: IssuerLevel
        var expectedTypes: [String]

        init(_ obligations: [(node: NodeIndex, obligation: Obligation)], _ k: Int) {
            (actor, actorLevel, expectedTypes) = obligations.withUnsafeBufferPointer {
                ($0[k].obligation.actor, $0[k].obligation.actorLevel, $0[k].obligation.expectedTypes)
            }
        }
    }

    /// The edges of each (citing document, line), each edge linked to the next on its line in a ring.
    /// A dictionary keyed by (citing document, line) hashed every edge's file name (perf, 16,000 plan-heavy
    /// documents: hashing and lookups were half of the rule); the lines are found within each document's
    /// own outgoing edges instead, sorted by page and line (a document cites a few dozen).
    struct CitationsOnLine {
        /// For each edge, the next edge from the same document on the same line (itself when alone).
        private var next: [Int32]

        init(_ graph: DocumentGraph) {
            next = Array(0..<Int32(graph.edges.count))
            // Each edge of a document with its place: (no page 0, else 1; page; line; edge).
            var row: [(Int, Int, Int, Int32)] = []
            graph.edges.withUnsafeBufferPointer { edges in
                for n in graph.nodes.indices {
                    let out = graph.outgoing(NodeIndex(n))
                    guard out.count > 1 else { continue }
                    row.removeAll(keepingCapacity: true)
                    for e in out {
                        let page = edges[Int(e)].location.page
                        row.append((page == nil ? 0 : 1, page ?? 0, edges[Int(e)].location.line, e.rawValue))
                    }
                    // Equal (page, line) next to one another.
                    row.sort { ($0.0, $0.1, $0.2, $0.3) < ($1.0, $1.1, $1.2, $1.3) }
                    var start = 0
                    while start < row.count {
                        var end = start + 1
                        while end < row.count, (row[end].0, row[end].1, row[end].2) == (row[start].0, row[start].1, row[start].2) { end += 1 }
                        // Within one (page, line), one ring for each file (one, but for the form's sake).
                        for k in start + 1 ..< end {
                            let b = Int(row[k].3)
                            guard let j = (start..<k).first(where: { edges[Int(row[$0].3)].location.file == edges[b].location.file }) else { continue }
                            let a = Int(row[j].3)
                            // b joins a's ring, after a.
                            next[b] = next[a]
                            next[a] = Int32(b)
                        }
                        start = end
                    }
                }
            }
        }

        /// The cited end of every edge from the same document on the same line as edge `e`, `e`'s first.
        func forEach(onLineOf e: EdgeIndex, in graph: DocumentGraph, _ body: (NodeIndex) -> Void) {
            var k = Int(e)
            repeat {
                body(graph.adjacency.edgeTo[k])
                k = Int(next[k])
            } while k != Int(e)
        }
    }

    static func levelMatches(_ doc: IssuerLevel, _ actor: IssuerLevel) -> Bool {
        actor == .unknown || doc == .unknown || doc == actor || (actor == .province && doc == .city) || (actor == .city && doc == .province)
    }
}

extension RuleID {
    /// `unmet-obligation`: see ``UnmetObligationRule``.
    public static let unmetObligation: RuleID = "unmet-obligation"
}
