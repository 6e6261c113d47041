import DocGraph
import DocGraphFormats
import DocGraphRendering
import Foundation
import Testing

/// A PDF counts lines on each page, so line 5 of page 1 and line 5 of page 2 are two lines: every
/// rule that groups citations by line, and every output that points at a place, carries the page.
@Suite struct PageTests {
    static let register = "so-theo-doi.pdf"
    static let asOf = SimpleDate(year: 2026, month: 11, day: 25)!

    static func place(_ page: Int, _ line: Int, file: String = register) -> DocGraph.SourceLocation {
        DocGraph.SourceLocation(file: file, page: page, line: line, column: 1)
    }

    static func record(_ id: DocumentID, _ type: String, _ word: String, date: SimpleDate?, pages: ClosedRange<Int>,
                       file: String = register, issuer: String = "Ban Thường vụ Tỉnh ủy") -> DocumentRecord {
        var r = DocumentRecord(id: id, typeCode: type, typeWord: word, issuer: issuer, date: date,
                               file: file, startLine: 1, endLine: 40)
        r.startPage = pages.lowerBound
        r.endPage = pages.upperBound
        return r
    }

    static let resolution = DocumentID(party: "28", typeCode: "NQ", issuerCode: "TW")
    static let oldRule = DocumentID(party: "105", typeCode: "QĐ", issuerCode: "TW")
    static let oldDate = SimpleDate(year: 2020, month: 1, day: 1)

    /// A plan (pages 1–2) whose page 1, line 5 promises to amend a rule, and whose page 2, line 5
    /// is a task citing the resolution and announcing a new guidance with a deadline.
    static func planOnTwoPages() -> DocumentGraph {
        var file = ExtractedFile(file: register)
        let plan = DocumentID(party: "256", typeCode: "KH", issuerCode: "TU")
        file.documents = [record(plan, "KH", "Kế hoạch", date: SimpleDate(year: 2024, month: 3, day: 2), pages: 1...2)]
        file.citations = [
            Citation(id: oldRule, relation: .amends, modality: .planned, deadline: Deadline(date: SimpleDate(year: 2024, month: 6, day: 30), recurring: false, text: "Tháng 6/2024"),
                     documentIndex: 0, location: place(1, 5), text: "Sửa đổi Quy định số 105-QĐ/TW"),
        ]
        let announced = AnnouncedDocument(typeCode: "HD", typeWord: "Hướng dẫn", issuer: "Ban Tuyên giáo Tỉnh ủy",
                                          subject: "học tập nghị quyết", text: "Ban hành Hướng dẫn học tập Nghị quyết số 28-NQ/TW")
        file.tasks = [
            TaskRow(task: announced.text, leadUnit: "Ban Tuyên giáo Tỉnh ủy",
                    deadline: Deadline(date: SimpleDate(year: 2024, month: 9, day: 30), recurring: false, text: "Tháng 9/2024"),
                    announced: announced, citations: [resolution], documentIndex: 0, location: place(2, 5)),
        ]
        return GraphBuilder.build(CorpusExtraction(files: [file]))
    }

    @Test("a task on page 2 is not covered by a planned revision on line 5 of page 1")
    func planStatesKeyTheLineWithItsPage() throws {
        let g = Self.planOnTwoPages()
        try #require(g.plans.count == 1)
        let states = g.announcedStates(asOf: Self.asOf)
        // Keyed by line number alone, the task shared line 5 with the amendment and got no state.
        let state = try #require(states[0], "the task on page 2 was taken for the revising line of page 1")
        #expect(state.overdue)
        #expect(Fixtures.findings(g, .overduePlan).contains { $0.location?.page == 2 })
    }

    @Test("superseded-citation names the first replacement in page order, not line order")
    func supersededInPageOrder() throws {
        var file = ExtractedFile(file: Self.register)
        let first = DocumentID(party: "110", typeCode: "QĐ", issuerCode: "TW")
        let second = DocumentID(party: "120", typeCode: "QĐ", issuerCode: "TW")
        file.documents = [
            Self.record(first, "QĐ", "Quy định", date: SimpleDate(year: 2022, month: 1, day: 5), pages: 1...1, issuer: "Ban Bí thư"),
            Self.record(second, "QĐ", "Quy định", date: SimpleDate(year: 2022, month: 2, day: 5), pages: 2...2, issuer: "Ban Bí thư"),
        ]
        // The first replacement stands low on page 1, the second high on page 2.
        file.citations = [
            Citation(id: Self.oldRule, date: Self.oldDate, relation: .replaces, modality: .enacted, documentIndex: 0, location: Self.place(1, 30),
                     text: "thay thế Quyết định số 105-QĐ/TW"),
            Citation(id: Self.oldRule, date: Self.oldDate, relation: .replaces, modality: .enacted, documentIndex: 1, location: Self.place(2, 3),
                     text: "thay thế Quyết định số 105-QĐ/TW"),
        ]
        var citing = ExtractedFile(file: "ke-hoach.txt")
        let plan = DocumentID(party: "300", typeCode: "KH", issuerCode: "TU")
        citing.documents = [DocumentRecord(id: plan, typeCode: "KH", typeWord: "Kế hoạch", date: SimpleDate(year: 2023, month: 5, day: 1),
                                           file: "ke-hoach.txt", startLine: 1, endLine: 20)]
        citing.citations = [Citation(id: Self.oldRule, date: Self.oldDate, relation: .implements, modality: .enacted, documentIndex: 0,
                                     location: DocGraph.SourceLocation(file: "ke-hoach.txt", line: 4, column: 1), text: "thực hiện Quyết định số 105-QĐ/TW")]
        let g = GraphBuilder.build(CorpusExtraction(files: [file, citing]))
        let found = Fixtures.findings(g, .supersededCitation)
        let finding = try #require(found.first, "no superseded-citation finding")
        #expect(finding.message.contains("which 110-QĐ/TW replaced"), "\(finding.message)")
        #expect(finding.related.map(\.page) == [1, 2], "related places in page order: \(finding.related)")
    }

