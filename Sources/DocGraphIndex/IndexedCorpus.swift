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
        // Where each corpus document's record is (file, place in it): `corpus.documents` made a
        // copy of every record (a dozen strings retained each), released again at the end.
        var recordPlaces: [(file: Int32, document: Int32)] = []
        recordPlaces.reserveCapacity(documentIDs.count)
        for (f, file) in corpus.files.enumerated() {
            for d in file.documents.indices { recordPlaces.append((Int32(f), Int32(d))) }
        }
        guard recordPlaces.count == documentIDs.count, recordPlaces.count <= count else {
            throw StoredRows.RowError(detail: "the stored graph does not hold the corpus's documents")
        }

        var nodes = [DocumentNode?](repeating: nil, count: count)
        var lookupKeys = [String?](repeating: nil, count: count)
        var planDates = [SimpleDate?](repeating: nil, count: count)
        var duplicates: [DuplicateIdentity] = []
        // Read column by column (`RawRow`), the short words pooled, as the edges below are.
        var words = TextPool()
        let nodeStatement = try db.makeStatement(sql: """
            SELECT node, key, lookup_key, name, doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
              type_code, type_word, issuer, date, term, locality, title, in_corpus, document, plan_date, duplicate_of
            FROM graph_nodes
            """)
        let nodeRows = try Row.fetchCursor(nodeStatement)
        let r = RawRow(nodeStatement)
        while try nodeRows.next() != nil {
            guard let p = shape.position(ofNodeRow: r.int(0)), nodes[p.int] == nil else { throw StoredRows.RowError(detail: "a graph node out of the shape") }
            let inCorpus = r.bool(18)
            let document = r.optionalInt(19).map(Int64.init)
            // The builder makes the corpus's documents first, in the extraction's order.
            guard inCorpus == (p.int < recordPlaces.count), !inCorpus || document == documentIDs[p.int] else {
                throw StoredRows.RowError(detail: "graph node \(p) is not the document the rows put there")
            }
            nodes[p.int] = DocumentNode(
                stored: try r.id(4, words: &words), key: try r.required(1), name: try r.required(3), typeCode: words.text(r.bytes(11)),
                typeWord: words.text(r.bytes(12)), issuer: words.text(r.bytes(13)), date: r.date(14), term: words.text(r.bytes(15)),
                locality: words.text(r.bytes(16)), title: r.text(17), inCorpus: inCorpus,
                record: inCorpus ? corpus.files[Int(recordPlaces[p.int].file)].documents[Int(recordPlaces[p.int].document)] : nil, observations: [])
            lookupKeys[p.int] = r.text(2)
            planDates[p.int] = r.date(20)
            if let first = r.optionalInt(21) {
                guard let f = shape.position(ofNodeRow: first) else { throw StoredRows.RowError(detail: "a duplicate of a missing node") }
                duplicates.append(DuplicateIdentity(stored: f, second: p))
            }
        }
        // The builder records a duplicate when it makes the second copy: in node order.
        duplicates.sort { $0.second < $1.second }

        // Moved out of their optionals (`take`), not copied: a copy retained every string of
        // 100,000 nodes, and destroying the optionals released them all again.
        var allNodes: [DocumentNode] = []
        allNodes.reserveCapacity(count)
        for p in nodes.indices {
            guard let node = nodes[p].take() else { throw StoredRows.RowError(detail: "graph nodes are missing") }
            allNodes.append(node)
        }

        // Edges and observations, a million rows each at 100,000 documents, are read column by
        // column from SQLite, and each text is made once for all the rows that hold it: an
        // observation's text is its citation's, issuers and type words repeat, a path runs along
        // its file's edges (perf of `check` at 20,000 documents: about 1.2 s → 0.8 s).
        // Three pools: the citations' texts (one a citation, then its observations'), the files'
        // paths, and the short words (issuers, terms, type words, lead units, deadlines), so that
        // looking up a word, which repeats by the thousand, reads a table small enough to stay in
        // the cache rather than one with every citation's text.
        var pool = TextPool(capacity: shape.edgeRows.count / 4)
        var paths = TextPool(capacity: corpus.files.count)
        func required(_ b: UnsafeBufferPointer<UInt8>?) throws -> UnsafeBufferPointer<UInt8> {
            guard let b else { throw StoredRows.RowError(detail: "a missing text") }
            return b
        }

        // Row → position, as an array (rows are small integers, positions a permutation of them).
        var positions = [Int](repeating: -1, count: Int(shape.edgeRows.max() ?? -1) + 1)
        for (p, row) in shape.edgeRows.enumerated() where row >= 0 { positions[Int(row)] = p }
        func edgePosition(_ row: Int) -> Int? { positions.indices.contains(row) && positions[row] >= 0 ? positions[row] : nil }

        // Each edge is made in its place in graph order as its row is read (the rows are in graph
        // order after a whole build, not after a patch, which moved edges by copying them after).
        let edgeStatement = try db.makeStatement(sql: """
            SELECT edge, relation, modality, deadline, deadline_recurring, deadline_text, lead_unit,
              file, page, line, "column", text, nested, demoted_from, partial, review_stage, deadline_shift
            FROM graph_edges ORDER BY edge
            """)
        let edgeRows = try Row.fetchCursor(edgeStatement)
        let e = RawRow(edgeStatement)
        let edgeCount = shape.edgeRows.count
        let relations = StoredRows.Spellings<Relation>(), modalities = StoredRows.Spellings<Modality>()
        // A pool a column for the short words, each asked first for the word its column gave last.
        var deadlineTexts = TextPool(), leadUnits = TextPool()
        let allEdges = try [DocumentEdge](unsafeUninitializedCapacity: edgeCount) { buffer, initialized in
            var made = [Bool](repeating: false, count: edgeCount)
            var count = 0
            // On a damaged row, what was made is taken apart again before the error goes up.
            func undo() {
                for p in 0..<edgeCount where made[p] { (buffer.baseAddress! + p).deinitialize(count: 1) }
            }
            do {
                while try edgeRows.next() != nil {
                    guard let p = edgePosition(e.int(0)), !made[p] else { throw StoredRows.RowError(detail: "a graph edge out of the shape, or two at one position") }
                    let deadline = e.bytes(5).map { text in
                        Deadline(date: e.date(3), recurring: e.bool(4), text: deadlineTexts.text(text))
                    }
                    let demoted = try e.bytes(13).map { try StoredRows.value(String(decoding: $0, as: UTF8.self)) as Relation }
                    let edge = DocumentEdge(
                        stored: shape.adjacency.edgeFrom[p], to: shape.adjacency.edgeTo[p],
                        relation: try StoredRows.value(try required(e.bytes(1)), among: relations),
                        modality: try StoredRows.value(try required(e.bytes(2)), among: modalities),
                        deadline: deadline, leadUnit: leadUnits.text(e.bytes(6)),
                        location: SourceLocation(file: paths.text(try required(e.bytes(7))), page: e.optionalInt(8), line: e.int(9), column: e.int(10)),
                        text: pool.text(try required(e.bytes(11))), isNested: e.bool(12), demotedFrom: demoted, isPartial: e.bool(14),
                        reviewStage: try e.bytes(15).map { try StoredRows.value(String(decoding: $0, as: UTF8.self)) },
                        deadlineShift: try StoredRows.shift(e.bytes(16).map { String(decoding: $0, as: UTF8.self) }))
                    (buffer.baseAddress! + p).initialize(to: edge)
                    made[p] = true
                    count += 1
                }
                // Positions are distinct and below the count: as many rows as edges fill every one.
                guard count == edgeCount else { throw StoredRows.RowError(detail: "graph edges are missing") }
            } catch {
                undo()
                throw error
            }
            initialized = edgeCount
        }

        let observationStatement = try db.makeStatement(sql: """
            SELECT node, date, issuer, term, type_word, file, page, line, "column", text, edge FROM graph_observations ORDER BY node, position
            """)
        let observations = try Row.fetchCursor(observationStatement)
        let o = RawRow(observationStatement)
        // An observation is what a citation says of the node it cites, and the citation's edge
        // enters that node from the same place with the same text: such an observation names
        // that edge (`edge`, version 6) and takes its strings; one of its own (a citation of its
        // own document makes no edge) has its place and text in the row, pooled. No text is
        // decoded or compared for 738,000 observations at 100,000 documents.
        var observedNode = -1
        // One pool a column, so that each asks first the text its column gave last: rows come
        // node by node, and one document is mostly cited with one issuer, term and type word.
        var issuers = TextPool(), terms = TextPool(), typeWords = TextPool()
        try allEdges.withUnsafeBufferPointer { edges in
            while try observations.next() != nil {
                guard let p = shape.position(ofNodeRow: o.int(0)) else { throw StoredRows.RowError(detail: "an observation of a missing node") }
                if p.int != observedNode {
                    observedNode = p.int
                    allNodes[p.int].observations.reserveCapacity(shape.adjacency.incoming(p).count + 1)
                }
                let location: SourceLocation, said: String
                if let row = o.optionalInt(10) {
                    guard let e = edgePosition(row) else { throw StoredRows.RowError(detail: "an observation carried by a missing edge") }
                    location = edges[e].location
                    said = edges[e].text
                } else {
                    guard !o.isNull(7), !o.isNull(8) else { throw StoredRows.RowError(detail: "an observation without its place") }
                    location = SourceLocation(file: paths.text(try required(o.bytes(5))), page: o.optionalInt(6), line: o.int(7), column: o.int(8))
                    said = pool.text(try required(o.bytes(9)))
                }
                allNodes[p.int].observations.append(DocumentNode.Observation(
                    stored: o.date(1), issuer: issuers.text(o.bytes(2)), term: terms.text(o.bytes(3)), typeWord: typeWords.text(o.bytes(4)),
                    location: location, text: said))
            }
        }

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
