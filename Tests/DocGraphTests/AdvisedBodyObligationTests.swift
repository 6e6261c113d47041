import Testing
@testable import DocGraph

/// `Sở Nội vụ chủ trì, phối hợp các sở, ngành tham mưu UBND tỉnh ban hành quyết định …` (red team, round 18): the body the
/// department advises issues the document, so the obligation is that body's, not the department's.
@Suite("The body advised issues the document")
struct AdvisedBodyObligationTests {
    private static func plan(_ item: String) -> String {
        "TỈNH ỦY ĐẮK LẮK\n*\nSố 12-KH/TU\nĐắk Lắk, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\ncác nhiệm vụ trọng tâm\nII. TỔ CHỨC THỰC HIỆN\n1. \(item)\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
    }

    @Test("the advised body is the actor", arguments: [
        ("Sở Nội vụ chủ trì, phối hợp các sở, ngành tham mưu UBND tỉnh ban hành kế hoạch thực hiện, hoàn thành trước ngày 30/6/2026.", "UBND tỉnh"),
        ("Ban Tổ chức Tỉnh ủy chủ trì, tham mưu cho Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện.", "Ban Thường vụ Tỉnh ủy"),
        ("Sở Nội vụ xây dựng kế hoạch thực hiện.", "Sở Nội vụ"),
        ("Sở Nội vụ chủ trì, tham mưu xây dựng kế hoạch thực hiện.", "Sở Nội vụ"),
    ])
    func actor(_ item: String, _ expected: String) throws {
        let obligation = try #require(Fixtures.extract(Self.plan(item)).obligations.first)
        #expect(obligation.actor == expected)
    }
}
