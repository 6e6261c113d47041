import ArgumentParser
import DocGraph
import Foundation

/// Where a graph command's graph comes from: `--corpus PATH` (repeatable) and `--verbose`.
/// Every graph command loads through `load`, the one place that reads the corpus, builds the
/// graph and prints both steps' diagnostics.
struct CorpusOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: helpText("A file or folder of documents; repeat for more. Default: the current folder.",
                                                               vi: "Một tệp hoặc thư mục văn bản; lặp lại để thêm. Mặc định: thư mục hiện tại.", valueName: "path"))
    var corpus: [String] = []

    @Flag(help: helpText("Also print notes about skipped files.", vi: "In cả ghi chú về các tệp bị bỏ qua."))
    var verbose = false

    @OptionGroup var index: IndexOption

    /// The folders and files to read; `fallback` when none was given.
    func paths(fallback: [String] = ["."]) -> [String] { corpus.isEmpty ? fallback : corpus }

    /// The graph, and the files it was read from (which an output must not overwrite).
    func load(fallback: [String] = ["."]) throws -> (inputs: [String], graph: DocumentGraph) {
        // With --index the graph is the stored one (updated first from --corpus, if given).
        if let stored = try index.storedCorpus(corpus: corpus, quiet: !verbose) {
            DiagnosticPrinter.print(stored.graph.diagnostics, quiet: !verbose)
            return (stored.files, stored.graph)
        }
        let extraction = try CorpusLoader.read(paths(fallback: fallback), quiet: !verbose, forGraphOnly: true)
        let inputs = extraction.files.map(\.file)
        let graph = GraphBuilder.build(extraction)
        DiagnosticPrinter.print(graph.diagnostics, quiet: !verbose)
        return (inputs, graph)
    }
}

/// The corpus and `--format text|json`, shared by the query commands.
struct GraphOptions: ParsableArguments {
    @OptionGroup var source: CorpusOptions

    @Option(help: helpText("Output format: text or json.", vi: "Định dạng kết quả: text hoặc json."))
    var format: OutputFormat = .text

    func load() throws -> (inputs: [String], graph: DocumentGraph) { try source.load() }
}

/// `--as-of YYYY-MM-DD`, default today.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: helpText("The date to judge deadlines and status on: 25/11/2026, 25-11-2026 or 2026-11-25. Default: today.",
                                                              vi: "Ngày dùng để xét thời hạn và hiệu lực: 25/11/2026, 25-11-2026 hoặc 2026-11-25. Mặc định: hôm nay.", valueName: "date"))
    var asOfText: String?

    func validate() throws {
        if let text = asOfText, SimpleDate(userInput: text) == nil {
            throw ValidationError(Self.invalid(text))
        }
    }

    static func invalid(_ text: String) -> String {
        say("--as-of takes a date like 25/11/2026 or 2026-11-25, not '\(text)'", vi: "--as-of nhận ngày dạng 25/11/2026 hoặc 2026-11-25, không nhận '\(text)'")
    }

    func date() throws -> SimpleDate {
        if let text = asOfText {
            guard let d = SimpleDate(userInput: text) else { throw ValidationError(Self.invalid(text)) }
            return d
        }
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return SimpleDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}

/// Resolves a user's id to a node or exits with a clear message (exit code 2).
func lookup(_ graph: DocumentGraph, _ text: String) throws -> NodeIndex {
    do {
        return try graph.lookup(text)
    } catch {
        throw ValidationError(error.text(UserLanguage.current))
    }
}

/// Text formatting of graph answers.
enum GraphText {
    static func edge(_ g: DocumentGraph, _ e: EdgeIndex) -> String {
        let edge = g.edges[Int(e)]
        return tr(.edge(from: g.nodes[Int(edge.from)].name, relation: edge.relation, planned: edge.modality == .planned,
                        to: g.nodes[Int(edge.to)].name, due: edge.deadline.map(due)))
    }

    /// A deadline as users write dates: `30/04/2026`, or the document's words when it has no date.
    static func due(_ d: Deadline) -> String { d.date?.vietnamese ?? d.text }

    static func evidence(_ g: DocumentGraph, _ e: EdgeIndex) -> String {
        let edge = g.edges[Int(e)]
        return "\(edge.location)  “\(TextTable.clip(edge.text, 110))”"
    }
}
