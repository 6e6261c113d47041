import DocGraph
import Testing

/// `impact` and `deps` past `--list-limit` (README, "impact"): the summary counts every document
/// the walk reaches and names the first at each depth, as the whole answer orders them.
struct ReachSummaryTests {
    /// Every node of the sample corpus's graph, both ways, with limits that summarise.
    @Test func countsAndNamesAgreeWithTheWholeAnswer() {
        let g = GraphBuilder.build(Fixtures.sample)
        var summarised = 0
        for n in (0..<g.nodes.count).map(NodeIndex.init) {
            for upward in [true, false] {
                let whole = upward ? g.impact(of: n) : g.dependencies(of: n)
                for (limit, perDepth) in [(0, 0), (1, 1), (2, 20), (whole.count, 20)] {
                    let summary = g.reachSummary(from: n, upward: upward, listLimit: limit, perDepth: perDepth)
                    guard let s = summary else {
                        #expect(whole.count <= limit, "no summary only when the list is short enough")
                        continue
                    }
                    summarised += 1
                    #expect(whole.count > limit)
                    #expect(s.total == whole.count)
                    #expect(s.inCorpus == whole.filter { g.nodes[$0.node.int].inCorpus }.count)
                    for facet in [s.depths.map(\.documents), s.types.map(\.documents), s.issuers.map(\.documents), s.years.map(\.documents),
                                  s.relations.map(\.documents) + s.plannedRelations.map(\.documents)] {
                        #expect(facet.reduce(0, +) == whole.count, "each facet counts every document once")
                    }
                    for d in s.depths { #expect(d.documents == whole.filter { $0.depth == d.value }.count) }
                    for r in s.relations {
                        #expect(r.documents == whole.filter { g.edges[$0.chain.last!.int].relation == r.value && g.edges[$0.chain.last!.int].modality == .enacted }.count)
                    }
                    for t in s.types { #expect(t.documents == whole.filter { g.nodes[$0.node.int].typeCode == t.value }.count) }
                    // Named: the first `perDepth` of each depth, in the whole answer's order.
                    var atDepth: [Int: Int] = [:]
                    let expected = whole.filter { r in
                        atDepth[r.depth, default: 0] += 1
                        return atDepth[r.depth]! <= perDepth
                    }.map(\.node)
                    #expect(s.shown == expected)
                    // Most documents first, the unknown last.
                    for list in [s.types, s.issuers] {
                        let known = list.filter { $0.value != nil }.map(\.documents)
                        #expect(known == known.sorted(by: >))
                        #expect(list.firstIndex { $0.value == nil }.map { $0 == list.count - 1 } ?? true)
                    }
                }
            }
        }
        #expect(summarised > 20)
    }
}
