import Testing
@testable import DocGraph

/// `Điều 1. Bãi bỏ toàn bộ, bãi bỏ một phần các văn bản quy phạm pháp luật sau đây:` over a table of the documents (red
/// team, round 21: each row's document read as a mention, so what the decision repealed stayed in force).
@Suite("Lists given as tables")
struct TableListOpenerTests {
    private func relations(_ table: String, opener: String = "Điều 1. Bãi bỏ toàn bộ, bãi bỏ một phần các văn bản quy phạm pháp luật sau đây:") -> [String: Relation] {
        let text = """
        ỦY BAN NHÂN DÂN
        TỈNH THANH HÓA
        Số: 31/2025/QĐ-UBND
        Thanh Hóa, ngày 10 tháng 12 năm 2025
        QUYẾT ĐỊNH
        Bãi bỏ văn bản quy phạm pháp luật
        QUYẾT ĐỊNH:
        \(opener)

        \(table)

        Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 12 năm 2025.

        """
        var result: [String: Relation] = [:]
        for c in Fixtures.extract(text).citations where !c.isSelfReference && !c.isNested { result[c.id.description] = c.relation }
        return result
    }

    private let markdown = """
    | STT | Số, ký hiệu văn bản | Ngày ban hành | Trích yếu | Nội dung bãi bỏ |
    |---|---|---|---|---|
    | 1 | 27/2019/QĐ-UBND | 12/9/2019 | Ban hành Quy định quản lý trật tự xây dựng | Toàn bộ |
    | 2 | 09/2021/QĐ-UBND | 18/3/2021 | Ban hành Quy định phân cấp quản lý cảng cá | Khoản 2 Điều 7 của Quy định |
    | 3 | 15/2020/QĐ-UBND | 02/6/2020 | Ban hành Quy định về điều kiện kinh doanh | Toàn bộ |
    """

    @Test("each row's document is repealed, a part amended", arguments: [false, true])
    func rows(tabs: Bool) {
        let table = tabs ? markdown.split(separator: "\n").filter { !$0.contains("---") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\t") }.joined(separator: "\n") : markdown
        let found = relations(table)
        #expect(found["27/2019/QĐ-UBND"] == .repeals, "\(found)")
        #expect(found["09/2021/QĐ-UBND"] == .amends, "\(found)")
        #expect(found["15/2020/QĐ-UBND"] == .repeals, "a subject's `điều kiện` names no part: \(found)")
    }

    @Test("a table under a line that revises nothing is a list of mentions")
    func noVerb() {
        let found = relations(markdown, opener: "Danh mục văn bản đã rà soát như sau:")
        #expect(found.values.allSatisfy { $0 == .references }, "\(found)")
    }

    @Test("a cell naming a part")
    func parts() {
        for (cell, part) in [("Khoản 2 Điều 7", true), ("Điều 5", true), ("Một phần", true), ("Toàn bộ", false), ("Điều kiện kinh doanh", false)] {
            let b = Array(" \(cell)".folded.utf8)
            #expect(CitationScanner.namesPart(b, 0..<b.count) == part, "\(cell)")
        }
    }
}
