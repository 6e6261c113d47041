@testable import DocGraph
import Testing

/// Forms red team round 24 found (the new Hồ Chí Minh City after the 2025 merger, seen from its military commands; folder
/// `Tests/Evaluation/RedTeam24`), each beside a relative that must keep its reading.
@Suite("Red team 24: military commands, dotted numbers, passive chains")
struct RedTeam24FormTests {
    private func cited(_ text: String) -> [Citation] {
        Fixtures.extract(text).citations.filter { !$0.isSelfReference }
    }

    @Test("a second passive joined by `và` keeps the first one's subject (c8)")
    func passiveChain() {
        let cs = cited("2. Quyết định số 35/2022/QĐ-UBND của UBND tỉnh Bình Dương đã được bãi bỏ tại Quyết định số 62/2025/QĐ-UBND và được thay thế bởi Quyết định số 08/2026/QĐ-UBND của UBND Thành phố.")
        let revised = cs.filter { $0.relation.isRevision }
        #expect(revised.map { "\($0.id) \($0.relation) by \($0.citingDocument?.description ?? "-")" }
                == ["35/2022/QĐ-UBND repeals by 62/2025/QĐ-UBND", "35/2022/QĐ-UBND replaces by 08/2026/QĐ-UBND"])
        // A passive with a subject of its own after the first keeps the nearest mention.
        let two = cited("Quyết định số 35/2022/QĐ-UBND đã được bãi bỏ tại Quyết định số 62/2025/QĐ-UBND; Quyết định số 62/2025/QĐ-UBND được sửa đổi bởi Quyết định số 08/2026/QĐ-UBND.")
        #expect(two.contains { $0.id.description == "62/2025/QĐ-UBND" && $0.relation == .amends })
    }

    @Test("a number with a dot and one or two digits is one number; three digits after a dot are no document's (c6)", arguments: [
        ("Căn cứ Nghị quyết số 66.12/2026/NQ-CP ngày 26/01/2026 của Chính phủ;", ["66.12/2026/NQ-CP"]),
        ("Căn cứ Nghị quyết số 66.1/2025/NQ-CP của Chính phủ;", ["66.1/2025/NQ-CP"]),
        ("Căn cứ Nghị quyết số 66/2026/NQ-CP của Chính phủ;", ["66/2026/NQ-CP"]),
    ])
    func dottedNumbers(text: String, ids: [String]) {
        #expect(cited(text).map(\.id.description) == ids)
    }

    @Test("a point's letter is no part of the body it names (c2)", arguments: [
        ("a) Đảng ủy Quân sự Thành phố xây dựng kế hoạch", "Đảng ủy Quân sự Thành phố xây dựng kế hoạch"),
        ("b. Hội Cựu chiến binh Thành phố", "Hội Cựu chiến binh Thành phố"),
        ("đ) Ban Thường vụ Thành đoàn", "Ban Thường vụ Thành đoàn"),
        ("2. Ban Tuyên giáo", "Ban Tuyên giáo"),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ])
    func pointLetters(text: String, actor: String) {
        #expect(ProseTasks.stripNumber(text) == actor)
    }

    @Test("an organisation's whole name goes on through its lower-case words in a citation's issuer (c3)", arguments: [
        ("Thực hiện Kế hoạch số 30/KH-CCB ngày 20/01/2026 của Ban Thường vụ Hội Cựu chiến binh Thành phố về công tác năm 2026.",
         "Ban Thường vụ Hội Cựu chiến binh Thành phố"),
        ("Thực hiện Kế hoạch số 31/KH-PN ngày 20/01/2026 của Hội Liên hiệp phụ nữ tỉnh Bình Dương.", "Hội Liên hiệp phụ nữ tỉnh Bình Dương"),
        ("Thực hiện Kế hoạch số 32/KH-HND ngày 20/01/2026 của Hội Nông dân tỉnh về công tác.", "Hội Nông dân tỉnh"),
    ])
    func organisationIssuers(text: String, issuer: String) {
        #expect(cited(text).first?.issuer == issuer)
    }

    @Test("a command's header that names a province or a centrally run city places the text there (c1a)", arguments: [
        ("BỘ TƯ LỆNH TP HỒ CHÍ MINH\nBAN CHỈ HUY QUÂN SỰ XÃ DẦU TIẾNG\nSố: 07/KH-BCHQS\nDầu Tiếng, ngày 20 tháng 01 năm 2026\n\nKẾ HOẠCH\nCông tác quốc phòng năm 2026\n", "Hồ Chí Minh"),
        ("QUÂN KHU 7\nBỘ TƯ LỆNH THÀNH PHỐ HỒ CHÍ MINH\nSố: 215/KH-BTL\nThành phố Hồ Chí Minh, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\nTuyển quân năm 2026\n", "Hồ Chí Minh"),
    ])
    func commandHeaders(text: String, locality: String) {
        #expect(Fixtures.extract(text).documents.first?.locality == locality)
        #expect(DocumentIdentity.provinceNamed("BỘ TƯ LỆNH TP HỒ CHÍ MINH") == "Hồ Chí Minh")
        #expect(DocumentIdentity.provinceNamed("BAN CHỈ HUY QUÂN SỰ XÃ DẦU TIẾNG") == nil)
    }

    @Test("`TP.`, `TP`, `TP.HCM` in a header are `thành phố`: the header names its body (c3, and its relatives)", arguments: [
        ("HỘI CỰU CHIẾN BINH VIỆT NAM\nBAN CHẤP HÀNH TP. HỒ CHÍ MINH", "Ban Chấp hành Hội Cựu chiến binh thành phố Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN\nTP. HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN TP.HCM", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("THÀNH ỦY TP. HỒ CHÍ MINH", "Thành ủy thành phố Hồ Chí Minh"),
    ])
    func cityAbbreviationInHeaders(header: String, issuer: String) {
        let text = header + "\nSố: 30/KH-UBND\nThành phố Hồ Chí Minh, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\nCông tác năm 2026\n"
        #expect(Fixtures.extract(text).documents.first?.issuer == issuer)
        #expect(DocumentIdentity.expandingCityAbbreviation("BAN CHẤP HÀNH TP") == "BAN CHẤP HÀNH TP")
    }

    @Test("any body of a ward or commune names it, its place's words in lower case too, so the tier-only `Đảng ủy phường` it cites is its ward's (c1b)", arguments: [
        ("Ban chỉ huy quân sự phường thủ dầu một", "phường thủ dầu một"),
        ("Ban Chỉ huy quân sự xã Dầu Tiếng", "xã Dầu Tiếng"),
        ("Đảng ủy xã Kim Liên", "xã Kim Liên"),
    ])
    func communeOfAnyBody(issuer: String, commune: String) {
        #expect(IdentityScope.communeName(issuer) == commune)
        #expect(IdentityScope.communeName("UBND xã các huyện") == nil)
    }

    @Test("a local number a provincial city's committee cites of `Đảng ủy Quân sự tỉnh` is its province's (c4)")
    func sectorCommitteeOfTheProvince() {
        let here = AdministrativeUnits.place(named: "Thủ Dầu Một")
        let place = IdentityScope.place(citing: DocumentID(party: "03", typeCode: "NQ", issuerCode: "ĐU"), issuer: IssuingBody("Đảng ủy Quân sự tỉnh"),
                                        context: "Thủ Dầu Một", here: here, contextCode: "TU", contextBody: IssuingBody("Thành ủy Thủ Dầu Một"))
        #expect(here?.isDistrict == true)
        #expect(place == here?.province)
        // A bloc named by its own words stays the citing text's.
        let bloc = IdentityScope.place(citing: DocumentID(party: "03", typeCode: "NQ", issuerCode: "ĐU"), issuer: IssuingBody("Đảng ủy Khối doanh nghiệp"),
                                       context: "Thủ Dầu Một", here: here, contextCode: "TU", contextBody: IssuingBody("Thành ủy Thủ Dầu Một"))
        #expect(bloc == "Thủ Dầu Một")
    }
}
