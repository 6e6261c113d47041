/// A document reached from the start, with the chain of edges that links them.
public struct Reached: Sendable {
    public var node: NodeIndex
    public var depth: Int
    let tree: SearchTree

    /// Edges from the start outwards (for impact: each edge points back toward the start).
    /// Built when asked for, so that a query reaching 10^5 documents stays linear.
    public var chain: [EdgeIndex] { tree.chain(to: node) }
}

/// Parent pointers of one breadth-first search, shared by all its results.
final class SearchTree: Sendable {
    let start: NodeIndex
    let via: [EdgeIndex]
    let parentOf: @Sendable (EdgeIndex) -> NodeIndex

    init(start: NodeIndex, via: [EdgeIndex], parentOf: @escaping @Sendable (EdgeIndex) -> NodeIndex) {
        self.start = start
        self.via = via
        self.parentOf = parentOf
    }

    func chain(to node: NodeIndex) -> [EdgeIndex] {
        var chain: [EdgeIndex] = []
        var cur = node
        while cur != start {
            let e = via[Int(cur)]
            chain.append(e)
            cur = parentOf(e)
        }
        return chain.reversed()
    }
}

extension DocumentGraph {
    /// Documents that rest on `start`, directly or not: breadth-first over incoming edges.
    public func impact(of start: NodeIndex, filter: EdgeFilter = .restsOn, maxDepth: Int = .max) -> [Reached] {
        traverse(from: start, filter: filter, maxDepth: maxDepth, incoming: true)
    }

    /// Documents `start` rests on, directly or not: breadth-first over outgoing edges.
    public func dependencies(of start: NodeIndex, filter: EdgeFilter = .restsOn, maxDepth: Int = .max) -> [Reached] {
        traverse(from: start, filter: filter, maxDepth: maxDepth, incoming: false)
    }

    private func traverse(from start: NodeIndex, filter: EdgeFilter, maxDepth: Int, incoming up: Bool) -> [Reached] {
        let walk = adjacency.breadthFirst(from: start, filter: filter, maxDepth: maxDepth, incoming: up)
        let ends = up ? adjacency.edgeTo : adjacency.edgeFrom
        let tree = SearchTree(start: start, via: walk.via) { ends[Int($0)] }
        return walk.order.dropFirst().map { Reached(node: $0, depth: Int(walk.depth[Int($0)]), tree: tree) }
    }

    /// The shortest chains from `from` to `to` following citations (citing → cited), at most
    /// `limit` of them. When none exists that way, the chains the other way are returned with
    /// `reversed` set.
    public func shortestPaths(from: NodeIndex, to: NodeIndex, filter: EdgeFilter = EdgeFilter(), limit: Int = 10) -> (paths: [[EdgeIndex]], reversed: Bool) {
        adjacency.shortestPaths(from: from, to: to, filter: filter, limit: limit)
    }
}

/// One breadth-first walk: the nodes in the order reached (the start first), each node's depth
/// (-1 when not reached) and the edge it was reached by.
public struct BreadthFirstWalk: Sendable {
    public var order: [NodeIndex]
    public var depth: [Int32]
    public var via: [EdgeIndex]
}

extension CompactAdjacency {
    /// Iterative BFS over the compact arrays, with parent pointers; no recursion on depth.
    public func breadthFirst(from start: NodeIndex, filter: EdgeFilter, maxDepth: Int = .max, incoming up: Bool) -> BreadthFirstWalk {
        let mask = filter.mask
        var depth = [Int32](repeating: -1, count: nodeCount)
        var via = [EdgeIndex](repeating: -1, count: nodeCount)
        var queue: [NodeIndex] = [start]
        depth[Int(start)] = 0
        var head = 0
        while head < queue.count {
            let n = queue[head]
            head += 1
            let d = depth[Int(n)]
            if Int(d) >= maxDepth { continue }
            for e in up ? incoming(n) : outgoing(n) where mask.accepts(edgeKind[Int(e)]) {
                let next = up ? edgeFrom[Int(e)] : edgeTo[Int(e)]
                if depth[Int(next)] >= 0 { continue }
                depth[Int(next)] = d + 1
                via[Int(next)] = e
                queue.append(next)
            }
        }
        return BreadthFirstWalk(order: queue, depth: depth, via: via)
    }

