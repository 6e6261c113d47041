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

    @Test("since 2025 the Party committee in a People's Committee leads as its cell did (red team, round 16, repro r7)", arguments: [
        "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.",
        "Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo xây dựng kế hoạch thực hiện Nghị quyết.",
        "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH xây dựng kế hoạch thực hiện Nghị quyết.",
    ])
    func committeeInThePeoplesCommittee(item: String) {
        #expect(unmet(item, []).count == 1)
        #expect(unmet(item, [("kh.txt", Self.provincePlan)]).isEmpty)
        #expect(unmet(item, [("kh.txt", Self.districtPlan)]).count == 1, "a People's Committee of another tier")
    }

    @Test("a commune's or a bloc's Party committee is no cell of a body")
    func communeCommittee() {
        let item = "Đảng ủy xã Tất Thắng xây dựng kế hoạch thực hiện Nghị quyết."
        #expect(unmet(item, [("kh.txt", Self.provincePlan)]).count == 1)
        #expect(ObligationActor.workplace("khoi cac co quan tinh") == nil)
        #expect(ObligationActor.workplace("uy ban nhan dan tinh")?.organ == .peoplesCommittee)
        #expect(ObligationActor.ledBodyName("Đảng đoàn HĐND tỉnh") == "HĐND tỉnh")
        #expect(ObligationActor.ledBodyName("Đảng ủy Ủy ban nhân dân tỉnh") == "Ủy ban nhân dân tỉnh")
        #expect(ObligationActor.ledBodyName("Đảng ủy xã Tất Thắng") == nil)
        #expect(ObligationActor.ledBodyName("Văn phòng UBND tỉnh") == nil)
    }

    @Test("a row led by the council's Party group is met by the council's resolution (red team, round 16, repro r9)", arguments: ["Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh", "HĐND tỉnh"])
    func groupLeadsAnnouncement(lead: String) {
        let programme = """
            ĐẢNG BỘ TỈNH NGHỆ AN
            TỈNH ỦY
            *
            Số 25-CTr/TU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Vinh, ngày 20 tháng 5 năm 2021

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            về xây dựng nông thôn mới

            PHỤ LỤC
            TT\tNội dung\tCơ quan chủ trì\tThời gian
            1\tBan hành Nghị quyết về chính sách hỗ trợ xây dựng nông thôn mới giai đoạn 2021 - 2025\t\(lead)\tQuý III/2021
            """
        let council = """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH NGHỆ AN
            Số: 12/2021/NQ-HĐND
            Nghệ An, ngày 14 tháng 7 năm 2021

            NGHỊ QUYẾT
            Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An giai đoạn 2021 - 2025

            Căn cứ Chương trình hành động số 25-CTr/TU ngày 20/5/2021 của Tỉnh ủy;
            """
        let g = F.graph([("ctr.txt", programme), ("nq.txt", council)])
        let overdue = F.findings(g, .overduePlan, all: true)
        #expect(overdue.contains { $0.message.contains("12/2021/NQ-HĐND") }, "\(overdue.map(\.message))")
        #expect(!overdue.contains { $0.severity == .warning }, "\(overdue.map(\.message))")
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
