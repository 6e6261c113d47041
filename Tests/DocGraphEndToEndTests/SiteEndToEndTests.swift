import Foundation
import Testing

/// `docgraph site` as a user runs it: from the corpus, from an index, in English, and refusing
/// to replace a folder it did not write.
@Suite("site, end to end")
struct SiteEndToEndTests {
    /// Every file under `folder`, by its path from there.
    static func files(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let root = folder.standardizedFileURL.path + "/"
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out[url.standardizedFileURL.path.replacingOccurrences(of: root, with: "")] = try Data(contentsOf: url)
        }
        return out
    }

    @Test("site --index FILE writes the same files as site --corpus DIR, byte for byte")
    func fromIndex() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("docgraph.sqlite").path
        let fromCorpus = folder.appendingPathComponent("a"), fromIndex = folder.appendingPathComponent("b")
        let a = try CLI.run(["site", "--corpus", "Corpus", "--as-of", "2026-11-25", "-o", fromCorpus.path])
        #expect(a.status == 0, "\(a.err)")
        #expect(try CLI.run(["index", "--corpus", "Corpus", "--index", index]).status == 0)
        let b = try CLI.run(["site", "--index", index, "--as-of", "2026-11-25", "-o", fromIndex.path])
        #expect(b.status == 0, "\(b.err)")
        let left = try Self.files(fromCorpus), right = try Self.files(fromIndex)
        #expect(left.count > 90)
        #expect(left.keys.sorted() == right.keys.sorted())
        for (path, bytes) in left where right[path] != bytes {
            Issue.record("\(path) differs between --corpus and --index")
        }
        let missing = try CLI.run(["site", "--index", folder.appendingPathComponent("none.sqlite").path, "-o", folder.appendingPathComponent("c").path])
        #expect(missing.status == 2, "a missing index is a usage error: \(missing.err)")
    }

    @Test("site --lang en writes English pages; Vietnamese without it")
    func english() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = folder.appendingPathComponent("en")
        let run = try CLI.run(["site", "--corpus", "Corpus", "--as-of", "2026-11-25", "--no-diagrams", "--lang", "en", "-o", en.path])
        #expect(run.status == 0, "\(run.err)")
        let index = try String(contentsOf: en.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.hasPrefix("<!DOCTYPE html><html lang=\"en\">"))
        #expect(index.contains("<h1>Documents</h1>"))
        let page = try String(contentsOf: en.appendingPathComponent("d/253-qd-tw-xiii.html"), encoding: .utf8)
        #expect(page.contains("<td>amends</td><td>planned"), "relation and modality from the catalogue, in English")
        #expect(!page.contains("sửa đổi, bổ sung"))
        let findings = try String(contentsOf: en.appendingPathComponent("findings.html"), encoding: .utf8)
        #expect(findings.contains("<h2 class=\"severity-warning\">Warnings"))
    }

    @Test("site refuses to replace a folder it did not write, and says what to do")
    func foreignFolder() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = try CLI.run(["site", "--corpus", "Corpus", "--no-diagrams", "-o", folder.path, "--lang", "en"])
        #expect(run.status != 0)
        #expect(run.err.contains("choose a new or empty folder"), "\(run.err)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path), "the folder is left as it was")
    }
}
