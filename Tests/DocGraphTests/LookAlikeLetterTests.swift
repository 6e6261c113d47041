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

    @Test("OCR's O, l and I for digits at a number's start or after its digits (red team, round 22)", arguments: [
        ("Số O7-KH/ĐU\nThực hiện Kế hoạch số l5/KH-UBND ngày 10/3/2026 của UBND xã.", ["07-KH/ĐU", "15/KH-UBND"]),
        ("Căn cứ Kế hoạch số 1O-KH/ĐU ngày 10/3/2026; Kế hoạch số I7-KH/ĐU ngày 10/3/2026.", ["10-KH/ĐU", "17-KH/ĐU"]),
        // A letter of another kind after the digits stays; a word that only holds O or I is no number.
        ("Căn cứ Quyết định số 30c/QĐ-UBND ngày 10/3/2026; khí CO2-KH/TU, phòng I2.", ["30c/QĐ-UBND"]),
    ])
    func ocrDigits(text: String, ids: [String]) {
        let found = DocumentExtractor.extract(text: text, file: "a.txt").citations.map(\.id.description)
        #expect(found == ids, "\(found)")
    }

    @Test("OCR's letters in a date's year too: the citation keeps its date, its issuer and its term (red team, round 17's second wave)")
    func ocrYear() throws {
        let c = try #require(DocumentExtractor.extract(text: "Thực hiện Nghị quyết số O5-NQ/TU, ngày 3O/12/2O25 của Ban Chấp hành Đảng bộ tỉnh khóa XVI;\n", file: "a.txt").citations.first)
        #expect(c.id.description == "05-NQ/TU")
        #expect(c.date?.description == "2025-12-30")
        #expect(c.issuer == "Ban Chấp hành Đảng bộ tỉnh")
        var r = ByteReader(Array("2o2 ".utf8))
        #expect(r.readDate() == nil)
        var year = ByteReader(Array("12/9/2oo2".utf8))
        #expect(year.readDate()?.description == "2002-09-12")
    }
}
