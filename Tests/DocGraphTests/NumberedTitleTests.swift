@testable import DocGraph
import Testing

/// A type title that holds the document's own number (`CHỈ THỊ SỐ 47-CT/TW` / `CỦA BAN BÍ THƯ`, evaluation batch 35; the
/// Prime Minister's old titles of header census 021), and a tag page's heading that only names the document its report
/// is about (Real 499).
@Suite("Numbered type titles and tag headings")
struct NumberedTitleTests {
    private static let partyHeader = "ĐẢNG BỘ TỈNH QUẢNG BÌNH\nHUYỆN ỦY LỆ THỦY\n*\nLệ Thủy, ngày 5 tháng 3 năm 2021\n\n"
    private static let body = "\nThực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015 của Ban Bí thư, các cấp ủy tổ chức quán triệt.\n"

    @Test("the number in the type title is the document's, its issuer and subject read as the title's", arguments: [
        "CHỈ THỊ SỐ 07-CT/HU\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề phát triển nông nghiệp\n",
        "CHỈ THỊ SỐ 07 - CT/HU\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nVỀ PHÁT TRIỂN NÔNG NGHIỆP\n",
        "## CHỈ THỊ SỐ: 07-CT/HU\n## CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n**về phát triển nông nghiệp**\n",
        "CHỈ THỊ SỐ 07-CT/HU CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nVỀ PHÁT TRIỂN NÔNG NGHIỆP\n",
        "CHỈ THỊ SỐ 07-CT/HU NGÀY 5/3/2021\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nVỀ PHÁT TRIỂN NÔNG NGHIỆP\n",
        "CHỈ THỊ\nSỐ 07-CT/HU\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nVỀ PHÁT TRIỂN NÔNG NGHIỆP\n",
    ])
    func ownNumber(title: String) throws {
        let extraction = Fixtures.extract(Self.partyHeader + title + Self.body)
        let d = try #require(extraction.documents.first)
        #expect(d.id?.description == "07-CT/HU")
        #expect(d.typeCode == "CT")
        #expect(d.issuer == "Ban Thường vụ Huyện ủy Lệ Thủy")
        #expect(d.date == SimpleDate(year: 2021, month: 3, day: 5))
        #expect(d.title == "Chỉ thị về phát triển nông nghiệp")
        // The title's number is the document itself; the body's citation is another's.
        #expect(extraction.citations.filter { !$0.isSelfReference }.map(\.id.description) == ["47-CT/TW"])
    }

    @Test("a numbered heading over text, not over its issuer or subject, is no title")
    func headingOverText() throws {
        let text = "Ban Thường vụ Huyện ủy Lệ Thủy ban hành Nghị quyết.\n\nNGHỊ QUYẾT SỐ 18-NQ/TW\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017, huyện đã sắp xếp bộ máy.\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.id == nil)
    }

    @Test("a tag page's bare heading names the document its report cites, not the page (Real 499)")
    func tagHeading() throws {
        let page = "Chỉ thị số 47-CT/TW\n\nXây dựng thêm các Phòng Cảnh sát PCCC\n\nNgày 1-9, Thành ủy TP Hồ Chí Minh đã tổ chức Hội nghị sơ kết 2 năm thực hiện Chỉ thị số 47-CT/TW của Ban Bí thư về tăng cường lãnh đạo công tác phòng cháy.\n"
        let extraction = Fixtures.extract(page)
        #expect(try #require(extraction.documents.first).id == nil)
        #expect(extraction.citations.contains { $0.id.description == "47-CT/TW" && !$0.isSelfReference })
        // A designation that says more than type and number is the page's own, cited below or not.
        let designation = "Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức kỷ niệm\n\nThực hiện chỉ đạo của Ban Bí thư, Ban Thường vụ Thành ủy yêu cầu:\n"
        #expect(try #require(Fixtures.extract(designation).documents.first).id?.description == "175-CV/TU")
        // Bare, and not cited below: still the page's own number.
        let bare = "Quyết định số 12/QĐ-UBND\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        #expect(try #require(Fixtures.extract(bare).documents.first).id?.description == "12/QĐ-UBND")
    }

