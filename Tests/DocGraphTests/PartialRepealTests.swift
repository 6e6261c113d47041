import Testing
@testable import DocGraph

/// `Bãi bỏ một phần Quyết định số 12/2022/QĐ-UBND …: bãi bỏ khoản 3 Điều 5` (red team, round 20: read as a whole repeal,
/// which made a later citation of the decision a false `superseded-citation` error): repealing or replacing a part amends
/// the document, which stays in force.
@Suite("Partial repeals")
struct PartialRepealTests {
    @Test("a part repealed or replaced amends", arguments: [
        "Điều 1. Bãi bỏ một phần Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố: bãi bỏ khoản 3 Điều 5.",
        "Điều 1. Bãi bỏ một số nội dung của Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố.",
        "Điều 1. Thay thế một phần Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố.",
        "Điều 1. Bãi bỏ khoản 3 Điều 5 Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố.",
    ])
    func part(_ line: String) throws {
        let c = try #require(Fixtures.extract(line + "\n").citations(of: "12/2022/QĐ-UBND").first)
        #expect(c.relation == .amends, "\(line)")
    }

    @Test("the whole document repealed", arguments: [
        "Điều 1. Bãi bỏ Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố.",
        "Điều 1. Bãi bỏ toàn bộ Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố.",
    ])
    func whole(_ line: String) throws {
        let c = try #require(Fixtures.extract(line + "\n").citations(of: "12/2022/QĐ-UBND").first)
        #expect(c.relation == .repeals, "\(line)")
    }
}
