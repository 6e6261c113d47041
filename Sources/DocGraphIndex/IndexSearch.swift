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
    /// Documents whose title, id or citations hold every phrase, best first (FTS5's bm25).
    public func search(_ query: SearchQuery) throws(IndexError) -> [SearchHit] {
        guard let match = query.match else { return [] }
        return try Self.guarded(path) {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT d.doc_id, d.type_code, d.title, d.issuer, d.date, d.locality, f.path, d.start_line
                    FROM document_search s JOIN documents d ON d.id = s.rowid JOIN files f ON f.id = d.file_id
                    WHERE document_search MATCH ? ORDER BY bm25(document_search), f.path, d.start_line LIMIT ?
                    """, arguments: [match, query.limit]).map { r in
                    SearchHit(id: r[0], typeCode: r[1], title: r[2], issuer: r[3], date: r[4], locality: r[5], file: r[6], line: r[7])
                }
            }
        }
    }
}
