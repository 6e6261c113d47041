import Testing
@testable import DocGraph

/// Tiers of 2025 and of cities under a province (red team, round 17): `đặc khu` (the special zones that replaced
/// island districts on 1 July 2025) is a commune's tier, and a city under a province (`Thành ủy Cẩm Phả`, `UBND thành
/// phố Cẩm Phả`) is one of `các huyện, thị xã, thành phố`, while Hà Nội's Thành ủy is a province's peer.
@Suite("Special zones and cities under a province in tier lists")
struct SpecialZoneAndCityTierTests {
    private static let resolution = "TỈNH ỦY QUẢNG NINH\t\tĐẢNG CỘNG SẢN VIỆT NAM\n*\t\tQuảng Ninh, ngày 30 tháng 12 năm 2025\nSố 05-NQ/TU\n\nNGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề phát triển đô thị xanh, thông minh\n\nII. TỔ CHỨC THỰC HIỆN\nĐảng ủy các phường, xã, đặc khu xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành\ntrong Quý I/2026.\n"
    private static let wardPlan = "ĐẢNG BỘ TỈNH QUẢNG NINH\t\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG CẨM PHẢ\n*\t\tCẩm Phả, ngày 15 tháng 01 năm 2026\nSố 12-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 05-NQ/TU, ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh\n\nThực hiện Nghị quyết số 05-NQ/TU, ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh, Đảng ủy phường xây dựng Kế hoạch như sau:\n1. Mô hình phân loại rác tại nguồn.\n"

    @Test("`đặc khu` in a list of communes keeps the lead unit, and the ward's plan fulfils the plan")
    func specialZoneInList() {
        let g = Fixtures.graph([("nq05.txt", Self.resolution), ("kh12.txt", Self.wardPlan)])
        let overdue = Fixtures.findings(g, .overduePlan, asOf: SimpleDate(year: 2026, month: 11, day: 28)!, all: true)
        #expect(!overdue.contains { $0.severity == .warning }, "\(overdue.map(\.message))")
        #expect(Fixtures.findings(g, .unmetObligation, all: true).isEmpty)
    }

    @Test("a special zone's bodies are of a commune's tier", arguments: ["Đảng ủy đặc khu Vân Đồn", "Ủy ban nhân dân đặc khu Cô Tô", "UBND các đặc khu"])
    func specialZoneTier(_ name: String) {
        #expect(IssuingBody(name).tier == .commune || IssuingBody(name).pluralTier == .commune, "\(name)")
    }

    private static func provincePlan(_ assignee: String) -> String {
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NINH\tĐộc lập - Tự do - Hạnh phúc\nSố: 98/KH-UBND\tQuảng Ninh, ngày 25 tháng 6 năm 2021\n\nKẾ HOẠCH\nThực hiện chuyển đổi xanh\n\nIII. TỔ CHỨC THỰC HIỆN\n1. \(assignee) xây dựng kế hoạch thực hiện tại địa phương.\n"
    }

    private static func localPlan(_ header: String, _ number: String, _ place: String, _ body: String) -> String {
        "\(header)\nSố: \(number)\t\t\(place), ngày 25 tháng 7 năm 2023\n\nKẾ HOẠCH\nCải tạo bãi thải năm 2023\n\nThực hiện Kế hoạch số 98/KH-UBND ngày 25/6/2021 của UBND tỉnh, \(body) ban hành Kế hoạch như sau:\n1. Hoàn nguyên 62 ha.\n"
    }

    @Test("a city under the province is among `các huyện, thị xã, thành phố`", arguments: [
        "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ CẨM PHẢ\t\tĐộc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ QUẢNG YÊN\t\tĐộc lập - Tự do - Hạnh phúc",
    ])
    func cityInProvince(_ header: String) {
        let local = Self.localPlan(header, "215/KH-UBND", "Cẩm Phả", "UBND thành phố")
        let g = Fixtures.graph([("kh98.txt", Self.provincePlan("UBND các huyện, thị xã, thành phố")), ("kh215.txt", local)])
        #expect(Fixtures.findings(g, .unmetObligation, all: true).isEmpty)
    }

    @Test("the Thành ủy of a city under the province is among `các huyện ủy, thị ủy, thành ủy`")
    func cityPartyCommittee() {
        #expect(ObligationActor.mayHaveWritten(IssuingBody("Thành ủy Cẩm Phả"), for: IssuingBody("Các huyện ủy, thị ủy, thành ủy")))
        #expect(ObligationActor.mayHaveWritten(IssuingBody("Ủy ban nhân dân thành phố Cẩm Phả"), for: IssuingBody("UBND các huyện, thị xã, thành phố")))
        // A centrally run city is a province's peer, and a commune is no district.
        #expect(!ObligationActor.mayHaveWritten(IssuingBody("Thành ủy Hà Nội"), for: IssuingBody("Các huyện ủy, thị ủy, thành ủy")))
        #expect(!ObligationActor.mayHaveWritten(IssuingBody("Đảng ủy phường Cẩm Phả"), for: IssuingBody("Các huyện ủy, thị ủy, thành ủy")))
    }
}
