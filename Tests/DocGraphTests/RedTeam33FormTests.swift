@testable import DocGraph
import Testing

/// Forms red team round 33 found (the ethnic-minority programme in Sơn La, a province that was not merged; folder
/// `Tests/Evaluation/RedTeam33`), each beside a relative that must keep its reading.
@Suite("Red team 33: a description cannot rest on a later document")
struct RedTeam33FormTests {
    private static let decision = ("qd14.txt", Fixtures.document("14/2025/QĐ-UBND", "10/10/2025", "Quyết định", issuer: "Ủy ban nhân dân tỉnh Sơn La",
        body: "Điều 1. Ban hành Quy định mức hỗ trợ phát triển sản xuất."))
    private static let plan = ("kh15.txt", Fixtures.document("15/KH-SDTTG", "20/01/2026", "Kế hoạch", issuer: "Sở Dân tộc và Tôn giáo tỉnh Sơn La",
        body: "Căn cứ Quyết định số 14/2025/QĐ-UBND ngày 10/10/2025 của Ủy ban nhân dân tỉnh."))

    private static func report(_ sentence: String) -> (String, String) {
        ("bc230.txt", Fixtures.document("230/BC-SDTTG", "15/09/2026", "Báo cáo", issuer: "Sở Dân tộc và Tôn giáo tỉnh Sơn La", body: sentence))
    }

    @Test("`X theo Y` where Y is later than X: the writer rests on Y; no cycle, no temporal error against X (c1)", arguments: [
        "4. Sở đang lấy ý kiến dự thảo Quyết định \"sửa đổi, bổ sung một số điều của Quyết định số 14/2025/QĐ-UBND\" theo Kế hoạch số 15/KH-SDTTG ngày 20/01/2026.",
        "4. Sở đang triển khai Quyết định số 14/2025/QĐ-UBND theo Kế hoạch số 15/KH-SDTTG ngày 20/01/2026.",
    ])
    func laterDocumentInADescription(sentence: String) throws {
        let g = Fixtures.graph([Self.decision, Self.plan, Self.report(sentence)])
        #expect(Fixtures.findings(g, .cycle, all: true).isEmpty)
        #expect(Fixtures.findings(g, .temporal, all: true).isEmpty)
        // The plan is cited by the report itself.
        #expect(g.edges.contains { g.nodes[Int($0.from)].id?.description == "230/BC-SDTTG" && g.nodes[Int($0.to)].id?.description == "15/KH-SDTTG" })
    }

    @Test("a description naming an earlier document keeps it the described document's")
    func earlierDocumentInADescription() throws {
        let older = ("kh05.txt", Fixtures.document("05/KH-SDTTG", "20/01/2025", "Kế hoạch", issuer: "Sở Dân tộc và Tôn giáo tỉnh Sơn La", body: "Nội dung."))
        let later = ("qd20.txt", Fixtures.document("20/2025/QĐ-UBND", "10/10/2025", "Quyết định", issuer: "Ủy ban nhân dân tỉnh Sơn La",
            body: "Căn cứ Kế hoạch số 05/KH-SDTTG ngày 20/01/2025."))
        let g = Fixtures.graph([older, later, Self.report("4. Sở đang triển khai Quyết định số 20/2025/QĐ-UBND theo Kế hoạch số 05/KH-SDTTG ngày 20/01/2025.")])
        #expect(g.edges.contains { $0.isNested && g.nodes[Int($0.from)].id?.description == "20/2025/QĐ-UBND" && g.nodes[Int($0.to)].id?.description == "05/KH-SDTTG" })
    }
}
