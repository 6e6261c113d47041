import DocGraph
import Testing

/// A text that tells its own history of revision (a consolidated text, `văn bản hợp nhất`, and its
/// footnotes), a report that recounts a past year, and lists whose issuer is said once: forms the
/// fourth red-team round wrote after the official consolidation format (Lào Cai 02/VBHN-UBND,
/// Quảng Trị 05/VBHN-UBND), each with its relatives.
@Suite("Revision histories and recounted years")
struct RevisionHistoryFormTests {
    private func relations(_ text: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for c in Fixtures.extract(text).citations where !c.isNested && !c.isSelfReference {
            out[c.id.description, default: []].append(c.relation.rawValue)
        }
        return out
    }

    @Test("a part of this text revised by another document: this text only mentions it", arguments: [
        "Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số 30/2022/QĐ-UBND, có hiệu lực kể từ ngày 01 tháng 10 năm 2022.",
        "Khoản này được thay thế theo quy định tại khoản 1 Điều 1 Quyết định số 30/2022/QĐ-UBND.",
        "Điều này được bãi bỏ theo quy định tại khoản 2 Điều 1 Quyết định số 30/2022/QĐ-UBND.",
        "Điểm này được bổ sung theo quy định tại điểm a khoản 2 Điều 1 Quyết định số 30/2022/QĐ-UBND.",
        "Điều này được sửa đổi, bổ sung tại Điều 1 Quyết định số 30/2022/QĐ-UBND.",
        "Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1\\nQuyết định số 30/2022/QĐ-UBND.",
        "Điều này được bổ sung theo quy định tại khoản 2 Điều 1 Quyết định số 15/2021/QĐ-UBND và được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số 30/2022/QĐ-UBND.",
        // The reviewer's forms (session 10): `của` before the document, and a wording replaced.
        "Điều này được sửa đổi theo quy định tại điểm e khoản 2 Điều 1 của Quyết định số 30/2022/QĐ-UBND.",
        "Cụm từ \"Bộ Lao động - Thương binh và Xã hội\" được thay thế bởi cụm từ \"Bộ Nội vụ\" theo quy định tại Điều 3 Quyết định số 30/2022/QĐ-UBND.",
        "[2] Cụm từ \"Sở Lao động\" được thay thế bằng cụm từ \"Sở Nội vụ\" theo quy định tại Điều 3 Quyết định số 30/2022/QĐ-UBND.",
    ])
    func ownPartRevised(text: String) {
        let text = text.replacingOccurrences(of: "\\n", with: "\n")
        let r = relations(text)
        #expect(r["30/2022/QĐ-UBND"] == ["references"], "\(r)")
        #expect(Fixtures.extract(text).citations.allSatisfy { $0.relation == .references })
    }

    @Test("the passive after a mention still says the mention was revised")
    func mentionRevised() {
        let f = Fixtures.extract("Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ đã được sửa đổi, bổ sung một số điều theo Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ;")
        #expect(f.citations.contains { $0.id.description == "34/2016/NĐ-CP" && $0.citingDocument?.description == "154/2020/NĐ-CP" && $0.relation == .amends })
    }

    @Test("a list after `được sửa đổi, bổ sung bởi:` names what revised the document before the colon, not this text's deeds")
    func passiveList() {
        let r = relations("""
        Quyết định số 14/2021/QĐ-UBND ngày 20 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Lào Cai, có hiệu lực kể từ ngày 01 tháng 5 năm 2021, được sửa đổi, bổ sung bởi:
        1. Quyết định số 30/2022/QĐ-UBND ngày 15 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Lào Cai;
        2. Quyết định số 08/2024/QĐ-UBND ngày 12 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Lào Cai.
        """)
        #expect(r["30/2022/QĐ-UBND"] == ["references"])
        #expect(r["08/2024/QĐ-UBND"] == ["references"])
    }

    @Test("the active list still revises", arguments: ["Sửa đổi, bổ sung các văn bản sau:", "Bãi bỏ các văn bản sau:"])
    func activeList(opening: String) {
        let r = relations("\(opening)\n1. Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh Lào Cai;\n")
        #expect(r["30/2022/QĐ-UBND"].map { $0 != ["references"] } == true, "\(r)")
    }

    @Test("a clause set in a past year recounts; it rests on nothing", arguments: [
        "Năm 2023, theo Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện đã tuyên truyền.",
        "Trong năm 2023, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện đã tuyên truyền.",
        "- Năm 2022 và năm 2023, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023, các huyện đã tuyên truyền.",
        "Giai đoạn 2021 - 2023, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023, các huyện đã tuyên truyền.",
    ])
    func recountedYear(sentence: String) {
        let text = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 85/BC-UBND\nLào Cai, ngày 10 tháng 3 năm 2025\n\nBÁO CÁO\nKết quả\n\n\(sentence)\n"
        #expect(relations(text)["05/CT-UBND"] == ["references"])
    }

