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
        // A place with a dash or the city's abbreviation (reviewer, session 27).
        ("Số: 245/KH-UBNDBà Rịa - Vũng Tàu, ngày 15 tháng 01 năm 2026", "245/KH-UBND"),
        ("Số: 245/KH-UBNDTP. Hồ Chí Minh, ngày 15 tháng 01 năm 2026", "245/KH-UBND"),
        // Relatives that must keep their reading: spaced, and a code with small letters and no place after it.
        ("Số: 245/KH-UBND Phú Thọ, ngày 15 tháng 01 năm 2026", "245/KH-UBND"),
        ("Số: 1520/SGDĐT-GDTrH         Phú Thọ, ngày 15 tháng 01 năm 2026", "1520/SGDĐT-GDTrH"),
        ("Số: 16-HD/ĐUKTw, ngày 15 tháng 01 năm 2026", "16-HD/ĐUKTw"),
        ("Số: 127/UBND-VXNc ngày 15 tháng 01 năm 2026", "127/UBND-VXNc"),
    ])
    func placeGluedToNumber(line: String, id: String) throws {
        let d = try header("ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ THỌ  Độc lập - Tự do - Hạnh phúc", line)
        #expect(d.id?.description == id)
        #expect(d.date?.description == "2026-01-15")
        // The place is read whole, never a code's tail (`Thọ`, `Tw`).
        #expect(d.place.map { ["Phú Thọ", "Vĩnh Yên", "Hà Nội", "Hòa Bình", "Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh"].contains($0) } ?? true, "\(d.place ?? "")")
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

    private static let yenLacPlan = ("kh64.txt", """
        ỦY BAN NHÂN DÂN
        HUYỆN YÊN LẠC
        Số: 64/KH-UBND                    Yên Lạc, ngày 20 tháng 02 năm 2024

        KẾ HOẠCH
        Phát triển mạng lưới trường lớp năm 2024

        Nội dung.
        """)

    @Test("after `Thực hiện X …,` a body's clause that a revision verb closes at its run's comma is the citing text's own (c4)", arguments: [
        ("Thực hiện Kế hoạch số 120/KH-SGDĐT ngày 05/3/2024 của Sở Giáo dục và Đào tạo, Ủy ban nhân dân huyện sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024 như sau:", false),
        ("Thực hiện Kế hoạch số 120/KH-SGDĐT ngày 05/3/2024 của Sở Giáo dục và Đào tạo, Ủy ban nhân dân huyện thay thế Kế hoạch số 64/KH-UBND ngày 20/02/2024.", false),
        // A description that names what the described document revises stays nested.
        ("Thực hiện Kế hoạch số 120/KH-SGDĐT ngày 05/3/2024 của Sở Giáo dục và Đào tạo về việc sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024.", true),
    ])
    func bodyClauseAfterDescription(sentence: String, nested: Bool) throws {
        let text = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC\nSố: 77/KH-UBND                    Yên Lạc, ngày 20 tháng 5 năm 2024\n\nKẾ HOẠCH\nSửa đổi kế hoạch\n\(sentence)\n"
        let c = try #require(Fixtures.extract(text).citations.first { $0.id.description == "64/KH-UBND" })
        #expect(c.isNested == nested)
    }

    @Test("a dated number without its issuer, which the citing province's corpus holds only in one district, is that district's (c4b)")
    func sameDayInADistrict() throws {
        let plan = ("kh120.txt", """
            UBND TỈNH VĨNH PHÚC
            SỞ GIÁO DỤC VÀ ĐÀO TẠO
            Số: 120/KH-SGDĐT                    Vĩnh Phúc, ngày 05 tháng 3 năm 2024

            KẾ HOẠCH
            Tuyển sinh năm học 2024-2025

            TT\tNhiệm vụ\tĐơn vị thực hiện\tThời hạn
            1\tỦy ban nhân dân huyện Yên Lạc sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024 cho phù hợp số liệu tuyển sinh\tUBND huyện Yên Lạc\tQuý II/2024
            """)
        let g = Fixtures.graph([Self.yenLacPlan, plan])
        #expect(Fixtures.findings(g, .dangling, all: true).isEmpty)
        let edge = try #require(g.edges.first { g.nodes[Int($0.from)].id?.description == "120/KH-SGDĐT" && g.nodes[Int($0.to)].id?.description == "64/KH-UBND" })
        #expect(g.nodes[Int(edge.to)].inCorpus)
        // A body citing a number of its own code means its own paper, though a district's of that day exists (reviewer,
        // session 27): the province's report on its own 64/KH-UBND.
        let own = ("bc.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH VĨNH PHÚC
            Số: 90/BC-UBND                    Vĩnh Phúc, ngày 05 tháng 6 năm 2024

            BÁO CÁO
            Kết quả tuyển sinh

            Thực hiện Kế hoạch số 64/KH-UBND ngày 20/02/2024, Ủy ban nhân dân tỉnh báo cáo như sau.
            """)
        let ownGraph = Fixtures.graph([Self.yenLacPlan, own])
        let ownEdge = try #require(ownGraph.edges.first { ownGraph.nodes[Int($0.from)].id?.description == "90/BC-UBND" && ownGraph.nodes[Int($0.to)].id?.description == "64/KH-UBND" })
        #expect(!ownGraph.nodes[Int(ownEdge.to)].inCorpus)
        // Another day is another document: not that one.
        let other = Fixtures.graph([Self.yenLacPlan, (plan.0, plan.1.replacingOccurrences(of: "20/02/2024", with: "21/02/2024"))])
        let missed = try #require(other.edges.first { other.nodes[Int($0.from)].id?.description == "120/KH-SGDĐT" && other.nodes[Int($0.to)].id?.description == "64/KH-UBND" })
        #expect(!other.nodes[Int(missed.to)].inCorpus)
    }

    @Test("a letter's `V/v` line that the place and date run on from the other column: the subject ends, the date is read (c5)", arguments: [
        ("V/v tổng kết kỳ thi tuyển sinh lớp 10 Phú Thọ, ngày 10 tháng 9 năm 2026", "2026-09-10", "Công văn về việc tổng kết kỳ thi tuyển sinh lớp 10"),
        ("V/v tổng kết kỳ thi tuyển sinh lớp 10     Phú Thọ, ngày 10 tháng 9 năm 2026", "2026-09-10", "Công văn về việc tổng kết kỳ thi tuyển sinh lớp 10"),
        // A document the subject names with its day, no place before it: the subject keeps it, the letter has no date.
        ("V/v báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 9 năm 2026", nil,
         "Công văn về việc báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 9 năm 2026"),
    ] as [(String, String?, String)])
    func placeAndDateOnSubjectLine(line: String, date: String?, title: String) throws {
        let text = "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ THỌ              Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 3120/UBND-KGVX\n\(line)\n\nKính gửi: Sở Giáo dục và Đào tạo\n\nNội dung.\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.date?.description == date)
        #expect(d.title == title)
    }

    @Test("a wrapped `V/v` subject with the place and date on its first or its second line: the subject is whole, the date read (c5's relative, reviewer, session 27)", arguments: [
        ["V/v triển khai thực hiện Kế hoạch     Phú Thọ, ngày 12 tháng 3 năm 2024", "số 45/KH-UBND của UBND tỉnh"],
        ["V/v triển khai thực hiện Kế hoạch", "số 45/KH-UBND của UBND tỉnh          Phú Thọ, ngày 12 tháng 3 năm 2024"],
    ])
    func placeAndDateOnWrappedSubject(lines: [String]) throws {
        let text = "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ THỌ              Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 3120/UBND-KGVX\n\(lines.joined(separator: "\n"))\n\nKính gửi: Sở Giáo dục và Đào tạo\n\nNội dung.\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.date?.description == "2024-03-12")
        #expect(d.place == "Phú Thọ")
        #expect(d.title == "Công văn về việc triển khai thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh")
    }

    @Test("a wrapped line that names a day with no place before it ends the subject there, as before")
    func wrappedSubjectWithItsOwnDay() throws {
        let text = "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ THỌ              Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 3120/UBND-KGVX\nV/v báo cáo kết quả thực hiện Kế hoạch\nsố 12/KH-UBND ngày 10 tháng 9 năm 2026\n\nKính gửi: Sở Giáo dục và Đào tạo\n\nNội dung.\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.date == nil)
        #expect(d.title?.hasPrefix("Công văn về việc báo cáo kết quả thực hiện Kế hoạch") == true)
    }
}
