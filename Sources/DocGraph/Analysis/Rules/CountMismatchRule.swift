/// `count-mismatch`: `Tháng 01/2026 (11 nhiệm vụ)` followed by a different number of items.
public struct CountMismatchRule: CheckRule {
    public let id = RuleID.countMismatch
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "A stated count of tasks that differs from the items listed."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        graph.statedCounts.compactMap { c in
            guard c.stated != c.listed else { return nil }
            return finding(.countMismatch(heading: c.heading, stated: c.stated, listed: c.listed), at: c.location)
        }
    }
}

extension RuleID {
    /// `count-mismatch`: see ``CountMismatchRule``.
    public static let countMismatch: RuleID = "count-mismatch"
}
