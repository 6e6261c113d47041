import DocGraph
import Foundation
import GRDB

/// Writes the graph `GraphBuilder` builds from the stored rows into the `graph_` tables, and
/// reads parts of it back: a node or an edge by its position, so that a question loads only what
/// its answer names.
enum StoredGraph {
    // MARK: Writing

    /// Builds the graph from the rows as they are now and replaces the stored one: row numbers
    /// are positions again.
    static func write(_ db: Database) throws {
        let (extraction, documentIDs) = try StoredRows.extractionAndDocuments(db)
        let (graph, origins) = GraphBuilder.buildWithOrigins(extraction)
        for table in ["graph_nodes", "graph_edges", "graph_observations", "graph_shape", "graph_ambiguities", "graph_notes"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        let lookupKeys = graph.lookupKeys
        let duplicateOf = duplicates(graph)
        for (i, node) in graph.nodes.enumerated() {
            // GraphBuilder makes the corpus's nodes first, in the extraction's order.
            guard node.inCorpus == (i < documentIDs.count) else {
                throw StoredRows.RowError(detail: "node \(i) of the graph is not the document the rows put there")
            }
            let o = origins.nodes[i]
            try insertNode(row: i, node, lookupKey: lookupKeys[i], titleWords: graph.titleWords(NodeIndex(i)), planDate: graph.planDate(NodeIndex(i)),
                           document: node.inCorpus ? documentIDs[i] : nil,
                           order: NodeOrder(rank: o.rank, file: extraction.files[o.file].file, position: o.position, step: o.step),
                           duplicateOf: duplicateOf[i].map { Int($0) }, db)
        }
        let notes = try notesByEdge(graph)
        for (i, e) in graph.edges.enumerated() {
            try insertEdge(row: i, e, from: e.from.int, to: e.to.int, round: origins.edges[i].rank, position: origins.edges[i].position, db)
            if let note = notes[i] { try insertNote(edgeRow: i, note, db) }
        }
        for (k, a) in graph.ambiguities.enumerated() {
            let o = origins.ambiguities[k]
            try insertAmbiguity(a, candidates: a.candidates.map(\.int), chosen: a.chosen.int,
                                order: NodeOrder(rank: o.rank, file: extraction.files[o.file].file, position: o.position, step: o.step), db)
        }
        try StoredShape(adjacency: graph.adjacency, nodeRows: (0..<graph.nodes.count).map { Int32($0) },
                        edgeRows: (0..<graph.edges.count).map { Int32($0) }).write(db)
    }

    /// Where a node stands in graph order (`GraphOrigins.Origin`, with the file's path).
    struct NodeOrder: Comparable {
        var rank: Int
        var file: String
        var position: Int
        var step: Int
        static func < (a: NodeOrder, b: NodeOrder) -> Bool {
            if a.rank != b.rank { return a.rank < b.rank }
            if a.file != b.file { return a.file < b.file }
            return (a.position, a.step) < (b.position, b.step)
        }
    }

    /// Where an edge stands in graph order: its citation's round, file and place in the file.
    struct EdgeOrder: Comparable {
        var round: Int
        var file: String
        var position: Int
        static func < (a: EdgeOrder, b: EdgeOrder) -> Bool {
            if a.round != b.round { return a.round < b.round }
            if a.file != b.file { return a.file < b.file }
            return a.position < b.position
        }
    }

    /// The order columns of node rows, read one at a time (a binary search reads a few).
    final class NodeOrderProbe {
        private let statement: Statement
        init(_ db: Database) throws {
            statement = try db.makeStatement(sql: "SELECT order_rank, order_file, order_position, order_step FROM graph_nodes WHERE node = ?")
        }
        func order(_ row: Int32) throws -> NodeOrder {
            guard let r = try Row.fetchOne(statement, arguments: [row]) else { throw StoredRows.RowError(detail: "graph node row \(row) is missing") }
            return NodeOrder(rank: r[0], file: r[1], position: r[2], step: r[3])
        }
    }

    /// The order columns of edge rows, read one at a time.
    final class EdgeOrderProbe {
        private let statement: Statement
        init(_ db: Database) throws {
            statement = try db.makeStatement(sql: "SELECT round, file, position FROM graph_edges WHERE edge = ?")
        }
        func order(_ row: Int32) throws -> EdgeOrder {
            guard let r = try Row.fetchOne(statement, arguments: [row]) else { throw StoredRows.RowError(detail: "graph edge row \(row) is missing") }
            return EdgeOrder(round: r[0], file: r[1], position: r[2])
        }
    }

    /// For each node, the node it is the second copy of (`DuplicateIdentity`).
    static func duplicates(_ graph: DocumentGraph) -> [NodeIndex?] {
        var first = [NodeIndex?](repeating: nil, count: graph.nodes.count)
        for d in graph.duplicates { first[d.second.int] = d.first }
        return first
    }

    /// For each edge, the note the builder wrote when it read its revision as a reference: one
    /// per demoted edge, in edge order, as `GraphBuilder` writes them.
    static func notesByEdge(_ graph: DocumentGraph) throws -> [Diagnostic?] {
        var notes = [Diagnostic?](repeating: nil, count: graph.edges.count)
        var next = graph.diagnostics.makeIterator()
        for (i, e) in graph.edges.enumerated() where e.demotedFrom != nil {
            guard let note = next.next() else { throw StoredRows.RowError(detail: "a demoted edge without its note") }
            notes[i] = note
        }
        guard next.next() == nil else { throw StoredRows.RowError(detail: "a graph note without its demoted edge") }
        return notes
    }

    /// A demoted edge's note, in the words it was said in.
    static func insertNote(edgeRow: Int, _ note: Diagnostic, _ db: Database) throws {
        guard case .revisionReadAsReference(let citing, let relation, let cited, let level, let reason)? = note.said else {
            throw StoredRows.RowError(detail: "a graph note of an unknown kind: \(note.message)")
        }
        try db.cachedStatement(sql: "INSERT INTO graph_notes (edge, citing, relation, cited, level, reason) VALUES (?,?,?,?,?,?)")
            .execute(arguments: [edgeRow, citing, relation, cited, level, reason])
    }

    /// An ambiguity, its candidates and choice as node rows, with its place in graph order.
    static func insertAmbiguity(_ a: Ambiguity, candidates: [Int], chosen: Int, order: NodeOrder, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO graph_ambiguities (key, doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
              candidates, chosen, round, file, position, step, location_file, page, line, "column")
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: StatementArguments([a.id.key] + StoredRows.idColumns(a.id)
                + ["[" + candidates.map(String.init).joined(separator: ",") + "]", chosen, order.rank, order.file, order.position, order.step,
                   a.location.file, a.location.page, a.location.line, a.location.column] as [(any DatabaseValueConvertible)?]))
    }

