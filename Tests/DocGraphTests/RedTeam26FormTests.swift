@testable import DocGraph
import Testing

/// Forms red team round 26 found (Party inspection in the new An Giang after the 2025 merger; folder
/// `Tests/Evaluation/RedTeam26`), with the term in a title and the cell's codes of round 25, each beside a relative
/// that must keep its reading.
@Suite("Red team 26: Word header rows, page breaks in a name, years before the issuer, substitutes")
struct RedTeam26FormTests {
    private func cited(_ text: String) -> [Citation] {
        Fixtures.extract(text).citations.filter { !$0.isSelfReference }
    }

    private func issuer(_ text: String) -> String? {
        Fixtures.extract(text).documents.first?.issuer
    }

    @Test("a Word table's header row keeps its cell's lines: the name is read from them (c4)", arguments: [
        ("<p>ĐẢNG BỘ TỈNH AN GIANG</p> <p>ỦY BAN KIỂM TRA TỈNH ỦY</p> <p>*</p> <p>Số 07-TB/UBKTTU</p>\t<p>ĐẢNG CỘNG SẢN VIỆT NAM</p> <p>An Giang, ngày 22 tháng 6 năm 2026</p>",
         "Ủy ban Kiểm tra Tỉnh ủy An Giang"),
        ("<p>UBND TỈNH NGHỆ AN</p> <p>SỞ NÔNG NGHIỆP</p> <p>VÀ MÔI TRƯỜNG</p> <p>Số: 45/HD-SNNMT</p>\t<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p> <p>Nghệ An, ngày 02 tháng 10 năm 2025</p>",
         "Sở Nông nghiệp và Môi trường tỉnh Nghệ An"),
        ("ĐẢNG BỘ TỈNH AN GIANG\nỦY BAN KIỂM TRA TỈNH ỦY\n*\nSố 07-TB/UBKTTU\n\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\t\tAn Giang, ngày 22 tháng 6 năm 2026",
         "Ủy ban Kiểm tra Tỉnh ủy An Giang"),
    ])
    func wordHeaderRow(header: String, expected: String) {
        #expect(issuer(header + "\nTHÔNG BÁO\nkết luận giám sát chuyên đề\n") == expected)
    }

    @Test("a department whose name ends with its tier takes the place without the tier again", arguments: [
        ("UBND TỈNH AN GIANG\nTHANH TRA TỈNH", "Thanh tra tỉnh An Giang"),
        ("UBND THÀNH PHỐ HẢI PHÒNG\nTHANH TRA THÀNH PHỐ", "Thanh tra thành phố Hải Phòng"),
        ("UBND TỈNH AN GIANG\nSỞ NỘI VỤ", "Sở Nội vụ tỉnh An Giang"),
    ])
    func departmentEndingWithTier(header: String, expected: String) {
        #expect(issuer(header + "\nSố: 12/KH-TTr\nAn Giang, ngày 06 tháng 01 năm 2026\n\nKẾ HOẠCH\nThanh tra năm 2026\n") == expected)
    }

    @Test("the year of issue between the number and the issuer reads on to the issuer (c5a)")
    func yearBeforeIssuer() {
        let c = cited("Căn cứ Kế hoạch số 12-KH/TU năm 2023 của Ban Thường vụ Tỉnh ủy Kiên Giang về thanh tra;")
        #expect(c.first?.issuer == "Ban Thường vụ Tỉnh ủy Kiên Giang")
        // A year that no issuer follows says nothing of one.
        let other = cited("Căn cứ Quyết định số 15/2023/QĐ-UBND năm 2023, Sở Tư pháp hướng dẫn như sau:")
        #expect(other.first?.issuer == nil)
    }

    @Test("a substitute appointed under a law replaces no document; a decision that replaces one does (c2)")
    func substitute() {
        let person = cited("Trường hợp thành viên Đoàn thanh tra vắng mặt, Chánh Thanh tra tỉnh cử người thay thế theo Luật Thanh tra số 11/2022/QH15.")
        #expect(person.count == 1 && !person.contains { $0.relation.isRevision }, "\(person.map(\.relation))")
        let decision = cited("Quyết định này thay thế Quyết định số 08/2020/QĐ-UBND ngày 14/4/2020 của UBND tỉnh Kiên Giang.")
        #expect(decision.map(\.relation) == [.replaces])
    }

