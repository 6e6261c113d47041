import Testing
@testable import DocGraph

/// A local committee's number cited with its term (`05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XV`; red team, round
/// 19): where the province numbered a 05-NQ/TU in several terms, the one whose header states that term is meant, and the
/// citation is no ambiguity.
@Suite("Local numbers cited with their term")
struct LocalTermCitationTests {
    private static func resolution(term: String, date: String) -> String {
        let d = date.split(separator: "/")
        return """
            ĐẢNG BỘ TỈNH QUẢNG NINH                  ĐẢNG CỘNG SẢN VIỆT NAM
            TỈNH ỦY
            *                                        Quảng Ninh, ngày \(d[0]) tháng \(d[1]) năm \(d[2])
            Số 05-NQ/TU

                               NGHỊ QUYẾT
                  CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA \(term))
                     về phát triển kinh tế xanh

            Nội dung.
            """
    }

    private static func guidance(_ citation: String) -> String {
        """
        ĐẢNG BỘ TỈNH QUẢNG NINH
        BAN TUYÊN GIÁO TỈNH ỦY
        *
        Số 30-HD/BTGTU
        \t\t\tĐẢNG CỘNG SẢN VIỆT NAM
        \t\t\tQuảng Ninh, ngày 20 tháng 3 năm 2026

        HƯỚNG DẪN
        tuyên truyền
        Thực hiện \(citation), Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:
        """
    }

    private static let corpus = [("a.txt", resolution(term: "XIV", date: "22/7/2016")), ("b.txt", resolution(term: "XV", date: "15/4/2021")),
                                 ("c.txt", resolution(term: "XVI", date: "30/12/2025"))]

    @Test("the stated term picks the document", arguments: [
        ("Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XV về chuyển đổi xanh", "2021-04-15"),
        ("Nghị quyết số 05-NQ/TU của Tỉnh ủy khóa XIV", "2016-07-22"),
        ("Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh (khóa XVI)", "2025-12-30"),
    ])
    func termPicks(_ citation: String, _ date: String) throws {
        let g = Fixtures.graph(Self.corpus + [("d.txt", Self.guidance(citation))])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).isEmpty)
        let edge = try #require(g.edges.first { g.nodes[Int($0.from)].id?.description == "30-HD/BTGTU" })
        #expect(g.nodes[Int(edge.to)].date?.description == date)
    }

    @Test("without a term, or with one no header states, the citation stays ambiguous", arguments: [
        "Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh",
        "Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XII",
    ])
    func stillAmbiguous(_ citation: String) {
        let g = Fixtures.graph(Self.corpus + [("d.txt", Self.guidance(citation))])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).count == 1)
    }
}
