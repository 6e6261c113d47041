import Testing
@testable import DocGraph

/// A number written into the blank a template leaves (`Số: 67        /2024/QĐ-UBND`, real: Hà Nội
/// 67/2024/QĐ-UBND, evaluation batch 24): the number line's id across the gap.
@Suite("A number written into the template's blank")
struct FilledBlankNumberTests {
    private func id(_ numberLine: String) throws -> String? {
        let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\(numberLine)\n\nHà Nội, ngày 21 tháng 11 năm 2024\n\nQUYẾT ĐỊNH\nBãi bỏ Quyết định số 19/2019/QĐ-UBND\n\nNội dung."
        return try #require(Fixtures.extract(text).documents.first).id?.description
    }

    @Test("the gap before the year, the type or a Party text's hyphen", arguments: [
        ("Số: 67        /2024/QĐ-UBND", "67/2024/QĐ-UBND"),
        ("Số: 67            /2024/QĐ-UBND", "67/2024/QĐ-UBND"),
        ("Số 1234      /QĐ-UBND", "1234/QĐ-UBND"),
        ("Số: 5   \t  /2024/QĐ-UBND", "5/2024/QĐ-UBND"),
        ("Số 12       -KH/TU", "12-KH/TU"),
        ("Số: 67 /2024/QĐ-UBND", "67/2024/QĐ-UBND"),
    ])
    func filled(_ line: String, _ expected: String) throws {
        #expect(try id(line) == expected)
    }

    @Test("a blank left blank, or a gap before no id, is no number", arguments: ["Số:        /2024/QĐ-UBND", "Số: 67        /", "Số: 67        /2024"])
    func blank(_ line: String) throws {
        #expect(try id(line) == nil)
    }

    @Test("a submission named in a description revises nothing")
    func proposedInDescription() throws {
        let text = "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 2547/TTr-STC ngày 08/10/2024 về việc đề nghị ban hành Quyết định bãi bỏ Quyết định số 19/2019/QĐ-UBND ngày 15 tháng 10 năm 2019 của Ủy ban nhân dân thành phố Hà Nội.\n"
        let nested = try #require(Fixtures.extract(text).citations.first { $0.id.description == "19/2019/QĐ-UBND" })
        #expect(nested.isNested)
        #expect(nested.citingDocument?.description == "2547/TTr-STC")
        #expect(nested.relation == .references)
        #expect(nested.modality == .enacted)
    }

    @Test("what a decision named in a description revised, it did")
    func enactedInDescription() throws {
        let text = "Căn cứ Quyết định số 25/2024/QĐ-UBND ngày 08/10/2024 của Ủy ban nhân dân thành phố Hà Nội bãi bỏ Quyết định số 19/2019/QĐ-UBND ngày 15 tháng 10 năm 2019.\n"
        let nested = try #require(Fixtures.extract(text).citations.first { $0.id.description == "19/2019/QĐ-UBND" })
        #expect(nested.isNested)
        #expect(nested.relation == .repeals)
        #expect(nested.modality == .enacted)
    }
}
