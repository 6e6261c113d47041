/// `ambiguous-id`: several documents share the number and nothing in the citation decides.
public struct AmbiguousIDRule: CheckRule {
    public let id = RuleID.ambiguousID
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "A citation that matches documents of several terms and nothing decides."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        graph.ambiguities.map { a in
            finding(.ambiguousID(id: a.id.description, candidates: a.candidates.map { graph.describe($0) }, chosen: graph.describe(a.chosen)),
                    at: a.location)
        }
    }
}

extension RuleID {
    /// `ambiguous-id`: see ``AmbiguousIDRule``.
    public static let ambiguousID: RuleID = "ambiguous-id"
}
