import DocGraph
import DocGraphRendering
import Testing

/// The overview of a corpus too big to draw document by document (issue #14): a body's names
/// are one body, and the same corpus can be drawn by document type.
@Suite("Issuer and type overview")
struct IssuerOverviewTests {
    /// Five plans of three bodies of Nghệ An and Hà Tĩnh, written as their headers write them.
    static let graph: DocumentGraph = {
        let issuers = ["BAN THƯỜNG VỤ TỈNH ỦY NGHỆ AN", "TỈNH ỦY NGHỆ AN", "TỈNH ỦY NGHỆ AN", "BAN TỔ CHỨC TỈNH ỦY NGHỆ AN", "TỈNH ỦY HÀ TĨNH"]
        return Fixtures.graph(issuers.enumerated().map { i, issuer in
            let n = i + 1
            return ("d\(n).txt", """
                ĐẢNG BỘ TỈNH

                \(issuer)

                Số \(n)\(n)-KH/TU

                *Nghệ An, ngày 0\(n) tháng 3 năm 2026*

                ## KẾ HOẠCH

                về việc thử số \(n)

                Thực hiện Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương.
                """)
        })
    }()

    @Test("Ban Thường vụ Tỉnh ủy Nghệ An and Tỉnh ủy Nghệ An are one body; its Ban Tổ chức and Hà Tĩnh's are not")
    func namesOfOneBody() throws {
        let issuers = IssuerGraph.build(Self.graph)
        #expect(issuers.grouping == .issuer)
        let nghean = try #require(issuers.bodies.first { $0.name == "Tỉnh ủy Nghệ An" })
        #expect(nghean.documents == 3, "the standing committee signs for the committee")
        #expect(!issuers.bodies.contains { $0.name == "Ban Thường vụ Tỉnh ủy Nghệ An" })
        #expect(issuers.bodies.contains { $0.name == "Ban Tổ chức Tỉnh ủy Nghệ An" && $0.documents == 1 }, "a commission is not its committee")
        #expect(issuers.bodies.contains { $0.name == "Tỉnh ủy Hà Tĩnh" && $0.documents == 1 })
        let documents: Int = issuers.bodies.map(\.documents).reduce(0, +)
        #expect(documents == Self.graph.nodes.count)
    }

    @Test("by type: one node per document type, the same citations")
    func byType() throws {
        let g = Self.graph
        let types = IssuerGraph.build(g, by: .type)
        #expect(types.grouping == .type)
        let plans = try #require(types.bodies.first { $0.code == "KH" })
        #expect(plans.documents == 5 && plans.name == "Kế hoạch")
        #expect(types.bodies.contains { $0.code == "NQ" && $0.documents == 1 })
        let between: Int = types.links.map(\.citations).reduce(0, +)
        let within: Int = types.bodies.map(\.internalCitations).reduce(0, +)
        #expect(between + within == g.edges.count)
        var spec = DiagramSpec(title: "t")
        spec.documentLimit = 2
        spec.overview = .type
        let drawn = DOTWriter.draw(g, spec, asOf: Fixtures.asOf)
        #expect(drawn.issuerBodies == types.bodies.count)
        #expect(drawn.dot.contains("Trích dẫn giữa các loại văn bản: 6 văn bản thuộc 2 loại") && drawn.dot.contains("Kế hoạch (KH)"))
        spec.language = .en
        #expect(DOTWriter.draw(g, spec, asOf: Fixtures.asOf).dot.contains("Citations between document types: 6 documents of 2 types"))
    }
}
