import DocGraph
import Foundation
import GRDB

/// How far an update has come, for a progress line: files read of those to read. The same type
/// as the progress of reading a corpus, so one progress line serves both.
public typealias IndexProgress = ReadingProgress

/// What an update did.
public struct IndexReport: Sendable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Files whose size or time changed but whose bytes did not (`touch`, a copy): not read again.
    public var touched = 0
    public var documents = 0
    public var citations = 0
    /// What the walk skipped, and what went wrong in the files read this time.
    public var diagnostics: [Diagnostic] = []
    /// True when at least one file of the corpus is in the index as text.
    public var readAnything = false
    /// How the stored graph was brought up to date: nil when nothing changed.
    public var graph: GraphUpdate?
}

/// How an update brought the stored graph up to date (`GraphPatch`).
public enum GraphUpdate: Sendable, Equatable {
    /// Only the identity keys the changed files touched were built again: how many keys (closed
    /// over nested citations) and citations that took.
    case part(keys: Int, citations: Int)
    /// The whole graph was built again: the index had none, or the part was too large.
    case whole
}

/// Brings an index up to date with a corpus, reading only new and changed files.
///
/// A file is known by its path, size, modification time and a hash of its bytes: same path, size
/// and time → unchanged, not opened; otherwise its bytes are hashed, and only a new hash is
/// extracted again. Files no longer under the roots leave with every row extracted from them.
/// The whole update is one transaction in WAL mode, so a run killed half-way leaves the previous
/// index as it was, and readers see the previous index until the update commits.
public struct IndexUpdate: Sendable {
    /// The corpus folders and files, as the user gave them; paths in the index are kept as given.
    public var roots: [String]
    /// Build a new index from scratch, replacing whatever the file held (even a foreign file).
    public var rebuild = false
    /// Seconds to wait for another update holding the index before giving up with `.busy`.
    public var wait: Double = 60
    /// Stored in `meta` as `docgraph_version`.
    public var producer = "docgraph"
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Build the whole stored graph again at every change instead of the part a change reaches
    /// (for comparing the two).
    public var wholeGraph = false
    /// Citations a part may hold before the whole graph is built instead (at least a quarter of
    /// the corpus's).
    public var partLimit = 20_000

    public init(roots: [String]) { self.roots = roots }

    public func run(index path: String, progress: (IndexProgress) -> Void = { _ in }) throws(IndexError) -> IndexReport {
        for root in roots where !FileManager.default.fileExists(atPath: root) { throw .missingCorpus(path: root) }
        if rebuild { return try rebuildIndex(path, progress: progress) }
        switch try CorpusIndex.inspect(path) {
        case .absent, .empty: break
        case .index:
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(wait)
            let reader = try CorpusIndex.guarded(path, waited: wait) { try DatabaseQueue(path: path, configuration: config) }
            try CorpusIndex.check(reader, path)
            try? reader.close()
        }
        return try update(path, progress: progress)
    }

    /// Builds beside the file and renames over it only once complete, so a rebuild killed
    /// half-way leaves the old file (even a foreign one) where it was.
    private func rebuildIndex(_ path: String, progress: (IndexProgress) -> Void) throws(IndexError) -> IndexReport {
        let temporary = path + ".rebuild-\(getpid())"
        for suffix in ["", "-wal", "-shm"] { unlink(temporary + suffix) }
        let report = try update(temporary, progress: progress, finalPath: path)
        // The new file carries no WAL (checkpointed and switched to DELETE mode before closing):
        // an old `-wal` beside the old file must not be replayed into the new one.
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        guard rename(temporary, path) == 0 else {
            throw .database(path: path, detail: "cannot replace the index (\(String(cString: strerror(errno)))); the new one is at \(temporary)")
        }
        return report
    }

