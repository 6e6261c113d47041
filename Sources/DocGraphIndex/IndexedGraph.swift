import DocGraph
import GRDB

/// The graph stored in an index, answered from a few rows: its shape (each edge's ends and kind,
/// 12 bytes an edge) is loaded whole, the walk is made on it, and then only the nodes and edges
/// the answer names are read. Each part is a `DocumentGraph` on which the library's own question
/// (`impact`, `dependencies`, `shortestPaths`, `status`, `revisions`, `lookup`, `AnalysisJSON`)
/// gives the answer it gives on the whole graph.
public struct IndexedGraph: Sendable {
    let index: CorpusIndex
    let stored: StoredShape
    /// The whole graph's shape.
    public var shape: CompactAdjacency { stored.adjacency }

    init(index: CorpusIndex, shape: StoredShape) {
        self.index = index
        self.stored = shape
    }

    /// The node a user's text names, as `DocumentGraph.lookup` finds it in the whole graph:
    /// the candidates (nodes of the id's key; when there are none, titles containing the words)
    /// are read and asked;
    /// when they cannot answer, every node is read, so that the error names what the whole
    /// graph would (`did you mean …`).
    public func lookup(_ text: String) throws -> NodeIndex {
        let title = DocumentGraph.titleQuery(text)
        let found: [NodeIndex] = try read { db in
            var found: Set<NodeIndex> = []
            if let key = DocumentGraph.lookupKey(text) {
                for r in try Int.fetchAll(db, sql: "SELECT node FROM graph_nodes WHERE lookup_key = ?", arguments: [key]) {
                    if let n = stored.position(ofNodeRow: r) { found.insert(n) }
                }
            }
            // Titles are searched (every row of graph_nodes read: about 50 ms at 100,000 documents)
            // only when no node has the id's key: `DocumentGraph.lookup` of a text naming an id asks
            // titles only then, so the nodes of the key alone give its answer.
            if found.isEmpty, let title {
                for r in try Int.fetchAll(db, sql: "SELECT node FROM graph_nodes WHERE instr(title_words, ?) > 0", arguments: [title]) {
                    if let n = stored.position(ofNodeRow: r) { found.insert(n) }
                }
            }
            return found.sorted()
        }
        let candidates = try part(nodes: found, edges: [])
        if let n = try? candidates.graph.lookup(text) { return candidates.nodes[n.int] }
        let all = try part(nodes: (0..<shape.nodeCount).map(NodeIndex.init), edges: [])
        return try all.graph.lookup(text)
    }

    /// What `show`, `status` and `revisions` of `n` read: every edge entering or leaving `n`,
    /// and those entering each document that replaces it, directly or not (the chain to the
    /// document that governs now), with the nodes at their ends; `n`'s observations.
    public func around(_ n: NodeIndex) throws(IndexError) -> GraphPart {
        let replacing = shape.breadthFirst(from: n, filter: EdgeFilter(relations: [.replaces], modalities: [.enacted]), incoming: true).order
        var edges: Set<EdgeIndex> = []
        for m in replacing { edges.formUnion(shape.incoming(m)) }
        edges.formUnion(shape.outgoing(n))
        return try part(edges: edges, around: [n], observed: [n])
    }

    /// What `impact` (upward) or `deps` of `start` read: the nodes reached and the edge each
    /// was first reached by, which is all the walk meets again on the part.
    public func reach(from start: NodeIndex, filter: EdgeFilter, maxDepth: Int, upward: Bool) throws(IndexError) -> GraphPart {
        let walk = shape.breadthFirst(from: start, filter: filter, maxDepth: maxDepth, incoming: upward)
        return try part(edges: Set(walk.order.dropFirst().map { walk.via[$0.int] }), around: [start], observed: [])
    }

    /// `reach`, or when the walk reaches more than `listLimit` documents, their summary and what
    /// it names: the type, issuer, year and place of every document reached (from the facets
    /// stored with the shape: no row read), and the chains of the first `perDepth` at each depth.
    /// The summary names documents by their position in the part.
    public func reach(from start: NodeIndex, filter: EdgeFilter, maxDepth: Int, upward: Bool,
                      listLimit: Int, perDepth: Int = ReachSummary.perDepthShown) throws(IndexError) -> (part: GraphPart, summary: ReachSummary?) {
        let walk = shape.breadthFirst(from: start, filter: filter, maxDepth: maxDepth, incoming: upward)
        guard walk.order.count - 1 > listLimit else {
            return (try part(edges: Set(walk.order.dropFirst().map { walk.via[$0.int] }), around: [start], observed: []), nil)
        }
        let summary = ReachSummary(walk: walk, kinds: shape.edgeKind, listLimit: listLimit, perDepth: perDepth, table: stored.facets)
        // The chains of the documents named: each one's edges back to the start.
        var edges: Set<EdgeIndex> = []
        let back = upward ? shape.edgeTo : shape.edgeFrom
        for n in summary.shown {
            var cur = n
            while cur != start {
                let e = walk.via[cur.int]
                guard edges.insert(e).inserted else { break }
                cur = back[e.int]
            }
        }
        let part = try part(edges: edges, around: [start], observed: [])
        guard let local = summary.renumbered(part.local) else {
            throw IndexError.corrupt(path: index.path, detail: "a summarised document outside its part of the graph")
        }
        return (part, local)
    }

    /// What `path` reads: every edge on a shortest chain between the two (`shortestPathEdges`,
    /// found by two walks that meet rather than one over most of the shape).
    public func paths(from: NodeIndex, to: NodeIndex) throws(IndexError) -> GraphPart {
        try part(edges: Set(shape.shortestPathEdgesMeeting(from: from, to: to)), around: [from, to], observed: [])
    }

    // MARK: Reading a part

    private func part(edges: Set<EdgeIndex>, around: [NodeIndex], observed: Set<NodeIndex>) throws(IndexError) -> GraphPart {
        var nodes = Set(around)
        for e in edges {
            nodes.insert(shape.edgeFrom[e.int])
            nodes.insert(shape.edgeTo[e.int])
        }
        return try part(nodes: nodes.sorted(), edges: edges.sorted(), observed: observed)
    }

    private func part(nodes: [NodeIndex], edges: [EdgeIndex], observed: Set<NodeIndex> = []) throws(IndexError) -> GraphPart {
        try read { db in
            let (read, keys, planDates) = try StoredGraph.nodes(nodes, observed: observed, shape: stored, db)
            let local = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, NodeIndex($0)) })
            let storedEdges = try StoredGraph.edges(edges, node: { local[$0] }, shape: stored, db)
            return GraphPart(graph: DocumentGraph(part: read, edges: storedEdges, lookupKeys: keys, planDates: planDates), nodes: nodes)
        }
    }

    private func read<T>(_ work: (Database) throws -> T) throws(IndexError) -> T {
        try CorpusIndex.guarded(index.path) { try index.queue.read(work) }
    }
}

/// Part of an index's graph: the nodes and edges a question reads, renumbered from 0 in the
/// whole graph's order.
public struct GraphPart: Sendable {
    public let graph: DocumentGraph
    /// The whole graph's position of each node of the part, ascending.
    public let nodes: [NodeIndex]

    /// The part's position of a node of the whole graph; nil when the part does not hold it.
    public func local(_ n: NodeIndex) -> NodeIndex? {
        var low = 0, high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid] < n { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low] == n ? NodeIndex(low) : nil
    }
}
