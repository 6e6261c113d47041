@testable import DocGraph
import Testing

/// Forms red team round 39 found (a Party committee's rule-books in Vĩnh Long after it absorbed Bến Tre and Trà Vinh;
/// folder `Tests/Evaluation/RedTeam39`), each beside a relative that must keep its reading.
@Suite("Red team 39: a told end, a Party reviser's issuer, a commission preparing its committee's revision")
struct RedTeam39FormTests {
    private static func guide(_ line: String, date: String = "05 tháng 12 năm 2025") -> String {
        """
        ĐẢNG BỘ TỈNH VĨNH LONG
        ỦY BAN KIỂM TRA TỈNH ỦY
        *
        Số 01-HD/UBKTTU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Vĩnh Long, ngày \(date)

        HƯỚNG DẪN
        Thực hiện Quy định về kiểm soát kê khai tài sản

        I. NHỮNG VẤN ĐỀ CHUNG
        \(line)
        """
    }

    private static let told = "2. Quy định số 05-QĐ/TU, ngày 22/4/2021 của Ban Thường vụ Tỉnh ủy Bến Tre (cũ) hết hiệu lực từ ngày 12/11/2025; các hồ sơ kê khai năm 2025 thực hiện theo Hướng dẫn này."

    @Test("`X hết hiệu lực từ ngày D` with D before the text's own date tells of an end (c4); on or after it, the text ends X")
    func toldEnd() {
        let past = Fixtures.extract(Self.guide(Self.told)).citations(of: "05-QĐ/TU")
        #expect(past.map(\.relation) == [.references], "\(past.map(\.relation))")
        let ownDay = Fixtures.extract(Self.guide(Self.told, date: "10 tháng 11 năm 2025")).citations(of: "05-QĐ/TU")
        #expect(ownDay.map(\.relation) == [.repeals], "an end after the signing is this text's: \(ownDay.map(\.relation))")
        // A decision signed 10/01/2026 in force from 01/01/2026 ends another from that day: its deed (reviewer, session 29).
        let backdated = """
            ỦY BAN NHÂN DÂN
            TỈNH VĨNH LONG
            Số: 05/2026/QĐ-UBND
            Vĩnh Long, ngày 10 tháng 01 năm 2026

            QUYẾT ĐỊNH
            Quy định mức hỗ trợ

            Điều 2. Quyết định này có hiệu lực kể từ ngày 01/01/2026. Quyết định số 500/QĐ-UBND ngày 05/3/2020 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày 01/01/2026.
            """
        #expect(Fixtures.extract(backdated).citations(of: "500/QĐ-UBND").map(\.relation) == [.repeals])
        let untimed = Self.told.replacingOccurrences(of: "hết hiệu lực từ ngày 12/11/2025", with: "hết hiệu lực kể từ ngày Hướng dẫn này có hiệu lực")
        #expect(Fixtures.extract(Self.guide(untimed)).citations(of: "05-QĐ/TU").map(\.relation) == [.repeals])
    }

    @Test("a Party reviser named after `thay thế bởi` does not take the replaced number's issuer (c6); a state one still does")
    func partyReviserIssuer() {
        let party = Fixtures.extract(Self.guide("1. Quy định số 85-QĐ/TW của Bộ Chính trị đã được thay thế bởi Quy định số 296-QĐ/TW.")).citations(of: "296-QĐ/TW")
        #expect(!party.isEmpty && party.allSatisfy { $0.issuer == nil }, "\(party.map(\.issuer))")
        let state = Fixtures.extract(Self.guide("1. Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Bến Tre (đã được sửa đổi, bổ sung bởi Nghị quyết số 25/2023/NQ-HĐND ngày 08/12/2023).")).citations(of: "25/2023/NQ-HĐND")
        #expect(state.contains { $0.issuer == "Hội đồng nhân dân tỉnh Bến Tre" }, "\(state.map(\.issuer))")
    }

    @Test("a commission's planned `Tham mưu sửa đổi` of its committee's text stays a planned amendment (c3); an enacted one is still objected to")
    func commissionPreparesRevision() {
        let committee = ("qc01.txt", """
            ĐẢNG BỘ TỈNH VĨNH LONG
            TỈNH ỦY
            *
            Số 01-QC/TU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Vĩnh Long, ngày 20 tháng 10 năm 2025

            QUY CHẾ
            Làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I

            Điều 1. Phạm vi.
            """)
        func plan(_ row: String) -> (String, String) {
            ("kh05.txt", """
                ĐẢNG BỘ TỈNH VĨNH LONG
                BAN TỔ CHỨC TỈNH ỦY
                *
                Số 05-KH/BTCTU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Vĩnh Long, ngày 15 tháng 01 năm 2026

                KẾ HOẠCH
                Công tác tổ chức xây dựng Đảng năm 2026

                TT\tNội dung\tĐơn vị chủ trì\tThời gian
                1\t\(row)\tPhòng Tổ chức cán bộ\tQuý IV/2026
                """)
        }
        let planned = Fixtures.graph([committee, plan("Tham mưu sửa đổi, bổ sung Quy chế làm việc số 01-QC/TU, ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh")])
        #expect(Fixtures.findings(planned, .inverseInconsistency).isEmpty)
        #expect(planned.edges.contains { $0.relation == .amends && $0.modality == .planned }, "the plan waits for the committee's amendment")
        let enacted = Fixtures.graph([committee, ("hd07.txt", Self.guide("Sửa đổi, bổ sung Quy chế làm việc số 01-QC/TU, ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh như sau:", date: "15 tháng 01 năm 2026"))])
        #expect(Fixtures.findings(enacted, .inverseInconsistency).count == 1, "a commission that says it amends its committee's text")
    }
}
