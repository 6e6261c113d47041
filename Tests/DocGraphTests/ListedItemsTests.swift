import Testing
@testable import DocGraph

/// Counts a document states for the list after them, and the items the list holds (red-team
/// round 2: count-statements; real: Bình Định 27/2019/NQ-HĐND, a list an excerpt cut).
@Suite("Stated counts and listed items")
struct ListedItemsTests {
    private typealias F = Fixtures

    @Test("what announces a list, and what does not", arguments: [
        ("… tập trung thực hiện 04 nhóm nhiệm vụ, giải pháp chủ yếu sau:", 4),
        ("Các văn bản đã ban hành gồm 04 văn bản sau:", 4),
        ("Năm 2022 (gồm 05 nhiệm vụ):", 5),
        // Red-team round 3 (repro 11): the count alone in brackets after a heading.
        ("Quý I/2023 (04 nhiệm vụ):", 4),
        ("Năm 2024 (03 nhóm giải pháp):", 3),
        ("Kết quả (04 nhiệm vụ đã hoàn thành):", nil),
        ("Điều 1. Nhất trí thông qua 07 nội dung với các nội dung như sau:", 7),
        ("Trong 05 năm qua, đã ban hành nhiều văn bản:", nil),
        ("Kết quả đạt 90 % chỉ tiêu sau:", nil),
        ("Gồm 04 văn bản sau.", nil),
        // Red-team round 4 (repro 01, probes c01–c12): the count that closes a heading, and `Có … :`.
        ("II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI (06 nhiệm vụ)", 6),
        ("II. NHIỆM VỤ (gồm 06 nhiệm vụ)", 6),
        ("Có 05 nhóm giải pháp chủ yếu:", 5),
        ("II. KẾT QUẢ (06 nhiệm vụ đã hoàn thành)", nil),
        ("Thực hiện 06 nhiệm vụ (trọng tâm)", nil),
        ("Trong năm có 05 nhóm giải pháp được triển khai:", nil),
        // Red-team round 7 (repro 05): activities, and their relatives.
        ("Kế hoạch tổ chức các hoạt động kỷ niệm gồm 04 hoạt động sau:", 4),
        ("Tập trung thực hiện 03 nhóm biện pháp sau:", 3),
        ("Năm 2025 (05 công việc):", 5),
        ("Trong tháng có 12 hoạt động được tổ chức:", nil),
        // Red-team round 34 (c1): the counted noun and at most two words qualifying it close the line at its colon.
        ("Năm 2023, thị xã tập trung 03 nội dung trọng tâm:", 3),
        ("Năm 2023, thị xã tập trung 03 nội dung trọng tâm, cụ thể:", 3),
        ("Năm 2023 tập trung 04 nhiệm vụ:", 4),
        ("Năm 2023 thực hiện 12 nhiệm vụ, trong đó:", nil),
        ("Đã hoàn thành 05 nhiệm vụ đã đề ra:", nil),
        ("Triển khai 04 nhiệm vụ theo Kế hoạch số 12/KH-UBND:", nil),
        ("Tập trung tuyên truyền 07 nội dung theo Hướng dẫn số 94-HD/ĐUK của Đảng ủy Khối:", nil),
        // Reviewer, session 28: targets and documents so counted are a report's tally, broken down after it.
        ("Năm 2025, huyện thực hiện 18 chỉ tiêu chủ yếu:", nil),
        ("Trong năm, Ủy ban nhân dân huyện ban hành 15 văn bản:", nil),
    ] as [(String, Int?)])
    func stated(line: String, count: Int?) {
        #expect(ListedItems.stated(Substring(line.folded)) == count)
    }

    private func counts(_ body: String) -> [StatedCount] {
        F.extract("BÁO CÁO\nthử\n\n" + body).statedCounts
    }

