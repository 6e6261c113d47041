import Foundation
import Testing
@testable import DocGraph

/// The review set (Tests/Review): every planted mistake caught at the draft's line with the
/// manifest's severity, and clean drafts without a finding at warning or above.
@Suite("Review set")
struct ReviewSetTests {
    static let root = Fixtures.packageRoot.appendingPathComponent("Tests/Review")

    struct Planted: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var rule: String
        var severity: String
        var description: String { "\(file):\(line) [\(rule)] \(severity)" }
    }

    static func manifest() throws -> [Planted] {
        let text = try String(contentsOf: root.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Planted(file: cells[0], line: Int(cells[1])!, rule: cells[2], severity: cells[3])
        }
    }

    static func review(_ draft: String) throws -> [Finding] {
        let input = try ReviewInput.read(corpus: [Fixtures.corpus.path, root.appendingPathComponent("Corpus").path],
                                         drafts: [root.appendingPathComponent("Drafts/\(draft)").path]) { [] }
        return input.findings(CheckOptions(asOf: Fixtures.asOf))
    }

    @Test("every planted mistake is caught at its line with its severity; clean drafts are clean")
    func figures() throws {
        let planted = try Self.manifest()
        let drafts = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Drafts").path).sorted()
        #expect(drafts.filter { !$0.hasPrefix("clean-") }.count >= 10)
        #expect(drafts.filter { $0.hasPrefix("clean-") }.count >= 3)
        var caught: [Planted] = [], missed: [Planted] = [], falseAlarms: [String] = []
        for draft in drafts {
            let findings = try Self.review(draft)
            for f in findings { #expect(f.location.map { $0.file.hasSuffix(draft) } == true, "\(f.description) is not located in the draft") }
            let expected = planted.filter { $0.file == draft }
            for p in expected {
                if findings.contains(where: { $0.location?.line == p.line && $0.rule.rawValue == p.rule && $0.severity.rawValue == p.severity }) {
                    caught.append(p)
                } else {
                    missed.append(p)
                }
            }
            let plantedLines = Set(expected.map(\.line))
            falseAlarms += findings.filter { $0.severity >= .warning && !plantedLines.contains($0.location?.line ?? 0) }.map(\.description)
        }
        print("review set: \(drafts.count) drafts, \(planted.count) planted mistakes: \(caught.count) caught, \(missed.count) missed, \(falseAlarms.count) false alarms")
        #expect(missed.isEmpty, "missed: \(missed)")
        #expect(falseAlarms.isEmpty, "false alarms: \(falseAlarms)")
        #expect(Set(planted.map(\.rule)) == Set(RuleRegistry.standard.ids.map(\.rawValue)), "the set plants a mistake of every rule")
    }

    @Test("drafts reviewed together give what each gives alone: one draft's mistake never reaches another")
    func together() throws {
        let folder = Self.root.appendingPathComponent("Drafts")
        let input = try ReviewInput.read(corpus: [Fixtures.corpus.path, Self.root.appendingPathComponent("Corpus").path], drafts: [folder.path]) { [] }
        let together = input.findings(CheckOptions(asOf: Fixtures.asOf)).map(\.description)
        let alone = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().flatMap { try Self.review($0) }.map(\.description)
        #expect(together.sorted() == alone.sorted())
    }

    @Test("the default gate (--fail-on error) fails a wrong date and a stale citation")
    func defaultGate() throws {
        #expect(try Self.review("01-ke-hoach-sai-ngay.txt").contains { $0.severity == .error && $0.rule == .metadataConflict })
        #expect(try Self.review("04-ke-hoach-trich-van-ban-da-bi-thay-the.txt").contains { $0.severity == .error && $0.rule == .supersededCitation })
    }

    @Test("a wrong date is an error against a corpus header in a draft, a warning between corpus documents")
    func severityByRole() throws {
        let date = try #require(try Self.review("01-ke-hoach-sai-ngay.txt").first { $0.rule == .metadataConflict })
        #expect(date.severity == .error)
        #expect(date.related.contains { $0.file.hasSuffix("Corpus/001_9516fea5641a2c07.txt") }, "the corpus header is the related evidence")
        // The same draft read as a corpus document: nobody knows which side is right.
        let asCorpus = CorpusExtraction.read(paths: [Fixtures.corpus.path, Self.root.appendingPathComponent("Drafts/01-ke-hoach-sai-ngay.txt").path])
        let conflict = try #require(Checker.run(GraphBuilder.build(asCorpus), CheckOptions(asOf: Fixtures.asOf, rules: [.metadataConflict]))
            .first { $0.location?.file.hasSuffix("01-ke-hoach-sai-ngay.txt") == true })
        #expect(conflict.severity == .warning)
    }

    @Test("corpus-wide findings are left out of a review")
    func corpusWideLeftOut() throws {
        for f in try Self.review("clean-01-ke-hoach-thuc-hien-ket-luan-58.txt") {
            Issue.record("unexpected finding in a clean draft: \(f.description)")
        }
    }

    @Test("a baseline accepts known findings whatever lines are added above them")
    func baseline() throws {
        let findings = try Self.review("02-ke-hoach-sai-co-quan-ban-hanh.txt")
        let text = try String(contentsOf: Self.root.appendingPathComponent("Drafts/02-ke-hoach-sai-co-quan-ban-hanh.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lineText: (DocGraph.SourceLocation) -> String? = { lines[$0.line - 1].split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let b = Baseline(findings, lineText: lineText)
        #expect(b.findings.count == findings.count)
        #expect(b.newFindings(findings, lineText: lineText).isEmpty)
        // Two lines inserted above: the same findings, two lines down, are still known.
        let shifted = findings.map { f in var g = f; g.location?.line += 2; return g }
        let shiftedText: (DocGraph.SourceLocation) -> String? = { lineText(DocGraph.SourceLocation(file: $0.file, line: $0.line - 2, column: $0.column)) }
        #expect(b.newFindings(shifted, lineText: shiftedText).isEmpty)
        // A finding on a changed line is new.
        #expect(b.newFindings(findings, lineText: { _ in "something else" }).count == findings.count)
        let decoded = try JSONDecoder().decode(Baseline.self, from: Data(b.json.utf8))
        let written: Set<Baseline.Entry> = Set(decoded.findings), kept: Set<Baseline.Entry> = Set(b.findings)
        #expect(written == kept)
    }
}
