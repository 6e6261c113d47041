import Testing
@testable import DocGraph

/// `Nghị quyết số 41/NQ-HĐND ngày 09/12/2022` beside `Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022` in one document
/// (evaluation batch 23, 324): the same day, kind and body make it the same resolution, its year dropped; another day,
/// or none, keeps the two series (normative and not) apart.
@Suite("A number cited without its year")
struct YearlessNumberTests {
    private func ids(_ second: String) -> [String] {
        let text = "Căn cứ Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của Hội đồng nhân dân tỉnh về chính sách hỗ trợ;\n\nThực hiện \(second) của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành kế hoạch."
        return DocumentExtractor.extract(text: text, file: "kh.txt").citations.map(\.id.description)
    }

    @Test("the same day: the year the writer dropped")
    func sameDay() {
        #expect(ids("Nghị quyết số 41/NQ-HĐND ngày 09/12/2022") == ["41/2022/NQ-HĐND", "41/2022/NQ-HĐND"])
    }

    @Test("another day, no day, or another body's code: as written", arguments: [
        ("Nghị quyết số 41/NQ-HĐND ngày 15/12/2022", "41/NQ-HĐND"),
        ("Nghị quyết số 41/NQ-HĐND", "41/NQ-HĐND"),
        ("Quyết định số 41/QĐ-UBND ngày 09/12/2022", "41/QĐ-UBND"),
    ])
    func kept(second: String, id: String) {
        #expect(ids(second) == ["41/2022/NQ-HĐND", id], "\(second)")
    }
}
