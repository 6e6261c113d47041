@testable import DocGraph
import Testing

/// A bracket after a cited document describes it to its close, `;` included, and a number without
/// its issuer there is of the described document's place (red team, round 12: a farmers'
/// association of Bình Lục placed the province's consolidated text 02/VBHN-UBND in Bình Lục).
@Suite("Brackets describing a cited document")
struct BracketDescriptionTests {
    static let province = """
        ỦY BAN NHÂN DÂN
        TỈNH HÀ NAM
        Số: 02/VBHN-UBND
        Hà Nam, ngày 10 tháng 3 năm 2022

        QUYẾT ĐỊNH
        Ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Hà Nam
        """

    static func plan(_ ground: String) -> String {
        """
        HỘI NÔNG DÂN TỈNH HÀ NAM
        BCH HỘI NÔNG DÂN HUYỆN BÌNH LỤC
        Số: 30-KH/HND
        Bình Lục, ngày 05 tháng 01 năm 2023

        KẾ HOẠCH
        Thực hiện nhiệm vụ công tác Hội năm 2023

        \(ground)
        Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:
        """
    }

    static let bracket = "Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 25/4/2019 của UBND tỉnh ban hành Quy định về công tác thi đua, khen thưởng (được sửa đổi, bổ sung tại Quyết định số 25/2021/QĐ-UBND ngày 30/8/2021; hợp nhất tại Văn bản hợp nhất số 02/VBHN-UBND ngày 10/3/2022);"

    @Test("an item after `;` inside the bracket describes the document the bracket follows")
    func semicolonInsideBracket() throws {
        let found = DocumentExtractor.extract(text: Self.plan(Self.bracket), file: "kh.txt").citations
        let vbhn = try #require(found.first { $0.id.description == "02/VBHN-UBND" })
        #expect(vbhn.isNested && vbhn.citingDocument?.description == "12/2019/QĐ-UBND")
        // Outside a bracket, a `;` ends the description: the next ground is the plan's own.
        let apart = DocumentExtractor.extract(text: Self.plan("Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 25/4/2019 của UBND tỉnh (đã được sửa đổi); Văn bản hợp nhất số 02/VBHN-UBND ngày 10/3/2022 của UBND tỉnh;"), file: "kh.txt").citations
        #expect(apart.first { $0.id.description == "02/VBHN-UBND" }?.isNested == false)
    }

    @Test("a number without its issuer in a described document's description is of that document's place")
    func describedPlace() {
        let g = Fixtures.graph([("vbhn.txt", Self.province), ("kh.txt", Self.plan(Self.bracket))])
        let dangling = Fixtures.findings(g, .dangling, all: true).map(\.message)
        #expect(!dangling.contains { $0.contains("02/VBHN-UBND") }, "\(dangling)")
        #expect(!dangling.contains { $0.contains("Bình Lục") }, "\(dangling)")
    }
}
