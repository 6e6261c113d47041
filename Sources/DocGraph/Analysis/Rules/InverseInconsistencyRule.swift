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
        for e in graph.edges {
            guard let claimed = e.demotedFrom, let why = Authority.objection(citing: graph.nodes[Int(e.from)], cited: graph.nodes[Int(e.to)]) else { continue }
            findings.append(finding(.revisionWithoutAuthority(citing: graph.short(e.from), claimed: claimed, cited: graph.short(e.to), objection: why),
                                    at: e.location))
        }
        for (i, _) in graph.nodes.enumerated() {
            let n = NodeIndex(i)
            let replacements = graph.incoming(n).map { graph.edges[Int($0)] }
                .filter { $0.relation == .replaces && $0.modality == .enacted && !$0.isPartial }
            let replacers = Set(replacements.map(\.from))
            if replacers.count > 1 {
                findings.append(finding(.replacedBySeveral(document: graph.short(n), replacers: replacers.sorted().map { graph.short($0) }),
                                        at: replacements.first?.location, related: replacements.dropFirst().map(\.location)))
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
}

extension RuleID {
    /// `inverse-inconsistency`: see ``InverseInconsistencyRule``.
    public static let inverseInconsistency: RuleID = "inverse-inconsistency"
}
