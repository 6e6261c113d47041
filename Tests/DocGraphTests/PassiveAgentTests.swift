import Testing
@testable import DocGraph

/// `X được cụ thể hóa bằng Y`, `X được hướng dẫn bởi Y`: the document after `bằng`/`bởi` does to the one
/// before what the verb says (red team, round 17: read the other way, a report made a resolution carry out
/// its own plan, a false cycle error).
@Suite("A passive's agent document does the deed")
struct PassiveAgentTests {
    private static let header = "TỈNH ỦY QUẢNG NINH\n*\nSố 410-BC/TU\nQuảng Ninh, ngày 12 tháng 6 năm 2024\n\nBÁO CÁO\nsơ kết 03 năm thực hiện Nghị quyết\n\nI. KẾT QUẢ\n"

    private func told(_ sentence: String, _ id: String) -> [Citation] {
        Fixtures.extract(Self.header + sentence + "\n").citations.filter { $0.id.description == id }
    }

    @Test("the agent carries out or guides the subject", arguments: [
        ("Nghị quyết số 05-NQ/TU được cụ thể hóa bằng Kế hoạch số 12-KH/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy.", Relation.implements),
        ("Nghị quyết số 05-NQ/TU đã được triển khai thực hiện bằng Kế hoạch số 12-KH/TU, ngày 20/5/2021.", .implements),
        ("Nghị quyết số 05-NQ/TU được hướng dẫn bởi Hướng dẫn số 12-HD/TU, ngày 20/5/2021.", .guides),
    ])
    func agent(_ sentence: String, _ relation: Relation) throws {
        let agentID = sentence.contains("12-HD/TU") ? "12-HD/TU" : "12-KH/TU"
        let nested = try #require(told(sentence, "05-NQ/TU").first { $0.isNested })
        #expect(nested.citingDocument?.description == agentID)
        #expect(nested.relation == relation)
        #expect(nested.modality == .enacted)
        // The subject carries out nothing of the agent.
        #expect(!told(sentence, agentID).contains { $0.isNested })
    }

    @Test("the deed the clause names is what the agent did", arguments: [
        ("Việc sửa đổi Quy định số 08-QĐ/TU được thực hiện bằng Quy định số 21-QĐ/TU, ngày 08/6/2022.", Relation.amends),
        ("Việc thay thế Quyết định số 08-QĐ/TU được thực hiện bằng Quyết định số 21-QĐ/TU, ngày 08/6/2022.", .replaces),
    ])
    func nominalDeed(_ sentence: String, _ relation: Relation) throws {
        let all = told(sentence, "08-QĐ/TU")
        let nested = try #require(all.first { $0.isNested })
        #expect(nested.citingDocument?.description == "21-QĐ/TU")
        #expect(nested.relation == relation)
        // The report revises nothing itself.
        #expect(!all.contains { !$0.isNested && $0.relation.isRevision })
    }

    @Test("`theo` after the passive is compliance, not an agent")
    func compliance() {
        let cited = told("Nhiệm vụ này được thực hiện theo Kế hoạch số 12-KH/TU, ngày 20/5/2021.", "12-KH/TU")
        #expect(!cited.isEmpty)
        #expect(!cited.contains { $0.isNested })
    }
}
