import Foundation
import Testing
@testable import DocGraph
@testable import DocGraphRendering

/// Issue #11 item 5: a fulfilment has the announced type, the planner's issuer or its named lead
/// unit, a date after the plan, and a subject that matches; when unsure the finding says
/// "pending" and shows the candidate. Each condition is shown where it holds and where it fails.
@Suite("Fulfilment of planned documents")
struct FulfilmentTests {
    typealias F = Fixtures

    /// A provincial programme of 01/03/2026 that announces a report of its own by Q3 2026.
    static let plan = F.document("01-CTr/BTCTU", "01/03/2026", "Chương trình", issuer: "Ban Tổ chức Tỉnh ủy Thái Nguyên", body: """
        TT\tNhiệm vụ\tThời hạn hoàn thành\tCơ quan chủ trì
        1.\tXây dựng Báo cáo công tác tổ chức xây dựng Đảng quý III năm 2026\tQuý III/2026\tBan Tổ chức Tỉnh ủy Thái Nguyên
        """)

    static func report(_ id: String, _ date: String, issuer: String, type: String = "Báo cáo", subject: String = "về công tác tổ chức xây dựng Đảng quý III năm 2026") -> String {
        F.document(id, date, type, subject: subject, issuer: issuer, body: "Kết quả thực hiện trong quý.")
    }

    static func overdue(_ files: [(String, String)]) -> [Finding] {
        F.findings(F.graph([("plan.txt", plan)] + files), .overduePlan)
    }

