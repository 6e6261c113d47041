import DocGraph
import Foundation
import Testing

/// Findings in the reader's language (issue #14): every sentence of the catalogue in both
/// languages, plurals, and the English that JSON keeps.
@Suite("Finding language")
struct FindingLanguageTests {
    /// One example of every finding sentence; the first test requires it to cover every key.
    static let samples: [FindingMessage] = {
        let d = SimpleDate(year: 2026, month: 4, day: 30)!, e = SimpleDate(year: 2026, month: 11, day: 25)!
        let at = SourceLocation(file: "a.txt", line: 3, column: 5)
        let revision = FindingMessage.Plan(.revision(.amends, target: "253-QĐ/TW"), planner: "256-KH/TU",
                                           deadline: Deadline(date: d, recurring: false, text: "Tháng 4/2026"), leadUnit: "Vụ Tổ chức - Điều lệ")
        let announced = FindingMessage.Plan(.newDocument(text: "Chỉ thị về …", typeWord: "Chỉ thị"), planner: "X", deadline: nil, leadUnit: nil)
        return [
            .ambiguousID(id: "21-NQ/TW", candidates: ["A", "B"], chosen: "A"), .countMismatch(heading: "Tháng 01/2026", stated: 1, listed: 2),
            .cycle(members: ["A", "B"], hops: [.init(from: "A", relation: .implements, to: "B")], moreHops: false), .dangling(document: "X", times: 1),
            .duplicateIdentity(name: "19-KH/TU", locality: "Nghệ An", firstDate: d, secondDate: nil, firstFile: "a", secondFile: "b"),
            .revisionWithoutAuthority(citing: "A", claimed: .amends, cited: "B", objection: .localRevisesCentral(.province)),
            .replacedBySeveral(document: "A", replacers: ["B", "C"]), .replaceEachOther("A", "B"),
            .restsOnItsReplacement(document: "A", relation: .implements, replacer: "B"), .dateUnlikeHeader(document: "A", own: d, cited: e),
            .severalDates(document: "A", dates: [.init(d, count: 2, first: at), .init(e, count: 1, first: at)]),
            .issuerUnlikeHeader(document: "A", own: "Bộ Chính trị", cited: "Ban Bí thư"),
            .severalIssuers(document: "A", issuers: [.init("Bộ Chính trị", count: 1, first: at)]), .severalTerms(document: "A", terms: ["XIII", "XIV"]),
            .quyDinhAndQuyetDinh(document: "A", asQuyDinh: 1, asQuyetDinh: 2), .typeUnlikeHeader(document: "A", own: "Quyết định", cited: "Quy định"), .typeUnlikeCode(document: "A", own: "Kế hoạch", cited: "Chương trình"), .planOverdue(revision, asOf: e), .planFulfilled(announced, by: "B"),
            .planUnconfirmed(revision, asOf: e, candidate: "B", doubt: .sameDay), .planPending(announced),
            .supersededCitation(citing: "A", relation: .basedOn, cited: "B", by: "C", repealed: false, since: d, instead: "C"),
            .supersededUndated(citing: "A", relation: .basedOn, cited: "B", by: "C", repealed: true),
            .expiredCitation(citing: "A", relation: .basedOn, cited: "B", until: SimpleDate(year: 2025, month: 12, day: 31)!),
            .replacedAfterRepeal(document: "A", repealer: "B", since: d, replacer: "C"),
            .repealedAfterReplacement(document: "A", replacer: "B", since: d, repealer: "C"),
            .citesLater(citing: "A", citingDate: d, relation: .implements, cited: "B", citedDate: e),
            .unmetObligation(document: "A", actor: "Bộ Chính trị", types: ["Kế hoạch"], alongside: []),
            .draftUnlikeHeader(document: "A", header: at, field: .issuer(own: "Bộ Chính trị", cited: "Ban Bí thư")),
            .draftMentionsSuperseded(cited: "A", by: "B", repealed: true, since: nil, instead: nil),
            .draftCitesLater(draftDate: d, relation: .basedOn, cited: "B", citedDate: e),
            .draftDeadlineBeforeDate(deadline: "Tháng 4/2026", due: d, draftDate: e),
        ]
    }()

