@testable import DocGraph
import Testing

/// Forms red team round 31 found (education in the new Phú Thọ after its merger with Vĩnh Phúc and Hòa Bình; folder
/// `Tests/Evaluation/RedTeam31`): a header's two columns a converter joined with no space, and district names that fold
/// alike, each beside a relative that must keep its reading.
@Suite("Red team 31: header columns glued with no space, districts that fold alike")
struct RedTeam31FormTests {
    private func header(_ first: String, _ second: String, _ number: String) throws -> DocumentRecord {
        try #require(Fixtures.extract("\(first)\n\(second)\n\(number)\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm học 2025-2026\n\nNội dung.\n").documents.first)
    }

    @Test("a place and date glued to the number's code (c1a) is no part of the code", arguments: [
        ("Số: 245/KH-UBNDPhú Thọ, ngày 15 tháng 01 năm 2026", "245/KH-UBND"),
        ("Số: 245/KH-UBNDVĩnh Yên, ngày 15 tháng 01 năm 2026", "245/KH-UBND"),
        ("Số: 12/2026/QĐ-UBNDHà Nội, ngày 15 tháng 01 năm 2026", "12/2026/QĐ-UBND"),
        // Codes with small letters of their own: the capital after them starts the place.
        ("Số: 245/QĐ-TTgHà Nội, ngày 15 tháng 01 năm 2026", "245/QĐ-TTg"),
        ("Số: 1520/SGDĐT-GDTrHPhú Thọ, ngày 15 tháng 01 năm 2026", "1520/SGDĐT-GDTrH"),
        ("Số: 245/TTr-UBNDHòa Bình, ngày 15 tháng 01 năm 2026", "245/TTr-UBND"),
        // Relatives that must keep their reading: spaced, and a code with small letters and no place after it.
        ("Số: 245/KH-UBND Phú Thọ, ngày 15 tháng 01 năm 2026", "245/KH-UBND"),
        ("Số: 1520/SGDĐT-GDTrH         Phú Thọ, ngày 15 tháng 01 năm 2026", "1520/SGDĐT-GDTrH"),
    ])
    func placeGluedToNumber(line: String, id: String) throws {
        let d = try header("ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ THỌ  Độc lập - Tự do - Hạnh phúc", line)
        #expect(d.id?.description == id)
        #expect(d.date?.description == "2026-01-15")
    }

    @Test("a Party number glued to its place: `Số 12-KH/HUTam Dương, ngày …`")
    func partyNumberGluedToPlace() throws {
        let d = try header("ĐẢNG BỘ TỈNH VĨNH PHÚCĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY TAM DƯƠNG\n*", "Số 12-KH/HUTam Dương, ngày 15 tháng 01 năm 2026")
        #expect(d.id?.description == "12-KH/HU")
        #expect(d.date?.description == "2026-01-15")
        #expect(d.issuer == "Huyện ủy Tam Dương")
    }

    @Test("a motto glued to the issuer's cell (c1b) is no part of the issuer", arguments: [
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ])
    func mottoGluedToIssuer(first: String) throws {
        let d = try header(first, "SỞ GIÁO DỤC VÀ ĐÀO TẠOĐộc lập - Tự do - Hạnh phúc", "Số: 245/KH-SGDĐT   Phú Thọ, ngày 15 tháng 01 năm 2026")
        #expect(d.issuer == "Sở Giáo dục và Đào tạo tỉnh Phú Thọ")
        #expect(d.locality == "Phú Thọ")
    }

    @Test("districts whose names fold alike are told apart by their spelling, every run", arguments: [
        ("Tam Dương", "Vĩnh Phúc"), ("Tam Đường", "Lai Châu"), ("Thanh Trì", "Hà Nội"), ("Thạnh Trị", "Sóc Trăng"),
        ("Phù Ninh", "Phú Thọ"), ("Phú Ninh", "Quảng Nam"), ("Phù Mỹ", "Bình Định"), ("Thạnh Hóa", "Long An"),
    ])
    func spelledApart(district: String, province: String) throws {
        let place = try #require(AdministrativeUnits.place(named: "huyện \(district)"))
        #expect(place.name == district)
        #expect(place.province == province)
        #expect(AdministrativeUnits.sharedDistrict(named: district) == nil)
        // The city of Thanh Hóa is its province's name: the province.
        #expect(AdministrativeUnits.place(named: "Thanh Hóa")?.isDistrict == false)
        // A name several provinces spell alike places none of them.
        #expect(AdministrativeUnits.sharedDistrict(named: "Châu Thành")?.provinces.count ?? 0 > 2)
    }
}
