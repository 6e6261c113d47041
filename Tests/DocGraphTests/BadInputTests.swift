import DocGraph
import Foundation
import Testing

@Suite("Bad input")
struct BadInputTests {
    @Test("invalid UTF-8 is reported with its line and the rest is read")
    func invalidUTF8() throws {
        var bytes = Array("Dòng một.\nDòng hai \u{1}".utf8).dropLast().map { $0 }
        bytes += [0xC3, 0x28] + Array(" hỏng.\nThực hiện Nghị quyết số 28-NQ/TW.\n".utf8)
        let f = DocumentExtractor.extract(bytes: bytes, file: "bad.txt")
        let d = try #require(f.diagnostics.first { $0.severity == .warning })
        #expect(d.location.line == 2)
        #expect(d.message.contains("invalid UTF-8"))
        #expect(f.citations.map(\.id.description) == ["28-NQ/TW"])
        #expect(f.citations.first?.location.line == 3)
    }

    @Test("a binary file is skipped with a clear message")
    func binary() throws {
        let f = DocumentExtractor.extract(bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10], file: "archive.txt")
        #expect(!f.wasRead)
        let d = try #require(f.diagnostics.first)
        #expect(d.severity == .error)
        #expect(d.message.contains("binary file"))
        #expect(d.description.hasPrefix("archive.txt:1:1: error:"))
    }

    @Test("an empty file is reported and does not crash")
    func empty() {
        let f = DocumentExtractor.extract(bytes: [], file: "empty.txt")
        #expect(!f.wasRead)
        #expect(f.diagnostics.first?.message.contains("empty") == true)
    }

    @Test("UTF-16 with a BOM is decoded")
    func utf16() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Căn cứ Nghị quyết số 28-NQ/TW.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let f = DocumentExtractor.extract(bytes: bytes, file: "utf16.txt")
        #expect(f.citations.map(\.id.description) == ["28-NQ/TW"])
        #expect(f.citations.first?.relation == .basedOn)
    }

    @Test("a short UTF-8 file with a few invalid bytes is damaged UTF-8, not a legacy encoding")
    func damagedShortUTF8() throws {
        let bytes = Array("Thực hiện Nghị quyết số 28-NQ/TW ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" ngày 17/11/2022.\n".utf8)
        let f = DocumentExtractor.extract(bytes: bytes, file: "short.txt")
        #expect(f.wasRead)
        let d = try #require(f.diagnostics.first { $0.severity == .warning })
        #expect(d.message.contains("FF FE C3"))
        #expect(d.location.line == 1)
        #expect(f.citations.map(\.id.description) == ["28-NQ/TW"])
    }

    @Test("a legacy 8-bit Vietnamese file is refused with the encoding named")
    func legacy() throws {
        // "Nghị quyết" in Windows-1258: tones as combining bytes after the vowel.
        let line: [UInt8] = [0x4E, 0x67, 0x68, 0x69, 0xF2, 0x20, 0x71, 0x75, 0x79, 0xEA, 0xEC, 0x74, 0x0A]
        let f = DocumentExtractor.extract(bytes: Array(repeating: line, count: 40).flatMap { $0 }, file: "old.txt")
        #expect(!f.wasRead)
        #expect(f.diagnostics.first?.message.contains("legacy Vietnamese") == true)
    }

    @Test("one unreadable file does not stop the others; a folder without documents says so")
    func mixedFolder() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("a.txt"))
        try Data("Thực hiện Kết luận số 58-KL/TW.".utf8).write(to: dir.appendingPathComponent("b.txt"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("c.pdf"))
        let corpus = CorpusExtraction.read(paths: [dir.path])
        #expect(corpus.files.count == 2)
        #expect(corpus.readAnything)
        #expect(corpus.citations.map(\.id.description) == ["58-KL/TW"])
        #expect(corpus.diagnostics.contains { $0.location.file.hasSuffix("c.pdf") && $0.message.contains("skipped") })
        #expect(corpus.diagnostics.contains { $0.location.file.hasSuffix("a.txt") && $0.severity == .error })

        let emptyDir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: emptyDir) }
        let nothing = CorpusExtraction.read(paths: [emptyDir.path])
        #expect(!nothing.readAnything)
        #expect(CorpusExtraction.read(paths: [emptyDir.path + "/missing"]).walkDiagnostics.first?.message.contains("no such file") == true)
    }
}
