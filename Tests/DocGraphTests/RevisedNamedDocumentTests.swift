import Testing
@testable import DocGraph

/// A document named without a number as what a text revises (`V/v bổ sung Quy hoạch …`, `Điều 1. Bổ sung vào Quy hoạch …`;
/// evaluation batch 25, Phú Thọ 08/2017/QĐ-UBND): it is amended; a paper about the revision (`báo cáo bổ sung, sửa đổi Điều
/// lệ`, `dự thảo sửa đổi Quy chế`) and a planning project (`Đồ án điều chỉnh … Quy hoạch`) revise nothing.
@Suite("Named documents a text revises")
struct RevisedNamedDocumentTests {
    private static let plan = "Quy hoạch thăm dò, khai thác khoáng sản tỉnh Phú Thọ đến năm 2020"

    @Test("the revised document is amended", arguments: [
        "V/v bổ sung \(plan)",
        "Điều 1. Bổ sung vào \(plan) các điểm mỏ sau:",
        "Điều 1. Sửa đổi, bổ sung Quy chế làm việc của Ủy ban nhân dân tỉnh như sau:",
        "Điều 1. Sửa đổi Quy định quản lý cụm công nghiệp trên địa bàn tỉnh như sau:",
    ])
    func amended(_ line: String) throws {
        let citation = try #require(Fixtures.extract(line + "\n").citations.first, "\(line)")
        #expect(citation.relation == .amends)
    }

    /// A cited text's description (`văn bản số 40/HĐND-TT … về việc bổ sung Quy hoạch …`) tells what that text does: the
    /// citing text revises nothing.
    @Test("a paper about a revision, a planning project or a cited text's description: the citing text amends nothing", arguments: [
        "Đại hội sẽ thảo luận báo cáo bổ sung, sửa đổi Điều lệ Câu lạc bộ Cựu chiến binh tỉnh;",
        "Góp ý dự thảo sửa đổi Quy chế làm việc của Ủy ban nhân dân tỉnh;",
        "Thông qua Đồ án điều chỉnh tổng thể Quy hoạch chung xây dựng thành phố Phan Rang - Tháp Chàm đến năm 2040",
        "Căn cứ văn bản số 40/HĐND-TT ngày 31 tháng 3 năm 2017 của Thường trực Hội đồng nhân dân tỉnh về việc bổ sung \(plan);",
        "Bổ sung quy định về thời gian làm việc của cơ quan;",
    ])
    func notAmended(_ line: String) {
        let amends = Fixtures.extract(line + "\n").citations.filter { $0.relation == .amends && !$0.isNested }
        #expect(amends.isEmpty, "\(line): \(amends.map(\.id.description))")
    }
}
