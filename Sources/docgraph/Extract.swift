import ArgumentParser
import Foundation
import DocGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("List every citation found in the given files and folders.", vi: "Liệt kê mọi trích dẫn tìm thấy trong các tệp và thư mục đã cho."))

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
        abstract: say("List the documents found in the given files, with their identity; filter them by issuer, type, level, year, place or title.",
                      vi: "Liệt kê các văn bản tìm thấy trong các tệp, với số hiệu, ngày, cơ quan ban hành; lọc theo cơ quan ban hành, loại, cấp, năm, địa phương hoặc trích yếu."),
        discussion: say("Names compare without diacritics or case: --issuer 'tinh uy nghe an', --locality 'Nghe An' (a province also lists its districts' documents), --title 'chuong trinh hanh dong'.",
                        vi: "Tên được so sánh không phân biệt dấu và chữ hoa: --issuer 'tinh uy nghe an', --locality 'Nghe An' (một tỉnh liệt kê cả văn bản của các huyện), --title 'chuong trinh hanh dong'."))

    @OptionGroup var input: ExtractionArguments
    @Option(help: helpText("Part of the issuing body's name.", vi: "Một phần tên cơ quan ban hành.")) var issuer: String?
    @Option(help: helpText("A type code (KH, CTr, NQ) or word (Kế hoạch).", vi: "Ký hiệu loại (KH, CTr, NQ) hoặc tên loại (Kế hoạch).")) var type: String?
    @Option(help: helpText("central, province, district or grassroots.", vi: "central (Trung ương), province (tỉnh/thành phố), district (huyện) hoặc grassroots (cơ sở).")) var level: AdministrativeLevel?
    @Option(help: helpText("The year of the document's date.", vi: "Năm ban hành văn bản.")) var year: Int?
    @Option(help: helpText("A province or district.", vi: "Một tỉnh hoặc huyện.")) var locality: String?
    @Option(help: helpText("Part of the title or number: finds documents without a number.", vi: "Một phần trích yếu hoặc số hiệu: tìm được cả văn bản không có số.")) var title: String?

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
                 AdministrativeLevel.of(issuer: d.issuer, issuerCode: d.id?.issuerCode, locality: d.numberingPlace ?? d.place).label(language),
                 d.issuer ?? "", TextTable.clip(d.title ?? "", 60)]
            }
            print(TextTable.render(header: [tr(.lines), tr(.id), tr(.type), tr(.date), tr(.level).uppercased(), tr(.issuer), tr(.title)], rows: rows))
            if !filter.isEmpty { print(tr(.documentsShown(shown: documents.count, of: corpus.documents.count))) }
        }
    }
}

struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("List the task rows of task tables and task lists, merged across page breaks.",
                                                                      vi: "Liệt kê các dòng nhiệm vụ của bảng và danh mục nhiệm vụ, nối lại qua các lần ngắt trang."))

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
    @Argument(help: helpText("Files or folders to read (.txt, .md, .html, .docx, .pdf).", vi: "Các tệp hoặc thư mục cần đọc (.txt, .md, .html, .docx, .pdf)."))
    var paths: [String] = []

    @Option(help: helpText("Output format: text or json.", vi: "Định dạng kết quả: text hoặc json."))
    var format: OutputFormat = .text

    @Flag(help: helpText("Do not print notes about skipped files.", vi: "Không in ghi chú về các tệp bị bỏ qua."))
    var quiet = false
}
