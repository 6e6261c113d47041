import DocGraph
import Testing

/// The answers issue #3 names on the sample corpus, as of 2026-11-25.
@Suite("Sample corpus answers")
struct SampleAnswersTests {
    let g = GraphBuilder.build(Fixtures.sample)
    let asOf = Fixtures.asOf

    @Test("revisions 253-QĐ/TW: the planned amendment is overdue")
    func revisions253() throws {
        let n = try g.lookup("253-QD/TW")
        let revisions = g.revisions(of: n, asOf: asOf)
        let r = try #require(revisions.first)
        #expect(revisions.count == 1)
        #expect(r.state == .overdue)
        let e = g.edges[Int(r.edge)]
        #expect(e.relation == .amends && e.modality == .planned)
        #expect(e.leadUnit == "Vụ Tổ chức - Điều lệ")
        #expect(e.deadline?.date?.description == "2026-04-30")
        #expect(g.revisions(of: n, asOf: SimpleDate(year: 2026, month: 3, day: 1)!).first?.state == .pending)
    }

    @Test("impact 28-NQ/TW lists 256-KH/TU, 12-KH/TW and 25-CTr/TU with chains")
    func impact28() throws {
        let reached = g.impact(of: try g.lookup("28-NQ/TW"))
        let names = Set(reached.map { g.nodes[Int($0.node)].name })
        #expect(names.isSuperset(of: ["256-KH/TU", "12-KH/TW", "25-CTr/TU"]))
        #expect(reached.allSatisfy { !$0.chain.isEmpty && g.edges[Int($0.chain[0])].to == (try? g.lookup("28-NQ/TW")) })
    }

    @Test("check reports the 21-TB/VPTW date conflict")
    func conflict() {
        let found = Checker.run(g, CheckOptions(asOf: asOf, rules: [.metadataConflict]))
        #expect(found.contains { $0.message.hasPrefix("21-TB/VPTW is cited with 2 different dates") })
    }

    @Test("status 294-QĐ/TW tells of its planned replacement")
    func status294() throws {
        let s = g.status(of: try g.lookup("294-QĐ/TW"), asOf: asOf)
        #expect(s.state == .inForce)
        let planned = try #require(s.planned.first)
        #expect(g.edges[Int(planned.edge)].relation == .replaces)
        #expect(planned.state == .overdue)
        #expect(g.edges[Int(planned.edge)].deadline?.date?.description == "2026-03-31")
    }

    @Test("the whole corpus check, as JSON and SARIF, is stable")
    func goldenCheck() {
        let findings = Checker.run(g, CheckOptions(asOf: asOf))
        #expect(!findings.contains { $0.severity == .error })
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.findings(findings)), "check/sample.findings.json")
        let sarif = Fixtures.relative(SARIF.log(findings, toolVersion: "test", root: Fixtures.packageRoot.path)
            .replacingOccurrences(of: "file://" + Fixtures.packageRoot.path + "/", with: "file:///repository/"))
        #expect(!sarif.contains("\"uri\" : \"/") && !sarif.contains("\"uri\" : \"file:///work"), "every URI is relative to SRCROOT")
        Fixtures.expectGolden(sarif, "check/sample.sarif")
    }
}
