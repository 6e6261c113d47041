import Testing
@testable import DocGraph

/// A province formed on 1 July 2025 succeeds every province merged into it (red team, rounds 26–29: the merged Sở's
/// `Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển nông thôn (trước hợp nhất)`, when Quảng Trị's and
/// Quảng Bình's departments each issued a 45/KH-SNN in 2024): a number of their day that names no province may be any of
/// theirs, and only the day, the province named, or the corpus holding one of them decides.
@Suite("Citations of a former province's number in the merged province's text")
struct MergedProvinceCitationTests {
    private static func plan(province: String, date: (String, String), subject: String) -> String {
        """
        UBND TỈNH \(province.uppercased())                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN           Độc lập - Tự do - Hạnh phúc
        Số: 45/KH-SNN                          \(province), ngày \(date.0) tháng \(date.1) năm 2024

        KẾ HOẠCH
        \(subject)

        Nội dung.
        """
    }

    private static let quangTri = ("qt.txt", plan(province: "Quảng Trị", date: ("05", "3"), subject: "Phát triển trồng trọt năm 2024"))
    private static let quangBinh = ("qb.txt", plan(province: "Quảng Bình", date: ("20", "02"), subject: "Khôi phục sản xuất năm 2024"))

    private static func report(_ citation: String, year: Int = 2026) -> (String, String) {
        ("bc.txt", """
            UBND TỈNH QUẢNG TRỊ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG           Độc lập - Tự do - Hạnh phúc
            Số: 245/BC-SNNMT                          Quảng Trị, ngày 28 tháng 7 năm \(year)

            BÁO CÁO
            Kết quả sản xuất 6 tháng đầu năm

            Căn cứ \(citation), toàn tỉnh đã hỗ trợ giống cho 3.200 ha lúa.
            """)
    }

    /// The date of the document the report's citation went to.
    private func citedDate(_ g: DocumentGraph) throws -> String? {
        let edge = try #require(g.edges.first { g.nodes[Int($0.from)].id?.description == "245/BC-SNNMT" })
        return g.nodes[Int(edge.to)].date?.description
    }

    @Test("undated, with both former provinces' documents in the corpus: ambiguous, the kept name's chosen")
    func bothFormerProvinces() throws {
        let g = Fixtures.graph([Self.quangTri, Self.quangBinh, Self.report(
            "Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển nông thôn (trước hợp nhất)")])
        let found = Fixtures.findings(g, .ambiguousID, all: true)
        #expect(found.count == 1)
        #expect(found.first?.location?.line == 8)
        #expect(try citedDate(g) == "2024-03-05")
    }