    @Test("every finding sentence is written in both languages, and the two differ")
    func everyKeyInBothLanguages() {
        #expect(Set(Self.samples.map(\.key)) == Set(FindingMessage.Key.allCases).subtracting([.text]), "add a sample for each new sentence")
        for m in Self.samples {
            let vi = m.text(.vi), en = m.text(.en)
            #expect(!vi.isEmpty && !en.isEmpty, "\(m.key)")
            #expect(vi != en, "\(m.key) is not translated: \(vi)")
            // Every fact is in both sentences: a translation that drops the document is wrong.
            #expect(vi.contains("A") == en.contains("A"), "\(m.key)")
        }
        #expect(FindingMessage.text("as is").text(.vi) == "as is", "a rule from outside speaks its own words")
    }

    @Test("plurals in English; dates as dd/mm/yyyy in Vietnamese")
    func plurals() {
        #expect(FindingMessage.dangling(document: "X", times: 1).text(.en).contains("cited 1 time but"))
        #expect(FindingMessage.dangling(document: "X", times: 2).text(.en).contains("cited 2 times but"))
        #expect(FindingMessage.dangling(document: "X", times: 2).text(.vi).hasPrefix("X được dẫn chiếu 2 lần"))
        #expect(FindingMessage.countMismatch(heading: "h", stated: 1, listed: 2).text(.en) == "'h' states 1 task but 2 are listed")
        #expect(FindingMessage.countMismatch(heading: "h", stated: 3, listed: 1).text(.en) == "'h' states 3 tasks but 1 is listed")
        let plan = FindingMessage.Plan(.revision(.amends, target: "253-QĐ/TW"), planner: "P",
                                       deadline: Deadline(date: SimpleDate(year: 2026, month: 4, day: 30), recurring: false, text: "Tháng 4/2026"), leadUnit: nil)
        let overdue = FindingMessage.planOverdue(plan, asOf: SimpleDate(year: 2026, month: 11, day: 25)!)
        #expect(overdue.text(.vi) == "việc sửa đổi, bổ sung 253-QĐ/TW theo dự kiến của P (hạn 30/04/2026) đã quá hạn tại ngày 25/11/2026: trong kho không có văn bản nào sửa đổi, bổ sung văn bản này")
        #expect(overdue.text(.en) == "planned amendment of 253-QĐ/TW by P (due 2026-04-30) is overdue as of 2026-11-25: no document in the corpus amends it")
    }

