@testable import DocGraph
import Testing

/// A document's `locality` is where its issuing body sits, the smallest unit first, as the evaluation's gold writes it
/// (`Tests/Evaluation/README.md`): the province for a province's body, `District, Province` for a district's,
/// `Commune, District, Province` for a commune's. The place its numbers are scoped to (`numberingPlace`) is another
/// question, and keeps its own answers (the graph is the same either way).
@Suite("Where the issuing body sits")
struct DocumentAddressTests {
    private func record(_ header: String, _ body: String = "thực hiện nhiệm vụ năm 2021") throws -> DocumentRecord {
        try #require(Fixtures.extract(header + "\nKẾ HOẠCH\n" + body + "\n").documents.first)
    }

    @Test("a district's body, with or without its province's line, Party or state, town or provincial city", arguments: [
        ("ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY THANH CHƯƠNG\n*\nSố 12-KH/HU\nThanh Chương, ngày 1 tháng 2 năm 2021", "Thanh Chương, Nghệ An"),
        ("UBND TỈNH NGHỆ AN\nUBND HUYỆN THANH CHƯƠNG\nSố: 59/KH-UBND\nThanh Chương, ngày 1 tháng 2 năm 2021", "Thanh Chương, Nghệ An"),
        ("UBND HUYỆN TÂN KỲ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-PGDĐT\nTân Kỳ, ngày 1 tháng 2 năm 2021", "Tân Kỳ, Nghệ An"),
        ("ỦY BAN NHÂN DÂN\nTHỊ XÃ NINH HÒA\nSố: 12/KH-UBND\nNinh Hòa, ngày 1 tháng 2 năm 2021", "Ninh Hòa, Khánh Hòa"),
        ("ĐẢNG BỘ TỈNH QUẢNG NINH\nTHÀNH ỦY HẠ LONG\n*\nSố 12-KH/TU\nHạ Long, ngày 1 tháng 2 năm 2021", "Hạ Long, Quảng Ninh"),
        ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH\nQUẬN ỦY QUẬN 3\n*\nSố 12-KH/QU\nQuận 3, ngày 1 tháng 2 năm 2021", "Quận 3, Hồ Chí Minh"),
        // A provincial city of its province's name keeps its kind.
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ NAM ĐỊNH\nSố: 12/KH-UBND\nNam Định, ngày 1 tháng 2 năm 2021", "Thành phố Nam Định, Nam Định"),
    ])
    func district(header: String, expected: String) throws {
        #expect(try record(header).locality == expected)
    }

    @Test("a district's body the table does not know: the numbered districts are Hồ Chí Minh City's, any other is where its text says")
    func districtFromText() throws {
        let quan = try record("HỘI ĐỒNG NHÂN DÂN\nQUẬN 2\nSố: 01/2008/NQ-HĐND\nQuận 2, ngày 11 tháng 01 năm 2008")
        #expect(quan.locality == "Quận 2, Hồ Chí Minh")
        let told = try record("HUYỆN ỦY ĐĂK GLEI\n*\nSố 12-KH/HU\nĐăk Glei, ngày 1 tháng 2 năm 2021", "thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy Kon Tum")
        #expect(told.locality?.hasSuffix(", Kon Tum") == true, "\(told.locality ?? "none")")
    }

    @Test("a district of several provinces' name: its province when the text names one of them, else the name alone")
    func sharedDistrict() throws {
        let placed = try record("HỘI ĐỒNG NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 12/NQ-HĐND\nChâu Thành, ngày 1 tháng 2 năm 2021", "Căn cứ Nghị quyết của HĐND tỉnh Hậu Giang")
        #expect(placed.locality == "Châu Thành, Hậu Giang")
        let alone = try record("HỘI ĐỒNG NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 12/NQ-HĐND\nChâu Thành, ngày 1 tháng 2 năm 2021")
        #expect(alone.locality == "Châu Thành")
    }