    /// The shortest chains from `from` to `to`, at most `limit`; the other way round, with
    /// `reversed` set, when there is none this way.
    public func shortestPaths(from: NodeIndex, to: NodeIndex, filter: EdgeFilter = EdgeFilter(), limit: Int = 10) -> (paths: [[EdgeIndex]], reversed: Bool) {
        let forward = paths(from: from, to: to, filter: filter, limit: limit)
        if !forward.isEmpty || from == to { return (forward, false) }
        return (paths(from: to, to: from, filter: filter, limit: limit), true)
    }

    /// Every edge that lies on a shortest chain from `from` to `to` (or, when there is none, from
    /// `to` to `from`), in edge order. The graph made of these edges and their ends gives
    /// `shortestPaths` the very answer the whole graph gives: each node on such a chain is first
    /// reached from another node on one, so the order of the search is kept.
    public func shortestPathEdges(from: NodeIndex, to: NodeIndex, filter: EdgeFilter = EdgeFilter()) -> [EdgeIndex] {
        var (_, parents) = parentDAG(from: from, to: to, filter: filter)
        var end = to
        if parents.isEmpty, from != to {
            parents = parentDAG(from: to, to: from, filter: filter).parents
            end = from
        }
        var kept: Set<EdgeIndex> = []
        var seen: Set<NodeIndex> = []
        var stack = parents.isEmpty ? [] : [end]
        while let n = stack.popLast() {
            guard seen.insert(n).inserted else { continue }
            for e in parents[n] ?? [] {
                kept.insert(e)
                stack.append(edgeFrom[Int(e)])
            }
        }
        return kept.sorted()
    }

    /// Breadth-first from `from` until `to`'s depth: for each node, the edges from the level
    /// above that reach it (one per citing node), in the order the search met them.
    private func parentDAG(from: NodeIndex, to: NodeIndex, filter: EdgeFilter) -> (depth: [Int32], parents: [NodeIndex: [EdgeIndex]]) {
        let mask = filter.mask
        var depth = [Int32](repeating: -1, count: nodeCount)
        var parents: [NodeIndex: [EdgeIndex]] = [:]
        var queue: [NodeIndex] = [from]
        depth[Int(from)] = 0
        var head = 0
        while head < queue.count {
            let n = queue[head]
            head += 1
            if n == to { continue }
            if depth[Int(to)] >= 0, depth[Int(n)] >= depth[Int(to)] { break }
            for e in outgoing(n) where mask.accepts(edgeKind[Int(e)]) {
                let next = edgeTo[Int(e)]
                if depth[Int(next)] < 0 {
                    depth[Int(next)] = depth[Int(n)] + 1
                    queue.append(next)
                }
                if depth[Int(next)] == depth[Int(n)] + 1, !(parents[next]?.contains(where: { edgeFrom[Int($0)] == n }) ?? false) {
                    parents[next, default: []].append(e)
                }
            }
        }
        guard depth[Int(to)] > 0 else { return (depth, [:]) }
        return (depth, parents)
    }

    private func paths(from: NodeIndex, to: NodeIndex, filter: EdgeFilter, limit: Int) -> [[EdgeIndex]] {
        let (_, parents) = parentDAG(from: from, to: to, filter: filter)
        guard !parents.isEmpty else { return [] }
        // Walk the parent DAG back from `to`, iteratively, up to `limit` paths.
        var result: [[EdgeIndex]] = []
        var stack: [(NodeIndex, [EdgeIndex])] = [(to, [])]
        while let (n, suffix) = stack.popLast(), result.count < limit {
            if n == from { result.append(suffix); continue }
            for e in (parents[n] ?? []).reversed() { stack.append((edgeFrom[Int(e)], [e] + suffix)) }
        }
        return result
    }
}
