import Testing
@testable import DocGraph

/// `Thực hiện Kế hoạch số 1200/KH-UBND … của Ủy ban nhân dân tỉnh, để hướng dẫn thực hiện Quyết định số
/// 30/2023/QĐ-UBND …, Sở … hướng dẫn như sau` (red team, round 15, false alarm 2): the purpose after the
/// comma is the citing document's own, not part of the plan's description.
@Suite("A clause of purpose after a citation")
struct PurposeClauseTests {
    static func guidance(_ opening: String) -> String {
        """
        UBND TỈNH PHÚ THỌ
        SỞ THÔNG TIN VÀ TRUYỀN THÔNG
        Số: 55/HD-STTTT                 Phú Thọ, ngày 20 tháng 5 năm 2024

        HƯỚNG DẪN
        Triển khai một số nội dung về bảo đảm an toàn thông tin mạng

        \(opening)
        """
    }

    @Test("the purpose's verb governs the citation, which is the guidance's own", arguments: [
        "Thực hiện Kế hoạch số 1200/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh, để hướng dẫn thực hiện Quyết định số 30/2023/QĐ-UBND ngày 20/10/2023 của Ủy ban nhân dân tỉnh, Sở hướng dẫn như sau:",
        "Thực hiện Kế hoạch số 1200/KH-UBND ngày 15/3/2024 của UBND tỉnh,  nhằm hướng dẫn thực hiện\nQuyết định số 30/2023/QĐ-UBND ngày 20/10/2023, Sở hướng dẫn như sau:",
    ])
    func purpose(opening: String) {
        let file = DocumentExtractor.extract(text: Self.guidance(opening), file: "hd.txt")
        let cited = file.citations(of: "30/2023/QĐ-UBND")
        #expect(cited.map(\.relation) == [.guides], "\(cited)")
        #expect(cited.allSatisfy { !$0.isNested })
    }

    @Test("`đề nghị` after a comma is no purpose")
    func request() {
        let file = DocumentExtractor.extract(text: Self.guidance("Thực hiện Kế hoạch số 1200/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh, đề nghị hướng dẫn thực hiện Quyết định số 30/2023/QĐ-UBND ngày 20/10/2023."), file: "hd.txt")
        #expect(file.citations(of: "30/2023/QĐ-UBND").allSatisfy { $0.isNested })
    }
}
