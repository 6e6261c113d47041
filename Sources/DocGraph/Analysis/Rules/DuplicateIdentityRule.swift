/// `duplicate-identity`: two corpus documents with one identity (number, issuer's place, period).
/// Either the corpus holds a copy, or one of them carries a wrong number; merging them would
/// let one date win silently, so both stay and are named here.
public struct DuplicateIdentityRule: CheckRule {
    public let id = RuleID.duplicateIdentity
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "Two corpus documents with the same number, issuer, place and term."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        graph.duplicates.map { d in
            let first = graph.nodes[Int(d.first)], second = graph.nodes[Int(d.second)]
            let a = first.record?.file ?? "?", b = second.record?.file ?? "?"
            let dates = first.date == second.date ? "both dated \(first.date?.vietnamese ?? "without a date")"
                : "dated \(first.date?.vietnamese ?? "without a date") and \(second.date?.vietnamese ?? "without a date")"
            let place = first.locality.map { ", \($0)" } ?? ""
            return finding("two documents have the identity \(first.name)\(place), \(dates): \(a) and \(b); citations go to the first — remove the copy or correct the number",
                           at: graph.source(d.second), related: [graph.source(d.first)].compactMap { $0 })
        }
    }
}

extension RuleID {
    /// `duplicate-identity`: see ``DuplicateIdentityRule``.
    public static let duplicateIdentity: RuleID = "duplicate-identity"
}
