import Testing
@testable import DocGraph

/// Task tables that `pdftotext -layout` wrote with spaces (red team, round 17, r13), and page numbers between a
/// table's pages: their rows are rows, with their deadlines, lead units and planned acts.
@Suite("Task tables aligned by spaces")
struct AlignedTaskTableTests {
    static let opening = """
        ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH QUẢNG NINH                          Độc lập - Tự do - Hạnh phúc
        Số: 75/KH-UBND                           Quảng Ninh, ngày 20 tháng 3 năm 2025

                              KẾ HOẠCH
          Rà soát văn bản quy phạm pháp luật

        """

    static let closing = """

           III. TỔ CHỨC THỰC HIỆN
           Các sở, ngành chủ động thực hiện; báo cáo kết quả về Sở Tư pháp trước ngày 15/12 hằng năm.

                                                    TM. ỦY BAN NHÂN DÂN
                                                    CHỦ TỊCH
        """

    private func tasks(_ table: String) -> [TaskRow] {
        Fixtures.extract(Self.opening + table + Self.closing).tasks
    }

    @Test("a header on one line, a row's cells on two lines")
    func oneLineHeader() throws {
        let rows = tasks("""
               TT   Nội dung nhiệm vụ                                   Cơ quan chủ trì          Thời gian
               4    Sửa đổi, bổ sung Quyết định số 22/2023/QĐ-UBND      Sở Nông nghiệp và        Quý II/2026
                    ngày 14/7/2023 của UBND tỉnh cho phù hợp với tổ     Môi trường
                    chức bộ máy mới
               5    Cập nhật cơ sở dữ liệu văn bản                      Sở Tư pháp               Thường xuyên
            """)
        #expect(rows.map(\.number) == ["4", "5"])
        let first = try #require(rows.first)
        #expect(first.leadUnit == "Sở Nông nghiệp và Môi trường")
        #expect(first.deadline?.date == SimpleDate(year: 2026, month: 6, day: 30))
        #expect(first.task.hasSuffix("cho phù hợp với tổ chức bộ máy mới"))
        #expect(rows.last?.deadline?.recurring == true)
        let amended = Fixtures.extract(Self.opening + """
               TT   Nội dung nhiệm vụ                                   Cơ quan chủ trì          Thời gian
               4    Sửa đổi, bổ sung Quyết định số 22/2023/QĐ-UBND      Sở Tư pháp               Quý II/2026
            """ + Self.closing).citations(of: "22/2023/QĐ-UBND")
        #expect(amended.map(\.relation) == [.amends])
        #expect(amended.map(\.modality) == [.planned])
    }

    @Test("cells parted by spaces but not aligned, a row wrapped onto a second line: the table goes on (red team 45 c3)")
    func unalignedWrappedRow() throws {
        let f = Fixtures.extract(Self.opening + """
            TT        Nội dung công việc        Cơ quan chủ trì        Cơ quan phối hợp        Thời gian hoàn thành
            1        Tham mưu ban hành Quyết định quy định điều kiện tách thửa thay thế Quyết định số 18/2020/QĐ-UBND        Sở Tài nguyên và Môi trường        Sở Tư pháp        Quý III/2024
            3        Sửa đổi, bổ sung Quyết định số 74/2019/QĐ-
                    UBND về Bảng giá các loại đất        Sở Tài nguyên và Môi trường        Sở Tài chính        Quý III/2024
            4        Bãi bỏ Quyết định số 07/2021/QĐ-UBND về hệ số điều chỉnh giá đất        Sở Tài chính        Sở Tư pháp        Quý IV/2024
            """ + Self.closing)
        #expect(f.tasks.map(\.number) == ["1", "3", "4"])
        #expect(f.tasks.map { $0.deadline?.date } == [SimpleDate(year: 2024, month: 9, day: 30), SimpleDate(year: 2024, month: 9, day: 30), SimpleDate(year: 2024, month: 12, day: 31)])
        #expect(f.tasks.dropFirst().first?.leadUnit == "Sở Tài nguyên và Môi trường")
        let repeal = f.citations(of: "07/2021/QĐ-UBND")
        #expect(repeal.map(\.relation) == [.repeals] && repeal.map(\.modality) == [.planned], "a planned repeal, not one done")
        #expect(f.citations(of: "74/2019/QĐ-UBND").map(\.modality) == [.planned], "the number whole across the break")
    }

