import DocGraph
import DocGraphFormats
import Foundation
import Testing
import ZIPFoundation

/// Word and PDF input: what is read from them, and what the user gets for a file that cannot be.
@Suite struct FormatRobustnessTests {
    static let sources = DocumentFormats.registry
    static let folder = FormatFixtureTests.folder

    /// A `.docx` holding `parts` (path → XML), built in memory.
    static func docx(_ parts: [String: String]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    static func paragraph(_ text: String, numID: Int? = nil, level: Int = 0) -> String {
        let numbering = numID.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(numbering)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        var props = span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : ""
        if let merge { props += merge == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>" }
        return "<w:tc><w:tcPr>\(props)</w:tcPr>\(text.split(separator: "|").map { paragraph(String($0)) }.joined())</w:tc>"
    }

    @Test("docx: numbering, tables with merged cells, footnotes and a tab become the text dialect")
    func wordDocument() throws {
        let body = [
            Self.paragraph("Số 12-KH/TU<w:tab/>Hà Nội, ngày 05 tháng 3 năm 2024".replacingOccurrences(of: "<w:tab/>", with: "</w:t></w:r><w:r><w:tab/><w:t>")),
            Self.paragraph("KẾ HOẠCH"),
            Self.paragraph("Mục đích", numID: 1),
            Self.paragraph("Yêu cầu", numID: 1),
            Self.paragraph("cụ thể", numID: 1, level: 1),
            "<w:tbl><w:tr>" + Self.cell("TT") + Self.cell("Nhiệm vụ") + Self.cell("Đơn vị chủ trì") + Self.cell("Thời gian thực hiện") + "</w:tr>",
            "<w:tr>" + Self.cell("1.") + Self.cell("Sửa đổi, bổ sung Quy định số 253-QĐ/TW, ngày 24/01/2025 của Ban Bí thư|đoạn hai") + Self.cell("Vụ Tổ chức", merge: "restart") + Self.cell("Tháng 4/2026") + "</w:tr>",
            "<w:tr>" + Self.cell("2.") + Self.cell("Tổng kết Nghị quyết số 28-NQ/TW") + Self.cell("", merge: "continue") + Self.cell("Năm 2027") + "</w:tr>",
            "<w:tr>" + Self.cell("3.") + Self.cell("Một ô gộp hai cột", span: 2) + Self.cell("Quý III/2026") + "</w:tr></w:tbl>",
            "<w:p><w:r><w:t>Căn cứ Điều lệ Đảng.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
            "<w:p><w:r><w:delText>Nghị quyết số 99-NQ/TW đã xoá</w:delText></w:r></w:p>",
        ].joined()
        let numbering = """
            <w:numbering \(Self.w)><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>
            """
        let footnotes = """
            <w:footnotes \(Self.w)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:id="1">\(Self.paragraph("Theo Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương."))</w:footnote></w:footnotes>
            """
        let bytes = try Self.docx([
            "word/document.xml": "<w:document \(Self.w)><w:body>\(body)</w:body></w:document>",
            "word/numbering.xml": numbering,
            "word/footnotes.xml": footnotes,
        ])
        let text = try WordSource().text(of: bytes, file: "plan.docx")
        let lines = String(decoding: text.utf8, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Số 12-KH/TU\tHà Nội, ngày 05 tháng 3 năm 2024")
        #expect(lines[2...4] == ["1. Mục đích", "2. Yêu cầu", "a) cụ thể"])
        #expect(lines[5] == "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian thực hiện")
        #expect(lines[6] == "1.\t<p>Sửa đổi, bổ sung Quy định số 253-QĐ/TW, ngày 24/01/2025 của Ban Bí thư</p> <p>đoạn hai</p>\tVụ Tổ chức\tTháng 4/2026")
        // A short vertically merged cell (the lead unit) is repeated in the rows it spans.
        #expect(lines[7] == "2.\tTổng kết Nghị quyết số 28-NQ/TW\tVụ Tổ chức\tNăm 2027")
        #expect(lines[8] == "3.\tMột ô gộp hai cột\t\tQuý III/2026")
        #expect(!lines.contains { $0.contains("99-NQ/TW") }, "deleted text (tracked changes) is not read")
        #expect(lines.last { !$0.isEmpty } == "Theo Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương.")

        let extracted = DocumentExtractor.extract(bytes: bytes, file: "plan.docx", source: WordSource())
        let planned = extracted.citations.first { $0.id.description == "253-QĐ/TW" }
        #expect(planned?.modality == .planned && planned?.relation == .amends)
        #expect(planned?.location.description == "plan.docx:7:24", "the row's paragraph number is the line")
        #expect(extracted.citations.contains { $0.id.description == "21-KL/TW" }, "a citation in a footnote is found")
        #expect(extracted.tasks.count == 3)
    }

    @Test("docx: a paragraph indented by a tab after a task table is no row of it (red-team round 5, repro 07)")
    func indentAfterTable() throws {
        let tab = "</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">"
        let body = [
            Self.paragraph("KẾ HOẠCH"),
            "<w:tbl><w:tr>" + Self.cell("TT") + Self.cell("Nội dung") + Self.cell("Đơn vị chủ trì") + Self.cell("Thời gian") + "</w:tr>",
            "<w:tr>" + Self.cell("1") + Self.cell("Phát triển 50 ha chè hữu cơ") + Self.cell("UBND xã") + Self.cell("Giai đoạn 2025 - 2030") + "</w:tr></w:tbl>",
            Self.paragraph(tab + "1. Giao Ban Tuyên giáo Đảng ủy chủ trì xây dựng Hướng dẫn tuyên truyền Nghị quyết số 12-NQ/HU, hoàn thành trước ngày 30/4/2024."),
            Self.paragraph("Số 12-KH/ĐU" + tab + "Yên Ninh, ngày 05 tháng 3 năm 2024"),
        ].joined()
        let bytes = try Self.docx(["word/document.xml": "<w:document \(Self.w)><w:body>\(body)</w:body></w:document>"])
        let lines = String(decoding: try WordSource().text(of: bytes, file: "kh.docx").utf8, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.contains(" 1. Giao Ban Tuyên giáo Đảng ủy chủ trì xây dựng Hướng dẫn tuyên truyền Nghị quyết số 12-NQ/HU, hoàn thành trước ngày 30/4/2024."))
        #expect(lines.contains("Số 12-KH/ĐU\tYên Ninh, ngày 05 tháng 3 năm 2024"), "a tab between words is still a column")
        let extracted = DocumentExtractor.extract(bytes: bytes, file: "kh.docx", source: WordSource())
        let guidance = try #require(extracted.citations.first { $0.id.description == "12-NQ/HU" })
        #expect(guidance.deadline?.date?.description == "2024-04-30")
        #expect(guidance.leadUnit == "Ban Tuyên giáo Đảng ủy")
    }

    @Test(".doc, a damaged .docx, malformed XML and a zip bomb give messages; the other files are read")
    func wordFailures() throws {
        let doc = DocumentExtractor.extract(bytes: [0xD0, 0xCF, 0x11, 0xE0], file: "old.doc", source: LegacyWordSource())
        #expect(!doc.wasRead)
        #expect(doc.diagnostics.first?.message.contains("libreoffice --headless --convert-to docx old.doc") == true)

        let notZip = DocumentExtractor.extract(bytes: Array("not a zip".utf8), file: "x.docx", source: WordSource())
        #expect(notZip.diagnostics.first?.description == "x.docx:1:1: error: the file is damaged (not a zip archive, so not a .docx); skipped — open it in its program and save it again, or get another copy")

        let noBody = DocumentExtractor.extract(bytes: try Self.docx(["readme.txt": "hello"]), file: "y.docx", source: WordSource())
        #expect(noBody.diagnostics.first?.message.contains("no word/document.xml") == true)

        let broken = DocumentExtractor.extract(bytes: try Self.docx(["word/document.xml": "<w:document \(Self.w)><w:body><w:p>"]), file: "z.docx", source: WordSource())
        #expect(!broken.wasRead)
        #expect(broken.diagnostics.first?.message.contains("not well-formed") == true)

        // 100 MB of zeros deflate to about 100 KB; unpacking stops at the 64 MB limit, whatever
        // the archive's directory says.
        let archive = try Archive(data: Data(), accessMode: .create)
        let size = 100 << 20
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate, bufferSize: 1 << 20) { _, n in
            Data(count: n)
        }
        let bomb = Array(archive.data ?? Data())
        #expect(bomb.count < 1 << 20)
        let result = DocumentExtractor.extract(bytes: bomb, file: "bomb.docx", source: WordSource())
        #expect(!result.wasRead)
        #expect(result.diagnostics.first?.message.contains("unpacks to more than 64 MB (a zip bomb?)") == true)
    }

    @Test("pdf: a scan, an encrypted, a truncated and a recursive file give messages, never a crash")
    func pdfFailures() throws {
        func read(_ name: String) -> ExtractedFile {
            DocumentExtractor.extract(path: Self.folder.appendingPathComponent(name).path, sources: Self.sources)
        }
        let scan = read("bad-scanned.pdf")
        #expect(!scan.wasRead)
        #expect(scan.diagnostics.first?.message.hasPrefix("scanned, no text: OCR it first") == true)
        #expect(scan.diagnostics.first?.message.contains("ocrmypdf -l vie") == true)

        let encrypted = read("bad-encrypted.pdf")
        #expect(!encrypted.wasRead)
        #expect(encrypted.diagnostics.first?.message.contains("encrypted") == true)

        // The recursive file: a Pages tree whose kids include itself, a stream whose length is
        // itself, an outline item that is its own next, and arrays nested 100,000 deep.
        let recursive = read("bad-recursive.pdf")
        #expect(!recursive.diagnostics.isEmpty)
        #expect(recursive.citations.isEmpty)

        let whole = try Data(contentsOf: Self.folder.appendingPathComponent("002_f51bd1bc98d5fad9.pdf"))
        let truncated = DocumentExtractor.extract(bytes: Array(whole.prefix(whole.count / 3)), file: "cut.pdf", source: PDFSource())
        #expect(!truncated.diagnostics.isEmpty, "a truncated PDF is reported")

        let notPDF = DocumentExtractor.extract(bytes: Array("hello".utf8), file: "n.pdf", source: PDFSource())
        #expect(notPDF.diagnostics.first?.message.contains("not a PDF") == true)
    }

    @Test("pdf: positions are file.pdf:PAGE:LINE:COLUMN, in text, JSON and SARIF")
    func pdfPositions() throws {
        let path = Self.folder.appendingPathComponent("000_2d9491622f365655.pdf").path
        let file = DocumentExtractor.extract(path: path, sources: Self.sources)
        let first = try #require(file.citations.first)
        #expect(first.location.page == 1)
        #expect(first.location.description.hasPrefix(path + ":1:"))
        #expect(file.citations.contains { ($0.location.page ?? 0) > 3 }, "citations on later pages know their page")
        #expect(file.documents.first?.startPage == 1)
        let json = ExtractionJSON.citations([first])
        #expect(json.contains("\"page\" : 1"))
        let finding = Finding(.dangling, "m", at: first.location, severity: .note)
        let sarif = SARIF.log([finding], toolVersion: "t", root: "/")
        #expect(sarif.contains("\"page\" : 1"))
        // Text files are unchanged: no page anywhere.
        #expect(!ExtractionJSON.citations(Fixtures.sample.citations.prefix(3).map { $0 }).contains("\"page\""))
    }
}

/// Seeded random damage to a real `.docx` and `.pdf` (bytes flipped, cut, repeated): each file is
/// either read or refused with a message, and nothing crashes or hangs.
@Suite struct FormatMutationTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func mutate(_ bytes: [UInt8], _ g: inout Generator) -> [UInt8] {
        var b = bytes
        switch Int.random(in: 0..<3, using: &g) {
        case 0:
            for _ in 0..<Int.random(in: 1...16, using: &g) { b[Int.random(in: 0..<b.count, using: &g)] = UInt8.random(in: 0...255, using: &g) }
        case 1:
            b.removeLast(Int.random(in: 1..<b.count, using: &g))
        default:
            let start = Int.random(in: 0..<b.count, using: &g)
            let piece = b[start..<min(b.count, start + Int.random(in: 1...4096, using: &g))]
            b.insert(contentsOf: piece, at: Int.random(in: 0..<b.count, using: &g))
        }
        return b
    }

    @Test(arguments: ["docx", "pdf"])
    func damagedCopies(format: String) throws {
        let original = Array(try Data(contentsOf: FormatFixtureTests.folder.appendingPathComponent("002_f51bd1bc98d5fad9.\(format)")))
        let source = try #require(DocumentFormats.registry.source(forExtension: format))
        var g = Generator(state: format == "pdf" ? 16 : 2026)
        var refused = 0
        let count = ProcessInfo.processInfo.environment["DOCGRAPH_LARGE_TESTS"] == "1" ? 2_000 : 60
        for i in 0..<count {
            let file = DocumentExtractor.extract(bytes: Self.mutate(original, &g), file: "m\(i).\(format)", source: source)
            if !file.wasRead {
                refused += 1
                #expect(file.diagnostics.first?.severity == .error, "a refused file says why")
            }
        }
        // Cut or flipped bytes in a zip or a PDF are often caught: some copies must be refused.
        #expect(refused > 0)
    }
}

/// A format defined outside `DocGraph` plugs in through the registry.
@Suite struct DocumentSourceRegistryTests {
    /// Reads `.upper` files: the text upper-cased, each line on "page" 7.
    struct ShoutingSource: DocumentSource {
        var fileExtensions: [String] { ["upper"] }
        func text(of bytes: [UInt8], file: String) throws(DocumentSourceError) -> SourceText {
            let text = String(decoding: bytes, as: UTF8.self).uppercased()
            var builder = SourceTextBuilder()
            for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                builder.paragraph(String(line), at: LineOrigin(page: 7, line: k + 1))
            }
            return builder.build()
        }
    }

    @Test("a registry with an outside format reads its files, names it in notes, and keeps its positions")
    func outsideFormat() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Số 9-KH/TU\n\nKế hoạch\n\nThực hiện Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương\n"
            .write(to: dir.appendingPathComponent("plan.upper"), atomically: true, encoding: .utf8)
        try "x".write(to: dir.appendingPathComponent("notes.rtf"), atomically: true, encoding: .utf8)
        let plain = CorpusExtraction.read(paths: [dir.path], sources: .plainText)
        #expect(plain.files.isEmpty)
        #expect(plain.walkDiagnostics.contains { $0.message == "not a .txt, .md or .html file; skipped" })

        let sources = DocumentSources.plainText.adding(ShoutingSource())
        #expect(sources.extensionList == ".txt, .md, .html or .upper")
        let corpus = CorpusExtraction.read(paths: [dir.path], sources: sources)
        let citation = try #require(corpus.citations.first { $0.id.description == "28-NQ/TW" })
        #expect(citation.relation == .implements)
        #expect(citation.location.page == 7 && citation.location.line == 5)
        #expect(corpus.walkDiagnostics.contains { $0.message == "not a .txt, .md, .html or .upper file; skipped" })
    }
}
