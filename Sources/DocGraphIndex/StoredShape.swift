import DocGraph
import Foundation
import GRDB

/// The stored graph's shape (`graph_shape`): the adjacency by position, with its compressed rows
/// as built when the shape was written (so that opening builds nothing), and the row that holds
/// each node and edge. Rows keep their numbers across updates while positions move (a document
/// added early in path order moves every later one), so an update rewrites only the rows it
/// changes and this one row of blobs.
struct StoredShape: Sendable {
    var adjacency: CompactAdjacency
    /// `graph_nodes.node` of each node position.
    var nodeRows: [Int32]
    /// `graph_edges.edge` of each edge position.
    var edgeRows: [Int32]
    /// What `impact` and `deps` count of each node when they summarise (type, issuer, year, in
    /// the corpus), by position: stored here (version 6) so that a summary of most of the
    /// corpus reads no row of `graph_nodes`.
    var facets: FacetTable
    /// The position of each node row; -1 for a row number not in use.
    let nodePositions: [Int32]

    init(adjacency: CompactAdjacency, nodeRows: [Int32], edgeRows: [Int32], facets: FacetTable) {
        self.adjacency = adjacency
        self.nodeRows = nodeRows
        self.edgeRows = edgeRows
        self.facets = facets
        var positions = [Int32](repeating: -1, count: Int(nodeRows.max() ?? -1) + 1)
        for (p, r) in nodeRows.enumerated() { positions[Int(r)] = Int32(p) }
        nodePositions = positions
    }

    /// The position of the node held by `row`; nil when no node is.
    func position(ofNodeRow row: Int) -> NodeIndex? {
        guard row >= 0, row < nodePositions.count, nodePositions[row] >= 0 else { return nil }
        return NodeIndex(nodePositions[row])
    }

