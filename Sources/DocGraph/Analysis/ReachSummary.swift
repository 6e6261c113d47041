/// What `impact` and `deps` give when the answer is longer than anyone reads: most of a national
/// corpus rests on a Politburo resolution (96,687 of 100,000 synthetic documents), and a list of
/// that length — 276 MB of JSON with every chain — is neither a meeting's handout nor a diagram.
/// The summary counts every document reached, by depth, by the relation it was first reached by,
/// by type, issuer and year, and names the first few at each depth, nearest first: the documents
/// an office reads first, and the sizes it plans the rest by.
public struct ReachSummary: Sendable, Equatable {
    /// A number of documents sharing one value (a depth, a relation, a type code, an issuer as
    /// written, a year; nil when the documents do not say).
    public struct Count<Value: Sendable & Equatable>: Sendable, Equatable {
        public var value: Value
        public var documents: Int
    }

    /// What the summary counts of one document reached.
    public struct Facets: Sendable {
        public var typeCode: String?
        public var issuer: String?
        public var year: Int?
        public var inCorpus: Bool

        public init(typeCode: String?, issuer: String?, year: Int?, inCorpus: Bool) {
            self.typeCode = typeCode
            self.issuer = issuer
            self.year = year
            self.inCorpus = inCorpus
        }

        public init(_ node: DocumentNode) {
            self.init(typeCode: node.typeCode, issuer: node.issuer, year: node.date?.year, inCorpus: node.inCorpus)
        }
    }

    /// What a line of the summary counts by.
    public enum Facet: Sendable, CaseIterable {
        case source, depth, relation, type, issuer, year
    }

    /// Answers of more documents than this are summarised unless every one is asked for (`--all`):
    /// 500 lines is ten pages of a meeting's handout, and already more than a diagram can show.
    public static let listLimit = 500
    /// Documents named at each depth, nearest first.
    public static let perDepthShown = 20

    /// Documents reached (the start not counted).
    public var total: Int
    /// Of them, those whose text is in the corpus.
    public var inCorpus: Int
    /// By depth, from 1 upwards.
    public var depths: [Count<Int>]
    /// By the relation of the citation each document was first reached by (its chain's last
    /// edge), planned ones apart; in `Relation`'s order, enacted before planned.
    public var relations: [Count<Relation>]
    public var plannedRelations: [Count<Relation>]
    /// By type code, issuer and year: most documents first (ties by value), the unknown last;
    /// years in order, the unknown last.
    public var types: [Count<String?>]
    public var issuers: [Count<String?>]
    public var years: [Count<Int?>]
    /// The documents named, in the walk's order (by depth, nearest first): the first
    /// `perDepth` at each depth.
    public var shown: [NodeIndex]
    public var perDepth: Int
    /// The longest answer that would have been listed whole.
    public var listLimit: Int

    /// The summary of `walk` (the start first, as `CompactAdjacency.breadthFirst` gives it) over
    /// a graph whose edges have `kinds` (`CompactAdjacency.edgeKind`); `facets` is asked once for
    /// each document reached, in the walk's order.
    public init(walk: BreadthFirstWalk, kinds: [UInt32], listLimit: Int = Self.listLimit, perDepth: Int = Self.perDepthShown, facets: [Facets]) {
        precondition(facets.count == max(walk.order.count - 1, 0), "one set of facets for each document reached")
        // Numbered in the walk's order, so that the reached documents are positions 0, 1, … of the table.
        let table = FacetTable(facets)
        self.init(walk: walk, kinds: kinds, listLimit: listLimit, perDepth: perDepth, table: table) { k, _ in k }
    }

    /// The summary of `walk` with the facets of every node of the graph in `table`, by position
    /// (`FacetTable`, which an index stores beside the graph's shape): documents are counted by
    /// the numbers of their words, and each distinct word is made and compared once.
    public init(walk: BreadthFirstWalk, kinds: [UInt32], listLimit: Int = Self.listLimit, perDepth: Int = Self.perDepthShown, table: FacetTable) {
        self.init(walk: walk, kinds: kinds, listLimit: listLimit, perDepth: perDepth, table: table) { _, n in n.int }
    }

