import Testing
@testable import DocGraph

/// `Nghị quyết số 05/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Hải Dương hết hiệu lực kể từ …` (red team,
/// round 20: the issuer's name swallowed `hết`, and the repeal said after it was lost): the phrases that say a document
/// ends end the issuer's name.
@Suite("Repeals said after the issuer")
struct RepealAfterIssuerTests {
    @Test("the clause repeals, and the issuer is whole", arguments: [
        ("Nghị quyết số 05/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Hải Dương hết hiệu lực kể từ ngày 01/01/2026.", Relation.repeals),
        ("Quyết định số 15/2021/QĐ-UBND ngày 21/7/2021 của UBND tỉnh Hải Dương bị bãi bỏ kể từ ngày 01/01/2026.", .repeals),
        ("Quyết định số 15/2021/QĐ-UBND ngày 21/7/2021 của UBND tỉnh Hải Dương bị thay thế bởi Quyết định này.", .replaces),
    ])
    func repeals(_ line: String, _ relation: Relation) throws {
        let c = try #require(Fixtures.extract(line + "\n").citations.first)
        #expect(c.relation == relation, "\(line)")
        #expect(c.issuer?.hasSuffix("Hải Dương") == true, "\(String(describing: c.issuer))")
    }

    @Test("a document still in force is no repeal")
    func inForce() throws {
        let line = "Nghị quyết số 05/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Hải Dương còn hiệu lực đến hết năm 2026.\n"
        let c = try #require(Fixtures.extract(line).citations.first)
        #expect(c.relation != .repeals)
        #expect(c.issuer == "Hội đồng nhân dân tỉnh Hải Dương")
    }
}
