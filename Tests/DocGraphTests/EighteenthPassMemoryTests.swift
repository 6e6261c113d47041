import CorpusSynthesis
import Foundation
import Testing
@testable import DocGraph

/// The memory shortcuts of issue #12's eighteenth pass, each held to the form it stands for.
@Suite("Eighteenth-pass memory shortcuts read, compare, hash and encode as the forms they replace")
struct EighteenthPassMemoryTests {
    /// `SimpleDate` as three `Int`s, as it was held before.
    struct WideDate: Hashable, Comparable {
        var year: Int, month: Int, day: Int
        static func < (a: WideDate, b: WideDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }

    /// `DocGraph.SourceLocation` as `String`, `Int?`, `Int`, `Int`, as it was held before.
    struct WideLocation: Hashable, Codable {
        var file: String, page: Int?, line: Int, column: Int
    }

    static let dates: [SimpleDate] = [(1900, 1, 1), (1945, 9, 2), (2020, 2, 29), (2026, 11, 26), (2026, 12, 31), (2200, 12, 31)]
        .map { SimpleDate(year: $0.0, month: $0.1, day: $0.2)! }

    static func wide(_ d: SimpleDate) -> WideDate { WideDate(year: d.year, month: d.month, day: d.day) }
    static func wide(_ l: DocGraph.SourceLocation) -> WideLocation { WideLocation(file: l.file, page: l.page, line: l.line, column: l.column) }

    /// Hash values of one process: the compact forms hash as the wide ones did (`Hasher` is seeded
    /// once a process, so the two are comparable here).
    static func hashValue<T: Hashable>(_ v: T) -> Int { var h = Hasher(); h.combine(v); return h.finalize() }

    @Test("a date held in four bytes reads, orders, compares, hashes and encodes as three Ints")
    func compactDate() throws {
        for a in Self.dates {
            #expect(Self.wide(a) == WideDate(year: a.year, month: a.month, day: a.day))
            #expect(Self.hashValue(a) == Self.hashValue(Self.wide(a)))
            #expect(a.description.count == 10)
            let json = try JSONEncoder().encode([a])
            #expect(try JSONDecoder().decode([SimpleDate].self, from: json) == [a])
            #expect(String(decoding: json, as: UTF8.self) == "[\"\(a.description)\"]")
            for b in Self.dates {
                #expect((a < b) == (Self.wide(a) < Self.wide(b)))
                #expect((a == b) == (Self.wide(a) == Self.wide(b)))
            }
        }
        var d = SimpleDate(year: 2026, month: 1, day: 31)!
        d.month = 2
        d.day = 28
        d.year = 2027
        #expect(Self.wide(d) == WideDate(year: 2027, month: 2, day: 28))
        #expect(SimpleDate(year: 2024, month: 2, day: 20)!.adding(days: 10) == SimpleDate(year: 2024, month: 3, day: 1))
        #expect(MemoryLayout<SimpleDate?>.size <= 8)
    }

    static let locations: [DocGraph.SourceLocation] = [
        DocGraph.SourceLocation(file: "a.txt", line: 1, column: 1),
        DocGraph.SourceLocation(file: "a.txt", line: 1, column: 2),
        DocGraph.SourceLocation(file: "a.txt", page: 1, line: 1, column: 1),
        DocGraph.SourceLocation(file: "b.pdf", page: 3, line: 40, column: 17),
        DocGraph.SourceLocation(file: "b.pdf", page: 0, line: 0, column: 0),
        DocGraph.SourceLocation(file: "thư mục/văn bản.txt", line: 123_456, column: 40_000),
    ]

