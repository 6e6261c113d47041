import Testing
@testable import DocGraph

/// `quyết tâm đưa Nghị quyết đi vào thực tiễn cuộc sống` (real: Khánh Hòa's programme, evaluation 214): bringing a
/// document into life carries it out.
@Suite("Bringing a document into life")
struct BringingIntoLifeTests {
    @Test("đưa … (đi) vào cuộc sống / thực tiễn implements", arguments: [
        "Các cấp ủy sớm đưa Nghị quyết số 09-NQ/TW vào cuộc sống.",
        "Quyết tâm đưa Nghị quyết số 09-NQ/TW đi vào thực tiễn cuộc sống.",
        "Phấn đấu đưa Nghị quyết số 09-NQ/TW, ngày 28/01/2022 của Bộ Chính trị đi vào cuộc sống.",
    ])
    func intoLife(text: String) {
        #expect(DocumentExtractor.extract(text: text, file: "a.txt").citations(of: "09-NQ/TW").map(\.relation) == [.implements], "\(text)")
    }

    @Test("đưa without the life after it, or the life without đưa, is a mention", arguments: [
        "Văn phòng đưa Nghị quyết số 09-NQ/TW lên cổng thông tin.",
        "Nghị quyết số 09-NQ/TW vào cuộc sống là yêu cầu.",
    ])
    func notIntoLife(text: String) {
        #expect(DocumentExtractor.extract(text: text, file: "a.txt").citations(of: "09-NQ/TW").map(\.relation) == [.references], "\(text)")
    }
}
