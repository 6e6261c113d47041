import ArgumentParser
import DocGraph
import DocGraphIndex
import Foundation

/// `--index FILE`, taken by every graph command: the graph is then built from the index's rows
/// and no document is read; with `--corpus` too, the index is first brought up to date.
struct IndexOption: ParsableArguments {
    @Option(name: .customLong("index"), help: helpText("Load the graph from this docgraph index (see 'docgraph index'); with --corpus, update it first.",
                                                               vi: "Dựng đồ thị từ chỉ mục docgraph này (xem 'docgraph index'); có --corpus thì cập nhật chỉ mục trước.", valueName: "file"))
    var path: String?

    /// The corpus: from the index when one is given, else read from `corpus` (default `.`).
    func extraction(corpus: [String], quiet: Bool) throws -> CorpusExtraction {
        guard let indexed = try indexed(corpus: corpus, quiet: quiet) else {
            return try CorpusLoader.read(corpus.isEmpty ? ["."] : corpus, quiet: quiet)
        }
        return indexed
    }

    /// The corpus from the index, or nil without `--index`.
    func indexed(corpus: [String], quiet: Bool) throws -> CorpusExtraction? {
        guard let path else { return nil }
        return try reporting {
            try updated(path, corpus: corpus, quiet: quiet)
            let extraction = try CorpusIndex.open(path).extraction()
            guard extraction.readAnything else { throw noDocument(path) }
            return extraction
        }
    }

    /// The index's whole stored graph, read and not built again (check, render, export,
    /// gallery, site); nil without `--index`.
    func storedCorpus(corpus: [String], quiet: Bool) throws -> IndexedCorpus? {
        guard let path else { return nil }
        return try reporting {
            try updated(path, corpus: corpus, quiet: quiet)
            guard let stored = try CorpusIndex.open(path).corpus() else { throw noDocument(path) }
            return stored
        }
    }

    /// The index's stored graph, for a question about a few documents (show, status, revisions,
    /// impact, deps, path); nil without `--index`, and with `--verbose`, whose notes come from
    /// building the whole graph. Opening skips `PRAGMA quick_check`, which reads every page (a
    /// second at 100,000 documents): damage in the pages read is still reported by SQLite.
    func storedGraph(corpus: [String], quiet: Bool) throws -> IndexedGraph? {
        guard let path, quiet else { return nil }
        return try reporting {
            try updated(path, corpus: corpus, quiet: quiet)
            guard let graph = try CorpusIndex.open(path, verify: false).graph() else { throw noDocument(path) }
            return graph
        }
    }

    /// With `--corpus` too, the index is brought up to date first.
    private func updated(_ path: String, corpus: [String], quiet: Bool) throws {
        guard !corpus.isEmpty else { return }
        let report = try IndexRun.update(path, roots: corpus, rebuild: false, wait: 60)
        DiagnosticPrinter.print(report.diagnostics, quiet: quiet)
    }

    private func noDocument(_ path: String) -> ExitCode {
        DiagnosticPrinter.printLine(tr(.indexHoldsNoDocument(index: path)))
        return ExitCode(2)
    }

    private func reporting<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as IndexError {
            DiagnosticPrinter.printLine(error.text(UserLanguage.current))
            throw ExitCode(2)
        }
    }
}

