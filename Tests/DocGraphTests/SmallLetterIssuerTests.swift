import Testing
@testable import DocGraph

/// A citation's issuer typed in small letters (`… của ubnd tỉnh`, `… của ban chấp hành đảng bộ tỉnh`; red team,
/// round 17, x04): a known body's name, with the tier after a name that has none, is the issuer; other small
/// words after `của` are prose.
@Suite("Issuers in small letters")
struct SmallLetterIssuerTests {
    @Test("a known body is the issuer", arguments: [
        ("Căn cứ quyết định số 15/2019/qđ-ubnd ngày 20/5/2019 của ubnd tỉnh ban hành quy định", "UBND tỉnh"),
        ("Căn cứ kế hoạch số 18/kh-ubnd ngày 20/01/2026 của ủy ban nhân dân huyện;", "Ủy ban nhân dân huyện"),
        ("Thực hiện nghị quyết số 05-nq/tu ngày 30/12/2025 của ban chấp hành đảng bộ tỉnh;", "Ban Chấp hành Đảng bộ tỉnh"),
        ("Thực hiện nghị quyết số 05-nq/tu ngày 30/12/2025 của ban chấp hành  đảng bộ\nhuyện về", "Ban Chấp hành Đảng bộ huyện"),
        ("Căn cứ nghị quyết số 12/2021/nq-hđnd ngày 8/7/2021 của hđnd tỉnh;", "HĐND tỉnh"),
        ("Thực hiện chỉ thị số 05-ct/tu ngày 2/3/2021 của ban thường vụ tỉnh ủy;", "Ban Thường vụ Tỉnh ủy"),
        ("Thực hiện kế hoạch số 12-kh/tu ngày 2/3/2021 của tỉnh ủy,", "Tỉnh ủy"),
        ("Căn cứ quyết định số 40/2025/qđ-ubnd của UBND tỉnh;", "UBND tỉnh"),
    ])
    func known(_ line: String, _ issuer: String) throws {
        let citation = try #require(Fixtures.extract(line + "\n").citations.first)
        #expect(citation.issuer == issuer)
    }

    @Test("other small words after của are no issuer", arguments: [
        "Thực hiện kế hoạch số 18/kh-ubnd ngày 20/01/2026 của tỉnh về phát triển",
        "Thực hiện kế hoạch số 18/kh-ubnd ngày 20/01/2026 của các sở, ngành",
        "Thực hiện kế hoạch số 18/kh-ubnd ngày 20/01/2026 của ban chỉ đạo tỉnh",
        "Thực hiện kế hoạch số 18/kh-ubnd ngày 20/01/2026 của ubndx tỉnh",
    ])
    func prose(_ line: String) throws {
        let citation = try #require(Fixtures.extract(line + "\n").citations.first)
        #expect(citation.issuer == nil)
    }

    @Test("a ward's text citing the province's plan in small letters rests on the province's plan")
    func wardCitesProvince() {
        let plan = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NINH
            Số: 18/KH-UBND

            Quảng Ninh, ngày 20 tháng 01 năm 2026

            KẾ HOẠCH
            Phục hồi môi trường bãi thải mỏ

            Nội dung.
            """
        let ward = """
            ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            PHƯỜNG CẨM PHẢ                           Độc lập - Tự do - Hạnh phúc
            Số: 45/qđ-ubnd                      Cẩm Phả, ngày 02 tháng 3 năm 2026

            QUYẾT ĐỊNH
            Về việc kiện toàn Tổ công tác

            Căn cứ kế hoạch số 18/kh-ubnd ngày 20/01/2026 của ubnd tỉnh thực hiện nghị quyết của tỉnh;
            """
        let g = Fixtures.graph([("kh18.txt", plan), ("qd45.txt", ward)])
        #expect(Fixtures.findings(g, .dangling, all: true).isEmpty)
        #expect(g.edges.count == 1)
    }
}
