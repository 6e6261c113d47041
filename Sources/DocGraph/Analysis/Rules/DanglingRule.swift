/// `dangling`: documents cited but not in the corpus.
public struct DanglingRule: CheckRule {
    public let id = RuleID.dangling
    public let defaultSeverity = Finding.Severity.note
    public let summary = "A document cited but not in the corpus."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        graph.nodes.indices.compactMap { i in
            let node = graph.nodes[i]
            guard !node.inCorpus, let first = node.observations.first else { return nil }
            return finding(.dangling(document: graph.describe(NodeIndex(i)), times: node.observations.count),
                           at: first.location, related: node.observations.dropFirst().prefix(10).map(\.location))
        }
    }
}

extension RuleID {
    /// `dangling`: see ``DanglingRule``.
    public static let dangling: RuleID = "dangling"
}
