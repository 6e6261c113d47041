import ArgumentParser
import DocGraph
import Foundation

enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
enum FailOn: String, ExpressibleByArgument, CaseIterable { case error, warning, never }

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Run the consistency rules on the corpus, or review draft files against it.",
                      vi: "Kiểm tra tính nhất quán của kho văn bản, hoặc rà soát dự thảo đối chiếu với kho."),
        discussion: say("""
        Rules: \(RuleRegistry.standard.rules.map { "\($0.id) (\($0.defaultSeverity.rawValue))" }.joined(separator: ", ")).
        Given drafts (or '-' for standard input), every finding is located in a draft, and a draft that \
        contradicts a corpus document's header, cites a later document or sets a deadline before its own \
        date is an error.
        Exit status: 0 clean; 1 a finding at or above --fail-on (not accepted by --baseline); 2 usage \
        errors, missing drafts or corpus paths, empty folders, nothing readable.
        """, vi: """
        Các quy tắc: \(RuleRegistry.standard.rules.map { "\($0.id) (\($0.defaultSeverity.rawValue))" }.joined(separator: ", ")).
        \(RuleRegistry.standard.rules.map { "  \($0.id): \($0.summary(.vi))" }.joined(separator: "\n"))
        Khi có dự thảo (hoặc '-' để đọc từ đầu vào chuẩn), mỗi phát hiện được định vị trong dự thảo; dự thảo \
        ghi trái với phần đầu của một văn bản trong kho, dẫn chiếu văn bản có ngày muộn hơn, hoặc đặt thời hạn \
        trước ngày của chính nó là lỗi (error).
        Mã thoát: 0 không có gì; 1 có phát hiện từ mức --fail-on trở lên (không được --baseline chấp nhận); \
        2 sai cách dùng, thiếu dự thảo hoặc thư mục kho, thư mục rỗng, không đọc được văn bản nào.
        """))

    @Argument(help: helpText("With --corpus: draft files or folders to review against it ('-' reads one from standard input). Without --corpus: the corpus to check (default: the current folder).",
                              vi: "Có --corpus: tệp hoặc thư mục dự thảo cần rà soát đối chiếu với kho ('-' đọc một dự thảo từ đầu vào chuẩn). Không có --corpus: kho cần kiểm tra (mặc định: thư mục hiện tại)."))
    var drafts: [String] = []

    @OptionGroup var source: CorpusOptions

    @Option(help: helpText("Output format: text, json or sarif.", vi: "Định dạng kết quả: text, json hoặc sarif."))
    var format: CheckFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Option(name: .customLong("fail-on"), help: helpText("Exit 1 when a finding of this severity or worse exists: error, warning or never.",
                                                                  vi: "Thoát với mã 1 khi có phát hiện từ mức này trở lên: error (lỗi), warning (cảnh báo) hoặc never (không bao giờ)."))
    var failOn: FailOn = .error

    @Option(help: helpText("Accept the findings listed in this file; only new findings are shown and fail.",
                                 vi: "Chấp nhận các phát hiện ghi trong tệp này; chỉ phát hiện mới được hiển thị và tính là không đạt.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: helpText("Write the findings to this file as a baseline, and exit 0.",
                                                                            vi: "Ghi các phát hiện vào tệp này làm mốc (baseline), rồi thoát với mã 0.", valueName: "file"))
    var writeBaseline: String?

    @Flag(help: helpText("List pending and fulfilled plans too, not only overdue ones.", vi: "Liệt kê cả việc dự kiến đang thực hiện và đã hoàn thành, không chỉ việc quá hạn."))
    var all = false

    @Option(help: helpText("Only these rules, comma-separated.", vi: "Chỉ chạy các quy tắc này, cách nhau bởi dấu phẩy."))
    var rules: RuleList?

    func run() throws {
        // `docgraph check corpus/`: without `--corpus` (or `--index`), the paths are the corpus to check,
        // as they are for `extract` and `docs`; a review names the corpus its drafts are read against.
        var drafts = self.drafts
        var source = self.source
        if source.corpus.isEmpty, source.index.path == nil, !drafts.isEmpty, !drafts.contains("-") {
            source.corpus = drafts
            drafts = []
        }
        let options = CheckOptions(asOf: try asOf.date(), includeAll: all, rules: rules?.ids)
        let accepted: Baseline?
        do { accepted = try baseline.map(Baseline.read) } catch { try usageError(errorText(error)) }
        var input: ReviewInput
        if drafts.isEmpty, let stored = try source.index.storedCorpus(corpus: source.corpus, quiet: !source.verbose) {
            // The index's graph as it was stored: nothing is built again.
            input = ReviewInput(graph: stored.graph, diagnostics: stored.diagnostics)
        } else {
            let indexed = try source.index.indexed(corpus: source.corpus, quiet: !source.verbose)
            do {
                input = try ReviewInput.read(corpus: source.paths(fallback: [source.index.path ?? "."]), drafts: drafts, indexed: indexed) {
                    Array(FileHandle.standardInput.readDataToEndOfFile())
                }
            } catch {
                try usageError(errorText(error))
            }
        }
        DiagnosticPrinter.print(input.diagnostics, quiet: !source.verbose)
        input.buildGraph()
        var findings = input.findings(options)
        if let writeBaseline {
            do { try OutputFile.write(Array((Baseline(findings, lineText: input.lineText).json + "\n").utf8), to: writeBaseline, inputs: Set(drafts)) } catch { try usageError(errorText(error)) }
            DiagnosticPrinter.printLine(tr(.wroteBaseline(count: findings.count, file: writeBaseline)))
            return
        }
        var acceptedCount = 0
        if let accepted {
            let new = accepted.newFindings(findings, lineText: input.lineText)
            acceptedCount = findings.count - new.count
            findings = new
        }
        switch format {
        case .json:
            AnalysisJSON.findings(findings) { StandardOutput.write($0) }
            StandardOutput.write("\n")
        case .sarif: print(SARIF.log(findings, toolVersion: DocGraphCommand.configuration.version, root: SARIF.repositoryRoot(from: FileManager.default.currentDirectoryPath),
                                     language: UserLanguage.current))
        case .text:
            let colour = isatty(STDOUT_FILENO) == 1
            for f in findings {
                print(colour ? Colour.finding(f) : f.line(UserLanguage.current))
                // In a review the corpus evidence is what the reader checks the draft against.
                if input.isReview { for l in f.related.prefix(5) { print(tr(.related(l.description))) } }
            }
            func count(_ s: Finding.Severity) -> Int { findings.filter { $0.severity == s }.count }
            print(tr(.findingsSummary(errors: count(.error), warnings: count(.warning), notes: count(.note), accepted: acceptedCount)))
        }
        ProcessEnd.leave((input, findings))
        let threshold: Finding.Severity? = failOn == .never ? nil : (failOn == .error ? .error : .warning)
        if let threshold, findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }

    /// Prints a usage problem and exits 2, the code review pipelines treat as "not run".
    private func usageError(_ message: String) throws -> Never {
        DiagnosticPrinter.printLine(message)
        throw ExitCode(2)
    }
}

/// ANSI colour for terminals only.
enum Colour {
    static func finding(_ f: Finding) -> String {
        let code = f.severity == .error ? "31" : f.severity == .warning ? "33" : "36"
        return "\u{1B}[1m\(f.location?.description ?? "<corpus>"):\u{1B}[0m \u{1B}[\(code)m\(f.severity.rawValue):\u{1B}[0m [\(f.rule.rawValue)] \(f.text(UserLanguage.current))"
    }
}
