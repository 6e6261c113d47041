import DocGraph
import Testing

/// Documents of the Youth Union, the Fatherland Front and the unions of women, farmers, veterans
/// and workers: their committees use the Party's words (`Ban Chấp hành`, `Ban Thường vụ`, `Ban Bí
/// thư`), so they must be read as their own bodies, at their own tier, spelled as they spell
/// themselves. Forms from real headers: the Youth Union's central plan 225-KH/TWĐTN-CTTN and
/// programme 26-CTr/TWĐTN-VP (evaluation set 166, 204), `BCH ĐOÀN TP. HỒ CHÍ MINH` / `ĐOÀN TNCS HỒ
/// CHÍ MINH` (Thành đoàn's Word page, 2014), `ỦY BAN MTTQ VIỆT NAM` / `TỈNH ĐẮK LẮK` (set 207).
@Suite("Mass organisations")
struct MassOrganisationTests {
    private func document(_ text: String) throws -> DocumentRecord {
        try #require(Fixtures.extract(text).documents.first)
    }

    @Test("a committee's name read as its organisation's, at its tier and place", arguments: [
        ("Ban Thường vụ Tỉnh đoàn Quảng Nam", "youthUnion", "province", "quang nam"),
        ("Tỉnh đoàn", "youthUnion", "province", nil),
        ("Thành đoàn Hà Nội", "youthUnion", "city", "ha noi"),
        ("Ban Chấp hành Thành đoàn Hà Nội", "youthUnion", "city", "ha noi"),
        ("Huyện đoàn Quỳnh Lưu", "youthUnion", "district", "quynh luu"),
        ("BCH Đoàn xã Diễn Kim", "youthUnion", "commune", "dien kim"),
        ("Ban Bí thư Trung ương Đoàn", "youthUnion", "central", nil),
        ("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "youthUnion", "central", nil),
        ("BAN BÍ THƯ T.Ư ĐOÀN", "youthUnion", "central", nil),
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "fatherlandFront", "central", nil),
        ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "fatherlandFront", "province", "quang tri"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Triệu Phong", "fatherlandFront", "district", "trieu phong"),
        ("Hội Liên hiệp Phụ nữ tỉnh Lào Cai", "womensUnion", "province", "lao cai"),
        ("Hội LHPN xã Định Thủy", "womensUnion", "commune", "dinh thuy"),
        ("BCH Hội Nông dân huyện Triệu Phong", "farmersUnion", "district", "trieu phong"),
        ("Hội Cựu chiến binh Việt Nam", "veteransAssociation", "central", nil),
        ("Hội CCB tỉnh Bạc Liêu", "veteransAssociation", "province", "bac lieu"),
        ("Liên đoàn Lao động tỉnh Hậu Giang", "tradeUnion", "province", "hau giang"),
        ("Tổng Liên đoàn Lao động Việt Nam", "tradeUnion", "central", nil),
    ] as [(String, String, String, String?)])
    func reading(name: String, organisation: String, tier: String, place: String?) {
        let body = IssuingBody(name)
        #expect(body.organ == .massOrganisation(MassOrganisation(rawValue: organisation)!))
        #expect(body.tier?.rawValue == tier)
        #expect(body.place == place)
    }

    @Test("the Party's bodies and other delegations stay what they are", arguments: [
        "Ban Chấp hành Trung ương", "Ban Bí thư", "Ban Thường vụ Tỉnh ủy Nghệ An", "Ủy ban nhân dân tỉnh Quảng Trị",
        "Thường trực Hội đồng nhân dân tỉnh", "Đoàn Đại biểu Quốc hội tỉnh Quảng Nam", "Đoàn công tác của Ban Chỉ đạo",
        "Quân đoàn 12", "Ban Chấp hành Đảng bộ tỉnh",
    ])
    func notUnions(name: String) {
        if case .massOrganisation = IssuingBody(name).organ { Issue.record("\(name) read as a mass organisation") }
    }

    @Test("a union's committee and the Party's are different issuers; its names are one")
    func compatibility() {
        #expect(!IssuingBody("Ban Bí thư Trung ương Đoàn").isCompatible(with: IssuingBody("Ban Bí thư")))
        #expect(!IssuingBody("Ban Thường vụ Tỉnh đoàn").isCompatible(with: IssuingBody("Ban Thường vụ Tỉnh ủy")))
        #expect(IssuingBody("Ban Thường vụ Tỉnh đoàn").isCompatible(with: IssuingBody("BCH Đoàn tỉnh Nghệ An")))
        #expect(IssuingBody("Ban Bí thư Trung ương Đoàn").isCompatible(with: IssuingBody("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh")))
        #expect(!IssuingBody("Tỉnh đoàn Nghệ An").isCompatible(with: IssuingBody("Tỉnh đoàn Quảng Nam")))
    }

