import Testing
@testable import DocGraph

/// Tasks assigned in one sentence of prose with their deadline (`…, hoàn thành trước ngày …`), the
/// way plans and conclusions hand out most of their work (red-team corpus form F7).
@Suite("Tasks written in one sentence")
struct SentenceTaskTests {
    private typealias F = Fixtures

    @Test("the sentence's deadline, its lead unit and the document it announces", arguments: [
        ("Giao Ban Tuyên giáo Tỉnh ủy chủ trì xây dựng Kế hoạch thực hiện Kết luận số 18-KL/TU, hoàn thành trước ngày 30/6/2022.",
         "2022-06-30", "Ban Tuyên giáo Tỉnh ủy", "KH"),
        ("Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh ban hành Kế hoạch triển khai, xong trước ngày 15/5/2022.",
         "2022-05-15", "UBND tỉnh", "KH"),
        ("- Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tổ chức Huyện ủy tham mưu xây dựng Quy chế làm việc, hoàn thành trong quý II/2023.",
         "2023-06-30", "Văn phòng Huyện ủy", "QC"),
        ("Các chi bộ xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Thường vụ chậm nhất ngày 30/11/2024.",
         "2024-11-30", "Các chi bộ", "KH"),
    ] as [(String, String, String?, String)])
    func sentenceTask(text: String, deadline: String, lead: String?, announced: String) throws {
        let tasks = F.extract("KẾ HOẠCH\nthử\n\n\(text)\n").tasks
        let task = try #require(tasks.first)
        #expect(tasks.count == 1)
        #expect(task.deadline?.date?.description == deadline)
        #expect(task.leadUnit == lead)
        #expect(task.announced?.typeCode == announced)
    }

    @Test("a deadline after a semicolon, in closing brackets, or on the line a hard wrap carried it to", arguments: [
        // Red-team round 4 probes d01, d06, d14 and repro 04 (forms of provincial plans).
        ("1. Sở Công Thương tham mưu sửa đổi Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh; Quý II/2026.", "2026-06-30"),
        ("1. Sở Công Thương tham mưu sửa đổi Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh; hoàn thành trước ngày 30/9/2026.", "2026-09-30"),
        ("1. Sở Công Thương tham mưu sửa đổi Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh (Quý II/2026).", "2026-06-30"),
        ("1. Sở Công Thương tham mưu sửa đổi Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh (trước ngày 30/9/2026).", "2026-09-30"),
        ("1. Sở Công Thương tham mưu sửa đổi Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh; tháng 6/2026.", "2026-06-30"),
        ("2. Sở Nội vụ trình UBND tỉnh ban hành Quyết định thay thế Quyết định số 45/2016/QĐ-UBND ngày 10/11/2016 của UBND tỉnh\nvề phân cấp quản lý cán bộ; hoàn thành trước ngày 30/9/2026.", "2026-09-30"),
        ("2. Sở Nội vụ trình UBND tỉnh ban hành Quyết định thay thế Quyết định số 45/2016/QĐ-UBND\nngày 10/11/2016 của UBND tỉnh\nvề phân cấp quản lý cán bộ, hoàn thành trong 6 tháng đầu năm 2026.", "2026-06-30"),
        // Red-team round 5, repro 06: a line stopping on `của`, `và`, `theo` goes on, the next in capitals.
        ("1. Giao Ủy ban nhân dân xã chủ trì xây dựng Báo cáo sơ kết 01 năm thực hiện Kế hoạch số 08-KH/ĐU ngày 28/02/2024 của\nĐảng ủy xã, hoàn thành trước ngày 31/12/2024.", "2024-12-31"),
        ("1. Sở Tư pháp tham mưu sửa đổi Quyết định số 45/2016/QĐ-UBND ngày 10/11/2016 của UBND tỉnh và\nUBND các huyện rà soát, hoàn thành trước ngày 30/9/2026.", "2026-09-30"),
        ("1. Sở Tư pháp tham mưu sửa đổi Quyết định số 45/2016/QĐ-UBND ngày 10/11/2016 theo\nQuy định mới, hoàn thành trước ngày 30/9/2026.", "2026-09-30"),
    ])
    func deadlineAfterTheSentence(text: String, deadline: String) throws {
        let cs = F.extract("KẾ HOẠCH\nthử\n\n\(text.replacingOccurrences(of: "\\n", with: "\n"))\n").citations
        let c = try #require(cs.first)
        #expect(c.modality == .planned)
        #expect(c.deadline?.date?.description == deadline)
    }

