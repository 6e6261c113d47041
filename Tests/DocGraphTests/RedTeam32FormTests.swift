@testable import DocGraph
import Testing

/// Forms red team round 32 found (the apparatus of the new Bắc Ninh after its merger with Bắc Giang; folder
/// `Tests/Evaluation/RedTeam32`), each beside a relative that must keep its reading.
@Suite("Red team 32: a number without its label, a wrapped cell in a layout table, a deadline after a name")
struct RedTeam32FormTests {
    private static func decision(_ numberLine: String) -> String {
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\n\(numberLine)\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Bắc Ninh, ngày 12 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    }

    @Test("a number under the issuer's name whose `Số:` was lost is the document's own (c1)", arguments: [
        ("45/QĐ-UBND", "45/QĐ-UBND"),
        ("45/QĐ-UBND          Bắc Ninh, ngày 12 tháng 01 năm 2026", "45/QĐ-UBND"),
        ("Số: 45/QĐ-UBND", "45/QĐ-UBND"),
        // Not a number line: a year alone, a sentence that starts with a number.
        ("2026", nil),
        ("45/QĐ-UBND của Chủ tịch được thay thế", nil),
        // A portal's list row: a number, a date, a kind (reviewer, session 27).
        ("45/QĐ-UBND     12/03/2025     Quyết định thành lập Tổ công tác", nil),
    ] as [(String, String?)])
    func numberWithoutLabel(line: String, id: String?) throws {
        let d = try #require(Fixtures.extract(Self.decision(line)).documents.first)
        #expect(d.id?.description == id)
        #expect(d.date?.description == "2026-01-12")
    }

    @Test("a number of the body broken onto its own line is no header's (reviewer, session 27)")
    func bodyNumberOnItsOwnLine() throws {
        let text = "HUYỆN ỦY QUỲNH LƯU\nBAN TUYÊN GIÁO\n\nThực hiện Kế hoạch số 48-KH/HU ngày 10/3/2022 của Ban Thường vụ Huyện ủy và Công văn số\n125-CV/HU\nngày 12/3/2022 về việc tuyên truyền.\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.id == nil)
    }

    @Test("a wrapped cell's next line in a `pdftotext -layout` table continues its row; the rows after it are read (c2)")
    func wrappedCellInLayoutTable() throws {
        let text = """
            UBND TỈNH BẮC NINH
            SỞ NỘI VỤ
            Số: 210/KH-SNV                     Bắc Ninh, ngày 20 tháng 01 năm 2026

            KẾ HOẠCH
            Công tác tổ chức bộ máy năm 2026

                TT        Nội dung        Đơn vị chủ trì        Thời gian hoàn thành
                1        Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 15/2025/QĐ-UBND ngày 20/9/2025        Phòng Tổ chức bộ máy        Tháng 6/2026
                        của Ủy ban nhân dân tỉnh (bổ sung nhiệm vụ về người có công)

                                                    1

                2        Xây dựng Đề án vị trí việc làm trong các cơ quan hành chính tỉnh giai đoạn 2026 - 2030        Phòng Công chức, viên chức        Quý III/2026
                3        Tham mưu Quyết định giao chỉ tiêu biên chế năm 2027        Phòng Tổ chức bộ máy        Tháng 12/2026

                II. TỔ CHỨC THỰC HIỆN
            """
        let folded = FoldedText(text)
        let tables = TaskTableParser.tables(folded, lines: 0..<folded.lineCount)
        let rows = try #require(tables.first).rows
        #expect(rows.map(\.number) == ["1", "2", "3"])
        // The wrapped line joined the first row's task cell.
        #expect(rows.first.map { $0.cells[1].count } == 2)
        // A paragraph indented past `TT` after the last row, opening with its capital, is no part of it (reviewer, session 27).
        let after = text.replacingOccurrences(of: "\n\n    II. TỔ CHỨC THỰC HIỆN", with: "\n            Giao Phòng Tổ chức bộ máy theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này và tổng hợp báo cáo kết quả\n")
        let afterFolded = FoldedText(after)
        let last = try #require(TaskTableParser.tables(afterFolded, lines: 0..<afterFolded.lineCount).first?.rows.last)
        #expect(last.cells[1].count == 1)
    }

    @Test("a task's deadline after a comma ends the name of the document it revises (k1)", arguments: [
        ("2. Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ huyện, hoàn thành trong Quý II/2021.", "Quy chế làm việc của Ban Chấp hành Đảng bộ huyện"),
        ("2. Sửa đổi Quy định về công tác cán bộ, hoàn thành trước ngày 30/6/2021.", "Quy định về công tác cán bộ"),
        // A name that holds `hoàn thành` without a comma keeps it.
        ("2. Sửa đổi Quy định về đánh giá mức độ hoàn thành nhiệm vụ của cán bộ.", "Quy định về đánh giá mức độ hoàn thành nhiệm vụ của cán bộ"),
        // Names that hold a deadline's words after a comma (reviewer, session 27).
        ("2. Sửa đổi Quy định về trình tự, thời hạn xử lý văn bản đến của cơ quan Huyện ủy.", "Quy định về trình tự, thời hạn xử lý văn bản đến của cơ quan Huyện ủy"),
        ("2. Sửa đổi Quy chế về nội dung, thời gian hoàn thành và chế độ báo cáo của các chi bộ.", "Quy chế về nội dung, thời gian hoàn thành và chế độ báo cáo của các chi bộ"),
    ])
    func deadlineAfterName(line: String, name: String) {
        let c = Fixtures.extract("HUYỆN ỦY VIỆT YÊN\n\n\(line)\n").citations.first
        #expect(c?.id.description == name)
    }
}
