import Testing
@testable import DocGraph

/// A counted heading over a prose list (`Tháng 02/2026 (02 nhiệm vụ)` then `1. …`, `2. …` or bullets; red team, round 18:
/// every month of a ward's programme of work was said to list 0 tasks): the list is counted as an announced list is.
@Suite("A counted month over a prose list")
struct CountedMonthListTests {
    private static func programme(_ months: String) -> String {
        "ĐẢNG ỦY PHƯỜNG TÂN AN\n*\nSố 01-CTr/ĐU\nTân An, ngày 30 tháng 12 năm 2025\nCHƯƠNG TRÌNH CÔNG TÁC\nnăm 2026\n\(months)T/M ĐẢNG ỦY\nBÍ THƯ\n"
    }

    private func counts(_ months: String) -> [(Int, Int)] {
        Fixtures.extract(Self.programme(months)).statedCounts.map { ($0.stated, $0.listed) }
    }

    @Test("numbered items, bullets, and the next month's own", arguments: [
        "Tháng 02/2026 (02 nhiệm vụ)\n1. Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.\n2. Kiểm tra công tác đảng viên dự bị.\n",
        "Tháng 02/2026 (02 nhiệm vụ)\n- Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.\n- Kiểm tra công tác đảng viên dự bị.\n",
        "Tháng 02/2026 (02 nhiệm vụ)\n1. Hội nghị Ban Chấp hành.\n2. Kiểm tra công tác.\nTháng 03/2026 (02 nhiệm vụ)\n1. Sơ kết quý I.\n2. Giao ban.\n",
    ])
    func listed(_ months: String) {
        let found = counts(months)
        #expect(!found.isEmpty && found.allSatisfy { $0.0 == $0.1 }, "\(found)")
    }

    @Test("a list cut by the excerpt's end is no count")
    func cut() {
        let found = Fixtures.extract("ĐẢNG ỦY PHƯỜNG TÂN AN\n*\nSố 01-CTr/ĐU\nTân An, ngày 30 tháng 12 năm 2025\nCHƯƠNG TRÌNH CÔNG TÁC\nnăm 2026\nTháng 02/2026 (04 nhiệm vụ)\n1. Hội nghị.\n2. Kiểm tra.\n").statedCounts
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a stated count the list does not reach is still told")
    func mismatch() {
        let found = counts("Tháng 02/2026 (04 nhiệm vụ)\n1. Hội nghị Ban Chấp hành.\n2. Kiểm tra công tác.\n3. Giao ban.\n")
        #expect(found.count == 1 && found[0] == (4, 3), "\(found)")
    }

    @Test("a row's continuation in lower case is no group's label (red team, round 17)")
    func continuationRow() {
        let text = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nSố: 75/KH-UBND\nQuảng Ninh, ngày 20 tháng 3 năm 2025\n\nKẾ HOẠCH\nRà soát văn bản\n\nTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n\tQuý II/2025 (03 nhiệm vụ)\t\t\n1\tRà soát, lập danh mục văn bản có nội dung liên quan đến\tSở Tư pháp\tTháng 4/2025\n\tcác sở đã hợp nhất\t\t\n2\tTập huấn cho các xã, phường\tSở Nông nghiệp và Môi trường\tTháng 5/2025\n3\tCập nhật cơ sở dữ liệu văn bản\tSở Tư pháp\tQuý II/2025\n"
        let found = Fixtures.extract(text).statedCounts.map { ($0.stated, $0.listed) }
        #expect(found.count == 1 && found[0] == (3, 3), "\(found)")
        // A label in capitals still ends the group.
        let labelled = text.replacingOccurrences(of: "\tcác sở đã hợp nhất\t\t\n", with: "\n\tQuý III/2025\t\t\n")
        #expect(Fixtures.extract(labelled).statedCounts.map(\.listed) == [1], "\(Fixtures.extract(labelled).statedCounts.map(\.listed))")
    }

    @Test("a row ending in `cán bộ` keeps the numbered row after a repeated header")
    func closedNounRow() throws {
        let text = "TỈNH ỦY ĐẮK LẮK\n*\nSố 12-KH/TU\nĐắk Lắk, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\nnhiệm vụ trọng tâm\nTT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành\n4\tTập huấn cán bộ\tBan Tổ chức Tỉnh ủy\tTháng 02/2026\n \nTT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành\n5\tSơ kết 01 năm thực hiện Nghị quyết số 01-NQ/TU\tĐảng ủy UBND tỉnh\tTháng 10/2026\n"
        let review = try #require(Fixtures.extract(text).citations.first { $0.id.description == "01-NQ/TU" })
        #expect(review.modality == .planned)
        #expect(review.deadline?.text.contains("10/2026") == true, "\(String(describing: review.deadline))")
    }
}
