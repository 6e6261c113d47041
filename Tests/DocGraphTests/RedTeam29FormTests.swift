@testable import DocGraph
import Testing

/// Forms red team round 29 found (agriculture and environment of the new Quảng Trị after its merger with Quảng Bình;
/// folder `Tests/Evaluation/RedTeam29`), each beside a relative that must keep its reading.
@Suite("Red team 29: a verb's other object, a second revised resolution, a district named as a province, a commune's day")
struct RedTeam29FormTests {
    private func relations(_ text: String) -> [String: Relation] {
        Dictionary(Fixtures.extract(text).citations.filter { !$0.isSelfReference }.map { ($0.id.description, $0.relation) }) { a, _ in a }
    }

    private static let letter = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 2310/UBND-KT\nQuảng Trị, ngày 12 tháng 11 năm 2025\n"

    @Test("`theo` before the part of a document it names governs it; the revision verb before has another object (c1)", arguments: [
        ("1. Hướng dẫn người dân đăng ký hỗ trợ giống cây ăn quả trồng thay thế hồ tiêu, cao su kém hiệu quả theo Điều 1 Quyết định số 28/2025/QĐ-UBND.", Relation.basedOn),
        ("1. Hỗ trợ trồng thay thế hồ tiêu theo khoản 2 Điều 1 của Quyết định số 28/2025/QĐ-UBND.", .basedOn),
        ("1. Hỗ trợ trồng thay thế hồ tiêu theo Quyết định số 28/2025/QĐ-UBND.", .basedOn),
        // A revision of the part is an amendment, with or without `của`.
        ("Điều 1. Thay thế Điều 1 Quyết định số 28/2025/QĐ-UBND.", .amends),
        ("Điều 1. Thay thế cụm từ “hồ tiêu” bằng cụm từ “cà phê” tại Điều 1 Quyết định số 28/2025/QĐ-UBND.", .amends),
        // `kèm theo` is no `theo`: the rules issued with the decision are replaced.
        ("Điều 2. Thay thế Quy chế ban hành kèm theo Quyết định số 28/2025/QĐ-UBND.", .replaces),
        // A form named by its place in a document is no part: `theo mẫu tại Phụ lục II` keeps the verb's reading.
        ("1. Hồ sơ: theo mẫu tại Phụ lục II Quyết định số 28/2025/QĐ-UBND.", .references),
        // The verb's object is no document (a ferry, a crop, money), and a `theo` or `tại` names the document after it
        // (red team 30, c1; reviewer, session 26).
        ("1. Cầu Mỹ Lợi thay thế bến phà Mỹ Lợi, theo danh mục tại Quyết định số 28/2025/QĐ-UBND.", .basedOn),
        ("1. Trồng thay thế hồ tiêu quy định tại Điều 1 Quyết định số 28/2025/QĐ-UBND.", .references),
        ("1. Trồng thay thế hồ tiêu theo khoản 1, 2 Điều 1 Quyết định số 28/2025/QĐ-UBND.", .basedOn),
        ("1. Bổ sung kinh phí theo Quyết định số 28/2025/QĐ-UBND.", .basedOn),
        // A document's part or rules as the object keep the revision.
        ("Điều 1. Sửa đổi, bổ sung khoản 2 Điều 5 quy định tại Quyết định số 28/2025/QĐ-UBND.", .amends),
        ("Điều 1. Thay thế bảng giá đất ban hành kèm theo Quyết định số 28/2025/QĐ-UBND.", .replaces),
    ])
    func partAfterTheo(clause: String, expected: Relation) {
        #expect(relations(Self.letter + clause + "\n")["28/2025/QĐ-UBND"] == expected)
    }

