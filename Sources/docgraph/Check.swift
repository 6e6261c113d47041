import ArgumentParser
import DocGraph
import Foundation

enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
enum FailOn: String, ExpressibleByArgument, CaseIterable { case error, warning, never }

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the consistency rules on the corpus, or on draft files against it.",
        discussion: """
        Rules: \(CheckRule.allCases.map { "\($0.rawValue) (\($0.defaultSeverity.rawValue))" }.joined(separator: ", ")).
        Exit status: 1 when a finding at or above --fail-on exists, 0 otherwise, 2 on usage errors.
        """)

    @Argument(help: "Draft files to review against the corpus; without them the whole corpus is checked.")
    var drafts: [String] = []

    @Option(name: .customLong("corpus"), help: ArgumentHelp("A file or folder of documents; repeat for more. Default: the current folder.", valueName: "path"))
    var corpus: [String] = []

    @Option(help: "Output format: text, json or sarif.")
    var format: CheckFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding of this severity or worse exists: error, warning or never.")
    var failOn: FailOn = .error

    @Flag(help: "List pending and fulfilled plans too, not only overdue ones.")
    var all = false

    @Option(help: "Only these rules, comma-separated.")
    var rules: String?

    @Flag(help: "Also print notes about skipped files.")
    var verbose = false

    func run() throws {
        var selected = Set(CheckRule.allCases)
        if let rules {
            selected = []
            for name in rules.split(separator: ",") {
                guard let r = CheckRule(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("unknown rule '\(name)'; rules are \(CheckRule.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                selected.insert(r)
            }
        }
        let paths = (corpus.isEmpty ? ["."] : corpus) + drafts
        let extraction = try CorpusLoader.read(paths, quiet: !verbose)
        let graph = GraphBuilder.build(extraction)
        let draftFiles: Set<String>? = drafts.isEmpty ? nil : Set(CorpusWalker().files(under: drafts).files.map(\.path))
        let findings = Checker.run(graph, CheckOptions(asOf: try asOf.date(), includeAll: all, restrictTo: draftFiles, rules: selected))
        switch format {
        case .json: print(AnalysisJSON.findings(findings))
        case .sarif: print(SARIF.log(findings, toolVersion: DocGraphCommand.configuration.version))
        case .text:
            let colour = isatty(STDOUT_FILENO) == 1
            for f in findings { print(colour ? Colour.finding(f) : f.description) }
            let counts = Finding.Severity.allCases.reversed().map { s in "\(findings.filter { $0.severity == s }.count) \(s.rawValue)s" }
            print("\(findings.count) findings: \(counts.joined(separator: ", "))")
        }
        let threshold: Finding.Severity? = failOn == .never ? nil : (failOn == .error ? .error : .warning)
        if let threshold, findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}

/// ANSI colour for terminals only.
enum Colour {
    static func finding(_ f: Finding) -> String {
        let code = f.severity == .error ? "31" : f.severity == .warning ? "33" : "36"
        return "\u{1B}[1m\(f.location?.description ?? "<corpus>"):\u{1B}[0m \u{1B}[\(code)m\(f.severity.rawValue):\u{1B}[0m [\(f.rule.rawValue)] \(f.message)"
    }
}
