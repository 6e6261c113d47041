/// `ambiguous-id`: several documents share the number and nothing in the citation decides.
public struct AmbiguousIDRule: CheckRule {
    public let id = RuleID.ambiguousID
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "A citation that matches documents of several terms and nothing decides."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        // A few numbers are ambiguous in many citations: each candidate is described once.
        var described: [NodeIndex: String] = [:]
        func describe(_ n: NodeIndex) -> String {
            if let d = described[n] { return d }
            let d = graph.describe(n)
            described[n] = d
            return d
        }
        return graph.ambiguities.map { a in
            finding(.ambiguousID(id: a.id.description, candidates: a.candidates.map(describe), chosen: describe(a.chosen)),
                    at: a.location)
        }
    }
}

extension RuleID {
    /// `ambiguous-id`: see ``AmbiguousIDRule``.
    public static let ambiguousID: RuleID = "ambiguous-id"
}
