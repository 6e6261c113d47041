/// `superseded-citation`: an enacted citation of a document that was replaced or repealed
/// before the citing document's date (or before the as-of date for an undated draft).
enum SupersededCitationRule {
    /// An enacted replacement or repeal of a document.
    private struct Supersession {
        var edge: EdgeIndex
        var date: SimpleDate?
        var repeals: Bool
        var partial: Bool
    }

    static func check(_ graph: DocumentGraph, asOf: SimpleDate) -> [Finding] {
        // What replaces or repeals each document, found once per document (as `status` would,
        // deduplicated by document and relation, in source order) rather than once per citation.
        var supersessions: [NodeIndex: [Supersession]] = [:]
        for (i, r) in graph.edges.enumerated() where r.modality == .enacted && (r.relation == .replaces || r.relation == .repeals) {
            let s = Supersession(edge: EdgeIndex(i), date: graph.nodes[Int(r.from)].date, repeals: r.relation == .repeals,
                                 partial: r.isPartial)
            if supersessions[r.to]?.contains(where: { graph.edges[Int($0.edge)].from == r.from && $0.repeals == s.repeals }) != true {
                supersessions[r.to, default: []].append(s)
            }
        }
        for key in Array(supersessions.keys) {
            supersessions[key]!.sort {
                let a = graph.edges[Int($0.edge)].location, b = graph.edges[Int($1.edge)].location
                return (a.file, a.line) < (b.file, b.line)
            }
        }
        struct Key: Hashable { var node: NodeIndex; var date: SimpleDate }
        var governing: [Key: NodeIndex] = [:]
        var findings: [Finding] = []
        for e in graph.edges where e.modality == .enacted && !e.relation.isRevision && e.relation != .reviews && e.relation != .references {
            guard let all = supersessions[e.to] else { continue }
            let when = graph.nodes[Int(e.from)].date ?? asOf
            if let d = graph.nodes[Int(e.to)].date, d > when { continue }  // not yet in force then
            let by = all.filter { $0.date.map { $0 <= when } ?? true }
            let whole = by.filter { !$0.partial }
            guard !whole.isEmpty, let first = by.first.map({ graph.edges[Int($0.edge)] }), first.from != e.from else { continue }
            var now = ""
            if !whole.contains(where: \.repeals) {
                let key = Key(node: e.to, date: when)
                let g = governing[key] ?? graph.governingDocument(e.to, asOf: when)
                governing[key] = g
                now = " — cite \(graph.short(g)) instead"
            }
            let since = graph.nodes[Int(first.from)].date.map { " since \($0.vietnamese)" } ?? ""
            findings.append(Finding(.supersededCitation, "\(graph.short(e.from)) \(e.relation.rawValue) \(graph.short(e.to)), which \(graph.short(first.from)) \(first.relation == .repeals ? "repealed" : "replaced")\(since)\(now)",
                                    at: e.location, related: by.map { graph.edges[Int($0.edge)].location }))
        }
        return findings
    }
}

