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

    /// Iterative BFS over the compact arrays, with parent pointers; no recursion on depth.
    private func traverse(from start: NodeIndex, filter: EdgeFilter, maxDepth: Int, incoming up: Bool) -> [Reached] {
        let mask = filter.mask
        var depth = [Int32](repeating: -1, count: nodes.count)
        var via = [EdgeIndex](repeating: -1, count: nodes.count)
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
        let ends = up ? edgeTo : edgeFrom
        let tree = SearchTree(start: start, via: via) { ends[Int($0)] }
        return queue.dropFirst().map { Reached(node: $0, depth: Int(depth[Int($0)]), tree: tree) }
    }

    /// The shortest chains from `from` to `to` following citations (citing → cited), at most
    /// `limit` of them. When none exists that way, the chains the other way are returned with
    /// `reversed` set.
    public func shortestPaths(from: NodeIndex, to: NodeIndex, filter: EdgeFilter = EdgeFilter(), limit: Int = 10) -> (paths: [[EdgeIndex]], reversed: Bool) {
        let forward = paths(from: from, to: to, filter: filter, limit: limit)
        if !forward.isEmpty || from == to { return (forward, false) }
        return (paths(from: to, to: from, filter: filter, limit: limit), true)
    }

    private func paths(from: NodeIndex, to: NodeIndex, filter: EdgeFilter, limit: Int) -> [[EdgeIndex]] {
        let mask = filter.mask
        var depth = [Int32](repeating: -1, count: nodes.count)
        var parents = [[EdgeIndex]](repeating: [], count: nodes.count)
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
                if depth[Int(next)] == depth[Int(n)] + 1, !parents[Int(next)].contains(where: { edgeFrom[Int($0)] == n }) {
                    parents[Int(next)].append(e)
                }
            }
        }
        guard depth[Int(to)] > 0 else { return [] }
        // Walk the parent DAG back from `to`, iteratively, up to `limit` paths.
        var result: [[EdgeIndex]] = []
        var stack: [(NodeIndex, [EdgeIndex])] = [(to, [])]
        while let (n, suffix) = stack.popLast(), result.count < limit {
            if n == from { result.append(suffix); continue }
            for e in parents[Int(n)].reversed() { stack.append((edgeFrom[Int(e)], [e] + suffix)) }
        }
        return result
    }
}
