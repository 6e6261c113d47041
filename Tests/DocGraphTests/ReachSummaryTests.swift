import DocGraph
import Foundation
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

    /// The whole graph's facets numbered once (`FacetTable`, what an index stores with its shape)
    /// give the summary the facets of each document reached give, for every node both ways.
    @Test func numberedFacetsGiveTheSameSummary() {
        let g = GraphBuilder.build(Fixtures.sample)
        let table = FacetTable(g)
        #expect(table.types.count == g.nodes.count)
        for n in (0..<g.nodes.count).map(NodeIndex.init) {
            for upward in [true, false] {
                let walk = g.adjacency.breadthFirst(from: n, filter: .restsOn, incoming: upward)
                let byNode = ReachSummary(walk: walk, kinds: g.adjacency.edgeKind, listLimit: 0, perDepth: 3,
                                          facets: walk.order.dropFirst().map { ReachSummary.Facets(g.nodes[$0.int]) })
                #expect(ReachSummary(walk: walk, kinds: g.adjacency.edgeKind, listLimit: 0, perDepth: 3, table: table) == byNode)
            }
        }
    }

    /// An issuer written composed (NFC) and decomposed (NFD) is one issuer, counted once under the
    /// spelling the walk met first, whether counted from facets or from a numbered table (where
    /// the two spellings have two numbers).
    @Test func spellingsOfOneIssuerAreCountedTogether() {
        let composed = "Thành ủy Hạ Long", decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        // A star: node 0 cited by nodes 1…4.
        let from = (1...4).map(NodeIndex.init), to = [NodeIndex](repeating: NodeIndex(0), count: 4)
        let kind = EdgeFilter.kind(.implements, .enacted)
        let adjacency = CompactAdjacency(nodeCount: 5, from: from, to: to, kind: [UInt32](repeating: kind, count: 4))
        let walk = adjacency.breadthFirst(from: NodeIndex(0), filter: .restsOn, incoming: true)
        let issuers = [nil, decomposed, composed, "Tỉnh ủy Nghệ An", composed]
        let facets = issuers.map { ReachSummary.Facets(typeCode: "KH", issuer: $0, year: 2024, inCorpus: true) }
        let table = FacetTable(facets)
        #expect(table.words.count == 4, "two spellings, two numbers")
        let reached = walk.order.dropFirst().map { facets[$0.int] }
        let byTable = ReachSummary(walk: walk, kinds: adjacency.edgeKind, listLimit: 0, perDepth: 1, table: table)
        #expect(byTable == ReachSummary(walk: walk, kinds: adjacency.edgeKind, listLimit: 0, perDepth: 1, facets: reached))
        #expect(byTable.issuers.map(\.documents) == [3, 1])
        let first = walk.order.dropFirst().lazy.compactMap { issuers[$0.int] }.first { $0 != "Tỉnh ủy Nghệ An" }
        #expect(byTable.issuers.first?.value.map { Array($0.utf8) } == first.map { Array($0.utf8) }, "the spelling met first stands for both")
        #expect(FacetTable.year(table.years[1]) == 2024 && table.years[1] & FacetTable.inCorpusBit != 0)
        #expect(FacetTable.year(FacetTable.yearWord(nil, inCorpus: false)) == nil)
    }
}
