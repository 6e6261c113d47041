@testable import DocGraph
import Testing

/// Forms red team round 42 found (the health sector of Sóc Trăng, merged with Hậu Giang into Cần Thơ; folder
/// `Tests/Evaluation/RedTeam42`), each beside a relative that must keep its reading.
@Suite("Red team 42: a former body's number in a city of a new name")
struct RedTeam42FormTests {
    private static func plan(_ province: String, _ date: String, _ file: String) -> (String, String) {
        (file, """
            UBND TỈNH \(province.uppercased())
            SỞ Y TẾ
            Số: 45/KH-SYT
            \(province), ngày \(date) năm 2023

            KẾ HOẠCH
            Phòng, chống dịch bệnh năm 2023
            """)
    }

    private static func report(_ citation: String) -> (String, String) {
        ("bc210.txt", """
            ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
            SỞ Y TẾ
            Số: 210/BC-SYT
            Cần Thơ, ngày 20 tháng 6 năm 2026

            BÁO CÁO
            Kết quả phòng, chống dịch 6 tháng đầu năm 2026

            1. Một số trạm y tế vẫn thực hiện theo \(citation).
            """)
    }

    private static let both = [plan("Sóc Trăng", "10 tháng 3", "st.txt"), plan("Hậu Giang", "22 tháng 3", "hg.txt")]

    @Test("`của Sở Y tế (cũ)`, undated, in the merged city's text: either former province's, ambiguous (c1); its words keep the bracket")
    func formerBody() throws {
        let g = Fixtures.graph(Self.both + [Self.report("Kế hoạch số 45/KH-SYT của Sở Y tế (cũ)")])
        #expect(Fixtures.findings(g, .ambiguousID).count == 1)
        #expect(Fixtures.findings(g, .dangling, all: true).allSatisfy { !$0.message.contains("45/KH-SYT") })
        let text = try #require(Fixtures.extract(Self.report("Kế hoạch số 45/KH-SYT của Sở Y tế (cũ)").1).citations(of: "45/KH-SYT").first?.text)
        #expect(text == "Kế hoạch số 45/KH-SYT của Sở Y tế (cũ)")
    }

    @Test("`X … của UBND huyện Văn Yên (cũ) đã được UBND xã thay thế bằng Quyết định số Y`: Y replaces X, its agent named between (red team 8, with the bracket read)")
    func agentBetweenPassive() {
        let text = """
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            Số: 2390/UBND-NV
            Lào Cai, ngày 01 tháng 10 năm 2025

            Quyết định số 88/QĐ-UBND ngày 10/4/2023 của UBND huyện Văn Yên (cũ) đã được UBND xã thay thế bằng Quyết định số 15/QĐ-UBND ngày 01/8/2025; đề nghị UBND xã thực hiện.
            """
        let citations = Fixtures.extract(text).citations
        #expect(citations.contains { $0.id.description == "88/QĐ-UBND" && $0.relation == .replaces && $0.citingDocument?.description == "15/QĐ-UBND" })
        #expect(!citations.contains { $0.relation == .replaces && $0.citingDocument?.description == "2390/UBND-NV" }, "the letter replaces nothing")
        let asked = text.replacingOccurrences(of: "đã được UBND xã thay thế bằng", with: "đã được Sở Tư pháp đề nghị thay thế bằng")
        #expect(!Fixtures.extract(asked).citations.contains { $0.relation == .replaces && $0.modality == .enacted }, "asked for, not done (reviewer, session 29)")
    }

    @Test("without `(cũ)` the number may be the city's own new one: no guess among the former provinces'")
    func ownNewNumber() {
        let g = Fixtures.graph(Self.both + [Self.report("Kế hoạch số 45/KH-SYT của Sở Y tế")])
        #expect(Fixtures.findings(g, .ambiguousID).isEmpty)
        #expect(FormerBody.isSaid(in: "Kế hoạch số 45/KH-SYT của Sở Y tế (trước sắp xếp)"))
        #expect(!FormerBody.isSaid(in: "Kế hoạch số 45/KH-SYT của Sở Y tế (Cần Thơ)"))
    }
}