    @Test("bullets, numbered items and a table's rows across a page break are counted; a list an excerpt cut is not")
    func listed() throws {
        let bullets = counts("Các văn bản đã ban hành gồm 04 văn bản sau:\n- Chương trình hành động số 59-CTr/TU;\n+ trong đó có mục tiêu;\n- Kế hoạch số 99-KH/TU;\n- Quyết định kiện toàn Ban Chỉ đạo.\nII. HẠN CHẾ\nNội dung.\n")
        #expect(bullets.map(\.listed) == [3] && bullets.map(\.stated) == [4])
        let table = counts("Năm 2022 (gồm 05 nhiệm vụ):\nSTT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tXây dựng Nghị định\tBộ Nội vụ\tQuý IV/2022\n2\tSửa đổi Quyết định\tBộ Nội vụ\tQuý IV/2022\n\n2\nSTT\tNội dung\tCơ quan chủ trì\tThời hạn\n3\tBan hành Thông tư\tBộ Nội vụ\tTháng 6/2022\n4\tTổng kết\tBộ Tài chính\tQuý IV/2022\n")
        #expect(table.map(\.listed) == [4])
        let numbered = counts("Bộ Chính trị yêu cầu tập trung thực hiện 03 nhóm nhiệm vụ, giải pháp chủ yếu sau:\n1. Một.\n1.1. Chi tiết.\n2. Hai.\n3. Ba.\nTỔ CHỨC THỰC HIỆN\n1. Các tỉnh ủy xây dựng chương trình.\n")
        #expect(numbered.map(\.listed) == [3] && numbered.map(\.stated) == [3])
        // Lettered items (red team, round 8, repro 06); under numbered items they are sub-items.
        let lettered = counts("Để đạt mục tiêu, UBND xã triển khai đồng bộ 05 nhóm giải pháp sau:\na) Tuyên truyền.\nb) Hỗ trợ chi phí.\nc) Xây dựng nhãn hiệu.\nd) Kết nối tiêu thụ.\n\nII. TỔ CHỨC THỰC HIỆN\nNội dung.\n")
        #expect(lettered.map(\.listed) == [4] && lettered.map(\.stated) == [5])
        // The count's noun carried to the line that announces the list by a hard wrap (red team, round 10, repro 02).
        let wrapped = counts("Thực hiện Kế hoạch số 30-KH/HU, Đảng ủy xã Phước Sơn đề ra 03 nhóm\ngiải pháp sau:\n\na) Quán triệt.\nb) Học tập.\nc) Vận động.\nd) Kiểm tra.\n\nT/M ĐẢNG ỦY\n")
        #expect(wrapped.map(\.stated) == [3] && wrapped.map(\.listed) == [4])
        let nested = counts("Tập trung thực hiện 02 nhóm giải pháp sau:\n1. Một.\na) Chi tiết.\nb) Chi tiết.\n2. Hai.\nII. TỔ CHỨC THỰC HIỆN\n")
        #expect(nested.map(\.listed) == [2])
        let cut = counts("Điều 1. Nhất trí thông qua 07 nội dung như sau:\n\n1. Phương án sử dụng nguồn tăng thu.\n\n2. Bố trí kế hoạch vốn theo Chỉ thị số \n")
        #expect(cut.isEmpty)
    }

    @Test("a line that announces its own list ends the one before it (red team, round 16, repro r10)", arguments: ["**", "_", ""])
    func nextAnnouncement(emphasis: String) {
        func plan(_ first: Int) -> String {
            """
            ỦY BAN NHÂN DÂN XÃ TRUNG LỘC

            Số: 08/KH-UBND

            Trung Lộc, ngày 20 tháng 01 năm 2026

            KẾ HOẠCH
            thực hiện nông thôn mới năm 2026

            \(emphasis)Quý I/2026 (0\(first) nhiệm vụ):\(emphasis)

            - Kiện toàn Ban quản lý xây dựng nông thôn mới các thôn.
            - Rà soát 19 tiêu chí xã nông thôn mới nâng cao.

            \(emphasis)Quý II/2026 (02 nhiệm vụ):\(emphasis)

            - Tổ chức Ngày hội Đại đoàn kết.
            - Hoàn thành chỉnh trang nhà văn hóa thôn 3.
            """
        }
        let right = F.findings(F.graph([("kh.md", plan(2))]), .countMismatch, all: true)
        #expect(right.isEmpty, "\(right.map(\.message))")
        let wrong = F.findings(F.graph([("kh.md", plan(3))]), .countMismatch, all: true)
        #expect(wrong.count == 1 && wrong.first?.message.contains("2") == true, "\(wrong.map(\.message))")
    }

