import ArgumentParser
import DocGraph
import DocGraphSite
import Foundation

/// `docgraph site --corpus DIR… [--as-of DATE] -o FOLDER`: the static HTML site for reviewers.
struct Site: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a static HTML site: every document with its status, citations, diagram and impact; findings; planned tasks.",
        discussion: "The site needs no server and no internet: open FOLDER/index.html in a browser, or serve the folder from any web server."
    )

    @Option(name: .customLong("corpus"), help: ArgumentHelp("A file or folder of documents; repeat for more. Default: the current folder.", valueName: "path"))
    var corpus: [String] = []
    @OptionGroup var asOf: AsOfOption
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the site in (replaced whole if docgraph wrote it before).", valueName: "folder"))
    var output: String
    @Flag(help: "Leave out the neighbourhood diagrams (faster, for a quick look).")
    var noDiagrams = false
    @Flag(help: "Also print notes about skipped files.")
    var verbose = false

    func run() throws {
        let date = try asOf.date()
        let extraction = try CorpusLoader.read(corpus, quiet: !verbose)
        let graph = GraphBuilder.build(extraction)
        DiagnosticPrinter.print(graph.diagnostics, quiet: !verbose)
        var options = SiteOptions(asOf: date)
        options.diagrams = !noDiagrams
        do {
            let summary = try StaticSite.write(graph, options: options, to: output)
            print("wrote \(summary.pages) pages (\(summary.diagrams) diagrams, \(summary.bytes / 1024) KB) to \(output); open \(output)/index.html")
        } catch {
            throw ValidationError(error.description)
        }
    }
}
