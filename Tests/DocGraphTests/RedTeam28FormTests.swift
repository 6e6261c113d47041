@testable import DocGraph
import Testing

/// Forms red team round 28 found (agriculture and forests of the new Quảng Ngãi with former Kon Tum; folder
/// `Tests/Evaluation/RedTeam28`) and the header census and evaluation set showed (a chairman's decisions, a term after
/// a body's name), each beside a relative that must keep its reading.
@Suite("Red team 28: replacement lists, roles in brackets; the chairman's decisions")
struct RedTeam28FormTests {
    private func relations(_ text: String) -> [String: Relation] {
        Dictionary(Fixtures.extract(text).citations.filter { !$0.isSelfReference }.map { ($0.id.description, $0.relation) }) { a, _ in a }
    }

    private static let resolution = "HỘI ĐỒNG NHÂN DÂN\nTỈNH KON TUM\nSố: 18/2025/NQ-HĐND\nKon Tum, ngày 1 tháng 12 năm 2025\nNGHỊ QUYẾT\nVề X\n"

    @Test("a revision's plural object before a colon opens the list it revises (c1)", arguments: [
        ("Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế các Nghị quyết: Nghị quyết số 24/2021/NQ-HĐND ngày 22/9/2021 của Hội đồng nhân dân tỉnh Kon Tum; Nghị quyết số 11/2021/NQ-HĐND ngày 30/7/2021 của Hội đồng nhân dân tỉnh Quảng Ngãi.", Relation.replaces),
        ("Điều 3. Thay thế các Nghị quyết sau: Nghị quyết số 24/2021/NQ-HĐND; Nghị quyết số 11/2021/NQ-HĐND.", .replaces),
        ("Điều 3. Bãi bỏ toàn bộ các Nghị quyết sau đây: Nghị quyết số 24/2021/NQ-HĐND; Nghị quyết số 11/2021/NQ-HĐND.", .repeals),
        ("Điều 3. Thay thế các văn bản sau: Nghị quyết số 24/2021/NQ-HĐND và Nghị quyết số 11/2021/NQ-HĐND.", .replaces),
    ])
    func revisedList(clause: String, expected: Relation) {
        let r = relations(Self.resolution + clause + "\n")
        #expect(r["24/2021/NQ-HĐND"] == expected)
        #expect(r["11/2021/NQ-HĐND"] == expected)
    }

    @Test("the colon of a list no revision governs still ends the clause")
    func otherLists() {
        let r = relations(Self.resolution + "Căn cứ các văn bản sau: Nghị quyết số 24/2021/NQ-HĐND; Nghị quyết số 11/2021/NQ-HĐND.\n")
        #expect(r["24/2021/NQ-HĐND"] != .replaces && r["24/2021/NQ-HĐND"] != .repeals)
        let kinds = relations(Self.resolution + "Thay thế các mẫu biểu của năm trước. Ghi chú: Nghị quyết số 24/2021/NQ-HĐND giữ nguyên.\n")
        #expect(kinds["24/2021/NQ-HĐND"] != .replaces)
    }

