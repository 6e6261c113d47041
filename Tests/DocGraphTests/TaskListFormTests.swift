import Testing
@testable import DocGraph

/// Task lists as plans are written when they are not a tab table: a Markdown table, or numbered
/// items each followed by `- Cơ quan chủ trì: …` and `- Thời gian hoàn thành: …` lines (red-team
/// repro folders task-list-markdown-table and task-list-prose; real: Kon Tum 435/QĐ-UBND, 104).
@Suite("Task lists in other layouts")
struct TaskListFormTests {
    private typealias F = Fixtures

    private static let head = "KẾ HOẠCH\nthử\n\nIII. TỔ CHỨC THỰC HIỆN\n"

    @Test("a Markdown task table: rows, lead units and deadlines; the rule under the header is no row", arguments: [
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|:---:|---|---|---|---|\n"
            + "| 1 | Sửa đổi, bổ sung Quyết định số 14-QĐ/TU ngày 03/11/2020 của Ban Chấp hành Đảng bộ tỉnh | Văn phòng Tỉnh ủy | Ban Tổ chức Tỉnh ủy | Quý II/2023 |\n"
            + "| 2 | Tuyên truyền Nghị quyết số 21-NQ/TW | Ban Tuyên giáo Tỉnh ủy | Các huyện ủy | Thường xuyên |\n",
        // Without the closing pipes, indented.
        "  | TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n  |---|---|---|---|---\n"
            + "  | 1 | Sửa đổi, bổ sung Quyết định số 14-QĐ/TU ngày 03/11/2020 của Ban Chấp hành Đảng bộ tỉnh | Văn phòng Tỉnh ủy | Ban Tổ chức Tỉnh ủy | Quý II/2023\n"
            + "  | 2 | Tuyên truyền Nghị quyết số 21-NQ/TW | Ban Tuyên giáo Tỉnh ủy | Các huyện ủy | Thường xuyên\n",
    ])
    func markdownTable(table: String) throws {
        let file = F.extract(Self.head + table)
        #expect(file.tasks.map(\.leadUnit) == ["Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"])
        #expect(file.tasks.first?.deadline?.date?.description == "2023-06-30")
        let amended = try #require(file.citations.first { $0.id.description == "14-QĐ/TU" })
        #expect(amended.relation == .amends && amended.modality == .planned)
    }

    @Test("numbered items closed by bulleted label lines: the lead unit's label and the deadline's")
    func bulletedLabels() throws {
        let list = "1. Sửa đổi, bổ sung Quyết định số 52-QĐ/TU ngày 20/11/2020 của Ban Chấp hành Đảng bộ tỉnh về Quy chế làm việc.\n"
            + "- Cơ quan chủ trì: Văn phòng Tỉnh ủy; phối hợp: Ban Tổ chức Tỉnh ủy.\n- Thời gian hoàn thành: Quý II/2023.\n\n"
            + "2. Tuyên truyền, quán triệt Nghị quyết số 21-NQ/TW.\n+ Đơn vị chủ trì: Ban Tuyên giáo Tỉnh ủy.\n+ Thời hạn: Thường xuyên.\n"
        let file = F.extract(Self.head + list)
        #expect(file.tasks.map(\.leadUnit) == ["Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"])
        #expect(file.tasks.first?.deadline?.date?.description == "2023-06-30")
        #expect(file.citations.first { $0.id.description == "52-QĐ/TU" }?.modality == .planned)
    }

    @Test("a Markdown header table is no task table, and a dash that opens a sentence is no label's bullet")
    func notTaskLists() {
        let header = "| ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 12/KH-UBND | Nghệ An, ngày 3 tháng 4 năm 2022 |\n\nKẾ HOẠCH\nthử\n\n"
            + "- Thời gian qua, các cấp đã thực hiện Nghị quyết số 21-NQ/TW.\n"
        let file = F.extract(header)
        #expect(file.tasks.isEmpty)
        #expect(file.citations.filter { !$0.isSelfReference }.allSatisfy { $0.modality == .enacted })
    }

    @Test("an HTML task table (`<th>` header, a lead cell merged over two rows): its rows are tasks, and a row is no description of the row above it (red-team round 2: html-rowspan-false-amendment)")
    func htmlTable() throws {
        let html = "<h2>NGHỊ QUYẾT</h2>\n<p>thử</p>\n<table border=\"1\">\n<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr>\n"
            + "<tr><td>1</td><td>Xây dựng Nghị định sửa đổi, bổ sung một số điều của Nghị định số 43/2016/NĐ-CP</td><td rowspan=\"2\">Bộ Nội vụ</td><td>Bộ Tư pháp</td><td>Quý II/2018</td></tr>\n"
            + "<tr><td>2</td><td>Sửa đổi, bổ sung Thông tư số 11/2016/TT-BNV</td><td>Bộ Tài chính</td><td>Quý IV/2018</td></tr>\n</table>\n"
        let file = F.extract(html)
        #expect(file.tasks.count == 2)
        #expect(file.tasks.first?.deadline?.date?.description == "2018-06-30")
        let cs = file.citations.filter { !$0.isSelfReference }
        #expect(cs.allSatisfy { !$0.isNested && $0.modality == .planned }, "\(cs.map { ($0.id.description, $0.isNested, $0.modality) })")
    }
}
