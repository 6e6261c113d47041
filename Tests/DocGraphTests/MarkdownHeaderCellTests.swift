import Testing
@testable import DocGraph

/// A Markdown export's whole header on one row, the issuer's cell split by `<br>` (red team, round 21 r3, and round 22
/// o3): a department under its committee (`SỞ …` folds as `Số` does) and a committee with only its star under it keep
/// their number and issuer.
@Suite("Header cells of one Markdown row")
struct MarkdownHeaderCellTests {
    private func identity(_ text: String) -> (id: String?, issuer: String?, locality: String?) {
        let d = Fixtures.extract(text).documents.first
        return (d?.id?.description, d?.issuer, d?.locality)
    }

    @Test("a department under its province's committee, with or without a rule between", arguments: [
        "| UBND TỈNH THANH HÓA<br>**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**<br>Số: 40/KH-SVHTTDL | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Thanh Hóa, ngày 05 tháng 02 năm 2026* |\n|---|---|\n\n## KẾ HOẠCH\n**Phát triển du lịch năm 2026**\n",
        "| UBND TỈNH THANH HÓA<br>**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**<br>-----<br>Số: 40/KH-SVHTTDL | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*Thanh Hóa, ngày 05 tháng 02 năm 2026* |\n|---|---|\n\n## KẾ HOẠCH\n**Phát triển du lịch năm 2026**\n",
    ])
    func department(text: String) {
        let found = identity(text)
        #expect(found.id == "40/KH-SVHTTDL")
        #expect(found.issuer?.hasPrefix("Sở Văn hóa, Thể thao và Du lịch") == true, "\(String(describing: found.issuer))")
        #expect(found.locality == "Thanh Hóa")
    }

    @Test("a committee with only its star under it")
    func committeeAndStar() {
        let found = identity("| TỈNH ỦY THANH HÓA<br>\\*<br>Số 05-CTr/TU | **ĐẢNG CỘNG SẢN VIỆT NAM**<br>*Thanh Hóa, ngày 10 tháng 01 năm 2026* |\n|---|---|\n\n## CHƯƠNG TRÌNH\n**Công tác năm 2026**\n")
        #expect(found.id == "05-CTr/TU")
        #expect(found.locality == "Thanh Hóa")
    }
}
