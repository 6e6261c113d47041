import DocGraph
import Testing

/// A document inside a portal's page as the fifth red-team round wrote them after district and
/// commune portals (Phú Lương, Thái Nguyên): character references, a banner and a breadcrumb before
/// the header table, a sidebar of links to other documents; and a commune's text whose header names
/// no district. Each form with its relatives.
@Suite("Portal pages and communes")
struct PortalPageTests {
    private func record(_ text: String, file: String = "page.html") throws -> DocumentRecord {
        try #require(DocumentExtractor.extract(text: text, file: file).documents.first)
    }

    private func cited(_ text: String) -> [String] {
        DocumentExtractor.extract(text: text, file: "page.html").citations.filter { !$0.isSelfReference }.map(\.id.description)
    }

    private static let header = """
    <table><tr><td><b>ỦY BAN NHÂN DÂN</b><br><b>XÃ TỨC TRANH</b><br><span>Số:&nbsp;48/KH-UBND</span></td>\
    <td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>\
    <em>Tức Tranh, ngày&nbsp;20&nbsp;tháng&nbsp;02&nbsp;năm 2024</em></td></tr></table>
    <p><b>KẾ HOẠCH</b></p>
    """

    @Test("a character reference is its character: the number and date of a header written with `&nbsp;`")
    func referencesInHeader() throws {
        let r = try record(Self.header + "\n<p>Căn cứ Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Huyện ủy Phú Lương;</p>\n")
        #expect(r.id?.description == "48/KH-UBND")
        #expect(r.date?.description == "2024-02-20")
    }

    @Test("letters and punctuation written as references, and text that only looks like one", arguments: [
        ("<p>Th&#7921;c hi&#7879;n Ch&#7881; th&#7883; s&#7889; 09-CT/HU ngày 12/4/2022.</p>", "09-CT/HU", "implements"),
        ("<p>Th&#x1EF1;c hi&#x1EC7;n Ch&#x1EC9; th&#x1ECB; s&#x1ED1; 09-CT/HU.</p>", "09-CT/HU", "implements"),
        ("<p>C&Acirc;N C&Ugrave; Quyết định số 1290/QĐ-UBND ngày 12/5/2023.</p>", "1290/QĐ-UBND", "basedOn"),
        ("<p>Căn&nbsp;cứ&nbsp;Quyết&nbsp;định&nbsp;số&nbsp;1290/QĐ-UBND ngày 12/5/2023;</p>", "1290/QĐ-UBND", "basedOn"),
        ("<p>Xét Tờ trình số 144/TTr-SNN&PTNT ngày 12/5/2017.</p>", "144/TTr-SNN&PTNT", "respondsTo"),
        ("<p>Xét Tờ trình số 144/TTr-SNN&amp;PTNT ngày 12/5/2017.</p>", "144/TTr-SNN&PTNT", "respondsTo"),
    ])
    func references(text: String, id: String, relation: String) throws {
        let c = try #require(DocumentExtractor.extract(text: text, file: "page.html").citations.first { $0.id.description == id })
        #expect(c.relation.rawValue == relation)
        #expect(!c.text.contains("&#") && !c.text.contains("&nbsp;") && !c.text.contains("&amp;"), "\(c.text)")
    }

    @Test("a quoted citation shows the characters, not the references")
    func quoteIsReadable() throws {
        let c = try #require(DocumentExtractor.extract(text: "<p>Thực hiện Nghị quyết số&nbsp;12-NQ/HU ngày&nbsp;10/01/2024</p>", file: "p.html").citations.first)
        #expect(c.text == "Nghị quyết số 12-NQ/HU ngày 10/01/2024")
    }

    @Test("a file written with its marks apart (NFD) is quoted in NFC: one spelling of a body, a title, a quote")
    func decomposedIsComposed() throws {
        let nfc = "ĐẢNG BỘ TỈNH QUẢNG NINH\nTHÀNH ỦY HẠ LONG\n*\nSố 12-KH/TU\nHạ Long, ngày 10 tháng 3 năm 2021\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 05-NQ/TU ngày 02/02/2021 của Tỉnh ủy Quảng Ninh\n\nThực hiện Nghị quyết số 05-NQ/TU ngày 02/02/2021 của Tỉnh ủy Quảng Ninh về chuyển đổi số;\n"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        let a = DocumentExtractor.extract(text: nfc, file: "a.txt"), b = DocumentExtractor.extract(text: nfd, file: "b.txt")
        let ra = try #require(a.documents.first), rb = try #require(b.documents.first)
        #expect(rb.issuer == ra.issuer)
        #expect(rb.issuer?.unicodeScalars.elementsEqual(ra.issuer?.unicodeScalars ?? "".unicodeScalars) == true)
        #expect(rb.title.map { Array($0.unicodeScalars) } == ra.title.map { Array($0.unicodeScalars) })
        #expect(b.citations.map { Array($0.text.unicodeScalars) } == a.citations.map { Array($0.text.unicodeScalars) })
        #expect(b.citations.map { $0.issuer.map { Array($0.unicodeScalars) } } == a.citations.map { $0.issuer.map { Array($0.unicodeScalars) } })
    }

