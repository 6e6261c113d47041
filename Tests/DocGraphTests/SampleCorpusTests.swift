import DocGraph
import Foundation
import Testing

/// Facts hand-checked against the five real sample files.
@Suite("Sample corpus")
struct SampleCorpusTests {
    let corpus = Fixtures.sample

    private func file(_ prefix: String) throws -> ExtractedFile {
        try #require(corpus.files.first { ($0.file as NSString).lastPathComponent.hasPrefix(prefix) })
    }

    @Test("the six documents and their identities")
    func identities() throws {
        let docs = corpus.documents
        #expect(docs.count == 6)
        let kl58 = try #require(docs.first { $0.id?.description == "58-KL/TW" })
        #expect(kl58.date?.description == "2026-06-26")
        #expect(kl58.issuer == "Bộ Chính trị")
        #expect(kl58.typeWord == "Kết luận")
        let ctr01 = try #require(docs.first { $0.id?.description == "01-CTr/BTCTU" })
        #expect(ctr01.date?.description == "2026-01-08")
        #expect(ctr01.issuer == "Ban Tổ chức Tỉnh ủy Thái Nguyên")
        #expect(ctr01.locality == "Thái Nguyên")
        let kh256 = try #require(docs.first { $0.id?.description == "256-KH/TU" })
        #expect(kh256.startLine == 1)
        #expect(kh256.typeCode == "KH")
        let nq28 = try #require(docs.first { $0.id?.description == "28-NQ/TW" })
        #expect(nq28.date?.description == "2022-11-17")
        #expect(nq28.place == "Hà Nội")
        #expect(nq28.startLine == 500, "the resolution's header starts at BAN CHẤP HÀNH TRUNG ƯƠNG")
        #expect(nq28.file == kh256.file)
        #expect(nq28.term == "XIII")
        #expect(nq28.title?.hasPrefix("Nghị quyết về tiếp tục đổi mới phương thức lãnh đạo") == true)
        // Two documents have no number and are identified by title and issuer.
        let unnumbered = docs.filter { $0.id == nil }
        #expect(unnumbered.count == 2)
        #expect(unnumbered.contains { $0.issuer == "Ban Tổ chức Trung ương" && $0.typeCode == "CTr" })
        #expect(unnumbered.contains { $0.issuer == "Bộ Chính trị, Ban Bí thư" && $0.typeCode == "KL" })
    }

