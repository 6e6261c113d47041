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

    /// The graphs of `corpora`, and the sample corpus's.
    static let graphs: [DocumentGraph] = corpora.map { GraphBuilder.build(CorpusExtraction(files: $0)) } + [GraphBuilder.build(Fixtures.sample)]

    @Test("overdue-plan run last with room for the others gives the findings of the rules joined in registry order")
    func overduePlanLast() {
        let asOf = SimpleDate(year: 2026, month: 11, day: 26)!
        var total = 0
        for g in Self.graphs {
            for all in [true, false] {
                let options = CheckOptions(asOf: asOf, includeAll: all)
                var joined: [Finding] = []
                for rule in RuleRegistry.standard.rules { joined += rule.check(g, options) }
                Checker.sort(&joined)
                let run = Checker.run(g, options)
                #expect(run.map { $0.line(.en) } == joined.map { $0.line(.en) })
                #expect(run.map(\.related) == joined.map(\.related))
                total += run.count
            }
        }
        #expect(total > 1000)
    }

    @Test("findings named by a table of the fewer places, findings' or edges', name each as the first edge at its place does")
    func namingSubjects() {
        let asOf = SimpleDate(year: 2026, month: 11, day: 26)!
        var named = 0
        for g in Self.graphs {
            for all in [true, false] {
                let found = Checker.run(g, CheckOptions(asOf: asOf, includeAll: all))
                let fast = g.namingSubjects(found)
                for (k, f) in found.enumerated() {
                    var subject = f.subject
                    if subject == nil, let at = f.location, let e = g.edges.first(where: { $0.location == at }) {
                        subject = g.nodes[Int(e.to)].id?.description ?? g.nodes[Int(e.to)].name
                    }
                    #expect(fast[k].subject == subject, "\(f.line(.en))")
                    if subject != nil { named += 1 }
                }
            }
        }
        #expect(named > 100)
    }

    @Test("an announced subject held as a place in the task's text reads as the string given, and follows the text")
    func heldSubject() {
        let text = "Ban hành Quy định của Ban Bí thư về kết nạp học sinh, sinh viên vào Đảng"
        var a = AnnouncedDocument(typeCode: "QĐ", typeWord: "Quy định", issuer: "Ban Bí thư", subject: "kết nạp học sinh, sinh viên vào Đảng", text: text)
        #expect(a.subject == "kết nạp học sinh, sinh viên vào Đảng")
        let b = AnnouncedDocument(typeCode: "QĐ", typeWord: "Quy định", issuer: "Ban Bí thư", subject: "kết nạp học sinh, sinh viên vào Đảng", text: text + " ")
        a.text = "Quy định khác hẳn, không chứa chủ đề"
        #expect(a.subject == "kết nạp học sinh, sinh viên vào Đảng")
        a.text = text + " "
        #expect(a == b && a.hashValue == b.hashValue)
        a.subject = "một chủ đề không có trong văn bản"
        #expect(a.subject == "một chủ đề không có trong văn bản" && a != b)
        a.subject = nil
        #expect(a.subject == nil)
        // Every plan of the plan-heavy corpus: the subject read back is the one its task gave.
        var plans = 0
        for files in Self.corpora {
            for t in files.flatMap(\.tasks) {
                guard let announced = t.announced, let s = announced.subject else { continue }
                let own = AnnouncedDocument(typeCode: announced.typeCode, typeWord: announced.typeWord, issuer: announced.issuer, subject: s + "", text: announced.text)
                #expect(own.subject == s && Array(s.utf8) == Array(own.subject!.utf8))
                plans += 1
            }
        }
        #expect(plans > 1000)
    }
}