    @Test("the year of the text itself, or no year, leaves the clause's verb in charge", arguments: [
        "Năm 2025, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện tuyên truyền.",
        "Thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện tuyên truyền.",
        "Năm 2023 là năm bản lề, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023, các huyện tuyên truyền.",
    ])
    func presentYear(sentence: String) {
        let text = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 85/KH-UBND\nLào Cai, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTuyên truyền\n\n\(sentence)\n"
        #expect(relations(text)["05/CT-UBND"] == ["implements"])
    }

    @Test("two decisions each with its date share the issuer said after the last", arguments: [
        "Căn cứ Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022 và Quyết định số 08/2024/QĐ-UBND ngày 12/3/2024 của UBND tỉnh Lào Cai;",
        "Căn cứ Quyết định số 30/2022/QĐ-UBND ngày 15 tháng 9 năm 2022, Quyết định số 08/2024/QĐ-UBND ngày 12 tháng 3 năm 2024 của UBND tỉnh Lào Cai;",
    ])
    func sharedIssuer(text: String) throws {
        let first = try #require(Fixtures.extract(text).citations.first { $0.id.description == "30/2022/QĐ-UBND" })
        #expect(first.issuer == "UBND tỉnh Lào Cai")
        #expect(first.date?.description == "2022-09-15")
    }

    @Test("a decision of another kind, or another issuer's code, keeps its own issuer")
    func notShared() throws {
        let f = Fixtures.extract("Căn cứ Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022 và Nghị định số 08/2024/NĐ-CP ngày 12/3/2024 của Chính phủ;")
        let first = try #require(f.citations.first { $0.id.description == "30/2022/QĐ-UBND" })
        #expect(first.issuer == nil)
    }

    @Test("an issuer ends where the next line says a name again")
    func issuerOverAuthorityLine() throws {
        let f = Fixtures.extract("VÀ NGHỊ QUYẾT SỐ 37/2022/NQ-HĐND NGÀY 09 THÁNG 12 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM\nKHÓA X, KỲ HỌP THỨ HAI MƯƠI BỐN\n")
        let c = try #require(f.citations.first)
        #expect(c.issuer == "HỘI ĐỒNG NHÂN DÂN TỈNH")
        #expect(c.term == nil)
    }

    @Test("`của …` on a wrapped line describes a cited document and is assigned nothing")
    func genitiveIsNoActor() {
        let f = Fixtures.extract("""
        ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
        Số: 18/2025/QĐ-UBND
        Quảng Trị, ngày 25 tháng 9 năm 2025

        QUYẾT ĐỊNH
        Ban hành Quy định

        Điều 2. Tổ chức thực hiện
        Sở Công Thương ban hành hướng dẫn thực hiện Quyết định này.
        Điều 3. Hiệu lực thi hành
        Quyết định này có hiệu lực kể từ ngày 05 tháng 10 năm 2025 và thay thế Quyết định số 12/2019/QĐ-UBND ngày 20/5/2019
        của Ủy ban nhân dân tỉnh ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị.
        """)
        #expect(f.obligations.map(\.actor) == ["Sở Công Thương"])
    }

    @Test("the date a consolidated text gives an amendment's effect is no law's date")
    func effectDateIsNoLawDate() throws {
        let f = Fixtures.extract("3. Luật số 67/2020/QH14 ngày 13 tháng 11 năm 2020 của Quốc hội sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính, có hiệu lực kể từ ngày 01 tháng 01 năm 2022.")
        let law = try #require(f.citations.first { $0.id.description.hasPrefix("Luật Xử lý") })
        #expect(law.id.description == "Luật Xử lý vi phạm hành chính")
        #expect(law.date == nil)
    }