    /// One node's row and its observations.
    static func insertNode(row: Int, _ node: DocumentNode, lookupKey: String?, titleWords: String, planDate: SimpleDate?, document: Int64?,
                           order: NodeOrder, duplicateOf: Int?, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO graph_nodes (node, key, lookup_key, title_words, name, doc_id, doc_key, doc_form, doc_number, doc_type,
              doc_issuer_code, doc_year, type_code, type_word, issuer, date, term, locality, title, in_corpus, document, plan_date,
              order_rank, order_file, order_position, order_step, duplicate_of)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: StatementArguments([row, node.key, lookupKey, titleWords, node.name]
                + StoredRows.idColumns(node.id)
                + [node.typeCode, node.typeWord, node.issuer, node.date?.description, node.term, node.locality, node.title,
                   node.inCorpus, document, planDate?.description, order.rank, order.file, order.position, order.step, duplicateOf]
                as [(any DatabaseValueConvertible)?]))
        let observations = try db.cachedStatement(sql: """
            INSERT INTO graph_observations (node, position, date, issuer, term, type_word, file, page, line, "column", text)
            VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """)
        for (k, o) in node.observations.enumerated() {
            try observations.execute(arguments: [row, k, o.date?.description, o.issuer, o.term, o.typeWord,
                                                 o.location.file, o.location.page, o.location.line, o.location.column, o.text])
        }
    }

    /// One edge's row; `from` and `to` are the rows of its ends.
    static func insertEdge(row: Int, _ e: DocumentEdge, from: Int, to: Int, round: Int, position: Int, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO graph_edges (edge, citing_node, cited_node, relation, modality, deadline, deadline_recurring, deadline_text,
              lead_unit, file, page, line, "column", text, nested, demoted_from, partial, round, position)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: StatementArguments(
                [row, from, to, e.relation.rawValue, e.modality.rawValue] + StoredRows.deadlineColumns(e.deadline)
                + [e.leadUnit, e.location.file, e.location.page, e.location.line, e.location.column, e.text, e.isNested,
                   e.demotedFrom?.rawValue, e.isPartial, round, position] as [(any DatabaseValueConvertible)?]))
    }

    // MARK: Reading

    /// Nodes by position (ascending), with their records; observations only for `observed`.
    static func nodes(_ positions: [NodeIndex], observed: Set<NodeIndex>, shape: StoredShape, _ db: Database) throws
        -> (nodes: [DocumentNode], lookupKeys: [String?], planDates: [SimpleDate?]) {
        var nodes: [DocumentNode] = []
        var keys: [String?] = []
        var planDates: [SimpleDate?] = []
        var documents: [Int64] = []
        var documentOf: [Int: Int64] = [:]
        var fetched: [Int32: Row] = [:]
        for chunk in chunks(positions.map { shape.nodeRows[$0.int] }) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT node, key, lookup_key, name, doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
                  type_code, type_word, issuer, date, term, locality, title, in_corpus, document, plan_date
                FROM graph_nodes WHERE node IN (\(chunk))
                """)
            while let r = try rows.next() { fetched[r[0]] = r.copy() }
        }
        for p in positions {
            guard let r = fetched[shape.nodeRows[p.int]] else { throw StoredRows.RowError(detail: "graph node \(p) is missing") }
            do {
                nodes.append(DocumentNode(
                    stored: try StoredRows.id(r, 4), key: r[1], name: r[3], typeCode: r[11], typeWord: r[12], issuer: r[13],
                    date: StoredRows.date(r[14]), term: r[15], locality: r[16], title: r[17], inCorpus: r[18], record: nil, observations: []))
                keys.append(r[2])
                planDates.append(StoredRows.date(r[20]))
                if let d: Int64 = r[19] {
                    documents.append(d)
                    documentOf[nodes.count - 1] = d
                }
            }
        }
        guard nodes.count == positions.count else { throw StoredRows.RowError(detail: "graph nodes are missing") }

        var records: [Int64: DocumentRecord] = [:]
        for chunk in chunks(documents) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, (SELECT path FROM files WHERE files.id = documents.file_id), \(StoredRows.recordColumns)
                FROM documents WHERE id IN (\(chunk))
                """)
            while let r = try rows.next() { records[r[0]] = try StoredRows.record(r, 2, file: r[1]) }
        }
        for (i, d) in documentOf {
            guard let record = records[d] else { throw StoredRows.RowError(detail: "the document of graph node \(positions[i]) is missing") }
            nodes[i].record = record
        }

        let slot = Dictionary(uniqueKeysWithValues: positions.enumerated().map { (Int(shape.nodeRows[$1.int]), $0) })
        for chunk in chunks(observed.sorted().map { shape.nodeRows[$0.int] }) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT node, date, issuer, term, type_word, file, page, line, "column", text
                FROM graph_observations WHERE node IN (\(chunk)) ORDER BY node, position
                """)
            while let r = try rows.next() {
                guard let i = slot[r[0] as Int] else { continue }
                nodes[i].observations.append(DocumentNode.Observation(
                    stored: StoredRows.date(r[1]), issuer: r[2], term: r[3], typeWord: r[4],
                    location: SourceLocation(file: r[5], page: r[6], line: r[7], column: r[8]), text: r[9]))
            }
        }
        return (nodes, keys, planDates)
    }

    /// Edges by position (ascending), their ends renumbered by `node`.
    static func edges(_ positions: [EdgeIndex], node: (NodeIndex) -> NodeIndex?, shape: StoredShape, _ db: Database) throws -> [DocumentEdge] {
        var edges: [DocumentEdge] = []
        var fetched: [Int32: Row] = [:]
        for chunk in chunks(positions.map { shape.edgeRows[$0.int] }) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT edge, citing_node, cited_node, relation, modality, deadline, deadline_recurring, deadline_text, lead_unit,
                  file, page, line, "column", text, nested, demoted_from, partial
                FROM graph_edges WHERE edge IN (\(chunk))
                """)
            while let r = try rows.next() { fetched[r[0]] = r.copy() }
        }
        for p in positions {
            do {
                guard let r = fetched[shape.edgeRows[p.int]], let f = shape.position(ofNodeRow: r[1]), let t = shape.position(ofNodeRow: r[2]),
                      let from = node(f), let to = node(t) else {
                    throw StoredRows.RowError(detail: "graph edge \(p) is missing or its ends are")
                }
                let demoted: String? = r[15]
                edges.append(DocumentEdge(
                    stored: from, to: to, relation: try StoredRows.value(r[3]), modality: try StoredRows.value(r[4]),
                    deadline: StoredRows.deadline(r, 5), leadUnit: r[8],
                    location: SourceLocation(file: r[9], page: r[10], line: r[11], column: r[12]), text: r[13], isNested: r[14],
                    demotedFrom: try demoted.map { try StoredRows.value($0) }, isPartial: r[16]))
            }
        }
        guard edges.count == positions.count else { throw StoredRows.RowError(detail: "graph edges are missing") }
        return edges
    }

    /// Integers as an SQL list, at most 10,000 at a time (they are numbers: nothing to escape).
    static func chunks<T: BinaryInteger>(_ values: [T]) -> [String] {
        stride(from: 0, to: values.count, by: 10_000).map { start in
            values[start..<min(start + 10_000, values.count)].map { String($0) }.joined(separator: ",")
        }
    }
}
