@testable import DocGraph
import Foundation
import Testing

/// A document of the announced kind that carries out the announcing one by number fulfils the
/// announcement whatever its title's words (red team, round 13: the cell's `KẾ HOẠCH khắc phục hạn chế
/// theo Thông báo số 45-TB/ĐU` left the notice's announced plan overdue).
@Suite("Announcements fulfilled by the document carrying out the announcer")
struct CarryingOutFulfilmentTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/RedTeam13/corpus/\(path)"), encoding: .utf8)
    }

    @Test("the cell's plan carrying out the notice fulfils the notice's one announced plan")
    func notice() throws {
        let notice = try Self.text("01-khoi-cq/45-TB-DU_02-11-2022.txt")
        let plan = try Self.text("06-chi-bo/CB-SYT_07-KH-CB_25-11-2022.md")
        let g = Fixtures.graph([("tb.txt", notice), ("kh.md", plan)])
        let found = Fixtures.findings(g, .overduePlan, all: true)
        #expect(found.count == 1 && found.allSatisfy { $0.severity == .note && $0.message.contains("fulfilled by 07-KH/CB") }, "\(found.map(\.message))")
        // Without the plan, the announcement is overdue.
        let alone = Fixtures.findings(Fixtures.graph([("tb.txt", notice)]), .overduePlan, all: true)
        #expect(alone.contains { $0.severity == .warning }, "\(alone.map(\.message))")
    }

    @Test("a planner announcing two plans is not fulfilled twice by one plan carrying it out")
    func twoAnnouncements() throws {
        let notice = try Self.text("01-khoi-cq/45-TB-DU_02-11-2022.txt")
            .replacingOccurrences(of: "2. Việc đánh giá", with: "3. Chi bộ Sở Y tế xây dựng kế hoạch bồi dưỡng đảng viên mới, hoàn thành trước ngày 30/11/2022.\n2. Việc đánh giá")
        let plan = try Self.text("06-chi-bo/CB-SYT_07-KH-CB_25-11-2022.md")
        let found = Fixtures.findings(Fixtures.graph([("tb.txt", notice), ("kh.md", plan)]), .overduePlan, all: true)
        #expect(found.count == 2)
        #expect(found.filter { $0.message.contains("fulfilled by 07-KH/CB") }.count <= 1, "\(found.map(\.message))")
    }

    /// Red team, round 12 (repro 02): `Các huyện, thị, thành đoàn` was no lead unit.
    @Test("one organ shared by a list of tiers is each tier's: `Các huyện, thị, thành đoàn`, `Các huyện, thị, thành ủy`")
    func ellipticPlural() throws {
        #expect(IssuingBodies.compatible("Các huyện, thị, thành đoàn", "Ban Thường vụ Thị đoàn Duy Tiên"))
        #expect(IssuingBodies.compatible("Các huyện, thị, thành ủy", "Huyện ủy Kim Bảng"))
        #expect(!IssuingBodies.compatible("Các huyện, thị, thành đoàn", "Tỉnh đoàn Hà Nam"))
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/RedTeam12/repro/02-elliptic-plural-lead-unit.txt"), encoding: .utf8)
        let g = Fixtures.graph([("kh.txt", text)])
        let found = Fixtures.findings(g, .overduePlan, all: true)
        #expect(found.count == 1 && found.allSatisfy { $0.severity == .note && $0.message.contains("fulfilled by 09-KH/ĐTN") }, "\(found.map(\.message))")
    }

    /// Red team, round 13 (repro 06): `Ban hành Hướng dẫn thực hiện Quy định về …` plans a guidance and announces it.
    @Test("a row's planned guidance is done by the guidance that fulfils the row's announcement; without it, both are overdue")
    func plannedGuidanceByAnnouncement() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/RedTeam13/repro/06-announced-guidance-read-twice.txt"), encoding: .utf8)
        let found = Fixtures.findings(Fixtures.graph([("a.txt", text)]), .overduePlan, all: true)
        #expect(!found.contains { $0.severity == .warning }, "\(found.map(\.message))")
        #expect(found.contains { $0.message.contains("planned guidance") && $0.message.contains("fulfilled by 08-HD/ĐU") })
        // The guidance taken away: the announcement and the planned guidance are both overdue.
        let cut = text.components(separatedBy: "ĐẢNG BỘ TỈNH TRÀ VINH").prefix(3).joined(separator: "ĐẢNG BỘ TỈNH TRÀ VINH")
        let alone = Fixtures.findings(Fixtures.graph([("a.txt", cut)]), .overduePlan)
        #expect(alone.filter { $0.severity == .warning }.count == 2, "\(alone.map(\.message))")
    }
}