    @Test("check on the sample: JSON keeps the English sentence, SARIF and text speak the reader's language")
    func sampleFindings() throws {
        let g = GraphBuilder.build(Fixtures.sample)
        let findings = Checker.run(g, CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 25)!))
        #expect(!findings.isEmpty)
        for f in findings {
            #expect(f.message == f.text(.en))
            #expect(f.text(.vi) != f.text(.en), "\(f.rule): \(f.text(.vi))")
            #expect(f.line(.vi).hasPrefix("\(f.location?.description ?? "<corpus>"): \(f.severity.rawValue): [\(f.rule.rawValue)] "))
        }
        #expect(AnalysisJSON.findings(findings).contains("is cited 16 times but its text is not in the corpus"))
        let sarif = SARIF.log(findings, toolVersion: "0", root: "/", language: .vi)
        #expect(sarif.contains("được dẫn chiếu 16 lần") && !sarif.contains("is cited 16 times"))
        #expect(sarif.contains("\"ruleId\" : \"dangling\""), "rule ids stay English")
        #expect(sarif.contains(RuleRegistry.standard.rules[0].summary(.vi)))
    }

    @Test("every standard rule has a Vietnamese summary")
    func ruleSummaries() {
        for rule in RuleRegistry.standard.rules {
            #expect(rule.summary(.vi) != rule.summary(.en), "\(rule.id) has no Vietnamese summary")
            #expect(rule.summary(.en) == rule.summary)
        }
    }

    @Test("corpus diagnostics in both languages; the line keeps the English severity; the message stays English")
    func diagnostics() {
        let samples: [DiagnosticMessage] = [
            .noSuchPath, .folderVanished, .folderLoop, .folderTooDeep(levels: 64), .folderUnreadable(reason: "Permission denied"), .entryVanished,
            .notAReadableFormat(extensions: [".txt", ".md"]), .invalidUTF8(bytes: 2, hex: "FF FE"), .moreInvalidLines(3), .noHeaderNorCitation,
            .localIDReadAsTU(written: "19-KH/TƯ", read: "19-KH/TU", issuer: "Tỉnh ủy"), .idReadAsTW(written: "5-NQ/TƯ", read: "5-NQ/TW"),
            .unreadableNumber(written: "số 12-"),
            .unreadableSource(.damaged(file: "a.pdf", reason: .noPages)), .pagesReadByOCR(pages: [2, 3], count: 2, language: "vie", resolution: 300),
            .recognitionFailed(reason: .noLanguageData("vie")), .pagesWithoutText(pages: [1], count: 1), .pageUnreadable, .pageTooLong(limit: 200000),
            .revisionReadAsReference(citing: "12-KH/TU", relation: "amends", cited: "253-QĐ/TW", level: "province",
                                     reason: "a province body cannot revise a Central document"),
        ]
        #expect(Set(samples.map(\.key)) == Set(DiagnosticMessage.Key.allCases))
        for m in samples { #expect(m.text(.vi) != m.text(.en) && m.text(.en) == m.english, "\(m.key)") }
        let missing = CorpusExtraction.read(paths: ["/nonexistent-docgraph-folder"]).walkDiagnostics
        let d = missing.first
        #expect(d?.message == "no such file or folder; check the path", "the stored message is English")
        #expect(d?.line(.vi) == "/nonexistent-docgraph-folder:1:1: error: không có tệp hoặc thư mục này; hãy kiểm tra đường dẫn")
        #expect(d == Diagnostic(.error, at: SourceLocation(file: "/nonexistent-docgraph-folder", line: 1, column: 1), "no such file or folder; check the path"),
                "a diagnostic restored from its text (an index) equals the one made")
        #expect(Diagnostic(.note, at: SourceLocation(file: "f", line: 1, column: 1), "as made").text(.vi) == "as made")
    }

    @Test("files that cannot be read, and the index's errors, say why in Vietnamese; the English stays the stored message")
    func unreadableFiles() {
        let errors: [DocumentSourceError] = [
            .text(.empty(file: "a.txt")), .text(.binary(file: "a.txt", offset: 3)), .text(.legacyEncoding(file: "a.txt", line: 2, guess: "TCVN3")),
            .text(.unreadable(file: "a.txt", reason: "Permission denied")), .text(.tooLarge(file: "a.txt", size: 90_000_000, limit: 64_000_000)),
            .needsConversion(file: "a b.doc", format: "Word 97–2003 (.doc)", command: "libreoffice --headless --convert-to docx"),
            .noTextLayer(file: "a.pdf", pages: 2), .recognitionFailed(file: "a.pdf", reason: .engineUnavailable), .encrypted(file: "a.pdf"),
            .damaged(file: "a.docx", reason: .notZip), .overLimit(file: "a.docx", what: .partTooLarge(part: "word/document.xml", megabytes: 64)),
        ]
        let reasons: [Damage] = [.notPDF, .noPages, .notZip, .notWordDocument, .xmlNotUTF8, .xmlMalformed(line: 3, detail: "x"),
                                 .partUnreadable(part: "word/document.xml", detail: "x")]
        for r in reasons { #expect(r.text(.vi) != r.description && r.text(.en) == r.description, "\(r)") }
        for e in [Excess.tooManyPages(count: 9000, limit: 5000), .partTooLarge(part: "p", megabytes: 64)] { #expect(e.text(.vi) != e.description) }
        for p in [RecognitionProblem.engineUnavailable, .noLanguageData("vie"), .pageNotRecognised] { #expect(p.text(.vi) != p.description) }
        for e in errors {
            #expect(e.text(.en) == e.message)
            #expect(e.text(.vi) != e.message && !e.text(.vi).contains("skipped"), "\(e) is not translated")
        }
        #expect(DocumentSourceError.needsConversion(file: "a b.doc", format: "Word", command: "libreoffice --headless --convert-to docx").text(.vi)
            .hasSuffix("libreoffice --headless --convert-to docx 'a b.doc'"), "the command stays runnable")
        let file = DocumentExtractor.extract(bytes: [], file: "empty.txt")
        #expect(file.diagnostics.first?.line(.vi) == "empty.txt:1:1: error: tệp rỗng; không có gì để đọc")
        #expect(file.diagnostics.first?.message == "the file is empty; nothing to read")
        let sources = DocumentSources.plainText.adding(PlainTextSource())
        #expect(sources.extensionList(.vi) == ".txt, .md hoặc .html" && sources.extensionList(.en) == sources.extensionList)
    }
}
