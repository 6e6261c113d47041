import ArgumentParser
import Foundation
import DocGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every citation found in the given files and folders.")

    @OptionGroup var input: ExtractionArguments

    func run() throws {
        let corpus = try CorpusLoader.read(input.paths, quiet: input.quiet)
        let citations = corpus.citations
        switch input.format {
        case .json:
            print(ExtractionJSON.citations(citations))
        case .text:
            let rows = citations.map { c in
                [c.location.description, c.id.description, c.date?.vietnamese ?? "", c.relation.rawValue, c.modality.rawValue,
                 c.deadline?.date?.description ?? (c.deadline?.recurring == true ? "recurring" : ""),
                 c.citingDocument.map { c.isNested ? "⊂ \($0)" : $0.description } ?? ""]
            }
            print(TextTable.render(header: ["LOCATION", "ID", "DATE", "RELATION", "MODALITY", "DEADLINE", "CITED BY"], rows: rows))
            print("\(citations.count) citations in \(corpus.files.count) files")
        }
    }
}

struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the documents found in the given files, with their identity.")

    @OptionGroup var input: ExtractionArguments

    func run() throws {
        let corpus = try CorpusLoader.read(input.paths, quiet: input.quiet)
        let documents = corpus.documents
        switch input.format {
        case .json:
            print(ExtractionJSON.documents(documents))
        case .text:
            let rows = documents.map { d in
                [d.lineSpan, d.id?.description ?? "—", d.typeWord ?? "", d.date?.vietnamese ?? "",
                 d.issuer ?? "", TextTable.clip(d.title ?? "", 60)]
            }
            print(TextTable.render(header: ["LINES", "ID", "TYPE", "DATE", "ISSUER", "TITLE"], rows: rows))
        }
    }
}

struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the task rows of task tables and task lists, merged across page breaks.")

    @OptionGroup var input: ExtractionArguments

    func run() throws {
        let corpus = try CorpusLoader.read(input.paths, quiet: input.quiet)
        switch input.format {
        case .json:
            print("[" + corpus.files.map { f in
                let inner = ExtractionJSON.tasks(f.tasks, documents: f.documents)
                return String(inner.dropFirst().dropLast()).trimmingCharacters(in: .whitespacesAndNewlines)
            }.filter { !$0.isEmpty }.joined(separator: ",\n") + "]")
        case .text:
            let rows = corpus.files.flatMap { f in
                f.tasks.map { t in
                    [t.location.lineReference, t.number ?? "", TextTable.clip(t.task, 70), t.leadUnit.map { TextTable.clip($0, 28) } ?? "",
                     t.deadline?.text ?? "", t.announced.map { "→ \($0.typeCode)" } ?? ""]
                }
            }
            print(TextTable.render(header: ["LOCATION", "TT", "TASK", "LEAD UNIT", "DEADLINE", "ANNOUNCES"], rows: rows))
        }
    }
}

/// Arguments shared by `extract`, `docs` and `tasks`.
struct ExtractionArguments: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .md, .html).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Do not print notes about skipped files.")
    var quiet = false
}
