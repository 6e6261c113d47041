@testable import DocGraph
import Testing

/// The plans a council adopts and revises by law, named by subject and period (`kế hoạch đầu tư công năm 2022`,
/// `quy hoạch sử dụng đất đến năm 2020`), and the submissions and drafts of council sessions that name them
/// (evaluation set: council sessions of batches 28–30; convention in `Tests/Evaluation/README.md`).
@Suite("Planning instruments named by subject and period")
struct PlanningInstrumentTests {
    private func cited(_ text: String) -> [Citation] {
        Fixtures.extract(text).citations.filter { !$0.isSelfReference }
    }

    private func named(_ text: String) -> [Citation] {
        cited(text).filter { $0.id.form == .named }
    }

    @Test("named after a verb that revises, adopts or carries it out, or in a cited document's description, in any case", arguments: [
        ("Tại kỳ họp, HĐND huyện đã thông qua Nghị quyết điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 để đầu tư trong năm.",
         "Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025"),
        ("Bổ sung danh mục công trình, dự án vào kế hoạch sử dụng đất năm 2022.", "Kế hoạch sử dụng đất năm 2022"),
        ("Căn cứ Nghị quyết số 163/NQ-HĐND ngày 08/12/2021 về kế hoạch đầu tư công năm 2022;", "Kế hoạch đầu tư công năm 2022"),
        ("Căn cứ Nghị quyết số 39/2021/QH15 ngày 13 tháng 11 năm 2021 của Quốc hội về Quy hoạch sử dụng đất quốc gia thời kỳ 2021 - 2030;",
         "Quy hoạch sử dụng đất quốc gia thời kỳ 2021 - 2030"),
        ("Căn cứ Nghị quyết số 109/NQ-CP của Chính phủ về kế hoạch sử dụng đất 5 năm kỳ đầu (2011 - 2015) của tỉnh;",
         "Kế hoạch sử dụng đất 5 năm kỳ đầu (2011 - 2015)"),
    ])
    func namedByItsSubjectAndPeriod(text: String, name: String) {
        #expect(named(text).contains { $0.id.name == name })
    }

    @Test("no period, no verb that names it, or a heading in capitals: no document", arguments: [
        "Thực hiện tốt kế hoạch vốn đầu tư công của tỉnh.",
        "Xây dựng kế hoạch phát triển kinh tế - xã hội năm 2023 của xã.",
        "KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024",
    ])
    func notNamed(text: String) {
        #expect(!named(text).contains { $0.id.name?.hasPrefix("Kế hoạch") == true })
    }

    @Test("a resolution on the plan is the plan: its title and `Điều 1. Thông qua …` cite nothing (real: Tiền Giang 11/2011/NQ-HĐND, a commune's land-use plan)")
    func adoptedByTheTextItself() {
        let text = """
        HỘI ĐỒNG NHÂN DÂN
        TỈNH TIỀN GIANG
        Số: 11/2011/NQ-HĐND
        Tiền Giang, ngày 15 tháng 12 năm 2011

        NGHỊ QUYẾT
        VỀ KẾ HOẠCH PHÁTTRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2012

        HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG
        Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
        QUYẾT NGHỊ:
        Điều 1. Thông qua Kế hoạch phát triển kinhtế - xã hội tỉnh Tiền Giang năm 2012, với những nội dung chính như sau:
        """
        #expect(!named(text).contains { $0.id.name?.hasPrefix("Kế hoạch") == true })
        // A title that revises the plan names it (real: Hậu Giang, Châu Thành 211/TTr-UBND).
        #expect(PlanningInstruments.isAdopted("kế hoạch đầu tư công năm 2022", byTitle: "nghi quyet ve ke hoach dau tu cong nam 2022"))
        #expect(!PlanningInstruments.isAdopted("quy hoạch sử dụng đất đến năm 2020",
                                               byTitle: "to trinh ve viec thong qua nghi quyet dieu chinh quy hoach su dung dat den nam 2020"))
    }

    @Test("a submission shown to the delegates by the body that made it proposes its revision; a draft the council adopted revises (real: Thới Bình 2020, Nông Sơn 2022)")
    func presentedAndAdopted() {
        let shown = named("Tại kỳ họp, các đại biểu được UBND huyện thông qua tờ trình về xét duyệt dự án điều chỉnh quy hoạch sử dụng đất đến năm 2020.")
        #expect(shown.first { $0.id.name?.hasPrefix("Quy hoạch sử dụng đất") == true }.map { ($0.relation, $0.modality) } ?? (.references, .enacted) == (.amends, .planned))
        let adopted = named("Tại kỳ họp, HĐND huyện đã thông qua tờ trình và dự thảo Nghị quyết đề nghị điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021-2025.")
        #expect(adopted.first { $0.id.name?.hasPrefix("Kế hoạch đầu tư công") == true }?.modality == .enacted)
        // The words on their own: `được` right before `thông qua` is the adoption's passive, with no agent between.
        let b = Array("duoc ubnd huyen thong qua".utf8), c = Array("to trinh da duoc thong qua".utf8)
        #expect(CitationScanner.presentedByAgent(b, before: b.count - "thong qua".utf8.count))
        #expect(!CitationScanner.presentedByAgent(c, before: c.count - "thong qua".utf8.count))
    }

    @Test("the authority line over the preamble names the issuer when a copy puts a blank line between every line (real: Vĩnh Long 2018)")
    func authorityLineAfterBlankLines() {
        let text = """
        NGHỊ QUYẾT

        Về việc bãi bỏ Điểm a Khoản 2 Điều 1 Nghị quyết số 26/2016/NQ-HĐND

        ngày 03/8/2016 của Hội đồng nhân dân tỉnh Vĩnh Long về việc quy định

        chính sách cho công tác phổ cập giáo dục, xóa mù chữ

        trên địa bàn tỉnh Vĩnh Long giai đoạn 2016 - 2020

        ___________________

        HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG

        KHOÁ IX, KỲ HỌP THỨ 08

        Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        """
        #expect(Fixtures.extract(text).documents.first?.issuer == "Hội đồng nhân dân tỉnh Vĩnh Long")
    }
}
