/// Builds the document graph from a corpus extraction, merging documents by identity.
///
/// Identity rules (DESIGN.md §1): central Party numbering restarts every term, so a citation's
/// date or term picks the node; without one, the single candidate is taken, or the nearest
/// earlier one with an `Ambiguity` recorded. Local issuers (`TU`, `HU`, `ĐU`) are scoped to the
/// citing document's locality and, as their numbering restarts after each provincial congress,
/// to the local term of their date, resolved the same way. A node's metadata comes from its own header when it is in the
/// corpus, else from the first citation; every citation's statement is kept as an observation.
public struct GraphBuilder {
    private var graph = DocumentGraph()
    private var byKey: [String: NodeIndex] = [:]
    /// (file index, document index) → node.
    private var documentNodes: [[NodeIndex]] = []

    public init() {}

    public static func build(_ corpus: CorpusExtraction) -> DocumentGraph {
        var builder = GraphBuilder()
        return builder.run(corpus)
    }

    private mutating func run(_ corpus: CorpusExtraction) -> DocumentGraph {
        // 1. Documents in the corpus.
        for file in corpus.files {
            var nodes: [NodeIndex] = []
            for record in file.documents {
                nodes.append(addCorpusDocument(record))
            }
            documentNodes.append(nodes)
        }
        // 2. Citations: dated or termed ones first, so undated ones can pick among known terms.
        var pending: [(Int, Citation)] = []
        for (f, file) in corpus.files.enumerated() {
            for c in file.citations where !c.isSelfReference {
                if (c.id.isCentralParty || c.id.isLocal) && c.term == nil && c.date == nil { pending.append((f, c)) } else { addCitation(c, fileIndex: f) }
            }
        }
        for (f, c) in pending { addCitation(c, fileIndex: f) }
        // 3. Plans and obligations.
        for (f, file) in corpus.files.enumerated() {
            for task in file.tasks {
                guard let announced = task.announced, documentNodes[f].indices.contains(task.documentIndex) else { continue }
                graph.plans.append(PlannedDocument(planner: documentNodes[f][task.documentIndex], announced: announced, task: task))
            }
            for o in file.obligations where documentNodes[f].indices.contains(o.documentIndex) {
                graph.obligations.append((documentNodes[f][o.documentIndex], o))
            }
            graph.statedCounts += file.statedCounts
        }
        graph.index()
        return graph
    }

    private mutating func addCorpusDocument(_ record: DocumentRecord) -> NodeIndex {
        let key: String
        if let id = record.id {
            key = identityKey(id, term: record.term, locality: record.locality, date: record.date)
        } else {
            key = "doc:\(record.file):\(record.startLine)"
        }
        let name = record.id?.description ?? record.title ?? record.displayName
        if let existing = byKey[key] {
            // The same document twice in the corpus (a copy): keep the first, note the second.
            graph.diagnostics.append(Diagnostic(.note, at: SourceLocation(file: record.file, line: record.startLine, column: 1),
                "\(name) is also in \(graph.nodes[Int(existing)].record?.file ?? "the corpus"); the first copy is used"))
            return existing
        }
        let node = DocumentNode(id: record.id, key: key, name: name, typeCode: record.typeCode, typeWord: record.typeWord,
                                issuer: record.issuer, date: record.date, term: record.term, locality: record.locality,
                                title: record.title, inCorpus: true, record: record, observations: [])
        let index = append(node)
        if record.id == nil, let title = record.title {
            graph.byBaseKey[DocumentID(named: title).key, default: []].append(index)
        }
        return index
    }

    private mutating func append(_ node: DocumentNode) -> NodeIndex {
        let index = NodeIndex(graph.nodes.count)
        graph.nodes.append(node)
        byKey[node.key] = index
        if let id = node.id { graph.byBaseKey[id.key, default: []].append(index) }
        return index
    }

    private func identityKey(_ id: DocumentID, term: String?, locality: String?, date: SimpleDate? = nil) -> String {
        if id.isLocal { return localPrefix(id, locality) + (date.map(TermCalendar.localTerm(on:)) ?? "?") }
        if id.isCentralParty { return "\(id.key)#\(term ?? "?")" }
        return id.key
    }

    private func localPrefix(_ id: DocumentID, _ locality: String?) -> String { "\(id.key)@\(locality?.folded ?? "?")#" }

