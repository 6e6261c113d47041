import DocGraph
import Testing

/// Forms the fourteenth batch of real texts taught (evaluation set 214–224), each with its relatives.
@Suite("Forms of batch 14")
struct BatchFourteenFormTests {
    @Test("a letter's word broken at a line's end still numbers a letter by its office alone", arguments: [
        // Real: Quảng Ngãi 45/2023/QĐ-UBND, `… và Công` / `văn số 2792/SVHTTDL ngày 01/12/2023`.
        "Theo đề nghị tại Tờ trình số 10/TTr-SVHTTDL ngày 01/11/2023 và Công\nvăn số 2792/SVHTTDL ngày 05/11/2023.",
        "Theo đề nghị tại Công văn\nsố 2792/SVHTTDL ngày 05/11/2023.",
        "Theo đề nghị tại Công  văn số 2792/SVHTTDL ngày 05/11/2023.",
        "Theo đề nghị tại Công\r\nvăn số 2792/SVHTTDL ngày 05/11/2023.",
        "Theo đề nghị tại Văn\nbản số 2792/SVHTTDL ngày 05/11/2023.",
    ])
    func brokenLetterWord(text: String) {
        let ids = Fixtures.extract(text).citations.map(\.id.description)
        #expect(ids.contains("2792/SVHTTDL"))
    }

    @Test("no letter word, no office-only number", arguments: [
        "Theo đề nghị tại số 2792/SVHTTDL ngày 05/11/2023.",
        "Theo đề nghị của công\nvăn phòng 2792/SVHTTDL.",
    ])
    func noLetterWord(text: String) {
        #expect(!Fixtures.extract(text).citations.map(\.id.description).contains("2792/SVHTTDL"))
    }

    @Test("a congress's resolution abbreviated or in lower case, with its number, is that congress's", arguments: [
        // Real: Lục Nam's Huyện ủy, 2015.
        ("Tuyên truyền NQ đại hội Đảng bộ huyện lần thứ XXI.", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI"),
        ("Tuyên truyền nghị quyết đại hội Đảng bộ tỉnh lần thứ XVIII.", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"),
        ("Tuyên truyền NQ Đại hội XIII của Đảng.", "Nghị quyết Đại hội XIII"),
        ("Quán triệt nghị quyết đại hội đại biểu toàn quốc lần thứ XIII của Đảng.", "Nghị quyết Đại hội XIII"),
        // A province's congress by its number first (real: a ward of Tây Ninh), not the Party's.
        ("Thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh, nhiệm kỳ 2020 - 2025.", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI"),
        ("Thực hiện NQ Đại hội XX Đảng bộ huyện.", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX"),
    ])
    func congressResolution(text: String, name: String) {
        #expect(Fixtures.extract(text).citations.map(\.id.description) == [name])
    }

    @Test("without the congress's number, lower case names no document", arguments: [
        "Tuyên truyền các nghị quyết đại hội đảng bộ các cấp.",
        "Tuyên truyền nghị quyết đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025.",
        "Theo NQ của đại hội.",
    ])
    func genericCongressResolution(text: String) {
        #expect(Fixtures.extract(text).citations.isEmpty)
    }

    @Test("a congress's resolution with `đại biểu` or without is one document")
    func delegatesSaidOrNot() {
        let f = Fixtures.extract("""
        Tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2015 - 2020.
        Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII.
        """)
        #expect(Set(f.citations.map(\.id)).count == 1)
        #expect(f.citations.first?.id.description == "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII")
    }

    @Test("a slash where the hyphen between type and issuer belongs", arguments: [
        // Real: Đắk Lắk's joint rules `Số: 01/QCPH/UBND-UBMTTQ` (evaluation set 207); commune and older papers.
        ("Căn cứ Quy chế phối hợp số 01/QCPH/UBND-UBMTTQ ngày 27/10/2017.", "01/QCPH-UBND-UBMTTQ"),
        ("Căn cứ Quyết định số 45/QĐ/UBND ngày 10/3/2019 của UBND xã.", "45/QĐ-UBND"),
        ("Căn cứ Thông báo số 12/TB/VP ngày 10/3/2019.", "12/TB-VP"),
        ("Căn cứ Nghị quyết số 12/NQ/TU ngày 10/3/2019 của Tỉnh ủy.", "12-NQ/TU"),
        ("Căn cứ Chương trình phối hợp số 05/CTPH/UBND-MTTQ ngày 10/3/2020.", "05/CTPH-UBND-MTTQ"),
        // A mass organisation numbers as the Party does (the reviewer's real Tây Ninh branch plan, session 10).
        ("Căn cứ Kế hoạch số 18/KH/TĐTN-CTĐTTN ngày 10/3/2020.", "18-KH/TĐTN-CTĐTTN"),
        ("Căn cứ Hướng dẫn số 05/HD/TWĐTN-BTC ngày 10/3/2020.", "05-HD/TWĐTN-BTC"),
        ("Căn cứ Kế hoạch số 12/KH/HNDT ngày 10/3/2020.", "12-KH/HNDT"),
    ])
    func slashBeforeIssuer(text: String, id: String) throws {
        let c = try #require(Fixtures.extract(text).citations.first)
        #expect(c.id.description == id)
        #expect(c.date != nil)
    }

    @Test("a slash after an unknown code, or in prose, is no id's", arguments: ["Tỷ lệ 5/KM/H trên đường.", "Xem 12/ABC/UBND."])
    func noSlashID(text: String) {
        #expect(!Fixtures.extract(text).citations.contains { $0.id.description.hasSuffix("-H") || $0.id.description.contains("ABC-") })
    }
}