    @Test("dates alone in brackets are events, and a new item is a new sentence", arguments: [
        "Căn cứ Quyết định số 640/QĐ-TTg ngày 31/5/2012 về việc thành lập Ban Tổ chức kỷ niệm 100 năm Ngày sinh (09/7/1912 - 09/7/2012);",
        "1. Sở Nội vụ trình UBND tỉnh ban hành Quyết định thay thế Quyết định số 45/2016/QĐ-UBND ngày 10/11/2016 của UBND tỉnh\n2. Sở Tư pháp tổng kết, hoàn thành trước ngày 30/9/2026.",
        // The reviewer's form (session 10): a sub-list's next mark in lower case opens an item of its own.
        "a) Sở Tư pháp tham mưu sửa đổi Quyết định số 45/2016/QĐ-UBND ngày 10/11/2016 của UBND tỉnh\nb) Sở Nội vụ tổng kết công tác, hoàn thành trước ngày 30/6/2026.",
        // A line that ends a sentence without its stop, the next opening in capitals: a new sentence.
        "1. Sở Tư pháp tham mưu sửa đổi Quyết định số 45/2016/QĐ-UBND ngày 10/11/2016 của UBND tỉnh\nSở Nội vụ tổng kết công tác, hoàn thành trước ngày 30/6/2026.",
    ])
    func notADeadline(text: String) throws {
        let cs = F.extract("KẾ HOẠCH\nthử\n\n\(text.replacingOccurrences(of: "\\n", with: "\n"))\n").citations
        let c = try #require(cs.first)
        #expect(c.deadline == nil)
    }

    @Test("only the sentence is the task: a citation before it on the same line stays enacted")
    func onlyTheSentence() throws {
        let cs = F.extract("KẾ HOẠCH\nthử\n\nThực hiện Nghị quyết số 12-NQ/TU ngày 5/1/2022 của Tỉnh ủy. Giao Ban Tuyên giáo chủ trì xây dựng kế hoạch thực hiện Kết luận số 18-KL/TU, hoàn thành trước ngày 30/6/2022.\n").citations
        #expect(cs.map(\.id.description) == ["12-NQ/TU", "18-KL/TU"])
        #expect(cs.map(\.modality) == [.enacted, .planned])
        #expect(cs.last?.deadline?.date?.description == "2022-06-30")
    }

    @Test("a fact about a date is no task", arguments: [
        "Nghị quyết số 12-NQ/TU đã được ban hành trước ngày 30/6/2022.",
        "Các đơn vị đã xây dựng kế hoạch, hoàn thành trước ngày 30/6/2022.",
        "Hội nghị diễn ra trước ngày 30/6/2022 tại Hội trường.",
    ])
    func noTask(text: String) {
        #expect(F.extract("KẾ HOẠCH\nthử\n\n\(text)\n").tasks.isEmpty)
    }

    @Test("an announced plan past its deadline is overdue until a document of that body fulfils it")
    func overdueUntilFulfilled() {
        let conclusion = ("kl.txt", "TỈNH ỦY NGHỆ AN\nSố 18-KL/TU\nVinh, ngày 10 tháng 3 năm 2022\nKẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về công tác tuyên truyền\n\nGiao Ban Tuyên giáo Tỉnh ủy chủ trì xây dựng Kế hoạch thực hiện Kết luận này, hoàn thành trước ngày 30/6/2022.\n")
        let overdue = F.findings(F.graph([conclusion]), .overduePlan)
        #expect(overdue.count == 1)
        let plan = ("kh.txt", "TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO\nSố 20-KH/BTGTU\nVinh, ngày 20 tháng 6 năm 2022\nKẾ HOẠCH\nthực hiện Kết luận số 18-KL/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy\n")
        #expect(F.findings(F.graph([conclusion, plan]), .overduePlan).isEmpty)
    }

    @Test("a report sent to a body (`về Sở Nội vụ`, `gửi UBND tỉnh`) is a duty of those addressed, no document announced (red team, round 8, repro 04)", arguments: [
        ("2. Báo cáo kết quả về Sở Nội vụ trước ngày 15/10/2025.", 0),
        ("2. Báo cáo kết quả thực hiện gửi UBND tỉnh trước ngày 15/10/2025.", 0),
        // What a report is about is no body: it stays a document to write.
        ("2. Sở Nội vụ xây dựng Báo cáo về tình hình tổ chức bộ máy, hoàn thành trước ngày 15/10/2025.", 1),
        ("2. Văn phòng Sở xây dựng Báo cáo về Hội nghị sơ kết công tác, hoàn thành trước ngày 15/10/2025.", 1),
    ])
    func reportSentToABody(line: String, overdue: Int) {
        let guide = ("hd.txt", "UBND TỈNH LÀO CAI\nSỞ NỘI VỤ\nSố: 12/HD-SNV\nLào Cai, ngày 22 tháng 9 năm 2025\nHƯỚNG DẪN\nthực hiện sắp xếp\n\nSở Nội vụ hướng dẫn UBND các xã, phường một số nội dung sau:\n1. Rà soát các phòng chuyên môn.\n\(line)\n")
        #expect(F.findings(F.graph([guide]), .overduePlan).count == overdue)
    }
}
