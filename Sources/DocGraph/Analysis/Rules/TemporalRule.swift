/// `temporal`: an enacted citation of a document dated after the citing one.
public struct TemporalRule: CheckRule {
    public let id = RuleID.temporal
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "An enacted citation of a document dated after the citing one."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        // Fields are read in place: copying a DocumentEdge retains its strings.
        graph.edges.indices.compactMap { i in
            guard graph.edges[i].modality == .enacted, graph.edges[i].relation != .references,
                  let citing = graph.nodes[Int(graph.edges[i].from)].date, let cited = graph.nodes[Int(graph.edges[i].to)].date, cited > citing else { return nil }
            let e = graph.edges[i]
            return finding(.citesLater(citing: graph.short(e.from), citingDate: citing, relation: e.relation, cited: graph.short(e.to), citedDate: cited),
                           at: e.location)
        }
    }
}

extension RuleID {
    /// `temporal`: see ``TemporalRule``.
    public static let temporal: RuleID = "temporal"
}