    @Test("a portal's banner and breadcrumb before the header table leave the header read", arguments: [
        "<table><tr><td>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ LƯƠNG</td></tr></table>\n<div>Trang chủ &raquo; Văn bản</div>\n",
        "<div>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN</div>\n",
        "<div>Trang chủ &raquo; Xây dựng Đảng</div>",
        "<div>Trang chủ » Văn bản » Chỉ đạo điều hành</div>",
    ])
    func chromeBeforeHeader(chrome: String) throws {
        let page = chrome + """
        <table><tr><td><b>ĐẢNG BỘ HUYỆN PHÚ LƯƠNG</b><br><b>ĐẢNG ỦY XÃ ÔN LƯƠNG</b><br>*<br>Số 08-KH/ĐU</td>\
        <td><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br><i>Ôn Lương, ngày 28 tháng 02 năm 2024</i></td></tr></table>
        <p><b>KẾ HOẠCH</b><br><b>thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện</b></p>
        """
        let r = try record(page)
        #expect(r.id?.description == "08-KH/ĐU")
        #expect(r.issuer == "Đảng ủy xã Ôn Lương")
        #expect(r.date?.description == "2024-02-28")
    }

    @Test("a sidebar's list of links names other pages; a link in the text, or a list item that says more first, is cited")
    func sidebarLinks() {
        let page = Self.header + """

        <p>Thực hiện <a href="/vb/12-nq-hu">Nghị quyết số 12-NQ/HU</a> ngày 10/01/2024 của Huyện ủy Phú Lương.</p>
        <ul><li>Căn cứ <a href="/vb/1290">Quyết định số 1290/QĐ-UBND</a> ngày 12/5/2023;</li></ul>
        <div>VĂN BẢN MỚI</div>
        <ul class="list-vb"><li><a href="/van-ban/chi-thi-09-ct-hu.html">Chỉ thị số 09-CT/HU ngày 12/4/2022 của Ban Thường vụ Huyện ủy</a></li>
        <li class="item">
          <a href="/van-ban/ke-hoach-70-kh-hu.html" title="Kế hoạch số 70-KH/HU">Kế hoạch số 70-KH/HU ngày 05/12/2024</a> <span>(05/12/2024)</span></li></ul>
        """
        let ids = cited(page)
        #expect(ids.contains("12-NQ/HU"))
        #expect(ids.contains("1290/QĐ-UBND"))
        #expect(!ids.contains("09-CT/HU"), "\(ids)")
        #expect(!ids.contains("70-KH/HU"), "\(ids)")
    }

    @Test("a post tells the date and body before the document it issues", arguments: [
        ("Ngày 25/7/2022, Thành ủy Cần Thơ có công văn số 552-CV/TU về tiếp tục thực hiện Nghị quyết.", "552-CV/TU", "2022-07-25", "Thành ủy Cần Thơ"),
        ("Ngày 08/03/2024, UBND tỉnh Đắk Lắk ban hành Công văn số 1927/UBND-KGVX gửi các sở, ban, ngành.", "1927/UBND-KGVX", "2024-03-08", "UBND tỉnh Đắk Lắk"),
        ("Để thực hiện Nghị quyết, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về cải cách hành chính.", "42/KH-UBND", "2011-05-13", "Ủy ban nhân dân huyện"),
        ("Ngày 10/12/2019, Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 101-KH/ĐU về đại hội.", "101-KH/ĐU", "2019-12-10", "Ban Thường vụ Đảng ủy"),
        // No comma after the date (real: a school portal relaying the Hai Bà Trưng Labour Federation, 2019).
        ("Ngày 19/11/2019 LĐLĐ Quận Hai Bà Trưng đã ban hành Công văn số 243/LĐLĐ về việc tổ chức hội thi.", "243/LĐLĐ", "2019-11-19", "LĐLĐ Quận Hai Bà Trưng"),
        ("Ngày 5/3/2024 Huyện ủy Gia Lâm ban hành Chỉ thị số 08-CT/HU về phòng, chống dịch.", "08-CT/HU", "2024-03-05", "Huyện ủy Gia Lâm"),
    ])
    func narratedIssue(text: String, id: String, date: String, issuer: String) throws {
        let c = try #require(Fixtures.extract(text).citations.first { $0.id.description == id })
        #expect(c.date?.description == date)
        #expect(c.issuer == issuer)
    }

