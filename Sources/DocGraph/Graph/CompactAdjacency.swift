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
        var outCount = [Int32](repeating: 0, count: nodeCount + 1)
        var inCount = [Int32](repeating: 0, count: nodeCount + 1)
        for i in from.indices {
            outCount[Int(from[i]) + 1] += 1
            inCount[Int(to[i]) + 1] += 1
        }
        for i in 0..<nodeCount {
            outCount[i + 1] += outCount[i]
            inCount[i + 1] += inCount[i]
        }
        outStart = outCount
        inStart = inCount
        var outFill = Array(outCount.dropLast())
        var inFill = Array(inCount.dropLast())
        outEdges = [EdgeIndex](repeating: EdgeIndex(0), count: from.count)
        inEdges = [EdgeIndex](repeating: EdgeIndex(0), count: from.count)
        for i in from.indices {
            outEdges[Int(outFill[Int(from[i])])] = EdgeIndex(i)
            outFill[Int(from[i])] += 1
            inEdges[Int(inFill[Int(to[i])])] = EdgeIndex(i)
            inFill[Int(to[i])] += 1
        }
    }

    /// No node, no edge.
    public init() { self.init(nodeCount: 0, from: [], to: [], kind: []) }

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
