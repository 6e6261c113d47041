import Testing
@testable import DocGraph

/// State ids typed in lower case (`15/2019/qđ-ubnd`, `18/kh-ubnd`; red team, round 17): a type code that exists,
/// then a state issuer's code, each part in one case, read as the body writes them.
@Suite("State ids in lower case")
struct LowerCaseStateIDTests {
    @Test("read as written by the body", arguments: [
        ("Quyết định số 15/2019/qđ-ubnd ngày 12/3/2019", "15/2019/QĐ-UBND"),
        ("Kế hoạch số 18/kh-ubnd ngày 2/3/2020", "18/KH-UBND"),
        ("Nghị định số 15/2019/nđ-cp ngày 2/3/2019", "15/2019/NĐ-CP"),
        ("Quyết định số 15/2019/QĐ-ubnd ngày 12/3/2019", "15/2019/QĐ-UBND"),
        ("Quyết định số 1234/qđ-ttg ngày 12/3/2019", "1234/QĐ-TTg"),
        ("Nghị quyết số 12/2021/nq-hđnd ngày 8/7/2021", "12/2021/NQ-HĐND"),
    ])
    func read(_ text: String, _ expected: String) {
        let ids = Fixtures.extract("Thực hiện \(text).\n").citations.map(\.id.description)
        #expect(ids == [expected], "\(ids)")
    }

    @Test("prose with a slash and a hyphen is no id", arguments: ["tốc độ 5 km/h-ngày", "tỷ lệ 3/4-năm", "số 12/abc-ubnd", "số 12/kh-xyz"])
    func prose(_ text: String) {
        #expect(Fixtures.extract("Đạt \(text) trong năm.\n").citations.isEmpty)
    }

    @Test("a number line in lower case is the document's own")
    func numberLine() throws {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 45/qđ-ubnd\n\nQuảng Ninh, ngày 21 tháng 11 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thử\n\nNội dung.\n"
        #expect(try #require(Fixtures.extract(text).documents.first).id?.description == "45/QĐ-UBND")
    }
}
