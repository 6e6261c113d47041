@testable import DocGraph
import Foundation
import Testing

/// A document's own effect clause (`Quyết định này có hiệu lực thi hành kể từ ngày …`): what it
/// replaces governs until then, not until the signing (review of the thirteenth session: a
/// replacement was dated by its signing).
@Suite("Effect clauses")
struct InForceClauseTests {
    typealias F = Fixtures

    /// The decision of a province, signed 10/3/2024, with `clause` as its Điều 2.
    static func decision(_ clause: String, id: String = "30/2024/QĐ-UBND") -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH KHÁNH HÒA
        Số: \(id)
        Khánh Hòa, ngày 10 tháng 3 năm 2024

        QUYẾT ĐỊNH
        Ban hành Quy định quản lý cụm công nghiệp

        Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp.
        \(clause)
        """
    }

    static func inForce(_ text: String) -> SimpleDate? {
        DocumentExtractor.extract(text: text, file: "a.txt").documents.first?.inForceFrom
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> SimpleDate { SimpleDate(year: y, month: m, day: d)! }

    @Test("the forms: a written date, a numeric one, without `ngày`, `thi hành`, `kể`, a line break, upper case, NFD, the kind without `này`")
    func forms() {
        let cases: [(String, SimpleDate)] = [
            ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2024 và thay thế Quyết định số 25/2020/QĐ-UBND.", Self.day(2024, 4, 1)),
            ("Điều 2. Quyết định này có hiệu lực kể từ ngày 01/4/2024.", Self.day(2024, 4, 1)),
            ("Điều 2. Quyết định này có hiệu lực từ 01/4/2024.", Self.day(2024, 4, 1)),
            ("Điều 2. Quyết định có hiệu lực từ ngày 01-4-2024.", Self.day(2024, 4, 1)),
            ("Điều 2. Quyết định này có hiệu lực thi hành kể\ntừ ngày 01 tháng 4\nnăm 2024.", Self.day(2024, 4, 1)),
            ("ĐIỀU 2. QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC KỂ TỪ NGÀY 01 THÁNG 4 NĂM 2024.", Self.day(2024, 4, 1)),
            ("Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2024.".decomposedStringWithCanonicalMapping, Self.day(2024, 4, 1)),
            ("1. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2024.", Self.day(2024, 4, 1)),
        ]
        for (clause, date) in cases {
            #expect(Self.inForce(Self.decision(clause)) == date, "\(clause)")
        }
    }

    @Test("the clause on the line under its article's heading (red team, round 16, repro r1)", arguments: [
        "Điều 8. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2024 và thay thế Quyết định số 05/2019/QĐ-UBND.",
        "Điều 8 Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày 15/4/2024.",
        "**Điều 8. Hiệu lực thi hành**\n\nQuyết định này có hiệu lực kể từ ngày 15/4/2024.",
        "ĐIỀU 8. HIỆU LỰC THI HÀNH\n- Quyết định này có hiệu lực kể từ ngày 15/4/2024.",
    ])
    func underTheHeading(clause: String) {
        #expect(Self.inForce(Self.decision(clause)) == Self.day(2024, 4, 15), "\(clause)")
    }

    @Test("another document's clause on the line under a heading is not this one's")
    func anotherUnderTheHeading() {
        let clause = "Điều 8. Hiệu lực thi hành\nThông tư số 11/2016/TT-BNV có hiệu lực kể từ ngày 15/4/2024."
        #expect(Self.inForce(Self.decision(clause)) == nil)
    }

    @Test("days after the signing: `sau 10 ngày, kể từ ngày ký`, `sau 10 (mười) ngày`, across a month's end; the signing itself is no separate date")
    func daysAfterSigning() {
        #expect(Self.inForce(Self.decision("Điều 2. Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký.")) == Self.day(2024, 3, 20))
        #expect(Self.inForce(Self.decision("Điều 2. Quyết định này có hiệu lực thi hành sau 10 (mười) ngày kể từ ngày ký ban hành.")) == Self.day(2024, 3, 20))
        #expect(Self.inForce(Self.decision("Điều 2. Quyết định này có hiệu lực sau 25 ngày, kể từ ngày ký.")) == Self.day(2024, 4, 4))
        #expect(Self.inForce(Self.decision("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")) == nil, "the signing date is the document's date")
        #expect(Self.inForce(Self.decision("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế Quyết định số 25/2020/QĐ-UBND.")) == nil)
        #expect(SimpleDate(year: 2024, month: 12, day: 25)!.adding(days: 10) == Self.day(2025, 1, 4))
        #expect(SimpleDate(year: 2024, month: 2, day: 25)!.adding(days: 10) == Self.day(2024, 3, 6), "a leap year's February")
    }

    @Test("a council's resolution: passed on one day, in force from another, or from its passing")
    func councilResolution() {
        let text = """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH BÌNH PHƯỚC
            Số: 07/2016/NQ-HĐND
            Bình Phước, ngày 05 tháng 7 năm 2016

            NGHỊ QUYẾT
            Quy định mức chi

