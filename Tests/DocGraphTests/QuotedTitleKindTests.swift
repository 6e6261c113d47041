import Testing
@testable import DocGraph

/// A quoted title after the kind of thing it names (`hội thi «…»`, `cuộc thi`, `dự án`) names that thing: a document inside
/// the quote is only named. An emulation movement's (`phong trào thi đua “Thực hiện Nghị quyết số …”`) carries it out: the
/// evaluation set's 270 says so (doubtful), against red team 22's r4.
@Suite("Quoted titles of contests and projects")
struct QuotedTitleKindTests {
    private func relation(_ text: String) throws -> Relation {
        try #require(DocumentExtractor.extract(text: text + "\n", file: "a.txt").citations.first { $0.id.description == "22/2020/QĐ-UBND" }).relation
    }

    @Test("the quote names the contest or project", arguments: [
        "Tổ chức hội thi «Tìm hiểu Quyết định số 22/2020/QĐ-UBND của UBND tỉnh Thái Bình».",
        "Triển khai dự án “Số hóa Quyết định số 22/2020/QĐ-UBND của UBND tỉnh Thái Bình”.",
    ])
    func named(text: String) throws {
        #expect(try relation(text) == .references)
    }

    @Test("without a kind before the quote, or in an emulation movement's name, the verb governs")
    func governed() throws {
        #expect(try relation("Doanh nghiệp thực hiện tốt Quyết định số 22/2020/QĐ-UBND của UBND tỉnh Thái Bình.") == .implements)
        #expect(try relation("Phát động Phong trào thi đua “Thực hiện Quyết định số 22/2020/QĐ-UBND của UBND tỉnh Thái Bình” năm 2024.") == .implements)
    }
}