    @Test("a commune under its district, Party or state; a numbered ward keeps its kind; a commune alone places nothing")
    func commune() throws {
        let party = try record("ĐẢNG BỘ HUYỆN QUỲNH LƯU\nĐẢNG ỦY XÃ QUỲNH BẢNG\n*\nSố 12-KH/ĐU\nQuỳnh Bảng, ngày 1 tháng 2 năm 2021")
        #expect(party.locality == "Quỳnh Bảng, Quỳnh Lưu, Nghệ An")
        #expect(party.numberingPlace == "Quỳnh Lưu")
        let state = try record("UBND HUYỆN MỸ TÚ\nỦY BAN NHÂN DÂN XÃ MỸ HƯƠNG\nSố: 12/KH-UBND\nMỹ Hương, ngày 1 tháng 2 năm 2021")
        #expect(state.locality == "Mỹ Hương, Mỹ Tú, Sóc Trăng")
        let ward = try record("ỦY BAN NHÂN DÂN\nPHƯỜNG 1\nSố: 12/KH-UBND\nQuận Tân Bình, ngày 1 tháng 2 năm 2021", "thực hiện Kế hoạch của UBND quận Tân Bình")
        #expect(ward.locality == "Phường 1, Tân Bình, Hồ Chí Minh")
        // A numbered district the table does not know, over its numbered ward (Hồ Chí Minh City before 2025).
        let numbered = try record("UBND QUẬN 3\nUBND PHƯỜNG 1\nSố: 12/KH-UBND\nQuận 3, ngày 1 tháng 2 năm 2021")
        #expect(numbered.locality == "Phường 1, Quận 3, Hồ Chí Minh")
        let alone = try record("ỦY BAN NHÂN DÂN\nXÃ TÂN ĐOÀN\nSố: 12/TB-UBND\nTân Đoàn, ngày 1 tháng 2 năm 2026")
        #expect(alone.locality == nil)
    }

    @Test("a province's and a central body's place are as before")
    func provinceAndCentre() throws {
        #expect(try record("UBND TỈNH NGHỆ AN\nSỞ Y TẾ\nSố: 12/KH-SYT\nNghệ An, ngày 1 tháng 2 năm 2021").locality == "Nghệ An")
        #expect(try record("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 12/KH-UBND\nĐà Nẵng, ngày 1 tháng 2 năm 2021").locality == "Đà Nẵng")
        #expect(try record("BỘ CHÍNH TRỊ\n*\nSố 12-KL/TW\nHà Nội, ngày 1 tháng 2 năm 2021").locality == nil)
    }

    @Test("a province named with a spaced dash is read whole, in a header and in a cited issuer, even cut at a cell's edge", arguments: [
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU",
    ])
    func dashedProvince(authority: String) throws {
        let text = "ỦY BAN NHÂN DÂN\nSố: 848/QĐ-UBND\nBà Rịa - Vũng Tàu, ngày 12 tháng 04 năm 2016\nQUYẾT ĐỊNH\nVề việc X\n\(authority)\nCăn cứ Luật A;\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.numberingPlace == "Bà Rịa - Vũng Tàu")
        #expect(d.locality == "Bà Rịa - Vũng Tàu")
        for issuer in ["Ban Chấp hành Đảng bộ tỉnh Bà Rịa - Vũng Tàu", "Tỉnh ủy Bà Rịa - Vũn"] {
            #expect(IssuingBody(issuer).administrativePlace?.name == "Bà Rịa - Vũng Tàu", "\(issuer)")
        }
        // The province's town alone is the town.
        #expect(IssuingBody("Thành ủy Bà Rịa").administrativePlace?.name == "Bà Rịa")
    }

    @Test("`docs --locality` finds a commune's text by its commune, its district and its province")
    func filterByEveryUnit() throws {
        let d = try record("ĐẢNG BỘ HUYỆN QUỲNH LƯU\nĐẢNG ỦY XÃ QUỲNH BẢNG\n*\nSố 12-KH/ĐU\nQuỳnh Bảng, ngày 1 tháng 2 năm 2021")
        for place in ["Quỳnh Bảng", "quynh luu", "Nghệ An"] { #expect(DocumentFilter(locality: place).accepts(d), "\(place)") }
        #expect(!DocumentFilter(locality: "Hà Tĩnh").accepts(d))
    }
}
