import Testing
@testable import DocGraph

/// A portal page served minified, all on one line (red team, round 16, r6): its blocks end lines,
/// as the same page laid out one block a line reads; positions stay the file's.
@Suite("A minified web page reads as its blocks")
struct MinifiedWebPageTests {
    private static let header = #"<div class="hdr">ĐẢNG BỘ TỈNH NGHỆ AN<br>TỈNH ỦY<br>*<br>Số 01-NQ/TU</div><div class="hdr2">ĐẢNG CỘNG SẢN VIỆT NAM<br><i>Nghệ An, ngày 28 tháng 11 năm 2025</i></div>"#
    private static let body = "<h2>NGHỊ QUYẾT</h2><h3>về xây dựng nông thôn mới giai đoạn 2026 - 2030</h3><p>Căn cứ Nghị quyết số 01-NQ/TU ngày 25/11/2020 của Ban Chấp hành Đảng bộ tỉnh khóa XIX, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết như sau:</p><p>II. TỔ CHỨC THỰC HIỆN</p><p>1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.</p><p><b>T/M TỈNH ỦY<br>BÍ THƯ</b></p>"

    private static func page(_ banner: String = "") -> String {
        #"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nghị quyết 01-NQ/TU</title></head><body>"# + banner + header + body + "</body></html>"
    }

    @Test("identity, title and obligations of a page on one line", arguments: ["", #"<div class="banner">BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN</div>"#, "<div>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN</div>"])
    func onOneLine(_ banner: String) throws {
        let file = DocumentExtractor.extract(text: Self.page(banner), file: "01-nq.html")
        let document = try #require(file.documents.first)
        #expect(document.id?.description == "01-NQ/TU")
        #expect(document.issuer == "Tỉnh ủy Nghệ An")
        #expect(document.title == "Nghị quyết về xây dựng nông thôn mới giai đoạn 2026 - 2030")
        #expect(file.obligations.count == 1)
        // Its own number is a self-reference; the 2020 resolution is cited where the file has it.
        let cited = try #require(file.citations.first { $0.id.description == "01-NQ/TU" && !$0.isSelfReference })
        #expect(file.citations.filter { $0.id.description == "01-NQ/TU" && !$0.isSelfReference }.count == 1)
        let line = Self.page(banner)
        let offset = try #require(line.range(of: "Nghị quyết số 01-NQ/TU ngày 25/11/2020"))
        #expect(cited.location.line == 1)
        #expect(cited.location.column == line.distance(from: line.startIndex, to: offset.lowerBound) + 1)
    }

    @Test("the same page laid out a block a line reads the same")
    func laidOut() throws {
        let laidOut = Self.page().replacingOccurrences(of: "</div>", with: "</div>\n").replacingOccurrences(of: "</p>", with: "</p>\n")
            .replacingOccurrences(of: "</h2>", with: "</h2>\n").replacingOccurrences(of: "</h3>", with: "</h3>\n")
        let one = DocumentExtractor.extract(text: Self.page(), file: "a.html")
        let many = DocumentExtractor.extract(text: laidOut, file: "a.html")
        #expect(one.documents.map(\.id) == many.documents.map(\.id))
        #expect(one.documents.map(\.title) == many.documents.map(\.title))
        #expect(one.citations.map(\.id) == many.citations.map(\.id))
        #expect(one.citations.map(\.relation) == many.citations.map(\.relation))
        #expect(one.obligations.count == many.obligations.count)
    }

    @Test("a page already a block a line is left as it is")
    func notSplitWhenLaidOut() {
        let text = "<p>Căn cứ Nghị quyết số 01-NQ/TU;</p>\n<ul>\n<li>một</li>\n</ul>\n"
        #expect(HTMLBlockLines.split(Array(text.utf8)) == nil)
    }

    @Test("closing tags in a row end one line; no line holds markup alone")
    func closingRun() throws {
        let text = "<ul><li>một</li><li>hai</li></ul><p>ba</p>"
        let split = try #require(HTMLBlockLines.split(Array(text.utf8)))
        #expect(String(decoding: split.utf8, as: UTF8.self) == "<ul><li>một</li>\n<li>hai</li></ul>\n<p>ba</p>")
        #expect(split.origins.map(\.line) == [1, 1, 1])
        #expect(split.origins.map(\.column) == [0, 16, 33])
    }

    @Test("a table cell's paragraphs and a script stay on their line")
    func cellsAndScripts() throws {
        let text = #"<table><tr><td><p>TỈNH ỦY</p><p>Số 5-KH/TU</p></td><td>x</td></tr><tr><td>y</td></tr></table><script>var s = "</div><p>";</script><p>z</p>"#
        let split = try #require(HTMLBlockLines.split(Array(text.utf8)))
        #expect(String(decoding: split.utf8, as: UTF8.self).split(separator: "\n").map(String.init) == [
            "<table><tr><td><p>TỈNH ỦY</p><p>Số 5-KH/TU</p></td><td>x</td></tr>",
            #"<tr><td>y</td></tr></table>"#,
            #"<script>var s = "</div><p>";</script><p>z</p>"#,
        ])
    }

    @Test("a .txt or .md keeps its lines: the dialect marks a cell's paragraphs with <p>", arguments: ["a.txt", "a.md"])
    func textKeepsLines(_ name: String) throws {
        let text = "<p>Căn cứ Nghị quyết số 01-NQ/TU;</p><p>Căn cứ Kết luận số 02-KL/TU.</p>"
        let source = try PlainTextSource().text(of: Array(text.utf8), file: name)
        #expect(source.lineOrigins == nil)
        #expect(source.utf8 == Array(text.utf8))
    }

    @Test("upper case is judged without the tags' letters", arguments: ["<h2>NGHỊ QUYẾT</h2>", "<p><b>KẾ HOẠCH</b></p>", "NGHỊ QUYẾT"])
    func upperCaseLine(_ line: String) {
        #expect(DocumentSplitter.isUpperCaseLine(FoldedText(line), 0))
    }

    @Test("lower case stays lower case with tags", arguments: ["<h3>về xây dựng</h3>", "<p>Kế hoạch</p>"])
    func lowerCaseLine(_ line: String) {
        #expect(!DocumentSplitter.isUpperCaseLine(FoldedText(line), 0))
    }
}
