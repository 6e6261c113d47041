/// `cycle`: documents that rest on one another in a circle (enacted edges only).
enum CycleRule {
    static let relations: Set<Relation> = [.implements, .continues, .amends, .replaces, .basedOn, .guides]

    static func check(_ graph: DocumentGraph) -> [Finding] {
        let filter = EdgeFilter(relations: relations, modalities: [.enacted])
        return graph.cycles(filter: filter).map { component in
            let members = Set(component)
            let inside = component.flatMap { graph.outgoing($0) }.filter {
                let e = graph.edges[Int($0)]
                return filter.accepts(e) && members.contains(e.to)
            }
            let names = component.map { graph.short($0) }
            let locations = inside.map { graph.edges[Int($0)].location }
            let hops = inside.prefix(6).map { e -> String in
                let edge = graph.edges[Int(e)]
                return "\(graph.short(edge.from)) \(edge.relation.rawValue) \(graph.short(edge.to))"
            }
            return Finding(.cycle, "\(component.count) documents rest on one another in a cycle: \(names.prefix(12).joined(separator: ", "))\(names.count > 12 ? ", …" : "") (\(hops.joined(separator: "; "))\(inside.count > 6 ? "; …" : "")); check which citation is wrong",
                           at: locations.min { ($0.file, $0.line) < ($1.file, $1.line) }, related: Array(locations.sorted { ($0.file, $0.line) < ($1.file, $1.line) }.prefix(20)))
        }
    }
}

/// `temporal`: an enacted citation of a document dated after the citing one.
enum TemporalRule {
    static func check(_ graph: DocumentGraph) -> [Finding] {
        graph.edges.compactMap { e in
            guard e.modality == .enacted, e.relation != .references,
                  let citing = graph.nodes[Int(e.from)].date, let cited = graph.nodes[Int(e.to)].date, cited > citing else { return nil }
            return Finding(.temporal, "\(graph.short(e.from)) (\(citing.vietnamese)) \(e.relation.rawValue) \(graph.short(e.to)), which is dated later (\(cited.vietnamese)); check the number or the date",
                           at: e.location)
        }
    }
}

/// `ambiguous-id`: several documents share the number and nothing in the citation decides.
enum AmbiguousIDRule {
    static func check(_ graph: DocumentGraph) -> [Finding] {
        graph.ambiguities.map { a in
            let options = a.candidates.map { graph.describe($0) }.joined(separator: ", ")
            return Finding(.ambiguousID, "\(a.id) matches \(a.candidates.count) documents (\(options)); \(graph.describe(a.chosen)) was taken as the nearest earlier one — add the date or the term (khóa) to the citation",
                           at: a.location)
        }
    }
}

/// `dangling`: documents cited but not in the corpus.
enum DanglingRule {
    static func check(_ graph: DocumentGraph) -> [Finding] {
        graph.nodes.indices.compactMap { i in
            let node = graph.nodes[i]
            guard !node.inCorpus, let first = node.observations.first else { return nil }
            let n = node.observations.count
            return Finding(.dangling, "\(graph.describe(NodeIndex(i))) is cited \(n) time\(n == 1 ? "" : "s") but its text is not in the corpus; add it to follow what it rests on",
                           at: first.location, related: node.observations.dropFirst().prefix(10).map(\.location))
        }
    }
}

/// `count-mismatch`: `Tháng 01/2026 (11 nhiệm vụ)` followed by a different number of items.
enum CountMismatchRule {
    static func check(_ graph: DocumentGraph) -> [Finding] {
        graph.statedCounts.compactMap { c in
            guard c.stated != c.listed else { return nil }
            return Finding(.countMismatch, "'\(c.heading)' states \(c.stated) tasks but \(c.listed) are listed", at: c.location)
        }
    }
}
