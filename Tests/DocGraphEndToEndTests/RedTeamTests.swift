import Foundation
import Testing

/// `check` on the red-team corpus (`Tests/Evaluation/RedTeam`): 309 documents written by an
/// evaluator who did not write docgraph, in conventions of their own (provincial, district and
/// commune committees and people's committees, shared district names, tables in three forms,
/// NFD, wrapped lines), with defects planted and traps that must not be flagged, all in
/// `key.json`. The evaluator's own scorer (`score.py`, kept as written but for `--summary`)
/// reads what the built binary says; the floors are the figures reached so far, so that a change
/// that loses a planted defect or raises a false alarm fails here.
@Suite("Red-team corpus")
struct RedTeamTests {
    /// Per rule: planted defects found at least, false alarms at most.
    private static let floors: [String: (found: Int, falseAlarms: Int)] = [
        "cycle": (5, 0),
        "dangling": (8, 4),
        "metadata-conflict": (10, 0),
        "superseded-citation": (15, 0),
        "overdue-plan": (17, 0),
        "ambiguous-id": (0, 0),
        "duplicate-identity": (0, 0),
        "inverse-inconsistency": (0, 0),
        "temporal": (0, 0),
        "unmet-obligation": (0, 0),
        "count-mismatch": (0, 0),
    ]

    private struct Score: Decodable { var found: Int; var planted: Int; var `false`: Int }

    @Test("planted defects found and false alarms hold their floors, rule by rule")
    func floorsHold() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/RedTeam")
        let check = try CLI.run(["check", "Tests/Evaluation/RedTeam/corpus", "--format", "json", "--as-of", "2026-11-26", "--all", "--fail-on", "never"])
        #expect(check.status == 0, "\(check.err)")
        let findings = try Fixtures.temporaryFolder().appendingPathComponent("dg.json")
        try Data(check.out.utf8).write(to: findings)

        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", folder.appendingPathComponent("score.py").path, findings.path,
                            folder.appendingPathComponent("key.json").path, "--summary"]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let scores = try JSONDecoder().decode([String: Score].self, from: data)

        for (rule, score) in scores.sorted(by: { $0.key < $1.key }) {
            let floor = try #require(Self.floors[rule], "a rule the floors do not know: \(rule) \(score)")
            #expect(score.found >= floor.found, "\(rule): \(score.found) of \(score.planted) planted found, floor \(floor.found)")
            #expect(score.false <= floor.falseAlarms, "\(rule): \(score.false) false alarms, floor \(floor.falseAlarms)")
        }
        let planted = scores.values.reduce(0) { $0 + $1.planted }
        #expect(planted == 55, "key.json plants 55 defects")
        print("red-team corpus:", scores.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.found)/\($0.value.planted) false \($0.value.false)" }.joined(separator: "; "))
    }
}
