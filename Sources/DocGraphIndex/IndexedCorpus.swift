import DocGraph
import Foundation
import GRDB

/// The whole graph an index holds, read back as `GraphBuilder` built it at the last update:
/// nodes with their records and observations, edges, plans, obligations, stated counts,
/// ambiguities, duplicates and the builder's notes. What `check`, `render`, `export` and
/// `gallery` read, without building the graph again from the citations.
public struct IndexedCorpus: Sendable {
    public let graph: DocumentGraph
    /// The corpus's files, by path, as the update read them.
    public let files: [String]
    /// Reading problems the update met in the files (the extraction's diagnostics).
    public let diagnostics: [Diagnostic]
}

extension StoredGraph {
    /// Every node and edge of the stored graph in graph order, and what the graph hangs from
    /// them; nil when the index holds no readable document.
    static func whole(_ db: Database) throws -> IndexedCorpus? {
        // The files, their documents (the corpus's first nodes), tasks, obligations, counts.
        let (corpus, documentIDs) = try StoredRows.extractionAndDocuments(db, citations: false)
        guard corpus.readAnything else { return nil }
        guard let shape = try StoredShape.read(db) else { throw StoredRows.RowError(detail: "no stored graph") }
        let count = shape.nodeRows.count
        let records = corpus.documents
        guard records.count == documentIDs.count, records.count <= count else {
            throw StoredRows.RowError(detail: "the stored graph does not hold the corpus's documents")
        }

        var nodes = [DocumentNode?](repeating: nil, count: count)
        var lookupKeys = [String?](repeating: nil, count: count)
        var planDates = [SimpleDate?](repeating: nil, count: count)
        var duplicates: [DuplicateIdentity] = []
        let nodeRows = try Row.fetchCursor(db, sql: """
            SELECT node, key, lookup_key, name, doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
              type_code, type_word, issuer, date, term, locality, title, in_corpus, document, plan_date, duplicate_of
            FROM graph_nodes
            """)
        while let r = try nodeRows.next() {
            guard let p = shape.position(ofNodeRow: r[0]), nodes[p.int] == nil else { throw StoredRows.RowError(detail: "a graph node out of the shape") }
            let inCorpus: Bool = r[18]
            let document: Int64? = r[19]
            // The builder makes the corpus's documents first, in the extraction's order.
            guard inCorpus == (p.int < records.count), !inCorpus || document == documentIDs[p.int] else {
                throw StoredRows.RowError(detail: "graph node \(p) is not the document the rows put there")
            }
            nodes[p.int] = DocumentNode(
                stored: try StoredRows.id(r, 4), key: r[1], name: r[3], typeCode: r[11], typeWord: r[12], issuer: r[13],
                date: StoredRows.date(r[14]), term: r[15], locality: r[16], title: r[17], inCorpus: inCorpus,
                record: inCorpus ? records[p.int] : nil, observations: [])
            lookupKeys[p.int] = r[2]
            planDates[p.int] = StoredRows.date(r[20])
            if let first: Int = r[21] {
                guard let f = shape.position(ofNodeRow: first) else { throw StoredRows.RowError(detail: "a duplicate of a missing node") }
                duplicates.append(DuplicateIdentity(stored: f, second: p))
            }
        }
        // The builder records a duplicate when it makes the second copy: in node order.
        duplicates.sort { $0.second < $1.second }

        var observed = [[DocumentNode.Observation]](repeating: [], count: count)
        let observations = try Row.fetchCursor(db, sql: """
            SELECT node, date, issuer, term, type_word, file, page, line, "column", text FROM graph_observations ORDER BY node, position
            """)
        while let r = try observations.next() {
            guard let p = shape.position(ofNodeRow: r[0]) else { throw StoredRows.RowError(detail: "an observation of a missing node") }
            observed[p.int].append(DocumentNode.Observation(
                stored: StoredRows.date(r[1]), issuer: r[2], term: r[3], typeWord: r[4],
                location: SourceLocation(file: r[5], page: r[6], line: r[7], column: r[8]), text: r[9]))
        }
        var allNodes = nodes.compactMap { $0 }
        guard allNodes.count == count else { throw StoredRows.RowError(detail: "graph nodes are missing") }
        for p in allNodes.indices { allNodes[p].observations = observed[p] }

        // Row → position, as an array (rows are small integers, positions a permutation of them).
        var positions = [Int](repeating: -1, count: Int(shape.edgeRows.max() ?? -1) + 1)
        for (p, row) in shape.edgeRows.enumerated() where row >= 0 { positions[Int(row)] = p }
        func edgePosition(_ row: Int) -> Int? { positions.indices.contains(row) && positions[row] >= 0 ? positions[row] : nil }

        var edges = [DocumentEdge?](repeating: nil, count: shape.edgeRows.count)
        // Edges come in graph order, a file's citations together: its path is made once for them.
        let path = RepeatedText()
        let edgeRows = try Row.fetchCursor(db, sql: """
            SELECT edge, relation, modality, deadline, deadline_recurring, deadline_text, lead_unit,
              file, page, line, "column", text, nested, demoted_from, partial
            FROM graph_edges
            """)
        while let r = try edgeRows.next() {
            guard let p = edgePosition(r[0]), edges[p] == nil else { throw StoredRows.RowError(detail: "a graph edge out of the shape") }
            let demoted: String? = r[13]
            edges[p] = DocumentEdge(
                stored: shape.adjacency.edgeFrom[p], to: shape.adjacency.edgeTo[p], relation: try StoredRows.value(r[1]),
                modality: try StoredRows.value(r[2]), deadline: StoredRows.deadline(r, 3), leadUnit: r[6],
                location: SourceLocation(file: try path.text(r, 7), page: r[8], line: r[9], column: r[10]), text: r[11], isNested: r[12],
                demotedFrom: try demoted.map { try StoredRows.value($0) }, isPartial: r[14])
        }
        let allEdges = edges.compactMap { $0 }
        guard allEdges.count == edges.count else { throw StoredRows.RowError(detail: "graph edges are missing") }

        // Notes, one per demoted edge in edge order (as the builder writes them).
        var notes: [Int: Diagnostic] = [:]
        let noteRows = try Row.fetchCursor(db, sql: "SELECT edge, citing, relation, cited, level, reason FROM graph_notes")
        while let r = try noteRows.next() {
            guard let p = edgePosition(r[0]) else { throw StoredRows.RowError(detail: "a graph note of a missing edge") }
            notes[p] = Diagnostic(.note, at: allEdges[p].location,
                                  .revisionReadAsReference(citing: r[1], relation: r[2], cited: r[3], level: r[4], reason: r[5]))
        }
        var diagnostics: [Diagnostic] = []
        for (p, e) in allEdges.enumerated() where e.demotedFrom != nil {
            guard let note = notes[p] else { throw StoredRows.RowError(detail: "a demoted edge without its note") }
            diagnostics.append(note)
        }
        guard diagnostics.count == notes.count else { throw StoredRows.RowError(detail: "a graph note of an edge not demoted") }

        // Ambiguities in graph order: the citations that recorded them, as the builder met them.
        var ambiguities: [(order: NodeOrder, ambiguity: Ambiguity)] = []
        let ambiguityRows = try Row.fetchCursor(db, sql: """
            SELECT doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
              candidates, chosen, round, file, position, step, location_file, page, line, "column"
            FROM graph_ambiguities
            """)
        while let r = try ambiguityRows.next() {
            let rows = try StoredRows.integers(r[7])
            let candidates = rows.compactMap(shape.position(ofNodeRow:))
            guard let id = try StoredRows.id(r, 0), candidates.count == rows.count, let chosen = shape.position(ofNodeRow: r[8]) else {
                throw StoredRows.RowError(detail: "an ambiguity among missing nodes")
            }
            ambiguities.append((NodeOrder(rank: r[9], file: r[10], position: r[11], step: r[12]),
                                Ambiguity(stored: SourceLocation(file: r[13], page: r[14], line: r[15], column: r[16]),
                                          id: id, candidates: candidates, chosen: chosen)))
        }
        ambiguities.sort { $0.order < $1.order }

        let graph = DocumentGraph(stored: allNodes, edges: allEdges, lookupKeys: lookupKeys, planDates: planDates, corpus: corpus,
                                  ambiguities: ambiguities.map(\.ambiguity), duplicates: duplicates, diagnostics: diagnostics)
        return IndexedCorpus(graph: graph, files: corpus.files.map(\.file), diagnostics: corpus.diagnostics)
    }
}

/// A column whose text often repeats from one row to the next (a file's path in edges in
/// graph order): the `String` is made again only when the bytes differ from the last row's.
final class RepeatedText {
    private var lastBytes: [UInt8] = []
    private var last = ""

    func text(_ row: Row, _ column: Int) throws -> String {
        try row.withUnsafeData(atIndex: column) { data in
            guard let data else { throw StoredRows.RowError(detail: "a missing text") }
            let same = data.count == lastBytes.count && data.withUnsafeBytes { new in
                lastBytes.withUnsafeBytes { old in
                    guard let a = new.baseAddress, let b = old.baseAddress else { return true }  // both empty
                    return memcmp(a, b, old.count) == 0
                }
            }
            if !same {
                lastBytes = [UInt8](data)
                last = String(decoding: lastBytes, as: UTF8.self)
            }
            return last
        }
    }
}
