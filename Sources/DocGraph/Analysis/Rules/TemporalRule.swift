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
            // A document outside the corpus has the date other texts give it; when the citing text gives none, a later
            // one may be another document of the same number (`Kế hoạch số 94-KH/TU của Tỉnh ủy` in An Giang's 2019 news,
            // Quảng Trị's 94-KH/TU of 2023 in another's: Party numbers restart in each province; evaluation batch 22).
            // What the citing text said of it is its observation at the edge's place.
            if graph.nodes[Int(e.to)].record == nil,
               !graph.nodes[Int(e.to)].observations.contains(where: { $0.date != nil && $0.location == e.location }) { return nil }
            return finding(.citesLater(citing: graph.short(e.from), citingDate: citing, relation: e.relation, cited: graph.short(e.to), citedDate: cited),
                           at: e.location)
        }
    }
}

extension RuleID {
    /// `temporal`: see ``TemporalRule``.
    public static let temporal: RuleID = "temporal"
}
