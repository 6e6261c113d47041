import Foundation
import Testing
@testable import DocGraph

/// A plan that promises a mid-way review (`sơ kết`) and a final one (`tổng kết`) of one resolution is
/// kept only by a review of each kind (red team, round 15, miss 1: one `sơ kết 03 năm` report had
/// closed the plan's `tổng kết 05 năm` row, due two years later).
@Suite("Mid-way and final reviews")
struct ReviewStageTests {
    typealias F = Fixtures

    static let plan = """
        TỈNH ỦY PHÚ THỌ
        Số 15-KH/TU                      Việt Trì, ngày 20 tháng 4 năm 2021

        KẾ HOẠCH
        thực hiện Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số

        | TT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |
        |---|---|---|---|
        | 1 | Sơ kết 03 năm thực hiện Nghị quyết số 02-NQ/TU | Ban Tuyên giáo Tỉnh ủy | Quý IV/2023 |
        | 2 | Tổng kết 05 năm thực hiện Nghị quyết số 02-NQ/TU | Văn phòng Tỉnh ủy | Quý III/2025 |
        """

    static func report(_ number: String, _ date: String, _ what: String) -> String {
        let d = date.split(separator: "/")
        return """
            TỈNH ỦY PHÚ THỌ
            Số \(number)                     Việt Trì, ngày \(d[0]) tháng \(d[1]) năm \(d[2])

            BÁO CÁO
            \(what) thực hiện Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số
            """
    }

    /// The plan's two rows' states, in row order.
    private func states(_ reports: [(String, String)]) -> [String] {
        F.findings(F.graph([("kh.txt", Self.plan)] + reports), .overduePlan, all: true)
            .sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
            .map { $0.message.contains("fulfilled") ? "fulfilled" : $0.message.contains("overdue") ? "overdue" : $0.message }
    }

    @Test("the words before a citation name its stage", arguments: [
        ("Sơ kết 03 năm thực hiện ", ReviewStage.interim), ("SƠ KẾT GIỮA NHIỆM KỲ VIỆC THỰC HIỆN ", .interim),
        ("Báo cáo tổng kết 10 năm thực hiện ", .final), ("TỔNG KẾT ", .final), ("tổng  kết\n05 năm ", .final),
    ])
    func reads(words: String, stage: ReviewStage) {
        let c = DocumentExtractor.extract(text: Self.report("1-BC/TU", "01/01/2024", "") + "\n\n" + words + "Nghị quyết số 09-NQ/TU ngày 01/01/2020", file: "a.txt")
            .citations(of: "09-NQ/TU")
        #expect(c.first?.relation == .reviews)
        #expect(c.first?.reviewStage == stage, "\(c)")
    }

    @Test("no stage where neither or both are said", arguments: [
        "Chỉ đạo sơ kết, tổng kết việc thực hiện ", "Đánh giá kết quả thực hiện ", "Tổ chức sơ kết và tổng kết ",
    ])
    func unsaid(words: String) {
        let c = DocumentExtractor.extract(text: Self.report("1-BC/TU", "01/01/2024", "") + "\n\n" + words + "Nghị quyết số 09-NQ/TU ngày 01/01/2020", file: "a.txt")
            .citations(of: "09-NQ/TU")
        #expect(c.first?.relation == .reviews)
        #expect(c.first?.reviewStage == nil)
    }

    @Test("a mid-way report keeps the mid-way row only")
    func midWay() {
        #expect(states([("bc.txt", Self.report("210-BC/TU", "15/12/2023", "sơ kết 03 năm"))]) == ["fulfilled", "overdue"])
    }

    @Test("a final report keeps the final row only; both reports keep both")
    func final() {
        let final = ("bc2.txt", Self.report("350-BC/TU", "20/08/2025", "tổng kết 05 năm"))
        #expect(states([final]) == ["overdue", "fulfilled"])
        #expect(states([("bc.txt", Self.report("210-BC/TU", "15/12/2023", "sơ kết 03 năm")), final]) == ["fulfilled", "fulfilled"])
    }

    @Test("a report that says neither keeps either")
    func unsaidReport() {
        #expect(states([("bc.txt", Self.report("210-BC/TU", "15/12/2023", "đánh giá kết quả"))]) == ["fulfilled", "fulfilled"])
    }

    @Test("the index keeps the stage: check answers the same with --index (schema 8)")
    func indexKeepsIt() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("Reviews")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Self.plan.write(to: corpus.appendingPathComponent("kh.txt"), atomically: true, encoding: .utf8)
        try Self.report("210-BC/TU", "15/12/2023", "sơ kết 03 năm").write(to: corpus.appendingPathComponent("bc.txt"), atomically: true, encoding: .utf8)
        try IndexTests.expectSameAnswers(corpus: "Reviews", commands: [["check", "--format", "json", "--all", "--fail-on", "never", "--as-of", "2026-01-01"]],
                                         gallery: false, in: folder)
    }
}
