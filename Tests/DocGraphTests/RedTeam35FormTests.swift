@testable import DocGraph
import Testing

/// Forms red team round 35 found (cadre management in Lạng Sơn; folder `Tests/Evaluation/RedTeam35`), each beside a
/// relative that must keep its reading.
@Suite("Red team 35: a type title holding the number under a header")
struct RedTeam35FormTests {
    private static func text(_ header: String, title: String) -> String {
        header + "\n" + title + "\nsửa đổi, bổ sung một số điều của Quy định số 15-QĐ/TU ngày 20/3/2023\ncủa Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ\n\n- Căn cứ Điều lệ Đảng;\n"
    }

    private static let header = "ĐẢNG BỘ TỈNH LẠNG SƠN\nTỈNH ỦY\n*\n\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\t\t\tLạng Sơn, ngày 15 tháng 5 năm 2024\n"

    @Test("under an issuer's header and its date, `QUY ĐỊNH SỐ 32-QĐ/TU` over a subject in small letters is the document's own number (c1)", arguments: [
        "QUY ĐỊNH SỐ 32-QĐ/TU", "QUY ĐỊNH SỐ: 32-QĐ/TU", "QUY ĐỊNH\nSỐ 32-QĐ/TU",
    ])
    func numberedTitleUnderHeader(title: String) throws {
        let d = try #require(Fixtures.extract(Self.text(Self.header, title: title)).documents.first)
        #expect(d.id?.description == "32-QĐ/TU")
        #expect(d.typeCode == "QĐ")
        #expect(d.title?.hasPrefix("Quy định sửa đổi, bổ sung") == true, "\(d.title ?? "")")
    }

    @Test("without a header and its date over it, a numbered heading over text in small letters stays a heading")
    func numberedHeadingAlone() throws {
        let d = try #require(Fixtures.extract(Self.text("", title: "QUY ĐỊNH SỐ 32-QĐ/TU")).documents.first)
        #expect(d.id == nil)
    }
}
