@testable import DocGraph
import Testing

/// A draft in the corpus proposes what it would revise (red team, rounds 12 and 13: a `DỰ THẢO`
/// decision "replaced" 1520/QĐ-UBND, and three later citations of it were read as superseded).
@Suite("Draft marks")
struct DraftMarkTests {
    /// A district decision replacing 1520/QĐ-UBND, with `mark` among its header lines and `number`, `day` as given.
    static func decision(mark: String?, number: String = "1600", day: String = "12", above: String? = nil) -> String {
        var lines: [String] = []
        if let above { lines += [above, ""] }
        lines += ["ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "HUYỆN KIM BẢNG                          Độc lập - Tự do - Hạnh phúc"]
        if let mark { lines.append(mark) }
        lines += ["Số: \(number)/QĐ-UBND                 Kim Bảng, ngày \(day) tháng 10 năm 2024", "",
                  "QUYẾT ĐỊNH", "Ban hành Quy chế hoạt động của Ban Chỉ đạo huyện", "",
                  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1520/QĐ-UBND ngày 05/9/2021 của UBND huyện."]
        return lines.joined(separator: "\n")
    }

    static func replacement(_ text: String) -> Citation? {
        DocumentExtractor.extract(text: text, file: "a.txt").citations.first { $0.id.description == "1520/QĐ-UBND" }
    }

    @Test("a mark on its line, in a column of a layout line, bracketed, with its round, or above the header: the replacement is proposed")
    func marks() {
        let marks = ["DỰ THẢO", "                                                            DỰ THẢO", "(Dự thảo)", "Dự thảo lần 2",
                     "DỰ THẢO 02", "*DỰ THẢO*", "                         Dự thảo (lần 3)", "\tDỰ THẢO",
                     "ĐẢNG BỘ HUYỆN                   DỰ THẢO", "DỰ THẢO".decomposedStringWithCanonicalMapping]
        for mark in marks {
            let c = Self.replacement(Self.decision(mark: mark))
            #expect(c?.relation == .replaces && c?.modality == .planned, "\(mark): \(String(describing: c?.modality))")
        }
        let above = Self.replacement(Self.decision(mark: nil, above: "DỰ THẢO\n(Lần 2 - xin ý kiến các phòng)"))
        #expect(above?.modality == .planned, "a mark above the header")
    }

    @Test("a number and a day left blank for the signing make a draft; either alone does not")
    func blanks() {
        #expect(Self.replacement(Self.decision(mark: nil, number: "       ", day: "     "))?.modality == .planned)
        #expect(Self.replacement(Self.decision(mark: nil, number: "       ", day: "……"))?.modality == .planned)
        #expect(Self.replacement(Self.decision(mark: nil, number: "       "))?.modality == .enacted, "a copy may lose its number")
        #expect(Self.replacement(Self.decision(mark: nil, day: "     "))?.modality == .enacted, "a blank day alone")
    }

    @Test("false friends: no mark, a title naming a draft, a draft named in a sentence")
    func falseFriends() {
        #expect(Self.replacement(Self.decision(mark: nil))?.modality == .enacted)
        let commenting = Self.decision(mark: nil).replacingOccurrences(of: "Điều 2.", with: "Qua góp ý dự thảo của các phòng, ban.\nĐiều 2.")
        #expect(Self.replacement(commenting)?.modality == .enacted, "`dự thảo` inside a sentence")
        #expect(Self.replacement(Self.decision(mark: "DỰ THẢO BÁO CÁO CHÍNH TRỊ TẠI ĐẠI HỘI"))?.modality == .enacted, "a title naming a paper")
        #expect(Self.replacement(Self.decision(mark: "Dự thảo và ban hành văn bản"))?.modality == .enacted)
    }

    @Test("in a corpus, a draft's replacement supersedes nothing: no superseded-citation, not even a note")
    func noSupersession() {
        let plan = """
            ỦY BAN NHÂN DÂN
            XÃ TAM CHÚC
            Số: 12/KH-UBND
            Tam Chúc, ngày 15 tháng 8 năm 2025

            KẾ HOẠCH
            Tiếp nhận nhiệm vụ

            Căn cứ Quyết định số 1520/QĐ-UBND ngày 05/9/2021 của UBND huyện Kim Bảng;
            """
        let g = Fixtures.graph([("draft.txt", Self.decision(mark: "DỰ THẢO", number: "       ", day: "      ")), ("plan.txt", plan)])
        #expect(Fixtures.findings(g, .supersededCitation, all: true).isEmpty)
        let enacted = Fixtures.graph([("qd.txt", Self.decision(mark: nil)), ("plan.txt", plan)])
        #expect(!Fixtures.findings(enacted, .supersededCitation, all: true).isEmpty, "the same text signed replaces it")
    }
}
