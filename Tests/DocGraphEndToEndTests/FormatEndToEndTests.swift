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
        // Vietnamese by default (issue #14); the English is FormatRobustnessTests' and `--lang en`'s.
        #expect(extract.err.contains("old.doc:1:1: error: docgraph không đọc tệp Word 97–2003 (.doc); bỏ qua — hãy chuyển đổi trước: libreoffice --headless --convert-to docx"))
        #expect(extract.err.contains("scan.pdf:1:1: error: bản scan, không có chữ"))

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

    @Test("export and render carry the page: CSV and GraphML `page` columns, DOT links to #page=N")
    func exportAndRenderCarryThePage() throws {
        let dir = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("out/graph.csv")
        try FileManager.default.createDirectory(at: csv.deletingLastPathComponent(), withIntermediateDirectories: true)
        let export = try Self.run(["export", "--corpus", dir.path, "-o", csv.path])
        #expect(export.status == 0, "\(export.err)")
        let edges = try String(contentsOf: dir.appendingPathComponent("out/graph.edges.csv"), encoding: .utf8)
        #expect(edges.contains("source,target,relation,modality,deadline,deadlineText,recurring,leadUnit,file,page,line,column,"))
        #expect(edges.contains("/000.pdf,5,"), "a citation of the PDF with its page")
        let graphml = try Self.run(["export", "--corpus", dir.path, "-o", "-", "--format", "graphml"])
        #expect(graphml.out.contains("<key id=\"e_page\" for=\"edge\" attr.name=\"page\" attr.type=\"int\"/>"))
        let dot = try Self.run(["render", "--corpus", dir.path, "-o", "-", "--focus", "253-QD/TW", "--depth", "1"])
        #expect(dot.status == 0, "\(dot.err)")
        #expect(dot.out.contains("000.pdf#page=1\""), "a PDF's box opens its first page")
        #expect(dot.out.contains("002_f51bd1bc98d5fad9.txt#L") || !dot.out.contains(".txt"), "a text file's box still opens its line")
    }

    /// Peak resident memory (MB) of `docgraph ARGUMENTS`, measured by Python's `resource` (the
    /// test machine has python3: setup.sh installs it for the site's browser tests).
    static func peakMegabytes(_ arguments: [String]) throws -> (megabytes: Int, status: Int32) {
        let script = """
            import resource, subprocess, sys
            p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, p.returncode)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, try CLI.binary().path] + arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let parts = text.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        return (Int(parts.first ?? "") ?? -1, Int32(parts.last ?? "") ?? -1)
    }

    @Test("a zip bomb, one whose directory lies about its size, and recursive PDFs stay under 300 MB of memory")
    func hostileFilesKeepMemoryBounded() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 256 MB of zeros in a .docx (about 250 KB), and a copy whose headers claim 1,000 bytes.
        let make = """
            import sys, zipfile
            out = sys.argv[1]
            with zipfile.ZipFile(out + "/bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
                with z.open("word/document.xml", "w") as f:
                    chunk = bytes(1 << 20)
                    for _ in range(256): f.write(chunk)
            data = bytearray(open(out + "/bomb.docx", "rb").read())
            for sig, at in ((b"PK\\x03\\x04", 22), (b"PK\\x01\\x02", 24)):
                i = data.find(sig)
                data[i + at:i + at + 4] = (1000).to_bytes(4, "little")
            open(out + "/lying.docx", "wb").write(data)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", make, dir.path]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let formats = Fixtures.packageRoot.appendingPathComponent("Tests/DocGraphTests/Formats")
        let baseline = try Self.peakMegabytes(["extract", formats.appendingPathComponent("002_f51bd1bc98d5fad9.pdf").path])
        #expect(baseline.status == 0)
        for file in [dir.appendingPathComponent("bomb.docx").path, dir.appendingPathComponent("lying.docx").path,
                     formats.appendingPathComponent("bad-recursive.pdf").path, formats.appendingPathComponent("bad-recursive-form.pdf").path] {
            let (megabytes, status) = try Self.peakMegabytes(["extract", file])
            // Refused with a message (exit 1 or 2), not killed, and memory stays bounded.
            #expect(status == 1 || status == 2 || status == 0, "\(file): exit \(status)")
            #expect(megabytes > 0 && megabytes < 300, "\(file): \(megabytes) MB at peak (a normal PDF: \(baseline.megabytes) MB)")
            print("\((file as NSString).lastPathComponent): \(megabytes) MB at peak, exit \(status); a normal PDF \(baseline.megabytes) MB")
        }
    }

    @Test("--ocr, anywhere on the line, reads a scanned PDF with Tesseract's Vietnamese data; without it the scan is refused")
    func ocrFlag() throws {
        let scan = Fixtures.packageRoot.appendingPathComponent("Tests/DocGraphTests/Formats/scanned-107-page1.pdf").path
        let refused = try Self.run(["extract", scan, "--lang", "en"])
        #expect(refused.status == 2, "nothing readable")
        #expect(refused.err.contains("scanned, no text: OCR it first") && refused.err.contains("ocrmypdf -l vie"))
        let read = try Self.run(["--ocr", "extract", scan, "--format", "json"])
        #expect(read.status == 0, "\(read.err)")
        #expect(read.out.contains("\"id\" : \"14/2017/NĐ-CP\""), "a citation read from the scan")
        #expect(read.out.contains("\"page\" : 1"))
    }
}
