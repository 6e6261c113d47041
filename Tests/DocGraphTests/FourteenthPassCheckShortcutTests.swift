import CorpusSynthesis
import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's fourteenth pass (`check` on the plan-heavy shape), each held to
/// the slower form it stands for: the citations of one line chained through one array instead of
/// a dictionary of arrays (`unmet-obligation`), and findings sorted by keys read in one pass.
@Suite("Fourteenth-pass shortcuts of check give the answers of the forms they replace")
struct FourteenthPassCheckShortcutTests {
    /// The sample corpus, the real documents and 120 plan-heavy documents (task tables, obligations).
    static let graphs: [DocumentGraph] = {
        let real = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real").path
        let plans = PlanHeavyCorpus(count: 120, seed: 7)
        return [GraphBuilder.build(Fixtures.sample), GraphBuilder.build(CorpusExtraction.read(paths: [real])),
                GraphBuilder.build(CorpusExtraction(files: (0..<plans.count).map {
                    DocumentExtractor.extract(bytes: plans.bytes($0), file: plans.relativePath($0))
                }))]
    }()

    @Test("the documents cited on a line, linked in rings of each document's edges, are those a dictionary of arrays gives")
    func citationsOnLine() {
        var lines = 0
        for g in Self.graphs {
            var reference: [UnmetObligationRule.LineKey: [NodeIndex]] = [:]
            for i in g.edges.indices {
                reference[UnmetObligationRule.LineKey(from: g.edges[i].from, line: g.edges[i].location.sourceLine), default: []].append(g.edges[i].to)
            }
            let chained = UnmetObligationRule.CitationsOnLine(g)
            // From every edge of the line, the line's cited documents (each edge once: as many as the line has).
            for i in g.edges.indices {
                let cited = reference[UnmetObligationRule.LineKey(from: g.edges[i].from, line: g.edges[i].location.sourceLine)]!
                var found: [NodeIndex] = []
                chained.forEach(onLineOf: EdgeIndex(i), in: g) { found.append($0) }
                #expect(found.first == g.edges[i].to)
                #expect(found.sorted() == cited.sorted(), "\(g.edges[i].location)")
                lines += 1
            }
        }
        #expect(lines > 1000)
    }

}

@Suite("Findings sorted in place by integer keys read in one pass")
struct FourteenthPassSortTests {
    @Test("the order is that of comparing paths, places and rules as they are, facts last")
    func sortedAsByStrings() {
        let asOf = SimpleDate(year: 2026, month: 11, day: 26)!
        var total = 0
        for g in FourteenthPassCheckShortcutTests.graphs {
            var found: [Finding] = []
            for rule in RuleRegistry.standard.rules { found += rule.check(g, CheckOptions(asOf: asOf, includeAll: true)) }
            // Findings without a place, of a rule not in the registry, and a second run of one rule.
            found += [Finding("zz-outside", "no place", at: nil, severity: .note), Finding("aa-outside", "first", at: nil, severity: .note)]
            found += found.prefix(50).reversed()
            let reference = found.indices.sorted { a, b in
                let x = found[a].location ?? SourceLocation(file: "", line: 0, column: 0)
                let y = found[b].location ?? SourceLocation(file: "", line: 0, column: 0)
                let kx = (x.file, x.page ?? 0, x.line, x.column, found[a].rule.rawValue)
                let ky = (y.file, y.page ?? 0, y.line, y.column, found[b].rule.rawValue)
                if kx != ky { return kx < ky }
                return String(describing: found[a].sentence) < String(describing: found[b].sentence)
            }.map { found[$0] }
            let sorted = Checker.sorted(found)
            #expect(sorted.map(Self.line) == reference.map(Self.line))
            total += sorted.count
        }
        #expect(total > 1000)
    }

    static func line(_ f: Finding) -> String {
        "\(f.location?.description ?? "-") \(f.rule) \(f.message)"
    }
}
