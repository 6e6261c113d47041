@testable import DocGraph
import Testing

/// What a report or a preamble tells of other documents, read with the right direction: red teams 44 c2 (a passive with
/// the part revised before its agent read as active, a false cycle), 38 c10 (`X thay thế Y, sau đó được sửa đổi tại Z`
/// made Y amended), 45 c1 (`X, căn cứ ban hành Y,` read as X resting on Y, a false cycle) and 45 c2 (`X hết hiệu lực kể từ
/// ngày Y có hiệu lực` read as X repealing Y).
@Suite("Narrated revisions")
struct NarratedRevisionTests {
    /// Each relation between two documents the text tells of, as `citing relation cited`, the text's own left out.
    static func told(_ sentence: String, header: String = "HUYỆN ỦY QUỲNH LƯU\nSố 245-BC/HU\nQuỳnh Lưu, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nSơ kết công tác\n\n") -> Set<String> {
        let f = Fixtures.extract(header + sentence + "\n")
        let own = f.documents.first?.id
        return Set(f.citations.filter { !$0.isSelfReference && $0.citingDocument != own }.map { "\($0.citingDocument?.description ?? "-") \($0.relation.rawValue) \($0.id)" })
    }

    static let decision = "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 45/2024/QĐ-UBND\nLong An, ngày 15 tháng 11 năm 2024\n\nQUYẾT ĐỊNH\nBãi bỏ Quyết định\n\n"

    @Test("the part revised between the passive's verb and its agent", arguments: [
        "Quy định số 06-QĐ/HU ngày 15/6/2021 đã được sửa đổi, bổ sung Điều 5 bằng Quy định số 11-QĐ/HU ngày 20/7/2022.",
        "Quy định số 06-QĐ/HU ngày 15/6/2021 được sửa đổi, bổ sung khoản 2 Điều 5 tại Quy định số 11-QĐ/HU ngày 20/7/2022.",
        "Quy định số 06-QĐ/HU ngày 15/6/2021 đã được bãi bỏ Điều 5 tại Quy định số 11-QĐ/HU ngày 20/7/2022.",
        "Quy định số 06-QĐ/HU ngày 15/6/2021 được sửa đổi\nĐiều 5 theo Quy định số 11-QĐ/HU ngày 20/7/2022.",
        "Quy định số 06-QĐ/HU ngày 15/6/2021 đã được sửa đổi, bổ sung một số điều, khoản bằng Quy định số 11-QĐ/HU ngày 20/7/2022.",
    ])
    func partBeforeAgent(sentence: String) {
        #expect(Self.told(sentence) == ["11-QĐ/HU amends 06-QĐ/HU"], "\(Self.told(sentence))")
    }

