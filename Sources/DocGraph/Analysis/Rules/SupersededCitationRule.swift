/// `superseded-citation`: an enacted citation (or amendment) of a document that was replaced or repealed
/// before the citing document's date (or before the as-of date for an undated draft), or that rests on a
/// document after its own term ended.
public struct SupersededCitationRule: CheckRule {
    public let id = RuleID.supersededCitation
    public let defaultSeverity = Finding.Severity.error
    public let summary = "An enacted citation of a document already replaced or repealed."

    public init() {}

    /// An enacted replacement or repeal of a document.
    private struct Supersession {
        var edge: EdgeIndex
        var date: SimpleDate?
        var repeals: Bool
        var partial: Bool
    }

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        // What replaces or repeals each document, found once per document (as `status` would,
        // deduplicated by document and relation, in source order) rather than once per citation.
        var supersessions: [NodeIndex: [Supersession]] = [:]
        // Fields are read in place: copying a DocumentEdge retains its strings.
        for i in graph.edges.indices where graph.edges[i].modality == .enacted && (graph.edges[i].relation == .replaces || graph.edges[i].relation == .repeals) {
            let r = graph.edges[i]
            // A replacement takes effect when its effect clause says (`có hiệu lực thi hành kể từ ngày 01 tháng
            // 8 năm 2020`), not when it was signed. One whose date was not read is no earlier than the year
            // its number carries (`148/2021/QĐ-UBND`): a citation of 2019 was made before it.
            let by = graph.nodes[Int(r.from)]
            let date = by.inForceFrom ?? by.id?.year.flatMap { SimpleDate(year: $0, month: 1, day: 1) }
            let s = Supersession(edge: EdgeIndex(i), date: date, repeals: r.relation == .repeals, partial: r.isPartial)
            if let k = supersessions[r.to]?.firstIndex(where: { graph.edges[Int($0.edge)].from == r.from && $0.repeals == s.repeals }) {
                // The revising document's own words are where to look, before a report that tells of them (red team, round
                // 21: a report's `đã bị bãi bỏ toàn bộ bởi Quyết định số …` came first in file order).
                if let kept = supersessions[r.to]?[k], graph.edges[Int(kept.edge)].isNested, !r.isNested { supersessions[r.to]?[k] = s }
            } else {
                supersessions[r.to, default: []].append(s)
            }
        }
        for key in Array(supersessions.keys) {
            supersessions[key]!.sort {
                // The earliest is the one named: since then the document is out of force. Of one date (or none), the
                // first in source order, page included.
                switch ($0.date, $1.date) {
                case let (a?, b?) where a != b: return a < b
                case (.some, nil): return true
                case (nil, .some): return false
                default: return graph.edges[Int($0.edge)].location.sourceLine < graph.edges[Int($1.edge)].location.sourceLine
                }
            }
        }
        var governing: [GoverningKey: NodeIndex] = [:]
        // A document amended may have had its term moved (`sửa đổi Điều 2 … đến hết ngày 31/12/2026`): its first
        // amendment's date, past which its own term is no longer judged.
        var firstAmended: [NodeIndex: SimpleDate] = [:]
        let floor = SimpleDate(year: 1900, month: 1, day: 1)!
        for i in graph.edges.indices where graph.edges[i].modality == .enacted && graph.edges[i].relation == .amends {
            let to = graph.edges[i].to
            guard graph.nodes[Int(to)].inForceUntil != nil else { continue }
            let d = graph.nodes[Int(graph.edges[i].from)].date ?? floor
            firstAmended[to] = min(firstAmended[to] ?? d, d)
        }
        var findings: [Finding] = []
        for i in graph.edges.indices where graph.edges[i].modality == .enacted {
            let relation = graph.edges[i].relation
            // Amending a document already replaced revises a dead text (red team, round 9: `Sửa đổi, bổ sung Điều 9 Quy định
            // ban hành kèm theo Quyết định số 25/2020/QĐ-UBND` after 30/2024 replaced it); a second replacement or repeal
            // is `inverse-inconsistency`'s.
            guard relation == .amends || !relation.isRevision, relation != .reviews, relation != .references else { continue }
            if let all = supersessions[graph.edges[i].to], let f = superseded(graph.edges[i], by: all, graph, options, governing: &governing) {
                findings.append(f)
            } else if let f = expired(graph.edges[i], graph, firstAmended: firstAmended) {
                findings.append(f)
            }
        }
        return findings
    }

    /// Kinds that give an account of a text rather than rest on it.
    private static let accounts: Set<String> = ["BC", "TTr"]

    private struct GoverningKey: Hashable { var node: NodeIndex; var date: SimpleDate }

    /// The finding for an enacted citation `e` of a document that `all` replace or repeal, when one of them
    /// was in force by the citation's date.
    private func superseded(_ e: DocumentEdge, by all: [Supersession], _ graph: DocumentGraph, _ options: CheckOptions,
                            governing: inout [GoverningKey: NodeIndex]) -> Finding? {
        let relation = e.relation
        // `… một số điều của Quy định quản lý … ban hành kèm theo Quyết định số 15/2023/QĐ-UBND …` told in a title (red
        // team, round 37, c4): an undated document's relation, told by another text, is as old as that text, not today's;
        // the graph keeps no writer for it, so it is not judged.
        if e.isNested, graph.nodes[Int(e.from)].date == nil { return nil }
        var when = graph.nodes[Int(e.from)].date ?? options.asOf
        if relation == .amends {
            // An amendment told of by another text (`Luật số 63/2020/QH14` amending a law of 2015) is no draft of
            // today: undated, it is bounded by the year its number carries, or not judged.
            guard let d = graph.nodes[Int(e.from)].date ?? graph.nodes[Int(e.from)].id?.year.flatMap({ SimpleDate(year: $0, month: 1, day: 1) }) else { return nil }
            when = d
        }
        if let d = graph.nodes[Int(e.to)].date, d > when { return nil }  // not yet in force then
        let by = all.filter { $0.date.map { $0 <= when } ?? false }
        let whole = by.filter { !$0.partial }
        // Replaced only by documents whose date is not known: when is not known either, so the
        // citation may have been made while the cited document was in force (a note, not an error).
        if whole.isEmpty {
            let undated = all.filter { $0.date == nil && !$0.partial }
            guard let u = undated.first.map({ graph.edges[Int($0.edge)] }), u.from != e.from else { return nil }
            return finding(.supersededUndated(citing: graph.short(e.from), relation: e.relation, cited: graph.short(e.to),
                                              by: graph.short(u.from), repealed: u.relation == .repeals),
                           at: e.location, related: undated.map { graph.edges[Int($0.edge)].location }, severity: .note)
        }
        guard let first = by.first.map({ graph.edges[Int($0.edge)] }), first.from != e.from else { return nil }
        var now: String?
        if !whole.contains(where: \.repeals) {
            let key = GoverningKey(node: e.to, date: when)
            let g = governing[key] ?? graph.governingDocument(e.to, asOf: when)
            governing[key] = g
            now = graph.short(g)
        }
        return finding(.supersededCitation(citing: graph.short(e.from), relation: e.relation, cited: graph.short(e.to), by: graph.short(first.from),
                                           repealed: first.relation == .repeals, since: graph.nodes[Int(first.from)].inForceFrom, instead: now),
                       at: e.location, related: by.map { graph.edges[Int($0.edge)].location })
    }

    /// The finding for a dated document resting on (implementing, guiding under) one after the last day its own
    /// term kept it in force (red team, round 37, c1: `Căn cứ Quyết định số 09/2024/QĐ-UBND` in 2026, a decision `có
    /// hiệu lực từ ngày 25 tháng 4 năm 2024 đến hết ngày 31 tháng 12 năm 2025`). A warning: a text not in the corpus
    /// may have extended the term. Not judged once an amendment in the corpus may have moved it.
    private func expired(_ e: DocumentEdge, _ graph: DocumentGraph, firstAmended: [NodeIndex: SimpleDate]) -> Finding? {
        guard e.relation == .basedOn || e.relation == .implements || e.relation == .guides,
              let until = graph.nodes[Int(e.to)].inForceUntil, let when = graph.nodes[Int(e.from)].date, when > until,
              e.from != e.to else { return nil }
        // A report's `Kết quả thực hiện Quyết định số …` and a submission's account tell of the text's years in force.
        if let code = graph.nodes[Int(e.from)].typeCode, Self.accounts.contains(code) { return nil }
        if let amended = firstAmended[e.to], amended <= when { return nil }
        return finding(.expiredCitation(citing: graph.short(e.from), relation: e.relation, cited: graph.short(e.to), until: until),
                       at: e.location, severity: .warning)
    }
}

extension RuleID {
    /// `superseded-citation`: see ``SupersededCitationRule``.
    public static let supersededCitation: RuleID = "superseded-citation"
}
