@testable import DocGraph
import Testing

/// A document dated the same day as the plan it carries out (red team 44 c3: a Ban Tuyên giáo's guidance issued with the
/// Huyện ủy's programme, `… thực hiện Chương trình hành động số 21-CTr/HU …`, stayed a candidate and its row was overdue
/// twice: once as the announced Hướng dẫn, once as the planned guidance of the resolution).
@Suite("Same-day fulfilment")
struct SameDayFulfilmentTests {
    static let programme = ("ctr21.txt", """
        ĐẢNG BỘ TỈNH NGHỆ AN
        HUYỆN ỦY QUỲNH LƯU
        Số 21-CTr/HU
        Quỳnh Lưu, ngày 10 tháng 3 năm 2025

        CHƯƠNG TRÌNH HÀNH ĐỘNG
        thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị

        | TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |
        |---|---|---|---|
        | 1 | Ban hành hướng dẫn tuyên truyền Nghị quyết số 57-NQ/TW | Ban Tuyên giáo Huyện ủy | Tháng 3/2025 |
        """)

    static func guidance(citing: String) -> (String, String) {
        ("hd15.txt", """
            ĐẢNG BỘ HUYỆN QUỲNH LƯU
            BAN TUYÊN GIÁO HUYỆN ỦY
            Số 15-HD/BTGHU
            Quỳnh Lưu, ngày 10 tháng 3 năm 2025

            HƯỚNG DẪN
            tuyên truyền Nghị quyết số 57-NQ/TW

            \(citing)
            """)
    }

    static func overdue(_ files: [(String, String)]) -> [Finding] {
        Fixtures.findings(Fixtures.graph(files), .overduePlan, asOf: SimpleDate(year: 2026, month: 11, day: 30)!, all: true)
    }

    @Test("carrying the programme out, the same-day guidance fulfils the row, announced and planned")
    func carriesOut() {
        let findings = Self.overdue([Self.programme, Self.guidance(citing: "Thực hiện Chương trình hành động số 21-CTr/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy thực hiện Nghị quyết số 57-NQ/TW, Ban Tuyên giáo Huyện ủy hướng dẫn như sau:")])
        #expect(findings.count == 2 && findings.allSatisfy { $0.severity == .note && $0.message.hasSuffix("15-HD/BTGHU") }, "\(findings.map(\.message))")
    }

    @Test("not citing the programme, it stays a candidate: nothing says it came after")
    func doesNotCite() {
        let findings = Self.overdue([Self.programme, Self.guidance(citing: "Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền Nghị quyết số 57-NQ/TW như sau:")])
        #expect(findings.contains { $0.severity == .warning && $0.message.contains("same") }, "\(findings.map(\.message))")
    }
}