    @Test("`sau đó` goes on with the clause's subject; an aside without it describes the nearest")
    func goesOnWithSubject() {
        #expect(Self.told("Ủy ban nhân dân tỉnh ban hành Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 thay thế Quyết định số 16/2019/QĐ-UBND, sau đó được sửa đổi, bổ sung tại Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024.")
                == ["38/2021/QĐ-UBND replaces 16/2019/QĐ-UBND", "05/2024/QĐ-UBND amends 38/2021/QĐ-UBND"])
        #expect(Self.told("Quyết định số 38/2021/QĐ-UBND thay thế Quyết định số 16/2019/QĐ-UBND, và sau đó đã được sửa đổi tại Quyết định số 05/2024/QĐ-UBND.")
                .contains("05/2024/QĐ-UBND amends 38/2021/QĐ-UBND"))
        let aside = Self.told("Quyết định số 38/2021/QĐ-UBND thay thế Quyết định số 16/2019/QĐ-UBND ngày 1/2/2019 của UBND tỉnh, được sửa đổi, bổ sung tại Quyết định số 05/2018/QĐ-UBND ngày 15/3/2018.")
        #expect(aside.contains("05/2018/QĐ-UBND amends 16/2019/QĐ-UBND"), "\(aside)")
    }

    @Test("the ground a document was issued on, as an aside", arguments: [
        "Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành.",
        "Nghị định số 44/2014/NĐ-CP, là căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành.",
        "Nghị định số 44/2014/NĐ-CP là căn cứ để ban hành Quyết định số 07/2021/QĐ-UBND đã hết hiệu lực.",
        "Nghị định số 44/2014/NĐ-CP, làm cơ sở ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực.",
    ])
    func ground(sentence: String) {
        #expect(Self.told(sentence, header: Self.decision) == ["07/2021/QĐ-UBND basedOn 44/2014/NĐ-CP"], "\(Self.told(sentence, header: Self.decision))")
    }

    @Test("an end on the day another document took effect is that document's; on this one's, this one's")
    func endedByAnother() {
        #expect(Self.told("Nghị định số 44/2014/NĐ-CP đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực.", header: Self.decision)
                == ["71/2024/NĐ-CP repeals 44/2014/NĐ-CP"])
        #expect(Self.told("Nghị định số 44/2014/NĐ-CP đã hết hiệu lực từ khi Nghị định số 71/2024/NĐ-CP có hiệu lực thi hành.", header: Self.decision)
                == ["71/2024/NĐ-CP repeals 44/2014/NĐ-CP"])
        // Untold, in an article, this text ends it on the day the other takes effect (reviewer, session 30).
        let article = Fixtures.extract(Self.decision + "Điều 3. Quyết định số 07/2021/QĐ-UBND ngày 10/3/2021 của UBND tỉnh hết hiệu lực kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực thi hành.\n")
        #expect(article.citations.contains { $0.id.description == "07/2021/QĐ-UBND" && $0.relation == .repeals && $0.citingDocument?.description == "45/2024/QĐ-UBND" })
        #expect(!article.citations.contains { $0.id.description == "71/2024/NĐ-CP" && $0.relation.isRevision }, "the decree dates the end")
        #expect(!article.citations.contains { $0.citingDocument?.description == "71/2024/NĐ-CP" })
        #expect(Self.told("Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực.", header: Self.decision)
                == ["07/2021/QĐ-UBND basedOn 44/2014/NĐ-CP", "71/2024/NĐ-CP repeals 44/2014/NĐ-CP"])
        let own = Fixtures.extract(Self.decision + "Quyết định số 12/2020/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n")
        #expect(own.citations.contains { $0.id.description == "12/2020/QĐ-UBND" && $0.relation == .repeals && $0.citingDocument?.description == "45/2024/QĐ-UBND" })
    }

    @Test("an opening `căn cứ ban hành` is no aside: the text rests on both")
    func openingGround() {
        let f = Fixtures.extract(Self.decision + "Căn cứ Nghị định số 44/2014/NĐ-CP; căn cứ ban hành Quyết định số 07/2021/QĐ-UBND.\n")
        #expect(f.citations.filter { !$0.isSelfReference }.allSatisfy { $0.relation == .basedOn && $0.citingDocument?.description == "45/2024/QĐ-UBND" })
    }

    @Test("a preamble's `Xét đề nghị …;` line ends the list of bases: a decree told ended there is not one (red team 45)")
    func toldEndInPreamble() {
        let f = Fixtures.extract(Self.decision + """
            Căn cứ Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ quy định về giá đất;
            Xét đề nghị của Giám đốc Sở Tài chính; Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực.

            """)
        let own = f.citations.filter { $0.citingDocument?.description == "45/2024/QĐ-UBND" && $0.id.description == "44/2014/NĐ-CP" }
        #expect(!own.isEmpty && own.allSatisfy { $0.relation == .references }, "\(own.map(\.relation))")
        #expect(f.citations.contains { $0.citingDocument?.description == "45/2024/QĐ-UBND" && $0.id.description == "71/2024/NĐ-CP" && $0.relation == .basedOn })
    }

    @Test("a description's words joined by a comma, then a body's clause: the body's verb is the text's (red team 44 c5)")
    func bodysClauseAfterDescription() {
        let header = "ĐẢNG BỘ TỈNH NGHỆ AN\nTHỊ ỦY HOÀNG MAI\nSố 150-BC/TU\nHoàng Mai, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nSơ kết 03 năm\n\n"
        let f = Fixtures.extract(header + "Căn cứ Quy định số 03-QĐ/TU ngày 20/4/2021 của Ban Thường vụ Thị ủy về chế độ thông tin, báo cáo, Ban Thường vụ Thị ủy báo cáo sơ kết 03 năm thực hiện Nghị quyết số 09-NQ/TU ngày 25/8/2021 như sau:\n")
        let reviews = f.citations.filter { $0.relation == .reviews }
        #expect(reviews.map { "\($0.citingDocument?.description ?? "-") \($0.id)" } == ["150-BC/TU 09-NQ/TU"], "\(reviews)")
    }

    @Test("an annex between the passive's verb and its agent; bodies listed after `của` keep the description's verb (reviewer, session 30)")
    func reviewersRelatives() {
        #expect(Self.told("Quyết định số 06/2021/QĐ-UBND đã được thay thế Phụ lục I bởi Quyết định số 11/2022/QĐ-UBND.") == ["11/2022/QĐ-UBND amends 06/2021/QĐ-UBND"])
        let f = Fixtures.extract(Self.decision + "Căn cứ Quyết định số 12-QĐ/TU ngày 05/01/2021 của Ban Thường vụ Tỉnh ủy về chức năng, nhiệm vụ, quyền hạn của các ban, Văn phòng Tỉnh ủy thay thế Quyết định số 05-QĐ/TU ngày 10/3/2016;\n")
        #expect(!f.citations.contains { $0.citingDocument?.description == "45/2024/QĐ-UBND" && $0.relation == .replaces }, "\(f.citations.map { "\($0.citingDocument?.description ?? "-") \($0.relation) \($0.id)" })")
    }
}
