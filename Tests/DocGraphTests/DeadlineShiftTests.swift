@testable import DocGraph
import Foundation
import Testing

/// A later text moving a plan's deadline (red teams 37 c2 and 38 c6: a decision moving a task of a plan from Quý IV/2024
/// to Quý IV/2026 was ignored, and the task was reported overdue).
@Suite("Deadline shifts")
struct DeadlineShiftTests {
    typealias F = Fixtures

    static let plan = ("kh120.txt", """
        ỦY BAN NHÂN DÂN
        TỈNH THỪA THIÊN HUẾ
        Số: 120/KH-UBND
        Huế, ngày 12 tháng 4 năm 2023

        KẾ HOẠCH
        Chỉnh trang đô thị

        TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian
        1\tXây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương\tSở Xây dựng\tQuý IV/2024
        2\tXây dựng Đề án phát triển không gian ngầm đô thị\tSở Xây dựng\tQuý IV/2024
        """)

    static func decision(_ article: String, date: String = "20 tháng 11 năm 2024", title: String = "Về việc điều chỉnh thời hạn thực hiện nhiệm vụ") -> (String, String) {
        ("qd1234.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH THỪA THIÊN HUẾ
            Số: 1234/QĐ-UBND
            Huế, ngày \(date)

            QUYẾT ĐỊNH
            \(title)

            Điều 1. \(article)
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            """)
    }

    static func shifts(_ text: String) -> [DeadlineShift] { F.extract(text).citations.compactMap(\.deadlineShift) }

    static func overdue(_ g: DocumentGraph, asOf: SimpleDate = F.asOf) -> [String] {
        F.findings(g, .overduePlan, asOf: asOf).map(\.message)
    }

    @Test("the forms: `từ … sang …` with the task in brackets, `đến hết ngày` after a subject that holds `giai đoạn`, `gia hạn thời gian thực hiện`, a line break")
    func forms() throws {
        let moved = try #require(Self.shifts(Self.decision("Điều chỉnh thời hạn hoàn thành nhiệm vụ số 1 (Xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương) tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh từ Quý IV/2024 sang Quý IV/2026.").1).first)
        #expect(moved.task == "Xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương")
        #expect(moved.from?.date == SimpleDate(year: 2024, month: 12, day: 31) && moved.to.date == SimpleDate(year: 2026, month: 12, day: 31))
        let extended = try #require(Self.shifts(Self.decision("Kéo dài thời gian thực hiện Chương trình số 05/CTr-UBND ngày 10/3/2021 của Ủy ban nhân dân tỉnh về phát triển du lịch giai đoạn 2021 - 2025 đến hết ngày 31/12/2026.").1).first)
        #expect(extended.task == nil && extended.from == nil && extended.to.date == SimpleDate(year: 2026, month: 12, day: 31))
        #expect(Self.shifts(Self.decision("Gia hạn thời gian thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023\ncủa Ủy ban nhân dân tỉnh đến hết năm 2026.").1).first?.to.date == SimpleDate(year: 2026, month: 12, day: 31))
    }

    @Test("a Thông báo's `lùi thời hạn` with the task before the bracket that holds the plan (red team 41 c6)")
    func taskBeforeBracket() throws {
        let shift = try #require(Self.shifts(Self.decision("Đồng ý lùi thời hạn ban hành Chỉ thị về công tác quản lý, bảo vệ rừng đầu nguồn (nhiệm vụ số 1 tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh) từ tháng 6/2024 sang tháng 9/2024.").1).first)
        #expect(shift.task == "ban hành Chỉ thị về công tác quản lý, bảo vệ rừng đầu nguồn")
        #expect(shift.from?.date == SimpleDate(year: 2024, month: 6, day: 30) && shift.to.date == SimpleDate(year: 2024, month: 9, day: 30))
    }

    @Test("false friends: a tax's extension, a plan's own `đến năm 2030`, a capital plan's adjustment, a deadline before the verb's document")
    func falseFriends() {
        let texts = [
            "Thực hiện Nghị định số 12/2023/NĐ-CP ngày 14/4/2023 của Chính phủ về gia hạn thời hạn nộp thuế đến hết ngày 31/12/2023.",
            "Điều chỉnh thời hạn thực hiện theo Kế hoạch số 120/KH-UBND ngày 12/4/2023 về chỉnh trang đô thị đến năm 2030 của tỉnh.",
            "Điều chỉnh kế hoạch vốn đầu tư công năm 2024 theo Nghị quyết số 25/NQ-HĐND ngày 10/7/2024 đến hết ngày 31/12/2024.",
        ]
        for text in texts {
            #expect(Self.shifts(Self.decision(text).1).isEmpty, "\(text)")
        }
    }

    @Test("the task named is due on the new day, the other still overdue; a shift dated after the as-of date is not yet known")
    func overduePlan() {
        let g = F.graph([Self.plan, Self.decision("Điều chỉnh thời hạn hoàn thành nhiệm vụ số 1 (Xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương) tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh từ Quý IV/2024 sang Quý IV/2026.")])
        let now = Self.overdue(g, asOf: SimpleDate(year: 2025, month: 6, day: 1)!)
        #expect(now.count == 1 && now[0].contains("không gian ngầm"), "\(now)")
        let before = Self.overdue(g, asOf: SimpleDate(year: 2024, month: 11, day: 1)!)
        #expect(before.isEmpty, "not yet due: \(before)")
        let late = F.graph([Self.plan, Self.decision("Điều chỉnh thời hạn hoàn thành nhiệm vụ số 1 (Xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương) tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh từ Quý IV/2024 sang Quý IV/2026.", date: "20 tháng 11 năm 2025")])
        #expect(Self.overdue(late, asOf: SimpleDate(year: 2025, month: 6, day: 1)!).count == 2, "the decision of November 2025 was not known in June")
        let whole = F.graph([Self.plan, Self.decision("Kéo dài thời gian thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh đến hết ngày 31/12/2026.")])
        #expect(Self.overdue(whole, asOf: SimpleDate(year: 2025, month: 6, day: 1)!).isEmpty, "every task extended")
        #expect(Self.overdue(whole, asOf: SimpleDate(year: 2027, month: 1, day: 5)!).count == 2, "past the new day")
    }

    @Test("reviewer, session 29: two rows sharing most words; `sáng`, money, an application, a request; `từ` a day without its year")
    func reviewersCases() throws {
        let twoRows = ("kh120.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH THỪA THIÊN HUẾ
            Số: 120/KH-UBND
            Huế, ngày 12 tháng 4 năm 2023

            KẾ HOẠCH
            Phát triển kinh tế

            TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian
            1\tXây dựng Đề án phát triển du lịch tỉnh giai đoạn 2023 - 2025\tSở Du lịch\tQuý IV/2024
            2\tXây dựng Đề án phát triển nông nghiệp tỉnh giai đoạn 2023 - 2025\tSở Nông nghiệp\tQuý IV/2024
            """)
        let g = F.graph([twoRows, Self.decision("Điều chỉnh thời hạn hoàn thành nhiệm vụ số 1 (Xây dựng Đề án phát triển du lịch tỉnh giai đoạn 2023 - 2025) tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh từ Quý IV/2024 sang Quý IV/2026.")])
        let now = Self.overdue(g, asOf: SimpleDate(year: 2025, month: 6, day: 1)!)
        #expect(now.count == 1 && now[0].contains("nông nghiệp"), "\(now)")
        let notShifts = [
            "Điều chỉnh thời gian tổ chức Hội nghị sơ kết Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh vào sáng ngày 20/12/2026.",
            "Điều chỉnh tiến độ giải ngân kinh phí thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023, chuyển nguồn kinh phí chưa sử dụng sang năm 2026.",
            "Thông báo gia hạn thời gian nhận hồ sơ dự tuyển theo Kế hoạch số 120/KH-UBND ngày 12/4/2023 đến hết ngày 31/12/2026.",
            "Kiến nghị Ủy ban nhân dân tỉnh xem xét gia hạn thời gian thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023 đến hết ngày 31/12/2026.",
            "Điều chỉnh thời gian thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023 từ ngày 15/3 sang ngày 20/5/2025.",
        ]
        for text in notShifts {
            #expect(Self.shifts(Self.decision(text).1).isEmpty, "\(text)")
        }
    }

