@testable import DocGraph
import Testing

/// Forms red team round 38 found (Huế, a province become a centrally run city on 1 January 2025; folder
/// `Tests/Evaluation/RedTeam38`), each beside a relative that must keep its reading.
@Suite("Red team 38: a province renamed a city, the districts it was split into")
struct RedTeam38FormTests {
    private static func text(_ header: String, _ number: String, _ date: String, _ kind: String, _ body: String) -> String {
        """
        \(header)
        Số: \(number)
        Huế, ngày \(date)

        \(kind)
        Về bảo tồn di tích

        \(body)
        """
    }

    private static let province = ("qd38.txt", text("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ", "38/2021/QĐ-UBND", "20 tháng 9 năm 2021", "QUYẾT ĐỊNH", "Điều 1. Ban hành Quy định."))
    private static let provincePlan = ("kh120t.txt", text("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ", "120/KH-UBND", "12 tháng 4 năm 2023", "KẾ HOẠCH", "I. MỤC ĐÍCH"))
    private static let formerCityPlan = ("kh120c.txt", text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ", "120/KH-UBND", "03 tháng 8 năm 2023", "KẾ HOẠCH", "I. MỤC ĐÍCH"))

    private static func cityText(_ body: String, date: String = "15 tháng 01 năm 2026") -> (String, String) {
        ("kh28.txt", text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ", "28/KH-UBND", date, "KẾ HOẠCH", body))
    }

    private static func target(_ g: DocumentGraph, from file: String, _ id: String) -> DocumentNode? {
        g.edges.first { g.nodes[Int($0.from)].record?.file == file && g.nodes[Int($0.to)].id?.description == id }.map { g.nodes[Int($0.to)] }
    }

    @Test("`của Ủy ban nhân dân thành phố Huế` written in 2026 is the province's series (c1): one document, no conflict of issuer")
    func renamedProvince() {
        let g = Fixtures.graph([Self.province, Self.cityText("Căn cứ Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân thành phố Huế;")])
        #expect(Self.target(g, from: "kh28.txt", "38/2021/QĐ-UBND")?.inCorpus == true)
        #expect(Fixtures.findings(g, .metadataConflict).isEmpty, "\(Fixtures.findings(g, .metadataConflict).map(\.message))")
        #expect(Fixtures.findings(g, .dangling, all: true).allSatisfy { !$0.message.contains("38/2021") })
    }

    @Test("the day cited decides between the province's and the former city's number of one year (c2a); before 2025 `thành phố Huế` is the former city")
    func provinceOrFormerCity() {
        let provinceDay = Fixtures.graph([Self.provincePlan, Self.formerCityPlan, Self.cityText("Tiếp tục thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân thành phố Huế.")])
        #expect(Self.target(provinceDay, from: "kh28.txt", "120/KH-UBND")?.record?.file == "kh120t.txt")
        #expect(Fixtures.findings(provinceDay, .metadataConflict).isEmpty, "\(Fixtures.findings(provinceDay, .metadataConflict).map(\.message))")
        let cityDay = Fixtures.graph([Self.provincePlan, Self.formerCityPlan, Self.cityText("Tiếp tục thực hiện Kế hoạch số 120/KH-UBND ngày 03/8/2023 của Ủy ban nhân dân thành phố Huế (cũ).")])
        #expect(Self.target(cityDay, from: "kh28.txt", "120/KH-UBND")?.record?.file == "kh120c.txt")
        let before = Fixtures.graph([Self.provincePlan, Self.formerCityPlan,
                                     ("bc.txt", Self.text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ", "300/BC-UBND", "10 tháng 12 năm 2023", "BÁO CÁO", "Kết quả thực hiện Kế hoạch số 120/KH-UBND của Ủy ban nhân dân thành phố."))])
        #expect(Self.target(before, from: "bc.txt", "120/KH-UBND")?.record?.file == "kh120c.txt", "in 2023 the city's own plan")
    }

    @Test("`Quận ủy Phú Xuân`, a district of 2025, cited by its successor ward (c3)")
    func districtsOf2025() {
        let district = ("kh06.txt", """
            ĐẢNG BỘ THÀNH PHỐ HUẾ
            QUẬN ỦY PHÚ XUÂN
            *
            Số 06-KH/QU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Phú Xuân, ngày 10 tháng 3 năm 2025

            KẾ HOẠCH
            Về bảo tồn di tích
            """)
        let ward = ("nq05.txt", """
            ĐẢNG BỘ THÀNH PHỐ HUẾ
            ĐẢNG ỦY PHƯỜNG PHÚ XUÂN
            *
            Số 05-NQ/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Phú Xuân, ngày 10 tháng 9 năm 2025

            NGHỊ QUYẾT
            Về bảo tồn di tích

            Tiếp tục thực hiện Kế hoạch số 06-KH/QU ngày 10/3/2025 của Ban Thường vụ Quận ủy Phú Xuân (trước đây).
            """)
        let g = Fixtures.graph([district, ward])
        #expect(Self.target(g, from: "nq05.txt", "06-KH/QU")?.inCorpus == true)
        #expect(AdministrativeUnits.place(named: "Thuận Hóa", kind: "quan")?.province == "Thừa Thiên Huế")
        #expect(AdministrativeUnits.place(named: "Phú Xuân") == nil, "many communes are named so (reviewer)")
    }

    @Test("a city's body and the province it renamed are one body; another province's is not; the series of a day")
    func series() {
        #expect(IssuingBody("Ủy ban nhân dân thành phố Huế").isCompatible(with: IssuingBody("Ủy ban nhân dân tỉnh Thừa Thiên Huế")))
        #expect(!IssuingBody("Ủy ban nhân dân thành phố Huế").isCompatible(with: IssuingBody("Ủy ban nhân dân tỉnh Quảng Trị")))
        #expect(!IssuingBody("Ủy ban nhân dân thành phố Đà Nẵng").isCompatible(with: IssuingBody("Ủy ban nhân dân tỉnh Quảng Nam")))
        #expect(AdministrativeUnits.series(of: "Huế", on: SimpleDate(year: 2025, month: 1, day: 1)) == "Thừa Thiên Huế")
        #expect(AdministrativeUnits.series(of: "Huế", on: SimpleDate(year: 2024, month: 12, day: 31)) == "Huế")
        #expect(AdministrativeUnits.series(of: "Đà Nẵng", on: SimpleDate(year: 2026, month: 1, day: 1)) == "Đà Nẵng")
    }
}
