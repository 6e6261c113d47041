import Testing
@testable import DocGraph

/// A portal's item signs off with its editors or its department in capitals (`BAN BIÊN TẬP`, real:
/// Trần Văn Thời's Huyện ủy page, evaluation batch 22). Capitals after running text, with no number,
/// title or date after them, are a byline or a heading: the item has no header, and no issuer from them.
@Suite("A byline is no header")
struct BylineTests {
    private static let news = "Ngày 19-8, Ban Thường vụ Huyện ủy Cai Lậy tổ chức hội nghị Ban Chấp hành Đảng bộ huyện mở rộng triển khai, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội đảng bộ các cấp.\n\nĐồng chí Bí thư Huyện ủy triển khai Chỉ thị số 35 của Bộ Chính trị.\n\n"

    private func issuer(_ text: String) throws -> String? {
        try #require(Fixtures.extract(text).documents.first).issuer
    }

    @Test("capitals at the end of a news item name no issuer", arguments: ["BAN BIÊN TẬP", "BAN TUYÊN GIÁO HUYỆN ỦY", " \n\nBAN BIÊN TẬP\n", "TRUNG TÂM VĂN HÓA - THÔNG TIN"])
    func byline(_ tail: String) throws {
        #expect(try issuer(Self.news + tail) == nil, "\(tail)")
    }

    @Test("a header after a short banner is still the header")
    func headerAfterBanner() throws {
        let text = "Văn bản chỉ đạo\n\nHUYỆN ỦY CAI LẬY\n*\nSố 12-KH/HU\tCai Lậy, ngày 20 tháng 8 năm 2019\n\nKẾ HOẠCH\nTriển khai Chỉ thị số 35-CT/TW\n\nNội dung."
        #expect(try issuer(text) == "Huyện ủy Cai Lậy")
    }

    @Test("a header with its number after a forwarding note is still the header")
    func headerAfterNote() throws {
        let text = "Kính gửi các đồng chí, Văn phòng Huyện ủy xin chuyển đến các chi bộ văn bản dưới đây để triển khai thực hiện.\n\nHUYỆN ỦY CAI LẬY\n*\nSố 12-KH/HU\tCai Lậy, ngày 20 tháng 8 năm 2019\n\nKẾ HOẠCH\nTriển khai Chỉ thị số 35-CT/TW\n\nNội dung."
        #expect(try issuer(text) == "Huyện ủy Cai Lậy")
    }
}

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
