import DocGraph
import Testing

/// `path --index` walks from both ends (`shortestPathEdgesMeeting`); the part of the graph it
/// reads must hold exactly the edges the one-sided walk finds, or the answer would change.
struct MeetingWalkTests {
    /// Every ordered pair of nodes of the sample corpus's graph, with and without a filter.
    @Test func sameEdgesOnSample() {
        let shape = GraphBuilder.build(Fixtures.sample).adjacency
        var nonEmpty = 0
        for filter in [EdgeFilter(), EdgeFilter(relations: [.implements, .guides, .basedOn], modalities: [.enacted])] {
            for a in 0..<shape.nodeCount {
                for b in 0..<shape.nodeCount {
                    let one = shape.shortestPathEdges(from: NodeIndex(a), to: NodeIndex(b), filter: filter)
                    #expect(shape.shortestPathEdgesMeeting(from: NodeIndex(a), to: NodeIndex(b), filter: filter) == one, "\(a) → \(b)")
                    if !one.isEmpty { nonEmpty += 1 }
                }
            }
        }
        #expect(nonEmpty > 100)
    }

    /// Random graphs with parallel edges, self-citations, cycles and planned edges: chains of
    /// several shortest routes, where a walk's order and duplicates matter.
    @Test func sameEdgesOnRandomGraphs() {
        var random = SplitMix(seed: 15)
        var compared = 0, multiple = 0
        for round in 0..<300 {
            let nodes = 2 + Int(random.next() % 40)
            let edges = Int(random.next() % UInt64(nodes * 3))
            var from: [NodeIndex] = [], to: [NodeIndex] = [], kind: [UInt32] = []
            for _ in 0..<edges {
                from.append(NodeIndex(Int(random.next() % UInt64(nodes))))
                to.append(NodeIndex(Int(random.next() % UInt64(nodes))))
                let relation = Relation.allCases[Int(random.next() % UInt64(Relation.allCases.count))]
                kind.append(EdgeFilter.kind(relation, random.next() % 4 == 0 ? .planned : .enacted))
            }
            let shape = CompactAdjacency(nodeCount: nodes, from: from, to: to, kind: kind)
            let filter = round % 3 == 0 ? EdgeFilter(relations: [.implements, .references, .amends], modalities: [.enacted]) : EdgeFilter()
            for _ in 0..<20 {
                let a = NodeIndex(Int(random.next() % UInt64(nodes))), b = NodeIndex(Int(random.next() % UInt64(nodes)))
                let one = shape.shortestPathEdges(from: a, to: b, filter: filter)
                #expect(shape.shortestPathEdgesMeeting(from: a, to: b, filter: filter) == one, "round \(round): \(a) → \(b)")
                compared += 1
                if Set(one.map { shape.edgeTo[$0.int] }).count < one.count { multiple += 1 }
            }
        }
        #expect(compared == 6000)
        #expect(multiple > 50)  // several routes into one node: the case a careless meeting gets wrong
    }
}

/// A small deterministic generator (SplitMix64), so that a failure can be replayed.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
