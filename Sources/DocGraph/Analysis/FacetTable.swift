/// What `ReachSummary` counts of each node of a graph, by position, its words numbered: a type
/// code and an issuer as numbers into `words` (0: none), a year and whether the document is in
/// the corpus in one 32-bit word. An index stores it with the graph's shape (`graph_shape`), so
/// that a summary of most of a national corpus reads no node's row.
public struct FacetTable: Sendable, Equatable {
    /// The distinct type codes and issuers, as written (numbered by their bytes: a name written
    /// composed and decomposed has two numbers, and is counted as one by `ReachSummary`).
    public var words: [String]
    /// Each node's type code: 0 none, `k` `words[k - 1]`.
    public var types: [UInt32]
    /// Each node's issuer, numbered as `types`.
    public var issuers: [UInt32]
    /// Each node's year in the low 30 bits (`hasYearBit` set when it has one), `inCorpusBit`
    /// when its text is in the corpus.
    public var years: [UInt32]

    public static let inCorpusBit: UInt32 = 1 << 31
    public static let hasYearBit: UInt32 = 1 << 30

    public init(words: [String], types: [UInt32], issuers: [UInt32], years: [UInt32]) {
        self.words = words
        self.types = types
        self.issuers = issuers
        self.years = years
    }

    /// The facets of each node, in order, their words numbered in the order first met.
    public init(_ facets: some Sequence<ReachSummary.Facets>) {
        var numbers: [[UInt8]: UInt32] = [:]
        var words: [String] = []
        func number(_ word: String?) -> UInt32 {
            guard let word else { return 0 }
            let bytes = Array(word.utf8)
            if let n = numbers[bytes] { return n }
            words.append(word)
            numbers[bytes] = UInt32(words.count)
            return UInt32(words.count)
        }
        var types: [UInt32] = [], issuers: [UInt32] = [], years: [UInt32] = []
        for f in facets {
            types.append(number(f.typeCode))
            issuers.append(number(f.issuer))
            years.append(Self.yearWord(f.year, inCorpus: f.inCorpus))
        }
        self.init(words: words, types: types, issuers: issuers, years: years)
    }

    /// The table of every node of `graph`.
    public init(_ graph: DocumentGraph) {
        self.init(graph.nodes.lazy.map(ReachSummary.Facets.init))
    }

    /// A year (1900–2200, as `SimpleDate` takes it) and the corpus flag as one word.
    public static func yearWord(_ year: Int?, inCorpus: Bool) -> UInt32 {
        var word: UInt32 = inCorpus ? inCorpusBit : 0
        if let year { word |= hasYearBit | (UInt32(truncatingIfNeeded: year) & (hasYearBit - 1)) }
        return word
    }

    /// The year of a word made by `yearWord`.
    public static func year(_ word: UInt32) -> Int? {
        word & hasYearBit != 0 ? Int(word & (hasYearBit - 1)) : nil
    }

    /// The word numbered `n` (nil for 0).
    public func word(_ n: UInt32) -> String? {
        n == 0 ? nil : words[Int(n) - 1]
    }

    /// The facets of node `n`.
    public func facets(_ n: Int) -> ReachSummary.Facets {
        ReachSummary.Facets(typeCode: word(types[n]), issuer: word(issuers[n]), year: Self.year(years[n]), inCorpus: years[n] & Self.inCorpusBit != 0)
    }

    /// Every number below `words.count + 1` and the arrays one length: what a reader checks of
    /// a stored table before counting with it.
    public var holdsTogether: Bool {
        let bound = UInt32(words.count)
        return types.count == issuers.count && issuers.count == years.count
            && !types.contains { $0 > bound } && !issuers.contains { $0 > bound }
    }
}
