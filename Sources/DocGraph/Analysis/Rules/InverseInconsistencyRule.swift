/// `inverse-inconsistency`: a document replaced by two different documents, two documents
/// that replace each other, a document that rests on the one that replaces it, or a body that
/// says it revises a document it has no authority over (kept as a reference, `Authority`).
public struct InverseInconsistencyRule: CheckRule {
    public let id = RuleID.inverseInconsistency
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "Two documents say incompatible things about which replaces or rests on which."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        var findings: [Finding] = []
        // Fields are read in place: copying a DocumentEdge retains its strings.
        for i in graph.edges.indices where graph.edges[i].demotedFrom != nil {
            let e = graph.edges[i]
            guard let claimed = e.demotedFrom, let why = Authority.objection(citing: graph.nodes[Int(e.from)], cited: graph.nodes[Int(e.to)]) else { continue }
            findings.append(finding(.revisionWithoutAuthority(citing: graph.short(e.from), claimed: claimed, cited: graph.short(e.to), objection: why),
                                    at: e.location))
        }
        // The nodes replaced as a whole, marked in one pass over the edges in their order: most nodes
        // are not, and asking each node's incoming edges read edges scattered over the whole array
        // (a working set that outgrows the caches: 6.0× the time for 4× the documents).
        let replaced = Self.replacedWhole(graph)
        for i in graph.nodes.indices where replaced[i] {
            let n = NodeIndex(i)
            let replacing = graph.incoming(n).filter {
                let k = Int($0)
                return graph.edges[k].relation == .replaces && graph.edges[k].modality == .enacted && !graph.edges[k].isPartial
            }
            guard !replacing.isEmpty else { continue }
            let replacements = replacing.map { graph.edges[Int($0)] }
            let replacers = Set(replacements.map(\.from))
            if replacers.count > 1 {
                findings.append(finding(.replacedBySeveral(document: graph.short(n), replacers: replacers.sorted().map { graph.short($0) }),
                                        at: replacements.first?.location, related: replacements.dropFirst().map(\.location)))
            }
            // Repealed by one document, then replaced by a later one (red-team round 3, repro 13).
            let repeals = graph.incoming(n).map { graph.edges[Int($0)] }.filter { $0.relation == .repeals && $0.modality == .enacted && !$0.isPartial }
            if let repeal = repeals.compactMap({ q in graph.nodes[Int(q.from)].date.map { (edge: q, date: $0) } }).min(by: { $0.date < $1.date }) {
                for r in replacements where r.from != repeal.edge.from {
                    guard let d = graph.nodes[Int(r.from)].date, d > repeal.date else { continue }
                    findings.append(finding(.replacedAfterRepeal(document: graph.short(n), repealer: graph.short(repeal.edge.from), since: repeal.date,
                                                                 replacer: graph.short(r.from)), at: r.location, related: [repeal.edge.location]))
                }
            }
            for r in replacements {
                // B replaces A while A replaces B, or A implements/rests on B that replaces it.
                for back in graph.outgoing(n).map({ graph.edges[Int($0)] }) where back.to == r.from && back.modality == .enacted {
                    if back.relation == .replaces {
                        if n < r.from {
                            findings.append(finding(.replaceEachOther(graph.short(n), graph.short(r.from)),
                                                    at: r.location, related: [back.location]))
                        }
                    } else if [.implements, .continues, .basedOn, .guides].contains(back.relation) {
                        findings.append(finding(.restsOnItsReplacement(document: graph.short(n), relation: back.relation, replacer: graph.short(r.from)),
                                                at: back.location, related: [r.location]))
                    }
                }
            }
        }
        return findings
    }

    /// Whether each node is the target of an enacted replacement as a whole, by one pass over the edges.
    static func replacedWhole(_ graph: DocumentGraph) -> [Bool] {
        var replaced = [Bool](repeating: false, count: graph.nodes.count)
        graph.edges.withUnsafeBufferPointer { edges in
            for i in edges.indices where edges[i].relation == .replaces && edges[i].modality == .enacted && !edges[i].isPartial {
                replaced[Int(edges[i].to)] = true
            }
        }
        return replaced
    }
}

extension RuleID {
    /// `inverse-inconsistency`: see ``InverseInconsistencyRule``.
    public static let inverseInconsistency: RuleID = "inverse-inconsistency"
}
