extension CompactAdjacency {
    /// The edges `shortestPathEdges` gives, found by two breadth-first walks that meet: one
    /// forward from `from`, one backward from `to`, each step taken on the side whose frontier
    /// is smaller. A walk from one end alone reaches most of a densely cited corpus before the
    /// other end's depth; two walks meet after a few levels each (`path --index`, README "The
    /// index"). Every shortest chain passes through the nodes where they meet, so its edges are
    /// those behind them in the forward walk and ahead of them in the backward one; of parallel
    /// edges between two nodes, the first (the one the single walk records) is kept.
    public func shortestPathEdgesMeeting(from: NodeIndex, to: NodeIndex, filter: EdgeFilter = EdgeFilter()) -> [EdgeIndex] {
        guard from != to else { return [] }
        let mask = filter.mask
        let forward = meetingEdges(from: from, to: to, mask: mask)
        return forward.isEmpty ? meetingEdges(from: to, to: from, mask: mask) : forward
    }

    private func meetingEdges(from: NodeIndex, to: NodeIndex, mask: EdgeMask) -> [EdgeIndex] {
        var ahead = [Int32](repeating: -1, count: nodeCount)  // depth from `from`
        var behind = [Int32](repeating: -1, count: nodeCount)  // depth to `to`
        ahead[Int(from)] = 0
        behind[Int(to)] = 0
        var forwardFrontier: [NodeIndex] = [from], backwardFrontier: [NodeIndex] = [to]
        var meeting: [NodeIndex] = []
        while meeting.isEmpty {
            if forwardFrontier.isEmpty || backwardFrontier.isEmpty { return [] }
            let isForward = forwardFrontier.count <= backwardFrontier.count
            var next: [NodeIndex] = []
            if isForward {
                for n in forwardFrontier {
                    let d = ahead[Int(n)] + 1
                    for e in outgoing(n) where mask.accepts(edgeKind[Int(e)]) {
                        let m = edgeTo[Int(e)]
                        guard ahead[Int(m)] < 0 else { continue }
                        ahead[Int(m)] = d
                        next.append(m)
                        if behind[Int(m)] >= 0 { meeting.append(m) }
                    }
                }
                forwardFrontier = next
            } else {
                for n in backwardFrontier {
                    let d = behind[Int(n)] + 1
                    for e in incoming(n) where mask.accepts(edgeKind[Int(e)]) {
                        let m = edgeFrom[Int(e)]
                        guard behind[Int(m)] < 0 else { continue }
                        behind[Int(m)] = d
                        next.append(m)
                        if ahead[Int(m)] >= 0 { meeting.append(m) }
                    }
                }
                backwardFrontier = next
            }
        }
        // Nodes reached in the step that met have the other side's full depth: a shorter chain
        // would have met a step earlier. Behind them, back to `from`, and ahead, on to `to`.
        var kept: [EdgeIndex] = []
        var seen = Set(meeting)
        var stack = meeting
        while let v = stack.popLast() {
            let d = ahead[Int(v)]
            guard d > 0 else { continue }
            for e in incoming(v) where mask.accepts(edgeKind[Int(e)]) {
                let u = edgeFrom[Int(e)]
                guard ahead[Int(u)] == d - 1 else { continue }
                kept.append(e)
                if seen.insert(u).inserted { stack.append(u) }
            }
        }
        seen = Set(meeting)
        stack = meeting
        while let u = stack.popLast() {
            let d = behind[Int(u)]
            guard d > 0 else { continue }
            for e in outgoing(u) where mask.accepts(edgeKind[Int(e)]) {
                let v = edgeTo[Int(e)]
                guard behind[Int(v)] == d - 1 else { continue }
                kept.append(e)
                if seen.insert(v).inserted { stack.append(v) }
            }
        }
        kept.sort()
        var pairs: Set<UInt64> = []
        return kept.filter { e in
            pairs.insert(UInt64(UInt32(bitPattern: edgeFrom[Int(e)].rawValue)) << 32 | UInt64(UInt32(bitPattern: edgeTo[Int(e)].rawValue))).inserted
        }
    }
}
