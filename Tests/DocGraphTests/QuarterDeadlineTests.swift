import Testing
@testable import DocGraph

/// Deadlines written with a quarter in Arabic numerals, a list of quarters, or a bare month and year (red team, round 19:
/// `Quý 3/2026` fell back to the year's end, so an overdue row read as pending).
@Suite("Quarters and months in deadlines")
struct QuarterDeadlineTests {
    @Test("the period's last day", arguments: [
        ("Quý 3/2026", 2026, 9, 30), ("quý 3 năm 2026", 2026, 9, 30), ("Quý 1 - 2027", 2027, 3, 31),
        ("Quý III/2026", 2026, 9, 30), ("Quý II - 2026", 2026, 6, 30),
        ("Quý I, II/2026", 2026, 6, 30), ("Quý III và IV năm 2026", 2026, 12, 31), ("Quý III-IV/2026", 2026, 12, 31),
        ("Quý 1, 2/2026", 2026, 6, 30), ("9/2026", 2026, 9, 30), ("Hoàn thành 09/2026", 2026, 9, 30),
        ("Tháng 9/2026", 2026, 9, 30), ("trước ngày 15/9/2026", 2026, 9, 15),
    ])
    func period(_ text: String, _ year: Int, _ month: Int, _ day: Int) throws {
        let deadline = try #require(Deadline.parse(text))
        #expect(deadline.date == SimpleDate(year: year, month: month, day: day), "\(text)")
        #expect(Deadline.parse(text, askingEveryByte: true) == deadline)
    }

    @Test("what is no quarter or month keeps the year, or gives no date", arguments: [
        ("Năm 2026", 2026, 12, 31), ("2026 - 2030", 2030, 12, 31),
    ])
    func notQuarter(_ text: String, _ year: Int, _ month: Int, _ day: Int) throws {
        #expect(try #require(Deadline.parse(text)).date == SimpleDate(year: year, month: month, day: day), "\(text)")
    }

    @Test("a fraction or an id is no month", arguments: ["đạt 3/4 số xã", "13/2026", "theo 12/2026/QĐ-UBND"])
    func noMonth(_ text: String) {
        let date = Deadline.parse(text)?.date
        #expect(date == nil || date?.month == 12, "\(text): \(String(describing: date))")
    }
}
