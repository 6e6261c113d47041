import Testing
@testable import DocGraph

/// `ngày 05 - 11 - 2025` (red team, round 21: the date lost, and two resolutions of one number ambiguous) and `Tháng
/// 9-2026` (a review due in September fell due at the year's end): dates and months written with other separators,
/// spaced or not.
@Suite("Dates and months with spaced or other separators")
struct SpacedSeparatorTests {
    @Test("a citation's date", arguments: ["05 - 11 - 2025", "5 - 11 - 2025", "05- 11 -2025", "05 / 11 / 2025", "05-11-2025", "05.11.2025"])
    func citationDate(_ written: String) throws {
        let text = "HUYỆN ỦY NAM ĐÀN\nSố 12-KH/HU\nNam Đàn, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nThực hiện Nghị quyết số 01-NQ/TU ngày \(written) của Ban Chấp hành Đảng bộ tỉnh.\n"
        let c = try #require(Fixtures.extract(text).citations.first { $0.id.description == "01-NQ/TU" })
        #expect(c.date?.description == "2025-11-05", "\(written)")
    }

    @Test("no date across a line break, nor of two numbers")
    func notDates() {
        var r = ByteReader(Array("05 -\n11 - 2025".utf8))
        #expect(r.readDate() == nil)
        var s = ByteReader(Array("18 - 19 cua".utf8))
        #expect(s.readDate() == nil)
    }

    @Test("a month's deadline", arguments: ["Tháng 9-2026", "Tháng 09-2026", "Tháng 9.2026", "Tháng 9 - 2026", "Tháng 9/2026", "tháng 9 năm 2026"])
    func month(_ written: String) {
        #expect(Deadline.parse(written)?.date?.description == "2026-09-30", "\(written)")
    }

    @Test("a range of months is due at its last")
    func monthRange() {
        #expect(Deadline.parse("Tháng 9-10/2026")?.date?.description == "2026-10-31")
    }
}