    @Test("a date of something else before a document issued that is not told as its issue", arguments: [
        "Ngày 20/11/2019 tại hội nghị đã ban hành Kế hoạch số 13/KH-UBND về việc X.",
        // A clause, not a body's name, between the date and the verb (reviewer, session 12).
        "Ngày 20/11/2019 UBND quận tổ chức hội nghị và ban hành Kế hoạch số 13/KH-UBND về chuyển đổi số.",
        "Ngày 20/11/2019, UBND quận tổ chức hội nghị và ban hành Kế hoạch số 13/KH-UBND về chuyển đổi số.",
    ])
    func dateOfSomethingElse(text: String) throws {
        let c = try #require(Fixtures.extract(text).citations.first)
        #expect(c.id.description == "13/KH-UBND")
        #expect(c.issuer == nil)
    }

    @Test("the date a post tells is not the date of a document another verb names, nor over its own", arguments: [
        ("Ngày 15/11/2024, Ban Thường vụ tổ chức hội nghị quán triệt Kế hoạch số 45-KH/HU.", "45-KH/HU", nil),
        ("Ngày 15/11/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 10/11/2024 về chuyển đổi số.", "45/KH-UBND", "2024-11-10"),
        ("Ngày 15/11/2024, tại hội nghị, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.", "45/KH-UBND", nil),
    ] as [(String, String, String?)])
    func notNarrated(text: String, id: String, date: String?) throws {
        let c = try #require(Fixtures.extract(text).citations.first { $0.id.description == id })
        #expect(c.date?.description == date)
    }

    @Test("a commune's header without its district: the one district its text names places it")
    func communeDistrictFromText() throws {
        let r = try record(Self.header + "\n<p>Căn cứ Kế hoạch số 45/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân huyện Phú Lương;</p>\n")
        #expect(r.numberingPlace == "Phú Lương")
        #expect(r.locality == "Tức Tranh, Phú Lương, Thái Nguyên")
        // Two districts named: which one is the commune's is unsaid.
        let two = try record(Self.header + "\n<p>Căn cứ Kế hoạch số 45/KH-UBND của UBND huyện Phú Lương và Kế hoạch số 12/KH-UBND của UBND huyện Đại Từ;</p>\n")
        #expect(two.numberingPlace != "Phú Lương" && two.numberingPlace != "Đại Từ")
        // Another province's district, the text naming its own province.
        let other = try record(Self.header + "\n<p>Căn cứ Quyết định số 12/QĐ-UBND của UBND tỉnh Thái Nguyên; học tập huyện Quỳnh Lưu (Nghệ An);</p>\n")
        #expect(other.numberingPlace == "Thái Nguyên")
        #expect(other.locality == "Tức Tranh, Thái Nguyên")
    }

    @Test("a person named after an office is no province (batch 15, Châu Thành's 184/UBND)")
    func personIsNoPlace() throws {
        let header = "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 184/UBND\nChâu Thành, ngày 12 tháng 3 năm 2018\n"
        let r = try record(header + "Thực hiện ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh Nguyễn Văn Tuấn tại Thông báo số 26/TB-VP.UBND;\n", file: "x.txt")
        #expect(r.numberingPlace != "Nguyễn Văn Tuấn")
        let placed = try record(header + "Thực hiện chỉ đạo của UBND tỉnh Lâm Đồng và Chủ tịch UBND tỉnh Nguyễn Văn Tuấn;\n", file: "y.txt")
        #expect(placed.numberingPlace == "Lâm Đồng")
        // No Châu Thành is Lâm Đồng's: the district of ten provinces stays unplaced in the address.
        #expect(placed.locality == "Châu Thành")
    }

