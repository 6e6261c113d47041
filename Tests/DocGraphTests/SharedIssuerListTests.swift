import Testing
@testable import DocGraph

/// `… về Nghị quyết 45, Chỉ thị số 35 của Bộ chính trị; Thông tri 36, Chương trình hành động 76 của BTV Thành ủy`
/// (evaluation batch 26, a Hải Phòng Quận ủy's news item): bare numbers in a list whose committee is said once,
/// after the last item, are each that committee's document; `Thông tri` (a committee's circular) is a kind.
@Suite("Lists of bare numbers sharing one committee")
struct SharedIssuerListTests {
    private func cited(_ sentence: String) -> [(id: String, relation: Relation)] {
        let text = "HUYỆN ỦY NAM ĐÀN\nSố 12-KH/HU\nNam Đàn, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\n\(sentence)\n"
        return Fixtures.extract(text).citations.filter { !$0.isSelfReference }.map { ($0.id.description, $0.relation) }
    }

    @Test("every item is the committee's, and the verb reaches each", arguments: [
        ("Huyện ủy quán triệt Nghị quyết 45, Chỉ thị số 35 của Bộ Chính trị.", ["45-NQ/TW", "35-CT/TW"]),
        ("Huyện ủy quán triệt nghị quyết 45,\nchỉ thị số 35 của Bộ chính trị.", ["45-NQ/TW", "35-CT/TW"]),
        ("Huyện ủy quán triệt Nghị quyết số 18, 19 của Ban Chấp hành Trung ương khóa XII.", ["18-NQ/TW", "19-NQ/TW"]),
        ("Huyện ủy quán triệt Nghị quyết số 18, 19 ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII.", ["18-NQ/TW", "19-NQ/TW"]),
        ("Huyện ủy quán triệt Nghị quyết số 18 ngày 25/10/2017, Nghị quyết số 19 ngày 25/10/2017 của Ban Chấp hành Trung ương.",
         ["18-NQ/TW", "19-NQ/TW"]),
        ("Thực hiện Nghị quyết 18, Nghị quyết 19 và Kết luận 14 của Bộ Chính trị, Huyện ủy ban hành kế hoạch.", ["18-NQ/TW", "19-NQ/TW", "14-KL/TW"]),
        ("Huyện ủy triển khai Chỉ thị 05, 06, 07 và 08 của Ban Thường vụ Tỉnh ủy.", ["05-CT/TU", "06-CT/TU", "07-CT/TU", "08-CT/TU"]),
        ("Thực hiện Thông tri 36, Chương trình hành động 76 của BTV Thành ủy; Nghị quyết 45 của Bộ Chính trị.", ["36-TT/TU", "76-CTr/TU", "45-NQ/TW"]),
    ])
    func shared(_ sentence: String, _ ids: [String]) {
        let found = cited(sentence)
        #expect(found.map(\.id) == ids, "\(sentence)")
        #expect(found.allSatisfy { $0.relation == .implements }, "\(found)")
    }

    @Test("no list, no committee that numbers, or no bare number: nothing is made", arguments: [
        "Kết quả sau Nghị quyết 18, 2 năm qua của Huyện ủy đã được.",
        "Thực hiện Kế hoạch 12, 13 của UBND tỉnh, Huyện ủy triển khai.",
        "Thực hiện Nghị quyết 45, khoản 2 của Bộ Chính trị.",
        "Huyện ủy quán triệt Thông tri 36 và các văn bản.",
    ])
    func nothing(_ sentence: String) {
        #expect(cited(sentence).isEmpty, "\(cited(sentence))")
    }

    @Test("a compact list of full ids stays the grammar's")
    func compact() {
        #expect(cited("Thực hiện Nghị quyết số 18, 19-NQ/TW của Ban Chấp hành Trung ương.").map(\.id) == ["18-NQ/TW", "19-NQ/TW"])
    }

    @Test("a Party circular is a Thông tri, the state's TT a Thông tư")
    func circularWord() throws {
        #expect(TypeCodes.word(for: try #require(DocumentID(parsing: "36-TT/TU"))) == "Thông tri")
        #expect(TypeCodes.word(for: try #require(DocumentID(parsing: "01/2020/TT-BNV"))) == "Thông tư")
    }
}
