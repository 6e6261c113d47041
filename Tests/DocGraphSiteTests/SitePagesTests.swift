import Foundation
import Plot
import Testing
@testable import DocGraph
@testable import DocGraphSite

/// The pages of the sample corpus's site, read as HTML text: what each page says, that the same
/// corpus gives the same bytes, and that corpus text never becomes markup.
@Suite("site pages")
struct SitePagesTests {
    @Test("every document has a page, beside the index, findings, obligations, assets and search index")
    func everyPage() throws {
        let site = SiteFixtures.sampleSite
        let g = SiteFixtures.sample
        let paths = PagePaths(g)
        for n in g.nodes.indices {
            #expect(site.byPath[paths.fromRoot(NodeIndex(n))] != nil, "no page for \(g.nodes[n].name)")
        }
        #expect(Set(paths.slugs).count == g.nodes.count, "two documents share a page")
        for f in ["index.html", "findings.html", "obligations.html", "assets/site.css", "assets/site.js", "search-index.json", "search-index.js", ".docgraph-site"] {
            #expect(site.byPath[f] != nil, "missing \(f)")
        }
        #expect(site.byPath.count == g.nodes.count + 8)
    }

    @Test("pages are Vietnamese, UTF-8, with a font stack that has the diacritics, and load nothing from outside")
    func vietnameseAndSelfContained() throws {
        let site = SiteFixtures.sampleSite
        for (path, bytes) in site.byPath where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"vi\">"), "\(path)")
            #expect(html.contains("<meta charset=\"UTF-8\"/>"), "\(path)")
            #expect(!html.contains("http://") && !html.contains("https://") || path.hasPrefix("d/"), "\(path) names an external address")
            #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), "\(path) loads from outside")
        }
        let css = try #require(site.text("assets/site.css"))
        #expect(css.contains("\"Noto Sans\", \"DejaVu Sans\""))
        #expect(css.contains("@media print"))
        #expect(css.contains("@media (max-width: 40rem)"))
        let index = try #require(site.text("index.html"))
        #expect(index.contains("Danh mục văn bản"))
        #expect(index.contains("<script src=\"assets/site.js\"></script>") && !index.contains("<script src=\"search-index.js\">"),
                "site.js loads the search index when it is first needed")
    }

    @Test("a document page: metadata, status as of the date, citations with relation, modality, quote and file:line, diagram, impact")
    func documentPage() throws {
        let nq = try SiteFixtures.page("28-NQ/TW")
        #expect(nq.contains("<h1>28-NQ/TW</h1>"))
        #expect(nq.contains("Ban Chấp hành Trung ương"))
        #expect(nq.contains("17/11/2022"))
        #expect(nq.contains("Còn hiệu lực"))
        #expect(nq.contains("Corpus/004_31b05915bd2b756c.txt:500–677"), "where its own text is")
        // 256-KH/TU implements it, at line 11 of the same file.
        #expect(nq.contains("<td>thực hiện</td><td>đã ban hành</td><td><a href=\"256-kh-tu-vung-tau.html\""), "relation and modality in the catalogue's words")
        #expect(nq.contains("Corpus/004_31b05915bd2b756c.txt:11:13"))
        #expect(nq.contains("<figure class=\"diagram\"><svg role=\"group\" aria-label=\"Sơ đồ quan hệ gần: 28-NQ/TW\""))
        #expect(nq.contains("xlink:href=\"256-kh-tu-vung-tau.html\""), "diagram nodes link to their pages")
        #expect(nq.contains("<details class=\"impact\"><summary>4 văn bản dựa trên văn bản này, trực tiếp hoặc gián tiếp</summary>"))
        #expect(nq.contains("28-NQ/TW ← thực hiện — 256-KH/TU"), "the chain of an impact")
    }

    @Test("a planned amendment shows on the amended document with its deadline, lead unit and state")
    func revisions() throws {
        let qd = try SiteFixtures.page("253-QĐ/TW")
        #expect(qd.contains("<td>sửa đổi, bổ sung</td>"))
        #expect(qd.contains("<td>dự kiến</td><td>30/04/2026 (Tháng 4/2026)</td><td>Vụ Tổ chức - Điều lệ</td><td class=\"state-overdue\">quá hạn</td>"))
        #expect(qd.contains("Corpus/000_2d9491622f365655.txt:128:208"))
    }

    @Test("the obligations page counts exactly the overdue plans that check reports, by lead unit and by deadline")
    func obligations() throws {
        let content = SiteContent(SiteFixtures.sample, SiteOptions(asOf: SiteFixtures.asOf))
        let warnings = Checker.run(SiteFixtures.sample, CheckOptions(asOf: SiteFixtures.asOf, rules: [.overduePlan])).filter { $0.severity == .warning }
        #expect(!warnings.isEmpty)
        #expect(content.agenda.filter(\.overdue).count == warnings.count)
        let page = try #require(SiteFixtures.sampleSite.text("obligations.html"))
        #expect(page.contains("<h2>Theo đơn vị chủ trì</h2>"))
        #expect(page.contains("<h2>Theo thời hạn</h2>"))
        #expect(page.contains("<a href=\"#unit-1\">Vụ Tổ chức - Điều lệ</a>"), "the unit with most overdue tasks comes first")
        #expect(page.contains("<a href=\"d/253-qd-tw-xiii.html\""))
    }

    @Test("the findings page groups by severity and rule, and links each finding to its documents")
    func findings() throws {
        let page = try #require(SiteFixtures.sampleSite.text("findings.html"))
        #expect(page.contains("<h2 class=\"severity-warning\">Cảnh báo"))
        #expect(page.contains("<h3 id=\"warning-metadata-conflict\"><code>metadata-conflict</code> (1)</h3>"))
        #expect(page.contains("21-TB/VPTW được dẫn chiếu với 2 ngày khác nhau"), "findings in the reader's language")
        let count = SiteContent(SiteFixtures.sample, SiteOptions(asOf: SiteFixtures.asOf)).findings.count
        #expect(page.components(separatedBy: "<div class=\"finding ").count - 1 == count)
        #expect(page.contains("Văn bản liên quan: <a href=\"d/"))
    }

    @Test("the index page holds the first rows of the table in their first order, and loads the search index only when asked; every document once in it, with its columns")
    func indexTable() throws {
        let index = try #require(SiteFixtures.sampleSite.text("index.html"))
        #expect(index.contains("<table id=\"documents\" data-rows=\"200\" data-index=\"search-index.js\"><thead><tr><th scope=\"col\"><button type=\"button\" title=\"Sắp xếp theo Văn bản\">Văn bản</button></th>"))
        #expect(!index.contains("<script src=\"search-index.js\">"), "the 4.6 MB index of 10,000 documents is not parsed on every load")
        #expect(index.contains("<noscript>"))
        let entries = try JSONDecoder().decode([SearchEntry].self, from: Data(try #require(SiteFixtures.sampleSite.byPath["search-index.json"])))
        // The rows in the page are the first ones site.js would draw, with the same cells.
        let body = try #require(index.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>").first)
        let shown = body.components(separatedBy: "<tr>").dropFirst()
        #expect(shown.count == min(entries.count, IndexPage.rowsPerPage))
        let firstRow = try #require(entries.min { $0.r < $1.r })
        #expect(shown.first?.hasPrefix("<td><a href=\"\(firstRow.u)\"") == true)
        #expect(index.contains(SiteWords.vietnamese.fill(SiteWords.vietnamese.rowsShown, "1", String(shown.count), String(entries.count))))
        let long = String(repeating: "Nghị quyết về tăng cường ", count: 5)
        #expect(IndexPage.clippedName(long).utf16.count == 90 && IndexPage.clippedName(long).hasSuffix("…"))
        #expect(IndexPage.clippedName("28-NQ/TW") == "28-NQ/TW")
        #expect(entries.map(\.r).sorted() == Array(0..<entries.count), "each row has one place")
        let ordered = entries.sorted { $0.r < $1.r }
        let firstCited = try #require(ordered.firstIndex { $0.c == SiteWords.vietnamese.citedOnly })
        #expect(ordered[..<firstCited].allSatisfy { $0.c == SiteWords.vietnamese.inCorpus }, "corpus documents first")
        #expect(ordered[firstCited...].allSatisfy { $0.c == SiteWords.vietnamese.citedOnly })
        let nq = try #require(entries.first { $0.n == "28-NQ/TW" })
        #expect(nq.ty == "Nghị quyết" && nq.y == 2022 && nq.d == "2022-11-17" && nq.l == "Trung ương" && nq.s == "Còn hiệu lực")
    }

    @Test("every site word is in both languages with the same placeholders; shared words are the catalogue's")
    func wordsInBothLanguages() {
        let vi = Mirror(reflecting: SiteWords.of(.vi)).children.compactMap { c in (c.value as? String).map { (c.label ?? "", $0) } }
        let en = Mirror(reflecting: SiteWords.of(.en)).children.compactMap { c in (c.value as? String).map { (c.label ?? "", $0) } }
        #expect(vi.count > 80 && vi.map(\.0) == en.map(\.0))
        func placeholders(_ s: String) -> [String] { (0..<5).map { "{\($0)}" }.filter { s.contains($0) } }
        for ((key, a), (_, b)) in zip(vi, en) {
            #expect(!a.isEmpty && !b.isEmpty, "\(key) is empty in a language")
            #expect(placeholders(a) == placeholders(b), "\(key): \(a) / \(b)")
        }
        #expect(Set(vi.map(\.1)).count > vi.count - 8, "Vietnamese entries are not copies of one another")
        let w = SiteWords.of(.vi)
        #expect(w.relation(.reviews) == Relation.reviews.label(.vi))
        #expect(w.modality(.planned) == Modality.planned.label(.vi))
        #expect(w.planState(.overdue) == Revision.State.overdue.label(.vi))
        #expect(w.status(.inForce) == "Còn hiệu lực")
        #expect(SiteWords.of(.en).severity(.warning) == "Warnings")
        #expect(w.languageCode == "vi" && SiteWords.of(.en).languageCode == "en")
    }

    @Test("an English site: lang=\"en\", English words, the same pages")
    func englishSite() throws {
        var options = SiteOptions(asOf: SiteFixtures.asOf, language: .en)
        options.diagrams = false
        let files = SiteFixtures.Files()
        _ = try StaticSite.render(SiteFixtures.sample, options: options) { path, bytes in files.put(path, bytes) }
        #expect(files.byPath.keys.sorted() == SiteFixtures.sampleSite.byPath.keys.sorted())
        let index = try #require(files.text("index.html"))
        #expect(index.hasPrefix("<!DOCTYPE html><html lang=\"en\">"))
        #expect(index.contains("<h1>Documents</h1>") && !index.contains("Danh mục"))
        let page = try #require(files.text(PagePaths(SiteFixtures.sample).fromRoot(try SiteFixtures.sample.lookup("28-NQ/TW"))))
        #expect(page.contains("<td>implements</td><td>enacted</td>"))
        let findings = try #require(files.text("findings.html"))
        #expect(findings.contains("21-TB/VPTW is cited with 2 different dates"), "findings in English with --lang en")
    }

    @Test("the search index finds ids with and without diacritics and title words")
    func searchIndex() throws {
        #expect(SearchFolding.fold("253-QĐ/TW") == "253-qd/tw")
        #expect(SearchFolding.fold("Quy định về Đảng ủy") == "quy dinh ve dang uy")
        #expect(SearchFolding.fold("khoá") == SearchFolding.fold("khóa"), "old and new tone placement fold alike")
        let json = try #require(SiteFixtures.sampleSite.byPath["search-index.json"])
        let entries = try JSONDecoder().decode([SearchEntry].self, from: Data(json))
        #expect(entries.count == SiteFixtures.sample.nodes.count)
        let nq = try #require(entries.first { $0.n == "28-NQ/TW" })
        #expect(nq.k.hasPrefix("28-nq/tw"))
        #expect(nq.u == "d/28-nq-tw-xiii.html")
        #expect(entries.contains { $0.n == "253-QĐ/TW" && $0.k.contains("253-qd/tw") })
        let script = try #require(SiteFixtures.sampleSite.text("search-index.js"))
        #expect(script == "window.docgraphSearch = " + String(decoding: json.dropLast(), as: UTF8.self) + ";\n")
    }

    @Test("the same corpus gives byte-identical files, whatever the thread count")
    func deterministic() throws {
        let again = try SiteFixtures.render(SiteFixtures.sample, threads: 1)
        let first = SiteFixtures.sampleSite
        #expect(again.byPath.keys.sorted() == first.byPath.keys.sorted())
        for (path, bytes) in first.byPath {
            #expect(again.byPath[path] == bytes, "\(path) differs between runs")
        }
    }

    @Test("MarkupWriter writes the bytes Plot writes for the same elements, hostile text and values escaped")
    func writerMatchesPlot() {
        let text = "<script>alert('x')</script> & \"quotes\" &amp; ]]> <!-- Nghị quyết"
        var w = MarkupWriter()
        w.element(.tr) { tr in
            tr.element(.td) { $0.text(text) }
            tr.element(.td, [(.class, "quote")]) { td in
                td.element(.a, [(.href, "d/28-nq-tw.html"), (.title, text), (.class, nil)]) { $0.text("28-NQ/TW") }
            }
            tr.element(.td) { td in td.element(.code, [(.class, "loc")]) { $0.text("Corpus/a&b.txt:3:1") } }
        }
        let plot = Node<HTML.TableContext>.tr(
            .td(SiteMarkup.words(text)),
            .td(.class("quote"), .a(.href("d/28-nq-tw.html"), SiteMarkup.attribute("title", text), SiteMarkup.words("28-NQ/TW"))),
            .td(.code(.class("loc"), SiteMarkup.words("Corpus/a&b.txt:3:1")))
        ).render()
        #expect(String(decoding: w.bytes, as: UTF8.self) == plot)
        #expect(!plot.contains("<script>") && plot.contains("&lt;script&gt;") && plot.contains("&amp;amp;"))
        #expect(plot.contains("title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        // Placeholders are filled once: a value that holds one stays as written.
        #expect(SiteWords.vietnamese.fill("{0} và {1}", "{1}", "b") == "{1} và b")
    }
}