    @Test("every identifier grep finds is extracted")
    func grepCompleteness() throws {
        let regex = try NSRegularExpression(pattern: "[0-9]+-[A-Za-zĐđ]+/[A-Za-zĐđ]+")
        for f in corpus.files {
            let text = try String(contentsOfFile: f.file, encoding: .utf8)
            var expected: [String: Int] = [:]
            for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                expected[String(text[Range(m.range, in: text)!]), default: 0] += 1
            }
            var found: [String: Int] = [:]
            for c in f.citations { found[c.id.description, default: 0] += 1 }
            for (id, n) in expected {
                #expect(found[id, default: 0] >= n, "\(f.file): \(id) appears \(n) times, extracted \(found[id, default: 0])")
            }
        }
    }

    @Test("the planned amendment of 253-QĐ/TW")
    func plannedAmendment() throws {
        let c = try #require(try file("000").citations(of: "253-QD/TW").first)
        #expect(c.relation == .amends)
        #expect(c.modality == .planned)
        #expect(c.deadline?.date?.description == "2026-04-30")
        #expect(c.leadUnit == "Vụ Tổ chức - Điều lệ")
        #expect(c.date?.description == "2025-01-24")
        #expect(c.issuer == "Ban Bí thư")
        #expect(c.typeWord == "Quy định")
        #expect(c.location.line == 128)
    }

    @Test("21-TB/VPTW is cited with two different dates")
    func conflictingDates() throws {
        let dates = Set(try file("000").citations(of: "21-TB/VPTW").compactMap { $0.date?.description })
        #expect(dates == ["2026-03-05", "2026-03-07"])
    }

    @Test("nested citation: 25-CTr/TU implements 28-NQ/TW")
    func nested() throws {
        let f = try file("004")
        let nested = f.citations.filter { $0.isNested && $0.id.description == "28-NQ/TW" }
        #expect(!nested.isEmpty)
        #expect(nested.allSatisfy { $0.relation == .implements })
        // `Kế hoạch số 12-KH/TW … và Chương trình hành động số 25-CTr/TU … thực hiện Nghị quyết số 28-NQ/TW`:
        // the trailing description belongs to both documents of the `và` list.
        #expect(Set(nested.compactMap { $0.citingDocument?.description }) == ["25-CTr/TU", "12-KH/TW"])
        let plan = f.citations.filter { $0.citingDocument?.description == "256-KH/TU" && $0.id.description == "12-KH/TW" }
        #expect(!plan.isEmpty && plan.allSatisfy { $0.relation == .implements })
    }

    @Test("compact list, state form, named documents, planned replacement in the sample")
    func forms() throws {
        let f004 = try file("004")
        #expect(f004.citations.contains { $0.id.description == "18-NQ/TW" })
        let f001 = try file("001")
        let decree = try #require(f001.citations(of: "98/2014/NĐ-CP").first)
        #expect(decree.relation == .amends && decree.modality == .planned)
        #expect(decree.deadline?.date?.description == "2027-12-31")
        let f000 = try file("000")
        #expect(f000.citations.contains { $0.id.description == "Điều lệ Đảng" })
        #expect(f000.citations.contains { $0.id.description == "Nghị quyết Đại hội XIV" })
        let f003 = try file("003")
        #expect(f003.citations.contains { $0.id.description == "Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ I" })
        let replacement = try #require(f000.citations(of: "294-QĐ/TW").first)
        #expect(replacement.relation == .replaces && replacement.modality == .planned)
        #expect(replacement.deadline?.date?.description == "2026-03-31")
        #expect(replacement.term == "XIII")
    }

    @Test("deadlines from `Thời gian thực hiện:` lines")
    func proseDeadlines() throws {
        let f = try file("004")
        let c = try #require(f.citations.first { $0.location.line == 417 })
        #expect(c.id.description == "28-NQ/TW")
        #expect(c.modality == .planned)
        #expect(c.deadline?.date?.description == "2023-05-15")
        #expect(c.leadUnit == "Các cấp ủy trực thuộc Thành ủy")
        let recurring = f.tasks.filter { $0.deadline?.recurring == true }
        #expect(recurring.count > 20)
    }

    @Test("task rows merged across page breaks")
    func taskRows() throws {
        let f = try file("000")
        let row8 = try #require(f.tasks.first { $0.number == "8." })
        #expect(row8.task.hasSuffix("hoàn thiện tổ chức bộ máy của hệ thống chính trị trong thời gian tới"))
        #expect(row8.deadline?.date?.description == "2027-12-31")
        let row12 = try #require(f.tasks.first { $0.number == "12." })
        #expect(row12.task.contains("của Ban Bí thư về ban hành Quy chế làm việc mẫu"))
        let row29 = try #require(f.tasks.first { $0.number == "29." })
        #expect(row29.task.contains("70-QĐ/TW, ngày 18/7/2022 của Bộ Chính trị về quản lý biên chế"))
        #expect(f.tasks.filter { $0.number == "16." }.count == 2, "a repeated row number is two rows")
        let both = try #require(f.tasks.first { $0.deadline?.text == "Quý I/2026 và thực hiện thường xuyên" })
        #expect(both.deadline?.recurring == true && both.deadline?.date?.description == "2026-03-31")
        let partB = try #require(f.tasks.first { $0.task.hasPrefix("Tập trung xây dựng các chính sách nhà ở xã hội") })
        #expect(partB.leadUnit == "Đảng ủy Chính phủ")
    }

    @Test("announced documents in task rows, also without a citation")
    func announced() throws {
        let f = try file("001")
        let row = try #require(f.tasks.first { $0.task.hasPrefix("Ban hành Quy định của Ban Bí thư về kết nạp học sinh, sinh viên vào Đảng") })
        #expect(row.announced?.typeCode == "QĐ")
        #expect(row.announced?.issuer == "Ban Bí thư")
        #expect(row.deadline?.date?.description == "2026-09-30")
        #expect(row.leadUnit == "Ban Tổ chức Trung ương")
        #expect(row.citations.isEmpty)
    }

    @Test("stated counts in month headings match their lists")
    func statedCounts() throws {
        let counts = try file("003").statedCounts
        #expect(counts.count == 12)
        #expect(counts.allSatisfy { $0.stated == $0.listed })
        #expect(counts.first?.stated == 11)
    }

    @Test("obligations of the resolution's Tổ chức thực hiện")
    func obligations() throws {
        let f = try file("004")
        let nq = try #require(f.documents.firstIndex { $0.id?.description == "28-NQ/TW" })
        let obligations = f.obligations.filter { $0.documentIndex == nq }
        let politburo = try #require(obligations.first { $0.actor == "Bộ Chính trị" })
        #expect(politburo.expectedTypes == ["KH"])
        let provinces = try #require(obligations.first { $0.actor.hasPrefix("Các tỉnh uỷ, thành uỷ") })
        #expect(Set(provinces.expectedTypes) == ["CTr", "KH", "ĐA"])
        #expect(provinces.actorLevel == .province)
    }

    @Test("golden JSON per sample file", arguments: Fixtures.sampleFiles)
    func golden(_ name: String) throws {
        let f = try #require(corpus.files.first { $0.file.hasSuffix(name) })
        let stem = (name as NSString).deletingPathExtension
        Fixtures.expectGolden(Fixtures.relative(ExtractionJSON.citations(f.citations)), "extract/\(stem).citations.json")
        Fixtures.expectGolden(Fixtures.relative(ExtractionJSON.tasks(f.tasks, documents: f.documents)), "extract/\(stem).tasks.json")
    }

    @Test("golden JSON of the documents")
    func goldenDocuments() {
        Fixtures.expectGolden(Fixtures.relative(ExtractionJSON.documents(corpus.documents)), "extract/documents.json")
    }

    @Test("the result does not depend on the number of threads")
    func deterministic() {
        let one = CorpusExtraction.read(paths: [Fixtures.corpus.path], threads: 1)
        #expect(ExtractionJSON.citations(one.citations) == ExtractionJSON.citations(corpus.citations))
    }
}
