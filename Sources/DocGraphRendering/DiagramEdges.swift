import DocGraph

/// The edges a diagram draws: one per ordered pair of documents, carrying every relation the
/// citing document has to the cited one, so five citations between one pair are one arrow.
public struct DrawnEdge: Sendable, Hashable {
    public var from: NodeIndex
    public var to: NodeIndex
    /// One graph edge per (relation, modality, deadline), the strongest first: its relation
    /// decides the arrow's colour and style.
    public var members: [EdgeIndex]
}

extension Relation {
    /// How much a relation weighs when several join into one arrow: what changes the cited
    /// document first, then what carries it out, then what only rests on or mentions it.
    public var drawingWeight: Int {
        switch self {
        case .repeals: 10
        case .replaces: 9
        case .amends: 8
        case .implements: 7
        case .guides: 6
        case .continues: 5
        case .reviews: 4
        case .basedOn: 3
        case .attachedTo: 2
        case .respondsTo: 1
        case .references: 0
        }
    }
}

public enum DiagramEdges {
    /// The accepted edges among `nodes`, one per (from, to, relation, modality, deadline), reduced
    /// per relation when asked, then merged by pair.
    public static func select(_ g: DocumentGraph, nodes: [NodeIndex], filter: EdgeFilter, reduce: Bool) -> [DrawnEdge] {
        var inDiagram = [Bool](repeating: false, count: g.nodes.count)
        for n in nodes { inDiagram[Int(n)] = true }
        struct Key: Hashable { var from: NodeIndex; var to: NodeIndex; var relation: Relation; var modality: Modality; var deadline: String? }
        var seen: Set<Key> = []
        var edges: [EdgeIndex] = []
        for n in nodes {
            for e in g.outgoing(n) {
                let edge = g.edges[Int(e)]
                guard inDiagram[Int(edge.to)], filter.accepts(edge), edge.from != edge.to else { continue }
                if seen.insert(Key(from: edge.from, to: edge.to, relation: edge.relation, modality: edge.modality, deadline: edge.deadline?.text)).inserted {
                    edges.append(e)
                }
            }
        }
        if reduce { edges = reducedPerRelation(g, edges) }
        return merged(g, edges)
    }

    /// Transitive reduction of each relation's edges on their own: an `implements` edge u→v is
    /// dropped when v is reached from u by other `implements` edges; edges of other relations
    /// never decide it. Edges are dropped one at a time against what remains, so reachability
    /// within each relation is kept even through cycles.
    public static func reducedPerRelation(_ g: DocumentGraph, _ edges: [EdgeIndex]) -> [EdgeIndex] {
        let byRelation = Dictionary(grouping: edges) { g.edges[Int($0)].relation }
        var kept: [EdgeIndex] = []
        for relation in byRelation.keys.sorted() {
            let group = byRelation[relation] ?? []
            var adjacency: [NodeIndex: Set<NodeIndex>] = [:]
            for e in group { adjacency[g.edges[Int(e)].from, default: []].insert(g.edges[Int(e)].to) }
            for e in group.sorted() {
                let (u, v) = (g.edges[Int(e)].from, g.edges[Int(e)].to)
                // Several modalities of one pair: the pair stays if any of them does.
                guard adjacency[u]?.contains(v) == true else { kept.append(e); continue }
                adjacency[u]?.remove(v)
                if reaches(adjacency, from: u, to: v) { continue }
                adjacency[u]?.insert(v)
                kept.append(e)
            }
        }
        return kept.sorted()
    }

    private static func reaches(_ adjacency: [NodeIndex: Set<NodeIndex>], from u: NodeIndex, to v: NodeIndex) -> Bool {
        var stack = Array(adjacency[u] ?? [])
        var seen = Set(stack)
        while let x = stack.popLast() {
            if x == v { return true }
            for y in adjacency[x] ?? [] where seen.insert(y).inserted { stack.append(y) }
        }
        return false
    }

    /// One drawn edge per ordered pair, members strongest first (enacted before planned at equal weight).
    public static func merged(_ g: DocumentGraph, _ edges: [EdgeIndex]) -> [DrawnEdge] {
        struct Pair: Hashable { var from: NodeIndex; var to: NodeIndex }
        let groups = Dictionary(grouping: edges) { Pair(from: g.edges[Int($0)].from, to: g.edges[Int($0)].to) }
        return groups.map { pair, members in
            DrawnEdge(from: pair.from, to: pair.to, members: members.sorted { a, b in
                let x = g.edges[Int(a)], y = g.edges[Int(b)]
                return (-x.relation.drawingWeight, x.modality == .planned ? 1 : 0, a) < (-y.relation.drawingWeight, y.modality == .planned ? 1 : 0, b)
            })
        }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }
}

extension DrawnEdge {
    /// One line per relation and modality of this arrow, a planned one with its deadlines and
    /// the overdue mark (`sửa đổi, bổ sung (dự kiến, hạn 30/04/2026) QUÁ HẠN`), and whether any
    /// is overdue: the label of an arrow in every diagram, so that all say it alike.
    func relationLines(_ g: DocumentGraph, asOf: SimpleDate, _ language: Language) -> (lines: [String], overdue: Bool) {
        struct Entry { var relation: Relation; var modality: Modality; var deadlines: [String]; var overdue: Bool }
        var entries: [Entry] = []
        for m in members {
            let e = g.edges[Int(m)]
            var overdueHere = false
            if case .overdue = g.planState(m, asOf: asOf) { overdueHere = true }
            let due = e.deadline.map { d in d.date?.vietnamese ?? (d.recurring ? Label.recurring.text(language) : d.text) }
            if let i = entries.firstIndex(where: { $0.relation == e.relation && $0.modality == e.modality }) {
                if let due, !entries[i].deadlines.contains(due) { entries[i].deadlines.append(due) }
                entries[i].overdue = entries[i].overdue || overdueHere
            } else {
                entries.append(Entry(relation: e.relation, modality: e.modality, deadlines: due.map { [$0] } ?? [], overdue: overdueHere))
            }
        }
        let lines = entries.map { entry -> String in
            var line = entry.relation.label(language)
            if entry.modality == .planned {
                let due = entry.deadlines.isEmpty ? "" : ", \(Label.due.text(language)) " + entry.deadlines.joined(separator: ", ")
                line += " (" + Modality.planned.label(language) + due + ")"
                if entry.overdue { line += " " + Label.overdueMark.text(language) }
            }
            return line
        }
        return (lines, entries.contains { $0.overdue })
    }
}
