extension DocumentGraph {
    /// A graph made of some of another graph's nodes and edges, in their order, with what the
    /// whole graph knew of them: the key each node is looked up by (``lookupKeys``) and its date
    /// as a planner (``planDate(_:)``). An index builds one with only the documents and citations
    /// a question needs (`DocGraphIndex`): a question about a node gives the whole graph's answer
    /// when every edge entering and leaving it is there; plans, obligations and findings are not.
    public init(part nodes: [DocumentNode], edges: [DocumentEdge], lookupKeys: [String?], planDates: [SimpleDate?]) {
        self.init()
        self.nodes = nodes
        self.edges = edges
        for (i, key) in lookupKeys.enumerated() {
            if let key { byBaseKey[key, default: []].append(NodeIndex(i)) }
        }
        // The plan dates are the whole graph's, given: not worked out again from the part.
        indexAdjacency()
        indexCitedFacts()
        self.planDates = planDates
    }

    /// A whole graph as a store kept it (an index: `DocGraphIndex`), in the order `GraphBuilder`
    /// made it, so that `check`, `render` and `export` need not build it again from the
    /// citations. The corpus's documents are the first nodes, in `corpus`'s order (as the builder
    /// makes them); `corpus` gives their plans, obligations and stated counts and need not hold
    /// its citations. `lookupKeys` and `planDates` are what the built graph said (``lookupKeys``,
    /// ``planDate(_:)``); `diagnostics` its notes.
    public init(stored nodes: [DocumentNode], edges: [DocumentEdge], lookupKeys: [String?], planDates: [SimpleDate?],
                corpus: CorpusExtraction, ambiguities: [Ambiguity], duplicates: [DuplicateIdentity], diagnostics: [Diagnostic]) {
        self.init(part: nodes, edges: edges, lookupKeys: lookupKeys, planDates: planDates)
        var next = 0
        let documentNodes = corpus.files.map { file -> [NodeIndex] in
            defer { next += file.documents.count }
            return (next..<next + file.documents.count).map(NodeIndex.init)
        }
        GraphBuilder.attachPlans(corpus, documentNodes: documentNodes, to: &self)
        self.ambiguities = ambiguities
        self.duplicates = duplicates
        self.diagnostics = diagnostics
    }

    /// For each node, the key `lookup` and `nodes(for:)` find it by: its id's key, or for a
    /// corpus document without a number, its title's; nil for the second copy of an identity
    /// (citations go to the first) and a document without number or title.
    public var lookupKeys: [String?] {
        var keys = [String?](repeating: nil, count: nodes.count)
        for (key, found) in byBaseKey {
            for n in found { keys[Int(n)] = key }
        }
        return keys
    }
}

extension DocumentNode {
    /// Memberwise (the first label tells it from the module's own), for code that restores a
    /// graph it stored (an index).
    public init(stored id: DocumentID?, key: String, name: String, typeCode: String?, typeWord: String?, issuer: String?, date: SimpleDate?,
                term: String?, locality: String?, title: String?, inCorpus: Bool, record: DocumentRecord?, observations: [Observation]) {
        self.init(id: id, key: key, name: name, typeCode: typeCode, typeWord: typeWord, issuer: issuer, date: date,
                  term: term, locality: locality, title: title, inCorpus: inCorpus, record: record, observations: observations)
    }
}

extension DocumentNode.Observation {
    /// Memberwise (the first label tells it from the module's own), for code that restores a
    /// graph it stored (an index).
    public init(stored date: SimpleDate?, issuer: String?, term: String?, typeWord: String?, location: SourceLocation, text: String) {
        self.date = date
        self.issuer = issuer
        self.term = term
        self.typeWord = typeWord
        self.location = location
        self.text = text
    }
}

extension DocumentEdge {
    /// Memberwise (the first label tells it from the module's own), for code that restores a
    /// graph it stored (an index).
    public init(stored from: NodeIndex, to: NodeIndex, relation: Relation, modality: Modality, deadline: Deadline?, leadUnit: String?,
                location: SourceLocation, text: String, isNested: Bool, demotedFrom: Relation?, isPartial: Bool,
                reviewStage: ReviewStage? = nil, deadlineShift: DeadlineShift? = nil) {
        self.from = from
        self.to = to
        self.relation = relation
        self.modality = modality
        self.deadline = deadline
        self.leadUnit = leadUnit
        self.location = location
        self.text = text
        self.isNested = isNested
        self.demotedFrom = demotedFrom
        self.isPartial = isPartial
        self.reviewStage = reviewStage
        self.deadlineShift = deadlineShift
    }
}

extension PlannedDocument {
    /// Memberwise, for code that restores a graph it stored (an index).
    public init(stored planner: NodeIndex, announced: AnnouncedDocument, task: TaskRow) {
        self.init(planner: planner, announced: announced, task: task)
    }
}

extension Ambiguity {
    /// Memberwise, for code that restores a graph it stored (an index).
    public init(stored location: SourceLocation, id: DocumentID, candidates: [NodeIndex], chosen: NodeIndex) {
        self.location = location
        self.id = id
        self.candidates = candidates
        self.chosen = chosen
    }
}

extension DuplicateIdentity {
    /// Memberwise, for code that restores a graph it stored (an index).
    public init(stored first: NodeIndex, second: NodeIndex) {
        self.first = first
        self.second = second
    }
}
