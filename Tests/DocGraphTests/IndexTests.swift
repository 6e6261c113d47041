import CorpusSynthesis
import DocGraph
import DocGraphIndex
import Foundation
import GRDB
import Testing

/// The SQLite index (README, "The index"), through the built binary: answers with `--index` are
/// byte for byte the answers from the files; updates are incremental; a killed or concurrent run,
/// a foreign file, another schema version and a damaged file are each handled as promised.
@Suite("index", .serialized)
struct IndexTests {
    struct Run { var status: Int32; var out: String; var err: String }

    /// The built `docgraph` (`swift test` builds it). These tests also read the index through the
    /// library (rows, FTS5 integrity), which is why they live here and not in DocGraphEndToEndTests.
    static func binary() throws -> URL {
        let candidates = ["debug", "release"].map { Fixtures.packageRoot.appendingPathComponent(".build/\($0)/docgraph") }
            + [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("docgraph")]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "build docgraph with `swift build` first")
    }

    static func docgraph(_ arguments: [String], in folder: URL = Fixtures.packageRoot) throws -> Run {
        let p = Process()
        p.executableURL = try Self.binary()
        // The index's messages are checked in English here; LanguageEndToEndTests checks the Vietnamese.
        p.arguments = arguments + ["--lang", "en"]
        p.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes while the process runs, so a large output never blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var o = Data(), e = Data()
        DispatchQueue.global().async(group: group) { o = out.fileHandleForReading.readDataToEndOfFile() }
        e = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// The questions about a few documents, answered with `--index` from the part of the stored
    /// graph they read (`IndexedGraph`): JSON, and text for show and impact.
    static func questions(cited: String, citing: String, text: Bool = false) -> [[String]] {
        let asOf = ["--as-of", "2026-11-25"]
        let json: [[String]] = [
            ["show", cited, "--format", "json"] + asOf,
            ["impact", cited, "--format", "json"],
            ["deps", citing, "--format", "json"],
            ["path", citing, cited, "--format", "json"],
            ["revisions", cited, "--format", "json"] + asOf,
            ["status", cited, "--format", "json"] + asOf,
            // Past --list-limit, a summary (counts read from the index's rows, the chains of the named).
            ["impact", cited, "--list-limit", "1", "--format", "json"],
            ["impact", cited, "--list-limit", "0", "--format", "json"],
            ["deps", citing, "--list-limit", "1", "--format", "json"],
        ]
        guard text else { return json }
        return json + [
            ["show", citing, "--format", "text"] + asOf,
            ["impact", cited, "--format", "text"],
            ["impact", cited, "--depth", "1", "--relations", "implements,guides", "--format", "json"],
            ["path", cited, citing, "--format", "json"],
            ["status", citing, "--format", "text"] + asOf,
            ["impact", cited, "--list-limit", "1", "--format", "text"],
            ["impact", cited, "--list-limit", "0", "--depth", "2", "--relations", "implements,guides,basedOn", "--format", "json"],
        ]
    }

    /// The commands that read the whole graph, read as stored (`CorpusIndex.corpus`).
    static func wholeGraphCommands(cited: String) -> [[String]] {
        let asOf = ["--as-of", "2026-11-25"]
        return [
            ["check", "--format", "json", "--fail-on", "never"] + asOf,
            ["check", "--format", "text", "--all", "--fail-on", "never"] + asOf,
            ["export", "--format", "json", "-o", "-"],
            ["export", "--format", "graphml", "-o", "-"],
            ["render", "--focus", cited, "-o", "-"] + asOf,
        ]
    }

    /// Each command's output (JSON, text, DOT for render, the files for gallery) with `--corpus`
    /// and with `--index`, compared byte for byte.
    static func expectSameAnswers(corpus: String, commands: [[String]], failing: [[String]] = [], gallery: Bool, in folder: URL) throws {
        let index = folder.appendingPathComponent("same.sqlite").path
        let built = try docgraph(["index", "--corpus", corpus, "--index", index], in: folder)
        #expect(built.status == 0, "\(built.err)")
        // Both cores: each pair of runs is independent of the others.
        let runs = commands.flatMap { [$0 + ["--corpus", corpus], $0 + ["--index", index]] }
        nonisolated(unsafe) var results = [Run?](repeating: nil, count: runs.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: runs.count) { i in
            let r = try? docgraph(runs[i], in: folder)
            lock.lock(); results[i] = r; lock.unlock()
        }
        for (k, command) in commands.enumerated() {
            let files = try #require(results[2 * k]), indexed = try #require(results[2 * k + 1])
            #expect(files.status == indexed.status, "\(command): \(files.err) \(indexed.err)")
            #expect(files.out == indexed.out, "\(command) differs with --index")
            if failing.contains(command) {
                #expect(files.status != 0 && files.err == indexed.err, "\(command): the same error: \(files.err) \(indexed.err)")
            } else {
                #expect(files.status == 0, "\(command): \(files.err)")
                #expect(files.out.count > 2, "\(command) answered something")
            }
        }
        guard gallery else { return }
        let a = folder.appendingPathComponent("gallery-files"), b = folder.appendingPathComponent("gallery-index")
        let manifest = Fixtures.packageRoot.appendingPathComponent("Graphs/gallery.json").path
        #expect(try docgraph(["gallery", "--corpus", corpus, "--output", a.path, "--manifest", manifest], in: folder).status == 0)
        #expect(try docgraph(["gallery", "--index", index, "--output", b.path, "--manifest", manifest], in: folder).status == 0)
        let dots = try FileManager.default.contentsOfDirectory(atPath: a.path).filter { $0.hasSuffix(".dot") }.sorted()
        #expect(!dots.isEmpty)
        for name in dots {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "gallery \(name)")
        }
    }

    // Each corpus's commands in two tests, questions about a few documents and whole-graph
    // commands (one test of each corpus took 24–44 s in a debug build under load).

    @Test("sample corpus: the questions' JSON is byte-identical with and without --index")
    func sameAnswersOnSample() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
        try Self.expectSameAnswers(corpus: "Corpus", commands: Self.questions(cited: "28-NQ/TW", citing: "256-KH/TU"), gallery: false, in: folder)
    }

    @Test("sample corpus: a document named by its title, and names that find nothing or too much, answer the same with --index")
    func sameNamesOnSample() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
        let commands = [["show", "Chương trình hành động thực hiện Nghị quyết Đại hội", "--format", "json"]]
        // Names that find nothing, or too much: the errors (and their suggestions) of the whole graph.
        let failing = [["impact", "99-NQ/TW", "--format", "json"], ["status", "Chương trình", "--format", "json"]]
        try Self.expectSameAnswers(corpus: "Corpus", commands: commands + failing, failing: failing, gallery: false, in: folder)
    }

    @Test("sample corpus: check, export, render and gallery are byte-identical with and without --index")
    func sameWholeGraphAnswersOnSample() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
        try Self.expectSameAnswers(corpus: "Corpus", commands: Self.wholeGraphCommands(cited: "28-NQ/TW"), gallery: true, in: folder)
    }

    /// A synthetic corpus written into a new folder, and two of its documents named so that one
    /// node answers: the most cited, and the last that cites something.
    static func synthetic() throws -> (folder: URL, cited: String, citing: String) {
        let folder = try Fixtures.temporaryFolder()
        let corpus = SyntheticCorpus(count: 20, seed: 15)
        _ = try corpus.write(to: folder.appendingPathComponent("synthetic").path)
        let graph = GraphBuilder.build(CorpusExtraction.read(paths: [folder.appendingPathComponent("synthetic").path]))
        func unique(_ n: Int) -> String? {
            let node = graph.nodes[n]
            guard let id = node.id else { return nil }
            let text = node.date.map { "\(id)@\($0)" } ?? id.description
            return (try? graph.lookup(text)) == NodeIndex(n) ? text : nil
        }
        let cited = try #require((0..<graph.nodes.count).sorted { graph.incoming(NodeIndex($0)).count > graph.incoming(NodeIndex($1)).count }.lazy.compactMap(unique).first)
        let citing = try #require((0..<graph.nodes.count).reversed().lazy.filter { graph.nodes[$0].inCorpus && graph.outgoing(NodeIndex($0)).count > 0 }.compactMap(unique).first)
        return (folder, cited, citing)
    }

    @Test("synthetic corpus: the questions' JSON is byte-identical with and without --index")
    func sameAnswersOnSynthetic() throws {
        let (folder, cited, citing) = try Self.synthetic()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.expectSameAnswers(corpus: "synthetic", commands: Self.questions(cited: cited, citing: citing), gallery: false, in: folder)
    }

    @Test("synthetic corpus: the questions' text, and impact with depth and relations, are the same with --index")
    func sameTextAnswersOnSynthetic() throws {
        let (folder, cited, citing) = try Self.synthetic()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = Self.questions(cited: cited, citing: citing)
        let text = Self.questions(cited: cited, citing: citing, text: true).filter { !json.contains($0) }
        try Self.expectSameAnswers(corpus: "synthetic", commands: text, gallery: false, in: folder)
    }

    @Test("impact past --list-limit: a summary with and without --index; --all, and a short answer, as before")
    func summaryPastTheLimit() throws {
        let (folder, cited, _) = try Self.synthetic()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("summary.sqlite").path
        #expect(try Self.docgraph(["index", "--corpus", "synthetic", "--index", index], in: folder).status == 0)
        let whole = try Self.docgraph(["impact", cited, "--corpus", "synthetic", "--format", "json"], in: folder)
        let wholeObject = try #require(try JSONSerialization.jsonObject(with: Data(whole.out.utf8)) as? [String: Any])
        let documents = try #require(wholeObject["documents"] as? [Any])
        #expect(documents.count > 1 && !whole.out.contains("\"summary\""), "20 documents: the whole list")
        for source in [["--corpus", "synthetic"], ["--index", index]] {
            let all = try Self.docgraph(["impact", cited, "--list-limit", "0", "--all", "--format", "json"] + source, in: folder)
            #expect(all.out == whole.out, "--all lists every document as before")
            let summary = try Self.docgraph(["impact", cited, "--list-limit", "1", "--format", "json"] + source, in: folder)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.out.utf8)) as? [String: Any])
            let counts = try #require(object["summary"] as? [String: Any])
            #expect(counts["total"] as? Int == documents.count)
            #expect(counts["listLimit"] as? Int == 1)
            let named = try #require(object["documents"] as? [Any])
            #expect(named.count == counts["shown"] as? Int && named.count < documents.count)
            let text = try Self.docgraph(["impact", cited, "--list-limit", "1"] + source, in: folder)
            #expect(text.out.contains("More than 1: counted below") && text.out.contains("by depth: 1: "), "\(text.out)")
        }
    }

    @Test("synthetic corpus: check, export and render are byte-identical with and without --index")
    func sameWholeGraphAnswersOnSynthetic() throws {
        let (folder, cited, _) = try Self.synthetic()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The gallery draws the sample corpus's own documents; it is compared on the sample.
        try Self.expectSameAnswers(corpus: "synthetic", commands: Self.wholeGraphCommands(cited: cited), gallery: false, in: folder)
    }

    @Test("a folder of .txt, .docx and .pdf: the same answers with --index, PDF pages kept")
    func sameAnswersOnMixedFormats() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mixed = folder.appendingPathComponent("Mixed")
        try FileManager.default.createDirectory(at: mixed, withIntermediateDirectories: true)
        let formats = Fixtures.packageRoot.appendingPathComponent("Tests/DocGraphTests/Formats")
        // 256-KH/TU (which cites 28-NQ/TW) from a PDF, the others as Word and text.
        for (name, ext) in [("000_2d9491622f365655", "pdf"), ("001_9516fea5641a2c07", "docx"), ("003_020771d595664dd9", "docx"), ("004_31b05915bd2b756c", "pdf")] {
            try FileManager.default.copyItem(at: formats.appendingPathComponent("\(name).\(ext)"), to: mixed.appendingPathComponent("\(name).\(ext)"))
        }
        try FileManager.default.copyItem(at: Fixtures.corpus.appendingPathComponent("002_f51bd1bc98d5fad9.txt"),
                                         to: mixed.appendingPathComponent("002_f51bd1bc98d5fad9.txt"))
        // PDF reading is the slow part of each --corpus run (59 pages/s): the questions whose
        // answers carry evidence from both PDFs.
        let commands = [["show", "28-NQ/TW", "--format", "json", "--as-of", "2026-11-25"], ["deps", "256-KH/TU", "--format", "json"],
                        ["impact", "28-NQ/TW", "--format", "json"]]
        try Self.expectSameAnswers(corpus: "Mixed", commands: commands, gallery: false, in: folder)
        // The pages are in the index's rows and in the answers read from them.
        let deps = try Self.docgraph(["deps", "256-KH/TU", "--index", folder.appendingPathComponent("same.sqlite").path, "--format", "json"], in: folder)
        #expect(deps.out.contains("\"page\" : "), "PDF evidence carries its page")
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("same.sqlite").path)
        let paged = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM citations WHERE page IS NOT NULL") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE start_page IS NOT NULL AND end_page IS NOT NULL") ?? 0)
        }
        #expect(paged.0 > 0 && paged.1 == 3, "citations and the three documents of the two PDFs have pages: \(paged)")
    }

    @Test("with --index alone no document is read: the corpus may be gone")
    func readsNoDocument() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
        #expect(try Self.docgraph(["index", "--corpus", "Corpus"], in: folder).status == 0, "default index file in the current folder")
        let before = try Self.docgraph(["impact", "28-NQ/TW", "--corpus", "Corpus", "--format", "json"], in: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Corpus"))
        let after = try Self.docgraph(["impact", "28-NQ/TW", "--index", "docgraph.sqlite", "--format", "json"], in: folder)
        #expect(after.status == 0)
        #expect(after.out == before.out)
    }

    @Test("updates read only new and changed files; removed files leave with their citations")
    func incremental() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("Corpus")
        try FileManager.default.copyItem(at: Fixtures.corpus, to: corpus)
        let index = folder.appendingPathComponent("i.sqlite").path
        func update() throws -> String {
            let r = try Self.docgraph(["index", "--corpus", "Corpus", "--index", index], in: folder)
            #expect(r.status == 0, "\(r.err)")
            return r.err
        }
        #expect(try update().contains("5 added, 0 changed, 0 removed, 0 unchanged"))
        #expect(try update().contains("0 added, 0 changed, 0 removed, 5 unchanged; 0 documents"))
        let typo = try Self.docgraph(["index", "--corpus", "Corpsu", "--index", index], in: folder)
        #expect(typo.status == 2)
        #expect(typo.err.contains("Corpsu:1:1: error: no such corpus file or folder; the index was not changed"))
        #expect(try CorpusIndex.open(index).extraction().files.count == 5, "a typo does not empty the index")

        let files = Fixtures.sampleFiles
        let changed = corpus.appendingPathComponent(files[3])
        var text = try String(contentsOf: changed, encoding: .utf8)
        text += "\nCăn cứ Nghị quyết số 99-NQ/TW, ngày 01/02/2024 của Bộ Chính trị.\n"
        try text.write(to: changed, atomically: false, encoding: .utf8)
        #expect(try update().contains("0 added, 1 changed, 0 removed, 4 unchanged"))
        #expect(try CorpusIndex.open(index).extraction().citations.contains { $0.id.description == "99-NQ/TW" })

        // Same bytes, new time: hashed, not extracted again.
        let touched = corpus.appendingPathComponent(files[0])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: touched.path)
        #expect(try update().contains("0 added, 0 changed, 0 removed, 4 unchanged, 1 touched but unchanged"))

        try FileManager.default.removeItem(at: changed)
        #expect(try update().contains("0 added, 0 changed, 1 removed, 4 unchanged"))
        let left = try CorpusIndex.open(index).extraction()
        #expect(left.files.count == 4)
        #expect(!left.citations.contains { $0.location.file.hasSuffix(files[3]) || $0.id.description == "99-NQ/TW" })
        let queue = try DatabaseQueue(path: index)
        let orphans = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM citations WHERE file_id NOT IN (SELECT id FROM files)")
        }
        #expect(orphans == 0)
        // The search rows of the removed file went with it (contentless FTS5, deleted by value).
        let hits = try CorpusIndex.open(index).search(SearchQuery(phrases: ["99-NQ/TW"]))
        #expect(hits.isEmpty)
        // FTS5 checks its own index against itself; it throws when a deletion missed.
        try queue.write { try $0.execute(sql: "INSERT INTO document_search(document_search) VALUES('integrity-check')") }
    }

    @Test("search: diacritics optional, đ as d; type, issuer and year filters")
    func search() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("s.sqlite").path
        #expect(try Self.docgraph(["index", "--corpus", "Corpus", "--index", index]).status == 0)
        let plain = try Self.docgraph(["search", "chuyen doi so", "--index", index, "--format", "json"])
        let marked = try Self.docgraph(["search", "chuyển đổi số", "--index", index, "--format", "json"])
        #expect(plain.status == 0)
        #expect(plain.out == marked.out)
        let hits = try JSONDecoder().decode([SearchHit].self, from: Data(plain.out.utf8))
        #expect(hits.contains { $0.id == "256-KH/TU" })
        let plans = try JSONDecoder().decode([SearchHit].self, from: Data(try Self.docgraph(["search", "chuyen doi so", "--type", "KH", "--index", index, "--format", "json"]).out.utf8))
        #expect(!plans.isEmpty && plans.allSatisfy { $0.typeCode == "KH" })
        let thaiNguyen = try CorpusIndex.open(index).search(SearchQuery(phrases: ["to chuc"], issuer: "Thai Nguyen", year: 2026))
        #expect(!thaiNguyen.isEmpty && thaiNguyen.allSatisfy { $0.date?.hasPrefix("2026") == true && $0.issuer?.contains("Thái Nguyên") == true })
        #expect(try Self.docgraph(["search", "khongcotu", "--index", index]).out.contains("no document matches"))
    }

    @Test("a run killed half-way leaves the previous index usable and unchanged")
    func killed() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
        let index = folder.appendingPathComponent("k.sqlite").path
        #expect(try Self.docgraph(["index", "--corpus", "Corpus", "--index", index], in: folder).status == 0)
        let before = try Self.docgraph(["impact", "28-NQ/TW", "--index", index, "--format", "json"], in: folder)
        _ = try SyntheticCorpus(count: 600, seed: 3).write(to: folder.appendingPathComponent("More").path)

        let p = Process()
        p.executableURL = try Self.binary()
        p.arguments = ["index", "--corpus", "Corpus", "--corpus", "More", "--index", index]
        p.currentDirectoryURL = folder
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 2.5)
        #expect(p.isRunning, "the update was still under way when killed")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)

        let after = try Self.docgraph(["impact", "28-NQ/TW", "--index", index, "--format", "json"], in: folder)
        #expect(after.status == 0, "\(after.err)")
        #expect(after.out == before.out)
        #expect(try CorpusIndex.open(index).extraction().files.count == 5, "none of the killed run's files")
    }

    @Test("two runs at once: the second waits (or says busy with --wait 0); no corruption")
    func concurrent() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
        _ = try SyntheticCorpus(count: 150, seed: 4).write(to: folder.appendingPathComponent("More").path)
        let index = folder.appendingPathComponent("c.sqlite").path
        #expect(try Self.docgraph(["index", "--corpus", "Corpus", "--index", index], in: folder).status == 0)
        let arguments = ["index", "--corpus", "Corpus", "--corpus", "More", "--index", index]

        nonisolated(unsafe) var first: Run?
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { first = try? Self.docgraph(arguments, in: folder) }
        Thread.sleep(forTimeInterval: 1)
        let impatient = try Self.docgraph(arguments + ["--wait", "0"], in: folder)
        let patient = try Self.docgraph(arguments, in: folder)
        group.wait()
        #expect(first?.status == 0, "\(first?.err ?? "")")
        #expect(impatient.status == 2)
        #expect(impatient.err.contains("the index is busy"), "\(impatient.err)")
        #expect(patient.status == 0)
        #expect(patient.err.contains("0 added, 0 changed, 0 removed, 155 unchanged"), "the second found the first's work: \(patient.err)")
        #expect(try CorpusIndex.open(index).extraction().files.count == 155)
    }

    @Test("an index of schema 6 (documents without their effect dates) is refused by readers and updates, untouched; --rebuild makes the current version")
    func olderSchemaRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        let index = folder.appendingPathComponent("six.sqlite").path
        #expect(try Self.docgraph(["index", "--corpus", "Corpus", "--index", index]).status == 0)
        // What schema 6 wrote: documents without in_force_from.
        try DatabaseQueue(path: index).write { db in
            try db.execute(sql: "ALTER TABLE documents DROP COLUMN in_force_from")
            try db.execute(sql: "UPDATE meta SET value = '6' WHERE key = 'schema_version'")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: index))
        for arguments in [["show", "28-NQ/TW"], ["impact", "28-NQ/TW"], ["path", "35-KH/TU", "28-NQ/TW"], ["check"], ["search", "chuyen doi so"], ["index", "--corpus", "Corpus"]] {
            let run = try Self.docgraph(arguments + ["--index", index])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.err.contains("docgraph index of schema version 6, this docgraph reads version \(IndexSchema.version)"), "\(arguments): \(run.err)")
            #expect(run.err.contains("rebuild it with 'docgraph index --rebuild --index \(index) --corpus DIR'"), "\(arguments)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == bytes)
        #expect(try Self.docgraph(["index", "--rebuild", "--corpus", "Corpus", "--index", index]).status == 0)
        #expect(try CorpusIndex.open(index).meta()["schema_version"] == String(IndexSchema.version))
        #expect(try Self.docgraph(["show", "28-NQ/TW", "--index", index]).status == 0)
        #expect(try Self.docgraph(["impact", "28-NQ/TW", "--list-limit", "0", "--index", index]).status == 0)
    }

    /// index5 found 16 of 39 issuers stored in both NFC and NFD (the synthetic shapes write one
    /// file in twenty decomposed); the extraction composes what it quotes since eff9386. An index
    /// of such a corpus holds every issuer, title, name and quote in NFC, so that one issuer is one
    /// value for `sqlite3` users and for counts by bytes.
    @Test("a corpus with decomposed (NFD) files is indexed in NFC: issuers, titles, names, quotes")
    func decomposedFilesIndexedComposed() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("synthetic").path
        _ = try SyntheticCorpus(count: 120, seed: 2026).write(to: root)
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".txt") }
        let decomposed = try files.filter { f in
            let text = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
            return text.precomposedStringWithCanonicalMapping.utf8.count != text.utf8.count
        }
        #expect(!decomposed.isEmpty, "the corpus holds NFD files")
        let index = folder.appendingPathComponent("nfd.sqlite").path
        _ = try IndexUpdate(roots: [root]).run(index: index)
        let columns = [("graph_nodes", ["issuer", "title", "name", "type_word", "locality", "term"]),
                       ("documents", ["issuer", "title", "type_word", "place", "locality"]),
                       ("graph_observations", ["issuer", "type_word", "text"]), ("graph_edges", ["text", "lead_unit"]),
                       ("citations", ["issuer", "subject", "text", "type_word", "lead_unit"])]
        var values = 0
        try DatabaseQueue(path: index).read { db in
            for (table, names) in columns {
                for column in names {
                    for value in try String.fetchAll(db, sql: "SELECT DISTINCT \(column) FROM \(table) WHERE \(column) IS NOT NULL") {
                        values += 1
                        #expect(Array(value.precomposedStringWithCanonicalMapping.utf8) == Array(value.utf8), "\(table).\(column): \(value)")
                    }
                }
            }
        }
        #expect(values > 500)
    }

    @Test("a foreign file, another schema version, a damaged index: refused, never overwritten; --rebuild rebuilds")
    func refusals() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt").path
        try "Ghi chú cuộc họp".write(toFile: notes, atomically: true, encoding: .utf8)
        let text = try Self.docgraph(["index", "--corpus", "Corpus", "--index", notes])
        #expect(text.status == 2)
        #expect(text.err.contains("not a docgraph index (not an SQLite database)"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "Ghi chú cuộc họp")
        #expect(try Self.docgraph(["show", "28-NQ/TW", "--index", notes]).err.contains("not a docgraph index"))

        let other = folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('An')") }
        let otherBytes = try Data(contentsOf: URL(fileURLWithPath: other))
        let foreign = try Self.docgraph(["index", "--corpus", "Corpus", "--index", other])
        #expect(foreign.status == 2)
        #expect(foreign.err.contains("an SQLite database of another program"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == otherBytes)

        let index = folder.appendingPathComponent("v.sqlite").path
        #expect(try Self.docgraph(["index", "--corpus", "Corpus", "--index", index]).status == 0)
        try DatabaseQueue(path: index).write { try $0.execute(sql: "UPDATE meta SET value = '99' WHERE key = 'schema_version'") }
        let versionBytes = try Data(contentsOf: URL(fileURLWithPath: index))
        let old = try Self.docgraph(["index", "--corpus", "Corpus", "--index", index])
        #expect(old.status == 2)
        #expect(old.err.contains("schema version 99, this docgraph reads version \(IndexSchema.version)"))
        #expect(old.err.contains("--rebuild"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == versionBytes)
        let rebuilt = try Self.docgraph(["index", "--rebuild", "--corpus", "Corpus", "--index", index])
        #expect(rebuilt.status == 0, "\(rebuilt.err)")
        #expect(try CorpusIndex.open(index).meta()["schema_version"] == String(IndexSchema.version))
        #expect(try Self.docgraph(["index", "--rebuild", "--corpus", "Corpus", "--index", other]).status == 0, "--rebuild replaces even a foreign file")
        #expect(try Self.docgraph(["status", "294-QD/TW", "--index", other]).status == 0)

        // Damage: garbage over the middle pages, where the tables' b-trees are.
        let damaged = folder.appendingPathComponent("d.sqlite").path
        #expect(try Self.docgraph(["index", "--corpus", "Corpus", "--index", damaged]).status == 0)
        let handle = try #require(FileHandle(forUpdatingAtPath: damaged))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data((0..<16384).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }))
        try handle.close()
        // Whole-graph commands and updates run `PRAGMA quick_check` when the file is not as the
        // last update left it (bytes written change its time); a question about a few documents
        // reads a few pages and skips it (README, "Safety").
        for command in [["check"], ["index", "--corpus", "Corpus"]] {
            let broken = try Self.docgraph(command + ["--index", damaged])
            #expect(broken.status == 2)
            #expect(broken.err.contains("the index is damaged"), "\(command): \(broken.err)")
            #expect(broken.err.contains("--rebuild"))
        }
    }
}
