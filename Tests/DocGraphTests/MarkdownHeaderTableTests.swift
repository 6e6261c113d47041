import Testing
@testable import DocGraph

/// `| ĐẢNG BỘ HUYỆN NGHI LỘC | ĐẢNG CỘNG SẢN VIỆT NAM |` / `|---|---|` / `| ĐẢNG ỦY XÃ NGHI THẠCH | |` (red team, round
/// 16, repro r2): the delimiter row of a Markdown header table is no end of the header.
@Suite("A Markdown header table's rows")
struct MarkdownHeaderTableTests {
    @Test("the row under the delimiter is the issuer under its parent", arguments: ["|---|---|", "| --- | --- |", "|:---|:---:|"])
    func secondRow(delimiter: String) throws {
        let text = "| ĐẢNG BỘ HUYỆN NGHI LỘC | ĐẢNG CỘNG SẢN VIỆT NAM |\n\(delimiter)\n| ĐẢNG ỦY XÃ NGHI THẠCH | |\n| \\* | *Nghi Thạch, ngày 10 tháng 8 năm 2021* |\n| Số 25-KH/ĐU | |\n\n**KẾ HOẠCH**\n**thực hiện Kế hoạch số 52-KH/HU**\n\nNội dung."
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.issuer == "Đảng ủy xã Nghi Thạch", "\(delimiter)")
    }

    @Test("a converter's lone bar between columns still ends the issuer's column")
    func loneBar() throws {
        let text = "THÀNH\nỦY\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n---------------\n|\nSố:\n88-KH/TU\n|\nTP.\nHồ Chí Minh, ngày 24 tháng 12 năm 2021\n\nKẾ HOẠCH\nvề củng cố hệ thống chính trị\n\nNội dung."
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.issuer == "Thành ủy thành phố Hồ Chí Minh")
    }
}
