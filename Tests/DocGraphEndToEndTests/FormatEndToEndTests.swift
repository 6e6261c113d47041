import Foundation
import Testing

/// The built `docgraph` on a folder mixing .txt, .docx, .pdf, a .doc and a scan: every command
/// reads the formats it can, says what it cannot, and places PDF evidence by page.
@Suite("formats end to end", .serialized)
struct FormatEndToEndTests {
    static func run(_ arguments: [String]) throws -> CLI.Run { try CLI.run(arguments) }

    /// 000 as PDF, 001 as Word, 002–004 as text, an old .doc and a scan.
    static func mixedFolder() throws -> URL {
        let dir = try Fixtures.temporaryFolder()
        let fm = FileManager.default
        let formats = Fixtures.packageRoot.appendingPathComponent("Tests/DocGraphTests/Formats")
        try fm.copyItem(at: formats.appendingPathComponent("000_2d9491622f365655.pdf"), to: dir.appendingPathComponent("000.pdf"))
        try fm.copyItem(at: formats.appendingPathComponent("001_9516fea5641a2c07.docx"), to: dir.appendingPathComponent("001.docx"))
        for name in ["002_f51bd1bc98d5fad9.txt", "003_020771d595664dd9.txt", "004_31b05915bd2b756c.txt"] {
            try fm.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Corpus/\(name)"), to: dir.appendingPathComponent(name))
        }
        try fm.copyItem(at: formats.appendingPathComponent("bad-scanned.pdf"), to: dir.appendingPathComponent("scan.pdf"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: dir.appendingPathComponent("old.doc"))
        return dir
    }

    @Test("extract, docs, tasks and the graph commands read a mixed folder")
    func mixedFolder() throws {
        let dir = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }

        let extract = try Self.run(["extract", dir.path, "--format", "json"])
        #expect(extract.status == 0)
        #expect(extract.out.contains("/000.pdf\""), "citations from the PDF")
        #expect(extract.out.contains("/001.docx\""), "citations from the Word file")
        #expect(extract.out.contains("/004_31b05915bd2b756c.txt\""))
        #expect(extract.out.contains("\"page\" : 5"), "PDF citations carry their page")
        #expect(extract.err.contains("old.doc:1:1: error: Word 97–2003 (.doc) files are not read; skipped — convert it first: libreoffice --headless --convert-to docx"))
        #expect(extract.err.contains("scan.pdf:1:1: error: scanned, no text: OCR it first"))

        let docs = try Self.run(["docs", dir.path])
        #expect(docs.status == 0)
        #expect(docs.out.contains("000.pdf:1:"), "a PDF document's lines are PAGE:LINE")
        #expect(docs.out.contains("58-KL/TW"), "the Word document's identity")

        let tasks = try Self.run(["tasks", dir.path])
        #expect(tasks.status == 0)
        #expect(tasks.out.contains("000.pdf:5:"), "task rows of the PDF's table, by page")

        let revisions = try Self.run(["revisions", "253-QD/TW", "--corpus", dir.path, "--as-of", "2026-11-25", "--lang", "en"])
        #expect(revisions.status == 0)
        #expect(revisions.out.contains("planned"))
        #expect(revisions.out.contains("000.pdf:5:"), "evidence in the PDF, as file.pdf:PAGE:LINE:COLUMN")

        let sarif = try Self.run(["check", "--corpus", dir.path, "--as-of", "2026-11-25", "--format", "sarif", "--fail-on", "never"])
        #expect(sarif.status == 0)
        #expect(sarif.out.contains("\"page\" : "), "SARIF regions in a PDF carry the page")
    }
}
