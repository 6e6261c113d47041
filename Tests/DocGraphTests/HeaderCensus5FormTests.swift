@testable import DocGraph
import Testing

/// Forms the fifth census of real headers found (`Tests/Evaluation/HeaderCensus5`), each beside a relative that must keep
/// its reading.
@Suite("Header census 5: a page's chrome in capitals over a header run onto one line")
struct HeaderCensus5FormTests {
    static let runOn = "1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH TRÀ VINH Độc lập - Tự do - Hạnh phúc Số: 05/2019/QĐ-UBND Trà Vinh, ngày 12 tháng 3 năm 2019 QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ ĐIỀU KIỆN NUÔI TÔM ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"

    @Test("capitals naming no body over the header, then a page's running text, are chrome (404)", arguments: [
        "ADSENSE\n\n",
        "QUẢNG CÁO\n\n",
        "ADSENSE\n\nQuyết định số 05/2019/QĐ-UBND tỉnh Trà Vinh\n\nChia sẻ: An Lac Thuy | Ngày: | Loại File: DOC | Số trang:7\n\n",
        "",
    ])
    func chromeOverRunOnHeader(top: String) throws {
        let d = try #require(Fixtures.extract(top + Self.runOn + "\n").documents.first)
        #expect(d.id?.description == "05/2019/QĐ-UBND")
        #expect(d.issuer == "Ủy ban nhân dân tỉnh Trà Vinh")
        #expect(d.date == SimpleDate(year: 2019, month: 3, day: 12))
    }

    @Test("a body's name in capitals over a header read line by line still heads it")
    func bodyOverHeader() throws {
        let d = try #require(Fixtures.extract("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 05/2019/QĐ-UBND\nTrà Vinh, ngày 12 tháng 3 năm 2019\n\nQUYẾT ĐỊNH\nBan hành quy định\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").documents.first)
        #expect(d.issuer == "Ủy ban nhân dân tỉnh Trà Vinh" && d.id?.description == "05/2019/QĐ-UBND")
    }

    @Test("a portal's menu over a header run onto one line (red team 46 c1); a steering committee's line naming its province keeps it (reviewer, session 30)")
    func portalMenu() throws {
        let d = try #require(Fixtures.extract("ĐẢNG BỘ THỊ XÃ BỈM SƠN | TRANG CHỦ | TIN TỨC - SỰ KIỆN | VĂN BẢN ĐẢNG | LIÊN HỆ\nChia sẻ: Facebook Zalo | In bài viết\nĐẢNG BỘ TỈNH THANH HÓA THỊ ỦY BỈM SƠN * Số 17-QĐ/TU ĐẢNG CỘNG SẢN VIỆT NAM Bỉm Sơn, ngày 12 tháng 4 năm 2023\nQUY ĐỊNH\nvề tiếp xúc, đối thoại\n").documents.first)
        #expect(d.id?.description == "17-QĐ/TU" && d.date == SimpleDate(year: 2023, month: 4, day: 12))
        let bcd = try #require(Fixtures.extract("BCĐ 389 TỈNH LONG AN\nTổ giúp việc\nSố: 12/KH-BCĐ389\nLong An, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhòng chống buôn lậu\n\nNội dung.\n").documents.first)
        #expect(bcd.locality == "Long An")
    }

    @Test("a title in small letters ending with `giữa` goes on in capitals (reviewer, session 30)")
    func titleGoesOnAfterGiua() throws {
        let d = try #require(Fixtures.extract("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 15/QĐ-UBND\nLong An, ngày 10 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp công tác giữa\nỦY BAN NHÂN DÂN TỈNH VÀ BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH\nỦY BAN NHÂN DÂN TỈNH LONG AN\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").documents.first)
        #expect(d.title?.hasSuffix("MTTQ Việt Nam TỈNH") == true, "\(d.title ?? "-")")
    }
}
