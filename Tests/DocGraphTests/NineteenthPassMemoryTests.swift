import CorpusSynthesis
import Foundation
import Testing
@testable import DocGraph

/// The memory shortcuts of issue #12's nineteenth pass, each held to the form it stands for.
@Suite("Nineteenth-pass memory shortcuts give what the forms they replace gave")
struct NineteenthPassMemoryTests {
    /// The plans as `GraphBuilder.attachPlans` made them before `PlannedDocuments`: one array, a plan
    /// for each held plan and then each row that announces a document, file by file, the planner the
    /// node of its document (the corpus's documents are the first nodes, in order).
    static func plansAsOneArray(_ files: [ExtractedFile]) -> [PlannedDocument] {
        var plans: [PlannedDocument] = []
        var next = 0
        for file in files {
            let nodes = (next..<next + file.documents.count).map(NodeIndex.init)
            next += file.documents.count
            for held in file.heldPlans where nodes.indices.contains(Int(held.documentIndex)) {
                plans.append(PlannedDocument(planner: nodes[Int(held.documentIndex)], held: held, file: file.file))
            }
            for task in file.tasks {
                guard let announced = task.announced, nodes.indices.contains(task.documentIndex) else { continue }
                plans.append(PlannedDocument(planner: nodes[task.documentIndex], announced: announced, task: task))
            }
        }
        return plans
    }

    /// Every field of a plan, in one line.
    static func line(_ p: PlannedDocument) -> String { SeventeenthPassMemoryTests.line(p) }

    @Test("the graph's plans, read in turn and by index, are the one array of plans, read whole and for the graph alone")
    func plansAsTheFilesGaveThem() {
        var checked = 0
        for files in SeventeenthPassMemoryTests.corpora {
            let lean = files.map { f -> ExtractedFile in
                var f = f
                f.keepOnlyWhatTheGraphReads()
                return f
            }
            for given in [files, lean] {
                let expected = Self.plansAsOneArray(given).map(Self.line)
                let graph = GraphBuilder.build(CorpusExtraction(files: given))
                #expect(graph.plans.count == expected.count)
                #expect(graph.plans.map(Self.line) == expected)
                #expect(graph.plans.indices.map { Self.line(graph.plans[$0]) } == expected)
                #expect(graph.plans.indices.reversed().map { Self.line(graph.plans[$0]) } == expected.reversed())
                checked += expected.count
            }
        }
        #expect(checked > 2000)
    }

    @Test("plans given as an array read back as given, with files and planners in any order; dumped as the array")
    func plansGiven() {
        let graph = SeventeenthPassMemoryTests.graphs[0]
        let all = Array(graph.plans)
        var order = Array(all.indices)
        var generator = SeededGenerator(seed: 19)
        order.shuffle(using: &generator)
        for given in [all, order.map { all[$0] }, [], Array(all.prefix(1))] {
            let plans = PlannedDocuments(given)
            #expect(plans.map(Self.line) == given.map(Self.line))
            #expect(plans.indices.map { Self.line(plans[$0]) } == given.map(Self.line))
            var a = "", b = ""
            dump(plans, to: &a)
            dump(given, to: &b)
            #expect(a.split(separator: "\n").dropFirst().elementsEqual(b.split(separator: "\n").dropFirst()))
        }
    }

    @Test("a file read for its graph alone holds its plans in one array, which the graph takes as it is")
    func heldPlansTakenAsTheyAre() {
        var file = PlanHeavyCorpusFile.first
        file.keepOnlyWhatTheGraphReads()
        #expect(!file.heldPlans.isEmpty && file.heldPlans.capacity == file.heldPlans.count)
        let before = file.heldPlans.withUnsafeBufferPointer { $0.baseAddress }
        var graph = DocumentGraph()
        GraphBuilder.attachPlans(of: file, nodes: (0..<file.documents.count).map(NodeIndex.init), to: &graph)
        #expect(graph.plans.count == file.heldPlans.count)
        #expect(graph.plans.map(Self.line) == Self.plansAsOneArray([file]).map(Self.line))
        // The same storage: no second array of the plans was made.
        #expect(graph.plans.heldStorage.first == before)
    }
}
