/// What citations say of a node, summed up as they are added: whether every observation gives the
/// same date, issuer, term and type word (byte for byte, or none), and which observation first gave
/// each. `metadata-conflict` asked it of every node by walking all its observations, a working set
/// of every observation's strings that outgrew the caches (perf, 16,000 plan-heavy documents: the
/// rule 6–7× slower for 4× the documents, two thirds of it retaining strings it only compared); it
/// now reads one of these a node, in one array, and walks the observations of the few that disagree.
struct CitedFacts: Sendable, Equatable {
    /// The date every dated observation gives (while they agree).
    var date: SimpleDate?
    /// The first observation that gives an issuer, a term, a type word (-1 for none).
    var issuer: Int32 = -1
    var term: Int32 = -1
    var typeWord: Int32 = -1
    /// Two observations give different dates, issuers, terms or type words.
    var disagree = false
    /// The node has an id of a numbered form (not a document named by its title alone): the only
    /// nodes `metadata-conflict` speaks of. Set when the node is made.
    var numbered = false

    init(numbered: Bool = false) { self.numbered = numbered }

    /// Whether `node` is one `metadata-conflict` speaks of (``numbered``).
    static func numbered(_ node: DocumentNode) -> Bool {
        guard let form = node.id?.form else { return false }
        return form != .named
    }

    /// The facts of `node`'s observations, read from all of them: what ``adding(_:to:)`` keeps
    /// up as they are appended, for graphs given whole (an index's).
    static func of(_ node: DocumentNode) -> CitedFacts {
        var facts = CitedFacts(numbered: numbered(node))
        node.observations.withUnsafeBufferPointer { obs in
            for k in obs.indices where !facts.disagree { facts.add(k, of: obs) }
        }
        return facts
    }

    /// Takes in observation `k` of `obs`, whose earlier ones it has taken in. Once two disagree,
    /// nothing more is read (the rule then reads the node's observations itself).
    mutating func add(_ k: Int, of obs: UnsafeBufferPointer<DocumentNode.Observation>) {
        guard !disagree else { return }
        if let d = obs[k].date {
            if let d0 = date, d0 != d { disagree = true; return }
            date = d
        }
        // Fields are compared in place, by their bytes: copying an observation, or one of its strings, retains it.
        func same(_ first: String?, _ other: String?) -> Bool {
            guard let first, let other else { return true }
            return SpellingKey.sameBytes(first, other)
        }
        if obs[k].issuer != nil {
            if issuer < 0 { issuer = Int32(k) } else if !same(obs[Int(issuer)].issuer, obs[k].issuer) { disagree = true; return }
        }
        if obs[k].term != nil {
            if term < 0 { term = Int32(k) } else if !same(obs[Int(term)].term, obs[k].term) { disagree = true; return }
        }
        if obs[k].typeWord != nil {
            if typeWord < 0 { typeWord = Int32(k) } else if !same(obs[Int(typeWord)].typeWord, obs[k].typeWord) { disagree = true; return }
        }
    }
}

/// Flags of each edge that rules ask of all of them (`inverse-inconsistency`), in one byte an
/// edge: reading `DocumentEdge`s (about 150 bytes, five strings) to ask them walked the whole edge
/// array twice.
struct EdgeFacts: OptionSet, Sendable {
    let rawValue: UInt8
    /// An enacted replacement of the whole document (`replaces`, not partial).
    static let replacesWhole = EdgeFacts(rawValue: 1)
    /// An enacted repeal of the whole document.
    static let repealsWhole = EdgeFacts(rawValue: 2)
    /// A revision read as a reference, for want of authority (`demotedFrom`).
    static let demoted = EdgeFacts(rawValue: 4)
    /// The citing document moves a deadline of the cited one's plans (``DocumentEdge/deadlineShift``).
    static let movesDeadline = EdgeFacts(rawValue: 8)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ e: DocumentEdge) {
        var facts: EdgeFacts = []
        if e.modality == .enacted && !e.isPartial {
            if e.relation == .replaces { facts.insert(.replacesWhole) }
            if e.relation == .repeals { facts.insert(.repealsWhole) }
        }
        if e.demotedFrom != nil { facts.insert(.demoted) }
        if e.shift != nil { facts.insert(.movesDeadline) }
        self = facts
    }
}

extension DocumentGraph {
    /// Records a citation's statement about node `n` (``DocumentNode/observe(_:)``), and keeps its
    /// ``CitedFacts`` up.
    mutating func observe(_ o: DocumentNode.Observation, at n: NodeIndex) {
        let i = Int(n)
        nodes[i].observe(o)
        guard citedFacts.count == nodes.count else { return }
        let k = nodes[i].observations.count - 1
        nodes[i].observations.withUnsafeBufferPointer { citedFacts[i].add(k, of: $0) }
    }

    /// Every node's ``CitedFacts``: kept up as the builder added observations, else read from them.
    var allCitedFacts: [CitedFacts] {
        citedFacts.count == nodes.count ? citedFacts : nodes.map(CitedFacts.of)
    }
}