    @Test("of two shifts, the latest dated wins, whatever the files' order; an undated one only where no dated one applies")
    func order() {
        let dated = Self.decision("Kéo dài thời gian thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh đến hết ngày 31/12/2026.", date: "20 tháng 01 năm 2025")
        var undated = Self.decision("Kéo dài thời gian thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh đến hết ngày 30/6/2025.")
        undated.1 = undated.1.replacingOccurrences(of: "Huế, ngày 20 tháng 11 năm 2024\n", with: "").replacingOccurrences(of: "1234/QĐ-UBND", with: "1300/QĐ-UBND")
        for names in [("a.txt", "z.txt"), ("z.txt", "a.txt")] {
            let g = F.graph([Self.plan, (names.0, dated.1), (names.1, undated.1)])
            #expect(Self.overdue(g, asOf: SimpleDate(year: 2025, month: 8, day: 1)!).isEmpty, "\(names)")
        }
    }

    @Test("a shift said of no document, under a title that adjusts the plan (red team 37 c2a)")
    func underTheTitle() {
        let adjusting = ("kh150.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH THỪA THIÊN HUẾ
            Số: 150/KH-UBND
            Huế, ngày 12 tháng 9 năm 2024

            KẾ HOẠCH
            Điều chỉnh, bổ sung Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh

            Ủy ban nhân dân tỉnh điều chỉnh, bổ sung Kế hoạch như sau:
            1. Điều chỉnh thời gian hoàn thành nhiệm vụ số 2 (Xây dựng Đề án phát triển không gian ngầm đô thị) từ Quý IV/2024 sang Quý IV/2026.
            """)
        let g = F.graph([Self.plan, adjusting])
        let now = Self.overdue(g, asOf: SimpleDate(year: 2025, month: 6, day: 1)!)
        #expect(now.count == 1 && now[0].contains("sông Hương"), "\(now)")
    }

    @Test("extract JSON shows `movesDeadline`; the index keeps the shift: check answers the same with --index")
    func jsonAndIndex() throws {
        let article = "Điều chỉnh thời hạn hoàn thành nhiệm vụ số 1 (Xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương) tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh từ Quý IV/2024 sang Quý IV/2026."
        let file = F.extract(Self.decision(article).1)
        let json = String(decoding: try JSONEncoder().encode(file.citations.map(CitationJSON.init)), as: UTF8.self)
        #expect(json.contains("\"movesDeadline\":{"), "\(json)")
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("Shift")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in [Self.plan, Self.decision(article)] { try text.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try IndexTests.expectSameAnswers(corpus: "Shift", commands: [["check", "--format", "json", "--all", "--fail-on", "never", "--as-of", "2025-06-01"]], gallery: false, in: folder)
    }

    @Test("a list's lead-in says the verb, each item the task, its plan and the new time (red team 46 c6)")
    func listLeadIn() throws {
        let text = Self.decision("Gia hạn thời gian thực hiện các nhiệm vụ sau:\n1. Nhiệm vụ xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh: thời gian hoàn thành đến Quý II/2027.\n2. Nhiệm vụ ban hành Quy chế phối hợp tại Kế hoạch số 64/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân tỉnh: thời gian hoàn thành đến ngày 30/6/2026.").1
        let shifts = Self.shifts(text)
        #expect(shifts.count == 2, "\(shifts)")
        let first = try #require(shifts.first)
        #expect(first.task == "xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương" && first.to.date == SimpleDate(year: 2027, month: 6, day: 30), "\(first)")
        // A list under a lead-in that moves nothing moves nothing.
        let plain = Self.decision("Giao các đơn vị thực hiện các nhiệm vụ sau:\n1. Nhiệm vụ xây dựng Đề án tại Kế hoạch số 120/KH-UBND ngày 12/4/2023: thời gian hoàn thành đến Quý II/2027.").1
        #expect(Self.shifts(plain).isEmpty)
    }
}
