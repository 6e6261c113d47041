@testable import DocGraph
import Testing

/// Forms the third census of real headers found (`Tests/Evaluation/HeaderCensus3`), each beside a relative that must keep
/// its reading.
@Suite("Header census 3: a province's body placed by its name, a type title run on with its subject")
struct HeaderCensus3FormTests {
    @Test("a province's council or committee is placed in its province, whatever district its subject names (213)")
    func provinceBodyNamingACity() throws {
        let text = """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH BÌNH ĐỊNH
            --------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 30/2011/NQ-HĐND
            Bình Định, ngày 18 tháng 8 năm 2011

            NGHỊ QUYẾT
            VỀ ĐỀ ÁN ĐẶT TÊN ĐƯỜNG CÁC KHU DÂN CƯ MỚI QUY HOẠCH CỦA THÀNH PHỐ QUY NHƠN NĂM 2011

            Trên cơ sở xem xét Tờ trình của Ủy ban nhân dân tỉnh về Đề án đặt tên đường của thành phố Quy Nhơn; ý kiến của thành phố Quy Nhơn,
            """
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.locality == "Bình Định")
        // The title keeps the city's name as the text spells it.
        #expect(d.title?.contains("thành phố Quy Nhơn") == true, "\(d.title ?? "")")
        // A city's own committee is still the city's.
        let city = try #require(Fixtures.extract(text.replacingOccurrences(of: "TỈNH BÌNH ĐỊNH", with: "THÀNH PHỐ QUY NHƠN")).documents.first)
        #expect(city.locality?.hasPrefix("Quy Nhơn") == true, "\(city.locality ?? "")")
    }

    @Test("a type title in capitals run on with its subject in small letters (219, real 313)", arguments: [
        ("THÔNG BÁO Về việc lấy ý kiến về Đề án điều chỉnh địa giới hành chính", "TB", "Thông báo về việc lấy ý kiến về Đề án điều chỉnh địa giới hành chính"),
        ("NGHỊ QUYẾT Về việc điều chỉnh chủ trương đầu tư dự án", "NQ", "Nghị quyết về việc điều chỉnh chủ trương đầu tư dự án"),
        ("KẾ HOẠCH Triển khai công tác cải cách hành chính năm 2020", "KH", "Kế hoạch triển khai công tác cải cách hành chính năm 2020"),
        // Two spaces between, as a converter leaves them.
        ("THÔNG BÁO  Về việc lấy ý kiến về Đề án điều chỉnh địa giới hành chính", "TB", "Thông báo về việc lấy ý kiến về Đề án điều chỉnh địa giới hành chính"),
    ])
    func typeTitleRunOn(line: String, code: String, title: String) throws {
        let d = try #require(Fixtures.extract("\(line)\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n").documents.first)
        #expect(d.typeCode == code)
        #expect(d.title == title)
    }

    @Test("a one-line numbered title is read as one; a letter's body heading in capitals is no title (reviewer, session 27)")
    func numberedOneLineAndBodyHeading() throws {
        let one = try #require(Fixtures.extract("QUYẾT ĐỊNH Số 45/QĐ-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh Bắc Ninh về việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").documents.first)
        #expect(one.id?.description == "45/QĐ-UBND")
        #expect(one.date?.description == "2025-03-12")
        let letter = "HUYỆN ỦY QUỲNH LƯU     ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 125-CV/HU     Quỳnh Lưu, ngày 12 tháng 9 năm 2026\nV/v tăng cường công tác phòng, chống thiên tai\n\n"
            + "Kính gửi: Các chi bộ, đảng bộ trực thuộc\n\nNội dung.\nVỀ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI\nNội dung.\n"
        let d = try #require(Fixtures.extract(letter).documents.first)
        #expect(d.title == "Công văn về việc tăng cường công tác phòng, chống thiên tai")
    }

    @Test("after a header too, and the enacting word before a colon is no title")
    func typeTitleRunOnAfterHeader() throws {
        let header = "ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ THỌ  Độc lập - Tự do - Hạnh phúc\nSố: 245/UBND-VX   Phú Thọ, ngày 15 tháng 01 năm 2026\n\n"
        let d = try #require(Fixtures.extract(header + "THÔNG BÁO Về việc lấy ý kiến\n\nNội dung.\n").documents.first)
        #expect(d.typeCode == "TB")
        let enacting = try #require(Fixtures.extract("QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n").documents.first)
        #expect(enacting.typeCode == nil)
    }

    @Test("a subject in capitals opening with `VỀ` under the number and date, its type line lost, is the title of the type the code says (evaluation 551)")
    func subjectUnderNumberWithoutTypeLine() throws {
        let text = "HỘI ĐỒNG NHÂN DÂN |\nTỈNH CAO BẰNG |\nSố: 70/NQ-HĐND |\nCao Bằng, ngày 11 tháng 12 năm 2025 |\n"
            + "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 TỈNH CAO BẰNG\nHỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG\nKHÓA XVII KỲ HỌP THỨ 38\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026 tỉnh Cao Bằng.\n"
        let extracted = Fixtures.extract(text)
        let d = try #require(extracted.documents.first)
        #expect(d.typeCode == "NQ")
        #expect(d.title?.hasPrefix("Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026") == true, "\(d.title ?? "")")
        // What `Điều 1` adopts is its own content, as under a type line.
        #expect(!extracted.citations.contains { $0.id.description.hasPrefix("Kế hoạch phát triển") })
    }
}
