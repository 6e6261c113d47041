import Testing
@testable import DocGraph

/// A Party id whose type code and issuer's code are each in one case but not the same (`03-ĐA/đu`, `03-kh/TU`): red team,
/// round 22 (`repro/r5-mixed-case-party-id`), where `Trên cơ sở Đề án số 03-ĐA/đu …` was an unreadable number and a
/// planted cycle was missed.
@Suite("Party ids in two cases")
struct TwoCaseIdentifierTests {
    private func ids(_ text: String) -> [String] {
        DocumentExtractor.extract(text: text + "\n", file: "a.txt").citations.map(\.id.description)
    }

    @Test("both codes known, each half in one case: the id", arguments: [
        ("Trên cơ sở Đề án số 03-ĐA/đu ngày 20/3/2026 của Ban Thường vụ Đảng ủy phường;", "03-ĐA/ĐU"),
        ("Thực hiện Kế hoạch số 03-kh/TU ngày 20/3/2026;", "03-KH/TU"),
        ("Thực hiện Kế hoạch số 03-KH/tu ngày 20/3/2026;", "03-KH/TU"),
        ("Thực hiện Nghị quyết số 03-NQ/tw ngày 20/3/2026;", "03-NQ/TW"),
    ])
    func twoCases(text: String, id: String) {
        #expect(ids(text) == [id], "\(ids(text))")
    }

    @Test("a half in mixed case, or an unknown code, is no id", arguments: [
        "Thực hiện Kế hoạch số 03-kH/tU ngày 20/3/2026;",
        "Tốc độ 5-km/tu mỗi giờ.",
    ])
    func notAnId(text: String) {
        #expect(!ids(text).contains { $0.hasPrefix("03-") || $0.hasPrefix("5-") }, "\(ids(text))")
    }
}