    /// A resolution obliging the provinces to issue a plan, and a programme (a PDF) citing it on
    /// page 1, line 5 and citing a provincial plan on line `planLine` of page `planPage`.
    static func obligation(planPage: Int, planLine: Int) -> [Finding] {
        let resolution = DocumentID(party: "45", typeCode: "NQ", issuerCode: "TW")
        var ordering = ExtractedFile(file: "nghi-quyet.txt")
        ordering.documents = [DocumentRecord(id: resolution, typeCode: "NQ", typeWord: "Nghị quyết", issuer: "Ban Chấp hành Trung ương",
                                             date: SimpleDate(year: 2023, month: 11, day: 24), file: "nghi-quyet.txt", startLine: 1, endLine: 40)]
        ordering.obligations = [Obligation(actor: "Các tỉnh ủy, thành ủy", actorLevel: .province, expectedTypes: ["KH"], documentIndex: 0,
                                           location: DocGraph.SourceLocation(file: "nghi-quyet.txt", line: 30, column: 1),
                                           text: "Các tỉnh ủy, thành ủy xây dựng kế hoạch thực hiện")]
        let file = "chuong-trinh.pdf"
        var programme = ExtractedFile(file: file)
        programme.documents = [record(DocumentID(party: "12", typeCode: "CTr", issuerCode: "TU"), "CTr", "Chương trình",
                                      date: SimpleDate(year: 2024, month: 1, day: 1), pages: 1...2, file: file)]
        programme.citations = [
            Citation(id: resolution, relation: .implements, modality: .enacted, documentIndex: 0, location: place(1, 5, file: file),
                     text: "thực hiện Nghị quyết số 45-NQ/TW"),
            Citation(id: DocumentID(party: "77", typeCode: "KH", issuerCode: "TU"), relation: .references, modality: .enacted, documentIndex: 0,
                     location: place(planPage, planLine, file: file), text: "Kế hoạch số 77-KH/TU"),
        ]
        return Fixtures.findings(GraphBuilder.build(CorpusExtraction(files: [ordering, programme])), .unmetObligation, all: true)
    }

    @Test("unmet-obligation's 'cited alongside' is the same line of the same page")
    func alongsideIsOnTheSamePage() throws {
        // Cited on the same line of the same page: named as the plan that may be the one.
        let sameLine = try #require(Self.obligation(planPage: 1, planLine: 5).first, "no unmet-obligation finding")
        #expect(sameLine.message.contains("77-KH/TU"), "\(sameLine.message)")
        // Line 5 of page 2 is another line: keyed by line number alone, it stood "alongside".
        let otherPage = try #require(Self.obligation(planPage: 2, planLine: 5).first, "no unmet-obligation finding")
        #expect(!otherPage.message.contains("77-KH/TU"), "\(otherPage.message)")
    }

    @Test("SourceLine orders by page before line, and tells pages apart")
    func sourceLineOrder() {
        #expect(Self.place(1, 30).sourceLine < Self.place(2, 3).sourceLine)
        #expect(Self.place(1, 5).sourceLine != Self.place(2, 5).sourceLine)
        #expect(DocGraph.SourceLocation(file: "a.txt", line: 7, column: 1).sourceLine.description == "a.txt:7")
        #expect(Self.place(2, 5).sourceLine.description == "so-theo-doi.pdf:2:5")
    }
}

/// The page in every output of a graph read from a real PDF fixture, and none added for text.
@Suite struct PageOutputTests {
    static let pdf = FormatFixtureTests.folder.appendingPathComponent("000_2d9491622f365655.pdf").path
    static let extraction = CorpusExtraction.read(paths: [pdf], sources: DocumentFormats.registry)

