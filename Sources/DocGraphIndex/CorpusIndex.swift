import DocGraph
import Foundation
import GRDB

/// A docgraph index: one SQLite file holding every file's extraction (README, "The index").
///
/// Opening checks, before anything is written, that the file is a docgraph index of this schema
/// version and undamaged (`PRAGMA quick_check`, unless the file is as the last update stamped it);
/// anything else is refused with `IndexError` and left as it was.
public struct CorpusIndex: Sendable {
    public let path: String
    let queue: DatabaseQueue
    /// How opening made sure the file is whole.
    public let integrity: Integrity

    /// What opening checked (README, "Safety").
    public enum Integrity: Sendable, Equatable {
        /// `PRAGMA quick_check` read every page and found them whole.
        case checked
        /// The file is as the last update of docgraph left it (size, time, inode: `IntegrityStamp`),
        /// so the check was not run again.
        case unchangedSinceUpdate
        /// Not checked (`verify: false`): damage shows as SQLite's own `SQLITE_CORRUPT` in the pages read.
        case notChecked
    }

    /// Opens an existing index to read. Readers never block the writer: in WAL mode they see the
    /// last committed update while another is being written. `verify` runs `PRAGMA quick_check`,
    /// which reads every page (2.8 s of CPU at 100,000 documents), unless the file is as the last
    /// update left it (`IntegrityStamp`); `search`, which reads a few pages, skips it and reports
    /// damage from SQLite's own `SQLITE_CORRUPT` instead.
    public static func open(_ path: String, verify: Bool = true) throws(IndexError) -> CorpusIndex {
        switch try inspect(path) {
        case .absent: throw .missing(path: path)
        case .empty: throw .notAnIndex(path: path, reason: "the file is empty")
        case .index:
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(10)
            let queue = try guarded(path) { try DatabaseQueue(path: path, configuration: config) }
            let integrity = try check(queue, path, verify: verify)
            return CorpusIndex(path: path, queue: queue, integrity: integrity)
        }
    }

    /// The corpus as it was extracted, rebuilt from rows: no document is read.
    public func extraction() throws(IndexError) -> CorpusExtraction {
        try Self.guarded(path) { try queue.read { try StoredRows.extraction($0) } }
    }

    /// The stored graph, to answer questions about a few documents from a few rows; nil when
    /// the index holds no readable document.
    public func graph() throws(IndexError) -> IndexedGraph? {
        let shape: StoredShape? = try Self.guarded(path) {
            try queue.read { db in
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM files WHERE was_read)") ?? false else { return nil }
                guard let shape = try StoredShape.read(db) else { throw StoredRows.RowError(detail: "no stored graph") }
                return shape
            }
        }
        return shape.map { IndexedGraph(index: self, shape: $0) }
    }

    /// The whole stored graph, for `check`, `render`, `export` and `gallery`: read, not built
    /// again; nil when the index holds no readable document.
    public func corpus() throws(IndexError) -> IndexedCorpus? {
        try Self.guarded(path) { try queue.read { try StoredGraph.whole($0) } }
    }

    /// What the `meta` table says: schema version, docgraph version, corpus roots, last update.
    public func meta() throws(IndexError) -> [String: String] {
        try Self.guarded(path) {
            try queue.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0[0] as String, $0[1] as String) })
            }
        }
    }

    // MARK: Opening

    enum State { case absent, empty, index }

    static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// What is at `path`, read without opening it as a database: a text file given by mistake
    /// must not be turned into one.
    static func inspect(_ path: String) throws(IndexError) -> State {
        var info = stat()
        guard stat(path, &info) == 0 else { return .absent }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notAnIndex(path: path, reason: "not a regular file") }
        if info.st_size == 0 { return .empty }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .database(path: path, detail: "cannot open the file to read; check its permissions")
        }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: 16)) ?? Data())
        guard head == sqliteHeader else { throw .notAnIndex(path: path, reason: "not an SQLite database") }
        return .index
    }

    /// Refuses a database that is not a docgraph index of this version, or is damaged. With
    /// `verify`, runs `PRAGMA quick_check` unless the file is as the last update left it.
    @discardableResult
    static func check(_ queue: DatabaseQueue, _ path: String, verify: Bool = true) throws(IndexError) -> Integrity {
        let (applicationID, tables, version, stamp): (Int32, Int, Int?, String?) = try guarded(path) {
            try queue.read { db in
                let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                var version: Int?
                var stamp: String?
                if app == IndexSchema.applicationID, try db.tableExists("meta") {
                    version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'").flatMap { Int($0) }
                    stamp = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [IntegrityStamp.key])
                }
                return (app, tables, version, stamp)
            }
        }
        guard applicationID == IndexSchema.applicationID else {
            throw .notAnIndex(path: path, reason: tables == 0 ? "an empty SQLite database" : "an SQLite database of another program, with \(tables) schema objects")
        }
        guard let version else { throw .notAnIndex(path: path, reason: "no schema version in its meta table") }
        guard version == IndexSchema.version else {
            throw .otherSchemaVersion(path: path, found: version, expected: IndexSchema.version)
        }
        guard verify else { return .notChecked }
        if IntegrityStamp.holds(path, stamp: stamp) { return .unchangedSinceUpdate }
        let verdict: [String] = try guarded(path) { try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check") } }
        guard verdict == ["ok"] else { throw .corrupt(path: path, detail: verdict.prefix(3).joined(separator: "; ")) }
        return .checked
    }

    /// Runs SQLite work and turns its failures into `IndexError`s that say what to do.
    static func guarded<T>(_ path: String, waited: Double = 10, _ work: () throws -> T) throws(IndexError) -> T {
        do {
            return try work()
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: throw .busy(path: path, waited: waited)
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: throw .corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
            default: throw .database(path: path, detail: error.message ?? error.description)
            }
        } catch let error as StoredRows.RowError {
            throw .corrupt(path: path, detail: error.detail)
        } catch {
            throw .database(path: path, detail: "\(error)")
        }
    }
}
