import Foundation
import Testing
@testable import DocGraph
@testable import DocGraphSite

/// A PDF's lines count on each page: the site tells which document of a PDF holds a place by
/// page and line, and names a document's span with its pages.
@Suite struct SitePagedSourceTests {
    @Test("a finding on page 2, line 35 of a PDF is in the document on page 2, not the one whose lines 1–40 are on page 1")
    func documentByPage() throws {
        let file = "so-theo-doi.pdf"
        var first = DocumentRecord(id: DocumentID(party: "1", typeCode: "KH", issuerCode: "TU"), typeCode: "KH", typeWord: "Kế hoạch",
                                   date: SimpleDate(year: 2024, month: 1, day: 2), file: file, startLine: 1, endLine: 40)
        first.startPage = 1
        first.endPage = 1
        var second = DocumentRecord(id: DocumentID(party: "2", typeCode: "KH", issuerCode: "TU"), typeCode: "KH", typeWord: "Kế hoạch",
                                    date: SimpleDate(year: 2024, month: 2, day: 3), file: file, startLine: 1, endLine: 30)
        second.startPage = 2
        second.endPage = 2
        var extracted = ExtractedFile(file: file)
        extracted.documents = [first, second]
        let graph = GraphBuilder.build(CorpusExtraction(files: [extracted]))
        let content = SiteContent(graph, SiteOptions(asOf: SiteFixtures.asOf))
        let onPage2 = try #require(content.document(at: SourceLocation(file: file, page: 2, line: 35, column: 1)))
        #expect(graph.nodes[Int(onPage2)].id?.description == "2-KH/TU")
        let onPage1 = try #require(content.document(at: SourceLocation(file: file, page: 1, line: 35, column: 1)))
        #expect(graph.nodes[Int(onPage1)].id?.description == "1-KH/TU")
        let page = DocumentPage.html(content, onPage2, status: graph.status(of: onPage2, asOf: SiteFixtures.asOf), diagram: nil)
        #expect(page.contains("so-theo-doi.pdf:2:1–2:30"), "the span names its pages")
    }
}
