import ArgumentParser
import DocGraph
import DocGraphSite
import Foundation

/// `docgraph site --corpus DIR… [--index FILE] [--as-of DATE] [--lang en] -o FOLDER`: the static HTML site for reviewers.
struct Site: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a static HTML site: every document with its status, citations, diagram and impact; findings; planned tasks.",
        discussion: "The site needs no server and no internet: open FOLDER/index.html in a browser, or serve the folder from any web server."
    )

    @OptionGroup var source: CorpusOptions
    @OptionGroup var asOf: AsOfOption
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the site in (replaced whole if docgraph wrote it before).", valueName: "folder"))
    var output: String
    @Flag(help: "Leave out the neighbourhood diagrams (faster, for a quick look).")
    var noDiagrams = false

    func run() throws {
        let date = try asOf.date()
        let (_, graph) = try source.load()
        var options = SiteOptions(asOf: date, language: UserLanguage.current)
        options.diagrams = !noDiagrams
        do {
            let summary = try StaticSite.write(graph, options: options, to: output)
            print("wrote \(summary.pages) pages (\(summary.diagrams) diagrams, \(summary.bytes / 1024) KB) to \(output); open \(output)/index.html")
        } catch {
            throw ValidationError(error.description)
        }
    }
}
