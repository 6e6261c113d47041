import Testing
@testable import DocGraph

/// A programme's own last task row, `Tổng kết 05 năm thực hiện Chương trình này` (red team, rounds 16 and 17): a review
/// the text plans of itself is tracked by `overdue-plan` like a review of another document, and never forms a cycle.
@Suite("A review a text plans of itself")
struct OwnPlannedReviewTests {
    private static let programme = "TỈNH ỦY NGHỆ AN\t\tĐẢNG CỘNG SẢN VIỆT NAM\n*\t\tNghệ An, ngày 20 tháng 5 năm 2021\nSố 25-CTr/TU\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nvề xây dựng nông thôn mới giai đoạn 2021 - 2025\n\nTT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tTổng kết 05 năm thực hiện Chương trình này\tBan Tuyên giáo Tỉnh ủy\tQuý IV/2025\n"
    private static let report = "TỈNH ỦY NGHỆ AN\t\tĐẢNG CỘNG SẢN VIỆT NAM\n*\t\tNghệ An, ngày 10 tháng 12 năm 2025\nSố 410-BC/TU\n\nBÁO CÁO\ntổng kết 05 năm thực hiện Chương trình hành động số 25-CTr/TU, ngày 20/5/2021 của Tỉnh ủy\n\nI. KẾT QUẢ\nNội dung.\n"
    private static let asOf = SimpleDate(year: 2026, month: 11, day: 28)!

    @Test("overdue without the review, fulfilled by it")
    func tracked() {
        let alone = Fixtures.findings(Fixtures.graph([("ctr25.txt", Self.programme)]), .overduePlan, asOf: Self.asOf)
        #expect(alone.count == 1 && alone.allSatisfy { $0.severity == .warning && $0.message.contains("25-CTr/TU") }, "\(alone.map(\.message))")
        let done = Fixtures.findings(Fixtures.graph([("ctr25.txt", Self.programme), ("bc410.txt", Self.report)]), .overduePlan, asOf: Self.asOf, all: true)
        #expect(done.count == 1 && done.allSatisfy { $0.severity == .note && $0.message.contains("fulfilled by 410-BC/TU") }, "\(done.map(\.message))")
    }

    @Test("no cycle, no enacted edge to itself")
    func noCycle() {
        let g = Fixtures.graph([("ctr25.txt", Self.programme)])
        #expect(Fixtures.findings(g, .cycle, all: true).isEmpty)
        #expect(!g.edges.contains { $0.from == $0.to && $0.modality == .enacted })
    }
}
