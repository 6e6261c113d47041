import Testing
@testable import DocGraph

/// `Thực hiện Quyết định số 48/QĐ-UBND … ban hành Chương trình công tác năm 2023 của Uỷ ban nhân dân tỉnh Ninh Bình, Sở
/// Công Thương đã xây dựng dự thảo Quyết định sửa đổi, bổ sung Quyết định số 24/2021/QĐ-UBND …` (evaluation batch 23,
/// 326): after a named document's issuer and a comma, a body's own clause begins; the draft's amendment is the
/// department's plan, not a deed of the work programme.
@Suite("A body's clause after a named document's issuer")
struct ClauseAfterNamedIssuerTests {
    @Test("the draft amendment is the clause's, planned", arguments: [
        "Thực hiện Quyết định số 48/QĐ-UBND ngày 19/01/2023 của UBND tỉnh về việc ban hành Chương trình công tác năm 2023 của Uỷ ban nhân dân tỉnh Ninh Bình, Sở Công Thương đã xây dựng dự thảo Quyết định sửa đổi, bổ sung Quyết định số 24/2021/QĐ-UBND ngày 30/6/2021.",
        "Thực hiện Quyết định số 48/QĐ-UBND ngày 19/01/2023 của UBND tỉnh về việc ban hành Chương trình công tác năm 2023 của UBND tỉnh, Sở Tư pháp xây dựng dự thảo Quyết định sửa đổi Quyết định số 24/2021/QĐ-UBND.",
    ])
    func draftAfterNamedIssuer(text: String) throws {
        let c = try #require(DocumentExtractor.extract(text: text, file: "tin.txt").citations(of: "24/2021/QĐ-UBND").first)
        #expect(!c.isNested)
        #expect(c.relation == .amends)
        #expect(c.modality == .planned)
    }
}
