import Testing
@testable import DocGraph

/// Documents named by their kind and the body that issued them, without a number (evaluation set 315, 340, 382, 383,
/// 399, 416: district news and plans), each beside the relative that must stay unread: resolutions in general, many of
/// them, a body that names no committee without a subject, a numbered one.
@Suite("Documents named by kind and body")
struct BodyNamedDocumentTests {
    private func names(_ text: String) -> [String] {
        DocumentExtractor.extract(text: text, file: "a.txt").citations.filter { !$0.isSelfReference }.map(\.id.description)
    }

    @Test("a kind, its body and what sets it apart, after a verb that carries it out, rests on, reviews or adopts it", arguments: [
        ("Tại hội nghị sơ kết đánh giá tình hình thực hiện Nghị quyết Huyện ủy 6 tháng đầu năm 2018, huyện tập trung.",
         "Nghị quyết Huyện ủy"),
        ("Kế hoạch thực hiện Nghị quyết của Tỉnh ủy về nhóm nhiệm vụ trọng tâm năm 2020 và các năm tiếp theo.",
         "Nghị quyết của Tỉnh ủy về nhóm nhiệm vụ trọng tâm năm 2020"),
        ("nhằm thực hiện thắng lợi nghị quyết Ban chấp hành Đảng bộ huyện và nghị quyết hội đồng nhân dân huyện lần thứ 10 khóa XIX ( 2011- 2016).",
         "Nghị quyết Ban chấp hành Đảng bộ huyện"),
        ("Các đại biểu thông qua các dự thảo Nghị quyết của Ban chấp hành Đảng bộ huyện khóa XXIV về phát triển kết cấu hạ tầng kinh tế - xã hội.",
         "Nghị quyết của Ban chấp hành Đảng bộ huyện khóa XXIV về phát triển kết cấu hạ tầng kinh tế - xã hội"),
        ("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về tổ chức Đại hội Đảng bộ các cấp, Huyện ủy hướng dẫn.",
         "Kế hoạch của Ban Thường vụ Tỉnh ủy về tổ chức Đại hội Đảng bộ các cấp"),
        ("Triển khai chương trình hành động của Huyện ủy năm 2022, các xã đã xây dựng kế hoạch.",
         "Chương trình hành động của Huyện ủy năm 2022"),
        ("Quán triệt chỉ thị của Trung ương về đổi mới đào tạo nghề cho lao động nông thôn.",
         "Chỉ thị của Trung ương về đổi mới đào tạo nghề"),
    ] as [(String, String)])
    func named(text: String, name: String) {
        let found = names(text)
        #expect(found.first == name, "\(found)")
    }

    @Test("resolutions in general, many, a wider body without a subject, a numbered one or one without a naming verb are not read so", arguments: [
        "Các cấp ủy thực hiện các nghị quyết của Tỉnh ủy trong năm.",
        "Thực hiện Nghị quyết của Trung ương, Tỉnh ủy đã lãnh đạo toàn diện.",
        "Thực hiện Nghị quyết của Đảng, chính sách của Nhà nước.",
        "Nghị quyết của Tỉnh ủy đã đi vào cuộc sống.",
        "Thực hiện Chỉ thị của Ban Bí thư số 12 về công tác dân vận.",
        // A kind that is a verb too: reporting to a body.
        "Ban Tổ chức Trung ương thường xuyên theo dõi việc thực hiện Nghị quyết, định kỳ sơ kết, tổng kết báo cáo Bộ Chính trị, Ban Bí thư.",
    ])
    func notNamed(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test("a quoted title is the subject; a subject goes on through `đối với`")
    func quotedTitleAndWhom() {
        #expect(names("86. Thực hiện nghiêm Quy định của Bộ Chính trị “Một số vấn đề bảo vệ chính trị nội bộ Đảng”\tCục bảo vệ") ==
                ["Quy định của Bộ Chính trị “Một số vấn đề bảo vệ chính trị nội bộ Đảng”"])
        #expect(names("Theo dõi việc thực hiện Kết luận của Ban Bí thư về tăng cường công tác bảo vệ chính trị nội bộ đối với cán bộ, đảng viên ra nước ngoài.") ==
                ["Kết luận của Ban Bí thư về tăng cường công tác bảo vệ chính trị nội bộ đối với cán bộ, đảng viên ra nước ngoài"])
    }

    @Test("a kind and a body without a subject, in that body's own text of that kind, is the text itself")
    func ownTextIsNoCitation() {
        let own = "THÀNH ỦY HÀ NỘI\n*\nSố 256-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 3 năm 2023\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 28-NQ/TW\n\n" +
            "3. Giao Ban Tổ chức Thành ủy định kỳ tham mưu sơ kết, tổng kết thực hiện Kế hoạch của Thành ủy theo quy định.\n"
        #expect(!names(own).contains("Kế hoạch của Thành ủy"), "\(names(own))")
        let other = own.replacingOccurrences(of: "Kế hoạch của Thành ủy", with: "Chỉ thị của Thành ủy")
        #expect(names(other).contains("Chỉ thị của Thành ủy"), "\(names(other))")
    }

    @Test("the opening sentence's body without the term written after it", arguments: [
        ("Ban Chấp hành Đảng bộ tỉnh Khánh Hòa (Khóa XVIII)", "Ban Chấp hành Đảng bộ tỉnh Khánh Hòa"),
        ("Ban Chấp hành Đảng bộ tỉnh khóa XV", "Ban Chấp hành Đảng bộ tỉnh"),
        ("Ban Thường vụ Tỉnh ủy Nghệ An", "Ban Thường vụ Tỉnh ủy Nghệ An"),
        ("Ban Chấp hành Đảng bộ (khóa XV", "Ban Chấp hành Đảng bộ (khóa XV"),
    ])
    func termIsNoName(name: String, body: String) {
        #expect(DocumentIdentity.withoutTerm(name) == body)
    }

    @Test("a text without its header, opened by its committee with its term, is that committee's")
    func openingWithTerm() {
        let text = "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 09-NQ/TW\n-----\nCăn cứ Nghị quyết số 09-NQ/TW (sau đây viết tắt là Nghị quyết), " +
            "Ban Chấp hành Đảng bộ tỉnh Khánh Hòa (Khóa XVIII) xây dựng Chương trình hành động triển khai thực hiện như sau:\nI. MỤC ĐÍCH\n"
        #expect(DocumentExtractor.extract(text: text, file: "a.txt").documents.first?.issuer == "Ban Chấp hành Đảng bộ tỉnh Khánh Hòa")
    }

    @Test("a heading in capitals names the same document as the sentence that names it in running text (red team, round 1)")
    func headingAndSentence() {
        let heading = DocumentExtractor.extract(text: "KẾ HOẠCH\nTHỰC HIỆN KẾ HOẠCH CỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ CỦNG CỐ, XÂY DỰNG TỔ CHỨC CƠ SỞ ĐẢNG\n\nNội dung.\n", file: "a.txt")
            .citations.filter { !$0.isSelfReference }.map(\.id)
        let sentence = DocumentExtractor.extract(text: "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về củng cố, xây dựng tổ chức cơ sở đảng.\n", file: "a.txt")
            .citations.map(\.id)
        #expect(heading.count == 1 && sentence.count == 1, "\(heading) \(sentence)")
        #expect(heading.first?.key == sentence.first?.key)
    }
}