    @Test("a group's label inside a task table: its rows are read and counted up to the next label")
    func groupInsideTable() {
        let f = F.extract("""
        KẾ HOẠCH
        Thực hiện nhiệm vụ trọng tâm năm 2026

        TT\tNội dung\tCơ quan chủ trì\tThời gian
        Quý I/2026 (05 nhiệm vụ)
        1\tTrình HĐND tỉnh nghị quyết về giá dịch vụ\tSở Tài chính\tQuý I/2026
        2\tRà soát quy hoạch cụm công nghiệp\tSở Công Thương\tQuý I/2026
        3\tKiện toàn Ban Chỉ đạo chuyển đổi số\tSở Thông tin và Truyền thông\tQuý I/2026
        4\tSơ kết công tác cải cách hành chính\tSở Nội vụ\tQuý I/2026
        Các nhiệm vụ khác
        5\tTổng kết 05 năm thực hiện Chỉ thị số 10/CT-UBND ngày 12/4/2021 của Chủ tịch UBND tỉnh\tSở Nội vụ\tTháng 6/2026
        6\tBáo cáo tình hình thu hút đầu tư\tSở Công Thương\tTháng 11/2026

        TM. ỦY BAN NHÂN DÂN
        """)
        #expect(f.tasks.count == 6)
        #expect(f.statedCounts.map(\.listed) == [4])
        let c = f.citations.first { $0.id.description == "10/CT-UBND" }
        #expect(c?.modality == .planned)
        #expect(c?.deadline?.date?.description == "2026-06-30")
    }

    /// Red-team round 5, repro 07: the labels as rows of their own (an empty number cell), the way a
    /// `.docx` table and its text copy hold them, and a Markdown table (twelfth session).
    @Test("a group's label as a row of the table ends the group before it, and is no task nor part of one", arguments: ["\t", "|"])
    func groupLabelRow(cell: String) {
        let row: ([String]) -> String = { cells in cell == "\t" ? cells.joined(separator: "\t") : "| " + cells.joined(separator: " | ") + " |" }
        let f = F.extract(["KẾ HOẠCH", "thực hiện Nghị quyết", "",
                           row(["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]),
                           row(["", "Quý II/2024 (04 nhiệm vụ)", "", ""]),
                           row(["1", "Quán triệt Nghị quyết đến 100% chi bộ", "Ban Tuyên giáo Đảng ủy", "Tháng 4/2024"]),
                           row(["2", "Rà soát quỹ đất trồng chè tập trung", "UBND xã", "Tháng 5/2024"]),
                           row(["3", "Hỗ trợ hộ dân chuyển đổi giống chè", "Hội Nông dân xã", "Tháng 6/2024"]),
                           row(["", "Năm 2025 - 2030", "", ""]),
                           row(["4", "Phát triển 50 ha chè hữu cơ", "UBND xã", "Giai đoạn 2025 - 2030"]),
                           "", "T/M ĐẢNG ỦY"].joined(separator: "\n"))
        #expect(f.statedCounts.map(\.stated) == [4])
        #expect(f.statedCounts.map(\.listed) == [3])
        #expect(f.statedCounts.map(\.heading) == ["Quý II/2024 (04 nhiệm vụ)"])
        #expect(f.tasks.map(\.number) == ["1", "2", "3", "4"])
        #expect(!f.tasks.contains { $0.task.contains("nhiệm vụ)") })
    }
}