    @Test("the announced type, the planner's issuer, a later date and the subject: fulfilled")
    func fulfilled() throws {
        let g = F.graph([("plan.txt", Self.plan), ("bc.txt", Self.report("05-BC/BTCTU", "05/10/2026", issuer: "Ban Tổ chức Tỉnh ủy Thái Nguyên"))])
        #expect(F.findings(g, .overduePlan).isEmpty)
        let notes = F.findings(g, .overduePlan, all: true)
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("fulfilled by 05-BC/BTCTU") == true)
        #expect(g.announcedStates(asOf: F.asOf).compactMap { $0 }.first.map { if case .fulfilled = $0.outcome { true } else { false } } == true)
    }

    @Test("no document at all: overdue")
    func nothing() {
        let found = Self.overdue([])
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("is overdue") == true)
    }

    @Test("type: a Kế hoạch on the same subject does not fulfil a Báo cáo")
    func wrongType() {
        let found = Self.overdue([("kh.txt", Self.report("05-KH/BTCTU", "05/10/2026", issuer: "Ban Tổ chức Tỉnh ủy Thái Nguyên", type: "Kế hoạch"))])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("is overdue") == true)
    }

    @Test("issuer: a central report does not fulfil a province's own report")
    func otherIssuer() {
        let found = Self.overdue([("bc.txt", Self.report("05-BC/BTCTW", "05/10/2026", issuer: "Ban Tổ chức Trung ương"))])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("is overdue") == true)
    }

    @Test("issuer: the task's named lead unit fulfils it when the planner is another body")
    func leadUnit() {
        let plan = F.document("02-CTr/TU", "01/03/2026", "Chương trình", issuer: "Tỉnh ủy Thái Nguyên", body: """
            TT\tNhiệm vụ\tThời hạn hoàn thành\tCơ quan chủ trì
            1.\tXây dựng Báo cáo công tác tổ chức xây dựng Đảng quý III năm 2026\tQuý III/2026\tBan Tổ chức Tỉnh ủy Thái Nguyên
            """)
        let byLead = F.graph([("plan.txt", plan), ("bc.txt", Self.report("05-BC/BTCTU", "05/10/2026", issuer: "Ban Tổ chức Tỉnh ủy Thái Nguyên"))])
        #expect(F.findings(byLead, .overduePlan).isEmpty)
        let byOther = F.graph([("plan.txt", plan), ("bc.txt", Self.report("05-BC/BTGTU", "05/10/2026", issuer: "Ban Tuyên giáo Tỉnh ủy Lào Cai"))])
        #expect(F.findings(byOther, .overduePlan).count == 1)
    }

    @Test("date: a report dated before the plan does not fulfil it")
    func earlier() {
        let found = Self.overdue([("bc.txt", Self.report("05-BC/BTCTU", "05/01/2026", issuer: "Ban Tổ chức Tỉnh ủy Thái Nguyên"))])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("is overdue") == true)
    }

    @Test("subject: a report on another subject does not fulfil it")
    func otherSubject() {
        let found = Self.overdue([("bc.txt", Self.report("05-BC/BTCTU", "05/10/2026", issuer: "Ban Tổ chức Tỉnh ủy Thái Nguyên",
                                                          subject: "về công tác tuyên truyền biển đảo"))])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("is overdue") == true)
    }

    @Test("unsure: a candidate dated the same day is shown as pending, and the overdue finding stays")
    func sameDay() {
        let found = Self.overdue([("bc.txt", Self.report("05-BC/BTCTU", "01/03/2026", issuer: "Ban Tổ chức Tỉnh ủy Thái Nguyên"))])
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning, "an overdue plan is never hidden by an unconfirmed candidate")
        #expect(found.first?.message.contains("pending") == true)
        #expect(found.first?.message.contains("05-BC/BTCTU") == true)
        #expect(found.first?.message.contains("same day") == true)
    }

    @Test("planned revision: an amendment dated before the plan does not fulfil it; a later one does")
    func plannedRevision() {
        let plan = F.document("10-CTr/TW", "01/01/2026", "Chương trình", body: """
            TT\tNhiệm vụ\tThời hạn hoàn thành\tCơ quan chủ trì
            1.\tSửa đổi, bổ sung Quy định số 7-QĐ/TW, ngày 01/01/2024 của Ban Bí thư\tTháng 4/2026\tVụ Tổ chức - Điều lệ
            """)
        let before = F.graph([("plan.txt", plan),
                              ("qd.txt", F.document("11-QĐ/TW", "20/04/2025", "Quy định", body: "Sửa đổi, bổ sung Quy định số 7-QĐ/TW, ngày 01/01/2024 của Ban Bí thư."))])
        #expect(F.findings(before, .overduePlan).first?.message.contains("is overdue") == true)
        let after = F.graph([("plan.txt", plan),
                             ("qd.txt", F.document("11-QĐ/TW", "20/04/2026", "Quy định", body: "Sửa đổi, bổ sung Quy định số 7-QĐ/TW, ngày 01/01/2024 của Ban Bí thư."))])
        #expect(F.findings(after, .overduePlan).isEmpty)
    }

    @Test("one truth: the diagram draws OVERDUE exactly on the edges check reports")
    func diagramAgreesWithCheck() throws {
        let plan = F.document("10-CTr/TW", "01/01/2026", "Chương trình", body: """
            TT\tNhiệm vụ\tThời hạn hoàn thành\tCơ quan chủ trì
            1.\tXây dựng Hướng dẫn trên cơ sở Quy định số 8-QĐ/TW, ngày 01/01/2024 của Ban Bí thư\tTháng 5/2023\tVụ Tổ chức - Điều lệ
            2.\tSửa đổi, bổ sung Quy định số 7-QĐ/TW, ngày 01/01/2024 của Ban Bí thư\tTháng 4/2026\tVụ Tổ chức - Điều lệ
            """)
        let g = F.graph([("plan.txt", plan)])
        let reported = F.findings(g, .overduePlan).filter { $0.message.hasPrefix("planned") }
        // Each edge drawn alone, so that a merged arrow cannot hide which citation is overdue.
        let drawn = g.edges.indices.filter { i in
            DOTWriter.edgeLine(g, DrawnEdge(from: g.edges[i].from, to: g.edges[i].to, members: [EdgeIndex(i)]), asOf: F.asOf, .en).contains("OVERDUE")
        }
        #expect(reported.count == 1)
        #expect(drawn.count == reported.count)
        #expect(drawn.allSatisfy { g.isTrackedPlan(EdgeIndex($0)) })
    }
}
