@testable import DocGraph
import Foundation
import Testing

/// A document's own term (`Quyết định này có hiệu lực từ ngày 25 tháng 4 năm 2024 đến hết ngày 31 tháng 12 năm
/// 2025`): past its last day, a document that rests on it rests on nothing (red team, round 37, c1: a commune's plan
/// of 2026 `Căn cứ Quyết định số 09/2024/QĐ-UBND`, and `status` said `in force`).
@Suite("Own terms")
struct OwnTermTests {
    typealias F = Fixtures

    static func decision(_ clause: String, id: String = "09/2024/QĐ-UBND", signed: String = "15 tháng 4 năm 2024") -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH TUYÊN QUANG
        Số: \(id)
        Tuyên Quang, ngày \(signed)

        QUYẾT ĐỊNH
        Quy định mức hỗ trợ phát triển du lịch cộng đồng

        Điều 1. Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh.
        \(clause)
        """
    }

    static func term(_ text: String) -> (SimpleDate?, SimpleDate?) {
        let d = DocumentExtractor.extract(text: text, file: "a.txt").documents.first
        return (d?.inForceFrom, d?.inForceUntil)
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> SimpleDate { SimpleDate(year: y, month: m, day: d)! }

    @Test("the end after the start: `đến hết ngày`, `đến ngày`, `đến hết năm`, `và hết hiệu lực kể từ ngày` (the day before), from the signing, across lines, upper case, NFD")
    func endAfterStart() {
        let cases: [(String, SimpleDate?, SimpleDate)] = [
            ("Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 4 năm 2024 đến hết ngày 31 tháng 12 năm 2025.", Self.day(2024, 4, 25), Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực kể từ ngày 25/4/2024 đến ngày 31/12/2025.", Self.day(2024, 4, 25), Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024, đến hết năm 2025.", Self.day(2024, 4, 25), Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024 và hết hiệu lực kể từ ngày 01 tháng 01 năm 2026.", Self.day(2024, 4, 25), Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký đến hết ngày 31/12/2025.", nil, Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành và được áp dụng đến hết ngày 31/12/2025.", nil, Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực từ ngày 25\ntháng 4 năm 2024 đến hết\nngày 31 tháng 12 năm 2025.", Self.day(2024, 4, 25), Self.day(2025, 12, 31)),
            ("ĐIỀU 2. QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC TỪ NGÀY 25/4/2024 ĐẾN HẾT NGÀY 31/12/2025.", Self.day(2024, 4, 25), Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024 đến hết ngày 31/12/2025.".decomposedStringWithCanonicalMapping, Self.day(2024, 4, 25), Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực đến hết ngày 31 tháng 12 năm 2025.", nil, Self.day(2025, 12, 31)),
        ]
        for (clause, from, until) in cases {
            let (f, u) = Self.term(Self.decision(clause))
            #expect(f == from && u == until, "\(clause): \(String(describing: f)) \(String(describing: u))")
        }
    }

    @Test("an end in a sentence of its own, `này` required: `hết hiệu lực (thi hành) kể từ ngày`, `được áp dụng đến hết ngày`; a council's resolution")
    func endAlone() {
        let cases: [(String, SimpleDate)] = [
            ("Điều 2. Quyết định này có hiệu lực kể từ ngày 25/4/2024.\nĐiều 3. Quyết định này hết hiệu lực kể từ ngày 01/01/2026.", Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực kể từ ngày 25/4/2024. Quyết định này hết hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.", Self.day(2025, 12, 31)),
            ("Điều 2. Quyết định này có hiệu lực kể từ ngày 25/4/2024.\n2. Quyết định này được áp dụng đến hết ngày 31/12/2025.", Self.day(2025, 12, 31)),
        ]
        for (clause, until) in cases {
            #expect(Self.term(Self.decision(clause)).1 == until, "\(clause)")
        }
        let council = """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH TUYÊN QUANG
            Số: 07/2021/NQ-HĐND
            Tuyên Quang, ngày 10 tháng 12 năm 2021

            NGHỊ QUYẾT
            Quy định chính sách hỗ trợ giai đoạn 2022 - 2025

            Nghị quyết này đã được Hội đồng nhân dân tỉnh Tuyên Quang khóa XIX, kỳ họp thứ tư thông qua ngày 10 tháng 12 năm 2021, có hiệu lực từ ngày 01 tháng 01 năm 2022 đến hết ngày 31 tháng 12 năm 2025./.
            """
        #expect(Self.term(council) == (Self.day(2022, 1, 1), Self.day(2025, 12, 31)))
    }

    @Test("false friends: another document's end, a plan's period, an end before the start, `đến ngày` without a date, an attached regulation's")
    func falseFriends() {
        let clauses = [
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 25/4/2024. Quyết định số 12/2020/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 25/4/2024. Quyết định số 12/2020/QĐ-UBND hết hiệu lực kể từ ngày 25/4/2024.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 25/4/2024. Chính sách hỗ trợ tại Quyết định này được thực hiện đến hết năm 2025.",
            "Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024 đến hết ngày 31/12/2023.",
            "Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024 đến ngày Luật Đất đai năm 2024 có hiệu lực.",
            "Điều 2. Quy định này có hiệu lực từ ngày 25/4/2024 đến hết ngày 31/12/2025.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký; các chính sách được áp dụng đến hết ngày 31/12/2025.",
            // A task's deadline after a comma (reviewer, session 29).
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, đến hết ngày 30/6/2025 các cơ quan hoàn thành việc tuyển dụng.",
        ]
        for clause in clauses {
            #expect(Self.term(Self.decision(clause)).1 == nil, "\(clause)")
        }
        let plan = """
            ỦY BAN NHÂN DÂN
            TỈNH TUYÊN QUANG
            Số: 88/KH-UBND
            Tuyên Quang, ngày 10 tháng 3 năm 2022

