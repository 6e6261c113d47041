import ArgumentParser
import DocGraph
import Foundation

extension GraphExport.Format: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Write the whole typed graph as GraphML (Gephi, yEd), CSV (spreadsheets) or JSON (networkx).",
                      vi: "Xuất toàn bộ đồ thị dạng GraphML (Gephi, yEd), CSV (bảng tính) hoặc JSON (networkx)."),
        discussion: say("CSV gives two tables: -o graph.csv writes graph.nodes.csv and graph.edges.csv. The level column holds central, province, district, grassroots or unknown.",
                        vi: "CSV gồm hai bảng: -o graph.csv ghi graph.nodes.csv và graph.edges.csv. Cột level ghi central (Trung ương), province (tỉnh/thành phố), district (huyện), grassroots (cơ sở) hoặc unknown."))

    @OptionGroup var source: CorpusOptions
    @Option(help: helpText("graphml, csv or json. Default: from the output file's extension.", vi: "graphml, csv hoặc json. Mặc định: theo phần mở rộng của tệp kết quả."))
    var format: GraphExport.Format?
    @Option(name: .shortAndLong, help: helpText("Output file; - writes GraphML or JSON to standard output.", vi: "Tệp kết quả; - ghi GraphML hoặc JSON ra đầu ra chuẩn."))
    var output: String

    func run() throws {
        guard let format = format ?? GraphExport.Format(fileName: output) else {
            throw ValidationError(say("cannot tell the format of '\(output)'; name it .graphml, .csv or .json, or give --format",
                                      vi: "không biết định dạng của '\(output)'; hãy đặt tên .graphml, .csv hoặc .json, hoặc dùng --format"))
        }
        let (files, g) = try source.load()
        let inputs = Set(files)
        if output == "-" {
            guard format != .csv else { throw ValidationError(say("CSV is two files; give -o NAME.csv", vi: "CSV gồm hai tệp; hãy dùng -o TÊN.csv")) }
            print(GraphExport.text(g, format: format), terminator: "")
            return
        }
        do {
            if format == .csv {
                let base = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
                let tables = GraphExport.csv(g)
                try OutputFile.write(Array(tables.nodes.utf8), to: base + ".nodes.csv", inputs: inputs)
                try OutputFile.write(Array(tables.edges.utf8), to: base + ".edges.csv", inputs: inputs)
                DiagnosticPrinter.printLine(say("wrote \(base).nodes.csv (\(g.nodes.count) documents) and \(base).edges.csv (\(g.edges.count) citations)",
                                                vi: "đã ghi \(base).nodes.csv (\(g.nodes.count) văn bản) và \(base).edges.csv (\(g.edges.count) trích dẫn)"))
            } else {
                try OutputFile.write(Array(GraphExport.text(g, format: format).utf8), to: output, inputs: inputs)
                DiagnosticPrinter.printLine(say("wrote \(output): \(g.nodes.count) documents, \(g.edges.count) citations",
                                                vi: "đã ghi \(output): \(g.nodes.count) văn bản, \(g.edges.count) trích dẫn"))
            }
        } catch {
            throw ValidationError(errorText(error))
        }
    }
}
