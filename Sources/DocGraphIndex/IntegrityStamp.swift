import Foundation
import GRDB

/// When an index was last known whole: its size, modification time and inode right after an
/// update of docgraph's own wrote it, kept in `meta` (`integrity_stamp`). An open that finds the
/// file as stamped (and no write-ahead log waiting to be replayed) skips `PRAGMA quick_check`,
/// which reads every page (about 1.3 s at 100,000 documents); any other write to the file — a
/// copy, a disk fault mended by a tool, bytes changed by hand — changes its time and brings the
/// check back.
///
/// Writing the stamp writes the file, so its time moves once more after the stamp is taken:
/// the update puts it back to the stamped time, and only when the stamp's write left the size as
/// it was and the log empty (nothing else can have written in between: the update holds the
/// write lock until then).
enum IntegrityStamp {
    static let key = "integrity_stamp"

    /// What the file is now: "size mtime_ns inode"; nil when it cannot be stat'ed.
    static func current(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_size) \(Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)) \(info.st_ino)"
    }

    /// True when the file is as its stamp says and no log holds pages for it.
    static func holds(_ path: String, stamp: String?) -> Bool {
        guard let stamp, stamp == current(path) else { return false }
        var wal = stat()
        return stat(path + "-wal", &wal) != 0 || wal.st_size == 0
    }

    /// Right after an update committed, within the same connection: everything into the main
    /// file, then the stamp of that file in `meta`. Returns the stamp, for `settle` once the
    /// connection is closed; nil when the log could not be emptied (readers on an old snapshot).
    static func record(_ db: Database, path: String) throws -> String? {
        guard try checkpointed(db), let stamp = current(path) else { return nil }
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, stamp])
        guard try checkpointed(db) else { return nil }
        return stamp
    }

    /// Puts the file's time back to the stamp's when the stamp's own write changed nothing else.
    static func settle(_ path: String, stamp: String) {
        let parts = stamp.split(separator: " ")
        guard parts.count == 3, let size = Int64(parts[0]), let ns = Int64(parts[1]) else { return }
        var info = stat()
        var wal = stat()
        guard stat(path, &info) == 0, Int64(info.st_size) == size, "\(info.st_ino)" == parts[2],
              stat(path + "-wal", &wal) != 0 || wal.st_size == 0 else { return }
        var times = [info.st_atim, timespec(tv_sec: Int(ns / 1_000_000_000), tv_nsec: Int(ns % 1_000_000_000))]
        _ = utimensat(AT_FDCWD, path, &times, 0)
    }

    /// Every page of the log copied into the main file and the log emptied.
    private static func checkpointed(_ db: Database) throws -> Bool {
        let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        return (row?[0] as Int?) == 0
    }
}
