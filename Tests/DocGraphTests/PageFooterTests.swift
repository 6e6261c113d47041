import Testing
@testable import DocGraph

/// `pdftotext -layout` writes a page's footer as a blank line, the page's number and a form feed: the blank line is the
/// gap above the footer, not a paragraph's end, and a clause broken by the page goes on (red team, round 22,
/// `repro/r1-layout-footer-splits-clause`: `2. Quyết định số 15/2019/QĐ-UBND … Quy định quản lý cụm` / ⏎ / `1` / `\f` /
/// `công nghiệp … hết hiệu lực kể từ ngày …` lost its verb, and a planted superseded citation was missed).
@Suite("Page footers inside a clause")
struct PageFooterTests {
    private let head = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 25/2025/QĐ-UBND\nHưng Yên, ngày 15 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\nVề quản lý\n\nQUYẾT ĐỊNH:\n"

    private func relation(_ body: String) throws -> Relation {
        let cited = DocumentExtractor.extract(text: head + body, file: "a.txt").citations
        return try #require(cited.first { $0.id.description == "15/2019/QĐ-UBND" }).relation
    }

    @Test("a footer with its blank lines, page number and form feed, with or without a line after the feed", arguments: [
        "Điều 2. Quyết định số 15/2019/QĐ-UBND ngày 05/4/2019 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý cụm\n\n                1\n\u{0C}\n    công nghiệp hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n",
        "Điều 2. Quyết định số 15/2019/QĐ-UBND ngày 05/4/2019 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý cụm\n\n\n              - 2 -\n\u{0C}    công nghiệp hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n",
        "Điều 2. Quyết định số 15/2019/QĐ-UBND ngày 05/4/2019 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý cụm\n\n\u{0C}công nghiệp hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n",
    ])
    func footer(body: String) throws {
        #expect(try relation(body) == .repeals)
    }

    @Test("a blank line with no form feed after it still ends the paragraph")
    func blankLineWithoutPage() throws {
        #expect(try relation("Điều 2. Quyết định số 15/2019/QĐ-UBND ngày 05/4/2019 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý cụm\n\n                1\n\n    công nghiệp hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n") != .repeals)
    }

    @Test("lines keep their numbers: the folded text has the same lines as the original")
    func linesKept() {
        let text = FoldedText(utf8: Array("một\n\n   1\n\u{0C}\nhai\n".utf8))
        #expect(text.lineStarts.count == text.foldedLineStarts.count)
        #expect(text.foldedLine(4) == "hai")
        #expect(!text.bytes.starts(with: Array("mot\n\n".utf8)))
    }
}