    @Test("unaligned rows with an empty cell, a wrapped row's second line short of a cell, a numbered paragraph after a part's heading (reviewer, session 30)")
    func unalignedRelatives() throws {
        let f = Fixtures.extract(Self.opening + """
            TT        Nội dung công việc        Cơ quan chủ trì        Cơ quan phối hợp        Thời gian hoàn thành
            3        Sửa đổi, bổ sung Quyết định số 74/2019/QĐ-
                    UBND về Bảng giá các loại đất        Sở Tài nguyên và Môi trường        Quý III/2024
            5        Xây dựng cơ sở dữ liệu đất đai tỉnh        Sở Tài nguyên và Môi trường        Quý II/2025
            II        TỔ CHỨC THỰC HIỆN
            1        Sở Tài nguyên và Môi trường theo dõi, đôn đốc        báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2024

            """ + Self.closing)
        let rows = f.tasks
        #expect(rows.first?.leadUnit == "Sở Tài nguyên và Môi trường" && rows.first?.deadline?.date == SimpleDate(year: 2024, month: 9, day: 30), "\(rows)")
        let fifth = try #require(rows.first { $0.number == "5" })
        // (Its lead unit stands under `Cơ quan phối hợp` on the page and is read as that column's: an unaligned row with an
        // empty cell cannot say which it left empty.)
        #expect(fifth.deadline?.date == SimpleDate(year: 2025, month: 6, day: 30), "\(fifth)")
        #expect(!rows.contains { $0.leadUnit?.hasPrefix("báo cáo") == true }, "\(rows.map(\.leadUnit))")
    }

    @Test("a header on two lines, centred over cells written flush left")
    func twoLineHeader() {
        let rows = tasks("""
             STT          Nội dung công việc                Cơ quan        Cơ quan         Thời gian
                                                            chủ trì        phối hợp       hoàn thành
              1     Ban hành Quy chế phối hợp trong        Văn phòng      Sở Nội vụ      Tháng 6/2025
                    công tác văn thư                       UBND tỉnh
              2     Tổng kết việc thực hiện Kế hoạch       Sở Tư pháp     Các sở,        Quý IV/2025
                                                                          ngành
            """)
        #expect(rows.map(\.number) == ["1", "2"])
        #expect(rows.map(\.leadUnit) == ["Văn phòng UBND tỉnh", "Sở Tư pháp"])
        #expect(rows.map(\.task) == ["Ban hành Quy chế phối hợp trong công tác văn thư", "Tổng kết việc thực hiện Kế hoạch"])
        #expect(rows.map(\.deadline?.text) == ["Tháng 6/2025", "Quý IV/2025"])
    }

    @Test("a page's number, a form feed and the header again continue the row cut by the page break")
    func pageBreak() {
        let rows = tasks("""
               TT   Nội dung nhiệm vụ                                   Cơ quan chủ trì          Thời gian
               1    Trình HĐND tỉnh ban hành Nghị quyết bãi bỏ          Sở Tài chính             Quý III/2025
                    Nghị quyết số 35/2019/NQ-HĐND ngày 12/7/2019

                                              - 2 -
            \u{0C}   TT   Nội dung nhiệm vụ                                   Cơ quan chủ trì          Thời gian
                    của HĐND tỉnh về cơ chế hỗ trợ
               2    Cập nhật cơ sở dữ liệu văn bản                      Sở Tư pháp               Thường xuyên
            """)
        #expect(rows.map(\.number) == ["1", "2"])
        #expect(rows.first?.task.hasSuffix("của HĐND tỉnh về cơ chế hỗ trợ") == true)
    }

    @Test("a page's number between a tab table's pages")
    func pageNumberInTabTable() {
        let text = Self.opening + "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
            + "1\tTrình HĐND tỉnh ban hành Nghị quyết bãi bỏ Nghị quyết số 35/2019/NQ-HĐND của\tSở Tài chính\tQuý III/2025\n\n"
            + "                                      1\n\u{0C}TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
            + "\tHĐND tỉnh về cơ chế hỗ trợ\t\t\n2\tTập huấn\tSở Nội vụ\tTháng 5/2025\n" + Self.closing
        let rows = Fixtures.extract(text).tasks
        #expect(rows.map(\.number) == ["1", "2"])
        #expect(rows.first?.task.hasSuffix("của HĐND tỉnh về cơ chế hỗ trợ") == true)
    }

    @Test("the table ends at the margin's prose and at what follows an empty line")
    func ends() {
        let rows = tasks("""
               TT   Nội dung nhiệm vụ                                   Cơ quan chủ trì          Thời gian
               1    Cập nhật cơ sở dữ liệu văn bản                      Sở Tư pháp               Tháng 4/2025
            """)
        #expect(rows.count == 1)
        #expect(rows.first?.task == "Cập nhật cơ sở dữ liệu văn bản")
        #expect(rows.first?.leadUnit == "Sở Tư pháp")
    }

    @Test("columns without a deadline, or a line without TT, are no task table", arguments: [
        "   TT   Tên đơn vị                 Số lượng          Ghi chú\n   1    Sở Tư pháp                 12                Đủ\n",
        "   Nội dung nhiệm vụ              Cơ quan chủ trì          Thời gian\n   1    Cập nhật dữ liệu      Sở Tư pháp               Tháng 4/2025\n",
        "   TT Nội dung nhiệm vụ Cơ quan chủ trì Thời gian\n   1 Cập nhật dữ liệu Sở Tư pháp Tháng 4/2025\n",
    ])
    func notTables(_ table: String) {
        #expect(tasks(table).isEmpty)
    }
}