    @Test("a role in brackets after the body an obligation names is not its name (c4)", arguments: [
        ("Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Chương trình) xây dựng kế hoạch thực hiện.", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở Nông nghiệp và Phát triển nông thôn xây dựng kế hoạch thực hiện.", "Sở Nông nghiệp và Phát triển nông thôn"),
    ])
    func roleInBrackets(item: String, expected: String) throws {
        let plan = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 120/KH-UBND\nQuảng Ngãi, ngày 22 tháng 5 năm 2023\nKẾ HOẠCH\nthực hiện Chương trình\nII. TỔ CHỨC THỰC HIỆN\n1. \(item)\n"
        #expect(try #require(Fixtures.extract(plan).obligations.first).actor == expected)
    }

    @Test("a committee's chairman decides when his line stands over the preamble (census 009, 012, 041, 049; Real 039, 048)", arguments: [
        // Title, subject, the chairman's line, the preamble.
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 1348/QĐ-UBND\nBắc Ninh, ngày 06 tháng 9 năm 2019\nQUYẾT ĐỊNH\nV/V PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;\n",
        // A portal's copy without the title.
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 36/QĐ-UBND | Bắc Ninh, ngày 20 tháng 01 năm 2024 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n",
        // The preamble's first glyphs lost (`n cứ`), the place in the line, blank lines between.
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 2895/QĐ-UBND\n\nBắc Ninh, ngày 30 tháng 11 năm 2017\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC CÔNG BỐ THỦ TỤC\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
    ])
    func chairman(text: String) throws {
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh")
        // Numbered in the committee's series: the graph places and compares it as the committee's.
        #expect(IssuingBody(try #require(d.issuer)).isCompatible(with: IssuingBody("UBND tỉnh Bắc Ninh")))
    }

    @Test("a number coded for the chairman (`CT-CTUBND`, census 027) is his, as his line would say")
    func chairmanCode() throws {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\nSố: 08/CT-CTUBND\nVĩnh Phúc, ngày 10 tháng 5 năm 2021\nCHỈ THỊ\nVề việc tăng cường phòng chống dịch\nNội dung.\n"
        #expect(try #require(Fixtures.extract(text).documents.first).issuer == "Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc")
    }

    @Test("a letter's sentence about the chairman, and the committee's own line, decide nothing of the kind")
    func notChairman() throws {
        let letter = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 6544/UBND-KT\nBắc Ninh, ngày 06 tháng 9 năm 2019\nV/v góp ý dự thảo\nChủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n1. Giao Sở Nội vụ chủ trì.\n"
        #expect(try #require(Fixtures.extract(letter).documents.first).issuer?.folded.hasPrefix("chu tich") == false)
        let collective = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 19/2019/QĐ-UBND\nBắc Ninh, ngày 06 tháng 9 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy định\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        #expect(try #require(Fixtures.extract(collective).documents.first).issuer == "Ủy ban nhân dân tỉnh Bắc Ninh")
    }

    @Test("a term and session after a comma are no part of the body's name (Real 335)", arguments: [
        ("HỘI ĐỒNG NHÂN DÂN XÃ TRUNG HÀ, KHÓA 21, KỲ HỌP THỨ 3", "Hội đồng nhân dân xã Trung Hà"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN, NHIỆM KỲ 2021 - 2026", "Hội đồng nhân dân tỉnh Nghệ An"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "Hội đồng nhân dân tỉnh Nghệ An"),
    ])
    func termAfterComma(written: String, expected: String) {
        #expect(IssuingBodies.canonical(written) == expected)
    }

    @Test("an attachment's caption over four lines names its issuer whole (Real 051)")
    func captionOverFourLines() throws {
        let text = "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n\nQUY CHẾ LÀM\nVIỆC\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.id?.description == "59/QĐ-UBND")
        #expect(d.issuer == "Ủy ban nhân dân xã Xuân Phú")
    }

    private static let plan = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 1359/KH-UBND\nNinh Thuận, ngày 1 tháng 6 năm 2018\nKẾ HOẠCH\nTriển khai X\n"

    @Test("a body's own clause after a cited resolution's description is not the description (Real 498: a false cycle)")
    func clauseAfterDescription() throws {
        let text = Self.plan + "Căn cứ Kế hoạch số 93-KH/TU ngày 21/02/2018 của Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới,\nỦy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ với một số nội dung như sau:\n"
        let c = try #require(Fixtures.extract(text).citations.first { $0.id.description == "139/NQ-CP" })
        #expect(!c.isNested)
        #expect(c.relation == .implements)
        // The description itself still holds what it names.
        let twenty = try #require(Fixtures.extract(text).citations.first { $0.id.description == "20-NQ/TW" })
        #expect(twenty.isNested)
    }

    @Test("`xây dựng Kế hoạch … như sau:` in a Kế hoạch is this plan: what it carries out is done, not planned; a task's plan is still to come", arguments: [
        ("Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ với một số nội dung như sau:", Modality.enacted),
        ("Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện Nghị quyết số 139/NQ-CP trên địa bàn tỉnh, cụ thể như sau:", .enacted),
        ("1. Sở Y tế xây dựng kế hoạch triển khai thực hiện Nghị quyết số 139/NQ-CP của Chính phủ, hoàn thành trong tháng 7/2018.", .planned),
        ("Các sở sẽ xây dựng Kế hoạch thực hiện Nghị quyết số 139/NQ-CP như sau:", .planned),
    ])
    func buildsItself(sentence: String, expected: Modality) throws {
        let c = try #require(Fixtures.extract(Self.plan + sentence + "\n").citations.first { $0.id.description == "139/NQ-CP" })
        #expect(c.modality == expected)
    }

    @Test("the reviewer's relatives: who builds the plan, bodies listed in a description, a ward of its old district's name, the addressee, a dashed province, other plural objects")
    func reviewedRelatives() throws {
        // A task's builder is not the plan's issuer: still planned, whatever ends the sentence.
        let task = Self.plan + "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Phát triển nông thôn xây dựng kế hoạch thực hiện Chỉ thị số 05-CT/TU ngày 10/3/2022 của Tỉnh ủy, cụ thể như sau:\n"
        #expect(try #require(Fixtures.extract(task).citations.first { $0.id.description == "05-CT/TU" }).modality == .planned)
        // Bodies listed inside a description, with no verb of their own, stay in it.
        let listed = Self.plan + "Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/5/2022 của Ủy ban nhân dân tỉnh Nghệ An về việc giao Sở Y tế, Sở Giáo dục và Đào tạo triển khai thực hiện Kế hoạch số 56/KH-BYT ngày 02/3/2022 của Bộ Y tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        #expect(try #require(Fixtures.extract(listed).citations.first { $0.id.description == "56/KH-BYT" }).isNested)
        // A ward of its old district's name (2025), placed there: the ward, then the province.
        let ward = try #require(Fixtures.extract("ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI CHÂU\nSố: 12/KH-UBND\nHải Châu, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\nX\n").documents.first)
        #expect(ward.locality == "Hải Châu, Đà Nẵng")
        // A submission's addressee is no chairman deciding.
        let submission = "ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ\nSố: 45/TTr-UBND\nTân Kỳ, ngày 10 tháng 8 năm 2022\nTỜ TRÌNH\nVề việc X\nKính gửi:\nChủ tịch Ủy ban nhân dân huyện Tân Kỳ\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        #expect(try #require(Fixtures.extract(submission).documents.first).issuer?.folded.hasPrefix("chu tich") == false)
        // The chairman of a province named with a spaced dash.
        let dashed = "ỦY BAN NHÂN DÂN\nSố: 848/QĐ-UBND\nBà Rịa - Vũng Tàu, ngày 12 tháng 04 năm 2016\nQUYẾT ĐỊNH\nVề việc X\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\nCăn cứ Luật A;\n"
        #expect(try #require(Fixtures.extract(dashed).documents.first).issuer == "Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")
        // `thay thế 02 Quyết định:`, `những Quyết định sau:`, `các văn bản quy phạm pháp luật sau:`.
        for object in ["02 Nghị quyết", "những Nghị quyết sau", "các văn bản quy phạm pháp luật sau"] {
            let r = relations(Self.resolution + "Điều 3. Thay thế \(object): Nghị quyết số 24/2021/NQ-HĐND; Nghị quyết số 11/2021/NQ-HĐND.\n")
            #expect(r["24/2021/NQ-HĐND"] == .replaces && r["11/2021/NQ-HĐND"] == .replaces, "\(object)")
        }
        // A term after a bare space stays in the name but not in the place.
        let headline = try #require(Fixtures.extract("HỘI ĐỒNG NHÂN DÂN XÃ TRUNG HÀ KHÓA XXI, KỲ HỌP THỨ 3\nNgày 19/12/2021 HĐND xã Trung Hà tổ chức kỳ họp thứ 3 theo Nghị quyết số 05/NQ-HĐND của HĐND huyện Thủy Nguyên.\n").documents.first)
        #expect(headline.locality?.hasPrefix("Trung Hà, ") == true, "\(headline.locality ?? "none")")
    }

    @Test("the listed documents' issuer before the colon: `thay thế các Quyết định sau đây của Ủy ban nhân dân tỉnh:` (reviewer, session 25)", arguments: [
        ("Điều 2. Quyết định này thay thế các Quyết định sau đây của Ủy ban nhân dân tỉnh: Quyết định số 24/2021/QĐ-UBND ngày 22/9/2021; Quyết định số 11/2021/QĐ-UBND ngày 30/7/2021.", Relation.replaces),
        ("Điều 2. Bãi bỏ các Quyết định của UBND tỉnh Kon Tum sau đây: Quyết định số 24/2021/QĐ-UBND; Quyết định số 11/2021/QĐ-UBND.", .repeals),
    ])
    func listOwnerBeforeColon(clause: String, expected: Relation) {
        let r = relations(Self.resolution + clause + "\n")
        #expect(r["24/2021/QĐ-UBND"] == expected)
        #expect(r["11/2021/QĐ-UBND"] == expected)
    }

    @Test("a document named before the colon is no list's owner: its grounds quoted after `như sau:` are not revised")
    func documentBeforeColon() {
        let note = "¹ Nghị quyết số 25/2023/NQ-HĐND sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND có căn cứ ban hành như sau: “Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; ...”"
        #expect(relations(Self.resolution + note + "\n")["263/QĐ-TTg"]?.isRevision != true)
    }

    @Test("a dash spaced on one side, or a district the list spelled without spaces, is the place's spaced dash (reviewer, session 25)", arguments: [
        ("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA -VŨNG TÀU\nSố: 18/2025/QĐ-UBND\nBà Rịa, ngày 1 tháng 12 năm 2025\nQUYẾT ĐỊNH\nVề X\n", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA- VŨNG TÀU\nSố: 18/2025/QĐ-UBND\nBà Rịa, ngày 1 tháng 12 năm 2025\nQUYẾT ĐỊNH\nVề X\n", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN RANG - THÁP CHÀM\nSố: 20/QĐ-UBND\nPhan Rang - Tháp Chàm, ngày 1 tháng 12 năm 2023\nQUYẾT ĐỊNH\nVề X\n", "Ủy ban nhân dân thành phố Phan Rang - Tháp Chàm", "Phan Rang - Tháp Chàm, Ninh Thuận"),
    ])
    func dashedPlaces(text: String, issuer: String, locality: String) throws {
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.issuer == issuer)
        #expect(d.locality == locality)
        #expect(AdministrativeUnits.place(named: "Phan Rang-Tháp Chàm")?.province == "Ninh Thuận")
    }
}
