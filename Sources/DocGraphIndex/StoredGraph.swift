import DocGraph
import Foundation
import GRDB

/// Writes the graph `GraphBuilder` builds from the stored rows into the `graph_` tables, and
/// reads parts of it back: a node or an edge by its position, so that a question loads only what
/// its answer names.
enum StoredGraph {
    // MARK: Writing

    /// Builds the graph from the rows as they are now and replaces the stored one.
    static func write(_ db: Database) throws {
        let (extraction, documentIDs) = try StoredRows.extractionAndDocuments(db)
        let graph = GraphBuilder.build(extraction)
        for table in ["graph_nodes", "graph_edges", "graph_observations", "graph_shape"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }

        let lookupKeys = graph.lookupKeys
        let nodes = try db.cachedStatement(sql: """
            INSERT INTO graph_nodes (node, key, lookup_key, title_words, name, doc_id, doc_key, doc_form, doc_number, doc_type,
              doc_issuer_code, doc_year, type_code, type_word, issuer, date, term, locality, title, in_corpus, document, plan_date)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let observations = try db.cachedStatement(sql: """
            INSERT INTO graph_observations (node, position, date, issuer, term, type_word, file, page, line, "column", text)
            VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """)
        for (i, node) in graph.nodes.enumerated() {
            let n = NodeIndex(i)
            // GraphBuilder makes the corpus's nodes first, in the extraction's order.
            guard node.inCorpus == (i < documentIDs.count) else {
                throw StoredRows.RowError(detail: "node \(i) of the graph is not the document the rows put there")
            }
            try nodes.execute(arguments: StatementArguments([i, node.key, lookupKeys[i], graph.titleWords(n), node.name]
                + StoredRows.idColumns(node.id)
                + [node.typeCode, node.typeWord, node.issuer, node.date?.description, node.term, node.locality, node.title,
                   node.inCorpus, node.inCorpus ? documentIDs[i] : nil, graph.planDate(n)?.description] as [(any DatabaseValueConvertible)?]))
            for (k, o) in node.observations.enumerated() {
                try observations.execute(arguments: [i, k, o.date?.description, o.issuer, o.term, o.typeWord,
                                                     o.location.file, o.location.page, o.location.line, o.location.column, o.text])
            }
        }

        let edges = try db.cachedStatement(sql: """
            INSERT INTO graph_edges (edge, citing_node, cited_node, relation, modality, deadline, deadline_recurring, deadline_text,
              lead_unit, file, page, line, "column", text, nested, demoted_from, partial)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        for (i, e) in graph.edges.enumerated() {
            try edges.execute(arguments: StatementArguments(
                [i, e.from.int, e.to.int, e.relation.rawValue, e.modality.rawValue] + StoredRows.deadlineColumns(e.deadline)
                + [e.leadUnit, e.location.file, e.location.page, e.location.line, e.location.column, e.text, e.isNested,
                   e.demotedFrom?.rawValue, e.isPartial] as [(any DatabaseValueConvertible)?]))
        }

        let shape = graph.adjacency
        try db.execute(sql: "INSERT INTO graph_shape (id, node_count, edge_from, edge_to, edge_kind) VALUES (1, ?, ?, ?, ?)",
                       arguments: [shape.nodeCount, blob(shape.edgeFrom.map { UInt32(bitPattern: $0.rawValue) }),
                                   blob(shape.edgeTo.map { UInt32(bitPattern: $0.rawValue) }), blob(shape.edgeKind)])
    }

    // MARK: Reading

    /// The stored shape; nil when the index holds no graph yet.
    static func shape(_ db: Database) throws -> CompactAdjacency? {
        guard let row = try Row.fetchOne(db, sql: "SELECT node_count, edge_from, edge_to, edge_kind FROM graph_shape WHERE id = 1") else { return nil }
        let count: Int = row[0]
        let from = integers(row[1]), to = integers(row[2]), kind = integers(row[3])
        guard from.count == to.count, to.count == kind.count,
              from.allSatisfy({ $0 < UInt32(count) }), to.allSatisfy({ $0 < UInt32(count) }) else {
            throw StoredRows.RowError(detail: "the stored graph's shape does not hold together")
        }
        return CompactAdjacency(nodeCount: count, from: from.map { NodeIndex(Int32(bitPattern: $0)) },
                                to: to.map { NodeIndex(Int32(bitPattern: $0)) }, kind: kind)
    }

    /// Nodes by position (ascending), with their records; observations only for `observed`.
    static func nodes(_ positions: [NodeIndex], observed: Set<NodeIndex>, _ db: Database) throws
        -> (nodes: [DocumentNode], lookupKeys: [String?], planDates: [SimpleDate?]) {
        var nodes: [DocumentNode] = []
        var keys: [String?] = []
        var planDates: [SimpleDate?] = []
        var documents: [Int64] = []
        var documentOf: [Int: Int64] = [:]
        for chunk in chunks(positions.map(\.int)) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT node, key, lookup_key, name, doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
                  type_code, type_word, issuer, date, term, locality, title, in_corpus, document, plan_date
                FROM graph_nodes WHERE node IN (\(chunk)) ORDER BY node
                """)
            while let r = try rows.next() {
                guard r[0] == Int(positions[nodes.count]) else { throw StoredRows.RowError(detail: "graph node \(positions[nodes.count]) is missing") }
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

        let slot = Dictionary(uniqueKeysWithValues: positions.enumerated().map { ($1, $0) })
        for chunk in chunks(observed.sorted().map(\.int)) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT node, date, issuer, term, type_word, file, page, line, "column", text
                FROM graph_observations WHERE node IN (\(chunk)) ORDER BY node, position
                """)
            while let r = try rows.next() {
                guard let i = slot[NodeIndex(r[0] as Int)] else { continue }
                nodes[i].observations.append(DocumentNode.Observation(
                    stored: StoredRows.date(r[1]), issuer: r[2], term: r[3], typeWord: r[4],
                    location: SourceLocation(file: r[5], page: r[6], line: r[7], column: r[8]), text: r[9]))
            }
        }
        return (nodes, keys, planDates)
    }

    /// Edges by position (ascending), their ends renumbered by `node`.
    static func edges(_ positions: [EdgeIndex], node: (NodeIndex) -> NodeIndex?, _ db: Database) throws -> [DocumentEdge] {
        var edges: [DocumentEdge] = []
        for chunk in chunks(positions.map(\.int)) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT edge, citing_node, cited_node, relation, modality, deadline, deadline_recurring, deadline_text, lead_unit,
                  file, page, line, "column", text, nested, demoted_from, partial
                FROM graph_edges WHERE edge IN (\(chunk)) ORDER BY edge
                """)
            while let r = try rows.next() {
                guard r[0] == Int(positions[edges.count]), let from = node(NodeIndex(r[1] as Int)), let to = node(NodeIndex(r[2] as Int)) else {
                    throw StoredRows.RowError(detail: "graph edge \(positions[edges.count]) is missing or its ends are")
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
    private static func chunks<T: BinaryInteger>(_ values: [T]) -> [String] {
        stride(from: 0, to: values.count, by: 10_000).map { start in
            values[start..<min(start + 10_000, values.count)].map { String($0) }.joined(separator: ",")
        }
    }

    private static func blob(_ values: [UInt32]) -> Data {
        var data = Data(capacity: values.count * 4)
        for v in values { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    private static func integers(_ data: Data) -> [UInt32] {
        let count = data.count / 4
        return data.withUnsafeBytes { raw in
            (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
        }
    }
}
