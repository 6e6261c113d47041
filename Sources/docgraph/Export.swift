import ArgumentParser
import DocGraph
import Foundation

extension GraphExport.Format: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole typed graph as GraphML (Gephi, yEd), CSV (spreadsheets) or JSON (networkx).",
        discussion: "CSV gives two tables: -o graph.csv writes graph.nodes.csv and graph.edges.csv.")

    @OptionGroup var source: CorpusOptions
    @Option(help: "graphml, csv or json. Default: from the output file's extension.")
    var format: GraphExport.Format?
    @Option(name: .shortAndLong, help: "Output file; - writes GraphML or JSON to standard output.")
    var output: String

    func run() throws {
        guard let format = format ?? GraphExport.Format(fileName: output) else {
            throw ValidationError("cannot tell the format of '\(output)'; name it .graphml, .csv or .json, or give --format")
        }
        let (extraction, g) = try source.load()
        let inputs = Set(extraction.files.map(\.file))
        if output == "-" {
            guard format != .csv else { throw ValidationError("CSV is two files; give -o NAME.csv") }
            print(GraphExport.text(g, format: format), terminator: "")
            return
        }
        do {
            if format == .csv {
                let base = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
                let tables = GraphExport.csv(g)
                try OutputFile.write(Array(tables.nodes.utf8), to: base + ".nodes.csv", inputs: inputs)
                try OutputFile.write(Array(tables.edges.utf8), to: base + ".edges.csv", inputs: inputs)
                DiagnosticPrinter.printLine("wrote \(base).nodes.csv (\(g.nodes.count) documents) and \(base).edges.csv (\(g.edges.count) citations)")
            } else {
                try OutputFile.write(Array(GraphExport.text(g, format: format).utf8), to: output, inputs: inputs)
                DiagnosticPrinter.printLine("wrote \(output): \(g.nodes.count) documents, \(g.edges.count) citations")
            }
        } catch {
            throw ValidationError(error.description)
        }
    }
}
