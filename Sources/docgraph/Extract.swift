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
            let language = UserLanguage.current
            let rows = citations.map { c in
                [c.location.description, c.id.description, c.date?.vietnamese ?? "", c.relation.label(language), c.modality.label(language),
                 c.deadline?.date?.vietnamese ?? (c.deadline?.recurring == true ? tr(.recurring) : ""),
                 c.citingDocument.map { c.isNested ? "⊂ \($0)" : $0.description } ?? ""]
            }
            print(TextTable.render(header: [tr(.location), tr(.id), tr(.date), tr(.relation), tr(.modality), tr(.deadline), tr(.citedBy)], rows: rows))
            print(tr(.citationsInFiles(citations: citations.count, files: corpus.files.count)))
        }
    }
}

extension AdministrativeLevel: ExpressibleByArgument {}

struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the documents found in the given files, with their identity; filter them by issuer, type, level, year, place or title.",
        discussion: "Names compare without diacritics or case: --issuer 'tinh uy nghe an', --locality 'Nghe An' (a province also lists its districts' documents), --title 'chuong trinh hanh dong'.")

    @OptionGroup var input: ExtractionArguments
    @Option(help: "Part of the issuing body's name.") var issuer: String?
    @Option(help: "A type code (KH, CTr, NQ) or word (Kế hoạch).") var type: String?
    @Option(help: "central, province, district or grassroots.") var level: AdministrativeLevel?
    @Option(help: "The year of the document's date.") var year: Int?
    @Option(help: "A province or district.") var locality: String?
    @Option(help: "Part of the title or number: finds documents without a number.") var title: String?

    func run() throws {
        let corpus = try CorpusLoader.read(input.paths, quiet: input.quiet)
        let filter = DocumentFilter(issuer: issuer, type: type, level: level, year: year, locality: locality, title: title)
        let documents = corpus.documents.filter(filter.accepts)
        switch input.format {
        case .json:
            print(ExtractionJSON.documents(documents))
        case .text:
            let language = UserLanguage.current
            let rows = documents.map { d in
                [d.lineSpan, d.id?.description ?? "—", d.typeWord ?? "", d.date?.vietnamese ?? "",
                 AdministrativeLevel.of(issuer: d.issuer, issuerCode: d.id?.issuerCode, locality: d.locality ?? d.place).label(language),
                 d.issuer ?? "", TextTable.clip(d.title ?? "", 60)]
            }
            print(TextTable.render(header: [tr(.lines), tr(.id), tr(.type), tr(.date), tr(.level).uppercased(), tr(.issuer), tr(.title)], rows: rows))
            if !filter.isEmpty { print(tr(.documentsShown(shown: documents.count, of: corpus.documents.count))) }
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
            print(TextTable.render(header: [tr(.location), tr(.taskNumber), tr(.task), tr(.leadUnit), tr(.deadline), tr(.announces)], rows: rows))
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
