@testable import DocGraph
import Testing

/// Forms red team round 36 found (Cao Bằng's review of its normative documents: lists of documents no longer in force;
/// folder `Tests/Evaluation/RedTeam36`), each beside a relative that must keep its reading.
@Suite("Red team 36: a list's reason cell, a reporting duty")
struct RedTeam36FormTests {
    private static let header = """
        ỦY BAN NHÂN DÂN
        TỈNH CAO BẰNG
        Số: 15/QĐ-UBND
        Cao Bằng, ngày 07 tháng 01 năm 2022

        QUYẾT ĐỊNH
        Công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ năm 2021

        Điều 1. Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ năm 2021.
        STT\tTên loại văn bản\tSố, ký hiệu; ngày, tháng, năm ban hành\tTên gọi của văn bản\tLý do hết hiệu lực\tNgày hết hiệu lực

        """

    /// `relation` of `id`'s citations as `(citing document, relation)`, top level and nested.
    private func readings(_ text: String, _ id: String) -> [String] {
        Fixtures.extract(text).citations.filter { $0.id.description == id }
            .map { "\($0.citingDocument?.description ?? "-") \($0.relation)\($0.isNested ? " nested" : "")" }
    }

    @Test("a reason cell's passive has the row's document for subject: the agent replaces or repeals it, not the list (c1)", arguments: [
        ("Bị thay thế bởi Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021", "replaces"),
        ("Bị bãi bỏ bởi Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021", "repeals"),
        ("Được thay thế bằng Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021", "replaces"),
    ])
    func reasonCellPassive(reason: String, relation: String) {
        let text = Self.header + "1\tNghị quyết\t41/2016/NQ-HĐND ngày 14/12/2016\tQuy định mức chi\t\(reason)\t01/01/2022\n"
        #expect(readings(text, "12/2021/NQ-HĐND") == ["15/QĐ-UBND references"])
        #expect(readings(text, "41/2016/NQ-HĐND") == ["15/QĐ-UBND references", "12/2021/NQ-HĐND \(relation) nested"])
    }

    @Test("a row naming a part has that part revised: the document is amended (reviewer, session 28)")
    func partialRow() {
        let text = Self.header + "1\tNghị quyết\t41/2016/NQ-HĐND ngày 14/12/2016\tKhoản 2 Điều 3\tBị bãi bỏ bởi Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021\t01/01/2022\n"
        #expect(readings(text, "41/2016/NQ-HĐND") == ["15/QĐ-UBND references", "12/2021/NQ-HĐND amends nested"])
    }

    @Test("the row's document is the number named for itself, not one its title carries out; an opener leaves a row whose reason names the revision (reviewer, session 28)")
    func subjectCellAndOpener() {
        let text = """
            TỈNH ỦY LẠNG SƠN
            Số 120-QĐ/TU
            Lạng Sơn, ngày 10 tháng 01 năm 2022

            QUYẾT ĐỊNH
            Công bố danh mục văn bản hết hiệu lực

            Điều 1. Công bố danh mục văn bản của Ban Thường vụ Tỉnh ủy hết hiệu lực như sau:

            | STT | Tên văn bản, trích yếu nội dung | Số, ký hiệu, ngày ban hành | Lý do hết hiệu lực |
            |---|---|---|---|
            | 1 | Quy định thực hiện Quy định số 105-QĐ/TW của Bộ Chính trị | Quy định số 05-QĐ/TU ngày 10/3/2018 | Bị thay thế bởi Quy định số 15-QĐ/TU ngày 20/10/2021 |

            """
        #expect(readings(text, "05-QĐ/TU") == ["120-QĐ/TU references", "15-QĐ/TU replaces nested"])
        #expect(readings(text, "105-QĐ/TW") == ["120-QĐ/TU implements"])
    }

    @Test("a row whose reason says its document is out of force, naming nothing that ended it, has the list end it (c2)", arguments: [
        ("Hết thời hạn có hiệu lực đã được quy định trong văn bản", "15/QĐ-UBND repeals"),
        ("Hết hiệu lực toàn bộ", "15/QĐ-UBND repeals"),
        ("Hết hiệu lực một phần", "15/QĐ-UBND references"),
    ])
    func expiryRow(reason: String, reading: String) {
        let text = Self.header + "1\tQuyết định\t25/2020/QĐ-UBND ngày 12/8/2020\tBan hành Quy định mức hỗ trợ\t\(reason)\t31/12/2023\n"
        #expect(readings(text, "25/2020/QĐ-UBND") == [reading])
    }

    @Test("in prose the passive reads as before; a cell without a passive is the list's own word")
    func passiveRelatives() {
        let prose = Self.header + "Nghị quyết số 41/2016/NQ-HĐND ngày 14/12/2016 bị thay thế bởi Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021.\n"
        #expect(readings(prose, "41/2016/NQ-HĐND").contains("12/2021/NQ-HĐND replaces nested"))
        let active = Self.header + "1\tNghị quyết\t41/2016/NQ-HĐND ngày 14/12/2016\tQuy định mức chi\tThay thế Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021\t01/01/2022\n"
        #expect(readings(active, "12/2021/NQ-HĐND") == ["15/QĐ-UBND replaces"])
    }

    @Test("`Báo cáo` before a state body's name is a duty to report to it, no announced report (c3)", arguments: [
        ("Báo cáo Ủy ban nhân dân tỉnh (qua Sở Tư pháp) trước ngày 31/12/2025.", false),
        ("Báo cáo UBND huyện kết quả thực hiện trước ngày 15/12/2025.", false),
        ("Báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/12/2025.", false),
        ("Báo cáo tổng kết công tác pháp chế năm 2025.", true),
        // Reviewer, session 28: the Government's and a chairman's names; after a verb that makes it, the report is a document.
        ("Báo cáo Thủ tướng Chính phủ kết quả thực hiện.", false),
        ("Báo cáo Chủ tịch UBND tỉnh kết quả thực hiện.", false),
        ("xây dựng Báo cáo Hội đồng nhân dân tỉnh về công tác cán bộ năm 2026.", true),
    ])
    func reportToABody(task: String, announced: Bool) {
        #expect((AnnouncedDocuments.find(task) != nil) == announced)
    }

    @Test("a portal's name after a dash ends no header: the document's own header under it keeps its date (relative found in round 16's second wave)")
    func portalNameAfterDash() {
        #expect(DocumentIdentity.endsWithPortalName("so nong nghiep va moi truong nghe an - trang thong tin dien tu"))
        #expect(DocumentIdentity.endsWithPortalName("ubnd huyen ky son | cong thong tin dien tu"))
        #expect(!DocumentIdentity.endsWithPortalName("ban bien tap cong thong tin dien tu"))
    }
}
