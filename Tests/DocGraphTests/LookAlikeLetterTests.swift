import Testing
@testable import DocGraph

/// Letters and marks that converters and OCR leave in place of Vietnamese ones, read as those (red team, round 16).
@Suite("Look-alike letters in numbers")
struct LookAlikeLetterTests {
    @Test("Eth for Đ and a full-width slash", arguments: [
        ("Căn cứ Quyết định số 22/2024/Q\u{00D0}-UBND ngày 30/9/2024 của Ủy ban nhân dân tỉnh.", "22/2024/QĐ-UBND"),
        ("Thực hiện Kế hoạch số 12-KH/\u{00D0}U ngày 10/8/2021 của Đảng ủy xã.", "12-KH/ĐU"),
        ("Thực hiện Nghị quyết số 09-NQ\u{FF0F}TU ngày 10/8/2021 của Tỉnh ủy.", "09-NQ/TU"),
        ("Căn cứ Nghị quyết số 12/2021/NQ-H\u{00D0}ND ngày 14/7/2021 của Hội \u{00F0}ồng nhân dân tỉnh.", "12/2021/NQ-HĐND"),
    ])
    func lookAlikes(text: String, id: String) {
        let ids = DocumentExtractor.extract(text: text, file: "a.txt").citations.map(\.id.description)
        #expect(ids == [id], "\(ids)")
    }
}
