/// `cycle`: documents that rest on one another in a circle (enacted edges only).
///
/// A circle whose documents are all outside the corpus is read only from what other documents
/// say about them (`Nghị định 34 … thi hành Luật X đã được sửa đổi … theo Nghị định 154`), where
/// one misread description closes it: a warning, since no text of the corpus can be wrong there.
public struct CycleRule: CheckRule {
    public let id = RuleID.cycle
    public let defaultSeverity = Finding.Severity.error
    public let summary = "Documents that implement, amend, replace or rest on one another in a circle."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        let filter = EdgeFilter(relations: Set(Relation.allCases.filter(\.formsCycle)), modalities: [.enacted])
        return graph.cycles(filter: filter).map { component in
            let members = Set(component)
            let inside = component.flatMap { graph.outgoing($0) }.filter {
                let e = graph.edges[Int($0)]
                return filter.accepts(e) && members.contains(e.to)
            }
            let names = component.map { graph.short($0) }
            let locations = inside.map { graph.edges[Int($0)].location }
            let hops = inside.prefix(6).map { e -> FindingMessage.Hop in
                let edge = graph.edges[Int(e)]
                return FindingMessage.Hop(from: graph.short(edge.from), relation: edge.relation, to: graph.short(edge.to))
            }
            let hearsay = component.allSatisfy { !graph.nodes[Int($0)].inCorpus }
            return finding(.cycle(members: names, hops: hops, moreHops: inside.count > 6),
                           at: locations.min { $0.sourceLine < $1.sourceLine }, related: Array(locations.sorted { $0.sourceLine < $1.sourceLine }.prefix(20)),
                           severity: hearsay ? .warning : nil)
        }
    }
}

extension RuleID {
    /// `cycle`: see ``CycleRule``.
    public static let cycle: RuleID = "cycle"
}
