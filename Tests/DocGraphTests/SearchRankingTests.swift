import CorpusSynthesis
import DocGraph
@testable import DocGraphIndex
import Foundation
import GRDB
import Testing

/// `search` joins only the matches that can be among the first `limit` (`SearchRanking`); the
/// hits must be those of the one query that joined and ordered every match, which is kept here
/// as the reference.
struct SearchRankingTests {
    static let reference = """
        SELECT d.doc_id, d.type_code, d.title, d.issuer, d.date, d.locality, f.path, d.start_line
        FROM document_search s JOIN documents d ON d.id = s.rowid JOIN files f ON f.id = d.file_id
        WHERE document_search MATCH ? ORDER BY bm25(document_search), f.path, d.start_line LIMIT ?
        """

    @Test("the same hits as joining and ordering every match, at every limit, ties at the cut included")
    func sameHitsAsTheWholeQuery() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("synthetic").path
        _ = try SyntheticCorpus(count: 120, seed: 15).write(to: root)
        // Copies tie: the same words, the same score, told apart only by path.
        for name in try FileManager.default.subpathsOfDirectory(atPath: root).filter({ $0.hasSuffix(".txt") }).sorted().prefix(6) {
            let text = try String(contentsOfFile: "\(root)/\(name)", encoding: .utf8)
            try text.write(toFile: "\(root)/\(name).copy.txt", atomically: false, encoding: .utf8)
        }
        let index = folder.appendingPathComponent("search.sqlite").path
        _ = try IndexUpdate(roots: [root]).run(index: index)
        let opened = try CorpusIndex.open(index)
        let queue = try DatabaseQueue(path: index)
        var compared = 0, tiedAtCut = 0
        for words in [["chuyen doi so"], ["nghi quyet"], ["ke hoach", "to chuc"], ["bo chinh tri"], ["khongcotu"]] {
            for limit in [-1, 0, 1, 2, 3, 5, 7, 10, 50, 1000] {
                var query = SearchQuery(phrases: words)
                query.limit = limit
                let match = try #require(query.match)
                let expected = try queue.read { db in
                    try Row.fetchAll(db, sql: Self.reference, arguments: [match, limit]).map { r in
                        SearchHit(id: r[0], typeCode: r[1], title: r[2], issuer: r[3], date: r[4], locality: r[5], file: r[6], line: r[7])
                    }
                }
                #expect(try opened.search(query) == expected, "\(words) limit \(limit)")
                compared += 1
                if limit > 0 {
                    let scores = try queue.read { db in
                        try Double.fetchAll(db, sql: "SELECT bm25(document_search) FROM document_search WHERE document_search MATCH ? ORDER BY 1", arguments: [match])
                    }
                    if scores.count > limit, scores[limit - 1] == scores[limit] { tiedAtCut += 1 }
                }
            }
        }
        #expect(compared == 50)
        #expect(tiedAtCut > 0)  // a cut through equal scores, where path and line decide
    }

    @Test func candidatesKeepTiesAtTheCut() {
        let scored: [(row: Int64, score: Double)] = [(1, -3), (2, -1), (3, -2), (4, -2), (5, -5), (6, -2)]
        #expect(Set(SearchRanking.candidates(scored, limit: 2).keys) == [5, 1])
        #expect(Set(SearchRanking.candidates(scored, limit: 3).keys) == [5, 1, 3, 4, 6])
        #expect(SearchRanking.candidates(scored, limit: 10).count == 6)
        #expect(SearchRanking.candidates(scored, limit: 0).isEmpty)
    }
}
