import Testing
@testable import DocGraph

/// A Party id written as a type word, a number and `/CODE` (`Nghị quyết 06/TU`; evaluation batch 26, Hải Dương
/// 1914/KH-UBND): the word says the type, the code the body.
@Suite("Party ids written NUMBER/CODE after their type word")
struct PartyCodeAfterSlashTests {
    @Test("read as the Party id", arguments: [
        ("chọn ngày ban hành Nghị quyết 06/TU - ngày 26/3 hằng năm", "06-NQ/TU"),
        ("Thực hiện Nghị quyết số 06/TU ngày 21/3/2022 của Tỉnh ủy", "06-NQ/TU"),
        ("Quán triệt Chỉ thị 05/HU của Huyện ủy", "05-CT/HU"),
        ("Thực hiện Kế hoạch 45/ĐU của Đảng ủy xã", "45-KH/ĐU"),
        ("Thực hiện Kết luận 12/TW của Bộ Chính trị", "12-KL/TW"),
    ])
    func read(_ line: String, _ id: String) {
        let ids = Fixtures.extract(line + ".\n").citations.map(\.id.description)
        #expect(ids == [id], "\(line): \(ids)")
    }

    @Test("a state code, a year or an unknown code is no Party id", arguments: [
        "Thực hiện Kế hoạch 45/UBND của Ủy ban", "Thực hiện Nghị quyết 06/2022 của Tỉnh ủy", "Thực hiện Nghị quyết 06/TUX của Tỉnh ủy",
    ])
    func notRead(_ line: String) {
        #expect(Fixtures.extract(line + ".\n").citations.allSatisfy { !$0.id.description.hasPrefix("06-") && !$0.id.description.hasPrefix("45-") })
    }
}
