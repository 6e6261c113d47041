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
    private struct LineKey: Hashable {
        var from: NodeIndex
        var line: SourceLine
    }

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        guard !graph.obligations.isEmpty else { return [] }
        let levels = graph.nodes.map { IssuerLevel.of(issuer: $0.issuer, code: $0.id?.issuerCode) }
        // Each issuer read once, and only for documents of a type some obligation asks for.
        let expected = Set(graph.obligations.flatMap(\.obligation.expectedTypes))
        let bodies = graph.nodes.map { n in n.typeCode.map(expected.contains) == true ? n.issuer.map(IssuingBody.init) : nil }
        var onLine: [LineKey: [NodeIndex]]?
        var findings: [Finding] = []
        for (target, o) in graph.obligations {
            let actor = IssuingBody(o.actor)
            func fits(_ n: NodeIndex) -> Bool {
                guard let code = graph.nodes[Int(n)].typeCode, o.expectedTypes.contains(code) else { return false }
                return Self.levelMatches(levels[Int(n)], o.actorLevel) && ObligationActor.mayHaveWritten(bodies[Int(n)], for: actor)
            }
            let met = graph.incoming(target).contains { e in
                let i = Int(e)
                return graph.edges[i].modality == .enacted && graph.edges[i].relation.isImplementing && fits(graph.edges[i].from)
            }
            guard !met else { continue }
            // Documents cited in the same breath as the target may be the ones.
            if onLine == nil {
                var index: [LineKey: [NodeIndex]] = [:]
                for i in graph.edges.indices {
                    index[LineKey(from: graph.edges[i].from, line: graph.edges[i].location.sourceLine), default: []].append(graph.edges[i].to)
                }
                onLine = index
            }
            var alongside: Set<NodeIndex> = []
            for e in graph.incoming(target) {
                let edge = graph.edges[Int(e)]
                for other in onLine![LineKey(from: edge.from, line: edge.location.sourceLine)] ?? [] where other != target && fits(other) {
                    alongside.insert(other)
                }
            }
            let types = o.expectedTypes.map { TypeCodes.typeWord[$0] ?? $0 }
            findings.append(finding(.unmetObligation(document: graph.short(target), actor: o.actor, types: types, alongside: alongside.sorted().map { graph.describe($0) }),
                                    at: o.location))
        }
        return findings
    }

    static func levelMatches(_ doc: IssuerLevel, _ actor: IssuerLevel) -> Bool {
        actor == .unknown || doc == .unknown || doc == actor || (actor == .province && doc == .city) || (actor == .city && doc == .province)
    }
}

extension RuleID {
    /// `unmet-obligation`: see ``UnmetObligationRule``.
    public static let unmetObligation: RuleID = "unmet-obligation"
}
