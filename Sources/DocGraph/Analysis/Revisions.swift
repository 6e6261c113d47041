/// A revision of a document: an amendment, replacement or repeal, enacted or planned.
public struct Revision: Sendable {
    public enum State: Sendable, Equatable {
        /// The citing document does it.
        case enacted
        /// Planned, and a later document in the corpus does it.
        case fulfilled(by: NodeIndex)
        /// Planned, not yet due (or recurring).
        case pending
        /// Planned, due before the as-of date, and nothing in the corpus does it.
        case overdue
        /// Planned, and a document may do it, but a fact that would confirm it is missing (its
        /// date, its issuer); shown with the candidate, and still reported when overdue.
        case unconfirmed(candidate: NodeIndex)
    }

    public var edge: EdgeIndex
    public var state: State
    /// Replaces or repeals only part (`một số điều`, `một số nội dung`).
    public var partial: Bool
    /// When it is due as of the date asked: a planned one's own deadline, or the one a later document moved it to
    /// (``DeadlineShift``).
    public var deadline: Deadline? = nil
}

extension DocumentGraph {
    /// What amends, replaces or repeals `n`, deduplicated by document, relation and modality.
    public func revisions(of n: NodeIndex, asOf: SimpleDate) -> [Revision] {
        /// One revision, however often the same citation repeats it.
        struct RevisionKey: Hashable {
            var from: NodeIndex
            var relation: Relation
            var modality: Modality
            var deadline: String?
        }
        var seen: Set<RevisionKey> = []
        var result: [Revision] = []
        for e in incoming(n) {
            let edge = edges[Int(e)]
            guard edge.relation.isRevision else { continue }
            guard seen.insert(RevisionKey(from: edge.from, relation: edge.relation, modality: edge.modality, deadline: edge.deadline?.text)).inserted else { continue }
            result.append(Revision(edge: e, state: planState(e, asOf: asOf), partial: edge.isPartial,
                                   deadline: edge.modality == .planned ? deadline(ofPlanEdge: e, asOf: asOf) : edge.deadline))
        }
        return result.sorted { edges[Int($0.edge)].location.sourceLine < edges[Int($1.edge)].location.sourceLine }
    }

    /// Whether a revision's text limits it to part of the document; stored on each edge as
    /// `DocumentEdge.isPartial` when the graph is built.
    static func isPartial(_ text: String) -> Bool {
        let f = FoldedText(text)
        return f.contains("mot so dieu") || f.contains("mot so noi dung") || f.contains("mot phan") || f.contains("khoan ")
    }
}

/// Whether a document is in force as of a date, and what changed it.
public struct DocumentStatus: Sendable {
    public enum State: String, Sendable {
        case inForce = "in force", amended, partlyReplaced = "partly replaced", replaced, partlyRepealed = "partly repealed",
             repealed, notYetInForce = "not yet in force",
             /// Past the last day its own term kept it in force (``DocumentRecord/inForceUntil``), and
             /// not replaced or repealed before.
             expired
    }

    public var node: NodeIndex
    public var state: State
    /// Enacted amendments, replacements and repeals in effect on the date.
    public var enacted: [Revision]
    /// Planned ones, with their state.
    public var planned: [Revision]
    /// The end of the replacement chain: the document that governs now.
    public var governing: NodeIndex?
}

extension DocumentGraph {
    public func status(of n: NodeIndex, asOf: SimpleDate) -> DocumentStatus {
        let all = revisions(of: n, asOf: asOf)
        let inEffect = all.filter { r in
            guard r.state == .enacted else { return false }
            guard let d = nodes[Int(edges[Int(r.edge)].from)].inForceFrom else { return true }
            return d <= asOf
        }
        let planned = all.filter { $0.state != .enacted }
        var state = DocumentStatus.State.inForce
        let whole = inEffect.filter { !$0.partial }
        if let d = nodes[Int(n)].inForceFrom, d > asOf { state = .notYetInForce }
        else if whole.contains(where: { edges[Int($0.edge)].relation == .repeals }) { state = .repealed }
        else if whole.contains(where: { edges[Int($0.edge)].relation == .replaces }) { state = .replaced }
        else if inEffect.contains(where: { edges[Int($0.edge)].relation == .replaces }) { state = .partlyReplaced }
        else if inEffect.contains(where: { edges[Int($0.edge)].relation == .repeals }) { state = .partlyRepealed }
        else if let until = nodes[Int(n)].inForceUntil, until < asOf,
                !inEffect.contains(where: { edges[Int($0.edge)].relation == .amends && (nodes[Int(edges[Int($0.edge)].from)].date ?? until) <= until }) {
            // An amendment made while it was in force may have moved its term; one after cannot revive it.
            state = .expired
        }
        else if inEffect.contains(where: { edges[Int($0.edge)].relation == .amends }) { state = .amended }
        return DocumentStatus(node: n, state: state, enacted: inEffect, planned: planned,
                              governing: state == .replaced ? governingDocument(n, asOf: asOf) : nil)
    }

    /// Follows enacted whole replacements to the newest document; stops on a loop.
    public func governingDocument(_ n: NodeIndex, asOf: SimpleDate) -> NodeIndex {
        var current = n
        var visited: Set<NodeIndex> = [n]
        while true {
            let floor = SimpleDate(year: 1900, month: 1, day: 1)!
            // The replacing document only, its fields read in place: copying a DocumentEdge
            // retains its strings, and `check` asks this for every superseded citation.
            var next: NodeIndex?
            for i in incoming(current) {
                let k = Int(i)
                guard edges[k].relation == .replaces, edges[k].modality == .enacted, !edges[k].isPartial else { continue }
                let from = edges[k].from
                let date = nodes[Int(from)].inForceFrom ?? floor
                guard date <= asOf else { continue }
                if let n = next, (nodes[Int(n)].inForceFrom ?? floor) >= date { continue }
                next = from
            }
            guard let from = next, visited.insert(from).inserted else { return current }
            current = from
        }
    }
}
