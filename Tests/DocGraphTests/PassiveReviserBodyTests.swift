import Testing
@testable import DocGraph

/// `Nghị quyết số 12/2021/NQ-HĐND … của Hội đồng nhân dân tỉnh Nghệ An (đã được sửa đổi, bổ sung bởi Nghị quyết số
/// 25/2023/NQ-HĐND ngày 08/12/2023)` in a commune's plan (red team, round 16, repro r11): the amending resolution, its
/// issuer unsaid, is the same council's, not the commune's.
@Suite("A passive reviser's body")
struct PassiveReviserBodyTests {
    private static let text = "Thực hiện Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Nghệ An (đã được sửa đổi, bổ sung bởi Nghị quyết số 25/2023/NQ-HĐND ngày 08/12/2023), Ủy ban nhân dân xã ban hành kế hoạch."

    @Test("a reviser of the same code takes the revised document's issuer")
    func sameCode() throws {
        let c = try #require(DocumentExtractor.extract(text: Self.text, file: "kh.txt").citations(of: "25/2023/NQ-HĐND").first)
        #expect(c.issuer == "Hội đồng nhân dân tỉnh Nghệ An")
    }

    @Test("a reviser of another code, or with its own issuer, keeps its own")
    func otherCode() throws {
        let decree = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ (đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017);"
        let c = try #require(DocumentExtractor.extract(text: decree, file: "qd.txt").citations(of: "92/2017/NĐ-CP").first)
        #expect(c.issuer == "Chính phủ")
        let own = Self.text.replacingOccurrences(of: "ngày 08/12/2023)", with: "ngày 08/12/2023 của Hội đồng nhân dân tỉnh)")
        let d = try #require(DocumentExtractor.extract(text: own, file: "kh.txt").citations(of: "25/2023/NQ-HĐND").first)
        #expect(d.issuer == "Hội đồng nhân dân tỉnh")
    }
}
