import Testing
@testable import DocGraph

/// Who must write the plan a resolution assigns, as the fifth red-team round planted them in a
/// district's year (Phú Lương): a committee's plan is not its commission's nor its People's
/// Committee's, a district's plan is not its communes', and `kế hoạch thực hiện Chỉ thị` is a plan
/// that carries out this directive.
@Suite("Obligations and plans by body")
struct ObligationBodyTests {
    typealias F = Fixtures

    /// A district resolution assigning plans to five bodies, the communes' by 29/02/2024.
    static let resolution = """
        ĐẢNG BỘ TỈNH THÁI NGUYÊN
        HUYỆN ỦY PHÚ LƯƠNG
        *
        Số 12-NQ/HU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Phú Lương, ngày 10 tháng 01 năm 2024

        NGHỊ QUYẾT
        về phát triển kinh tế đồi rừng

        IV. TỔ CHỨC THỰC HIỆN
        1. Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện Nghị quyết; chỉ đạo sơ kết, tổng kết việc thực hiện.
        2. Ủy ban nhân dân huyện xây dựng kế hoạch thực hiện Nghị quyết, bố trí nguồn lực thực hiện.
        3. Ủy ban Kiểm tra Huyện ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Nghị quyết.
        4. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 29/02/2024.
        """

    static func plan(_ header: String, _ id: String, _ date: String, implementing: String = "Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện") -> String {
        let d = date.split(separator: "/")
        return """
        \(header)
        *
        Số \(id)
        ĐẢNG CỘNG SẢN VIỆT NAM
        Phú Lương, ngày \(d[0]) tháng \(d[1]) năm \(d[2])

        KẾ HOẠCH
        thực hiện \(implementing)

        Thực hiện \(implementing), xây dựng Kế hoạch như sau:
        """
    }

    static let districtPlan = plan("ĐẢNG BỘ TỈNH THÁI NGUYÊN\nHUYỆN ỦY PHÚ LƯƠNG", "45-KH/HU", "20/01/2024")
    static let communePlan = plan("ĐẢNG BỘ HUYỆN PHÚ LƯƠNG\nĐẢNG ỦY XÃ ÔN LƯƠNG", "08-KH/ĐU", "28/02/2024")

    private func unmet(_ files: [(String, String)]) -> [String] {
        F.findings(F.graph([("nq.txt", Self.resolution)] + files), .unmetObligation, all: true).map(\.message)
    }

    @Test("the committee's plan meets the committee's obligation only")
    func committeePlan() {
        let found = unmet([("kh.txt", Self.districtPlan)])
        #expect(!found.contains { $0.contains("Ban Thường vụ Huyện ủy") })
        #expect(found.contains { $0.contains("Ủy ban Kiểm tra Huyện ủy") }, "\(found)")
        #expect(found.contains { $0.contains("Ủy ban nhân dân huyện") }, "\(found)")
        #expect(found.contains { $0.contains("Đảng ủy các xã, thị trấn") }, "\(found)")
    }

    @Test("a commune's plan meets the communes' obligation, not the district's")
    func communePlan() {
        let found = unmet([("kh.txt", Self.communePlan)])
        #expect(!found.contains { $0.contains("Đảng ủy các xã, thị trấn") }, "\(found)")
        #expect(found.contains { $0.contains("Ban Thường vụ Huyện ủy") }, "\(found)")
    }

    @Test("the commission's plan, its header under its organisation's name, meets the commission's obligation")
    func commissionPlan() {
        let inspection = Self.plan("ĐẢNG BỘ HUYỆN PHÚ LƯƠNG\nỦY BAN KIỂM TRA", "05-KH/UBKTHU", "25/01/2024")
        let found = unmet([("kh.txt", inspection)])
        #expect(!found.contains { $0.contains("Ủy ban Kiểm tra Huyện ủy") }, "\(found)")
        #expect(IssuingBody("Ban Tổ chức Đảng bộ huyện Phú Lương").organ == .commission("ban to chuc"))
        #expect(IssuingBody("Ủy ban Kiểm tra Đảng bộ huyện Phú Lương").organ == .commission("uy ban kiem tra"))
        #expect(IssuingBody("Ban Chấp hành Đảng bộ huyện Phú Lương").organ == .partyCommittee)
    }

    @Test("a body named in the plural is each body of its tier", arguments: [
        ("Đảng ủy các xã, thị trấn", "Đảng ủy xã Ôn Lương", true),
        ("Đảng ủy các xã, thị trấn", "Huyện ủy Phú Lương", false),
        ("UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân huyện Phú Lương", true),
        ("UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân tỉnh Thái Nguyên", false),
    ])
    func plural(actor: String, issuer: String, compatible: Bool) {
        #expect(IssuingBody(actor).isCompatible(with: IssuingBody(issuer)) == compatible)
        #expect(ObligationActor.mayHaveWritten(IssuingBody(issuer), for: IssuingBody(actor)) == compatible)
    }

