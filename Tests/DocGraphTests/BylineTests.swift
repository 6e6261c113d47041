import Testing
@testable import DocGraph

/// A portal's item signs off with its editors or its department in capitals (`BAN BIÊN TẬP`, real:
/// Trần Văn Thời's Huyện ủy page, evaluation batch 22). Capitals after running text, with no number,
/// title or date after them, are a byline or a heading: the item has no header, and no issuer from them.
@Suite("A byline is no header")
struct BylineTests {
    private static let news = "Ngày 19-8, Ban Thường vụ Huyện ủy Cai Lậy tổ chức hội nghị Ban Chấp hành Đảng bộ huyện mở rộng triển khai, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội đảng bộ các cấp.\n\nĐồng chí Bí thư Huyện ủy triển khai Chỉ thị số 35 của Bộ Chính trị.\n\n"

    private func issuer(_ text: String) throws -> String? {
        try #require(Fixtures.extract(text).documents.first).issuer
    }

    @Test("capitals at the end of a news item name no issuer", arguments: ["BAN BIÊN TẬP", "BAN TUYÊN GIÁO HUYỆN ỦY", " \n\nBAN BIÊN TẬP\n", "TRUNG TÂM VĂN HÓA - THÔNG TIN"])
    func byline(_ tail: String) throws {
        #expect(try issuer(Self.news + tail) == nil, "\(tail)")
    }

    @Test("a header after a short banner is still the header")
    func headerAfterBanner() throws {
        let text = "Văn bản chỉ đạo\n\nHUYỆN ỦY CAI LẬY\n*\nSố 12-KH/HU\tCai Lậy, ngày 20 tháng 8 năm 2019\n\nKẾ HOẠCH\nTriển khai Chỉ thị số 35-CT/TW\n\nNội dung."
        #expect(try issuer(text) == "Huyện ủy Cai Lậy")
    }

    @Test("a header with its number after a forwarding note is still the header")
    func headerAfterNote() throws {
        let text = "Kính gửi các đồng chí, Văn phòng Huyện ủy xin chuyển đến các chi bộ văn bản dưới đây để triển khai thực hiện.\n\nHUYỆN ỦY CAI LẬY\n*\nSố 12-KH/HU\tCai Lậy, ngày 20 tháng 8 năm 2019\n\nKẾ HOẠCH\nTriển khai Chỉ thị số 35-CT/TW\n\nNội dung."
        #expect(try issuer(text) == "Huyện ủy Cai Lậy")
    }
}