            KẾ HOẠCH
            Phát triển du lịch cộng đồng

            Kế hoạch này được thực hiện đến hết năm 2025.
            """
        #expect(Self.term(plan).1 == nil, "a plan's period is its work's")
    }

    static let commune = """
        ỦY BAN NHÂN DÂN
        XÃ HÀM YÊN
        Số: 14/KH-UBND
        Hàm Yên, ngày 12 tháng 3 năm 2026

        KẾ HOẠCH
        Hỗ trợ phát triển du lịch cộng đồng năm 2026

        Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh Tuyên Quang;
        """

    @Test("superseded-citation warns of a document resting on one past its term, not before it, not once an amendment may have moved it, not for a report")
    func rule() throws {
        let expiring = Self.decision("Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 4 năm 2024 đến hết ngày 31 tháng 12 năm 2025.")
        let g = F.graph([("qd09.txt", expiring), ("kh14.txt", Self.commune)])
        let found = F.findings(g, .supersededCitation, all: true)
        #expect(found.map { $0.location?.file } == ["kh14.txt"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "14/KH-UBND basedOn 09/2024/QĐ-UBND, whose own term kept it in force only through 31/12/2025; cite what governs now, or the text that extended it",
                "\(found.map(\.message))")

        let early = Self.commune.replacingOccurrences(of: "ngày 12 tháng 3 năm 2026", with: "ngày 12 tháng 3 năm 2025")
        #expect(F.findings(F.graph([("qd09.txt", expiring), ("kh14.txt", early)]), .supersededCitation, all: true).isEmpty, "cited while in force")

        let amending = """
            ỦY BAN NHÂN DÂN
            TỈNH TUYÊN QUANG
            Số: 30/2025/QĐ-UBND
            Tuyên Quang, ngày 20 tháng 11 năm 2025

            QUYẾT ĐỊNH
            Sửa đổi Điều 2 Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh Tuyên Quang

            Điều 1. Sửa đổi Điều 2 Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh như sau: "Quyết định này có hiệu lực đến hết ngày 31/12/2026."
            """
        let extended = F.graph([("qd09.txt", expiring), ("qd30.txt", amending), ("kh14.txt", Self.commune)])
        #expect(F.findings(extended, .supersededCitation, all: true).isEmpty, "an amendment before the citation may have moved the term")

        let report = Self.commune.replacingOccurrences(of: "KẾ HOẠCH\nHỗ trợ phát triển du lịch cộng đồng năm 2026\n\nCăn cứ",
                                                       with: "BÁO CÁO\nKết quả thực hiện chính sách hỗ trợ du lịch cộng đồng\n\nKết quả thực hiện")
        #expect(F.findings(F.graph([("qd09.txt", expiring), ("bc.txt", report)]), .supersededCitation, all: true).isEmpty,
                "a report of results reviews the decision")
    }

    @Test("status: expired past the last day, in force through it; a replacement before the end still says replaced")
    func status() throws {
        let g = F.graph([("qd09.txt", Self.decision("Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024 đến hết ngày 31/12/2025."))])
        let n = try #require(g.nodes.indices.first { g.nodes[$0].id?.description == "09/2024/QĐ-UBND" })
        #expect(g.status(of: NodeIndex(n), asOf: Self.day(2025, 12, 31)).state == .inForce)
        #expect(g.status(of: NodeIndex(n), asOf: Self.day(2026, 1, 1)).state == .expired)
        #expect(DocumentStatus.State.expired.rawValue == "expired")
    }

    @Test("docs JSON carries `inForceUntil`; the index keeps it: status and check answer the same with --index (schema 10)")
    func jsonAndIndex() throws {
        let file = DocumentExtractor.extract(text: Self.decision("Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024 đến hết ngày 31/12/2025."), file: "a.txt")
        let text = String(decoding: try JSONEncoder().encode(file.documents.map(DocumentJSON.init)), as: UTF8.self)
        #expect(text.contains("\"inForceUntil\":\"2025-12-31\""), "\(text)")

        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("Term")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Self.decision("Điều 2. Quyết định này có hiệu lực từ ngày 25/4/2024 đến hết ngày 31/12/2025.")
            .write(to: corpus.appendingPathComponent("qd09.txt"), atomically: true, encoding: .utf8)
        try Self.commune.write(to: corpus.appendingPathComponent("kh14.txt"), atomically: true, encoding: .utf8)
        let commands = [["status", "09/2024/QĐ-UBND", "--format", "json", "--as-of", "2026-03-01"],
                        ["check", "--format", "json", "--all", "--fail-on", "never", "--as-of", "2026-11-29"]]
        try IndexTests.expectSameAnswers(corpus: "Term", commands: commands, gallery: false, in: folder)
        let status = try IndexTests.docgraph(["status", "09/2024/QĐ-UBND", "--as-of", "2026-03-01", "--index", folder.appendingPathComponent("same.sqlite").path], in: folder)
        #expect(status.out.contains("expired"), "\(status.out)")
    }
}