    /// An amending decision's items name the part, the regulation by its decision, and then the
    /// verb: `ban hành kèm theo` there names the regulation and is no attachment (the reviewer's F11).
    @Test("a part revised `như sau` (or repealed) by this text: it amends the document", arguments: [
        "1. Khoản 3 Điều 5 của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND được sửa đổi, bổ sung như sau:",
        "1. Khoản 3 Điều 5 của Quyết định số 14/2021/QĐ-UBND được sửa đổi, bổ sung như sau:",
        "1. Điều 5 Quy chế ban hành kèm theo Quyết định số 14/2021/QĐ-UBND được sửa đổi như sau:",
        "a) Điểm c khoản 2 Điều 4 Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh Lào Cai được sửa đổi, bổ sung một số nội dung như sau:",
        "1. Khoản 3 Điều 5 của Quy định ban hành kèm theo Quyết định số\n14/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh được sửa đổi, bổ sung như sau:",
        "1. Khoản 2 Điều 3 Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND\nđược thay thế như sau:",
        "2. Điều 7 của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND được bãi bỏ.",
        "- Phụ lục II Quyết định số 14/2021/QĐ-UBND được bãi bỏ;",
        "1. Bổ sung khoản 4 vào Điều 5 của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND như sau:",
    ])
    func partRevisedHere(text: String) {
        let r = relations("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 20/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\n\n"
            .replacingOccurrences(of: "\\n", with: "\n") + text.replacingOccurrences(of: "\\n", with: "\n") + "\n")
        #expect(r["14/2021/QĐ-UBND"] == ["amends"], "\(r)")
    }

    @Test("a whole document repealed by this text, a passive that tells of another's deed, an attachment's caption", arguments: [
        ("Quyết định số 14/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh Lào Cai được bãi bỏ.", "repeals"),
        ("Quyết định số 14/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh Lào Cai đã được bãi bỏ.", "references"),
        ("Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh Lào Cai được sửa đổi, bổ sung năm 2023;", "basedOn"),
        ("Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND được sửa đổi, bổ sung bởi Quyết định số 30/2022/QĐ-UBND.", "references"),
        // An attachment's caption, in brackets or opening its line; a description is none.
        // (A caption opening a file names the file's own document: HeaderFormTests.)
        ("Nghị định 91/2022/NĐ-CP sửa đổi Nghị định 126/2020/NĐ-CP.\nPHỤ LỤC (Kèm theo Quyết định số 14/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh Lào Cai)", "attachedTo"),
        ("Nghị định 91/2022/NĐ-CP sửa đổi Nghị định 126/2020/NĐ-CP.\n| Kèm theo Quyết định số 14/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh Lào Cai |", "attachedTo"),
        ("Các sở, ngành thực hiện đúng Quy chế ban hành kèm theo Quyết định số 14/2021/QĐ-UBND ngày 10/5/2021.", "references"),
        ("Xét đề nghị của Sở Công Thương tại Tờ trình số 44/TTr-SCT ngày 02/3/2025 (kèm theo hồ sơ quy hoạch và Quyết định số 14/2021/QĐ-UBND).", "references"),
    ])
    func wholeOrAnother(text: String, relation: String) {
        let text = text.replacingOccurrences(of: "\\n", with: "\n")
        #expect(relations(text)["14/2021/QĐ-UBND"] == [relation], "\(relations(text))")
    }
}

/// A letter that comments on another body's draft (red-team round 5, repro 12): the draft would revise
/// once issued; the letter, and the request it answers, revise nothing.
@Suite("Comments on a draft revision")
struct DraftCommentTests {
    @Test("commenting on a draft that amends, replaces or repeals", arguments: [
        "V/v tham gia ý kiến vào dự thảo Quy chế sửa đổi, bổ sung Quy chế số 02-QC/HU",
        "Thực hiện Công văn số 1520-CV/HU ngày 05/8/2024 của Huyện ủy về việc tham gia ý kiến vào dự thảo Quy chế sửa đổi,\nbổ sung Quy chế số 02-QC/HU ngày 15/10/2020.",
        "Sở Tư pháp góp ý dự thảo Quyết định thay thế Quyết định số 02-QC/HU ngày 15/10/2020 như sau:",
        "UBND huyện cho ý kiến đối với dự thảo Quyết định bãi bỏ Quyết định số 02-QC/HU.",
        "Đề nghị các cơ quan lấy ý kiến dự thảo Nghị quyết sửa đổi Quy chế số 02-QC/HU.",
    ])
    func comment(text: String) {
        let f = Fixtures.extract(text)
        let c = f.citations.filter { $0.id.description == "02-QC/HU" }
        #expect(!c.isEmpty)
        #expect(c.allSatisfy { !$0.relation.isRevision }, "\(c.map(\.relation))")
    }

    @Test("drafting a revision is still this text's planned revision")
    func drafting() {
        let f = Fixtures.extract("1. Dự thảo Quyết định sửa đổi, bổ sung Quy chế số 02-QC/HU, hoàn thành trước ngày 30/9/2024.\n")
        #expect(f.citations.contains { $0.id.description == "02-QC/HU" && $0.relation == .amends && $0.modality == .planned })
    }
}
