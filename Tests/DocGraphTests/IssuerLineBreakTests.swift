@testable import DocGraph
import Testing

/// A cited document's issuer ends at a line break before another block (red team, round 14: `… của Chủ tịch` /
/// `Ủy ban nhân dân thành phố` / `CHỦ TỊCH ỦY BAN NHÂN DÂN …` was read as one issuer, and `… của Thành ủy` /
/// `Ủy ban nhân dân quận Ninh Kiều báo cáo …` as "Thành ủy Ủy ban nhân dân quận Ninh Kiều báo").
@Suite("Issuers across line breaks")
struct IssuerLineBreakTests {
    static func issuer(_ text: String) -> String? {
        DocumentExtractor.extract(text: text, file: "a.txt").citations.first?.issuer
    }

    @Test("a line in capitals after a name in lower case is a heading of its own; a name wrapped in lower case goes on")
    func capitalsLine() {
        #expect(Self.issuer("Về việc đính chính Quyết định số 2345/QĐ-UBND ngày 15 tháng 12 năm 2020 của Chủ tịch\nỦy ban nhân dân thành phố\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nĐiều 1. Đính chính.")
                == "Chủ tịch Ủy ban nhân dân thành phố")
        #expect(Self.issuer("Thực hiện Quyết định số 492/2001/QĐ-UB ngày 24/4/2001 của UBND Tỉnh\nUỶ BAN NHÂN DÂN TỈNH HÀ TÂY\nCăn cứ Nghị định.") == "UBND Tỉnh")
        #expect(Self.issuer("Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2023 của Ủy ban nhân dân\nhuyện Phú Lương, xã xây dựng kế hoạch.") == "Ủy ban nhân dân huyện Phú Lương")
        #expect(Self.issuer("THỰC HIỆN QUYẾT ĐỊNH SỐ 63/QĐ-TTG NGÀY 12 THÁNG 01 NĂM 2018 CỦA THỦ TƯỚNG\nCHÍNH PHỦ VỀ PHÊ DUYỆT").map { $0.folded.hasPrefix("thu tuong chinh phu") } == true,
                "a name in capitals goes on in capitals")
    }

    @Test("a people's committee opening the next line after a complete Party committee starts the text")
    func committeeThenCommittee() {
        #expect(Self.issuer("Báo cáo kết quả thực hiện Kết luận số 15-KL/TU ngày 10/3/2022 của Thành ủy\nỦy ban nhân dân quận Ninh Kiều báo cáo như sau:") == "Thành ủy")
        #expect(Self.issuer("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh\nủy Cần Thơ, Ủy ban nhân dân tỉnh xây dựng kế hoạch.").map { $0.folded.hasPrefix("ban thuong vu tinh uy") } == true)
    }

    @Test("a central body's whole name ends at its line: the next line's capital opens the text, unless it gives the term (evaluation batch 28, 411)")
    func centralBodyThenLead() {
        #expect(Self.issuer("Tiếp tục đẩy mạnh thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị\nThiết thực kỷ niệm 50 năm thực hiện Di chúc.") == "Bộ Chính trị")
        #expect(Self.issuer("Thực hiện Nghị quyết 12-NQ/TW của Ban Chấp hành Trung ương\nkhóa XII về xây dựng Đảng.")?.folded.hasPrefix("ban chap hanh trung uong") == true)
        #expect(Self.issuer("Thực hiện Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh\nQuảng Trị về phát triển.") == "Ủy ban nhân dân tỉnh Quảng Trị")
    }
}