    @Test("a page's footer inside an issuer's name is no word of it (c1)")
    func pageFooterInName() {
        let text = "2. Quyết định này thay thế Quyết định số 08/2020/QĐ-UBND ngày 14 tháng 4 năm 2020 của Ủy ban nhân dân tỉnh\n\n                    1\n\u{0C}    Kiên Giang ban hành Quy định về xử lý đơn.\n"
        let c = cited(text).first { $0.id.description == "08/2020/QĐ-UBND" }
        #expect(c?.issuer == "Ủy ban nhân dân tỉnh Kiên Giang")
        #expect(c?.relation == .replaces)
    }

    @Test("a row of cells parted by spaces but not aligned to the header is read in the header's order (c3)")
    func unalignedLayoutRow() throws {
        let text = """
            ĐẢNG BỘ TỈNH AN GIANG
            ỦY BAN KIỂM TRA TỈNH ỦY
            Số 02-KH/UBKTTU
            An Giang, ngày 08 tháng 01 năm 2026

            KẾ HOẠCH
            kiểm tra, giám sát năm 2026

                TT        Nội dung        Đơn vị chủ trì        Thời gian
                3        Xây dựng Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Đảng ủy Công an tỉnh trong xử lý đơn thư, tố cáo        Văn phòng Ủy ban        Quý II/2026

            """
        let rows = Fixtures.extract(text).tasks
        let row = try #require(rows.first)
        #expect(row.number == "3")
        #expect(row.leadUnit == "Văn phòng Ủy ban")
        #expect(row.deadline?.date == SimpleDate(year: 2026, month: 6, day: 30))
    }

    @Test("the term in a title's `CỦA …` line ends the body's name (red team 25, not scored)", arguments: [
        "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVI", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH, NHIỆM KỲ 2020 - 2025",
    ])
    func termInTitle(line: String) {
        let text = "ĐẢNG BỘ TỈNH GIA LAI\nTỈNH ỦY\n*\nSố 05-NQ/TU\n\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\t\t\tPleiku, ngày 15 tháng 6 năm 2021\n\nNGHỊ QUYẾT\n\(line)\nvề phát triển giáo dục\n-----\nBan Chấp hành Đảng bộ tỉnh quyết nghị:\n"
        #expect(issuer(text) == "Ban Chấp hành Đảng bộ tỉnh Gia Lai")
    }

    @Test("a Party cell's number is no central document of some term (red team 25, not scored)")
    func cellNumberHasNoTerm() {
        let c = cited("Căn cứ Kế hoạch số 03-KH/CB ngày 12/01/2026 của Chi bộ Trường THPT Trưng Vương; Kế hoạch số 04-KH/TW ngày 12/01/2026 của Ban Bí thư.")
        #expect(c.map(\.term) == [nil, "XIII"])
        #expect(TypeCodes.isCellCode("CB") && TypeCodes.isCellCode("ĐB") && TypeCodes.isCellCode("đb"))
        #expect(!TypeCodes.isCellCode("TCCB") && !TypeCodes.isCellCode("DU") && !TypeCodes.isCellCode("C"))
    }

