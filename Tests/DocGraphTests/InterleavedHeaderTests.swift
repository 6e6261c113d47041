import Testing
@testable import DocGraph

/// `TỈNH UỶ HÀ TĨNH` / `ĐẢNG CỘNG SẢN VIỆT NAM` / `BAN TUYÊN GIÁO` / `*` / `Số 369 - CV/BTGTU` (evaluation batch 27: read
/// as the Tỉnh ủy's letter): a header's two columns read line by line put the motto between the issuer's lines.
@Suite("Header columns read line by line")
struct InterleavedHeaderTests {
    @Test("the issuer's lines go on past the motto", arguments: [
        ("TỈNH UỶ HÀ TĨNH\n\n      ĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 năm 2021\n\nSố 369 - CV/BTGTU\nV/v gửi đề cương\n",
         "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"),
        ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nLâm Đồng, ngày 05 tháng 3 năm 2023\nKẾ HOẠCH\nvề chuyển đổi số\n",
         "Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY NAM ĐÀN\nSố 12-KH/HU\nNam Đàn, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nvề thử\n",
         "Huyện ủy Nam Đàn"),
    ])
    func issuer(_ text: String, _ expected: String) {
        #expect(Fixtures.extract(text).documents.first?.issuer == expected)
    }

    @Test("after the number, the motto ends the header as before")
    func afterNumber() {
        let text = "HUYỆN ỦY NAM ĐÀN\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nNam Đàn, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nvề thử\n"
        #expect(Fixtures.extract(text).documents.first?.issuer == "Huyện ủy Nam Đàn")
    }
}
