import ArgumentParser
import DocGraph
import Foundation

/// `--corpus PATH` (repeatable) and `--format`, shared by the graph commands.
struct GraphOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: ArgumentHelp("A file or folder of documents; repeat for more. Default: the current folder.", valueName: "path"))
    var corpus: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Also print notes about skipped files.")
    var verbose = false

    func load(extra drafts: [String] = []) throws -> (CorpusExtraction, DocumentGraph) {
        let paths = (corpus.isEmpty ? ["."] : corpus) + drafts
        let extraction = try CorpusLoader.read(paths, quiet: !verbose)
        let graph = GraphBuilder.build(extraction)
        DiagnosticPrinter.print(graph.diagnostics, quiet: !verbose)
        return (extraction, graph)
    }
}

/// `--as-of YYYY-MM-DD`, default today.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to judge deadlines and status on: 25/11/2026, 25-11-2026 or 2026-11-25. Default: today.", valueName: "date"))
    var asOfText: String?

    func validate() throws {
        if let text = asOfText, SimpleDate(userInput: text) == nil {
            throw ValidationError("--as-of takes a date like 25/11/2026 or 2026-11-25, not '\(text)'")
        }
    }

    func date() throws -> SimpleDate {
        if let text = asOfText {
            guard let d = SimpleDate(userInput: text) else { throw ValidationError("--as-of takes a date like 25/11/2026 or 2026-11-25, not '\(text)'") }
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
        throw ValidationError(error.description)
    }
}

/// Parses `--relations implements,amends`.
func parseRelations(_ list: String?) throws -> Set<Relation>? {
    guard let list else { return nil }
    var result: Set<Relation> = []
    for part in list.split(separator: ",") {
        guard let r = Relation(userInput: String(part).trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("unknown relation '\(part)'; use \(Relation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        result.insert(r)
    }
    return result
}

/// Text formatting of graph answers.
enum GraphText {
    static func edge(_ g: DocumentGraph, _ e: EdgeIndex) -> String {
        let edge = g.edges[Int(e)]
        var s = "\(g.nodes[Int(edge.from)].name) —\(edge.relation.rawValue)\(edge.modality == .planned ? " (planned)" : "")→ \(g.nodes[Int(edge.to)].name)"
        if let d = edge.deadline { s += ", due \(d.date?.description ?? d.text)" }
        return s
    }

    static func evidence(_ g: DocumentGraph, _ e: EdgeIndex) -> String {
        let edge = g.edges[Int(e)]
        return "\(edge.location)  “\(TextTable.clip(edge.text, 110))”"
    }
}