            Điều 1. Quy định mức chi.
            Nghị quyết này đã được Hội đồng nhân dân tỉnh Bình Phước khóa IX, kỳ họp thứ nhất thông qua ngày 01 tháng 7 năm 2016 và có hiệu lực từ ngày 11 tháng 7 năm 2016./.
            """
        #expect(Self.inForce(text) == Self.day(2016, 7, 11))
        let passing = text.replacingOccurrences(of: "có hiệu lực từ ngày 11 tháng 7 năm 2016", with: "có hiệu lực kể từ ngày thông qua")
        #expect(Self.inForce(passing) == Self.day(2016, 7, 1), "the passing named in the same sentence")
    }

    @Test("false friends: another document's effect, a clause on this one's end, an attached regulation's, a date far from the signing, a blank date")
    func falseFriends() {
        let clauses = [
            // Another document's effect, told in this one.
            "Điều 2. Luật số 63/2020/QH14 có hiệu lực từ ngày 01 tháng 01 năm 2021.",
            "Điều 2. Quyết định số 25/2020/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.",
            "Điều 2. Các quy định của Quyết định số 25/2020/QĐ-UBND có hiệu lực đến ngày 01 tháng 4 năm 2024.",
            // The attached regulation names another kind: read only the document's own.
            "Điều 2. Quy định này có hiệu lực kể từ ngày 01 tháng 4 năm 2024.",
            // Nine years later: no effect date of a text signed in 2024.
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2033.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày    tháng    năm 2024.",
            // `này` is needed when the sentence goes on between the kind and the clause.
            "Điều 2. Quyết định của Bộ trưởng Bộ Công Thương có hiệu lực kể từ ngày 01 tháng 4 năm 2024.",
        ]
        for clause in clauses {
            #expect(Self.inForce(Self.decision(clause)) == nil, "\(clause)")
        }
    }

    @Test("superseded-citation and status go by the replacement's effect, not its signing")
    func supersessionByEffect() throws {
        let replacing = Self.decision("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2024 và thay thế Quyết định số 25/2020/QĐ-UBND ngày 05 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh Khánh Hòa.")
        func plan(_ id: String, _ day: String) -> String {
            """
            ỦY BAN NHÂN DÂN
            TỈNH KHÁNH HÒA
            Số: \(id)
            Khánh Hòa, ngày \(day)

            KẾ HOẠCH
            Phát triển cụm công nghiệp

            Căn cứ Quyết định số 25/2020/QĐ-UBND ngày 05 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh Khánh Hòa;
            """
        }
        let g = F.graph([("qd30.txt", replacing), ("kh120.txt", plan("120/KH-UBND", "20 tháng 3 năm 2024")),
                         ("kh150.txt", plan("150/KH-UBND", "20 tháng 4 năm 2024"))])
        let found = F.findings(g, .supersededCitation, all: true)
        #expect(found.map { $0.location?.file } == ["kh150.txt"], "signed on 10 March, in force on 1 April: a plan of 20 March cites a text in force")
        #expect(found.first?.message.contains("since 01/04/2024") == true, "\(found.map(\.message))")

        let old = try #require(g.nodes.indices.first { g.nodes[$0].id?.description == "25/2020/QĐ-UBND" })
        #expect(g.status(of: NodeIndex(old), asOf: Self.day(2024, 3, 20)).state == .inForce)
        #expect(g.status(of: NodeIndex(old), asOf: Self.day(2024, 4, 1)).state == .replaced)
        let new = try #require(g.nodes.indices.first { g.nodes[$0].id?.description == "30/2024/QĐ-UBND" })
        #expect(g.status(of: NodeIndex(new), asOf: Self.day(2024, 3, 20)).state == .notYetInForce, "signed, not yet in force")
        #expect(g.nodes[new].inForceFrom == Self.day(2024, 4, 1) && g.nodes[new].date == Self.day(2024, 3, 10))
    }

    @Test("docs JSON carries `inForceFrom` only where the clause gives another day than the signing")
    func json() throws {
        let file = DocumentExtractor.extract(text: Self.decision("Điều 2. Quyết định này có hiệu lực kể từ ngày 01/4/2024."), file: "a.txt")
        let data = try JSONEncoder().encode(file.documents.map(DocumentJSON.init))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"inForceFrom\":\"2024-04-01\""), "\(text)")
        let signed = DocumentExtractor.extract(text: Self.decision("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."), file: "a.txt")
        #expect(!String(decoding: try JSONEncoder().encode(signed.documents.map(DocumentJSON.init)), as: UTF8.self).contains("inForceFrom"))
    }

    @Test("the index keeps the effect date: status and check answer the same with --index (schema 7, and 8)")
    func indexKeepsIt() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("Effect")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Self.decision("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2024 và thay thế Quyết định số 25/2020/QĐ-UBND ngày 05 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh Khánh Hòa.")
            .write(to: corpus.appendingPathComponent("qd30.txt"), atomically: true, encoding: .utf8)
        try """
            ỦY BAN NHÂN DÂN
            TỈNH KHÁNH HÒA
            Số: 120/KH-UBND
            Khánh Hòa, ngày 20 tháng 3 năm 2024

            KẾ HOẠCH
            Phát triển cụm công nghiệp

            Căn cứ Quyết định số 25/2020/QĐ-UBND ngày 05 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh Khánh Hòa;
            """.write(to: corpus.appendingPathComponent("kh120.txt"), atomically: true, encoding: .utf8)
        let commands = [["status", "25/2020/QĐ-UBND", "--format", "json", "--as-of", "2024-03-20"],
                        ["status", "30/2024/QĐ-UBND", "--format", "json", "--as-of", "2024-03-20"],
                        ["check", "--format", "json", "--all", "--fail-on", "never", "--as-of", "2024-05-01"]]
        try IndexTests.expectSameAnswers(corpus: "Effect", commands: commands, gallery: false, in: folder)
        let status = try IndexTests.docgraph(["status", "30/2024/QĐ-UBND", "--as-of", "2024-03-20", "--index", folder.appendingPathComponent("same.sqlite").path], in: folder)
        #expect(status.out.contains("not yet in force"), "\(status.out)")
    }
}
