@testable import DocGraph
import Testing

/// Forms red team round 37 found (corrections, suspensions, extensions and consolidated texts in Tuyên Quang; folder
/// `Tests/Evaluation/RedTeam37`), each beside a relative that must keep its reading.
@Suite("Red team 37: a consolidated text's restated obligations, an undated document's told relation")
struct RedTeam37FormTests {
    private static func decision(_ number: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH TUYÊN QUANG
        Số: \(number)
        Tuyên Quang, ngày 30 tháng 9 năm 2024

        QUYẾT ĐỊNH
        Ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng

        Điều 3. Tổ chức thực hiện
        1. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch triển khai Quyết định này.
        """
    }

    @Test("a consolidated text (`…/VBHN-…`) restates its decisions' obligations: none of its own; the decision keeps its (c6)")
    func consolidatedTextObligations() {
        #expect(Fixtures.extract(Self.decision("05/VBHN-UBND")).obligations.isEmpty)
        #expect(Fixtures.extract(Self.decision("15/2023/QĐ-UBND")).obligations.count == 1)
    }

    @Test("an undated document's relation told in another text is not judged at today's date (c4); a dated one still is")
    func undatedToldRelation() {
        let old = ("qd15.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH HÀ GIANG
            Số: 15/2023/QĐ-UBND
            Hà Giang, ngày 22 tháng 8 năm 2023

            QUYẾT ĐỊNH
            Ban hành Quy định quản lý hoạt động du lịch

            Nội dung.
            """)
        let replacing = ("qd35.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH TUYÊN QUANG
            Số: 35/2025/QĐ-UBND
            Tuyên Quang, ngày 10 tháng 12 năm 2025

            QUYẾT ĐỊNH
            Ban hành Quy định quản lý hoạt động du lịch

            Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang.
            """)
        let suspension = ("qd08.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH HÀ GIANG
            Số: 08/2025/QĐ-UBND
            Hà Giang, ngày 14 tháng 3 năm 2025

            QUYẾT ĐỊNH
            Tạm ngưng hiệu lực một số điều của Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang
            ban hành kèm theo Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh

            Nội dung.
            """)
        let g = Fixtures.graph([old, replacing, suspension])
        #expect(Fixtures.findings(g, .supersededCitation, all: true).isEmpty)
        // A dated citation after the replacement is still one.
        let late = ("kh.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH TUYÊN QUANG
            Số: 20/KH-UBND
            Tuyên Quang, ngày 10 tháng 3 năm 2026

            KẾ HOẠCH
            Phát triển du lịch

            Căn cứ Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang;
            """)
        #expect(Fixtures.findings(Fixtures.graph([old, replacing, suspension, late]), .supersededCitation, all: true).count == 1)
    }
}
