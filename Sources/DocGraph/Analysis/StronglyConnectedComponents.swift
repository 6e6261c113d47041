extension DocumentGraph {
    /// Strongly connected components with more than one node (or a self-loop), over the edges
    /// `filter` accepts. Tarjan's algorithm with an explicit stack: a cycle of 10^5 documents
    /// does not overflow the call stack.
    public func cycles(filter: EdgeFilter) -> [[NodeIndex]] {
        let n = nodes.count
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [NodeIndex] = []
        var counter: Int32 = 0
        var components: [[NodeIndex]] = []
        // Call frames: node and position in its outgoing edge list.
        var frames: [(node: NodeIndex, next: Int)] = []
        let mask = filter.mask

        for root in 0..<n where index[root] < 0 {
            frames.append((NodeIndex(root), 0))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(NodeIndex(root)); onStack[root] = true
            while !frames.isEmpty {
                let (v, next) = frames[frames.count - 1]
                let out = outgoing(v)
                var i = next
                var descended = false
                while i < out.count {
                    // The edge's kind and end from the compact arrays: copying a `DocumentEdge`
                    // retains its strings (738,000 edges at 100,000 documents).
                    let e = Int(out[out.startIndex + i])
                    i += 1
                    guard mask.accepts(adjacency.edgeKind[e]) else { continue }
                    let w = Int(adjacency.edgeTo[e])
                    if index[w] < 0 {
                        frames[frames.count - 1].next = i
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(NodeIndex(w)); onStack[w] = true
                        frames.append((NodeIndex(w), 0))
                        descended = true
                        break
                    } else if onStack[w] {
                        low[Int(v)] = min(low[Int(v)], index[w])
                    }
                }
                if descended { continue }
                frames.removeLast()
                if let parent = frames.last {
                    low[Int(parent.node)] = min(low[Int(parent.node)], low[Int(v)])
                }
                if low[Int(v)] == index[Int(v)] {
                    var component: [NodeIndex] = []
                    while true {
                        let w = stack.removeLast()
                        onStack[Int(w)] = false
                        component.append(w)
                        if w == v { break }
                    }
                    let selfLoop = component.count == 1 && outgoing(v).contains { edges[Int($0)].to == v && filter.accepts(edges[Int($0)]) }
                    if component.count > 1 || selfLoop { components.append(component.sorted()) }
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }
}