    @Test("after `và`, a dated resolution of the replaced one's kind is the revision's second object, not the description's (c2)")
    func secondRevisedResolution() throws {
        let text = "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/2025/NQ-HĐND\nQuảng Trị, ngày 10 tháng 12 năm 2025\nNGHỊ QUYẾT\nVề X\n"
            + "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Nghị quyết số 21/2021/NQ-HĐND ngày 13 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Quảng Bình quy định chính sách hỗ trợ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Quảng Bình giai đoạn 2022 - 2025 và Nghị quyết số 17/2021/NQ-HĐND ngày 08 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Quảng Trị quy định chính sách hỗ trợ xây dựng nông thôn mới.\n"
        let cited = Fixtures.extract(text).citations.filter { !$0.isSelfReference }
        let second = try #require(cited.first { $0.id.description == "17/2021/NQ-HĐND" })
        #expect(second.relation == .replaces)
        #expect(!second.isNested)
        // A second document of another kind after `và` in the description stays the description's.
        let other = text.replacingOccurrences(of: "và Nghị quyết số 17/2021/NQ-HĐND ngày 08 tháng 12 năm 2021", with: "và Quyết định số 17/2021/QĐ-UBND ngày 08 tháng 12 năm 2021")
        let described = try #require(Fixtures.extract(other).citations.first { $0.id.description == "17/2021/QĐ-UBND" })
        #expect(described.isNested)
    }

    @Test("`Huyện ủy Quảng Ninh` under `ĐẢNG BỘ TỈNH QUẢNG BÌNH` is Quảng Bình's district, not the province of Quảng Ninh (c4)")
    func districtNamedAsProvince() throws {
        #expect(AdministrativeUnits.place(named: "Quảng Ninh", kind: "huyen") == AdministrativeUnits.Place(name: "Quảng Ninh, Quảng Bình", province: "Quảng Bình"))
        #expect(AdministrativeUnits.place(named: "Quảng Ninh, Quảng Bình")?.province == "Quảng Bình")
        #expect(AdministrativeUnits.place(named: "Quảng Ninh", kind: "tinh")?.province == "Quảng Ninh")
        #expect(AdministrativeUnits.place(named: "Quảng Ninh")?.province == "Quảng Ninh")
        let plan = "ĐẢNG BỘ TỈNH QUẢNG BÌNH\nHUYỆN ỦY QUẢNG NINH\n*\nSố 28-KH/HU\nQuảng Ninh, ngày 20 tháng 5 năm 2023\nKẾ HOẠCH\nthực hiện Kế hoạch số 120-KH/TU\n\nThực hiện Kế hoạch số 120-KH/TU ngày 08/3/2023 của Ban Thường vụ Tỉnh ủy về nông nghiệp.\n"
        let province = "BAN THƯỜNG VỤ TỈNH ỦY QUẢNG BÌNH\n*\nSố 120-KH/TU\nQuảng Bình, ngày 08 tháng 3 năm 2023\nKẾ HOẠCH\nthực hiện Nghị quyết số 19-NQ/TW\n\nThực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.\n"
        let g = Fixtures.graph([("hu.txt", plan), ("tu.txt", province)])
        #expect(!Fixtures.findings(g, .dangling, all: true).contains { $0.message.contains("120-KH/TU") })
        #expect(try #require(Fixtures.extract(plan).documents.first).locality == "Quảng Ninh, Quảng Bình")
    }

    @Test("a commune's text after 1 July 2025 cites its new province's bodies, though its name is a former district's (c5)")
    func communeOfItsDay() throws {
        let commune = "ỦY BAN NHÂN DÂN\nXÃ LỆ THỦY\n-------\nSố: 18/KH-UBND\nLệ Thủy, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\nSản xuất lúa năm 2026\n"
            + "Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Quảng Bình quy định chính sách hỗ trợ trên địa bàn tỉnh Quảng Bình;\n"
            + "Căn cứ Quyết định số 1685/QĐ-UBND ngày 18/12/2025 của Ủy ban nhân dân tỉnh phê duyệt danh sách hợp tác xã;\n"
        let decision = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 1685/QĐ-UBND\nQuảng Trị, ngày 18 tháng 12 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt danh sách hợp tác xã\n"
        let g = Fixtures.graph([("xa.txt", commune), ("qd.txt", decision)])
        #expect(!Fixtures.findings(g, .dangling, all: true).contains { $0.message.contains("1685/QĐ-UBND") })
        // Before 1 July 2025 the same commune text's `Ủy ban nhân dân tỉnh` is its own province's.
        let before = commune.replacingOccurrences(of: "ngày 20 tháng 3 năm 2026", with: "ngày 20 tháng 3 năm 2025")
            .replacingOccurrences(of: "18/12/2025", with: "18/12/2024")
        let h = Fixtures.graph([("xa.txt", before), ("qd.txt", decision.replacingOccurrences(of: "năm 2025", with: "năm 2024"))])
        #expect(Fixtures.findings(h, .dangling, all: true).contains { $0.message.contains("1685/QĐ-UBND") })
    }