/// `inverse-inconsistency`: a document replaced by two different documents, two documents
/// that replace each other, a document that rests on the one that replaces it, or a body that
/// says it revises a document it has no authority over (kept as a reference, `Authority`).
enum InverseInconsistencyRule {
    static func check(_ graph: DocumentGraph) -> [Finding] {
        var findings: [Finding] = []
        for e in graph.edges {
            guard let claimed = e.demotedFrom, let why = Authority.objection(citing: graph.nodes[Int(e.from)], cited: graph.nodes[Int(e.to)]) else { continue }
            findings.append(Finding(.inverseInconsistency, "\(graph.short(e.from)) says it \(claimed.rawValue) \(graph.short(e.to)), but \(why); read as a reference — check who issues the revision",
                                    at: e.location))
        }
        for (i, _) in graph.nodes.enumerated() {
            let n = NodeIndex(i)
            let replacements = graph.incoming(n).map { graph.edges[Int($0)] }
                .filter { $0.relation == .replaces && $0.modality == .enacted && !$0.isPartial }
            let replacers = Set(replacements.map(\.from))
            if replacers.count > 1 {
                let names = replacers.sorted().map { graph.short($0) }.joined(separator: " and ")
                findings.append(Finding(.inverseInconsistency, "\(graph.short(n)) is replaced as a whole by two documents: \(names); at most one can replace it",
                                        at: replacements.first?.location, related: replacements.dropFirst().map(\.location)))
            }
            for r in replacements {
                // B replaces A while A replaces B, or A implements/rests on B that replaces it.
                for back in graph.outgoing(n).map({ graph.edges[Int($0)] }) where back.to == r.from && back.modality == .enacted {
                    if back.relation == .replaces {
                        if n < r.from {
                            findings.append(Finding(.inverseInconsistency, "\(graph.short(n)) and \(graph.short(r.from)) each say they replace the other",
                                                    at: r.location, related: [back.location]))
                        }
                    } else if [.implements, .continues, .basedOn, .guides].contains(back.relation) {
                        findings.append(Finding(.inverseInconsistency, "\(graph.short(n)) \(back.relation.rawValue) \(graph.short(r.from)), yet \(graph.short(r.from)) says it replaces \(graph.short(n))",
                                                at: back.location, related: [r.location]))
                    }
                }
            }
        }
        return findings
    }
}

/// `unmet-obligation`: `Bộ Chính trị ban hành Kế hoạch thực hiện Nghị quyết` with no KH from a
/// central body implementing the resolution. Informational: a corpus is usually partial.
///
/// Linear in the edges: each node's issuer level is classified once (it folds the issuer's
/// name), and the citations that stand on one line are grouped once, instead of walking every
/// citing document's outgoing edges for every incoming edge of every obligation (issue #12).
enum UnmetObligationRule {
    static let implementing: Set<Relation> = [.implements, .continues, .basedOn, .guides]

    /// The citations one document makes on one line.
    private struct LineKey: Hashable {
        var from: NodeIndex
        var line: Int
        var file: String
    }

    static func check(_ graph: DocumentGraph) -> [Finding] {
        guard !graph.obligations.isEmpty else { return [] }
        let levels = graph.nodes.map { IssuerLevel.of(issuer: $0.issuer, code: $0.id?.issuerCode) }
        var onLine: [LineKey: [NodeIndex]]?
        var findings: [Finding] = []
        for (target, o) in graph.obligations {
            func fits(_ n: NodeIndex) -> Bool {
                guard let code = graph.nodes[Int(n)].typeCode, o.expectedTypes.contains(code) else { return false }
                return levelMatches(levels[Int(n)], o.actorLevel)
            }
            let met = graph.incoming(target).contains { e in
                let i = Int(e)
                return graph.edges[i].modality == .enacted && implementing.contains(graph.edges[i].relation) && fits(graph.edges[i].from)
            }
            guard !met else { continue }
            // Documents cited in the same breath as the target may be the ones.
            if onLine == nil {
                var index: [LineKey: [NodeIndex]] = [:]
                for e in graph.edges { index[LineKey(from: e.from, line: e.location.line, file: e.location.file), default: []].append(e.to) }
                onLine = index
            }
            var alongside: Set<NodeIndex> = []
            for e in graph.incoming(target) {
                let edge = graph.edges[Int(e)]
                for other in onLine![LineKey(from: edge.from, line: edge.location.line, file: edge.location.file)] ?? [] where other != target && fits(other) {
                    alongside.insert(other)
                }
            }
            let hint = alongside.isEmpty ? "" : "; \(alongside.sorted().map { graph.describe($0) }.joined(separator: ", ")), cited alongside it, may be the one"
            let types = o.expectedTypes.map { TypeCodes.typeWord[$0] ?? $0 }.joined(separator: ", ")
            findings.append(Finding(.unmetObligation, "\(graph.short(target)) assigns \(o.actor) to issue \(types); no such document implementing it is in the corpus\(hint)",
                                    at: o.location))
        }
        return findings
    }

    static func levelMatches(_ doc: IssuerLevel, _ actor: IssuerLevel) -> Bool {
        actor == .unknown || doc == .unknown || doc == actor || (actor == .province && doc == .city) || (actor == .city && doc == .province)
    }
}
