import CorpusSynthesis
import DocGraph
@testable import DocGraphIndex
import Foundation
import GRDB
import Testing

/// An update builds again only the part of the stored graph its changed files reach
/// (`GraphPatch`): after any sequence of additions, changes and removals, the stored graph —
/// every node, edge and observation in graph order, the shape, the plan dates — is the one a
/// whole build makes from the same rows, and the answers are those of a fresh `--rebuild`.
@Suite("index patch", .serialized)
struct IndexPatchTests {
    /// Each stored node (its columns but the row number, its observations), each edge (its
    /// columns, its ends as positions) and each edge's kind, in graph order.
    static func storedGraph(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            let shape = try #require(try StoredShape.read(db))
            var lines = ["\(shape.adjacency.nodeCount) nodes, \(shape.edgeRows.count) edges"]
            // The stored compressed rows are those the edges make (a patch writes them anew).
            let made = CompactAdjacency(nodeCount: shape.adjacency.nodeCount, from: shape.adjacency.edgeFrom,
                                        to: shape.adjacency.edgeTo, kind: shape.adjacency.edgeKind)
            lines.append("stored rows are the edges' rows: \(shape.adjacency.rows == made.rows)")
            for (p, row) in shape.nodeRows.enumerated() {
                let node = try #require(try Row.fetchOne(db, sql: "SELECT * FROM graph_nodes WHERE node = ?", arguments: [row]))
                let columns = node.columnNames.filter { !["node", "document", "duplicate_of"].contains($0) }.map { "\($0)=\(node[$0] as DatabaseValue)" }
                let first = (node["duplicate_of"] as Int?).map { String(describing: shape.position(ofNodeRow: $0)) } ?? "-"
                // `document` is a row number of `documents`: told by its file and place instead.
                let document = try Row.fetchOne(db, sql: "SELECT f.path, d.position FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?",
                                                arguments: [node["document"] as Int64?]).map { "\($0[0] as String)#\($0[1] as Int)" } ?? "-"
                // The edge carrying an observation's place and text, as its position.
                let observations = try Row.fetchAll(db, sql: "SELECT * FROM graph_observations WHERE node = ? ORDER BY position", arguments: [row])
                    .map { o in o.columnNames.filter { $0 != "node" }.map { column -> String in
                        guard column == "edge", let edge = o[column] as Int32? else { return "\(o[column] as DatabaseValue)" }
                        return "edge@\(shape.edgeRows.firstIndex(of: edge).map(String.init) ?? "missing")"
                    }.joined(separator: "|") }
                lines.append("node \(p): \(columns.joined(separator: " ")) document=\(document) duplicate_of=\(first) observations=\(observations)")
            }
            for (p, row) in shape.edgeRows.enumerated() {
                let edge = try #require(try Row.fetchOne(db, sql: "SELECT * FROM graph_edges WHERE edge = ?", arguments: [row]))
                let columns = edge.columnNames.filter { !["edge", "citing_node", "cited_node"].contains($0) }.map { "\($0)=\(edge[$0] as DatabaseValue)" }
                let from = shape.position(ofNodeRow: edge["citing_node"]), to = shape.position(ofNodeRow: edge["cited_node"])
                let note = try Row.fetchOne(db, sql: "SELECT citing, relation, cited, level, reason FROM graph_notes WHERE edge = ?", arguments: [row])
                    .map { n in (0..<5).map { "\(n[$0] as DatabaseValue)" }.joined(separator: "|") } ?? "-"
                lines.append("edge \(p): \(String(describing: from)) → \(String(describing: to)) [\(shape.adjacency.edgeFrom[p]) → \(shape.adjacency.edgeTo[p]), \(shape.adjacency.edgeKind[p])] \(columns.joined(separator: " ")) note=\(note)")
            }
            // Ambiguities in graph order, their nodes as positions.
            var ambiguities: [String] = []
            for a in try Row.fetchAll(db, sql: "SELECT * FROM graph_ambiguities ORDER BY round, file, position, step") {
                let columns = a.columnNames.filter { !["id", "candidates", "chosen"].contains($0) }.map { "\($0)=\(a[$0] as DatabaseValue)" }
                let candidates = try StoredRows.integers(a["candidates"]).map { String(describing: shape.position(ofNodeRow: $0)) }
                ambiguities.append("ambiguity: \(columns.joined(separator: " ")) candidates=\(candidates) chosen=\(String(describing: shape.position(ofNodeRow: a["chosen"])))")
            }
            lines += ambiguities
            // What a summary counts of each node, stored with the shape (version 6), by position.
            lines += shape.adjacency.nodeCount == 0 ? [] : (0..<shape.adjacency.nodeCount).map { p in
                let f = shape.facets.facets(p)
                return "facets \(p): \(f.typeCode ?? "-") \(f.issuer ?? "-") \(f.year.map(String.init) ?? "-") \(f.inCorpus)"
            }
            lines.append("facets hold together: \(shape.facets.holdsTogether)")
            return lines
        }
    }

    /// The same index with its graph built whole from its rows (what `--rebuild` stores, without
    /// extracting the files again).
    static func wholeGraph(of index: String, in folder: URL) throws -> [String] {
        let copy = folder.appendingPathComponent("whole.sqlite").path
        for suffix in ["", "-wal", "-shm"] { unlink(copy + suffix) }
        try DatabaseQueue(path: index).backup(to: DatabaseQueue(path: copy))
        try DatabaseQueue(path: copy).write { try StoredGraph.write($0) }
        return try storedGraph(copy)
    }

    /// Everything `check`, `render` and `export` read of a graph, field by field.
    static func described(_ g: DocumentGraph) -> [String] {
        func text(_ value: some Any) -> String {
            var s = ""
            dump(value, to: &s)
            return s
        }
        return [text(g.nodes), text(g.edges), text(g.lookupKeys), text(g.nodes.indices.map { g.planDate(NodeIndex($0)) }),
                text(g.plans), text(g.obligations), text(g.statedCounts), text(g.ambiguities), text(g.duplicates),
                text(g.diagnostics.map(\.description)), text(g.diagnostics.map(\.said)),
                text((g.adjacency.edgeFrom, g.adjacency.edgeTo, g.adjacency.edgeKind))]
    }

    /// The stored graph read whole (what `check --index` reads) is the graph built from the rows.
    static func expectWholeGraphReadBack(_ index: String, step: Int) throws {
        let corpusIndex = try CorpusIndex.open(index)
        let stored = try #require(try corpusIndex.corpus())
        let built = GraphBuilder.build(try corpusIndex.extraction())
        let a = described(stored.graph), b = described(built)
        for (k, (x, y)) in zip(a, b).enumerated() where x != y {
            let line = zip(x.split(separator: "\n"), y.split(separator: "\n")).first { $0 != $1 }
            Issue.record("step \(step): part \(k) of the graph read back differs: \(line.map { "\($0.0)\n vs \($0.1)" } ?? "lengths")")
        }
        #expect(stored.files == (try corpusIndex.extraction()).files.map(\.file))
    }

    /// Three runs of 8 random steps each (one of 24 took 40–63 s in a debug build under load):
    /// each begins from the same corpus and index, with its own sequence of changes.
    @Test("random additions, changes and removals: the patched graph is the whole build's, step by step",
          arguments: [UInt64(77), 1515, 2026])
    func randomChanges(seed: UInt64) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("synthetic")
        let corpus = SyntheticCorpus(count: 40, seed: 1515)
        _ = try corpus.write(to: root.path)
        let index = folder.appendingPathComponent("patched.sqlite").path
        var update = IndexUpdate(roots: [root.path])
        update.partLimit = .max  // never the whole graph for size: every change takes the part
        _ = try update.run(index: index)

        var rng = SeededGenerator(seed: seed)
        var parts = 0, wholes = 0
        var added = 0
        let ids = (0..<corpus.count).map(corpus.id)
        for step in 0..<8 {
            var files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".txt") }.sorted()
            let file = root.appendingPathComponent(files[Int(rng.next() % UInt64(files.count))])
            var text = try String(contentsOf: file, encoding: .utf8)
            let id = ids[Int(rng.next() % UInt64(ids.count))]
            // Each run ends with a copy, so that every run patches a duplicate identity.
            switch step == 7 ? 2 : rng.next() % 7 {
            case 0: // a citation with its date: the exact key, or a slip of the date
                let year = 2016 + Int(rng.next() % 10)
                text += "\nCăn cứ Nghị quyết số \(id), ngày 0\(1 + rng.next() % 9)/0\(1 + rng.next() % 9)/\(year) của Bộ Chính trị.\n"
                try text.write(to: file, atomically: false, encoding: .utf8)
            case 1: // an undated citation: picked among the terms known
                text += "\nThực hiện Kế hoạch số \(id) về chuyển đổi số.\n"
                try text.write(to: file, atomically: false, encoding: .utf8)
            case 2: // a copy: the same identity twice (a duplicate), placed elsewhere in path order
                added += 1
                let copy = file.deletingLastPathComponent().appendingPathComponent("\(added % 2 == 0 ? "0" : "z")-copy-\(step).txt")
                try text.write(to: copy, atomically: false, encoding: .utf8)
            case 3: // removed: a document only cited again, or the duplicate's first gone
                files.removeAll { root.appendingPathComponent($0) == file }
                try FileManager.default.removeItem(at: file)
            case 4: // the document's own number changed
                if let range = text.range(of: #"\d+-(NQ|KH|CTr|QĐ|CT|KL)/"#, options: .regularExpression) {
                    let number = text[range].prefix { $0.isNumber }
                    text.replaceSubrange(range.lowerBound..<text.index(range.lowerBound, offsetBy: number.count), with: String(Int(number).map { $0 + 1 } ?? 7))
                    try text.write(to: file, atomically: false, encoding: .utf8)
                }
            case 5: // a revision the citing body may have no authority for (a province "replacing" a Central
                // document): kept as a reference, with the builder's note
                text += "\nQuyết định này thay thế Nghị quyết số \(id), ngày 05/06/2020 của Bộ Chính trị.\n"
                try text.write(to: file, atomically: false, encoding: .utf8)
            default: // a line taken out
                var lines = text.components(separatedBy: "\n")
                if lines.count > 3 { lines.remove(at: Int(rng.next() % UInt64(lines.count - 1)) + 1) }
                try lines.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
            }
            let report = try update.run(index: index)
            switch report.graph {
            case .part?: parts += 1
            case .whole?: wholes += 1
            case nil: break
            }
            let patched = try Self.storedGraph(index)
            let whole = try Self.wholeGraph(of: index, in: folder)
            let first = zip(patched, whole).first { $0 != $1 }
            #expect(patched.count == whole.count && first == nil,
                    "step \(step): \(String(describing: report.graph)) \(patched.first ?? "") vs \(whole.first ?? "")\n\(first.map { "patched: \($0.0)\nwhole:   \($0.1)" } ?? "")")
            if first != nil || patched.count != whole.count { break }
            // Read back whole every fourth step (it builds the whole graph again: seconds in a debug build).
            if step % 4 == 3 { try Self.expectWholeGraphReadBack(index, step: step) }
        }
        // The corpus has what the rules read beyond nodes and edges, so the comparison saw them.
        let last = try #require(try CorpusIndex.open(index).corpus()).graph
        #expect(!last.ambiguities.isEmpty && !last.duplicates.isEmpty && !last.diagnostics.isEmpty,
                "\(last.ambiguities.count) ambiguities, \(last.duplicates.count) duplicates, \(last.diagnostics.count) notes")
        #expect(wholes == 0 && parts >= 6, "\(parts) parts, \(wholes) wholes")
    }

    /// A removed file's own document leaves the graph even when nothing else names it: a report
    /// without a number has no identity key, so only the rows recorded for the removed file
    /// (`GraphPatch.removing`: its documents' node rows, its path) say that its node goes.
    @Test("a removed file whose document has no number and cites nothing leaves the graph as a whole build does")
    func removedFileWithoutKeys() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let files = [
            "a.md": "UBND TỈNH NGHỆ AN\n\nSố: 12/2020/QĐ-UBND\n\nNghệ An, ngày 5 tháng 3 năm 2020\n\nQUYẾT ĐỊNH\n\nVề việc thử\n\nCăn cứ Quyết định số 7/2019/QĐ-UBND ngày 2 tháng 1 năm 2019;\n",
            "b.md": "TỈNH ỦY NGHỆ AN\n\nNghệ An, ngày 9 tháng 4 năm 2021\n\nBÁO CÁO\n\nTình hình thực hiện công tác chuyển đổi số\n\nNăm 2020, các cấp ủy đã quan tâm lãnh đạo.\n",
            "c.md": "UBND TỈNH NGHỆ AN\n\nSố: 14/2022/QĐ-UBND\n\nNghệ An, ngày 5 tháng 3 năm 2022\n\nQUYẾT ĐỊNH\n\nVề việc thử lần hai\n\nCăn cứ Quyết định số 12/2020/QĐ-UBND ngày 5 tháng 3 năm 2020;\n",
        ]
        for (name, text) in files { try text.write(to: root.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        let index = folder.appendingPathComponent("reports.sqlite").path
        var update = IndexUpdate(roots: [root.path])
        update.partLimit = .max
        _ = try update.run(index: index)
        // The report is a node of the graph, with neither a key nor a citation to find it by.
        let keyless = try DatabaseQueue(path: index).read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM graph_nodes n JOIN documents d ON d.id = n.document JOIN files f ON f.id = d.file_id
                WHERE f.path LIKE '%/b.md' AND d.doc_key IS NULL
                  AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.file_id = f.id)
                """) ?? 0
        }
        try #require(keyless == 1, "the report should be a keyless node of its own")
        let before = try Self.storedGraph(index)

        try FileManager.default.removeItem(at: root.appendingPathComponent("b.md"))
        let report = try update.run(index: index)
        #expect(report.removed == 1)
        let patched = try Self.storedGraph(index)
        let whole = try Self.wholeGraph(of: index, in: folder)
        let differ = zip(patched, whole).first { $0 != $1 }
        #expect(patched.count == whole.count && differ == nil,
                "\(String(describing: report.graph))\n\(differ.map { "patched: \($0.0)\nwhole:   \($0.1)" } ?? "")")
        #expect(patched.first != before.first, "the node count changes: \(before.first ?? "") then \(patched.first ?? "")")
    }

    /// A law cited by number in one file and by name in others is one node (`LawAliases`): a change to
    /// any of them rebuilds the keys of that law together (`LawFamilies`).
    @Test("a law named by number and by name: removing, adding back and changing its mentions patches the graph as a whole build does")
    func lawFamilies() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("laws")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        func decision(_ number: String, _ year: Int, _ body: String) -> String {
            "UBND TỈNH NGHỆ AN\n\nSố: \(number)/\(year)/QĐ-UBND\n\nNghệ An, ngày 5 tháng 3 năm \(year)\n\nQUYẾT ĐỊNH\n\nVề việc thử\n\n\(body)\n"
        }
        let files = [
            "a.md": decision("12", 2020, "Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29 tháng 11 năm 2013;"),
            "b.md": decision("13", 2021, "Căn cứ Luật Đất đai năm 2013;"),
            "c.md": decision("14", 2022, "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;\n\nĐiều 1. Thực hiện Luật Đất đai."),
        ]
        for (name, text) in files { try text.write(to: root.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        let index = folder.appendingPathComponent("laws.sqlite").path
        var update = IndexUpdate(roots: [root.path])
        update.partLimit = .max
        _ = try update.run(index: index)
        let first = try #require(try CorpusIndex.open(index).corpus()).graph
        let law = try #require(first.nodes.firstIndex { $0.id?.description == "45/2013/QH13" })
        #expect(first.edges.filter { Int($0.to) == law }.count == 4, "every mention of the law reaches its number")
        #expect(first.nodes[law].title == "Luật Đất đai")

        let steps: [(String, () throws -> Void)] = [
            ("the number's file removed", { try FileManager.default.removeItem(at: root.appendingPathComponent("a.md")) }),
            ("added back", { try files["a.md"]!.write(to: root.appendingPathComponent("a.md"), atomically: false, encoding: .utf8) }),
            ("a name's year changed", { try decision("13", 2021, "Căn cứ Luật Đất đai năm 2024;").write(to: root.appendingPathComponent("b.md"), atomically: false, encoding: .utf8) }),
            ("the number's name dropped", { try decision("12", 2020, "Căn cứ Luật số 45/2013/QH13;").write(to: root.appendingPathComponent("a.md"), atomically: false, encoding: .utf8) }),
        ]
        for (what, change) in steps {
            try change()
            let report = try update.run(index: index)
            let patched = try Self.storedGraph(index)
            let whole = try Self.wholeGraph(of: index, in: folder)
            let differ = zip(patched, whole).first { $0 != $1 }
            #expect(patched.count == whole.count && differ == nil,
                    "\(what): \(String(describing: report.graph))\n\(differ.map { "patched: \($0.0)\nwhole:   \($0.1)" } ?? "")")
        }
    }
}