/// Runs an update with a progress line on a terminal (files read of total, rate, time left);
/// in a pipe or a log it stays quiet.
enum IndexRun {
    static func update(_ path: String, roots: [String], rebuild: Bool, wait: Double) throws(IndexError) -> IndexReport {
        var update = IndexUpdate(roots: roots)
        update.rebuild = rebuild
        update.wait = wait
        update.producer = "docgraph \(DocGraphCommand.configuration.version)"
        // The progress line every corpus read shows (Progress.line), throttled here as updates report each batch.
        let show = Progress.line(.indexing, finish: .newline)
        var lastShown = Date.distantPast
        let report = try update.run(index: path) { p in
            guard let show, p.isDone || Date().timeIntervalSince(lastShown) > 0.2 else { return }
            lastShown = Date()
            show(p)
        }
        return report
    }
}

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: say("Build or update the SQLite index of a corpus, reading only new and changed files.",
                      vi: "Lập hoặc cập nhật chỉ mục SQLite của kho văn bản, chỉ đọc các tệp mới và đã thay đổi."),
        discussion: say("""
        Files are known by path, size, modification time and a hash of their bytes; files gone from \
        the corpus leave the index with their citations. The update is one transaction: a run \
        stopped half-way leaves the previous index as it was. Then every graph command takes \
        --index FILE and reads no document. Exit status: 0 done; 2 a file that is not a docgraph \
        index, of another schema version, damaged, busy past --wait, or no readable document.
        """, vi: """
        Mỗi tệp được nhận biết theo đường dẫn, kích thước, thời điểm sửa và mã băm nội dung; tệp đã \
        rời kho văn bản được xóa khỏi chỉ mục cùng các trích dẫn của nó. Mỗi lần cập nhật là một giao \
        dịch: lần chạy bị dừng giữa chừng để nguyên chỉ mục cũ. Sau đó mọi lệnh về đồ thị nhận \
        --index TỆP và không phải đọc lại văn bản. Mã thoát: 0 xong; 2 khi tệp không phải chỉ mục \
        docgraph, khác phiên bản lược đồ, bị hỏng, bận quá --wait, hoặc không đọc được văn bản nào.
        """))

    @Option(name: .customLong("corpus"), help: helpText("A file or folder of documents; repeat for more. Default: the current folder.",
                                                                 vi: "Một tệp hoặc thư mục văn bản; lặp lại để thêm. Mặc định: thư mục hiện tại.", valueName: "path"))
    var corpus: [String] = []
    @Option(name: .customLong("index"), help: helpText("The index file.", vi: "Tệp chỉ mục.", valueName: "file"))
    var index = "docgraph.sqlite"
    @Flag(help: helpText("Build the index anew, replacing the file even if it is not a docgraph index or has another schema version.",
                         vi: "Lập lại chỉ mục từ đầu, thay cả tệp không phải chỉ mục docgraph hoặc khác phiên bản lược đồ."))
    var rebuild = false
    @Option(help: helpText("Seconds to wait while another 'docgraph index' updates the same file.",
                            vi: "Số giây chờ khi một lệnh 'docgraph index' khác đang cập nhật cùng tệp.", valueName: "seconds"))
    var wait: Double = 60
    @Flag(help: helpText("Also print notes about skipped files.", vi: "In cả ghi chú về các tệp bị bỏ qua."))
    var verbose = false

    func run() throws {
        let start = Date()
        let report: IndexReport
        do {
            report = try IndexRun.update(index, roots: corpus.isEmpty ? ["."] : corpus, rebuild: rebuild, wait: wait)
        } catch {
            DiagnosticPrinter.printLine(error.text(UserLanguage.current))
            throw ExitCode(2)
        }
        DiagnosticPrinter.print(report.diagnostics, quiet: !verbose)
        let size = ((try? FileManager.default.attributesOfItem(atPath: index)[.size]) as? Int) ?? 0
        var summary = tr(.indexSummary(index: index, added: report.added, changed: report.changed, removed: report.removed,
                                       unchanged: report.unchanged, touched: report.touched, documents: report.documents,
                                       citations: report.citations, seconds: Date().timeIntervalSince(start),
                                       megabytes: Double(size) / 1_048_576))
        switch report.graph {
        case .part(let keys, let citations)?: summary += tr(.indexGraphPart(keys: keys, citations: citations))
        case .whole?: summary += tr(.indexGraphWhole)
        case nil: break
        }
        DiagnosticPrinter.printLine(summary)
        guard report.readAnything else {
            DiagnosticPrinter.printLine(tr(.noReadableDocument(paths: corpus.isEmpty ? ["."] : corpus, extensions: DocumentSources.current.extensionList(UserLanguage.current))))
            throw ExitCode(2)
        }
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Find documents by the words of their titles and citations, in an index.",
                      vi: "Tìm văn bản theo từ trong trích yếu và trích dẫn, trong chỉ mục."),
        discussion: say("Diacritics are optional: 'chuyen doi so' finds 'chuyển đổi số'. Each argument is a phrase; all must occur.",
                        vi: "Gõ có dấu hay không đều được: 'chuyen doi so' tìm được 'chuyển đổi số'. Mỗi tham số là một cụm từ; văn bản phải chứa tất cả."))

    @Argument(help: helpText("Words or phrases to find.", vi: "Các từ hoặc cụm từ cần tìm.")) var words: [String]
    @Option(help: helpText("Only documents of this type code: NQ, KL, QD, KH, CTr …", vi: "Chỉ văn bản có mã loại này: NQ, KL, QD, KH, CTr …")) var type: String?
    @Option(help: helpText("Only documents of this issuer: its code (TW, TU) or words of its name.", vi: "Chỉ văn bản của cơ quan này: mã (TW, TU) hoặc từ trong tên cơ quan.")) var issuer: String?
    @Option(help: helpText("Only documents dated in this year.", vi: "Chỉ văn bản ban hành trong năm này.")) var year: Int?
    @Option(help: helpText("At most this many documents.", vi: "Nhiều nhất bấy nhiêu văn bản.")) var limit = 50
    @Option(name: .customLong("index"), help: helpText("The index file.", vi: "Tệp chỉ mục.", valueName: "file")) var index = "docgraph.sqlite"
    @Option(help: helpText("Output format: text or json.", vi: "Dạng kết quả: text hoặc json.")) var format: OutputFormat = .text

    func run() throws {
        var query = SearchQuery(phrases: words, type: type, issuer: issuer, year: year)
        query.limit = limit
        let hits: [SearchHit]
        do {
            hits = try CorpusIndex.open(index, verify: false).search(query)
        } catch {
            DiagnosticPrinter.printLine(error.text(UserLanguage.current))
            throw ExitCode(2)
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(hits), as: UTF8.self))
            return
        }
        guard !hits.isEmpty else { print(tr(.noSearchMatch)); return }
        print(TextTable.render(header: ["DOCUMENT", "DATE", "ISSUER", "TITLE", "SOURCE"], rows: hits.map { h in
            [h.id ?? "—", h.date ?? "", TextTable.clip(h.issuer ?? "", 30), TextTable.clip(h.title ?? "", 60), "\(h.file):\(h.line)"]
        }))
    }
}

