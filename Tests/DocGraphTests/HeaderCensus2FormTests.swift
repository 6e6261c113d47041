@testable import DocGraph
import Testing

/// Forms the second census of real headers found (`Tests/Evaluation/HeaderCensus2`), where docgraph gave a wrong place
/// rather than none, each beside a relative that must keep its reading.
@Suite("Header census 2: a person after `tỉnh`, a commune named as a city begins")
struct HeaderCensus2FormTests {
    @Test("after `tỉnh` only a province is a place: a person named after the office is not (117)", arguments: [
        ("ỦY BAN NHÂN DÂN\nSố: 722/UBND-MT\nBắc Giang, ngày 28 tháng 3 năm 2013\nV/v xử lý môi trường\nThực hiện ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh Lại Thanh Sơn, Sở Tài nguyên và Môi trường đề nghị như sau:\n", "Bắc Giang"),
        // A province named after `tỉnh` still places the text.
        ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 722/UBND-MT\nBắc Giang, ngày 28 tháng 3 năm 2013\nV/v xử lý môi trường\nThực hiện ý kiến của UBND tỉnh Bắc Giang.\n", "Bắc Giang"),
    ])
    func personAfterProvinceWord(text: String, locality: String) throws {
        #expect(try #require(Fixtures.extract(text).documents.first).locality == locality)
    }

    @Test("a commune whose name begins with a city's (`XÃ VINH HÀ` of Thừa Thiên Huế) is not placed in that city (110)")
    func communeNamedAsCityBegins() throws {
        let text = "ỦY BAN NHÂN DÂN\nXÃ VINH HÀ\nSố: 743/BC-UBND\nVinh Hà, ngày 20 tháng 12 năm 2022\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2022\n"
        let d = try #require(Fixtures.extract(text).documents.first)
        #expect(d.locality?.contains("Nghệ An") != true, "\(d.locality ?? "none")")
        // A ward named as its old district is (`PHƯỜNG HẢI CHÂU`, 2025) is still placed there.
        let ward = try #require(Fixtures.extract("ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI CHÂU\nSố: 12/KH-UBND\nHải Châu, ngày 20 tháng 8 năm 2025\nKẾ HOẠCH\nX\n").documents.first)
        #expect(ward.locality == "Hải Châu, Đà Nẵng")
    }
}
