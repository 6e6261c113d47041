import DocGraph
import Foundation
import GRDB

/// A document found by `search`.
public struct SearchHit: Sendable, Codable, Equatable {
    public var id: String?
    public var typeCode: String?
    public var title: String?
    public var issuer: String?
    public var date: String?
    public var locality: String?
    public var file: String
    public var line: Int
}

/// What to look for: words of titles and citations, and optional filters.
public struct SearchQuery: Sendable {
    /// Each argument is a phrase; all must occur. Letters with or without diacritics match
    /// alike (`chuyen doi so`, `chuyển đổi số`).
    public var phrases: [String]
    /// A type code (`NQ`, `KH`, `QD` for `QĐ`).
    public var type: String?
    /// Words of the issuer's name or its code (`TW`, `Tỉnh ủy Nghệ An`).
    public var issuer: String?
    public var year: Int?
    public var limit = 50

    public init(phrases: [String], type: String? = nil, issuer: String? = nil, year: Int? = nil) {
        self.phrases = phrases
        self.type = type
        self.issuer = issuer
        self.year = year
    }

    /// The FTS5 expression over the folded columns; nil when nothing was asked.
    var match: String? {
        var parts: [String] = []
        for phrase in phrases {
            let tokens = Self.tokens(phrase)
            if !tokens.isEmpty { parts.append("words : \"\(tokens.joined(separator: " "))\"") }
        }
        if let type, !Self.tokens(type).isEmpty { parts.append("type : \"\(Self.tokens(type).joined(separator: " "))\"") }
        if let issuer, !Self.tokens(issuer).isEmpty { parts.append("issuer : \"\(Self.tokens(issuer).joined(separator: " "))\"") }
        if let year { parts.append("year : \"\(year)\"") }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// Folded words: only letters and digits, so that no user text is read as FTS5 syntax.
    static func tokens(_ text: String) -> [String] {
        text.folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}

extension CorpusIndex {
    /// Documents whose title, id or citations hold every phrase, best first (FTS5's bm25, then
    /// path and line).
    ///
    /// Only the matches that can be among the first `limit` are joined to their documents and
    /// files: those scored at most the `limit`-th best score (ties at the cut kept, so that path
    /// and line order them as before). Joining every match first cost two lookups for each of
    /// 39,592 matches of `chuyen doi so` at 100,000 documents (README, "The index", Figures).
    public func search(_ query: SearchQuery) throws(IndexError) -> [SearchHit] {
        // As SQLite's `LIMIT`: a negative limit is none.
        let limit = query.limit < 0 ? Int.max : query.limit
        guard let match = query.match, limit > 0 else { return [] }
        return try Self.guarded(path) {
            try queue.read { db in
                var scored: [(row: Int64, score: Double)] = []
                let cursor = try Row.fetchCursor(db, sql: "SELECT rowid, bm25(document_search) FROM document_search WHERE document_search MATCH ?",
                                                 arguments: [match])
                while let r = try cursor.next() { scored.append((r[0], r[1])) }
                let candidates = SearchRanking.candidates(scored, limit: limit)
                guard !candidates.isEmpty else { return [] }
                var hits: [(score: Double, path: [UInt8], line: Int, hit: SearchHit)] = []
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT d.id, d.doc_id, d.type_code, d.title, d.issuer, d.date, d.locality, f.path, d.start_line
                    FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id IN (SELECT value FROM json_each(?))
                    """, arguments: ["[" + candidates.keys.map(String.init).joined(separator: ",") + "]"])
                while let r = try rows.next() {
                    let id: Int64 = r[0], path: String = r[7], line: Int = r[8]
                    guard let score = candidates[id] else { continue }
                    hits.append((score, Array(path.utf8), line,
                                 SearchHit(id: r[1], typeCode: r[2], title: r[3], issuer: r[4], date: r[5], locality: r[6], file: path, line: line)))
                }
                // SQLite's order: the score, then the path's bytes (BINARY), then the line.
                hits.sort { a, b in
                    if a.score != b.score { return a.score < b.score }
                    if a.path != b.path { return a.path.lexicographicallyPrecedes(b.path) }
                    return a.line < b.line
                }
                return hits.prefix(limit).map(\.hit)
            }
        }
    }
}

/// Which matches can be among the best `limit`: the scores of FTS5's bm25 (lower is better).
enum SearchRanking {
    /// The rows scored at most the `limit`-th best score, with their scores: at least `limit`
    /// rows (all when fewer match), more only when several tie at the cut.
    static func candidates(_ scored: [(row: Int64, score: Double)], limit: Int) -> [Int64: Double] {
        guard limit > 0, !scored.isEmpty else { return [:] }
        var cut = Double.infinity
        if scored.count > limit {
            // The limit-th smallest score, by a heap of the best `limit` seen (limit is small).
            var best = Heap(capacity: limit)
            for s in scored { best.offer(s.score) }
            cut = best.largest
        }
        var kept: [Int64: Double] = [:]
        for s in scored where s.score <= cut { kept[s.row] = s.score }
        return kept
    }

    /// The `capacity` smallest values offered, the largest of them on top.
    private struct Heap {
        var values: [Double] = []
        let capacity: Int
        init(capacity: Int) { self.capacity = capacity; values.reserveCapacity(capacity) }
        var largest: Double { values[0] }

        mutating func offer(_ v: Double) {
            if values.count < capacity {
                values.append(v)
                var i = values.count - 1
                while i > 0, values[(i - 1) / 2] < values[i] { values.swapAt(i, (i - 1) / 2); i = (i - 1) / 2 }
            } else if v < values[0] {
                values[0] = v
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var top = i
                    if l < values.count, values[l] > values[top] { top = l }
                    if r < values.count, values[r] > values[top] { top = r }
                    if top == i { break }
                    values.swapAt(i, top)
                    i = top
                }
            }
        }
    }
}
