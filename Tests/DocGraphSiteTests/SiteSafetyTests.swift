import Foundation
import Testing
@testable import DocGraph
@testable import DocGraphSite

/// A hostile title never becomes markup, and the site's folder is written whole or not at all.
@Suite("site safety")
struct SiteSafetyTests {
    static let hostile = #"<script>alert("t")</script>"'><img src=x onerror=alert(1)> & &amp; ]]> <!-- "#

    /// Two documents whose every text field is hostile, one citing the other with a hostile quote.
    static func hostileGraph() -> DocumentGraph {
        var g = DocumentGraph()
        let a = DocumentID(party: "12", typeCode: "KH", issuerCode: "TU")
        let b = DocumentID(party: "28", typeCode: "NQ", issuerCode: "TW")
        let record = DocumentRecord(id: a, typeCode: "KH", typeWord: "Kế hoạch", issuer: hostile, date: SimpleDate(year: 2024, month: 3, day: 5),
                                    place: nil, title: hostile, term: nil, locality: hostile, file: "x\"<b>.txt", startLine: 1, endLine: 9)
        g.nodes.append(DocumentNode(id: a, key: a.key, name: "12-KH/TU", typeCode: "KH", typeWord: hostile, issuer: hostile,
                                    date: record.date, term: nil, locality: hostile, title: hostile, inCorpus: true, record: record, observations: []))
        g.nodes.append(DocumentNode(id: nil, key: "named:" + hostile, name: hostile, typeCode: nil, typeWord: nil, issuer: hostile,
                                    date: nil, term: nil, locality: nil, title: hostile, inCorpus: false, record: nil, observations: []))
        g.nodes.append(DocumentNode(id: b, key: b.key, name: "28-NQ/TW", inCorpus: false, observations: []))
        let at = SourceLocation(file: "x\"<b>.txt", line: 3, column: 1)
        g.edges.append(DocumentEdge(from: 0, to: 1, relation: .amends, modality: .planned,
                                    deadline: Deadline(date: SimpleDate(year: 2025, month: 1, day: 31), recurring: false, text: hostile),
                                    leadUnit: hostile, location: at, text: hostile, isNested: false))
        g.edges.append(DocumentEdge(from: 0, to: 2, relation: .implements, modality: .enacted, location: at, text: hostile, isNested: false))
        g.index()
        return g
    }

    @Test("a hostile title, issuer, quote, lead unit and file name are shown as text on every page, never as markup")
    func hostileTitle() throws {
        let site = try SiteFixtures.render(Self.hostileGraph())
        var pagesWithText = 0
        for (path, bytes) in site.byPath where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path): a title became a script")
            #expect(!html.contains("<img"), "\(path): a title became an element")
            #expect(!html.contains("onerror=alert(1)>"), "\(path): a title left its attribute")
            #expect(!html.contains("'><"), "\(path): a quote ended an attribute")
            #expect(!html.contains("<!-- "), "\(path): a title opened a comment")
            #expect(!html.contains("<b>"), "\(path): a file name became markup")
            if html.contains("&lt;script&gt;alert(") { pagesWithText += 1 }
            // Scripts on the page are only the site's own, by src.
            #expect(html.components(separatedBy: "<script").count - 1 == html.components(separatedBy: "<script src=\"").count - 1, "\(path)")
        }
        #expect(pagesWithText >= 4, "the hostile text is shown, escaped, on the index, obligations and document pages")
        let page = try #require(site.text("d/12-kh-tu.html"))
        // Shown exactly as written, `&amp;` included, in text and in a tooltip.
        #expect(page.contains("&lt;script&gt;alert(\"t\")&lt;/script&gt;\"'&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &amp;amp; ]]&gt; &lt;!-- "))
        #expect(page.contains("title=\"&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &amp;amp; ]]&gt; &lt;!-- "))
        // The diagram was drawn, and Graphviz escaped the same text inside it.
        #expect(page.contains("<svg role=\"group\""))
        let svg = try #require(page.range(of: "<svg").flatMap { start in page.range(of: "</svg>").map { String(page[start.lowerBound..<$0.upperBound]) } })
        #expect(!svg.contains("<script"))
        // The search index keeps the text as data, inside JSON strings.
        let entries = try JSONDecoder().decode([SearchEntry].self, from: Data(try #require(site.byPath["search-index.json"])))
        #expect(entries.contains { $0.n == Self.hostile })
    }

    @Test("attribute escaping covers the five characters that can end or open markup")
    func attributeEscaping() {
        #expect(SiteMarkup.escapeAttribute(#"a"b'c<d>e&f"#) == "a&quot;b&#39;c&lt;d&gt;e&amp;f")
    }

    @Test("writing: a new folder, then the same folder replaced whole; a folder docgraph did not write is refused and left alone")
    func folders() throws {
        let root = try SiteFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site")
        var options = SiteOptions(asOf: SiteFixtures.asOf)
        options.diagrams = false
        let first = try StaticSite.write(SiteFixtures.sample, options: options, to: out.path)
        #expect(first.pages == SiteFixtures.sample.nodes.count + 3)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        // A stale file from an earlier run is gone after the next: the folder is replaced whole.
        try Data("old".utf8).write(to: out.appendingPathComponent("d/stale.html"))
        _ = try StaticSite.write(SiteFixtures.sample, options: options, to: out.path)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("d/stale.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(leftovers == ["site"], "no staging or old folder is left beside the site")

        let foreign = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("Số 1-KH/TU".utf8).write(to: foreign.appendingPathComponent("doc.txt"))
        #expect(throws: SiteError.foreignFolder(foreign.path)) {
            try StaticSite.write(SiteFixtures.sample, options: options, to: foreign.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["doc.txt"])
    }

    @Test("docgraph site end to end: exit 0 and a site; exit 2 with a message for a folder it did not write")
    func endToEnd() throws {
        let candidates = ["debug", "release"].map { SiteFixtures.packageRoot.appendingPathComponent(".build/\($0)/docgraph") }
        let binary = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "build docgraph with `swift build` first")
        let root = try SiteFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        func run(_ args: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = binary
            p.arguments = args
            p.currentDirectoryURL = SiteFixtures.packageRoot
            let err = Pipe()
            p.standardError = err
            p.standardOutput = Pipe()
            try p.run()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: e, as: UTF8.self))
        }
        let out = root.appendingPathComponent("site").path
        let ok = try run(["site", "--corpus", "Corpus", "--as-of", "25/11/2026", "--no-diagrams", "-o", out])
        #expect(ok.0 == 0, "\(ok.1)")
        #expect(FileManager.default.fileExists(atPath: out + "/d/28-nq-tw-xiii.html"))
        let refused = try run(["site", "--corpus", "Corpus", "-o", SiteFixtures.packageRoot.appendingPathComponent("Corpus").path, "--lang", "en"])
        #expect(refused.0 == 2)
        #expect(refused.1.contains("not written by docgraph site; choose a new or empty folder"))
        let badDate = try run(["site", "--corpus", "Corpus", "--as-of", "31/02/2026", "-o", out])
        #expect(badDate.0 == 2)
    }
}
