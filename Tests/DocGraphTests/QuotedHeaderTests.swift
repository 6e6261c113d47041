@testable import DocGraph
import Testing

/// A header quoted in an appendix opens no document (red team, round 13: `PHỤ LỤC` / `VĂN BẢN ĐƯỢC
/// THAY THẾ (trích nguyên văn phần đầu để đối chiếu)` over the replaced regulation's header made a
/// second 02-QĐi/ĐU, and the real guidance after it, never closed, was lost inside the quotation).
@Suite("Headers quoted in an appendix")
struct QuotedHeaderTests {
    static func header(_ number: String, _ date: String, _ kind: String, _ subject: String) -> String {
        """
        ĐẢNG BỘ TỈNH TRÀ VINH
        ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
        *
        Số \(number)
        ĐẢNG CỘNG SẢN VIỆT NAM
        Trà Vinh, ngày \(date)

        \(kind)
        \(subject)
        """
    }

    static func file(caption: String) -> String {
        [Self.header("07-QĐi/ĐU", "10 tháng 3 năm 2022", "QUY ĐỊNH", "về tiêu chí đánh giá, xếp loại chi bộ"),
         "Điều 2. Quy định này thay thế Quy định số 02-QĐi/ĐU ngày 22/01/2021 của Ban Thường vụ Đảng ủy Khối.", "",
         "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", caption, "",
         Self.header("02-QĐi/ĐU", "22 tháng 01 năm 2021", "QUY ĐỊNH", "về tiêu chí đánh giá chi bộ"), "(lược phần còn lại)", "", "- 8 -", "",
         Self.header("14-HD/ĐU", "06 tháng 6 năm 2022", "HƯỚNG DẪN", "ghi sổ biên bản sinh hoạt chi bộ"),
         "2. Hướng dẫn này thay thế Hướng dẫn số 04-HD/ĐU ngày 10/02/2021 của Ban Thường vụ Đảng ủy Khối.", "", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
            .joined(separator: "\n")
    }

    static func ids(_ text: String) -> [String] {
        DocumentExtractor.extract(text: text, file: "a.txt").documents.compactMap { $0.id?.description }
    }

    @Test("an appendix's caption, `trích`, `sao y` over a header: a quotation; the next document after it still opens")
    func quotations() {
        for caption in ["PHỤ LỤC\nVĂN BẢN ĐƯỢC THAY THẾ (trích nguyên văn phần đầu để đối chiếu)", "Phụ lục", "(Trích văn bản được thay thế)",
                        "TRÍCH NGUYÊN VĂN", "Bản sao y văn bản gốc:"] {
            #expect(Self.ids(Self.file(caption: caption)) == ["07-QĐi/ĐU", "14-HD/ĐU"], "\(caption)")
        }
    }

    @Test("a header after a closed document with no caption, or a caption further up, opens a document")
    func notQuotations() {
        #expect(Self.ids(Self.file(caption: "")) == ["07-QĐi/ĐU", "02-QĐi/ĐU"], "no caption: the second header opens one (it never closes, so the third stays in it)")
        #expect(Self.ids(Self.file(caption: "PHỤ LỤC\nDanh sách chi bộ\n1. Chi bộ Sở Tư pháp\n2. Chi bộ Sở Nội vụ\n3. Chi bộ Sở Y tế\n4. Chi bộ Sở Tài chính")) == ["07-QĐi/ĐU", "02-QĐi/ĐU"],
                "a caption four lines up introduces its list, not the header")
    }
}
