import Testing
@testable import DocGraph

/// A line that opens this text's own clause ends the description of the document cited before it
/// (red team, round 17): the enacting formula under the last basis (`…của Ban Thường vụ Tỉnh ủy,` /
/// `Ban Thường vụ Tỉnh ủy quy định sửa đổi …`), and a preamble's `- Căn cứ` right under a title that
/// names a document (a Word or web page keeps no blank line between).
@Suite("The enacting formula and the preamble open the text's own clause")
struct EnactingFormulaTests {
    private static let header = "TỈNH ỦY QUẢNG NINH\n*\nSố 21-QĐ/TU\nQuảng Ninh, ngày 08 tháng 6 năm 2022\n\nQUY ĐỊNH\n"

    private func citations(_ body: String) -> [Citation] {
        Fixtures.extract(Self.header + body).citations.filter { !$0.isSelfReference }
    }

    @Test("the enacting formula after the last basis", arguments: [
        "- Căn cứ Kế hoạch số 12-KH/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy,\nBan Thường vụ Tỉnh ủy quy định sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU, ngày 12/3/2019 như sau:\n",
        "- Căn cứ Kế hoạch số 12-KH/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy quy định sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU, ngày 12/3/2019 như sau:\n",
        "- Căn cứ Kế hoạch số 12-KH/TU, ngày 20/5/2021 của Bộ Chính trị, Ban Bí thư,\nBộ Chính trị quy định sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU, ngày 12/3/2019 như sau:\n",
    ])
    func enactingFormula(_ body: String) throws {
        let amended = try #require(citations(body).first { $0.id.description == "08-QĐ/TU" })
        #expect(!amended.isNested)
        #expect(amended.relation == .amends)
        #expect(amended.citingDocument?.description == "21-QĐ/TU")
    }

    @Test("a description still runs on where no clause of the text opens")
    func descriptionRunsOn() throws {
        let body = "- Căn cứ Quy định số 12-QĐ/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy sửa đổi, bổ sung Quy định số 08-QĐ/TU, ngày 12/3/2019;\n"
        let amended = try #require(citations(body).first { $0.id.description == "08-QĐ/TU" })
        #expect(amended.isNested)
        #expect(amended.citingDocument?.description == "12-QĐ/TU")
    }

    @Test("a preamble's line under a title that names a document", arguments: ["- Căn cứ", "Căn cứ", "+ Căn cứ", "- Trên cơ sở"])
    func preambleUnderTitle(_ opener: String) throws {
        let body = "sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU, ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu\n\(opener) Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh;\n"
        let basis = try #require(citations(body).first { $0.id.description == "05-NQ/TU" })
        #expect(!basis.isNested)
        #expect(basis.relation == .basedOn)
    }
}
