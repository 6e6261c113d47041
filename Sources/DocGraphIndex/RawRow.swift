import DocGraph
import Foundation
import GRDB
import GRDBSQLite

/// The current row of a statement, its columns read straight from SQLite: what reading the
/// whole stored graph (millions of columns at 100,000 documents) does instead of going through
/// `Row`'s typed subscripts, which ask each column's type and wrap it first.
struct RawRow {
    let statement: SQLiteStatement

    init(_ statement: Statement) { self.statement = statement.sqliteStatement }

    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(statement, i) == SQLITE_NULL }
    func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(statement, i)) }
    func optionalInt(_ i: Int32) -> Int? { isNull(i) ? nil : int(i) }
    func bool(_ i: Int32) -> Bool { sqlite3_column_int64(statement, i) != 0 }

    /// A text column's UTF-8 bytes, valid until the statement steps; nil for NULL.
    func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8>? {
        // `sqlite3_column_text` first: it decides the encoding `sqlite3_column_bytes` counts in.
        // It gives no pointer for NULL, so the column's type is asked only then (an empty text
        // may give none too): one call fewer for each of millions of texts.
        guard let p = sqlite3_column_text(statement, i) else {
            return isNull(i) ? nil : UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, i)))
    }

    /// A text column; nil for NULL.
    func text(_ i: Int32) -> String? { bytes(i).map { String(decoding: $0, as: UTF8.self) } }

    /// A text column that must hold a value.
    func requiredBytes(_ i: Int32) throws -> UnsafeBufferPointer<UInt8> {
        guard let b = bytes(i) else { throw StoredRows.RowError(detail: "a missing text") }
        return b
    }

    func required(_ i: Int32) throws -> String { String(decoding: try requiredBytes(i), as: UTF8.self) }

    /// A document's id from the seven columns `StoredRows.id` reads, starting at `i`.
    func id(_ i: Int32, words: inout TextPool) throws -> DocumentID? {
        guard let text = self.text(i) else { return nil }
        let form: DocumentID.Form = try StoredRows.value(try required(i + 2))
        return DocumentID(storedForm: form, number: try required(i + 3), typeCode: words.text(try requiredBytes(i + 4)),
                          issuerCode: words.text(try requiredBytes(i + 5)), year: optionalInt(i + 6),
                          name: form == .named ? text : nil, key: try required(i + 1))
    }

    /// A document's record from `StoredRows.recordColumns`, starting at column `i`, as `StoredRows.record` reads it.
    func record(_ i: Int32, file: String, words: inout TextPool) throws -> DocumentRecord {
        let start = optionalInt(i + 19), end = optionalInt(i + 20)
        var record = DocumentRecord(
            id: try id(i, words: &words), typeCode: words.text(bytes(i + 7)), typeWord: words.text(bytes(i + 8)),
            issuer: words.text(bytes(i + 9)), date: date(i + 10), place: words.text(bytes(i + 11)),
            title: text(i + 12), term: words.text(bytes(i + 13)), locality: words.text(bytes(i + 14)), file: file,
            startLine: int(i + 16), endLine: int(i + 18), titleLines: start.flatMap { s in end.map { s..<$0 } })
        record.startPage = optionalInt(i + 15)
        record.endPage = optionalInt(i + 17)
        record.inForceFrom = date(i + 21)
        record.numberingPlace = words.text(bytes(i + 22))
        record.inForceUntil = date(i + 23)
        return record
    }

    /// A `YYYY-MM-DD` column: the ten bytes read directly, any other form as `StoredRows.date` reads it.
    func date(_ i: Int32) -> SimpleDate? {
        guard let b = bytes(i) else { return nil }
        if let read = StoredRows.isoDate(b) { return read }
        return StoredRows.date(String(decoding: b, as: UTF8.self))
    }
}

/// Texts made once for all the rows that hold the same bytes: an observation's text is its
/// edge's, issuers and type words repeat by the thousand, a file's path along its edges (at
/// 100,000 synthetic documents: 185,502 distinct texts among 738,166 edges and as many
/// observations). An open-addressed table of 64-bit hashes (this type's own, not hashed again
/// by `Hasher`), at most half full, 24 bytes a slot (the text in it): `check` looked up some four million texts
/// in a `Dictionary` reserved for 922,000 (2^21 buckets, a cache miss each, and SipHash
/// over every key). The text given last is tried first: a file's path repeats along its edges.
struct TextPool {
    private struct Slot {
        var hash: UInt64 = 0
        var text: String? = nil
    }
    private var slots: [Slot]
    private var shift: UInt64
    private var count = 0
    private var last: String? = nil

    /// Room for about `capacity` distinct texts from the start; the table doubles as it fills.
    init(capacity: Int = 0) {
        var size = 64, bits: UInt64 = 6
        while size < 2 * capacity { size <<= 1; bits += 1 }
        slots = [Slot](repeating: Slot(), count: size)
        shift = 64 - bits
    }

    mutating func text(_ b: UnsafeBufferPointer<UInt8>) -> String {
        // The text given last, asked before hashing: a column read in order repeats it (a
        // document's observations give its issuer and type word again and again).
        if let last, Self.same(last, b) { return last }
        let h = Self.hash(b)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (h &* 0x9e37_79b9_7f4a_7c15) >> shift)
        while let known = slots[i].text {
            if slots[i].hash == h, Self.same(known, b) {
                last = known
                return known
            }
            i = (i + 1) & mask
        }
        let made = String(decoding: b, as: UTF8.self)
        slots[i] = Slot(hash: h, text: made)
        count += 1
        last = made
        if 2 * count > slots.count { grow() }
        return made
    }

    mutating func text(_ b: UnsafeBufferPointer<UInt8>?) -> String? { b.map { text($0) } }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for slot in old where slot.text != nil {
            var i = Int(truncatingIfNeeded: (slot.hash &* 0x9e37_79b9_7f4a_7c15) >> shift)
            while slots[i].text != nil { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    /// Whether a pooled text holds exactly these bytes (its UTF-8 read in place; a small string,
    /// held inline, from a copy on the stack: `utf8.withContiguousStorageIfAvailable` gives none).
    static func same(_ known: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var known = known
        return known.withUTF8 { k in
            guard k.count == b.count else { return false }
            guard let x = k.baseAddress, let y = b.baseAddress else { return true }  // both empty
            return memcmp(x, y, b.count) == 0
        }
    }

    /// Eight bytes at a time, each word multiplied in (a citation's text is a hundred bytes or
    /// more): a hash to find candidates, not to trust, since the bytes are compared anyway.
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(b.count)
        guard let base = UnsafeRawPointer(b.baseAddress) else { return h }
        var k = 0
        while k + 8 <= b.count {
            h = (h ^ base.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
            h ^= h >> 29
            k += 8
        }
        while k < b.count {
            h = (h ^ UInt64(b[k])) &* 0x100_0000_01b3
            k += 1
        }
        return h
    }
}