    @Test("a plan by one of the many bodies a task leads meets its deadline as it meets the obligation (red team 25, c8)")
    func manyBodiesMeetTheDeadline() {
        let plan = """
            ĐẢNG BỘ TỈNH GIA LAI
            ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO
            *
            Số 12-KH/ĐU
            \t\t\tĐẢNG CỘNG SẢN VIỆT NAM
            \t\t\tGia Lai, ngày 15 tháng 11 năm 2025

            KẾ HOẠCH
            thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy về đột phá phát triển giáo dục và đào tạo
            -----
            1. Tổ chức học tập, quán triệt Nghị quyết số 71-NQ/TW đến 100% đảng viên.
            TỔ CHỨC THỰC HIỆN
            Các chi bộ trực thuộc xây dựng kế hoạch thực hiện, báo cáo Ban Thường vụ Đảng ủy Sở trước ngày 31/01/2026.
            \t\t\t\t\tT/M BAN THƯỜNG VỤ
            """
        let cell = """
            ĐẢNG BỘ TỈNH GIA LAI
            CHI BỘ TRƯỜNG THPT TRƯNG VƯƠNG
            *
            Số 03-KH/CB
            \t\t\tĐẢNG CỘNG SẢN VIỆT NAM
            \t\t\tGia Lai, ngày 12 tháng 01 năm 2026

            KẾ HOẠCH
            lãnh đạo nâng cao chất lượng giáo dục mũi nhọn năm học 2025 - 2026

            Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/11/2025 của Ban Thường vụ Đảng ủy Sở Giáo dục và Đào tạo, Chi bộ xây dựng Kế hoạch như sau:
            1. Mỗi đảng viên là giáo viên đăng ký phụ trách ít nhất một nhóm học sinh giỏi.
            """
        let asOf = SimpleDate(year: 2026, month: 11, day: 29)!
        let g = Fixtures.graph([("du.txt", plan), ("cb.txt", cell)])
        #expect(Fixtures.findings(g, .unmetObligation, asOf: asOf).isEmpty)
        #expect(Fixtures.findings(g, .overduePlan, asOf: asOf).isEmpty, "\(Fixtures.findings(g, .overduePlan, asOf: asOf).map(\.message))")
        // Without the cell's plan both rules speak.
        let alone = Fixtures.graph([("du.txt", plan)])
        #expect(Fixtures.findings(alone, .overduePlan, asOf: asOf).count == 1)
    }

    @Test("a kind the citation gives against its header and its number's code is a conflict; a code two kinds share is not (c6)", arguments: [
        ("Chương trình số 18-KH/TU", 1), ("Chỉ thị số 18-KH/TU", 1), ("Kế hoạch số 18-KH/TU", 0), ("Công văn số 18-KH/TU", 0),
    ])
    func kindAgainstCode(cited: String, conflicts: Int) {
        let plan = "TỈNH ỦY AN GIANG\n*\nSố 18-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Giang, ngày 15 tháng 9 năm 2025\n\nKẾ HOẠCH\nkiểm tra, giám sát năm 2026\n"
        let ward = "ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY PHƯỜNG LONG XUYÊN\n*\nSố 05-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Giang, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\nkiểm tra năm 2026\n\nThực hiện \(cited) ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy, Đảng ủy phường xây dựng Kế hoạch như sau:\n"
        let g = Fixtures.graph([("tu.txt", plan), ("du.txt", ward)])
        let found = Fixtures.findings(g, .metadataConflict).filter { $0.message.contains("number's code") }
        #expect(found.count == conflicts, "\(found.map(\.message))")
        let joint = MetadataConflictRule.kindAgainstCode("thong tu", DocumentID(parsing: "01/2004/TTLT-BVHTT-BYT")!)
        #expect(!joint)
    }

    @Test("a bracket holding only the kind and number of the citation before it restates it, its relation kept; a revision is said once")
    func bracketedRestatement() {
        let c = cited("Căn cứ Nghị quyết số 03-NQ/TU ngày 26/10/2021 của Ban Thường vụ Thành ủy về chuyển đổi số (Nghị quyết số 03-NQ/TU);")
        #expect(c.map(\.relation) == [.basedOn, .basedOn])
        let revised = cited("Sửa đổi, bổ sung một số điều của Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 quy định về mẫu biểu (Thông tư số 07/2021/TT-BLĐTBXH) như sau:")
        #expect(revised.map(\.relation) == [.amends, .references])
        // With a date inside, the bracket says more than the short name.
        let dated = cited("Căn cứ Nghị quyết số 03-NQ/TU của Ban Thường vụ Thành ủy (Nghị quyết số 03-NQ/TU ngày 26/10/2021);")
        #expect(dated.count == 2)
    }
}

/// Forms the header census found (`Tests/Evaluation/HeaderCensus`: openings of real documents, read for their own
/// identity).
@Suite("Header census: bullets, two bodies on one line, letters without a type")
struct HeaderCensusFormTests {
    private func record(_ text: String) -> DocumentRecord? {
        Fixtures.extract(text).documents.first
    }

