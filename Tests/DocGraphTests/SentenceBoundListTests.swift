import Testing
@testable import DocGraph

/// A list of citations goes on inside its sentence. After a sentence's end, or after `Lý do:`, the
/// text says something new, and a citation there does not take the relation of the list before it
/// (real: Long An 01/2020/NQ-HĐND, `Điều 1. … thống nhất bãi bỏ Nghị quyết số 216/2015/NQ-HĐND …` /
/// `Lý do: Nghị quyết số 216/2015/NQ-HĐND … không còn phù hợp …` was read as a second repeal; the
/// generated `Các văn bản: … tiếp tục được thực hiện.` took the relation of the item above it,
/// `replaces` among them, and made false superseded-citation errors).
@Suite("A list ends with its sentence")
struct SentenceBoundListTests {
    private func relations(_ text: String, of id: String) -> [Relation] {
        DocumentExtractor.extract(text: text, file: "nq.txt").citations(of: id).map(\.relation)
    }

    private static let repeal = "Điều 1. Hội đồng nhân dân tỉnh thống nhất bãi bỏ Nghị quyết số 216/2015/NQ-HĐND ngày 03/11/2015 của Hội đồng nhân dân tỉnh về tiêu chí dự án trọng điểm nhóm C."

    @Test("after a sentence's end a citation is told, not revised", arguments: [
        "\n\nLý do: Quyết định số 12/2015/QĐ-UBND ngày 03/11/2015 không còn phù hợp.",
        "\nLý do: Quyết định số 12/2015/QĐ-UBND không còn phù hợp.",
        " Lý do: Quyết định số 12/2015/QĐ-UBND không còn phù hợp.",
        "\n\nTheo đó, Quyết định số 12/2015/QĐ-UBND không còn phù hợp.",
        " Theo đó, Quyết định số 12/2015/QĐ-UBND không còn phù hợp.",
        "\n\nLÝ DO: Quyết định số 12/2015/QĐ-UBND không còn phù hợp.",
    ])
    func afterTheSentence(tail: String) {
        let text = Self.repeal + tail
        #expect(relations(text, of: "216/2015/NQ-HĐND") == [.repeals])
        #expect(relations(text, of: "12/2015/QĐ-UBND") == [.references], "\(tail)")
    }

    @Test("the same document given as the reason is not repealed twice")
    func reasonRepeatsTheRepealed() {
        let text = Self.repeal + "\n\nLý do: Nghị quyết số 216/2015/NQ-HĐND ngày 03/11/2015 của Hội đồng nhân dân tỉnh không còn phù hợp theo quy định của Luật Đầu tư công."
        #expect(relations(text, of: "216/2015/NQ-HĐND") == [.repeals, .references])
    }

    @Test("`Lý do thu hồi, hủy bỏ:` is a cause, not a revision of what it names")
    func causeWithItsVerb() {
        let text = "Điều 1. Thu hồi, hủy bỏ Quyết định số 3147/QĐ-UBND ngày 10/12/2019 của Ủy ban nhân dân thành phố.\nLý do thu hồi, hủy bỏ: Công văn số 8990/UBND-VP ngày 22/11/2019 của UBND thành phố và Quyết định số 224/QĐ-UBND ngày 20/01/2021 của Chủ tịch UBND tỉnh."
        #expect(relations(text, of: "8990/UBND-VP") == [.references])
        #expect(relations(text, of: "224/QĐ-UBND") == [.references])
    }

    @Test("inside one sentence the list goes on", arguments: [
        "Bãi bỏ Nghị quyết số 216/2015/NQ-HĐND của Ủy ban nhân dân TP. Hồ Chí Minh, Quyết định số 12/2015/QĐ-UBND.",
        "Bãi bỏ Nghị quyết số 216/2015/NQ-HĐND; Quyết định số 12/2015/QĐ-UBND.",
        "Bãi bỏ các văn bản sau:\n- Nghị quyết số 216/2015/NQ-HĐND;\n- Quyết định số 12/2015/QĐ-UBND.",
        "Bãi bỏ các văn bản sau:\n1. Nghị quyết số 216/2015/NQ-HĐND.\n2. Quyết định số 12/2015/QĐ-UBND.",
    ])
    func withinTheSentence(text: String) {
        #expect(relations(text, of: "12/2015/QĐ-UBND") == [.repeals], "\(text)")
    }

    @Test("a new sentence's colon leaves its own verb in charge", arguments: [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015.\n\nCăn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số 82/2018/NQ-HĐND ngày 11/7/2018; số 186/2020/NQ-HĐND ngày 15/7/2020;",
        "Thực hiện Kế hoạch số 09-KH/TU ngày 04/9/2022 của Ban Thường vụ Tỉnh ủy.\nCăn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: Số 82/2018/NQ-HĐND, số 186/2020/NQ-HĐND;",
    ])
    func colonOfANewSentence(text: String) {
        #expect(relations(text, of: "82/2018/NQ-HĐND") == [.basedOn], "\(text)")
        #expect(relations(text, of: "186/2020/NQ-HĐND") == [.basedOn], "\(text)")
    }

    @Test("the commas of a part's address belong to the part", arguments: [
        "Các đại biểu biểu quyết thông qua việc sửa đổi nội dung điểm b, khoản 2, Điều 2, Nghị quyết số 19/NQ-HĐND ngày 15.12.2020 của Hội đồng nhân dân huyện.",
        "Sửa đổi khoản 3, Điều 5, Quyết định số 19/NQ-HĐND ngày 15/12/2020.",
        "Sửa đổi Điều 7, Nghị quyết số 19/NQ-HĐND.",
    ])
    func partAddress(text: String) {
        #expect(relations("Tin kỳ họp.\n\n" + text, of: "19/NQ-HĐND") == [.amends], "\(text)")
    }

    @Test("a list whose passive verb comes after it is carried on", arguments: [
        "Các văn bản: Quy định số 3-QĐ/TW và Kế hoạch số 1-KH/BTCTW tiếp tục được thực hiện.",
        "Quy định số 3-QĐ/TW và Kế hoạch số 1-KH/BTCTW được tiếp tục thực hiện.",
        "Các văn bản: Quy định số 3-QĐ/TW, Kế hoạch số 1-KH/BTCTW tiếp tục được triển khai thực hiện.",
    ])
    func continuedAfterTheList(line: String) {
        let text = "Điều 1. Thay thế Quy định số 2-QĐ/TW ngày 01/01/2019.\n\n" + line
        #expect(relations(text, of: "3-QĐ/TW") == [.continues], "\(line)")
        #expect(relations(text, of: "1-KH/BTCTW") == [.continues], "\(line)")
    }

    @Test("a list with no verb after it, in a sentence of its own, is only named")
    func listWithoutVerb() {
        let text = "Điều 1. Thay thế Quy định số 2-QĐ/TW ngày 01/01/2019.\n\nCác văn bản: Quy định số 3-QĐ/TW và Kế hoạch số 1-KH/BTCTW có liên quan."
        #expect(relations(text, of: "3-QĐ/TW") == [.references])
        #expect(relations(text, of: "1-KH/BTCTW") == [.references])
    }
}