    static func read(_ db: Database) throws -> StoredShape? {
        // A cursor, and each blob read once in place: the row is not copied (9 MB at 100,000 documents).
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT node_count, node_rows, edge_rows, edge_from, edge_to, edge_kind, out_start, out_edges, in_start, in_edges,
              facet_words, node_type, node_issuer, node_year
            FROM graph_shape WHERE id = 1
            """)
        guard let row = try cursor.next() else { return nil }
        let count: Int = row[0]
        guard count >= 0, count < Int(Int32.max) else { throw StoredRows.RowError(detail: "the stored graph's shape does not hold together") }
        // Each blob copied once into the array it ends in, then checked in one pass (ends below
        // the node count, rows non-negative): at 100,000 documents these are 738,000 edges a blob.
        // The compressed rows are checked by `CompactAdjacency` (starts in order, edges in range).
        func blob<T>(_ i: Int, below bound: UInt32, as: T.Type) throws -> [T]? {
            try row.withUnsafeData(atIndex: i) { data in
                guard let data else { return [] }
                return Self.decode(data, as: T.self, below: bound)
            }
        }
        func edges(_ i: Int) throws -> [EdgeIndex]? { try blob(i, below: .max, as: EdgeIndex.self) }
        func starts(_ i: Int) throws -> [Int32]? { try blob(i, below: .max, as: Int32.self) }
        guard let nodeRows = try blob(1, below: UInt32(Int32.max), as: Int32.self),
              let edgeRows = try blob(2, below: .max, as: Int32.self),
              let from = try blob(3, below: UInt32(count), as: NodeIndex.self),
              let to = try blob(4, below: UInt32(count), as: NodeIndex.self),
              let kind = try blob(5, below: .max, as: UInt32.self),
              let outStart = try starts(6), let outEdges = try edges(7), let inStart = try starts(8), let inEdges = try edges(9),
              nodeRows.count == count, edgeRows.count == from.count, from.count == to.count, to.count == kind.count,
              distinct(nodeRows),
              let words = try row.withUnsafeData(atIndex: 10, { data -> [String]? in data.map(Self.words) ?? [] }),
              let types = try blob(11, below: UInt32(words.count + 1), as: UInt32.self),
              let issuers = try blob(12, below: UInt32(words.count + 1), as: UInt32.self),
              let years = try blob(13, below: .max, as: UInt32.self),
              types.count == count, issuers.count == count, years.count == count,
              let adjacency = CompactAdjacency(nodeCount: count, from: from, to: to, kind: kind,
                                               rows: .init(outStart: outStart, outEdges: outEdges, inStart: inStart, inEdges: inEdges))
        else {
            throw StoredRows.RowError(detail: "the stored graph's shape does not hold together")
        }
        return StoredShape(adjacency: adjacency, nodeRows: nodeRows, edgeRows: edgeRows,
                           facets: FacetTable(words: words, types: types, issuers: issuers, years: years))
    }

    /// `facet_words`: each word as its UTF-8 length (a little-endian 32-bit integer) and bytes;
    /// nil when the lengths do not fit the blob.
    static func words(_ data: Data) -> [String]? {
        var words: [String] = []
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String]? in
            var at = 0
            while at < raw.count {
                guard raw.count - at >= 4 else { return nil }
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                at += 4
                guard raw.count - at >= length else { return nil }
                words.append(String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<at + length]), as: UTF8.self))
                at += length
            }
            return words
        }
    }

    static func wordsBlob(_ words: [String]) -> Data {
        var data = Data()
        for w in words {
            let bytes = Array(w.utf8)
            withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { data.append(contentsOf: $0) }
            data.append(contentsOf: bytes)
        }
        return data
    }

    /// Little-endian 32-bit integers, each below `bound` (as unsigned; `.max`: any), as an array
    /// of `T`, a type made of one 32-bit integer (`Int32`, `UInt32`, `NodeIndex`, `EdgeIndex`);
    /// nil when one is not below. The bytes are copied as they are (swapped on a big-endian
    /// machine) and the largest is found in a second pass: a loop that made each value through a
    /// closure and checked it cost 88 M instructions of `show --index` at 100,000 documents.
    static func decode<T>(_ data: Data, as: T.Type, below bound: UInt32) -> [T]? {
        precondition(MemoryLayout<T>.size == 4 && MemoryLayout<T>.stride == 4 && _isPOD(T.self), "a 32-bit integer type")
        let count = data.count / 4
        var largest: UInt32 = 0
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard count > 0, let base = buffer.baseAddress else { return }
            data.withUnsafeBytes { raw in
                UnsafeMutableRawPointer(base).copyMemory(from: raw.baseAddress!, byteCount: count * 4)
            }
            base.withMemoryRebound(to: UInt32.self, capacity: count) { words in
                for i in 0..<count {
                    let v = UInt32(littleEndian: words[i])
                    words[i] = v
                    largest = max(largest, v)
                }
            }
            initialized = count
        }
        return bound == .max || count == 0 || largest < bound ? values : nil
    }

    func write(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM graph_shape")
        let rows = adjacency.rows
        func positions<T>(_ values: [GraphIndex<T>]) -> Data { Self.blob(values.map { UInt32(bitPattern: $0.rawValue) }) }
        func integers(_ values: [Int32]) -> Data { Self.blob(values.map { UInt32(bitPattern: $0) }) }
        try db.execute(sql: """
            INSERT INTO graph_shape (id, node_count, node_rows, edge_rows, edge_from, edge_to, edge_kind, out_start, out_edges, in_start, in_edges,
              facet_words, node_type, node_issuer, node_year)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [adjacency.nodeCount, integers(nodeRows), integers(edgeRows),
                             positions(adjacency.edgeFrom), positions(adjacency.edgeTo), Self.blob(adjacency.edgeKind),
                             integers(rows.outStart), positions(rows.outEdges), integers(rows.inStart), positions(rows.inEdges),
                             Self.wordsBlob(facets.words), Self.blob(facets.types), Self.blob(facets.issuers), Self.blob(facets.years)])
    }

    static func blob(_ values: [UInt32]) -> Data {
        var data = Data(count: values.count * 4)
        data.withUnsafeMutableBytes { raw in
            for (i, v) in values.enumerated() { raw.storeBytes(of: v.littleEndian, toByteOffset: i * 4, as: UInt32.self) }
        }
        return data
    }

    /// No row twice (each row holds one node), told by marks in an array while rows stay small
    /// integers (they grow by the rows updates add; `positions` below is as long).
    private static func distinct(_ rows: [Int32]) -> Bool {
        let largest = Int(rows.max() ?? 0)
        guard largest < rows.count * 8 + 4096 else { return Set(rows).count == rows.count }
        var seen = [Bool](repeating: false, count: largest + 1)
        for r in rows {
            if seen[Int(r)] { return false }
            seen[Int(r)] = true
        }
        return true
    }
}
