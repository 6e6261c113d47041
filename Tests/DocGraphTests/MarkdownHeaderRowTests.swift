import Testing
@testable import DocGraph

/// A Markdown export's whole header on one table row, its cells' lines parted by `<br>` (red team, round 17: no number and
/// no place, so a report's citations of its own city's documents dangled): the first cell's lines are the issuer and
/// the number, the second the motto and the place and date. A number line ends a place's name.
@Suite("A header on one Markdown row")
struct MarkdownHeaderRowTests {
    @Test("issuer, number, place and date from the row's cells", arguments: [
        "| ĐẢNG BỘ TỈNH QUẢNG NINH<br>THÀNH ỦY CẨM PHẢ<br>\\*<br>Số 310-BC/ThU | ĐẢNG CỘNG SẢN VIỆT NAM<br>*Cẩm Phả, ngày 25 tháng 9 năm 2024* |\n|---|---|\n",
        "| ĐẢNG BỘ TỈNH QUẢNG NINH<br>THÀNH ỦY CẨM PHẢ<br>Số 310-BC/ThU | ĐẢNG CỘNG SẢN VIỆT NAM<br>Cẩm Phả, ngày 25 tháng 9 năm 2024 |\n|---|---|\n",
        "| ĐẢNG BỘ TỈNH QUẢNG NINH<br>THÀNH ỦY CẨM PHẢ | ĐẢNG CỘNG SẢN VIỆT NAM |\n|---|---|\n| Số 310-BC/ThU | *Cẩm Phả, ngày 25 tháng 9 năm 2024* |\n",
    ])
    func header(_ row: String) throws {
        let document = try #require(Fixtures.extract(row + "\n# BÁO CÁO\n**Sơ kết 03 năm thực hiện Chương trình hành động số 15-CTr/ThU**\n\nNội dung.\n").documents.first)
        #expect(document.id?.description == "310-BC/ThU")
        #expect(document.issuer == "Thành ủy Cẩm Phả")
        #expect(document.numberingPlace == "Quảng Ninh")
        // Cẩm Phả is a city of the province: a district-level unit, its address under it.
        #expect(document.locality == "Cẩm Phả, Quảng Ninh")
        #expect(document.date == SimpleDate(year: 2024, month: 9, day: 25))
    }

    @Test("a place's name ends before a number line run onto it")
    func placeBeforeNumber() throws {
        let text = "TỈNH ỦY NGHỆ AN Số 118-QĐ/TU\t\tNghệ An, ngày 10 tháng 3 năm 2023\n\nQUYẾT ĐỊNH\nvề việc thử\n\nNội dung.\n"
        #expect(try #require(Fixtures.extract(text).documents.first).locality == "Nghệ An")
    }
}