    @Test("every citation and document of a PDF has its page")
    func everyPlaceHasAPage() throws {
        let g = GraphBuilder.build(Self.extraction)
        try #require(g.edges.count > 50)
        #expect(g.edges.allSatisfy { $0.location.page != nil })
        #expect(g.nodes.compactMap(\.record).allSatisfy { $0.startPage != nil })
        #expect(Set(g.edges.compactMap(\.location.page)).count > 3, "citations spread over several pages")
    }

    @Test("GraphML, CSV and JSON exports carry `page` before `line`; a text corpus keeps its columns")
    func exportsCarryThePage() throws {
        let g = GraphBuilder.build(Self.extraction)
        let csv = GraphExport.csv(g)
        let nodeHeader = try #require(csv.nodes.split(separator: "\r\n").first)
        let edgeHeader = try #require(csv.edges.split(separator: "\r\n").first)
        #expect(nodeHeader.contains(",file,page,line,"), "\(nodeHeader)")
        #expect(edgeHeader.contains(",file,page,line,column,"), "\(edgeHeader)")
        // Every edge row has a page number in the page column.
        let columns = edgeHeader.split(separator: ",", omittingEmptySubsequences: false)
        let pageColumn = try #require(columns.firstIndex(of: "page"))
        for row in csv.edges.split(separator: "\r\n").dropFirst().prefix(40) where !row.contains("\"") {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(Int(cells[pageColumn]) != nil, "no page in \(row)")
        }
        let graphml = GraphExport.text(g, format: .graphml)
        #expect(graphml.contains("<key id=\"n_page\" for=\"node\" attr.name=\"page\" attr.type=\"int\"/>"))
        #expect(graphml.contains("<key id=\"e_page\" for=\"edge\" attr.name=\"page\" attr.type=\"int\"/>"))
        #expect(graphml.contains("<data key=\"e_page\">2</data>"))
        let json = try JSONSerialization.jsonObject(with: Data(GraphExport.json(g).utf8)) as? [String: Any]
        let links = try #require(json?["links"] as? [[String: Any]])
        #expect(links.allSatisfy { $0["page"] is Int })

        let text = GraphBuilder.build(Fixtures.sample)
        #expect(!text.hasPages)
        #expect(GraphExport.nodeAttributes(of: text).map(\.name) == GraphExport.nodeAttributes.map(\.name))
        #expect(GraphExport.edgeAttributes(of: text).map(\.name) == GraphExport.edgeAttributes.map(\.name))
    }

    @Test("DOT and SVG links open a PDF at its page (#page=N), a text file at its line (#L)")
    func diagramLinksOpenThePage() throws {
        let g = GraphBuilder.build(Self.extraction)
        let dot = DOTWriter.write(g, DiagramSpec(title: "pdf"), asOf: PageTests.asOf)
        #expect(dot.contains("000_2d9491622f365655.pdf#page=1\""), "no page link in the DOT")
        #expect(!dot.contains(".pdf#L"))
        // An arrow's tooltip names each citation's place with its page.
        #expect(dot.contains("000_2d9491622f365655.pdf:2:"))
        let text = DOTWriter.write(GraphBuilder.build(Fixtures.sample), DiagramSpec(title: "txt"), asOf: PageTests.asOf)
        #expect(text.contains(".txt#L1\""))
        #expect(!text.contains("#page="))
    }

    @Test("a baseline quotes a PDF's line from its page, not the PDF's bytes")
    func baselineReadsThePDFLine() throws {
        let input = try ReviewInput.read(corpus: [Self.pdf], drafts: [], sources: DocumentFormats.registry) { [] }
        let citations = Self.extraction.files.flatMap(\.citations).filter { $0.location.page ?? 0 > 1 }
        try #require(citations.count > 20)
        var missed: [String] = []
        for c in citations {
            // The number (`294-QĐ/TW` → `294`), or how a named document's name starts (`Điều lệ
            // Đảng`; a long name, `Chiến lược quốc gia về …`, runs on to the next line).
            let words = c.id.number.isEmpty ? (c.id.name ?? c.text).split(separator: " ").prefix(3).joined(separator: " ") : c.id.number
            let line = input.lineText(at: c.location)
            // A named document's kind is named with its capital (`kết luận của Bộ Chính trị …` is `Kết luận của …`).
            if line?.lowercased().contains(words.lowercased()) != true { missed.append("\(c.location) \(words): \(line ?? "no line")") }
        }
        // Read as raw bytes, a compressed PDF has no line holding a document number.
        #expect(missed.isEmpty, "lines that do not quote their citation:\n\(missed.joined(separator: "\n"))")
    }

    @Test("an empty folder's message lists every registered format")
    func emptyFolderNamesEveryFormat() throws {
        let empty = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: ReviewInputError.emptyFolder(empty.path, formats: ".txt, .md, .html, .docx or .pdf")) {
            _ = try ReviewInput.read(corpus: [empty.path], drafts: [], sources: DocumentFormats.registry) { [] }
        }
        let error = ReviewInputError.nothingReadable(["x"], formats: DocumentSources.plainText.extensionList)
        #expect(error.description.contains("with .txt, .md or .html documents"))
    }
}