    @Test("the day, or the province named, decides; nothing is ambiguous and no date conflicts", arguments: [
        ("Kế hoạch số 45/KH-SNN ngày 20/02/2024 của Sở Nông nghiệp và Phát triển nông thôn", "2024-02-20"),
        ("Kế hoạch số 45/KH-SNN ngày 05/3/2024 của Sở Nông nghiệp và Phát triển nông thôn", "2024-03-05"),
        ("Kế hoạch số 45/KH-SNN của Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Bình (trước hợp nhất)", "2024-02-20"),
    ])
    func decided(_ citation: String, _ date: String) throws {
        let g = Fixtures.graph([Self.quangTri, Self.quangBinh, Self.report(citation)])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).isEmpty)
        #expect(Fixtures.findings(g, .metadataConflict, all: true).isEmpty)
        #expect(try citedDate(g) == date)
    }

    @Test("only the merged-in province's document of the year the citation writes: that one, not a dangling one of the kept name")
    func onlyOtherFormerProvince() throws {
        let g = Fixtures.graph([Self.quangBinh, Self.report("Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển nông thôn")])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).isEmpty)
        #expect(Fixtures.findings(g, .dangling, all: true).isEmpty)
        #expect(try citedDate(g) == "2024-02-20")
    }

    @Test("a number that restarts, cited without its day or year, or with a year from 2025 on, may be the merged province's own: not the former one's (reviewer, session 27)", arguments: [
        "Kế hoạch số 45/KH-SNN của Sở Nông nghiệp và Phát triển nông thôn",
        "Kế hoạch số 45/KH-SNN năm 2026 của Sở Nông nghiệp và Môi trường",
    ])
    func mayBeTheMergedProvincesOwn(_ citation: String) throws {
        let g = Fixtures.graph([Self.quangBinh, Self.report(citation)])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).isEmpty)
        let edge = try #require(g.edges.first { g.nodes[Int($0.from)].id?.description == "245/BC-SNNMT" })
        #expect(!g.nodes[Int(edge.to)].inCorpus)
    }

    @Test("the kept name's document of the year written is the one; a former province's of another year is no rival")
    func yearWrittenDecides() throws {
        let older = ("qb21.txt", Self.plan(province: "Quảng Bình", date: ("20", "02"), subject: "Kế hoạch cũ").replacingOccurrences(of: "năm 2024", with: "năm 2021"))
        let g = Fixtures.graph([Self.quangTri, older, Self.report("Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển nông thôn")])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).isEmpty)
        #expect(try citedDate(g) == "2024-03-05")
    }

    @Test("before the merger, a province's undated citation is its own province's")
    func beforeTheMerger() throws {
        let g = Fixtures.graph([Self.quangTri, Self.quangBinh, Self.report(
            "Kế hoạch số 45/KH-SNN của Sở Nông nghiệp và Phát triển nông thôn", year: 2024)])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).isEmpty)
        #expect(try citedDate(g) == "2024-03-05")
    }

    @Test("a renamed province (Thừa Thiên Huế → Huế) succeeds its former self")
    func renamedProvince() throws {
        let former = ("tth.txt", """
            ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH THỪA THIÊN HUẾ           Độc lập - Tự do - Hạnh phúc
            Số: 120/KH-UBND                          Thừa Thiên Huế, ngày 12 tháng 5 năm 2023

            KẾ HOẠCH
            Phát triển giáo dục năm 2023

            Nội dung.
            """)
        let report = ("hue.txt", """
            ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            THÀNH PHỐ HUẾ           Độc lập - Tự do - Hạnh phúc
            Số: 30/BC-UBND                          Huế, ngày 10 tháng 3 năm 2026

            BÁO CÁO
            Kết quả giáo dục

            Thực hiện Kế hoạch số 120/KH-UBND năm 2023 của Ủy ban nhân dân tỉnh, kết quả như sau.
            """)
        let g = Fixtures.graph([former, report])
        #expect(Fixtures.findings(g, .dangling, all: true).isEmpty)
        let edge = try #require(g.edges.first { g.nodes[Int($0.from)].id?.description == "30/BC-UBND" })
        #expect(g.nodes[Int(edge.to)].inCorpus)
    }

    @Test("a normative number of two merged provinces, undated: ambiguous; dated: the one of that day")
    func normativeNumbers() throws {
        func resolution(_ province: String, _ day: String) -> String {
            """
            HỘI ĐỒNG NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH \(province.uppercased())           Độc lập - Tự do - Hạnh phúc
            Số: 15/2021/NQ-HĐND                          \(province), ngày \(day) tháng 12 năm 2021

            NGHỊ QUYẾT
            Quy định mức học phí

            Nội dung.
            """
        }
        func plan(_ citation: String) -> (String, String) {
            ("kh.txt", """
                ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH PHÚ THỌ           Độc lập - Tự do - Hạnh phúc
                Số: 88/KH-UBND                          Phú Thọ, ngày 10 tháng 9 năm 2026

                KẾ HOẠCH
                Năm học 2026-2027

                Căn cứ \(citation);
                """)
        }
        let corpus = [("vp.txt", resolution("Vĩnh Phúc", "08")), ("hb.txt", resolution("Hòa Bình", "10"))]
        // Huyện Hòa Bình of Bạc Liêu is no former province of Phú Thọ: its council's 15/2021/NQ-HĐND is nobody's rival here.
        let district = ("bl.txt", resolution("Hòa Bình", "10").replacingOccurrences(of: "TỈNH HÒA BÌNH", with: "HUYỆN HÒA BÌNH"))
        let namesake = Fixtures.graph([district, plan("Nghị quyết số 15/2021/NQ-HĐND của Hội đồng nhân dân tỉnh")])
        let toNamesake = try #require(namesake.edges.first { namesake.nodes[Int($0.from)].id?.description == "88/KH-UBND" })
        #expect(!namesake.nodes[Int(toNamesake.to)].inCorpus)
        let undated = Fixtures.graph(corpus + [plan("Nghị quyết số 15/2021/NQ-HĐND của Hội đồng nhân dân tỉnh")])
        #expect(Fixtures.findings(undated, .ambiguousID, all: true).count == 1)
        let dated = Fixtures.graph(corpus + [plan("Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh")])
        #expect(Fixtures.findings(dated, .ambiguousID, all: true).isEmpty)
        let edge = try #require(dated.edges.first { dated.nodes[Int($0.from)].id?.description == "88/KH-UBND" })
        #expect(dated.nodes[Int(edge.to)].locality == "Hòa Bình")
    }

    @Test("a new commune's text in the merged province cites its province's committee as the province's does (reviewer, session 27: a commune's context)", arguments: [
        ("Kế hoạch số 45/KH-UBND ngày 20/02/2024 của UBND tỉnh", "2024-02-20", false),
        ("Kế hoạch số 45/KH-UBND năm 2024 của UBND tỉnh", "2024-03-05", true),
    ])
    func communeOfTheMergedProvince(_ citation: String, _ date: String, _ ambiguous: Bool) throws {
        func plan(_ province: String, _ day: String, _ month: String) -> (String, String) {
            ("\(province).txt", """
                UBND TỈNH \(province.uppercased())                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                  Độc lập - Tự do - Hạnh phúc
                Số: 45/KH-UBND                          \(province), ngày \(day) tháng \(month) năm 2024

                KẾ HOẠCH
                Sản xuất năm 2024

                Nội dung.
                """)
        }
        let commune = ("xa.txt", """
            UBND TỈNH QUẢNG TRỊ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            UBND XÃ BỐ TRẠCH           Độc lập - Tự do - Hạnh phúc
            Số: 45/BC-UBND                          Bố Trạch, ngày 28 tháng 7 năm 2026

            BÁO CÁO
            Kết quả sản xuất 6 tháng đầu năm

            Căn cứ \(citation), toàn xã đã hỗ trợ giống cho 200 ha lúa.
            """)
        let g = Fixtures.graph([plan("Quảng Trị", "05", "3"), plan("Quảng Bình", "20", "02"), commune])
        #expect(Fixtures.findings(g, .ambiguousID, all: true).count == (ambiguous ? 1 : 0))
        let edge = try #require(g.edges.first { g.nodes[Int($0.from)].id?.description == "45/BC-UBND" })
        #expect(g.nodes[Int(edge.to)].date?.description == date)
    }
}