    /// `slot(k, n)`: the table's row of the `k`th document reached, node `n`.
    private init(walk: BreadthFirstWalk, kinds: [UInt32], listLimit: Int, perDepth: Int, table: FacetTable, slot: (Int, NodeIndex) -> Int) {
        let reached = walk.order.dropFirst()
        total = reached.count
        self.perDepth = perDepth
        self.listLimit = listLimit
        var depthCounts: [Int] = []
        var relationCounts = [Int](repeating: 0, count: Relation.allCases.count * 2)
        var shown: [NodeIndex] = []
        // By word number (0: none), and each number in the order the walk first met it: the
        // counts are then merged by the words themselves (`String` equality, as a dictionary of
        // the words would: a name written composed and decomposed is one issuer), the spelling met
        // first standing for both.
        var typeCounts = [Int](repeating: 0, count: table.words.count + 1), issuerCounts = typeCounts
        var typeOrder: [UInt32] = [], issuerOrder: [UInt32] = []
        var years: [Int?: Int] = [:]
        var inCorpus = 0
        table.types.withUnsafeBufferPointer { types in
            table.issuers.withUnsafeBufferPointer { issuers in
                table.years.withUnsafeBufferPointer { yearWords in
                    for (k, n) in reached.enumerated() {
                        let d = Int(walk.depth[n.int])
                        while depthCounts.count < d { depthCounts.append(0) }
                        if depthCounts[d - 1] < perDepth { shown.append(n) }
                        depthCounts[d - 1] += 1
                        let kind = kinds[walk.via[n.int].int]
                        let ordinal = (kind & ~(1 << 31)).trailingZeroBitCount
                        relationCounts[ordinal * 2 + (kind & (1 << 31) != 0 ? 1 : 0)] += 1
                        let s = slot(k, n)
                        let t = types[s], i = issuers[s], y = yearWords[s]
                        if typeCounts[Int(t)] == 0 { typeOrder.append(t) }
                        typeCounts[Int(t)] += 1
                        if issuerCounts[Int(i)] == 0 { issuerOrder.append(i) }
                        issuerCounts[Int(i)] += 1
                        years[FacetTable.year(y), default: 0] += 1
                        if y & FacetTable.inCorpusBit != 0 { inCorpus += 1 }
                    }
                }
            }
        }
        self.shown = shown
        depths = depthCounts.enumerated().map { Count(value: $0.offset + 1, documents: $0.element) }
        relations = Relation.allCases.compactMap { r in relationCounts[r.ordinal * 2] > 0 ? Count(value: r, documents: relationCounts[r.ordinal * 2]) : nil }
        plannedRelations = Relation.allCases.compactMap { r in
            relationCounts[r.ordinal * 2 + 1] > 0 ? Count(value: r, documents: relationCounts[r.ordinal * 2 + 1]) : nil
        }
        func merged(_ counts: [Int], _ order: [UInt32]) -> [String?: Int] {
            var byWord: [String?: Int] = [:]
            for w in order { byWord[table.word(w), default: 0] += counts[Int(w)] }
            return byWord
        }
        self.inCorpus = inCorpus
        self.types = Self.mostFirst(merged(typeCounts, typeOrder))
        self.issuers = Self.mostFirst(merged(issuerCounts, issuerOrder))
        self.years = years.map { Count(value: $0.key, documents: $0.value) }.sorted { a, b in
            switch (a.value, b.value) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, _): return false
            }
        }
    }

    /// Most documents first, ties in byte order of the value, the unknown (nil) last.
    static func mostFirst(_ counts: [String?: Int]) -> [Count<String?>] {
        counts.map { Count(value: $0.key, documents: $0.value) }.sorted { a, b in
            switch (a.value, b.value) {
            case (nil, _): return false
            case (.some, nil): return true
            case let (x?, y?): return a.documents != b.documents ? a.documents > b.documents : Array(x.utf8).lexicographicallyPrecedes(y.utf8)
            }
        }
    }

    /// The same summary with the documents named by their position in another graph (a part
    /// read from an index); nil when `position` does not know one.
    public func renumbered(_ position: (NodeIndex) -> NodeIndex?) -> ReachSummary? {
        var copy = self
        var shown: [NodeIndex] = []
        shown.reserveCapacity(self.shown.count)
        for n in self.shown {
            guard let m = position(n) else { return nil }
            shown.append(m)
        }
        copy.shown = shown
        return copy
    }
}

extension DocumentGraph {
    /// The summary of what rests on `start` (`upward`) or what `start` rests on, over the whole
    /// graph; nil when no more than `listLimit` documents are reached (the list itself is the answer).
    public func reachSummary(from start: NodeIndex, filter: EdgeFilter = .restsOn, maxDepth: Int = .max, upward: Bool,
                             listLimit: Int = ReachSummary.listLimit, perDepth: Int = ReachSummary.perDepthShown) -> ReachSummary? {
        let walk = adjacency.breadthFirst(from: start, filter: filter, maxDepth: maxDepth, incoming: upward)
        guard walk.order.count - 1 > listLimit else { return nil }
        return ReachSummary(walk: walk, kinds: adjacency.edgeKind, listLimit: listLimit, perDepth: perDepth,
                            facets: walk.order.dropFirst().map { ReachSummary.Facets(nodes[$0.int]) })
    }
}