    @Test("a place held in 32-bit numbers reads, compares, hashes, prints and encodes as before")
    func compactLocation() throws {
        for a in Self.locations {
            #expect(Self.wide(a).page == a.page)
            #expect(Self.hashValue(a) == Self.hashValue(Self.wide(a)))
            let expected = a.page.map { "\(a.file):\($0):\(a.line):\(a.column)" } ?? "\(a.file):\(a.line):\(a.column)"
            #expect(a.description == expected)
            // The synthesized encoding of the four fields, keys sorted (the encoder's own order is a dictionary's).
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let json = String(decoding: try encoder.encode(a), as: UTF8.self)
            #expect(json == String(decoding: try encoder.encode(Self.wide(a)), as: UTF8.self))
            #expect(json.contains("\"page\"") == (a.page != nil))
            #expect(try JSONDecoder().decode(DocGraph.SourceLocation.self, from: Data(json.utf8)) == a)
            for b in Self.locations { #expect((a == b) == (Self.wide(a) == Self.wide(b))) }
        }
        var l = DocGraph.SourceLocation(file: "x", page: 2, line: 5, column: 9)
        l.page = nil
        l.line += 2
        l.column += 3
        #expect(Self.wide(l) == WideLocation(file: "x", page: nil, line: 7, column: 12))
        l.page = 4
        #expect(l.page == 4 && l.lineReference == "x:4:7")
        #expect(MemoryLayout<DocGraph.SourceLocation>.size <= 32)
    }

    @Test("a node's record behind a reference reads as the record given, and setting it changes only that node")
    func heldRecord() {
        var checked = 0
        for graph in [GraphBuilder.build(Fixtures.sample)] {
            for node in graph.nodes {
                #expect(node.inCorpus == (node.record != nil))
                if let r = node.record {
                    #expect(r.id == node.id && r.title == node.title && r.date == node.date)
                    checked += 1
                }
            }
            guard let k = graph.nodes.firstIndex(where: { $0.record != nil }) else { continue }
            var a = graph.nodes[k]
            let b = a
            a.record?.title = "another title"
            a.record?.startLine += 1
            #expect(a.record?.title == "another title" && a.record?.startLine == (b.record?.startLine ?? 0) + 1)
            #expect(b.record == graph.nodes[k].record && b.record?.title != "another title")
            a.record = nil
            #expect(a.record == nil && b.record != nil)
        }
        #expect(checked >= 3)
    }
}

extension EighteenthPassMemoryTests {
    @Test("a held plan gives back its row's place in its file, with or without a page")
    func heldPlace() {
        let announced = AnnouncedDocument(typeCode: "KH", typeWord: "Kế hoạch", subject: "thực hiện Nghị quyết", text: "Ban hành Kế hoạch thực hiện Nghị quyết")
        for place in [DocGraph.SourceLocation(file: "a/b.txt", line: 12, column: 1), DocGraph.SourceLocation(file: "a/b.pdf", page: 3, line: 7, column: 5)] {
            let held = HeldPlan(documentIndex: 2, announced: announced, deadline: nil, leadUnit: nil, location: place, citesDocuments: true)
            #expect(held.location(in: place.file) == place)
            #expect(held.documentIndex == 2 && held.citesDocuments)
            let plan = PlannedDocument(planner: 5, held: held, file: place.file)
            #expect(plan.location == place && plan.announced == announced && plan.planner == 5)
        }
    }

    @Test("a file whose rows stand in another file keeps its rows when read for its graph alone")
    func rowsPlacedElsewhere() {
        let plans = PlanHeavyCorpusFile.first
        var file = plans
        guard let k = file.tasks.firstIndex(where: { $0.announced != nil }) else { Issue.record("no plan"); return }
        file.tasks[k].location.file = "another.txt"
        var lean = file
        lean.keepOnlyWhatTheGraphReads()
        #expect(lean.tasks.count == file.tasks.count && lean.heldPlans.isEmpty)
        var whole = plans
        whole.keepOnlyWhatTheGraphReads()
        #expect(whole.tasks.isEmpty && !whole.heldPlans.isEmpty)
    }
}

/// The first plan-heavy document's extraction.
enum PlanHeavyCorpusFile {
    static let first: ExtractedFile = {
        let plans = PlanHeavyCorpus(count: 1, seed: 7)
        return DocumentExtractor.extract(bytes: plans.bytes(0), file: plans.relativePath(0))
    }()
}
