import ArgumentParser
import DocGraph
import DocGraphRendering
import Foundation

extension DiagramSpec.Direction: ExpressibleByArgument {}
extension DiagramSpec.Cluster: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Draw the graph, or the neighbourhood of documents, with Graphviz (linked as a library).")

    @OptionGroup var source: CorpusOptions
    @Option(help: "Documents to centre on; repeat for more.") var focus: [String] = []
    @Option(help: "Hops from the focus.") var depth = 2
    @Option(help: "up (what rests on the focus), down (what it rests on) or both.") var direction: DiagramSpec.Direction = .both
    @Option(help: "Relations to draw, comma-separated.") var relations: RelationList?
    @Option(help: "enacted, planned or all.") var modality: ModalityChoice = .all
    @Option(help: "Graphviz layout (default dot; sfdp over 300 nodes).") var layout: LayoutChoice?
    @Option(help: "Group nodes by issuer, type, level or none.") var cluster: DiagramSpec.Cluster = .none
    @Flag(help: "Drop edges implied by longer chains.") var reduce = false
    @OptionGroup var asOf: AsOfOption
    @Option(name: .shortAndLong, help: "Output file: .dot, .svg, .png or .pdf; - writes DOT to standard output.") var output: String

    func run() throws {
        let (extraction, g) = try source.load()
        var spec = DiagramSpec(title: focus.isEmpty ? "docgraph" : "docgraph: \(focus.joined(separator: ", "))")
        spec.focus = try focus.map { try lookup(g, $0) }
        spec.depth = depth
        spec.direction = direction
        spec.cluster = cluster
        spec.reduce = reduce
        if let relations { spec.filter.relations = relations.relations }
        spec.filter.modalities = modality.modalities
        let nodes = DOTWriter.selectNodes(g, spec)
        let dot = DOTWriter.write(g, spec, nodes: nodes, asOf: try asOf.date())
        try Diagram.write(dot: dot, to: output, layout: layout?.rawValue, nodeCount: nodes.count,
                          inputs: Set(extraction.files.map(\.file)))
    }
}

struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gallery", abstract: "Regenerate the diagrams of the sample corpus in Graphs/ (.dot, .svg, one .png).")

    @OptionGroup var source: CorpusOptions
    @Option(help: "Where to write the diagrams.") var output = "Graphs"
    @Option(help: ArgumentHelp("The diagrams to draw (default: gallery.json in the output folder).", valueName: "file")) var manifest: String?
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let (_, g) = try source.load(fallback: ["Corpus"])
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // Fixed date so the checked-in diagrams only change when the corpus or the code does.
        let date = asOf.asOfText == nil ? SimpleDate(year: 2026, month: 11, day: 25)! : try asOf.date()
        let items: [Gallery.Item]
        do { items = try Gallery(manifest: manifest ?? "\(output)/gallery.json").items(g) } catch { throw ValidationError(error.description) }
        for item in items {
            let dot = DOTWriter.write(g, item.spec, asOf: date)
            let base = "\(output)/\(item.name)"
            try Diagram.write(dot: dot, to: base + ".dot", layout: nil, nodeCount: 0, inputs: [])
            try Diagram.write(dot: dot, to: base + ".svg", layout: "dot", nodeCount: 0, inputs: [])
            if item.png { try Diagram.write(dot: dot, to: base + ".png", layout: "dot", nodeCount: 0, inputs: []) }
            print("wrote \(base).dot, .svg\(item.png ? ", .png" : "")")
        }
    }
}

enum Diagram {
    static func write(dot: String, to output: String, layout: String?, nodeCount: Int, inputs: Set<String>) throws {
        do {
            if output == "-" { print(dot, terminator: ""); return }
            let ext = (output as NSString).pathExtension.lowercased()
            if ext == "dot" || ext == "gv" { try OutputFile.write(Array(dot.utf8), to: output, inputs: inputs); return }
            var chosen = layout ?? "dot"
            if layout == nil, nodeCount > 300 {
                chosen = "sfdp"
                DiagnosticPrinter.printLine("note: \(nodeCount) nodes; using the sfdp layout, which scales (choose another with --layout)")
            }
            let bytes = try GraphvizContext.shared.render(dot: dot, layout: chosen, format: ext)
            try OutputFile.write(bytes, to: output, inputs: inputs)
        } catch {
            throw ValidationError(String(describing: error))
        }
    }
}
