@testable import DocGraph
import Testing

/// Forms red team round 34 found (new rural development in Quảng Nam, merged into the city of Đà Nẵng; folder
/// `Tests/Evaluation/RedTeam34`), each beside a relative that must keep its reading.
@Suite("Red team 34: YAML front matter, counted lead-ins")
struct RedTeam34FormTests {
    private static let body = """

        **ỦY BAN NHÂN DÂN XÃ DUY XUYÊN**

        *Duy Xuyên, ngày 20 tháng 10 năm 2025*

        # KẾ HOẠCH
        ## Duy trì tiêu chí nông thôn mới năm 2025

        Căn cứ Quyết định số 2310/QĐ-UBND ngày 05/9/2022 của UBND tỉnh Quảng Nam;
        """

    /// The text PlainTextSource gives for `text` read from `file`, extracted.
    private func read(_ text: String, file: String = "kh.md") throws -> ExtractedFile {
        let source = try PlainTextSource().text(of: Array(text.utf8), file: file)
        return DocumentExtractor.extract(text: String(decoding: source.utf8, as: UTF8.self), file: file)
    }

    @Test("a Markdown file's front matter gives its number, and no citation (c2)", arguments: [
        "---\nso_hieu: 14/KH-UBND\nco_quan: UBND xã Duy Xuyên, thành phố Đà Nẵng\nngay_ban_hanh: 2025-10-20\nloai: Kế hoạch\n---\n",
        "---\r\nsố_hiệu: \"14/KH-UBND\"\r\nngày_ban_hành: 20/10/2025\r\n---\r\n",
        "---\nSo-Hieu: '14/KH-UBND'\ntags:\n  - nông thôn mới\n  - Nghị quyết số 12-NQ/TU\n...\n",
    ])
    func frontMatterNumber(_ frontMatter: String) throws {
        let file = try read(frontMatter + Self.body)
        let d = try #require(file.documents.first)
        #expect(file.documents.count == 1)
        #expect(d.id?.description == "14/KH-UBND")
        #expect(d.date?.description == "2025-10-20")
        #expect(file.citations.filter { !$0.isSelfReference }.map(\.id.description) == ["2310/QĐ-UBND"])
        // Every line stays where it was.
        #expect(file.citations.first { !$0.isSelfReference }?.location.line == frontMatter.utf8.filter { $0 == 0x0A }.count + 9)
    }

    @Test("a header-less text takes its issuer and date from the front matter")
    func frontMatterIdentity() throws {
        let text = "---\nso_hieu: 14/KH-UBND\nco_quan: UBND xã Duy Xuyên\nngay_ban_hanh: 2025-10-20\n---\n\n# KẾ HOẠCH\n## Duy trì tiêu chí nông thôn mới\n\nNội dung.\n"
        let d = try #require(try read(text).documents.first)
        #expect(d.id?.description == "14/KH-UBND")
        #expect(d.issuer == "UBND xã Duy Xuyên")
        #expect(d.date?.description == "2025-10-20")
    }

    @Test("the text's own header wins over the front matter: a site's posting date, a dataset's keys (reviewer, session 28)", arguments: [
        "---\ntitle: \"Kế hoạch tổ chức lễ hội\"\ndate: 2025-03-20\n---\n",
        "---\nso_hieu: \"52/KH-UBND\"\nco_quan_ban_hanh: Ủy ban nhân dân huyện Đại Lộc\nngay_ban_hanh: 2025-03-12\n---\n",
    ])
    func ownHeaderWins(_ frontMatter: String) throws {
        let body = "\nỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC\nSố: 52/KH-UBND\nĐại Lộc, ngày 12 tháng 3 năm 2025\n\nKẾ HOẠCH\nTổ chức lễ hội\n\nNội dung.\n"
        let d = try #require(try read(frontMatter + body).documents.first)
        #expect(d.id?.description == "52/KH-UBND")
        #expect(d.date?.description == "2025-03-12")
        #expect(d.place == "Đại Lộc")
        #expect(d.issuer == "Ủy ban nhân dân huyện Đại Lộc")
    }

    @Test("a rule (`---`) over text that is no metadata, or a .txt, is read as it is", arguments: [
        ("---\nỦY BAN NHÂN DÂN XÃ DUY XUYÊN\nSố: 14/KH-UBND\n---\n", "kh.md"),
        ("---\nso_hieu: 14/KH-UBND\n---\n", "kh.txt"),
    ])
    func notFrontMatter(_ opening: String, _ file: String) throws {
        let source = try PlainTextSource().text(of: Array((opening + Self.body).utf8), file: file)
        #expect(source.utf8 == Array((opening + Self.body).utf8))
    }

    @Test("front matter dates in their usual spellings", arguments: [
        ("2025-10-20", true), ("20/10/2025", true), ("20-10-2025", true), ("20.10.2025", true), ("2025-13-01", false), ("hôm nay", false),
    ])
    func frontMatterDates(_ value: String, _ read: Bool) {
        #expect((FrontMatter.date(value) != nil) == read)
    }

    @Test("a counted lead-in ending on its noun and a colon counts the lettered items after it (c1)", arguments: [
        ("Năm 2023, thị xã tập trung 03 nội dung trọng tâm:", 1),
        ("Năm 2023, thị xã tập trung 04 nội dung trọng tâm:", 0),
        ("Năm 2023, thị xã tập trung 03 nội dung trọng tâm, trong đó:", 0),
    ])
    func countedLeadIn(_ lead: String, _ findings: Int) {
        let plan = """
            UBND THỊ XÃ ĐIỆN BÀN
            Số: 210/KH-UBND
            Điện Bàn, ngày 10 tháng 02 năm 2023

            KẾ HOẠCH
            Xây dựng nông thôn mới năm 2023

            \(lead)
            a) Xây dựng xã Điện Phước đạt chuẩn nông thôn mới kiểu mẫu.
            b) Chỉnh trang khu dân cư ven sông Thu Bồn.
            c) Phát triển sản phẩm OCOP gốm Thanh Hà.
            d) Hoàn thiện hồ sơ đề nghị công nhận thị xã hoàn thành nhiệm vụ.

            II. TỔ CHỨC THỰC HIỆN
            Các phòng, ban triển khai Kế hoạch này.
            """
        #expect(Fixtures.findings(Fixtures.graph([("kh.txt", plan)]), .countMismatch, all: true).count == findings)
    }
}
