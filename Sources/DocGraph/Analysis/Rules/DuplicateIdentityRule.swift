/// `duplicate-identity`: two corpus documents with one identity (number, issuer's place, period).
/// Either the corpus holds a copy, or one of them carries a wrong number; merging them would
/// let one date win silently, so both stay and are named here.
enum DuplicateIdentityRule {
    static func check(_ graph: DocumentGraph) -> [Finding] {
        graph.duplicates.map { d in
            let first = graph.nodes[Int(d.first)], second = graph.nodes[Int(d.second)]
            let dates = [first.date, second.date].map { $0?.vietnamese ?? "undated" }
            let same = first.date == second.date ? "the same date" : "dates \(dates[0]) and \(dates[1])"
            return Finding(.duplicateIdentity, "\(graph.describe(d.first)) is in the corpus twice, with \(same): \(first.record?.file ?? "?") and \(second.record?.file ?? "?"); citations go to the first — remove the copy or correct the number",
                           at: graph.source(d.second), related: [graph.source(d.first)].compactMap { $0 })
        }
    }
}
