/// The shape of a ``DocumentGraph`` alone: each edge's ends and kind, and compressed sparse rows
/// for the edges leaving and entering each node. Traversals read only this, so a walk over 10^6
/// edges touches small arrays and never copies a ``DocumentEdge`` (whose strings would be retained
/// and released); and it is all that an index has to load to answer `impact`, `deps` or `path`
/// before reading the few documents the answer names (`DocGraphIndex`).
public struct CompactAdjacency: Sendable {
    public private(set) var nodeCount: Int
    /// Citing end of each edge.
    public private(set) var edgeFrom: [NodeIndex]
    /// Cited end of each edge.
    public private(set) var edgeTo: [NodeIndex]
    /// Bit `relation.ordinal` set, plus bit 31 when planned (`EdgeFilter.kind`).
    public private(set) var edgeKind: [UInt32]

    // Edges leaving node n are outEdges[outStart[n]..<outStart[n+1]], in edge order.
    private var outStart: [Int32]
    private var outEdges: [EdgeIndex]
    private var inStart: [Int32]
    private var inEdges: [EdgeIndex]

    /// The rows of `nodeCount` nodes and the edges given by their ends and kinds (all three of
    /// the same length, ends below `nodeCount`).
    public init(nodeCount: Int, from: [NodeIndex], to: [NodeIndex], kind: [UInt32]) {
        self.nodeCount = nodeCount
        edgeFrom = from
        edgeTo = to
        edgeKind = kind
        (outStart, outEdges) = Self.rows(of: from, nodeCount: nodeCount)
        (inStart, inEdges) = Self.rows(of: to, nodeCount: nodeCount)
    }

    /// The compressed rows grouping the edges by `ends` (each below `nodeCount`), in edge order:
    /// a count, its running sum, and a scatter, on buffers (with arrays' checks, 80 M instructions
    /// of every `show --index` at 100,000 documents before the rows were stored).
    private static func rows(of ends: [NodeIndex], nodeCount: Int) -> ([Int32], [EdgeIndex]) {
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        let edges = [EdgeIndex](unsafeUninitializedCapacity: ends.count) { rows, initialized in
            ends.withUnsafeBufferPointer { ends in
                // The buffers are not checked: an end past the nodes stops here, as arrays would.
                var largest: UInt32 = 0
                for e in ends { largest = max(largest, UInt32(bitPattern: e.rawValue)) }
                precondition(ends.isEmpty || Int(largest) < nodeCount, "an edge's end is not a node")
                start.withUnsafeMutableBufferPointer { start in
                    for e in ends { start[e.int + 1] &+= 1 }
                    for n in 0..<nodeCount { start[n + 1] &+= start[n] }
                    // Each node's next free place, from its start; shifted back after the scatter.
                    for (i, e) in ends.enumerated() {
                        rows[Int(start[e.int])] = EdgeIndex(Int32(truncatingIfNeeded: i))
                        start[e.int] &+= 1
                    }
                    var previous: Int32 = 0
                    for n in 0..<nodeCount {
                        swap(&previous, &start[n])
                    }
                }
            }
            initialized = ends.count
        }
        return (start, edges)
    }

    /// No node, no edge.
    public init() { self.init(nodeCount: 0, from: [], to: [], kind: []) }

    /// The compressed rows as made by the first initializer, to be stored beside the edges and
    /// given back to the second: an index keeps them, so that opening it builds nothing (at
    /// 100,000 documents building them is two passes over 738,000 edges on every command).
    public struct Rows: Sendable, Equatable {
        /// Row `n` of `outEdges` is `outEdges[outStart[n]..<outStart[n+1]]`; `nodeCount + 1` starts.
        public var outStart: [Int32]
        public var outEdges: [EdgeIndex]
        public var inStart: [Int32]
        public var inEdges: [EdgeIndex]

        public init(outStart: [Int32], outEdges: [EdgeIndex], inStart: [Int32], inEdges: [EdgeIndex]) {
            self.outStart = outStart
            self.outEdges = outEdges
            self.inStart = inStart
            self.inEdges = inEdges
        }
    }

    public var rows: Rows { Rows(outStart: outStart, outEdges: outEdges, inStart: inStart, inEdges: inEdges) }

    /// The edges with rows made before (`rows`); nil when the rows cannot be walked safely: a
    /// start out of order or past the edges, an edge out of range. What is checked is what a walk
    /// relies on not to trap, in one pass over the starts and one over the edges; that each row
    /// holds its own node's edges is the writer's promise, as the ends themselves are.
    public init?(nodeCount: Int, from: [NodeIndex], to: [NodeIndex], kind: [UInt32], rows: Rows) {
        let edges = from.count
        guard to.count == edges, kind.count == edges,
              rows.outEdges.count == edges, rows.inEdges.count == edges,
              Self.ordered(rows.outStart, nodeCount: nodeCount, edges: edges),
              Self.ordered(rows.inStart, nodeCount: nodeCount, edges: edges),
              Self.below(rows.outEdges, edges), Self.below(rows.inEdges, edges) else { return nil }
        self.nodeCount = nodeCount
        edgeFrom = from
        edgeTo = to
        edgeKind = kind
        outStart = rows.outStart
        outEdges = rows.outEdges
        inStart = rows.inStart
        inEdges = rows.inEdges
    }

    /// `nodeCount + 1` starts from 0 to `edges`, never decreasing.
    private static func ordered(_ starts: [Int32], nodeCount: Int, edges: Int) -> Bool {
        guard starts.count == nodeCount + 1, starts.first == 0, Int(starts[nodeCount]) == edges else { return false }
        var previous: Int32 = 0
        for s in starts {
            if s < previous { return false }
            previous = s
        }
        return true
    }

    /// Every edge in `0..<count` (a negative one is a large unsigned one).
    private static func below(_ edges: [EdgeIndex], _ count: Int) -> Bool {
        var largest: UInt32 = 0
        edges.withUnsafeBufferPointer { edges in
            for e in edges { largest = max(largest, UInt32(bitPattern: e.rawValue)) }
        }
        return edges.isEmpty || Int(largest) < count
    }

    public var edgeCount: Int { edgeFrom.count }

    /// Indices of the edges leaving `n`, in edge order.
    @inline(__always)
    public func outgoing(_ n: NodeIndex) -> ArraySlice<EdgeIndex> {
        outEdges[Int(outStart[Int(n)])..<Int(outStart[Int(n) + 1])]
    }

    /// Indices of the edges entering `n`, in edge order.
    @inline(__always)
    public func incoming(_ n: NodeIndex) -> ArraySlice<EdgeIndex> {
        inEdges[Int(inStart[Int(n)])..<Int(inStart[Int(n) + 1])]
    }
}
