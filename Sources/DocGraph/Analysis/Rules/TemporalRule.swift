/// `temporal`: an enacted citation of a document dated after the citing one.
public struct TemporalRule: CheckRule {
    public let id = RuleID.temporal
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "An enacted citation of a document dated after the citing one."

    public init() {}

    /// A pair of documents, one finding each.
    private struct Pair: Hashable { var from: NodeIndex; var to: NodeIndex }

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        // One finding a pair: `Kết luận … nghe báo cáo kết quả thực hiện Kế hoạch số 18-KH/HU … về thực hiện Chỉ thị số
        // 15-CT/TU` restates the plan's own edge (red team 28, c3: the warning twice, once where nothing is wrong). The
        // edge the citing document itself states is the one reported; another's restatement only when it has none.
        let candidates = temporalEdges(graph)
        var chosen: [Pair: Int] = [:]
        var order: [Pair] = []
        for (c, found) in candidates.enumerated() {
            let pair = Pair(from: graph.edges[found.edge].from, to: graph.edges[found.edge].to)
            if let k = chosen[pair] {
                if graph.edges[candidates[k].edge].isNested, !graph.edges[found.edge].isNested { chosen[pair] = c }
            } else {
                chosen[pair] = c
                order.append(pair)
            }
        }
        return order.compactMap { chosen[$0] }.map { c in
            let found = candidates[c], e = graph.edges[found.edge]
            return finding(.citesLater(citing: graph.short(e.from), citingDate: found.citing, relation: e.relation, cited: graph.short(e.to),
                                       citedDate: found.cited), at: e.location)
        }
    }

    /// The edges that cite, enacted, a document dated after the citing one.
    private func temporalEdges(_ graph: DocumentGraph) -> [(edge: Int, citing: SimpleDate, cited: SimpleDate)] {
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
            return (i, citing, cited)
        }
    }
}

extension RuleID {
    /// `temporal`: see ``TemporalRule``.
    public static let temporal: RuleID = "temporal"
}
