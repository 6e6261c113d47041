import ArgumentParser
import DocGraph
import DocGraphRendering
import Foundation

extension DiagramSpec.Direction: ExpressibleByArgument {}
extension DiagramSpec.Cluster: ExpressibleByArgument {}

extension Paper.Size: ExpressibleByArgument {}
extension Paper.Orientation: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph, or the neighbourhood of documents, with Graphviz (linked as a library).",
        discussion: """
        Over \(DiagramSpec.defaultDocumentLimit) documents, a whole-corpus diagram (no --focus) shows the issuing bodies \
        instead, each arrow weighted by its citations. A PDF is laid out on an A4 landscape sheet unless --paper or \
        --orientation says otherwise. Links in an SVG are relative to the SVG's folder.
        """)

    @OptionGroup var source: CorpusOptions
    @Option(help: "Documents to centre on; repeat for more.") var focus: [String] = []
    @Option(help: "Hops from the focus.") var depth = 2
    @Option(help: "up (what rests on the focus), down (what it rests on) or both.") var direction: DiagramSpec.Direction = .both
    @Option(help: "Relations to draw, comma-separated.") var relations: RelationList?
    @Option(help: "enacted, planned or all.") var modality: ModalityChoice = .all
    @Option(help: "Graphviz layout (default dot; sfdp over 300 nodes). Layouts other than dot remove overlaps (prism) and curve edges around labels.") var layout: LayoutChoice?
    @Option(help: "Group nodes by issuer, type, level or none.") var cluster: DiagramSpec.Cluster = .none
    @Flag(help: "Transitive reduction per relation: drop an edge implied by a longer chain of the same relation.") var reduce = false
    @Option(help: "The sheet: a4 or a3 (PDF default a4; PNG and SVG at natural size unless given).") var paper: Paper.Size?
    @Option(help: "landscape or portrait.") var orientation: Paper.Orientation = .landscape
    @OptionGroup var asOf: AsOfOption
    @Option(name: .shortAndLong, help: "Output file: .dot, .svg, .png or .pdf; - writes DOT to standard output.") var output: String

    func run() throws {
        let (extraction, g) = try Progress.during(tr(.readingCorpus(paths: source.paths()))) { try source.load() }
        var spec = DiagramSpec(title: tr(.diagramOf(focus: focus)))
        spec.language = UserLanguage.current
        spec.focus = try focus.map { try lookup(g, $0) }
        spec.depth = depth
        spec.direction = direction
        spec.cluster = cluster
        spec.reduce = reduce
        if let relations { spec.filter.relations = relations.relations }
        spec.filter.modalities = modality.modalities
        let ext = (output as NSString).pathExtension.lowercased()
        if let paper { spec.paper = Paper(paper, orientation) } else if ext == "pdf" { spec.paper = Paper(.a4, orientation) }
        if output != "-" { spec.linkBase = (output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent }
        let count = DOTWriter.selectNodes(g, spec).count
        let issuers = focus.isEmpty && count > spec.documentLimit
        var chosen = layout?.rawValue ?? "dot"
        if layout == nil, count > 300, !issuers {
            chosen = "sfdp"
            DiagnosticPrinter.printLine(tr(.layoutSwitched(nodes: count, layout: chosen)))
        }
        spec.layout = chosen
        let drawn = DOTWriter.draw(g, spec, asOf: try asOf.date())
        if let bodies = drawn.issuerBodies {
            DiagnosticPrinter.printLine(tr(.issuerGraphInstead(nodes: drawn.documents, limit: spec.documentLimit, issuers: bodies)))
        }
        try Progress.during(tr(.layingOut(nodes: drawn.issuerBodies ?? drawn.documents, layout: chosen))) {
            try Diagram.write(dot: drawn.dot, to: output, layout: chosen, inputs: Set(extraction.files.map(\.file)))
        }
    }
}

struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gallery", abstract: "Regenerate the diagrams of the sample corpus in Graphs/ (.dot and .svg committed, .png made for viewing).")

    @OptionGroup var source: CorpusOptions
    @Option(help: "Where to write the diagrams.") var output = "Graphs"
    @Option(help: ArgumentHelp("The diagrams to draw (default: gallery.json in the output folder).", valueName: "file")) var manifest: String?
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let (_, g) = try source.load(fallback: ["Corpus"])
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // Fixed date and language (Vietnamese unless --lang is given) so the checked-in diagrams
        // only change when the corpus or the code does, whatever the machine's LANG.
        let date = asOf.asOfText == nil ? SimpleDate(year: 2026, month: 11, day: 25)! : try asOf.date()
        let items: [Gallery.Item]
        do {
            items = try Gallery(manifest: manifest ?? "\(output)/gallery.json").items(g, language: UserLanguage.explicit ?? .vi, folder: output)
        } catch { throw ValidationError(error.description) }
        for item in items {
            let dot = DOTWriter.write(g, item.spec, asOf: date)
            let base = "\(output)/\(item.name)"
            let extensions = ["dot", "svg"] + (item.png ? ["png"] : [])
            for ext in extensions { try Diagram.write(dot: dot, to: base + "." + ext, layout: "dot", inputs: []) }
            print(tr(.wroteDiagram(base: base, extensions: extensions.map { "." + $0 })))
        }
    }
}

enum Diagram {
    static func write(dot: String, to output: String, layout: String, inputs: Set<String>) throws {
        do {
            if output == "-" { print(dot, terminator: ""); return }
            let ext = (output as NSString).pathExtension.lowercased()
            if ext == "dot" || ext == "gv" { try OutputFile.write(Array(dot.utf8), to: output, inputs: inputs); return }
            let bytes = try GraphvizContext.shared.render(dot: dot, layout: layout, format: ext)
            try OutputFile.write(bytes, to: output, inputs: inputs)
        } catch {
            throw ValidationError(String(describing: error))
        }
    }
}
