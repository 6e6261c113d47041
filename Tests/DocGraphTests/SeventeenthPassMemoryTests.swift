import CorpusSynthesis
import Foundation
import Testing
@testable import DocGraph

/// The memory shortcuts of issue #12's seventeenth pass, each held to the form it stands for.
@Suite("Seventeenth-pass memory shortcuts give the graph and findings of the forms they replace")
struct SeventeenthPassMemoryTests {
    /// 120 plan-heavy documents (task tables, prose tasks, obligations) and the real documents.
    static let corpora: [[ExtractedFile]] = {
        let plans = PlanHeavyCorpus(count: 120, seed: 7)
        let real = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real").path
        return [(0..<plans.count).map { DocumentExtractor.extract(bytes: plans.bytes($0), file: plans.relativePath($0)) },
                CorpusExtraction.read(paths: [real], threads: 1).files]
    }()

    /// A plan as text: every field the graph keeps of it.
    static func line(_ p: PlannedDocument) -> String {
        "\(p.planner) \(p.announced) \(String(describing: p.deadline)) \(p.leadUnit ?? "-") \(p.location) \(p.citesDocuments)"
    }

    @Test("a file read for its graph alone holds the plans its rows give, and the graph and check --all are the same")
    func graphOnlyReading() {
        let asOf = SimpleDate(year: 2026, month: 11, day: 26)!
        var plans = 0
        for files in Self.corpora {
            let lean = files.map { f -> ExtractedFile in
                var f = f
                f.keepOnlyWhatTheGraphReads()
                return f
            }
            #expect(lean.allSatisfy { $0.tasks.isEmpty })
            let whole = GraphBuilder.build(CorpusExtraction(files: files))
            let held = GraphBuilder.build(CorpusExtraction(files: lean))
            #expect(held.plans.map(Self.line) == whole.plans.map(Self.line))
            #expect(held.nodes.count == whole.nodes.count && held.edges.count == whole.edges.count)
            #expect(held.obligations.count == whole.obligations.count && held.statedCounts.count == whole.statedCounts.count)
            let options = CheckOptions(asOf: asOf, includeAll: true)
            #expect(Checker.run(held, options).map { $0.line(.en) } == Checker.run(whole, options).map { $0.line(.en) })
            plans += whole.plans.count
        }
        #expect(plans > 1000)
    }

    @Test("reading for the graph alone changes only the task rows, on one thread and on several")
    func graphOnlyRead() {
        let real = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real").path
        for threads in [1, 3] {
            let whole = CorpusExtraction.read(paths: [real], threads: threads)
            let lean = CorpusExtraction.read(paths: [real], threads: threads, forGraphOnly: true)
            #expect(lean.files.map(\.file) == whole.files.map(\.file))
            #expect(lean.files.map(\.citations) == whole.files.map(\.citations))
            #expect(lean.files.map(\.documents) == whole.files.map(\.documents))
            #expect(lean.tasks.isEmpty && !whole.tasks.isEmpty)
            #expect(lean.files.reduce(0) { $0 + $1.heldPlans.count } == whole.tasks.filter { $0.announced != nil }.count)
        }
    }
}
