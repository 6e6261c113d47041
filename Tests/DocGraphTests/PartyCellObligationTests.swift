import Testing
@testable import DocGraph

/// A Party cell or Party group in a state body or a mass organisation leads the plan, and the body
/// issues it (red team, round 14, repro 03): `Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo xây
/// dựng kế hoạch thực hiện Nghị quyết` is met by the city's People's Committee's `…/KH-UBND`, or by the
/// cell's own plan; not by another body's, nor by a People's Committee of another tier.
@Suite("Obligations of a Party cell met by its body")
struct PartyCellObligationTests {
    typealias F = Fixtures

    static func resolution(_ item: String) -> String {
        """
        ĐẢNG BỘ TỈNH PHÚ THỌ
        TỈNH ỦY
        *
        Số 12-NQ/TU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Việt Trì, ngày 20 tháng 10 năm 2022

        NGHỊ QUYẾT
        CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
        về đầu tư công

        III- TỔ CHỨC THỰC HIỆN
        1. \(item)
        """
    }

    static func plan(_ header: String, _ number: String) -> String {
        """
        \(header)
        Số: \(number)
        Việt Trì, ngày 10 tháng 11 năm 2022

        KẾ HOẠCH
        Thực hiện Nghị quyết số 12-NQ/TU ngày 20/10/2022 của Tỉnh ủy

        1. Sở Kế hoạch và Đầu tư chủ trì.
        """
    }

    static let provincePlan = plan("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ", "300/KH-UBND")
    static let districtPlan = plan("ỦY BAN NHÂN DÂN\nHUYỆN THANH SƠN", "31/KH-UBND")
    static let frontPlan = """
        ỦY BAN MTTQ VIỆT NAM
        TỈNH PHÚ THỌ
        BAN THƯỜNG TRỰC
        Số: 45/KH-MTTQ-BTT
        Việt Trì, ngày 15 tháng 11 năm 2022

        KẾ HOẠCH
        Thực hiện Nghị quyết số 12-NQ/TU ngày 20/10/2022 của Tỉnh ủy
        """
    static let cellPlan = """
        ĐẢNG BỘ TỈNH PHÚ THỌ
        BAN CÁN SỰ ĐẢNG UBND TỈNH
        *
        Số 05-KH/BCSĐ
        ĐẢNG CỘNG SẢN VIỆT NAM
        Việt Trì, ngày 01 tháng 11 năm 2022

        KẾ HOẠCH
        thực hiện Nghị quyết số 12-NQ/TU ngày 20/10/2022 của Tỉnh ủy
        """
    static let committeePlan = """
        ĐẢNG BỘ TỈNH PHÚ THỌ
        TỈNH ỦY
        *
        Số 40-KH/TU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Việt Trì, ngày 01 tháng 11 năm 2022

        KẾ HOẠCH
        thực hiện Nghị quyết số 12-NQ/TU ngày 20/10/2022 của Ban Chấp hành Đảng bộ tỉnh
        """

    private func unmet(_ item: String, _ files: [(String, String)]) -> [String] {
        F.findings(F.graph([("nq.txt", Self.resolution(item))] + files), .unmetObligation, all: true).map(\.message)
    }

    @Test("the People's Committee's plan meets its cell's obligation", arguments: [
        "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.",
        "Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo xây dựng kế hoạch thực hiện\nNghị quyết.",
        "BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH xây dựng kế hoạch thực hiện Nghị quyết.",
        "Ban Cán sự Đảng Ủy ban nhân dân tỉnh  xây dựng kế hoạch thực hiện Nghị quyết.",
    ])
    func peoplesCommitteePlan(item: String) {
        let without = unmet(item, [])
        #expect(without.count == 1, "\(without)")
        #expect(unmet(item, [("kh.txt", Self.provincePlan)]).isEmpty)
        #expect(unmet(item, [("bcs.txt", Self.cellPlan)]).isEmpty)
    }

    @Test("the Front's plan meets its Party group's obligation")
    func frontPlan() {
        let item = "Đảng đoàn Mặt trận Tổ quốc tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết."
        #expect(unmet(item, []).count == 1)
        #expect(unmet(item, [("mttq.txt", Self.frontPlan)]).isEmpty)
        #expect(unmet(item, [("kh.txt", Self.provincePlan)]).count == 1)
    }

    @Test("another body's plan, or a People's Committee of another tier, does not meet it")
    func otherBodies() {
        let item = "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết."
        #expect(unmet(item, [("kh.txt", Self.districtPlan)]).count == 1)
        #expect(unmet(item, [("tu.txt", Self.committeePlan)]).count == 1)
    }

    @Test("the body a cell or a group leads, and a cell's header")
    func ledBody() {
        let header = DocumentExtractor.extract(text: Self.cellPlan, file: "bcs.txt").documents[0]
        #expect(header.issuer == "Ban cán sự đảng UBND tỉnh")
        #expect(header.locality == "Phú Thọ")
        #expect(header.term == nil)
        #expect(ObligationActor.ledBody("ban can su dang uy ban nhan dan thanh pho")?.organ == .peoplesCommittee)
        #expect(ObligationActor.ledBody("ban can su dang uy ban nhan dan thanh pho")?.tier == .city)
        #expect(ObligationActor.ledBody("dang doan hoi dong nhan dan tinh")?.organ == .peoplesCouncil)
        #expect(ObligationActor.ledBody("ban can su dang") == nil)
        #expect(ObligationActor.ledBody("ban can su dang cac so, nganh") == nil)
        #expect(ObligationActor.ledBody("ban tuyen giao tinh uy") == nil)
    }
}
