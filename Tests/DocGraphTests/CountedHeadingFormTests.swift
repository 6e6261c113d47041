import Testing
@testable import DocGraph

/// `Tháng 3/2026: 05 nội dung` over four items, and a Markdown table's group row `| | **Quý II/2026 (06 nội dung)** | | |`
/// over five rows (red team, round 21: both count-mismatches missed): a period's count after its colon, and any counted
/// noun in a group row, as `(05 nhiệm vụ)` is.
@Suite("Counted headings in other forms")
struct CountedHeadingFormTests {
    private func counts(_ body: String) -> [(stated: Int, listed: Int)] {
        let text = "ĐẢNG ỦY XÃ HOẰNG TIẾN\nSố 08-CTr/ĐU\nHoằng Tiến, ngày 05 tháng 02 năm 2026\nCHƯƠNG TRÌNH CÔNG TÁC\n\(body)"
        return Fixtures.extract(text).statedCounts.map { ($0.stated, $0.listed) }
    }

    @Test("a count after the period's colon")
    func colon() {
        let found = counts("""
        Tháng 3/2026: 05 nội dung
        1. Hội nghị Ban Thường vụ Đảng ủy xã thường kỳ.
        2. Kiểm tra việc thực hiện Quy chế dân chủ ở thôn.
        3. Cho ý kiến về kế hoạch đón mùa du lịch biển.
        4. Sơ kết công tác quý I.
        Tháng 4/2026: 03 nội dung
        1. Hội nghị Ban Thường vụ Đảng ủy xã thường kỳ.
        2. Tổ chức Ngày hội đại đoàn kết.
        3. Giao ban khối dân vận.
        Nơi nhận:
        - Lưu VP.

        """)
        #expect(found.map(\.stated) == [5, 3])
        #expect(found.map(\.listed) == [4, 3])
    }

    @Test("a Markdown group row with another counted noun")
    func markdownGroupRow() {
        let found = counts("""
        | TT | Nội dung | Cơ quan chủ trì | Thời gian |
        |---|---|---|---|
        | | **Quý II/2026 (06 nội dung)** | | |
        | 1 | Hội nghị Ban Chấp hành giữa năm | Văn phòng | Tháng 6 |
        | 2 | Kiểm tra công tác cán bộ | Ủy ban Kiểm tra | Tháng 4 |
        | 3 | Cho ý kiến về quy hoạch | Đảng ủy | Tháng 5 |
        | | **Quý III/2026 (02 nội dung)** | | |
        | 1 | Hội nghị cán bộ chủ chốt | Văn phòng | Tháng 7 |
        | 2 | Giám sát chuyên đề | Ủy ban Kiểm tra | Tháng 8 |

        """)
        #expect(found.map(\.stated) == [6, 2])
        #expect(found.map(\.listed) == [3, 2])
    }

    @Test("a colon that is no count's", arguments: ["Thời gian: 05 ngày làm việc", "Tháng 3/2026: 05 đồng chí dự"])
    func notCounts(_ line: String) {
        #expect(ListedItems.closingCount(Substring(line.folded)) == nil)
    }
}