    @Test("a cell's, a union's, a department's or the police's plan is its own body's, not another's the obligation names (red team, round 23)", arguments: [
        ("Ủy ban Kiểm tra Đảng ủy Công an tỉnh", "Chi bộ Phòng Cảnh sát PC06", false),
        ("Ban Thường vụ Đảng ủy Công an tỉnh", "Công đoàn Công an tỉnh", false),
        ("Đoàn Thanh niên Công an tỉnh", "Sở Tư pháp tỉnh Đồng Nai", false),
        ("Hội Nông dân tỉnh", "Công an tỉnh Đồng Nai", false),
        // A name the reader does not know may still be the body's, written otherwise.
        ("Ban Thường vụ Đảng ủy Công an tỉnh", "Thường trực Đảng ủy", true),
    ])
    func bodyOfItsOwn(actor: String, issuer: String, mayHaveWritten: Bool) {
        #expect(ObligationActor.mayHaveWritten(IssuingBody(issuer), for: IssuingBody(actor)) == mayHaveWritten)
    }

    @Test("the communes' announced plan: overdue while only the district's exists, fulfilled by a commune's")
    func communesAnnouncedPlan() {
        let byDistrict = F.findings(F.graph([("nq.txt", Self.resolution), ("kh.txt", Self.districtPlan)]), .overduePlan, all: true)
        #expect(byDistrict.contains { $0.severity == .warning && $0.message.contains("lead unit Đảng ủy các xã, thị trấn") }, "\(byDistrict.map(\.message))")
        let byCommune = F.findings(F.graph([("nq.txt", Self.resolution), ("kh.txt", Self.communePlan)]), .overduePlan, all: true)
        #expect(byCommune.contains { $0.message.contains("fulfilled by 08-KH/ĐU") }, "\(byCommune.map(\.message))")
        // A commune plan carrying out another document is no plan carrying out this one.
        let other = Self.plan("ĐẢNG BỘ HUYỆN PHÚ LƯƠNG\nĐẢNG ỦY XÃ CỔ LŨNG", "30-KH/ĐU", "20/02/2024",
                              implementing: "Nghị quyết số 07-NQ/HU ngày 18/4/2023 của Ban Chấp hành Đảng bộ huyện")
        let byOther = F.findings(F.graph([("nq.txt", Self.resolution), ("kh.txt", other)]), .overduePlan, all: true)
        #expect(!byOther.contains { $0.message.contains("fulfilled by 30-KH/ĐU") }, "\(byOther.map(\.message))")
    }

    @Test("a subject that carries out the announcing document by its kind alone", arguments: [
        ("kế hoạch thực hiện Chỉ thị", "CT", true),
        ("Kế hoạch triển khai thực hiện Nghị quyết", "NQ", true),
        ("chương trình hành động thực hiện Nghị quyết", "NQ", true),
        ("kế hoạch thực hiện Nghị quyết số 12-NQ/HU", "NQ", false),
        ("kế hoạch thực hiện Chỉ thị", "NQ", false),
        ("kế hoạch tuyên truyền", "NQ", false),
    ])
    func carriesOut(subject: String, type: String, expected: Bool) {
        #expect(AnnouncedMatcher.carriesOutPlanner(subject, plannerType: type) == expected)
    }

    /// Red team, round 12 (repro 01): a programme of action assigns as a plan does; a programme of work does not.
    @Test("a programme of action's `Tổ chức thực hiện` assigns; a programme of work's, and a task opening with a verb, do not")
    func programmes() {
        func programme(_ title: String, _ items: String) -> [Obligation] {
            let text = """
                TỈNH ỦY HÀ NAM
                *
                Số 28-CTr/TU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Hà Nam, ngày 15 tháng 9 năm 2022

                CHƯƠNG TRÌNH \(title)
                thực hiện Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn

                I. TỔ CHỨC THỰC HIỆN
                \(items)
                """
            return DocumentExtractor.extract(text: text, file: "ctr.txt").obligations
        }
        let items = "1. Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch thực hiện Chương trình này.\n2. Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch thực hiện Chương trình này."
        #expect(programme("HÀNH ĐỘNG", items).map(\.actor) == ["Ban Thường vụ Hội Nông dân tỉnh", "Ban Thường vụ Tỉnh đoàn"])
        #expect(programme("HÀNH ĐỘNG", items.uppercased().replacingOccurrences(of: "CHƯƠNG TRÌNH NÀY", with: "Chương trình này")).count == 2)
        #expect(programme("CÔNG TÁC NĂM 2026", items).isEmpty, "a programme of work")
        let verbs = "1. Tham mưu cấp ủy cụ thể hóa các nhiệm vụ vào Chương trình, Kế hoạch công tác hằng năm.\n2. Trên cơ sở Chương trình này, cụ thể hóa, xây dựng kế hoạch công tác hằng năm."
        #expect(programme("HÀNH ĐỘNG", verbs).isEmpty, "a task opening with a verb names no body")
    }
}
