import Testing
@testable import DocGraph

/// A correction (`đính chính`) quotes the wording it corrects, wrong on purpose, then the right one
/// (red team, round 15, false alarm 1: `Đã ghi: "Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022 …"`
/// made a metadata-conflict with the decision's true date). The wrong wording cites nothing; the right
/// one is quoted text, which this document only mentions.
@Suite("A correction's quoted wordings")
struct CorrectionWordingTests {
    static func correction(_ body: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH PHÚ THỌ
        Số: 1580/QĐ-UBND                Phú Thọ, ngày 04 tháng 7 năm 2022

        QUYẾT ĐỊNH
        Về việc đính chính Kế hoạch số 2350/KH-UBND ngày 28/6/2022 của Ủy ban nhân dân tỉnh

        Điều 1. Đính chính sai sót tại đoạn thứ nhất Kế hoạch số 2350/KH-UBND ngày 28/6/2022 như sau:
        \(body)
        """
    }

    private func dates(_ body: String) -> [SimpleDate?] {
        DocumentExtractor.extract(text: Self.correction(body), file: "qd.txt").citations(of: "25/2022/QĐ-UBND").map(\.date)
    }

    @Test("the wrong wording is no citation; the right one is a mention", arguments: [
        "Đã ghi: \"Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh\";\nNay sửa lại là: \"Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 16/6/2022 của Ủy ban nhân dân tỉnh\".",
        "- Đã ghi là “Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022”.\n- Sửa thành “Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 16/6/2022”.",
        "Ghi là: \"Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022\"; sửa lại thành: \"Quyết định số 25/2022/QĐ-UBND ngày 16/6/2022\".",
        "ĐÃ GHI:\n\"Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022\"\nĐỌC LÀ:\n\"Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 16/6/2022\"",
        "Viết là: \"Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022\". Nay sửa là: \"Quyết định số 25/2022/QĐ-UBND ngày 16/6/2022\".",
    ])
    func wordings(body: String) {
        let cited = DocumentExtractor.extract(text: Self.correction(body), file: "qd.txt").citations(of: "25/2022/QĐ-UBND")
        #expect(cited.map(\.date) == [SimpleDate(year: 2022, month: 6, day: 16)], "\(cited)")
        #expect(cited.allSatisfy { $0.relation == .references })
    }

    @Test("a quotation after other words is read as before")
    func otherQuotes() {
        #expect(dates("Được ghi \"Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022\" trong hồ sơ.") == [SimpleDate(year: 2022, month: 6, day: 15)])
        #expect(dates("Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022 ghi nhận kết quả.") == [SimpleDate(year: 2022, month: 6, day: 15)])
    }

    @Test("the correction words", arguments: [
        ("Đã ghi: \"", true as Bool?), ("ghi là \"", true), ("Tại dòng 5 ghi: \"", true), ("Viết là: \"", true),
        ("Nay sửa lại là: \"", false), ("Sửa thành \"", false), ("Đọc là:\n\"", false), ("được ghi \"", nil), ("Luật \"", nil),
    ])
    func words(text: String, wrong: Bool?) {
        let folded = Array(FoldedText(text).bytes)
        #expect(CitationScanner.correctionWords(folded, before: folded.count - 1) == wrong)
    }
}
