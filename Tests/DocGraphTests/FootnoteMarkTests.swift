import Testing
@testable import DocGraph

/// A Markdown export glues its footnote marks to the word before them (`… của Chính phủ[^1];`): the mark is no part of
/// the issuer's name (red team, round 16, repro r4: `Chính phủ[^1]` and `Chính phủ` made a metadata-conflict).
@Suite("Footnote marks on issuers")
struct FootnoteMarkTests {
    @Test("the mark is dropped", arguments: [
        "Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ[^1];",
        "Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ[^fn2];",
        "Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ[3];",
        "Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ²;",
    ])
    func dropped(text: String) throws {
        let c = try #require(DocumentExtractor.extract(text: text, file: "a.md").citations(of: "88/2024/NĐ-CP").first)
        #expect(c.issuer == "Chính phủ", "\(text)")
    }

    @Test("brackets that are words stay")
    func words() {
        #expect(CitationScanner.withoutFootnoteMark("Ủy ban nhân dân tỉnh [Quảng Nam]") == "Ủy ban nhân dân tỉnh [Quảng Nam]")
        #expect(CitationScanner.withoutFootnoteMark("Chính phủ") == "Chính phủ")
    }
}
