import Testing
@testable import DocGraph

/// `ĐỀ ÁN` / `xây dựng thành phố Bảo Lộc trở thành đô thị loại II` / `Trên cơ sở Kế hoạch số 52-KH/TU …` (red team, round
/// 19: the title's `xây dựng` made the basis a plan, and a planted cycle was missed): a line that opens with a clause's
/// verb starts the clause, and the title above it says nothing of it.
@Suite("Lines opening a clause under a title")
struct ClauseOpenerLineTests {
    private func cited(_ line: String) throws -> Citation {
        let text = "THÀNH ỦY BẢO LỘC\nSố 03-ĐA/TU\nBảo Lộc, ngày 15 tháng 3 năm 2023\nĐỀ ÁN\nxây dựng thành phố Bảo Lộc trở thành đô thị loại II\n\(line)\n"
        return try #require(Fixtures.extract(text).citations.first { !$0.isSelfReference })
    }

    @Test("enacted, with the opener's relation", arguments: [
        ("Trên cơ sở Kế hoạch số 52-KH/TU ngày 15/3/2023 của Ban Thường vụ Thành ủy về phát triển kinh tế đêm, Ban Thường vụ Thành ủy xây dựng Đề án như sau:",
         Relation.basedOn),
        ("Triển khai Kế hoạch số 52-KH/TU ngày 15/3/2023 của Ban Thường vụ Thành ủy.", .implements),
        ("Để cụ thể hóa Kế hoạch số 52-KH/TU ngày 15/3/2023 của Ban Thường vụ Thành ủy, Thành ủy ban hành Đề án.", .implements),
        ("Căn cứ Kế hoạch số 52-KH/TU ngày 15/3/2023 của Ban Thường vụ Thành ủy.", .basedOn),
    ])
    func enacted(_ line: String, _ relation: Relation) throws {
        let c = try cited(line)
        #expect(c.modality == .enacted, "\(line)")
        #expect(c.relation == relation, "\(line)")
    }

    @Test("a task that plans stays planned")
    func planned() throws {
        let c = try cited("Ban Thường vụ Thành ủy xây dựng Kế hoạch thay thế Kế hoạch số 52-KH/TU trong quý III năm 2023.")
        #expect(c.modality == .planned)
    }
}
