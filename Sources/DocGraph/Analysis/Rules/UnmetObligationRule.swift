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
        // Each node's issuer level and body read once, when a node of an expected type is asked about: every
        // node's level was read before (a key made and looked up for each), a walk over the whole node array
        // for the few nodes that cite an obligation's target.
        var levels: [NodeIndex: IssuerLevel] = [:]
        var bodies: [NodeIndex: IssuingBody?] = [:]
        var onLine: CitationsOnLine?
        var findings: [Finding] = []
        for (target, o) in graph.obligations {
            let actor = IssuingBody(o.actor)
            func fits(_ n: NodeIndex) -> Bool {
                guard let code = graph.nodes[Int(n)].typeCode, o.expectedTypes.contains(code) else { return false }
                let level = levels[n] ?? {
                    let l = IssuerLevel.of(issuer: graph.nodes[Int(n)].issuer, code: graph.nodes[Int(n)].id?.issuerCode)
                    levels[n] = l
                    return l
                }()
                guard Self.levelMatches(level, o.actorLevel) else { return false }
                let body: IssuingBody?
                if let known = bodies[n] { body = known } else {
                    body = graph.nodes[Int(n)].issuer.map(IssuingBody.init)
                    bodies[n] = .some(body)
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
                let key = LineKey(from: graph.edges[Int(e)].from, line: graph.edges[Int(e)].location.sourceLine)
                onLine!.forEach(key, in: graph) { other in
                    if other != target && fits(other) { alongside.insert(other) }
                }
            }
            let types = o.expectedTypes.map { TypeCodes.typeWord[$0] ?? $0 }
            findings.append(finding(.unmetObligation(document: graph.short(target), actor: o.actor, types: types, alongside: alongside.sorted().map { graph.describe($0) }),
                                    at: o.location))
        }
        return findings
    }

    /// The edges of each (citing document, line), chained through one array: a dictionary of one
    /// array a line made and freed 200,000 small arrays and grew by doubling (perf, 16,000
    /// plan-heavy documents: resizing and freeing were half of the rule).
    struct CitationsOnLine {
        /// The last edge of each line, and for each edge the one before it on its line (-1 for none).
        private var last: [LineKey: Int32] = [:]
        private var previous: [Int32]

        init(_ graph: DocumentGraph) {
            previous = [Int32](repeating: -1, count: graph.edges.count)
            last.reserveCapacity(graph.edges.count)
            for i in graph.edges.indices {
                let key = LineKey(from: graph.edges[i].from, line: graph.edges[i].location.sourceLine)
                if let before = last.updateValue(Int32(i), forKey: key) { previous[i] = before }
            }
        }

        /// The cited end of every edge on the line, last first.
        func forEach(_ key: LineKey, in graph: DocumentGraph, _ body: (NodeIndex) -> Void) {
            var e = last[key] ?? -1
            while e >= 0 {
                body(graph.edges[Int(e)].to)
                e = previous[Int(e)]
            }
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
