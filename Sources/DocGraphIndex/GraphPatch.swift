import DocGraph
import Foundation
import GRDB

/// Builds again only the part of the stored graph that changed files can reach, and puts it
/// where a whole build would have put it.
///
/// Why a part is enough: `GraphBuilder` decides identity per id key (`28-nq/tw`, without term or
/// place). A citation is resolved among the nodes of its id's key only (the exact key, the
/// key's candidates in other terms, a misdated corpus document), so the nodes of one key, the
/// citations of that key and their edges depend on nothing but each other, the citing documents'
/// own headers, and the order the citations are met in. A nested citation (`25-CTr/TU … thực hiện
/// Nghị quyết số 28-NQ/TW`) ties two keys (it hangs from the node its parent citation reached):
/// such keys are rebuilt together. So the keys a changed file declares or cites before and after
/// the change, closed over nested citations, are rebuilt from their rows with the same
/// `GraphBuilder`, in the same order (files by path, citations in their file), beside the
/// headers of the documents that cite them; every other node and edge stays as it was.
///
/// What moves is positions: rows keep their numbers, and the order of nodes and edges
/// (`GraphOrigins`: corpus documents by file, then nodes and edges as their citations are met)
/// is restored by placing each new row among the others by its stored order columns. A node's
/// `plan_date` reads the dates of what it cites, so the nodes citing a rebuilt one get theirs again.
struct GraphPatch {
    /// Identity keys the changed files declared or cited, before and after the change.
    private(set) var keys: Set<String> = []
    /// Graph rows of the documents of changed and removed files, before the change.
    private(set) var oldDocumentRows: Set<Int32> = []
    /// New `files.id` of added and changed files.
    private(set) var newFiles: Set<Int64> = []
    /// Paths of added, changed and removed files.
    private(set) var paths: Set<String> = []
    /// The laws named by number and name before the change.
    private var familiesBefore: LawFamilies?

    /// Called before a file's rows are deleted.
    mutating func removing(fileID: Int64, path: String, _ db: Database) throws {
        let own = try Self.keys(fileID: fileID, db)
        keys.formUnion(own)
        // A law this file names by number and name is one node with the other files' mentions of
        // it (`LawFamilies`): read once, before the first removal that concerns a law, while the rows
        // still say so (a file without law keys changes no family).
        if LawFamilies.mayConcern(own) {
            let families = try familiesBefore ?? LawFamilies.read(db)
            familiesBefore = families
            keys.formUnion(families.relatives(of: own))
        }
        let rows = try Int.fetchAll(db, sql: "SELECT node FROM graph_nodes WHERE document IN (SELECT id FROM documents WHERE file_id = ?)",
                                    arguments: [fileID])
        oldDocumentRows.formUnion(rows.map { Int32($0) })
        paths.insert(path)
    }

    /// Called after a file's new rows are inserted.
    mutating func added(fileID: Int64, path: String, _ db: Database) throws {
        keys.formUnion(try Self.keys(fileID: fileID, db))
        newFiles.insert(fileID)
        paths.insert(path)
    }