    @Test("headers give the committee, spelled as it spells itself, at its level", arguments: [
        // The Union's name in the motto's column, on the name's line or after the number.
        ("TỈNH ĐOÀN QUẢNG NAM          ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 125-KH/TĐTN-TTN          Tam Kỳ, ngày 12 tháng 3 năm 2021\n\nKẾ HOẠCH\nTriển khai Chương trình hành động\n",
         "Tỉnh đoàn Quảng Nam", "province"),
        ("BCH ĐOÀN TỈNH NGHỆ AN\n***\nSố: 45-KH/TĐTN-VP\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nNghệ An, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2022\n",
         "BCH Đoàn tỉnh Nghệ An", "province"),
        ("BCH ĐOÀN TỈNH NGHỆ AN\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 45-KH/TĐTN-VP\n\nNghệ An, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2022\n",
         "BCH Đoàn tỉnh Nghệ An", "province"),
        ("BAN CHẤP HÀNH ĐOÀN HUYỆN QUỲNH LƯU\n***\nSố: 12-KH/HĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nQuỳnh Lưu, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên\n",
         "Ban Chấp hành Đoàn huyện Quỳnh Lưu", "district"),
        ("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ DIỄN KIM\n***\nSố: 05-KH/ĐTN\n\nDiễn Kim, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên\n",
         "BCH Đoàn xã Diễn Kim", "grassroots"),
        // `BAN CHẤP HÀNH TRUNG ƯƠNG` beside the Union's name is the Union's; its secretariat signs.
        ("BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 30-HD/TWĐTN-BTC\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 02 tháng 4 năm 2022\n\nHƯỚNG DẪN\nThực hiện Điều lệ Đoàn\n\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\n",
         "Ban Bí thư Trung ương Đoàn", "central"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG       ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 31-KH/TWĐTN-VP       Hà Nội, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên\n\nThực hiện chương trình công tác năm 2022, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch như sau:\n",
         "Ban Bí thư Trung ương Đoàn", "central"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 26-CTr/TWĐTN-VP\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 19 tháng 5 năm 2021\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\nthực hiện Nghị quyết Đại hội\n",
         "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "central"),
        // The Front's and the unions' headers: the committee over its organisation, or under it.
        ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc\nBAN THƯỜNG TRỰC\nSố: 215/KH-MTTQ-BTT\tQuảng Trị, ngày 12 tháng 3 năm 2021\n\nKẾ HOẠCH\nGiám sát\n",
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị", "province"),
        ("ỦY BAN TRUNG ƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nMẶT TRẬN TỔ QUỐC VIỆT NAM\tĐộc lập - Tự do - Hạnh phúc\nSố: 1234/HD-MTTW-BTT\tHà Nội, ngày 02 tháng 4 năm 2022\n\nHƯỚNG DẪN\nThực hiện Quy định\n",
         "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "central"),
        ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN CHẤP HÀNH TỈNH LÀO CAI\nSố: 34/KH-HPN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLào Cai, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nTriển khai Nghị quyết\n",
         "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Lào Cai", "province"),
        ("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN HUYỆN TRIỆU PHONG\n***\nSố: 12-KH/HND\n\nTriệu Phong, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nThực hiện Chỉ thị\n",
         "BCH Hội Nông dân huyện Triệu Phong", "district"),
        ("HỘI CỰU CHIẾN BINH VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI CCB TỈNH BẠC LIÊU\tĐộc lập - Tự do - Hạnh phúc\nSố: 21/KH-CCB\tBạc Liêu, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nThực hiện Chỉ thị\n",
         "Hội CCB tỉnh Bạc Liêu", "province"),
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH HẬU GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 88/KH-LĐLĐ\tHậu Giang, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\nThực hiện Chỉ thị\n",
         "Liên đoàn Lao động tỉnh Hậu Giang", "province"),
        // Two bodies of one place issuing together (real: Đắk Lắk's 01/QCPH/UBND-UBMTTQ, 2017).
        ("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\n-------\nSố: 01/QCPH/UBND-UBMTTQ\nĐắk Lắk, ngày 27 tháng 10 năm 2017\n\nQUY CHẾ\nPhối hợp công tác\n",
         "Ủy ban nhân dân tỉnh Đắk Lắk - Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "province"),
    ])
    func header(text: String, issuer: String, level: String) throws {
        let d = try document(text)
        #expect(d.issuer == issuer)
        #expect(AdministrativeLevel.of(issuer: d.issuer, issuerCode: d.id?.issuerCode, locality: d.locality).rawValue == level)
    }

    @Test("the Youth Union's central documents are numbered in its own terms, not the Party's", arguments: [
        ("2013-02-22", "X"), ("2011-07-14", "IX"), ("2024-02-28", "XII"), ("2021-05-19", "XI"), ("2006-06-23", "VIII"),
    ])
    func youthUnionTerm(date: String, term: String) throws {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let day = try #require(SimpleDate(year: parts[0], month: parts[1], day: parts[2]))
        let f = Fixtures.extract("Căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày \(parts[2])/\(parts[1])/\(parts[0]) của Ban Bí thư Trung ương Đoàn.")
        #expect(f.citations.first?.term == term)
        #expect(TermCalendar.term(on: day, of: DocumentID(party: "28", typeCode: "NQ", issuerCode: "TW")) == TermCalendar.term(on: day))
    }
}
