@testable import DocGraph
import Testing

/// Forms red team round 25 found (the education line of the new Gia Lai after the 2025 merger; folder
/// `Tests/Evaluation/RedTeam25`), each beside a relative that must keep its reading.
@Suite("Red team 25: school headers, restated replacements, lists of kinds")
struct RedTeam25FormTests {
    private func cited(_ text: String) -> [Citation] {
        Fixtures.extract(text).citations.filter { !$0.isSelfReference }
    }

    @Test("an obligation to build a programme or a plan expects either kind; the kind after the list is what it carries out (c7)", arguments: [
        ("Các cấp ủy, tổ chức đảng xây dựng chương trình, kế hoạch thực hiện Nghị quyết.", ["CTr", "KH"]),
        ("Các cấp ủy xây dựng chương trình hoặc kế hoạch thực hiện Nghị quyết.", ["CTr", "KH"]),
        ("Các cấp ủy xây dựng kế hoạch thực hiện Nghị quyết.", ["KH"]),
        ("Các cấp ủy xây dựng kế hoạch thực hiện Nghị quyết và Chỉ thị.", ["KH"]),
    ])
    func listOfKinds(sentence: String, types: [String]) {
        let text = "TỈNH ỦY GIA LAI\n*\nSố 05-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Lai, ngày 10 tháng 10 năm 2026\n\nNGHỊ QUYẾT\nvề phát triển giáo dục\n\nIV. TỔ CHỨC THỰC HIỆN\n1. \(sentence)\n"
        let found = Fixtures.extract(text).obligations.map(\.expectedTypes)
        #expect(found == [types], "\(found)")
    }

    @Test("the body a committee's Party group leads builds the plan; with no body after the leading verbs, the group's (c6)", arguments: [
        ("Ban cán sự đảng UBND tỉnh lãnh đạo Sở Giáo dục và Đào tạo xây dựng kế hoạch thực hiện Nghị quyết.", "Sở Giáo dục và Đào tạo"),
        ("Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết.", "Ủy ban nhân dân tỉnh"),
        ("Ban Thường vụ Huyện ủy lãnh đạo và chỉ đạo các xã, thị trấn xây dựng kế hoạch thực hiện Nghị quyết.", "các xã, thị trấn"),
        ("Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.", "Ban cán sự đảng UBND tỉnh"),
        ("Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo việc xây dựng kế hoạch thực hiện Nghị quyết.", "Ban cán sự đảng UBND tỉnh"),
        ("Sở Giáo dục và Đào tạo chủ trì xây dựng kế hoạch thực hiện Nghị quyết.", "Sở Giáo dục và Đào tạo"),
        // Reviewer, session 28: the last body of a chain, and one that works with another.
        ("Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Giáo dục và Đào tạo xây dựng kế hoạch thực hiện Nghị quyết.", "Sở Giáo dục và Đào tạo"),
        ("Ban Thường vụ Tỉnh ủy chỉ đạo Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Thông tin và Truyền thông xây dựng kế hoạch thực hiện Nghị quyết.", "Ban Tuyên giáo Tỉnh ủy"),
    ])
    func bodyLedBuildsThePlan(sentence: String, actor: String) {
        let text = "TỈNH ỦY GIA LAI\n*\nSố 05-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Lai, ngày 10 tháng 10 năm 2021\n\nNGHỊ QUYẾT\nvề phát triển giáo dục\n\nIV. TỔ CHỨC THỰC HIỆN\n1. \(sentence)\n"
        let found = Fixtures.extract(text).obligations.map(\.actor)
        #expect(found == [actor], "\(found)")
    }

    @Test("a clause of time after `;` opens a sentence of its own: what it names is not the list's revision (c5)")
    func clauseAfterSemicolon() {
        let cs = cited("Đề nghị UBND tỉnh xem xét ban hành quyết định thay thế Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Gia Lai về phân cấp; trong khi chưa có quyết định mới, Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 tiếp tục được áp dụng.")
        #expect(cs.map { "\($0.relation) \($0.modality)" } == ["replaces planned", "references enacted"], "\(cs.map { "\($0.relation) \($0.modality)" })")
        // A list after `;` still shares the verb.
        let list = cited("Bãi bỏ Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh; Quyết định số 16/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh.")
        #expect(list.map(\.relation) == [.repeals, .repeals])
    }

    @Test("a replacement restated in a bracket after its own clause is the cited document's, not this text's (c2)", arguments: [
        "2. Tuyên truyền Quyết định số 22/2025/QĐ-UBND ngày 20/10/2025 của UBND tỉnh về dạy thêm (có hiệu lực từ ngày 01/11/2025, thay thế Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định) để phụ huynh nắm rõ.",
        "2. Tuyên truyền Quyết định số 22/2025/QĐ-UBND ngày 20/10/2025 của UBND tỉnh về dạy thêm (thay thế Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định) để phụ huynh nắm rõ.",
    ])
    func restatedReplacement(text: String) {
        let replaced = cited(text).first { $0.id.description == "15/2020/QĐ-UBND" }
        #expect(replaced?.relation == .replaces)
        #expect(replaced?.isNested == true)
    }

    @Test("a department's abbreviated header with its province after it places the text (c3)", arguments: [
        ("SỞ GD&ĐT GIA LAI", "Gia Lai"),
        ("SỞ Y TẾ NGHỆ AN", "Nghệ An"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI", "Gia Lai"),
        ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", nil),
        ("SỞ NỘI VỤ", nil),
    ] as [(String, String?)])
    func departmentHeader(line: String, province: String?) {
        #expect(DocumentIdentity.provinceNamed(line) == province)
    }

    @Test("the province the header names places the text, though it names another as often (c1b)")
    func headerProvinceFirst() {
        let text = "ĐẢNG BỘ TỈNH GIA LAI\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 08-KH/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Lai, ngày 25 tháng 10 năm 2025\n\nKẾ HOẠCH\ntuyên truyền\n\n" +
            "Thực hiện Kế hoạch số 15-KH/TU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy.\n2. Tuyên truyền Quyết định số 22/2025/QĐ-UBND của UBND tỉnh (thay thế Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định).\n"
        #expect(Fixtures.extract(text).documents.first?.locality == "Gia Lai")
    }
}