    private static func keys(fileID: Int64, _ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT doc_key FROM documents WHERE file_id = ?1 AND doc_key IS NOT NULL
            UNION SELECT cited_key FROM citations WHERE file_id = ?1
            UNION SELECT citing_key FROM citations WHERE file_id = ?1 AND nested AND citing_key IS NOT NULL
            """, arguments: [fileID]))
    }

    /// What `apply` did, for `--verbose` and the benchmark.
    struct Outcome {
        var keys = 0
        var citations = 0
        var nodes = 0
        var edges = 0
    }

    /// Rewrites the part; nil (nothing written) when the part is larger than `limit` citations
    /// or the stored graph is not what the part expects: the caller then builds the whole graph.
    func apply(_ db: Database, limit: Int) throws -> Outcome? {
        guard let shape = try StoredShape.read(db) else { return nil }

        // 1. The keys, closed over nested citations and over the keys of one law, and their citations.
        // Read when a law's key is among them, once.
        var families: LawFamilies?
        func relatives(of keys: Set<String>) throws -> Set<String> {
            guard LawFamilies.mayConcern(keys) else { return [] }
            let read = try families ?? LawFamilies.read(db)
            families = read
            return read.relatives(of: keys)
        }
        var group = keys.union(try relatives(of: keys))
        var frontier = group
        var citationIDs: Set<Int64> = []
        while !frontier.isEmpty {
            var next: Set<String> = []
            for (list, arguments) in Self.textLists(frontier) {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT id, cited_key, citing_key, nested FROM citations WHERE cited_key IN (\(list))
                    UNION ALL SELECT id, cited_key, citing_key, nested FROM citations WHERE nested AND citing_key IN (\(list))
                    """, arguments: arguments + arguments)
                while let r = try rows.next() {
                    citationIDs.insert(r[0])
                    guard r[3] as Bool else { continue }
                    for case let key? in [r[1] as String?, r[2] as String?] where !group.contains(key) {
                        group.insert(key)
                        next.insert(key)
                    }
                }
            }
            for key in try relatives(of: next) where !group.contains(key) {
                group.insert(key)
                next.insert(key)
            }
            if citationIDs.count > limit { return nil }
            frontier = next
        }

        // 2. The files holding them, the group's documents and the changed files, by path.
        var documentFiles: Set<Int64> = newFiles
        for (list, arguments) in Self.textLists(group) {
            documentFiles.formUnion(try Int64.fetchAll(db, sql: "SELECT file_id FROM documents WHERE doc_key IN (\(list))", arguments: arguments))
        }
        for chunk in StoredGraph.chunks(citationIDs.sorted()) {
            documentFiles.formUnion(try Int64.fetchAll(db, sql: "SELECT DISTINCT file_id FROM citations WHERE id IN (\(chunk))"))
        }
        var files: [(id: Int64, path: String, wasRead: Bool)] = []
        for chunk in StoredGraph.chunks(documentFiles.sorted()) {
            for r in try Row.fetchAll(db, sql: "SELECT id, path, was_read FROM files WHERE id IN (\(chunk))") { files.append((r[0], r[1], r[2])) }
        }
        files.sort { $0.path < $1.path }

        // 3. Their extraction: every document of those files (a citation's context is its
        // document's header), and the group's citations with their places in their files.
        var extraction = CorpusExtraction(files: files.map { f in
            var file = ExtractedFile(file: f.path)
            file.wasRead = f.wasRead
            return file
        })
        let slot = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.id, $0) })
        var documentIDs = [[Int64]](repeating: [], count: files.count)
        var citationPositions = [[Int]](repeating: [], count: files.count)
        for chunk in StoredGraph.chunks(files.map(\.id)) {
            let rows = try Row.fetchCursor(db, sql: "SELECT file_id, id, \(StoredRows.recordColumns) FROM documents WHERE file_id IN (\(chunk)) ORDER BY id")
            while let r = try rows.next() {
                guard let k = slot[r[0]] else { continue }
                extraction.files[k].documents.append(try StoredRows.record(r, 2, file: files[k].path))
                documentIDs[k].append(r[1])
            }
        }
        for chunk in StoredGraph.chunks(citationIDs.sorted()) {
            let rows = try Row.fetchCursor(db, sql: "SELECT file_id, position, \(StoredRows.citationColumns) FROM citations WHERE id IN (\(chunk)) ORDER BY id")
            while let r = try rows.next() {
                guard let k = slot[r[0]] else { continue }
                extraction.files[k].citations.append(try StoredRows.citation(r, 2, file: files[k].path))
                citationPositions[k].append(r[1])
            }
        }
        // Chunks come in id order and ids grow with the position in a file: each file's
        // citations are in their order. Checked, since the order is what identity rests on.
        for positions in citationPositions where zip(positions, positions.dropFirst()).contains(where: { $0 >= $1 }) { return nil }

        let (graph, origins) = GraphBuilder.buildWithOrigins(extraction)
        let lookupKeys = graph.lookupKeys

        // 4. The rows the group held, and the rows of the documents around it.
        var oldRows = oldDocumentRows
        for (list, arguments) in Self.textLists(group) {
            oldRows.formUnion(try Int.fetchAll(db, sql: "SELECT node FROM graph_nodes WHERE doc_key IN (\(list))", arguments: arguments).map { Int32($0) })
        }
        var rowOfDocument: [Int64: Int32] = [:]
        for chunk in StoredGraph.chunks(documentIDs.flatMap { $0 }) {
            for r in try Row.fetchAll(db, sql: "SELECT node, document FROM graph_nodes WHERE document IN (\(chunk))") {
                rowOfDocument[r[1]] = Int32(r[0] as Int)
            }
        }

        // 5. Which nodes of the part are the group's, and their rows: a document keeps its row.
        var nextNodeRow = Int32((try Int.fetchOne(db, sql: "SELECT max(node) FROM graph_nodes") ?? -1) + 1)
        var rowOf = [Int32](repeating: -1, count: graph.nodes.count)
        var taken: [(node: Int, order: StoredGraph.NodeOrder, document: Int64?)] = []
        for (n, node) in graph.nodes.enumerated() {
            let origin = origins.nodes[n]
            let document = node.inCorpus ? documentIDs[origin.file][origin.position] : nil
            let inGroup = node.id.map { group.contains($0.key) } ?? false
            let changed = node.inCorpus && paths.contains(files[origin.file].path)
            if inGroup || changed {
                if let document, let row = rowOfDocument[document], oldRows.contains(row) {
                    rowOf[n] = row
                } else {
                    rowOf[n] = nextNodeRow
                    nextNodeRow += 1
                }
                let position = node.inCorpus ? origin.position : citationPositions[origin.file][origin.position]
                taken.append((n, StoredGraph.NodeOrder(rank: origin.rank, file: files[origin.file].path, position: position, step: origin.step), document))
            } else if let document, let row = rowOfDocument[document], !oldRows.contains(row) {
                rowOf[n] = row
            } else if !node.inCorpus {
                return nil // a document only cited outside the group: the keys did not close
            }
        }

        // 6. The edges the group held: every edge entering one of its old nodes. An edge leaving
        // a node that goes must be among them, or the part is not the whole of what changed.
        var goneEdges: Set<Int> = []
        var oldPositions: [NodeIndex] = []
        for row in oldRows {
            guard let p = shape.position(ofNodeRow: Int(row)) else { continue }
            oldPositions.append(p)
            for e in shape.adjacency.incoming(p) { goneEdges.insert(e.int) }
        }
        let keptRows = Set(taken.map { rowOf[$0.node] })
        for p in oldPositions where !keptRows.contains(shape.nodeRows[p.int]) {
            for e in shape.adjacency.outgoing(p) where !goneEdges.contains(e.int) { return nil }
        }
        for e in graph.edges where rowOf[e.from.int] < 0 || rowOf[e.to.int] < 0 { return nil }
        // A second copy of an identity, and an ambiguity, are among the nodes of one key: all
        // of the part's are the group's, rebuilt with it.
        let firstCopy = StoredGraph.duplicates(graph)
        for t in taken { if let first = firstCopy[t.node], rowOf[first.int] < 0 { return nil } }
        for a in graph.ambiguities where !group.contains(a.id.key) || a.candidates.contains(where: { rowOf[$0.int] < 0 }) { return nil }
        let notes = try StoredGraph.notesByEdge(graph)

        // 7. Rows out, rows in.
        let goneEdgeRows = goneEdges.map { shape.edgeRows[$0] }
        for chunk in StoredGraph.chunks(goneEdgeRows) {
            try db.execute(sql: "DELETE FROM graph_edges WHERE edge IN (\(chunk))")
            try db.execute(sql: "DELETE FROM graph_notes WHERE edge IN (\(chunk))")
        }
        for (list, arguments) in Self.textLists(group) {
            try db.execute(sql: "DELETE FROM graph_ambiguities WHERE key IN (\(list))", arguments: arguments)
        }
        for chunk in StoredGraph.chunks(oldRows.sorted()) {
            try db.execute(sql: "DELETE FROM graph_observations WHERE node IN (\(chunk))")
            try db.execute(sql: "DELETE FROM graph_nodes WHERE node IN (\(chunk))")
        }
        // The part's edges take the rows after the last kept one, in the part's order (below):
        // a rebuilt node's observations name the rows of the edges carrying them.
        var nextEdgeRow = Int32((try Int.fetchOne(db, sql: "SELECT max(edge) FROM graph_edges") ?? -1) + 1)
        let firstEdgeRow = Int(nextEdgeRow)
        for t in taken {
            try StoredGraph.insertNode(row: Int(rowOf[t.node]), graph.nodes[t.node], lookupKey: lookupKeys[t.node],
                                       titleWords: graph.titleWords(NodeIndex(t.node)), planDate: graph.planDate(NodeIndex(t.node)),
                                       document: t.document, carriers: StoredGraph.carriers(graph, NodeIndex(t.node)).map { $0.map { firstEdgeRow + $0.int } },
                                       order: t.order, duplicateOf: firstCopy[t.node].map { Int(rowOf[$0.int]) }, db)
        }
        var newEdges: [(row: Int32, order: StoredGraph.EdgeOrder)] = []
        for (i, e) in graph.edges.enumerated() {
            let origin = origins.edges[i]
            let position = citationPositions[origin.file][origin.position]
            try StoredGraph.insertEdge(row: Int(nextEdgeRow), e, from: Int(rowOf[e.from.int]), to: Int(rowOf[e.to.int]),
                                       round: origin.rank, position: position, db)
            if let note = notes[i] { try StoredGraph.insertNote(edgeRow: Int(nextEdgeRow), note, db) }
            newEdges.append((nextEdgeRow, StoredGraph.EdgeOrder(round: origin.rank, file: files[origin.file].path, position: position)))
            nextEdgeRow += 1
        }

        for (k, a) in graph.ambiguities.enumerated() {
            let o = origins.ambiguities[k]
            try StoredGraph.insertAmbiguity(a, candidates: a.candidates.map { Int(rowOf[$0.int]) }, chosen: Int(rowOf[a.chosen.int]),
                                            order: StoredGraph.NodeOrder(rank: o.rank, file: files[o.file].path,
                                                                         position: citationPositions[o.file][o.position], step: o.step), db)
        }

        // 8. The new order: each new row placed among the rows that stay by their order columns.
        let nodeOrder = try StoredGraph.NodeOrderProbe(db)
        let nodeRows = try Self.merge(kept: shape.nodeRows.filter { !oldRows.contains($0) },
                                      new: taken.map { (rowOf[$0.node], $0.order) }, order: nodeOrder.order)
        let edgeOrder = try StoredGraph.EdgeOrderProbe(db)
        let goneEdgeSet = Set(goneEdgeRows)
        let edgeRows = try Self.merge(kept: shape.edgeRows.filter { !goneEdgeSet.contains($0) }, new: newEdges, order: edgeOrder.order)
        var nodePosition = [Int32](repeating: -1, count: Int(max(nextNodeRow, Int32(shape.nodePositions.count))))
        for (p, r) in nodeRows.enumerated() { nodePosition[Int(r)] = Int32(p) }

        // Ends and kinds: a kept edge's from the old shape, a new one's from the part.
        var oldEdgePosition = [Int32](repeating: -1, count: Int(shape.edgeRows.max() ?? -1) + 1)
        for (p, r) in shape.edgeRows.enumerated() { oldEdgePosition[Int(r)] = Int32(p) }
        var newEdgeIndex: [Int32: Int] = [:]
        for (i, e) in newEdges.enumerated() { newEdgeIndex[e.row] = i }
        var from: [NodeIndex] = [], to: [NodeIndex] = [], kind: [UInt32] = []
        from.reserveCapacity(edgeRows.count); to.reserveCapacity(edgeRows.count); kind.reserveCapacity(edgeRows.count)
        for row in edgeRows {
            let a: Int32, b: Int32
            if let i = newEdgeIndex[row] {
                let e = graph.edges[i]
                a = rowOf[e.from.int]
                b = rowOf[e.to.int]
                kind.append(EdgeFilter.kind(e.relation, e.modality))
            } else if oldEdgePosition.indices.contains(Int(row)), oldEdgePosition[Int(row)] >= 0 {
                let p = Int(oldEdgePosition[Int(row)])
                a = shape.nodeRows[shape.adjacency.edgeFrom[p].int]
                b = shape.nodeRows[shape.adjacency.edgeTo[p].int]
                kind.append(shape.adjacency.edgeKind[p])
            } else {
                return nil
            }
            guard nodePosition.indices.contains(Int(a)), nodePosition.indices.contains(Int(b)),
                  nodePosition[Int(a)] >= 0, nodePosition[Int(b)] >= 0 else { return nil }
            from.append(NodeIndex(nodePosition[Int(a)]))
            to.append(NodeIndex(nodePosition[Int(b)]))
        }
        let adjacency = CompactAdjacency(nodeCount: nodeRows.count, from: from, to: to, kind: kind)
        // What a summary counts: a rebuilt node's from the part, a kept one's from the old shape.
        var takenAt: [Int32: Int] = [:]
        for t in taken { takenAt[rowOf[t.node]] = t.node }
        var facets: [ReachSummary.Facets] = []
        facets.reserveCapacity(nodeRows.count)
        for row in nodeRows {
            if let n = takenAt[row] {
                facets.append(ReachSummary.Facets(graph.nodes[n]))
            } else if let p = shape.position(ofNodeRow: Int(row)) {
                facets.append(shape.facets.facets(p.int))
            } else {
                return nil
            }
        }
        try StoredShape(adjacency: adjacency, nodeRows: nodeRows, edgeRows: edgeRows, facets: FacetTable(facets)).write(db)

        // 9. Plan dates: a node without a date of its own plans by the newest enacted document it
        // cites, so those citing a rebuilt node, or whose citations changed, are dated again.
        var planners: Set<Int32> = Set(taken.map { rowOf[$0.node] })
        for e in graph.edges { planners.insert(rowOf[e.from.int]) }
        for p in goneEdges {
            let row = shape.nodeRows[shape.adjacency.edgeFrom[p].int]
            if nodePosition.indices.contains(Int(row)), nodePosition[Int(row)] >= 0 { planners.insert(row) }
        }
        try Self.datePlanners(planners, adjacency: adjacency, nodeRows: nodeRows, edgeRows: edgeRows, nodePosition: nodePosition, db)

        return Outcome(keys: group.count, citations: citationIDs.count, nodes: taken.count, edges: graph.edges.count)
    }

    /// `DocumentGraph.planDate` for the given rows, from the stored rows and the new shape.
    private static func datePlanners(_ planners: Set<Int32>, adjacency: CompactAdjacency, nodeRows: [Int32], edgeRows: [Int32],
                                     nodePosition: [Int32], _ db: Database) throws {
        var own: [Int32: String?] = [:]
        for chunk in StoredGraph.chunks(planners.sorted()) {
            for r in try Row.fetchAll(db, sql: "SELECT node, date FROM graph_nodes WHERE node IN (\(chunk))") { own[Int32(r[0] as Int)] = r[1] as String? }
        }
        let update = try db.cachedStatement(sql: "UPDATE graph_nodes SET plan_date = ? WHERE node = ?")
        let planned = UInt32(1) << 31
        for (row, date) in own {
            if let date {
                try update.execute(arguments: [date, row])
                continue
            }
            let position = NodeIndex(nodePosition[Int(row)])
            let enacted = adjacency.outgoing(position).filter { adjacency.edgeKind[$0.int] & planned == 0 }
            var newest: SimpleDate?
            for chunk in StoredGraph.chunks(enacted.map { edgeRows[$0.int] }) {
                let dates = try String.fetchAll(db, sql: """
                    SELECT n.date FROM graph_edges e JOIN graph_nodes n ON n.node = e.cited_node
                    WHERE e.edge IN (\(chunk)) AND NOT e.nested AND n.date IS NOT NULL
                    """)
                for d in dates.compactMap(StoredRows.date) where newest.map({ d > $0 }) ?? true { newest = d }
            }
            try update.execute(arguments: [newest?.description, row])
        }
    }

    /// `kept` (in order) with each of `new` placed before the first kept row that sorts after
    /// it: a binary search per new row, reading the order of O(log n) kept rows.
    private static func merge<Order: Comparable>(kept: [Int32], new: [(Int32, Order)], order: (Int32) throws -> Order) throws -> [Int32] {
        let sorted = new.sorted { $0.1 < $1.1 }
        var result: [Int32] = []
        result.reserveCapacity(kept.count + new.count)
        var low = 0
        for (row, key) in sorted {
            var high = kept.count
            var l = low
            while l < high {
                let mid = (l + high) / 2
                if try order(kept[mid]) < key { l = mid + 1 } else { high = mid }
            }
            result.append(contentsOf: kept[low..<l])
            result.append(row)
            low = l
        }
        result.append(contentsOf: kept[low...])
        return result
    }

    /// Keys as SQL lists of placeholders, 500 at a time, with their arguments.
    private static func textLists(_ keys: Set<String>) -> [(String, StatementArguments)] {
        let all = keys.sorted()
        return stride(from: 0, to: all.count, by: 500).map { start in
            let part = Array(all[start..<min(start + 500, all.count)])
            return (Array(repeating: "?", count: part.count).joined(separator: ","), StatementArguments(part))
        }
    }
}
