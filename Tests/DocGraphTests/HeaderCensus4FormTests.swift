@testable import DocGraph
import Testing

/// Forms the fourth census of real headers found (`Tests/Evaluation/HeaderCensus4`), each beside a relative that must keep
/// its reading.
@Suite("Header census 4: a number's letter before a spaced slash, tagged unit lines, page titles, courtesies")
struct HeaderCensus4FormTests {
    private func identity(_ text: String) throws -> DocumentRecord {
        try #require(Fixtures.extract(text).documents.first)
    }

    @Test("a number's small letter before a spaced slash or dash belongs to it (301)", arguments: [
        ("Số: 06b /NQ-TLĐ", "06b/NQ-TLĐ"),
        ("Số: 06a  /KH-UBND", "06a/KH-UBND"),
        ("Số 12b - NQ/TU", "12b-NQ/TU"),
        ("Số: 06b/NQ-TLĐ", "06b/NQ-TLĐ"),
        ("Số: 06 /NQ-TLĐ", "06/NQ-TLĐ"),
    ])
    func letterBeforeSpacedSlash(line: String, id: String) throws {
        let d = try identity("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\n\(line)\nBình Thuận, ngày 10 tháng 3 năm 2015\n\nNGHỊ QUYẾT\nVề việc thử\n\nNội dung.\n")
        #expect(d.id?.description == id)
    }

    @Test("a capital letter apart from the digits is no part of the number")
    func capitalApart() throws {
        #expect(IdentifierGrammar.scan(FoldedText("Số: 06 B/NQ-TLĐ ngày 10/3/2015")).allSatisfy { $0.id?.description != "06B/NQ-TLĐ" })
    }

    @Test("a department's line in bold tags under its province names the issuer (302); a number in a cell is still the number's", arguments: [
        "UBND TỈNH BÌNH THUẬN\n<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b>\n",
        "UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>\n<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b> <b> Độc lập - Tự do - Hạnh phúc</b>\n",
    ])
    func taggedDepartmentLine(header: String) throws {
        let d = try identity(header + "\nSố:3358/SGD&ĐT <i>Phan Thiết, ngày 20 tháng 10 năm 2010</i>\n\nV/v Hướng dẫn Hội thi\n\nKính gởi: Các Phòng\n\nNội dung.\n")
        #expect(d.issuer == "Sở Giáo dục và Đào tạo tỉnh Bình Thuận")
        #expect(DocumentIdentity.nameLines("<p>TỈNH ỦY THANH HÓA</p><p>Số 05-CTr/TU</p>") == ["TỈNH ỦY THANH HÓA"])
        #expect(DocumentIdentity.nameLines("<p>UBND TỈNH</p><p>SỞ NỘI VỤ</p>") == ["UBND TỈNH", "SỞ NỘI VỤ"])
    }

    @Test("a portal's title in capitals over the document's own header is the page's (304)")
    func pageTitleOverHeader() throws {
        let d = try identity("""
            KẾ HOẠCH TỔ CHỨC LỄ HỘI TRUYỀN THỐNG ĐỀN BIA NĂM 2019

            UỶ BAN NHÂN DÂN
            HUYỆN CẨM GIÀNG

            Số: 55 /KH-UBND
            Cẩm Giàng, ngày 17 tháng 4 năm 2019

            KẾ HOẠCH
            Tổ chức lễ hội truyền thống Đền Bia năm 2019

            Nội dung.
            """)
        #expect(d.issuer == "Ủy ban nhân dân huyện Cẩm Giàng")
        #expect(d.locality == "Cẩm Giàng, Hải Dương")
        #expect(d.typeCode == "KH")
        #expect(d.title == "Kế hoạch tổ chức lễ hội truyền thống Đền Bia năm 2019")
    }

    @Test("a page's title is the document's when its header has no title under it (reviewer, session 28)")
    func pageTitleKeptWithoutOwnTitle() throws {
        let d = try identity("""
            QUYẾT ĐỊNH
            Về việc ban hành Quy chế làm việc

            ỦY BAN NHÂN DÂN
            TỈNH HẢI DƯƠNG
            Số: 56/QĐ-UBND
            Hải Dương, ngày 10 tháng 3 năm 2020

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            """)
        #expect(d.issuer == "Ủy ban nhân dân tỉnh Hải Dương")
        #expect(d.title == "Quyết định về việc ban hành Quy chế làm việc")
    }

    @Test("a type title over a body's name with no number under it stays the title")
    func titleOverNamesNoNumber() throws {
        let d = try identity("""
            KẾ HOẠCH TỔ CHỨC LỄ HỘI TRUYỀN THỐNG ĐỀN BIA NĂM 2019

            UBND huyện Cẩm Giàng xây dựng Kế hoạch như sau:

            1. Tổ chức phần lễ.
            """)
        #expect(d.typeCode == "KH")
        #expect(d.title?.hasPrefix("Kế hoạch tổ chức lễ hội") == true, "\(d.title ?? "")")
    }

    @Test("a courtesy before the opening's verb is not the body's name (319)", arguments: [
        "Uỷ ban nhân dân phường Thành Phước xin thông báo đến toàn thể Cán bộ, Công chức tham gia Ngày chạy Olympic như sau:",
        "Uỷ ban nhân dân phường Thành Phước trân trọng thông báo đến toàn thể Cán bộ, Công chức tham gia Ngày chạy Olympic như sau:",
        "Uỷ ban nhân dân phường Thành Phước thông báo đến toàn thể Cán bộ, Công chức tham gia Ngày chạy Olympic như sau:",
    ])
    func courtesyBeforeVerb(sentence: String) throws {
        let opening = try #require(DocumentIdentity.openingSentence(FoldedText(sentence + "\n1. Thời gian: 6 giờ.\n"), lines: 0..<2))
        #expect(opening.issuer == "Uỷ ban nhân dân phường Thành Phước")
    }
}
