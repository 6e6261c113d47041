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

    /// An announced document's text and subject, as bytes.
    static func bytes(_ a: AnnouncedDocument?) -> [UInt8]? {
        guard let a else { return nil }
        return Array(a.text.utf8) + [0] + Array((a.subject ?? "").utf8)
    }

    /// The storage of a string's bytes.
    static func storage(_ s: String) -> UnsafePointer<UInt8>? {
        let base: UnsafePointer<UInt8>?? = s.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        return base ?? nil
    }

    @Test("a corpus read shares the quotes and task texts its files repeat; every value is byte for byte the file's own")
    func sharedTexts() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try PlanHeavyCorpus(count: 40, seed: 7).write(to: folder.path, threads: 1)
        let real = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real").path
        for paths in [[folder.path], [real]] {
            for threads in [1, 3] {
                let read = CorpusExtraction.read(paths: paths, threads: threads)
                let own = read.files.map { DocumentExtractor.extract(path: $0.file) }
                #expect(read.files.map(\.file) == own.map(\.file))
                #expect(read.files.map(\.citations) == own.map(\.citations))
                #expect(read.files.map(\.tasks) == own.map(\.tasks))
                #expect(read.citations.map { Array($0.text.utf8) } == own.flatMap(\.citations).map { Array($0.text.utf8) })
                #expect(read.tasks.map { Array($0.task.utf8) } == own.flatMap(\.tasks).map { Array($0.task.utf8) })
                let announced = read.tasks.map { Self.bytes($0.announced) }
                #expect(announced == own.flatMap(\.tasks).map { Self.bytes($0.announced) })
                let lean = CorpusExtraction.read(paths: paths, threads: threads, forGraphOnly: true)
                #expect(lean.files.map(\.citations) == own.map(\.citations))
                #expect(lean.files.flatMap(\.heldPlans).map(\.announced) == own.flatMap(\.tasks).compactMap(\.announced))
                let options = CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 26)!, includeAll: true)
                #expect(Checker.run(GraphBuilder.build(lean), options).map { $0.line(.en) }
                        == Checker.run(GraphBuilder.build(CorpusExtraction(files: own)), options).map { $0.line(.en) })
            }
        }
        // Repeated texts stand in one storage, as many as there are distinct texts of more than 15 bytes.
        let read = CorpusExtraction.read(paths: [folder.path], threads: 3)
        let texts = read.tasks.compactMap(\.announced?.text).filter { $0.utf8.count > 15 }
        #expect(Set(texts.map(Self.storage)).count == Set(texts.map { Array($0.utf8) }).count)
        #expect(Set(texts.map(Self.storage)).count < texts.count / 2)
        let quotes = read.citations.map(\.text).filter { $0.utf8.count > 15 }
        #expect(Set(quotes.map(Self.storage)).count == Set(quotes.map { Array($0.utf8) }).count)
    }

    @Test("an announced document's text held in another string of its bytes reads and changes as before")
    func heldText() {
        let text = "Ban hành Kế hoạch thực hiện Nghị quyết về chuyển đổi số, thực hiện Nghị quyết"
        for subject in [nil, "thực hiện Nghị quyết", "chuyển đổi số", "không có trong câu này đâu"] {
            let given = AnnouncedDocument(typeCode: "KH", typeWord: "Kế hoạch", issuer: "Tỉnh ủy", subject: subject, text: text)
            var held = given
            held.holdText(in: String(decoding: Array(text.utf8), as: UTF8.self))
            #expect(held == given && held.subject == subject && held.text == text && held.hashValue == given.hashValue)
            #expect(Self.storage(held.text) != Self.storage(given.text))
            var a = held, b = given
            a.text = "Xây dựng Kế hoạch thực hiện Nghị quyết"
            b.text = "Xây dựng Kế hoạch thực hiện Nghị quyết"
            #expect(a == b && a.subject == b.subject)
        }
    }
}