    @Test("the Prime Minister's old title: issuer broken over lines, its number on the issuer's line, the date under it (census 021)", arguments: [
        "CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002\nThực hiện Nghị quyết của Quốc hội.\n",
        "CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002\nThực hiện Nghị quyết của Quốc hội.\n",
        "CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ\nSỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001\nVỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002\nThực hiện Nghị quyết của Quốc hội.\n",
    ])
    func primeMinisterTitle(text: String) throws {
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.id?.description == "16/2001/CT-TTg")
        #expect(d.issuer == "Thủ tướng Chính phủ")
        #expect(d.date == SimpleDate(year: 2001, month: 6, day: 21))
        #expect(d.title == "Chỉ thị về việc xây dựng kế hoạch năm 2002")
    }

    @Test("a date that ends the title leaves the paragraph under it to the text")
    func dateEndsTitle() throws {
        let d = try #require(Fixtures.extract("CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ\nSỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001\nThực hiện Nghị quyết của Quốc hội.\n").documents.first)
        #expect(d.title == nil)
        // Without a date, `Thực hiện …` under the type is the subject, as plans write it.
        let plan = try #require(Fixtures.extract("HUYỆN ỦY LỆ THỦY\n*\nSố 12-KH/HU\nLệ Thủy, ngày 5 tháng 3 năm 2021\nKẾ HOẠCH\nThực hiện Chỉ thị số 47-CT/TW của Ban Bí thư\n\nI. MỤC ĐÍCH\n").documents.first)
        #expect(plan.title == "Kế hoạch thực hiện Chỉ thị số 47-CT/TW của Ban Bí thư")
    }

    // Reviewer, session 26: relatives of the forms above.

    @Test("a text that names its own number keeps it; a report that cites it with its day or issuer does not", arguments: [
        ("Kế hoạch số 12/KH-UBND\n\nThực hiện Quyết định số 15/2022/QĐ-UBND của UBND tỉnh, Ủy ban nhân dân huyện ban hành kế hoạch như sau.\nỦy ban nhân dân huyện yêu cầu các cơ quan triển khai Kế hoạch số 12/KH-UBND nghiêm túc.\n", "12/KH-UBND"),
        (partyHeader + "CHỈ THỊ SỐ 07-CT/HU\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nVỀ PHÁT TRIỂN NÔNG NGHIỆP\n\nI. MỤC TIÊU\nPhát triển.\n\nPHỤ LỤC\n(Kèm theo Chỉ thị số 07-CT/HU ngày 5/3/2021 của Ban Thường vụ Huyện ủy)\n", "07-CT/HU"),
        ("NGHỊ QUYẾT SỐ 18-NQ/TW\nVỀ MỘT SỐ VẤN ĐỀ VỀ TIẾP TỤC ĐỔI MỚI\n\nNgày 20/3/2018, Huyện ủy Lệ Thủy tổ chức hội nghị quán triệt Nghị quyết 18 - NQ/TW của Ban Chấp hành Trung ương.\n", nil),
    ])
    func ownNumberNamedAgain(text: String, id: String?) throws {
        #expect(try #require(Fixtures.extract(text).documents.first).id?.description == id)
    }

    @Test("one-line and mixed-case titles: the subject after the issuer, `TTg` as written, a section under the title", arguments: [
        ("CHỈ THỊ SỐ 05-CT/TW NGÀY 15/5/2016 CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG HỒ CHÍ MINH\n\nI. Tình hình\nSau 10 năm thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị khóa X, nhận thức được nâng lên.\n",
         "05-CT/TW", "Bộ Chính trị", "Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh"),
        ("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008\nVỀ VIỆC PHÊ DUYỆT DỰ ÁN\n\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n",
         "69/2008/QĐ-TTg", "Thủ tướng Chính phủ", "Quyết định về việc phê duyệt dự án"),
        ("QUYẾT ĐỊNH\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 123/2001/QĐ-TTG NGÀY 21 THÁNG 6 NĂM 2001\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH\n\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\n",
         "123/2001/QĐ-TTg", "Thủ tướng Chính phủ", "Quyết định về việc phê duyệt quy hoạch"),
        ("CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ\nSỐ 16/2001/CT-TTg\nNGÀY 21 THÁNG 6 NĂM 2001\nVỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002\nThực hiện Nghị quyết của Quốc hội.\n",
         "16/2001/CT-TTg", "Thủ tướng Chính phủ", "Chỉ thị về việc xây dựng kế hoạch năm 2002"),
        ("CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ\nSỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001\nVề việc xây dựng kế hoạch năm 2002\nThực hiện Nghị quyết của Quốc hội.\n",
         "16/2001/CT-TTg", "Thủ tướng Chính phủ", "Chỉ thị về việc xây dựng kế hoạch năm 2002"),
        ("BỘ CHÍNH TRỊ\n*\nHà Nội, ngày 10 tháng 2 năm 2025\nKẾT LUẬN\nCỦA BỘ\nCHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 18-NQ/TW\n\nTại phiên họp ngày 7/2/2025, Bộ Chính trị kết luận.\n",
         nil, "Bộ Chính trị", "Kết luận về tiếp tục thực hiện nghị quyết số 18-NQ/TW"),
    ])
    func titleRelatives(text: String, id: String?, issuer: String, title: String) throws {
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.id?.description == id)
        #expect(d.issuer == issuer)
        #expect(d.title == title)
    }

    @Test("a number after a kind in the title's issuer line is another document's; an occasion after a name is no name")
    func numberAfterKindAndOccasion() throws {
        let report = try #require(Fixtures.extract("ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY GIO LINH\n*\nGio Linh, ngày 5 tháng 3 năm 2025\nBÁO CÁO\nCỦA ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 45-QĐ/HU\nVỀ KẾT QUẢ KIỂM TRA\n\nThực hiện Quyết định số 45-QĐ/HU, Đoàn đã kiểm tra.\n").documents.first)
        #expect(report.id == nil)
        #expect(report.issuer == "Đoàn kiểm tra")
        let notice = try #require(Fixtures.extract("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/TB-UBND\nQuảng Trị, ngày 5 tháng 3 năm 2025\nTHÔNG BÁO\nCỦA CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ NÔNG NGHIỆP\n\nNgày 1/3/2025, Chủ tịch làm việc với Sở.\n").documents.first)
        #expect(notice.issuer?.contains("buổi làm việc") != true, "\(notice.issuer ?? "none")")
    }

    @Test("`có ý kiến` names the sender only as the letter's answer (`… có ý kiến như sau:`)", arguments: [
        ("Thực hiện Công văn số 123/BNN-KH ngày 5/3/2025 của Bộ Nông nghiệp và Môi trường về việc góp ý dự thảo, Sở Tài chính có ý kiến góp ý như sau:\n1. Nội dung.\n", nil as String?),
        ("Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy đã có ý kiến hướng dẫn. Ban Thường vụ Huyện ủy Gio Linh đề nghị:\n1. Nội dung.\n", "Ban Thường vụ Huyện ủy Gio Linh"),
    ])
    func opinionOnlyAsAnswer(text: String, issuer: String?) throws {
        #expect(try #require(Fixtures.extract(text).documents.first).issuer == issuer)
    }
}