    @Test("what a commune placed by its district cites of a department is the province's")
    func departmentIsProvincial() {
        let g = Fixtures.graph([("x.txt", """
        UỶ BAN NHÂN DÂN
        XÃ DÂN LỰC
        Số: 12/KH-UBND
        Dân Lực, ngày 10 tháng 3 năm 2021
        KẾ HOẠCH
        Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh Thanh Hóa; Công văn số 197/STTTT ngày 02/2/2021 của Sở Thông tin và Truyền thông; Kế hoạch số 661/KH-UBND ngày 05/02/2021 của UBND Huyện Triệu Sơn.
        """)])
        let keys = g.nodes.map(\.key)
        #expect(keys.contains { $0.hasPrefix("197/stttt@thanh hoa") }, "\(keys)")
        #expect(keys.contains { $0.hasPrefix("661/kh-ubnd@trieu son") }, "\(keys)")
    }
    /// Red team, round 12 (repro 04): a sidebar's heading over a header table written on one line hid the number.
    @Test("a portal box's heading (`VĂN BẢN MỚI`, `Tin liên quan`) over a one-line header table is no issuer's line; a mass organisation's national name over its province's committee", arguments: [
        "<h3>VĂN BẢN MỚI</h3>", "<h3>Văn bản mới</h3>", "<div class=\"box\">TIN LIÊN QUAN</div>", "<h4>Văn bản liên quan:</h4>", "",
    ])
    func boxHeadingOverOneLineHeader(heading: String) throws {
        let page = """
            <html><body>
            <div class="sidebar">\(heading)<ul>
            <li><a href="/a">Kế hoạch số 99-KH/TU của Tỉnh ủy</a></li>
            </ul></div>
            <table><tr><td><p>HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM</p><p>BAN CHẤP HÀNH TỈNH HÀ NAM</p><p>Số:&nbsp;112/KH-HPN</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Hà Nam, ngày&nbsp;20&nbsp;tháng&nbsp;10&nbsp;năm 2022</p></td></tr></table>
            <p><b>KẾ HOẠCH</b></p>
            </body></html>
            """
        let d = try record(page)
        #expect(d.id?.description == "112/KH-HPN")
        #expect(d.date?.description == "2022-10-20")
        #expect(d.issuer == "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Hà Nam")
        #expect(!cited(page).contains("99-KH/TU"), "the box's links cite nothing")
    }
}

/// Batch 15's forms (real: Thừa Thiên Huế 24/KH-UBND of 2021): a council approves a scheme (`thông qua Đề
/// án …`), the kind word broken over a line; a short name defined inside a quoted name is a phrase's.
@Suite("Schemes approved and short names inside names")
struct SchemeNameTests {
    private func named(_ text: String) -> [String] {
        Fixtures.extract(text).citations.filter { $0.id.form == .named }.map(\.id.description)
    }

    @Test("`thông qua` a scheme names it, on one line or with its kind word broken", arguments: [
        "Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 13/11/2020 của HĐND tỉnh về việc thông qua Đề án “Xây dựng nếp sống văn minh đô thị”;",
        "Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 13/11/2020 của HĐND tỉnh về việc thông qua Đề\nán “Xây dựng nếp sống văn minh đô thị”;",
        "Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 13/11/2020 của HĐND tỉnh thông qua Quy hoạch “Phát triển du lịch tỉnh đến năm 2030”;",
    ])
    func approved(text: String) {
        #expect(named(text).count == 1, "\(named(text))")
    }

    @Test("a council's own title approving a scheme cites nothing")
    func ownTitle() {
        let text = "HỘI ĐỒNG NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 14/2020/NQ-HĐND\nHuế, ngày 13 tháng 11 năm 2020\nNGHỊ QUYẾT\nVề việc thông qua Đề án “Xây dựng nếp sống văn minh đô thị”\n\nĐiều 1. Thông qua Đề án kèm theo Nghị quyết này.\n"
        #expect(named(text).isEmpty, "\(named(text))")
    }

    @Test("a short name defined inside a quoted name is no alias of a document")
    func aliasInsideName() {
        let f = Fixtures.extract("""
        Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 13/11/2020 của HĐND tỉnh;
        UBND tỉnh ban hành Kế hoạch triển khai thực hiện Đề án “Xây dựng nếp sống văn minh đô thị và nông thôn (sau đây gọi tắt là NSVMĐT&NT) trên địa bàn tỉnh” như sau:
        1. Tuyên truyền, xây dựng NSVMĐT&NT trong cộng đồng dân cư.
        """)
        #expect(!f.citations.contains { $0.location.line == 3 }, "\(f.citations.map { "\($0.location.line) \($0.id)" })")
        // An alias after a citation still restates it.
        let g = Fixtures.extract("Thực hiện Nghị quyết số 09/NQ-CP ngày 03/02/2021 của Chính phủ (sau đây gọi tắt là Nghị quyết 09), UBND tỉnh ban hành Kế hoạch.\n1. Quán triệt Nghị quyết 09 đến cán bộ.\n")
        #expect(g.citations.contains { $0.location.line == 2 && $0.id.description == "09/NQ-CP" })
    }
}
