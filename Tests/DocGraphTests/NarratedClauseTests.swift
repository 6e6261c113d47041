import Testing
@testable import DocGraph

/// A news item tells what a body did after the citation it did it for: `Nhằm đánh giá … Nghị quyết số 25-NQ/TW, ngày
/// 03/6/2013 của BCH Trung ương Đảng khóa XI, ngày 03/3/2023, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 94-KH/TU …`
/// (evaluation batch 22, Real 310: the resolution took the plan's date, and the plan was nested in its description).
@Suite("A narrated date opens the next clause")
struct NarratedClauseTests {
    private func cited(_ text: String, _ id: String) throws -> Citation {
        try #require(DocumentExtractor.extract(text: text, file: "tin.txt").citations(of: id).first)
    }

    @Test("the date between commas before a body is the clause's", arguments: [
        "Nhằm đánh giá việc thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của BCH Trung ương Đảng khóa XI, ngày 03/3/2023, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 94-KH/TU về tổng kết.",
        "Để thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương, ngày 03/3/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 94-KH/TU.",
    ])
    func narratedDate(text: String) throws {
        let resolution = try cited(text, "25-NQ/TW"), plan = try cited(text, "94-KH/TU")
        #expect(resolution.date == SimpleDate(year: 2013, month: 6, day: 3))
        #expect(!plan.isNested, "the plan is the clause's object, not part of the resolution's description")
        #expect(plan.date == SimpleDate(year: 2023, month: 3, day: 3))
    }

    @Test("without its own date the citation takes none from the next clause")
    func noDateOfItsOwn() throws {
        let text = "Nhằm đánh giá việc thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương Đảng khóa XI, ngày 03/3/2023, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 94-KH/TU."
        #expect(try cited(text, "25-NQ/TW").date == nil)
    }

    @Test("a date that follows the issuer and ends the citation is still its own", arguments: [
        "Thực hiện Kế hoạch số 94-KH/TU của Tỉnh ủy, ngày 03/3/2023, các chi bộ tổ chức quán triệt.",
        "Căn cứ Quyết định số 12/2015/QĐ-UBND của UBND tỉnh, ngày 03/3/2023.",
    ])
    func ownDateAfterIssuer(text: String) throws {
        let id = text.contains("94-KH/TU") ? "94-KH/TU" : "12/2015/QĐ-UBND"
        // Lower case or the sentence's end after the date: it still describes the citation.
        #expect(try cited(text, id).date == SimpleDate(year: 2023, month: 3, day: 3))
    }
}
