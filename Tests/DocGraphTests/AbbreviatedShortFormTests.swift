import Testing
@testable import DocGraph

/// Evaluation batch 28 (Hải Phòng's city portal, 401 and 402; Quảng Trị's Hướng Hóa, 394): a Party kind written by its
/// code before a bare number (`NQ 28 của Ban Thường vụ Thành ủy`), the code repeated after the word (`Nghị quyết (NQ) 32`,
/// `Nghị quyết NQ 32`), a bare number whose committee is named later in the sentence, and `Ban Chấp hành` (the committee,
/// not the verb `chấp hành`) before a list's colon.
@Suite("Kinds by their codes and bare numbers")
struct AbbreviatedShortFormTests {
    private func cited(_ sentence: String) -> [(id: String, relation: Relation)] {
        Fixtures.extract(sentence + "\n").citations.filter { !$0.isSelfReference }.map { ($0.id.description, $0.relation) }
    }

    @Test("a code in capitals before a bare number stands for the kind, and every mention takes the id its committee gives", arguments: [
        ("Tổng kết 10 năm thực hiện Nghị quyết (NQ) 28 về doanh nghiệp. Trưởng Ban chỉ đạo của Thành ủy về thực hiện NQ 28. Sau 10 năm thực hiện NQ 28 của Ban Thường vụ Thành ủy, kết quả tốt.",
         ["28-NQ/TU", "28-NQ/TU", "28-NQ/TU"]),
        ("Hội thảo tổng kết 15 năm thực hiện Nghị quyết (NQ) 32 của Bộ Chính trị (khóa 9). Nghị quyết NQ 32 đã đi vào cuộc sống.", ["32-NQ/TW", "32-NQ/TW"]),
        ("Huyện ủy triển khai CT 05 của Ban Thường vụ Tỉnh ủy.", ["05-CT/TU"]),
    ])
    func abbreviated(_ text: String, _ ids: [String]) {
        #expect(cited(text).map(\.id) == ids, "\(cited(text))")
    }

    @Test("a code in lower case, a decimal, or a number no committee names is no citation", arguments: [
        "Công ty nq 28 của Ban Thường vụ Thành ủy.",
        "Thực hiện NQ 28.5 về doanh nghiệp.",
        "Thực hiện NQ 28 về doanh nghiệp.",
    ])
    func notAbbreviated(_ text: String) {
        #expect(cited(text).isEmpty, "\(cited(text))")
    }

    @Test("the body named by a task: with its owner and `về` before the verb, the citation is the body's name")
    func bodyWithOwner() {
        #expect(cited("Trưởng Ban chỉ đạo của Thành ủy về thực hiện Nghị quyết số 28-NQ/TU ngày 10/3/2010.").map(\.relation) == [.references])
        #expect(cited("Ban Chỉ đạo tỉnh đã thực hiện Nghị quyết số 28-NQ/TU ngày 10/3/2010.").map(\.relation) == [.implements])
    }

    @Test("`Ban Chấp hành` before a list's colon is the committee: the verb before it reaches the items")
    func committeeBeforeColon() {
        let found = cited("Hội nghị đã được quán triệt các nghị quyết, kết luận của Ban Chấp hành Đảng bộ tỉnh khoá XVI, nhiệm kỳ 2015-2020: Nghị quyết số 02-NQ/TU, ngày 04/11/2016, của Tỉnh uỷ về đô thị; Nghị quyết số 04-NQ/TU, ngày 20/4/2017, của Tỉnh uỷ về nông nghiệp.")
        #expect(found.map(\.id) == ["02-NQ/TU", "04-NQ/TU"])
        #expect(found.allSatisfy { $0.relation == .implements }, "\(found)")
        #expect(cited("Các cơ quan chấp hành Nghị quyết số 02-NQ/TU ngày 04/11/2016.").map(\.relation) == [.references])
    }
}
