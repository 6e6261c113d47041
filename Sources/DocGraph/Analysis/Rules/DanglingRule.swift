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
            let n = node.observations.count
            return finding("\(graph.describe(NodeIndex(i))) is cited \(n) time\(n == 1 ? "" : "s") but its text is not in the corpus; add it to follow what it rests on",
                           at: first.location, related: node.observations.dropFirst().prefix(10).map(\.location))
        }
    }
}

extension RuleID {
    /// `dangling`: see ``DanglingRule``.
    public static let dangling: RuleID = "dangling"
}