    @Test("a list's bullet before the header line is no part of the name")
    func bulletBeforeHeader() {
        let text = " • BỘ GIÁO DỤC VÀ ĐÀO TẠO\n  Số: 1449/QĐ-BGDĐT\n  Hà Nội, ngày 02 tháng 6 năm 2020\n  QUYẾT ĐỊNH\n  Về việc công bố thủ tục hành chính\n  BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\n  Căn cứ Nghị định số 69/2017/NĐ-CP;\n"
        #expect(record(text)?.issuer == "Bộ Giáo dục và Đào tạo")
    }

    @Test("a parent and the unit that issues, on one header line, are two lines", arguments: [
        ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC\n*\nSố 16-HD/BTCTW", "Ban Tổ chức Trung ương"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 16-HD/VPTW", "Văn phòng Trung ương Đảng"),
        ("TỈNH ỦY NGHỆ AN BAN TUYÊN GIÁO\n*\nSố: 15-HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy Nghệ An"),
        ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 15/QĐ-STNMT", "Sở Tài nguyên và Môi trường"),
    ])
    func twoBodiesOnOneLine(header: String, expected: String) {
        let text = header + "\nHà Nội, ngày 10 tháng 01 năm 2023\n\nHƯỚNG DẪN\nvề công tác cán bộ\n"
        #expect(record(text)?.issuer?.hasPrefix(expected) == true, "\(String(describing: record(text)?.issuer))")
    }

    @Test("a letter without a type title or a `V/v` line, its number opening with a body's code, is a letter")
    func letterWithoutSubjectLine() {
        let letter = "BỘ TÀI CHÍNH\nSố: 14447/BTC-ĐT\nHà Nội, ngày 29 tháng 12 năm 2023\n\nKính gửi: Thủ tướng Chính phủ.\n\nBộ Tài chính báo cáo như sau:\n"
        #expect(record(letter)?.typeCode == "CV")
        // A decision's number keeps its kind.
        let decision = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 1348/QĐ-UBND\nBắc Ninh, ngày 06 tháng 9 năm 2019\n\nKính gửi: các sở.\n"
        #expect(record(decision)?.typeCode == "QĐ")
    }
}

/// Forms red team round 27 found (the health line of the new Tây Ninh after the 2025 merger; folder
/// `Tests/Evaluation/RedTeam27`), and round 26's plural actor, each beside a relative.
@Suite("Red team 27: texts no place is known of; plural commissions")
struct RedTeam27FormTests {
    @Test("a text no place is known of means, by a number and its day, the one corpus document of them (c2)")
    func datedNumberFromUnplacedText() {
        let resolution = """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH TÂY NINH
            Số: 22/2025/NQ-HĐND
            Tây Ninh, ngày 10 tháng 12 năm 2025

            NGHỊ QUYẾT
            Quy định chính sách hỗ trợ nhân lực y tế
            """
        let station = """
            UBND PHƯỜNG LONG AN
            TRẠM Y TẾ
            Số: 15/KH-TYT
            Long An, ngày 10 tháng 01 năm 2026

            KẾ HOẠCH
            thực hiện chính sách hỗ trợ nhân lực y tế

            Thực hiện Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh, Trạm Y tế xây dựng Kế hoạch như sau:
            """
        let asOf = SimpleDate(year: 2026, month: 11, day: 29)!
        let g = Fixtures.graph([("nq.txt", resolution), ("tyt.txt", station)])
        #expect(Fixtures.findings(g, .dangling, asOf: asOf).isEmpty, "\(Fixtures.findings(g, .dangling, asOf: asOf).map(\.message))")
        // Another day is another document: it stays apart.
        let other = Fixtures.graph([("nq.txt", resolution), ("tyt.txt", station.replacingOccurrences(of: "ngày 10/12/2025", with: "ngày 10/11/2025"))])
        #expect(Fixtures.findings(other, .dangling, asOf: asOf).count == 1)
    }

    @Test("a commission of many committees is plural, the committees named before or after `các` (red team 26, c7)", arguments: [
        ("Ủy ban Kiểm tra các đảng ủy xã, phường, đặc khu", IssuingBody.Tier.commune),
        ("Ủy ban Kiểm tra đảng ủy các xã, phường, đặc khu", .commune),
        ("Ban Tuyên giáo các huyện ủy", .district),
    ])
    func pluralCommission(name: String, tier: IssuingBody.Tier) {
        #expect(IssuingBody(name).pluralTier == tier)
    }
}
