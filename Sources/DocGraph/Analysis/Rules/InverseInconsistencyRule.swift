/// `inverse-inconsistency`: a document replaced by two different documents, two documents
/// that replace each other, a document that rests on the one that replaces it, or a body that
/// says it revises a document it has no authority over (kept as a reference, `Authority`).
public struct InverseInconsistencyRule: CheckRule {
    public let id = RuleID.inverseInconsistency
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "Two documents say incompatible things about which replaces or rests on which."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        var findings: [Finding] = []
        // Each edge's flags in one byte (`EdgeFacts`, made with the adjacency): the edges themselves
        // (about 150 bytes and five strings each) are read only where a flag says so.
        let facts = Self.edgeFacts(graph)
        // Revisions read as references: nodes and edges read in place (copying a node to ask it retained
        // its dozen strings: perf, 16,000 plan-heavy documents, two thirds of the rule), each node's
        // level once.
        var levels = [IssuerLevel?](repeating: nil, count: graph.nodes.count)
        graph.nodes.withUnsafeBufferPointer { nodes in
            func level(_ n: Int) -> IssuerLevel {
                if let known = levels[n] { return known }
                let l = Authority.level(nodes, n)
                levels[n] = l
                return l
            }
            graph.edges.withUnsafeBufferPointer { edges in
                for i in facts.indices where facts[i].contains(.demoted) {
                    let from = Int(edges[i].from), to = Int(edges[i].to)
                    guard let claimed = edges[i].demotedFrom,
                          let why = Authority.objection(nodes, citing: from, cited: to, levels: (level(from), level(to))) else { continue }
                    findings.append(finding(.revisionWithoutAuthority(citing: graph.short(edges[i].from), claimed: claimed, cited: graph.short(edges[i].to), objection: why),
                                            at: edges[i].location))
                }
            }
        }
        // The nodes replaced as a whole, marked in one pass over the flags: most nodes are not, and
        // asking each node's incoming edges read edges scattered over the whole array.
        var replaced = [Bool](repeating: false, count: graph.nodes.count)
        for i in facts.indices where facts[i].contains(.replacesWhole) { replaced[Int(graph.adjacency.edgeTo[i])] = true }
        let edgeFrom = graph.adjacency.edgeFrom, edgeTo = graph.adjacency.edgeTo, edgeKind = graph.adjacency.edgeKind
        // Dates and places are read in place: copying a node or an edge to ask one field retains its strings.
        func date(_ n: NodeIndex) -> SimpleDate? { graph.nodes.withUnsafeBufferPointer { $0[Int(n)].date } }
        func location(_ e: Int) -> SourceLocation { graph.edges.withUnsafeBufferPointer { $0[e].location } }
        for i in graph.nodes.indices where replaced[i] {
            let n = NodeIndex(i)
            let replacing = graph.incoming(n).filter { facts[Int($0)].contains(.replacesWhole) }
            guard !replacing.isEmpty else { continue }
            var replacers: Set<NodeIndex> = []
            for e in replacing { replacers.insert(edgeFrom[Int(e)]) }
            if replacers.count > 1 {
                findings.append(finding(.replacedBySeveral(document: graph.short(n), replacers: replacers.sorted().map { graph.short($0) }),
                                        at: location(Int(replacing[0])), related: replacing.dropFirst().map { location(Int($0)) }))
            }
            // Repealed by one document, then replaced by a later one (red-team round 3, repro 13): the first
            // repeal of the earliest date among the dated repealers.
            var repeal: (edge: Int, date: SimpleDate)?
            for e in graph.incoming(n) where facts[Int(e)].contains(.repealsWhole) {
                guard let d = date(edgeFrom[Int(e)]) else { continue }
                if repeal == nil || d < repeal!.date { repeal = (Int(e), d) }
            }
            if let repeal {
                let repealer = edgeFrom[repeal.edge]
                for r in replacing where edgeFrom[Int(r)] != repealer {
                    let replacer = edgeFrom[Int(r)]
                    guard let d = date(replacer), d > repeal.date else { continue }
                    findings.append(finding(.replacedAfterRepeal(document: graph.short(n), repealer: graph.short(repealer), since: repeal.date,
                                                                 replacer: graph.short(replacer)), at: location(Int(r)), related: [location(repeal.edge)]))
                }
            }
            // Replaced as a whole, then repealed by a later document (red team, round 31, c2: `… thay thế Quyết định số
            // 12/2022/QĐ-UBND` from 1/12/2025, then `Bãi bỏ Quyết định số 12/2022/QĐ-UBND` in 2026): the earliest dated
            // replacement ends it, and the repeal ends a text no longer in force.
            var replacement: (edge: Int, date: SimpleDate)?
            for e in replacing {
                guard let d = date(edgeFrom[Int(e)]) else { continue }
                if replacement == nil || d < replacement!.date { replacement = (Int(e), d) }
            }
            if let replacement {
                let replacer = edgeFrom[replacement.edge]
                for e in graph.incoming(n) where facts[Int(e)].contains(.repealsWhole) && edgeFrom[Int(e)] != replacer {
                    let repealer = edgeFrom[Int(e)]
                    guard let d = date(repealer), d > replacement.date else { continue }
                    findings.append(finding(.repealedAfterReplacement(document: graph.short(n), replacer: graph.short(replacer), since: replacement.date,
                                                                      repealer: graph.short(repealer)), at: location(Int(e)), related: [location(replacement.edge)]))
                }
            }
            for r in replacing {
                let replacer = edgeFrom[Int(r)]
                // B replaces A while A replaces B, or A implements/rests on B that replaces it.
                for b in graph.outgoing(n) where edgeTo[Int(b)] == replacer && edgeKind[Int(b)] & (1 << 31) == 0 {
                    let relation = graph.edges.withUnsafeBufferPointer { $0[Int(b)].relation }
                    if relation == .replaces {
                        if n < replacer {
                            findings.append(finding(.replaceEachOther(graph.short(n), graph.short(replacer)),
                                                    at: location(Int(r)), related: [location(Int(b))]))
                        }
                    } else if [.implements, .continues, .basedOn, .guides].contains(relation) {
                        findings.append(finding(.restsOnItsReplacement(document: graph.short(n), relation: relation, replacer: graph.short(replacer)),
                                                at: location(Int(b)), related: [location(Int(r))]))
                    }
                }
            }
        }
        return findings
    }

    /// The graph's ``EdgeFacts``, or read from its edges when it has none for them.
    static func edgeFacts(_ graph: DocumentGraph) -> [EdgeFacts] {
        graph.edgeFacts.count == graph.edges.count ? graph.edgeFacts : graph.edges.map(EdgeFacts.init)
    }

    /// Whether each node is the target of an enacted replacement as a whole, by one pass over the edges.
    static func replacedWhole(_ graph: DocumentGraph) -> [Bool] {
        var replaced = [Bool](repeating: false, count: graph.nodes.count)
        graph.edges.withUnsafeBufferPointer { edges in
            for i in edges.indices where edges[i].relation == .replaces && edges[i].modality == .enacted && !edges[i].isPartial {
                replaced[Int(edges[i].to)] = true
            }
        }
        return replaced
    }
}

extension RuleID {
    /// `inverse-inconsistency`: see ``InverseInconsistencyRule``.
    public static let inverseInconsistency: RuleID = "inverse-inconsistency"
}
