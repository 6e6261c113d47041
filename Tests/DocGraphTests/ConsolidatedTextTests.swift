import Testing
@testable import DocGraph

/// A consolidated text (`Số: 05/VBHN-UBND`) restates the decisions it joins, their effect clauses and all: the
/// `thay thế Quyết định số 15/2019/QĐ-UBND` it repeats was made by the decision it restates (red team, round 17:
/// `status 15/2019/QĐ-UBND` said it was governed by the consolidated text).
@Suite("A consolidated text revises nothing")
struct ConsolidatedTextTests {
    private static func text(number: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG NINH
        Số: \(number)
        Quảng Ninh, ngày 10 tháng 4 năm 2026

        QUYẾT ĐỊNH
        Ban hành Quy định phân cấp quản lý bãi thải mỏ

        Quyết định số 07/2025/QĐ-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh, có hiệu lực kể từ ngày 20/3/2025, được sửa đổi, bổ sung bởi Quyết định số 03/2026/QĐ-UBND ngày 25/3/2026 của Ủy ban nhân dân tỉnh.

        Điều 2. Quyết định này có hiệu lực kể từ ngày 20/3/2025 và thay thế Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của Ủy ban nhân dân tỉnh.

        """
    }

    @Test("the replacement it restates is the restated decision's")
    func restated() throws {
        let cited = Fixtures.extract(Self.text(number: "05/VBHN-UBND")).citations
        let replaced = try #require(cited.first { $0.id.description == "15/2019/QĐ-UBND" })
        #expect(replaced.relation == .references)
        // What it tells of the decisions it joins stays told: 03/2026 amended 07/2025.
        #expect(cited.contains { $0.id.description == "07/2025/QĐ-UBND" && $0.isNested && $0.relation == .amends && $0.citingDocument?.description == "03/2026/QĐ-UBND" })
    }

    @Test("the same clause in a decision replaces")
    func decision() throws {
        let replaced = try #require(Fixtures.extract(Self.text(number: "07/2025/QĐ-UBND")).citations.first { $0.id.description == "15/2019/QĐ-UBND" })
        #expect(replaced.relation == .replaces)
    }
}