    private func update(_ path: String, progress: (IndexProgress) -> Void, finalPath: String? = nil) throws(IndexError) -> IndexReport {
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(wait)
        let queue = try CorpusIndex.guarded(path, waited: wait) { try DatabaseQueue(path: path, configuration: config) }
        var report = IndexReport()
        try CorpusIndex.guarded(finalPath ?? path, waited: wait) {
            try queue.inTransaction(.immediate) { db in
                if try !db.tableExists("meta") { try IndexSchema.create(db) }
                report = try apply(db, progress: progress)
                return .commit
            }
            if finalPath != nil {
                try queue.writeWithoutTransaction { db in
                    try db.checkpoint(.truncate)
                    try db.execute(sql: "PRAGMA journal_mode = DELETE")
                }
            }
            // The file as this update left it, so that the next open need not read every page
            // (`IntegrityStamp`); a reader on an old snapshot may keep the log from emptying:
            // then no stamp, and the next open checks.
            let stamp = try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = 500")
                return try IntegrityStamp.record(db, path: path)
            }
            try queue.close()
            if let stamp { IntegrityStamp.settle(path, stamp: stamp) }
        }
        return report
    }

    private struct Known { var id: Int64; var size: Int64; var mtime: Int64; var hash: String }

    private func apply(_ db: Database, progress: (IndexProgress) -> Void) throws -> IndexReport {
        var report = IndexReport()
        var known: [String: Known] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime_ns, hash FROM files")
        while let r = try cursor.next() { known[r[1]] = Known(id: r[0], size: r[2], mtime: r[3], hash: r[4]) }

        // The walk's own `stat` of each file gives its size and time: not asked again.
        let (walked, walkDiagnostics) = CorpusWalker().stampedFiles(under: roots)
        report.diagnostics = walkDiagnostics
        let present = Set(walked.map(\.file.path))
        var patch = GraphPatch()
        for (path, k) in known where !present.contains(path) {
            try patch.removing(fileID: k.id, path: path, db)
            try StoredRows.delete(fileID: k.id, db)
            report.removed += 1
        }

        // Same size and time: unchanged, and not even opened.
        var toRead: [(path: String, size: Int64, mtime: Int64)] = []
        for (file, stamp) in walked {
            let (size, mtime) = (stamp.size, stamp.modified)
            if let k = known[file.path], k.size == size, k.mtime == mtime, size >= 0 { report.unchanged += 1; continue }
            toRead.append((file.path, size, mtime))
        }

        let start = Date()
        let batchSize = max(64, threads * 32)
        var done = 0
        progress(IndexProgress(read: 0, total: toRead.count, elapsed: 0))
        for batchStart in stride(from: 0, to: toRead.count, by: batchSize) {
            let batch = toRead[batchStart..<min(batchStart + batchSize, toRead.count)]
            var extract: [(path: String, size: Int64, mtime: Int64, hash: String)] = []
            for item in batch {
                let hash = (try? SourceFile.contents(of: item.path)).map(ContentHash.of) ?? ""
                if let k = known[item.path], !hash.isEmpty, k.hash == hash {
                    try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?").execute(arguments: [item.size, item.mtime, k.id])
                    report.touched += 1
                    continue
                }
                extract.append((item.path, item.size, item.mtime, hash))
            }
            let extracted = CorpusExtraction.extract(files: extract.map { CorpusFile(knownPath: $0.path) }, threads: threads).files
            for (item, file) in zip(extract, extracted) {
                if let k = known[item.path] {
                    try patch.removing(fileID: k.id, path: item.path, db)
                    try StoredRows.delete(fileID: k.id, db)
                    report.changed += 1
                } else {
                    report.added += 1
                }
                try db.cachedStatement(sql: "INSERT INTO files (path, size, mtime_ns, hash, was_read) VALUES (?,?,?,?,?)")
                    .execute(arguments: [item.path, item.size, item.mtime, item.hash, file.wasRead])
                let fileID = db.lastInsertedRowID
                try StoredRows.insert(file, fileID: fileID, db)
                try patch.added(fileID: fileID, path: item.path, db)
                report.documents += file.documents.count
                report.citations += file.citations.count
                report.diagnostics += file.diagnostics
            }
            done += batch.count
            progress(IndexProgress(read: done, total: toRead.count, elapsed: Date().timeIntervalSince(start)))
        }

        // A change builds again the part of the graph the changed files' identity keys reach
        // (`GraphPatch`); the whole graph only when there is none yet or the part is large
        // (a key cited across most of the corpus), where the whole build costs little more.
        let hasGraph = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM graph_shape)") ?? false
        if !hasGraph {
            try StoredGraph.write(db)
            report.graph = .whole
        } else if report.added + report.changed + report.removed > 0 {
            let citations = try Int.fetchOne(db, sql: "SELECT count(*) FROM citations") ?? 0
            if !wholeGraph, let outcome = try patch.apply(db, limit: max(partLimit, citations / 4)) {
                report.graph = .part(keys: outcome.keys, citations: outcome.citations)
            } else {
                try StoredGraph.write(db)
                report.graph = .whole
            }
        }
        report.readAnything = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM files WHERE was_read)") ?? false
        let meta: [(String, String)] = [
            ("application", "docgraph"),
            ("schema_version", String(IndexSchema.version)),
            ("docgraph_version", producer),
            ("corpus_roots", Self.json(roots)),
            ("updated", ISO8601DateFormatter().string(from: Date())),
        ]
        for (key, value) in meta {
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        }
        return report
    }

    static func json(_ strings: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: strings, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
