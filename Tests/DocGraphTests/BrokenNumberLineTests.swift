import Testing
@testable import DocGraph

/// A header's number line broken inside its id by a narrow cell (`Số: 14/2022/` / `QĐ-UBND`; red team, round 19): the id
/// goes on at the next line's start.
@Suite("Number lines broken inside the id")
struct BrokenNumberLineTests {
    private static func header(_ number: String) -> String {
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n-------\n\(number)\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Đắk Nông, ngày 18 tháng 3 năm 2022\n\nQUYẾT ĐỊNH\nQuy định giá dịch vụ sử dụng đò, phà\n\nNội dung.\n"
    }

    @Test("the id is read across the break", arguments: [
        ("Số: 14/2022/\nQĐ-UBND", "14/2022/QĐ-UBND"), ("Số: 14/\n2022/QĐ-UBND", "14/2022/QĐ-UBND"),
        ("Số: 14/2022/QĐ-\nUBND", "14/2022/QĐ-UBND"), ("Số: 14/2022/QĐ-   \n   UBND", "14/2022/QĐ-UBND"),
        ("Số: 125/\nKH-UBND\t\tĐắk Nông, ngày 18 tháng 3 năm 2022", "125/KH-UBND"),
        ("Số: 14/2022/QĐ-UBND", "14/2022/QĐ-UBND"), ("Số:\n14/2022/QĐ-UBND", "14/2022/QĐ-UBND"),
    ])
    func across(_ number: String, _ id: String) throws {
        let d = try #require(Fixtures.extract(Self.header(number)).documents.first)
        #expect(d.id?.description == id, "\(number)")
    }

    @Test("a Party number line broken after its number")
    func party() throws {
        let text = "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nTHÀNH ỦY BẢO LỘC\n*\nSố 14-\nKH/TU\n\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\t\t\tBảo Lộc, ngày 20 tháng 3 năm 2021\n\n"
            + "KẾ HOẠCH\nthực hiện nghị quyết\n\nNội dung.\n"
        #expect(try #require(Fixtures.extract(text).documents.first).id?.description == "14-KH/TU")
    }

    @Test("a next line that does not finish an id gives none", arguments: ["Số: 14/2022/\nQuyết định về giá", "Số: 14/\n-------"])
    func unfinished(_ number: String) throws {
        let d = try #require(Fixtures.extract(Self.header(number)).documents.first)
        #expect(d.id == nil || d.id?.description.contains("Quy") == false, "\(String(describing: d.id))")
    }
}
