@testable import DocGraph
import Testing

/// A plenum concludes and resolves for its committee (red team, round 13: `Kết luận 21 của Hội nghị
/// lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII` was no citation, and a numbered one's issuer
/// was read as "Hội nghị").
@Suite("A plenum's committee issues")
struct PlenumIssuerTests {
    static func cited(_ text: String) -> [Citation] { DocumentExtractor.extract(text: text, file: "a.txt").citations }

    @Test("a bare number of a plenum's conclusion or resolution names the committee's document")
    func bareNumber() {
        #expect(Self.cited("Quán triệt Kết luận 21 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng Đảng.").map(\.id.description) == ["21-KL/TW"])
        #expect(Self.cited("Thực hiện Nghị quyết 05 của Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh khóa XV, Đảng ủy xã xây dựng kế hoạch.").map(\.id.description) == ["05-NQ/TU"])
        #expect(Self.cited("Thực hiện Kết luận 21 của Hội nghị cán bộ toàn quốc.").isEmpty, "a conference of cadres is no committee")
    }

    @Test("a numbered citation's issuer is the plenum's committee")
    func issuer() {
        let c = Self.cited("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh.")
        #expect(c.first?.issuer == "Ban Chấp hành Trung ương Đảng")
        let local = Self.cited("Thực hiện Nghị quyết số 05-NQ/TU ngày 15 tháng 9 năm 2021 của Hội nghị lần thứ tám Ban Chấp hành Đảng bộ thành phố về Kế hoạch tổng thể phòng, chống dịch.")
        #expect(local.first?.issuer == "Ban Chấp hành Đảng bộ thành phố")
        #expect(local.first?.subject?.hasPrefix("Kế hoạch tổng thể") == true)
    }
}
