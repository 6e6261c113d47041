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
                           carriers: carriers(graph, NodeIndex(i)).map { $0.map(\.int) },
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
                        edgeRows: (0..<graph.edges.count).map { Int32($0) }, facets: FacetTable(graph)).write(db)
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

    /// For each observation of `n`, the edge that carries its place and words: the next edge
    /// entering `n` (in edge order) when its place and text are the observation's, byte for byte
    /// (`GraphBuilder` appends a citation's edge and its observation together); nil for an
    /// observation of its own (a citation of its own document makes no edge).
    static func carriers(_ graph: DocumentGraph, _ n: NodeIndex) -> [EdgeIndex?] {
        var entering = graph.adjacency.incoming(n)
        return graph.nodes[n.int].observations.map { o in
            guard let next = entering.first else { return nil }
            let e = graph.edges[next.int]
            guard e.location.line == o.location.line, e.location.column == o.location.column, e.location.page == o.location.page,
                  e.location.file.utf8.elementsEqual(o.location.file.utf8), e.text.utf8.elementsEqual(o.text.utf8) else { return nil }
            entering = entering.dropFirst()
            return next
        }
    }

    /// One node's row and its observations; `carriers`: the row of the edge carrying each
    /// observation's place and text (`carriers(_:_:)`), whose columns are then left null.
    static func insertNode(row: Int, _ node: DocumentNode, lookupKey: String?, titleWords: String, planDate: SimpleDate?, document: Int64?,
                           carriers: [Int?], order: NodeOrder, duplicateOf: Int?, _ db: Database) throws {
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
            INSERT INTO graph_observations (node, position, edge, date, issuer, term, type_word, file, page, line, "column", text)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        precondition(carriers.count == node.observations.count, "one carrier (or none) for each observation")
        for (k, o) in node.observations.enumerated() {
            if let edge = carriers[k] {
                try observations.execute(arguments: [row, k, edge, o.date?.description, o.issuer, o.term, o.typeWord, nil, nil, nil, nil, nil])
            } else {
                try observations.execute(arguments: [row, k, nil, o.date?.description, o.issuer, o.term, o.typeWord,
                                                     o.location.file, o.location.page, o.location.line, o.location.column, o.text])
            }
        }
    }

    /// One edge's row; `from` and `to` are the rows of its ends.
    static func insertEdge(row: Int, _ e: DocumentEdge, from: Int, to: Int, round: Int, position: Int, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO graph_edges (edge, citing_node, cited_node, relation, modality, deadline, deadline_recurring, deadline_text,
              lead_unit, file, page, line, "column", text, nested, demoted_from, partial, review_stage, deadline_shift, round, position)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: StatementArguments(
                [row, from, to, e.relation.rawValue, e.modality.rawValue] + StoredRows.deadlineColumns(e.deadline)
                + [e.leadUnit, e.location.file, e.location.page, e.location.line, e.location.column, e.text, e.isNested,
                   e.demotedFrom?.rawValue, e.isPartial, e.reviewStage?.rawValue, StoredRows.shiftColumn(e.deadlineShift), round, position] as [(any DatabaseValueConvertible)?]))
    }

    // MARK: Reading

    /// Nodes by position (ascending), with their records; observations only for `observed`.
    /// Columns are read straight from SQLite (`RawRow`) and each row made in its place: `impact`
    /// of a document most of the corpus rests on reads 96,687 nodes, records and edges at 100,000
    /// documents, where GRDB's `Row` (copied, decoded column by column, kept in a dictionary) was
    /// the larger part of the run.
    static func nodes(_ positions: [NodeIndex], observed: Set<NodeIndex>, shape: StoredShape, _ db: Database) throws
        -> (nodes: [DocumentNode], lookupKeys: [String?], planDates: [SimpleDate?]) {
        let count = positions.count
        var slotOfPosition = [Int32](repeating: -1, count: shape.nodeRows.count)
        for (i, p) in positions.enumerated() { slotOfPosition[p.int] = Int32(i) }
        var words = TextPool(), paths = TextPool()
        var read: [DocumentNode] = [], readSlots: [Int] = [], documents: [Int64] = [], documentSlots: [Int] = []
        var keys = [String?](repeating: nil, count: count)
        var planDates = [SimpleDate?](repeating: nil, count: count)
        read.reserveCapacity(count)
        readSlots.reserveCapacity(count)
        for chunk in chunks(positions.map { shape.nodeRows[$0.int] }) {
            let statement = try db.makeStatement(sql: """
                SELECT node, key, lookup_key, name, doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
                  type_code, type_word, issuer, date, term, locality, title, in_corpus, document, plan_date
                FROM graph_nodes WHERE node IN (\(chunk))
                """)
            let rows = try Row.fetchCursor(statement)
            let r = RawRow(statement)
            while try rows.next() != nil {
                guard let p = shape.position(ofNodeRow: r.int(0)), slotOfPosition[p.int] >= 0 else { throw StoredRows.RowError(detail: "a graph node out of the part") }
                let slot = Int(slotOfPosition[p.int])
                read.append(DocumentNode(
                    stored: try r.id(4, words: &words), key: try r.required(1), name: try r.required(3), typeCode: words.text(r.bytes(11)),
                    typeWord: words.text(r.bytes(12)), issuer: words.text(r.bytes(13)), date: r.date(14), term: words.text(r.bytes(15)),
                    locality: words.text(r.bytes(16)), title: r.text(17), inCorpus: r.bool(18), record: nil, observations: []))
                readSlots.append(slot)
                keys[slot] = r.text(2)
                planDates[slot] = r.date(20)
                if !r.isNull(19) {
                    documents.append(Int64(r.int(19)))
                    documentSlots.append(read.count - 1)
                }
            }
        }
        guard read.count == count else { throw StoredRows.RowError(detail: "graph nodes are missing") }
        // Where each position's node was read (the rows come in row order: the positions' order
        // unless an update moved rows).
        var order = [Int](repeating: -1, count: count)
        for (k, slot) in readSlots.enumerated() {
            guard order[slot] < 0 else { throw StoredRows.RowError(detail: "two graph nodes at one position") }
            order[slot] = k
        }

        // Records in the order the rows came, matched by their document's id.
        var readOf: [Int64: Int] = [:]
        readOf.reserveCapacity(documents.count)
        for (d, k) in zip(documents, documentSlots) { readOf[d] = k }
        var recordsRead = 0
        for chunk in chunks(documents) {
            let statement = try db.makeStatement(sql: """
                SELECT id, (SELECT path FROM files WHERE files.id = documents.file_id), \(StoredRows.recordColumns)
                FROM documents WHERE id IN (\(chunk))
                """)
            let rows = try Row.fetchCursor(statement)
            let r = RawRow(statement)
            while try rows.next() != nil {
                guard let k = readOf[Int64(r.int(0))] else { continue }
                read[k].record = try r.record(2, file: paths.text(try r.requiredBytes(1)), words: &words)
                recordsRead += 1
            }
        }
        guard recordsRead == documents.count else { throw StoredRows.RowError(detail: "the document of a graph node is missing") }

        for chunk in chunks(observed.sorted().map { shape.nodeRows[$0.int] }) {
            let statement = try db.makeStatement(sql: """
                SELECT o.node, o.date, o.issuer, o.term, o.type_word,
                  CASE WHEN o.edge IS NULL THEN o.file ELSE e.file END, CASE WHEN o.edge IS NULL THEN o.page ELSE e.page END,
                  CASE WHEN o.edge IS NULL THEN o.line ELSE e.line END, CASE WHEN o.edge IS NULL THEN o."column" ELSE e."column" END,
                  CASE WHEN o.edge IS NULL THEN o.text ELSE e.text END, o.edge IS NULL OR e.edge IS NOT NULL
                FROM graph_observations o LEFT JOIN graph_edges e ON e.edge = o.edge
                WHERE o.node IN (\(chunk)) ORDER BY o.node, o.position
                """)
            let rows = try Row.fetchCursor(statement)
            let o = RawRow(statement)
            while try rows.next() != nil {
                guard let p = shape.position(ofNodeRow: o.int(0)), slotOfPosition[p.int] >= 0 else { continue }
                guard o.bool(10) else { throw StoredRows.RowError(detail: "an observation carried by a missing edge") }
                let k = order[Int(slotOfPosition[p.int])]
                read[k].observations.append(DocumentNode.Observation(
                    stored: o.date(1), issuer: words.text(o.bytes(2)), term: words.text(o.bytes(3)), typeWord: words.text(o.bytes(4)),
                    location: SourceLocation(file: paths.text(try o.requiredBytes(5)), page: o.optionalInt(6), line: o.int(7), column: o.int(8)),
                    text: try o.required(9)))
            }
        }
        if order.indices.allSatisfy({ order[$0] == $0 }) { return (read, keys, planDates) }
        return (order.map { read[$0] }, keys, planDates)
    }

    /// Edges by position (ascending), their ends renumbered by `node`.
    static func edges(_ positions: [EdgeIndex], node: (NodeIndex) -> NodeIndex?, shape: StoredShape, _ db: Database) throws -> [DocumentEdge] {
        let count = positions.count
        guard count > 0 else { return [] }
        var slotOfRow = [Int32](repeating: -1, count: Int(shape.edgeRows.max() ?? -1) + 1)
        for (i, p) in positions.enumerated() { slotOfRow[Int(shape.edgeRows[p.int])] = Int32(i) }
        var words = TextPool(), paths = TextPool(), texts = TextPool()
        var read: [DocumentEdge] = [], readSlots: [Int] = []
        read.reserveCapacity(count)
        readSlots.reserveCapacity(count)
        for chunk in chunks(positions.map { shape.edgeRows[$0.int] }) {
            let statement = try db.makeStatement(sql: """
                SELECT edge, citing_node, cited_node, relation, modality, deadline, deadline_recurring, deadline_text, lead_unit,
                  file, page, line, "column", text, nested, demoted_from, partial, review_stage, deadline_shift
                FROM graph_edges WHERE edge IN (\(chunk))
                """)
            let rows = try Row.fetchCursor(statement)
            let r = RawRow(statement)
            while try rows.next() != nil {
                let row = r.int(0)
                guard row >= 0, row < slotOfRow.count, slotOfRow[row] >= 0,
                      let f = shape.position(ofNodeRow: r.int(1)), let t = shape.position(ofNodeRow: r.int(2)),
                      let from = node(f), let to = node(t) else {
                    throw StoredRows.RowError(detail: "graph edge row \(row) is out of the part or its ends are")
                }
                let deadline = r.bytes(7).map { text in Deadline(date: r.date(5), recurring: r.bool(6), text: words.text(text)) }
                let demoted = try r.bytes(15).map { try StoredRows.value(String(decoding: $0, as: UTF8.self)) as Relation }
                read.append(DocumentEdge(
                    stored: from, to: to, relation: try StoredRows.value(String(decoding: try r.requiredBytes(3), as: UTF8.self)),
                    modality: try StoredRows.value(String(decoding: try r.requiredBytes(4), as: UTF8.self)),
                    deadline: deadline, leadUnit: words.text(r.bytes(8)),
                    location: SourceLocation(file: paths.text(try r.requiredBytes(9)), page: r.optionalInt(10), line: r.int(11), column: r.int(12)),
                    text: texts.text(try r.requiredBytes(13)), isNested: r.bool(14), demotedFrom: demoted, isPartial: r.bool(16),
                    reviewStage: try r.bytes(17).map { try StoredRows.value(String(decoding: $0, as: UTF8.self)) },
                    deadlineShift: try StoredRows.shift(r.bytes(18).map { String(decoding: $0, as: UTF8.self) })))
                readSlots.append(Int(slotOfRow[row]))
            }
        }
        guard read.count == count else { throw StoredRows.RowError(detail: "graph edges are missing") }
        if readSlots.indices.allSatisfy({ readSlots[$0] == $0 }) { return read }
        var order = [Int](repeating: -1, count: count)
        for (k, slot) in readSlots.enumerated() {
            guard order[slot] < 0 else { throw StoredRows.RowError(detail: "two graph edges at one position") }
            order[slot] = k
        }
        return order.map { read[$0] }
    }

    /// Integers as an SQL list, at most 10,000 at a time (they are numbers: nothing to escape).
    static func chunks<T: BinaryInteger>(_ values: [T]) -> [String] {
        stride(from: 0, to: values.count, by: 10_000).map { start in
            values[start..<min(start + 10_000, values.count)].map { String($0) }.joined(separator: ",")
        }
    }
}