    @Test("after `và`, a document of another body's series stays the description's, though of the revised one's kind (reviewer, session 26)")
    func otherSeriesAfterAnd() throws {
        let text = "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY GIO LINH\n*\nSố 45-KH/HU\nGio Linh, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\nVề X\n"
            + "Kế hoạch này thay thế Kế hoạch số 12-KH/HU ngày 5/3/2021 của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kế hoạch số 120-KH/TU ngày 08/3/2017 của Ban Thường vụ Tỉnh ủy.\n"
        let province = try #require(Fixtures.extract(text).citations.first { $0.id.description == "120-KH/TU" })
        #expect(province.relation != .replaces)
        #expect(province.isNested)
    }

    @Test("a number's year tells a commune's text of 2026 which province it means; `XÃ QUẢNG NINH` is the district of Quảng Bình's")
    func yearInNumberAndNamesakeCommune() throws {
        let commune = "ỦY BAN NHÂN DÂN\nXÃ LỆ THỦY\n-------\nSố: 18/KH-UBND\nLệ Thủy, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\nSản xuất lúa năm 2026\nCăn cứ Quyết định số 15/2022/QĐ-UBND của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ sản xuất nông nghiệp;\nHuyện Lệ Thủy, tỉnh Quảng Bình trước đây.\n"
        let old = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 15/2022/QĐ-UBND\nQuảng Bình, ngày 12 tháng 5 năm 2022\nQUYẾT ĐỊNH\nQuy định chính sách hỗ trợ\n"
        #expect(!Fixtures.findings(Fixtures.graph([("xa.txt", commune), ("qd.txt", old)]), .dangling, all: true).contains { $0.message.contains("15/2022/QĐ-UBND") })
        let namesake = "ỦY BAN NHÂN DÂN\nXÃ QUẢNG NINH\n-------\nSố: 18/KH-UBND\nQuảng Ninh, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\nSản xuất lúa năm 2026\nCăn cứ Quyết định số 1685/QĐ-UBND ngày 18/12/2025 của Ủy ban nhân dân tỉnh phê duyệt danh sách hợp tác xã;\n"
        let decision = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 1685/QĐ-UBND\nQuảng Trị, ngày 18 tháng 12 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt danh sách hợp tác xã\n"
        #expect(!Fixtures.findings(Fixtures.graph([("xa.txt", namesake), ("qd.txt", decision)]), .dangling, all: true).contains { $0.message.contains("1685/QĐ-UBND") })
    }

    @Test("`ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH` is one name, the committee of the province's people's committee (red teams 29 and 30, c2)", arguments: [
        ("ĐẢNG BỘ TỈNH ĐỒNG THÁP\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 07-KH/ĐU\nĐồng Tháp, ngày 30 tháng 9 năm 2025\nKẾ HOẠCH\nVề X\n", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n*\nSố 07-KH/ĐU\nĐồng Tháp, ngày 30 tháng 9 năm 2025\nKẾ HOẠCH\nVề X\n", "Đảng ủy Ủy ban nhân dân tỉnh Đồng Tháp"),
        ("ĐẢNG BỘ TỈNH GIA LAI\nĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO\n*\nSố 12-KH/ĐU\nGia Lai, ngày 30 tháng 9 năm 2025\nKẾ HOẠCH\nVề X\n", "Đảng ủy Sở Giáo dục và Đào tạo"),
        // A bloc's committee keeps its usual spelling.
        ("ĐẢNG BỘ TỈNH TRÀ VINH\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nSố 12-KH/ĐU\nTrà Vinh, ngày 30 tháng 9 năm 2021\nKẾ HOẠCH\nVề X\n", "Đảng ủy khối các cơ quan tỉnh"),
    ])
    func partyCommitteeOfACommittee(text: String, issuer: String) throws {
        #expect(try #require(Fixtures.extract(text).documents.first).issuer == issuer)
    }
}
