import DocGraph
import Testing

/// An index stores `CompactAdjacency`'s compressed rows beside the edges and gives them back on
/// open instead of building them (`CompactAdjacency.Rows`): the rows given back walk as the
/// rows built, and rows that a walk could trap on are refused.
struct CompactRowsTests {
    @Test func storedRowsWalkAsBuilt() throws {
        let built = GraphBuilder.build(Fixtures.sample).adjacency
        let given = try #require(CompactAdjacency(nodeCount: built.nodeCount, from: built.edgeFrom, to: built.edgeTo,
                                                  kind: built.edgeKind, rows: built.rows))
        #expect(given.rows == built.rows)
        for n in 0..<built.nodeCount {
            #expect(Array(given.outgoing(NodeIndex(n))) == Array(built.outgoing(NodeIndex(n))))
            #expect(Array(given.incoming(NodeIndex(n))) == Array(built.incoming(NodeIndex(n))))
            #expect(given.breadthFirst(from: NodeIndex(n), filter: EdgeFilter(), incoming: true).order == built.breadthFirst(from: NodeIndex(n), filter: EdgeFilter(), incoming: true).order)
        }
    }

    @Test func rowsThatCouldTrapAreRefused() {
        let built = GraphBuilder.build(Fixtures.sample).adjacency
        let n = built.nodeCount, e = built.edgeCount
        #expect(e > 10)
        func accepts(_ change: (inout CompactAdjacency.Rows) -> Void) -> Bool {
            var rows = built.rows
            change(&rows)
            return CompactAdjacency(nodeCount: n, from: built.edgeFrom, to: built.edgeTo, kind: built.edgeKind, rows: rows) != nil
        }
        #expect(accepts { _ in })
        #expect(!accepts { $0.outStart[n] = Int32(e + 1) }, "past the edges")
        #expect(!accepts { $0.inStart[0] = 1 }, "not from 0")
        #expect(!accepts { $0.outStart.removeLast() }, "a start missing")
        #expect(!accepts { rows in
            let k = rows.outStart.firstIndex { $0 > 0 }!
            rows.outStart[k - 1] = rows.outStart[k] + 1
        }, "decreasing")
        #expect(!accepts { $0.inEdges[3] = EdgeIndex(e) }, "an edge out of range")
        #expect(!accepts { $0.outEdges[0] = EdgeIndex(-1) }, "a negative edge")
        #expect(!accepts { $0.inEdges.removeLast() }, "an edge missing")
    }
}
