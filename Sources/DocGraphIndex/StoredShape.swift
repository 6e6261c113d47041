import DocGraph
import Foundation
import GRDB

/// The stored graph's shape (`graph_shape`): the adjacency by position, and the row that holds
/// each node and edge. Rows keep their numbers across updates while positions move (a document
/// added early in path order moves every later one), so an update rewrites only the rows it
/// changes and this one row of blobs.
struct StoredShape: Sendable {
    var adjacency: CompactAdjacency
    /// `graph_nodes.node` of each node position.
    var nodeRows: [Int32]
    /// `graph_edges.edge` of each edge position.
    var edgeRows: [Int32]
    /// The position of each node row; -1 for a row number not in use.
    let nodePositions: [Int32]

    init(adjacency: CompactAdjacency, nodeRows: [Int32], edgeRows: [Int32]) {
        self.adjacency = adjacency
        self.nodeRows = nodeRows
        self.edgeRows = edgeRows
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
        let cursor = try Row.fetchCursor(db, sql: "SELECT node_count, node_rows, edge_rows, edge_from, edge_to, edge_kind FROM graph_shape WHERE id = 1")
        guard let row = try cursor.next() else { return nil }
        let count: Int = row[0]
        guard count >= 0, count < Int(Int32.max) else { throw StoredRows.RowError(detail: "the stored graph's shape does not hold together") }
        // Each blob decoded once into the array it ends in, checked in the same pass (ends below
        // the node count, rows non-negative): at 100,000 documents these are 738,000 edges a blob.
        func blob<T>(_ i: Int, below bound: UInt32, _ make: (UInt32) -> T) throws -> [T]? {
            try row.withUnsafeData(atIndex: i) { data in
                guard let data else { return [] }
                return Self.decode(data, below: bound, make)
            }
        }
        guard let nodeRows = try blob(1, below: UInt32(Int32.max), { Int32(bitPattern: $0) }),
              let edgeRows = try blob(2, below: .max, { Int32(bitPattern: $0) }),
              let from = try blob(3, below: UInt32(count), { NodeIndex(Int32(bitPattern: $0)) }),
              let to = try blob(4, below: UInt32(count), { NodeIndex(Int32(bitPattern: $0)) }),
              let kind = try blob(5, below: .max, { $0 }),
              nodeRows.count == count, edgeRows.count == from.count, from.count == to.count, to.count == kind.count,
              distinct(nodeRows) else {
            throw StoredRows.RowError(detail: "the stored graph's shape does not hold together")
        }
        return StoredShape(adjacency: CompactAdjacency(nodeCount: count, from: from, to: to, kind: kind), nodeRows: nodeRows, edgeRows: edgeRows)
    }

    /// Little-endian 32-bit integers, each below `bound` (`.max`: any), made into `T`; nil when one is not.
    static func decode<T>(_ data: Data, below bound: UInt32, _ make: (UInt32) -> T) -> [T]? {
        let count = data.count / 4
        var valid = true
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                for i in 0..<count {
                    let v = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
                    if v >= bound, bound != .max { valid = false }
                    buffer.initializeElement(at: i, to: make(v))
                }
            }
            initialized = count
        }
        return valid ? values : nil
    }

    func write(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM graph_shape")
        try db.execute(sql: """
            INSERT INTO graph_shape (id, node_count, node_rows, edge_rows, edge_from, edge_to, edge_kind) VALUES (1, ?, ?, ?, ?, ?, ?)
            """, arguments: [adjacency.nodeCount, Self.blob(nodeRows.map { UInt32(bitPattern: $0) }), Self.blob(edgeRows.map { UInt32(bitPattern: $0) }),
                             Self.blob(adjacency.edgeFrom.map { UInt32(bitPattern: $0.rawValue) }),
                             Self.blob(adjacency.edgeTo.map { UInt32(bitPattern: $0.rawValue) }), Self.blob(adjacency.edgeKind)])
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