extension GraphOptions {
    /// The graph a question about the documents `ids` name is answered on, and their nodes in
    /// it: with `--index`, only the part of the stored graph that `part` reads (the library's
    /// question gives the same answer on it); without, the whole graph built from the corpus.
    /// `whole` is called with the whole graph and the nodes when there is no index.
    func graph(naming ids: [String], part: (IndexedGraph, [NodeIndex]) throws -> GraphPart,
               whole: (DocumentGraph, [NodeIndex]) throws -> Void = { _, _ in }) throws -> (DocumentGraph, [NodeIndex]) {
        guard let stored = try source.index.storedGraph(corpus: source.corpus, quiet: !source.verbose) else {
            let (_, g) = try load()
            let found = try ids.map { try lookup(g, $0) }
            try whole(g, found)
            return (g, found)
        }
        do {
            let found = try ids.map { try stored.lookup($0) }
            let read = try part(stored, found)
            let local = found.compactMap(read.local)
            guard local.count == found.count else { throw IndexError.corrupt(path: source.index.path ?? "", detail: "a part of the graph without its own document") }
            return (read.graph, local)
        } catch let error as LookupError {
            throw ValidationError(error.text(UserLanguage.current))
        } catch let error as IndexError {
            DiagnosticPrinter.printLine(error.text(UserLanguage.current))
            throw ExitCode(2)
        }
    }
}