    /// Among nodes whose key starts with `prefix` (one per term), the only one, or the nearest
    /// earlier than the citing document with the ambiguity recorded; nil when there is none.
    private mutating func pick(_ id: DocumentID, prefix: String, citing: DocumentNode, location: SourceLocation) -> NodeIndex? {
        let candidates = (graph.byBaseKey[id.key] ?? []).filter { graph.nodes[Int($0)].key.hasPrefix(prefix) }
        guard candidates.count > 1 else { return candidates.first }
        // Nearest earlier than the citing document; an undated candidate last.
        let chosen = candidates.max { a, b in
            rank(graph.nodes[Int(a)].date, before: citing.date) < rank(graph.nodes[Int(b)].date, before: citing.date)
        }!
        graph.ambiguities.append(Ambiguity(location: location, id: id, candidates: candidates, chosen: chosen))
        return chosen
    }

    private mutating func addCitation(_ c: Citation, fileIndex: Int) {
        guard documentNodes[fileIndex].indices.contains(c.documentIndex) else { return }
        let document = documentNodes[fileIndex][c.documentIndex]
        let citing: NodeIndex
        if c.isNested, let parent = c.citingDocument {
            citing = resolve(parent, term: nil, date: nil, context: document, location: c.location, observation: nil)
        } else {
            citing = document
        }
        let observation = DocumentNode.Observation(date: c.date, issuer: c.issuer, term: c.term, typeWord: c.typeWord,
                                                   location: c.location, text: c.text)
        let cited = resolve(c.id, term: c.term, date: c.date, context: document, location: c.location, observation: observation)
        let node = graph.nodes[Int(cited)]
        if node.subjectMissing, let subject = c.subject { graph.nodes[Int(cited)].title = subject }
        guard cited != citing else { return }
        graph.edges.append(DocumentEdge(from: citing, to: cited, relation: c.relation, modality: c.modality, deadline: c.deadline,
                                        leadUnit: c.leadUnit, location: c.location, text: c.text, isNested: c.isNested))
    }

    /// The node a cited id stands for, created when new.
    private mutating func resolve(_ id: DocumentID, term: String?, date: SimpleDate?, context: NodeIndex,
                                  location: SourceLocation, observation: DocumentNode.Observation?) -> NodeIndex {
        let contextNode = graph.nodes[Int(context)]
        var key: String
        if id.isLocal {
            if let date {
                key = identityKey(id, term: nil, locality: contextNode.locality, date: date)
                // The document's own header may lack a date: then it is that one.
                let undated = localPrefix(id, contextNode.locality) + "?"
                if byKey[key] == nil, let node = byKey[undated], graph.nodes[Int(node)].inCorpus { key = undated }
            } else if let chosen = pick(id, prefix: localPrefix(id, contextNode.locality), citing: contextNode, location: location) {
                key = graph.nodes[Int(chosen)].key
            } else {
                key = identityKey(id, term: nil, locality: contextNode.locality)
            }
        } else if id.isCentralParty {
            if let t = term ?? date.flatMap(TermCalendar.term(on:)) {
                key = identityKey(id, term: t, locality: nil)
            } else if let chosen = pick(id, prefix: id.key + "#", citing: contextNode, location: location) {
                key = graph.nodes[Int(chosen)].key
            } else {
                key = identityKey(id, term: nil, locality: nil)
            }
        } else {
            key = id.key
        }
        let index: NodeIndex
        if let existing = byKey[key] {
            index = existing
        } else {
            let t = id.isCentralParty ? (term ?? date.flatMap(TermCalendar.term(on:))) : nil
            index = append(DocumentNode(
                id: id, key: key, name: id.description, typeCode: id.typeCode.isEmpty ? observation?.typeWord.flatMap(TypeCodes.code(forWord:)) : id.typeCode,
                typeWord: observation?.typeWord.map(DocumentIdentity.sentenceCase), issuer: nil, date: nil, term: t,
                locality: id.isLocal ? contextNode.locality : nil, title: nil, inCorpus: false, record: nil, observations: []))
        }
        if let observation {
            graph.nodes[Int(index)].observe(observation)
        }
        return index
    }

    /// Orders candidates: dated before `limit` by date, then undated, then dated after.
    private func rank(_ date: SimpleDate?, before limit: SimpleDate?) -> (Int, SimpleDate) {
        let floor = SimpleDate(year: 1900, month: 1, day: 1)!
        guard let date else { return (1, floor) }
        if let limit, date > limit { return (0, floor) }
        return (2, date)
    }
}

extension DocumentNode {
    var subjectMissing: Bool { !inCorpus && title == nil }

    /// Records a citation's statement; a cited-only node takes its first values as its own.
    mutating func observe(_ o: Observation) {
        observations.append(o)
        guard !inCorpus else { return }
        if date == nil { date = o.date }
        if issuer == nil { issuer = o.issuer }
        if term == nil { term = o.term }
        if typeWord == nil, let w = o.typeWord { typeWord = DocumentIdentity.sentenceCase(w) }
    }
}
