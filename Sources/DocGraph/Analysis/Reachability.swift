/// Which edges a traversal follows.
public struct EdgeFilter: Sendable {
    public var relations: Set<Relation>
    public var modalities: Set<Modality>

    public init(relations: Set<Relation> = Set(Relation.allCases), modalities: Set<Modality> = Set(Modality.allCases)) {
        self.relations = relations
        self.modalities = modalities
    }

    /// Everything a document can rest on: all relations but plain mentions.
    public static let restsOn = EdgeFilter(relations: Set(Relation.allCases).subtracting([.references, .respondsTo]))

    @inline(__always)
    public func accepts(_ e: DocumentEdge) -> Bool { relations.contains(e.relation) && modalities.contains(e.modality) }
}

/// A document reached from the start, with the chain of edges that links them.
public struct Reached: Sendable {
    public var node: NodeIndex
    public var depth: Int
    /// Edges from the start outwards (for impact: each edge points back toward the start).
    public var chain: [EdgeIndex]
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

    /// Iterative BFS with parent pointers in flat arrays; no recursion on depth.
    private func traverse(from start: NodeIndex, filter: EdgeFilter, maxDepth: Int, incoming up: Bool) -> [Reached] {
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
            for e in up ? incoming(n) : outgoing(n) {
                let edge = edges[Int(e)]
                guard filter.accepts(edge) else { continue }
                let next = up ? edge.from : edge.to
                if depth[Int(next)] >= 0 { continue }
                depth[Int(next)] = d + 1
                via[Int(next)] = e
                queue.append(next)
            }
        }
        return queue.dropFirst().map { n in
            var chain: [EdgeIndex] = []
            var cur = n
            while cur != start {
                let e = via[Int(cur)]
                chain.append(e)
                cur = up ? edges[Int(e)].to : edges[Int(e)].from
            }
            return Reached(node: n, depth: Int(depth[Int(n)]), chain: chain.reversed())
        }
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
            for e in outgoing(n) {
                let edge = edges[Int(e)]
                guard filter.accepts(edge) else { continue }
                let next = edge.to
                if depth[Int(next)] < 0 {
                    depth[Int(next)] = depth[Int(n)] + 1
                    queue.append(next)
                }
                if depth[Int(next)] == depth[Int(n)] + 1, !parents[Int(next)].contains(where: { edges[Int($0)].from == n }) {
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
            for e in parents[Int(n)].reversed() { stack.append((edges[Int(e)].from, [e] + suffix)) }
        }
        return result
    }
}
