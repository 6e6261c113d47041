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
        func blob(_ i: Int) throws -> [UInt32] { try row.withUnsafeData(atIndex: i) { $0.map(integers) ?? [] } }
        let nodeRows = try blob(1), edgeRows = try blob(2)
        let from = try blob(3), to = try blob(4), kind = try blob(5)
        guard nodeRows.count == count, edgeRows.count == from.count, from.count == to.count, to.count == kind.count,
              from.allSatisfy({ $0 < UInt32(count) }), to.allSatisfy({ $0 < UInt32(count) }),
              nodeRows.allSatisfy({ $0 < UInt32(Int32.max) }), distinct(nodeRows) else {
            throw StoredRows.RowError(detail: "the stored graph's shape does not hold together")
        }
        let adjacency = CompactAdjacency(nodeCount: count, from: from.map { NodeIndex(Int32(bitPattern: $0)) },
                                         to: to.map { NodeIndex(Int32(bitPattern: $0)) }, kind: kind)
        return StoredShape(adjacency: adjacency, nodeRows: nodeRows.map { Int32(bitPattern: $0) }, edgeRows: edgeRows.map { Int32(bitPattern: $0) })
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

    static func integers(_ data: Data) -> [UInt32] {
        let count = data.count / 4
        return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                for i in 0..<count { buffer[i] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
            }
            initialized = count
        }
    }

    /// No row twice (each row holds one node), told by marks in an array while rows stay small
    /// integers (they grow by the rows updates add; `positions` below is as long).
    private static func distinct(_ rows: [UInt32]) -> Bool {
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
