import Testing
@testable import DocGraph

/// `2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã bị bãi bỏ toàn bộ tại Quyết định số 31/2025/QĐ-UBND` (red team,
/// round 21: read backwards, so the repealing decision was repealed and every later citation of it a false error), and
/// `… đã hết hiệu lực theo Quyết định số …` (read as resting on it): a report tells what the later decision did.
@Suite("Repeals a report tells of")
struct ReportedRepealTests {
    private let header = "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 410/BC-UBND\nThanh Hóa, ngày 18 tháng 9 năm 2026\nBÁO CÁO\n"

    private func edge(_ line: String) -> (relation: Relation, citing: String?)? {
        let c = Fixtures.extract(header + line + "\n").citations.first { $0.id.description == "27/2019/QĐ-UBND" && $0.isNested }
        return c.map { ($0.relation, $0.citingDocument?.description) }
    }

    @Test("the later decision repeals the earlier", arguments: [
        "2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã bị bãi bỏ toàn bộ tại Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025.",
        "2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã bị bãi bỏ toàn bộ bởi Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025.",
        "2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã bị bãi bỏ tại Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025.",
        "2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã hết hiệu lực theo Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025.",
        "2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã hết hiệu lực thi hành theo Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025.",
    ])
    func repeals(_ line: String) throws {
        let e = try #require(edge(line), "\(line)")
        #expect(e.relation == .repeals, "\(line)")
        #expect(e.citing == "31/2025/QĐ-UBND", "\(line)")
        let later = Fixtures.extract(header + line + "\n").citations.first { $0.id.description == "31/2025/QĐ-UBND" }
        #expect(later?.relation != .repeals, "the later decision is repealed by nothing: \(line)")
    }

    @Test("in a corpus: the plan citing the repealed decision is stale, the repealing one is not, and the decision's own words are named")
    func inCorpus() throws {
        let report = "2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã bị bãi bỏ toàn bộ tại Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025."
        let g = Fixtures.graph([
            ("a-report.txt", Fixtures.document("410/BC-UBND", "18/09/2026", "Báo cáo", body: report)),
            ("b-decision.txt", Fixtures.document("31/2025/QĐ-UBND", "10/12/2025", "Quyết định", body: "Điều 1. Bãi bỏ toàn bộ Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019.")),
            ("c-old.txt", Fixtures.document("27/2019/QĐ-UBND", "12/09/2019", "Quyết định", body: "Nội dung.")),
            ("d-plan.txt", Fixtures.document("52/KH-SXD", "10/03/2026", "Kế hoạch", body: "Căn cứ Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019.")),
            ("e-plan.txt", Fixtures.document("70/KH-SXD", "05/10/2026", "Kế hoạch", body: "Căn cứ Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025.")),
        ])
        let found = Fixtures.findings(g, .supersededCitation)
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.first?.location?.file == "d-plan.txt")
        #expect(found.first?.related.first?.file == "b-decision.txt")
        #expect(Fixtures.findings(g, .temporal).isEmpty)
    }

    @Test("of two supersessions the earlier is named, wherever it stands in the files")
    func earliestNamed() {
        let g = Fixtures.graph([
            ("a-later.txt", Fixtures.document("19/2022/TT-BYT", "01/11/2022", "Thông tư", body: "Điều 3. Thông tư này thay thế Thông tư số 06/2018/TT-BYT.")),
            ("b-old.txt", Fixtures.document("06/2018/TT-BYT", "01/03/2018", "Thông tư", body: "Nội dung.")),
            ("c-plan.txt", Fixtures.document("77/KH-SYT", "10/03/2024", "Kế hoạch", body: "Căn cứ Thông tư số 06/2018/TT-BYT.")),
            ("d-earlier.txt", Fixtures.document("11/2021/TT-BYT", "20/08/2021", "Thông tư", body: "Nội dung.\n\n\n\nĐiều 2. Bãi bỏ Thông tư số 06/2018/TT-BYT.")),
        ])
        let found = Fixtures.findings(g, .supersededCitation)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("11/2021/TT-BYT") == true, "\(found.map(\.message))")
    }

    @Test("a part repealed is amended")
    func part() throws {
        let e = try #require(edge("2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã bị bãi bỏ một phần tại Quyết định số 31/2025/QĐ-UBND."))
        #expect(e.relation == .amends)
        #expect(e.citing == "31/2025/QĐ-UBND")
    }
}
