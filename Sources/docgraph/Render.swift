import ArgumentParser
import DocGraph
import DocGraphRendering
import Foundation

extension DiagramSpec.Direction: ExpressibleByArgument {}
extension DiagramSpec.Cluster: ExpressibleByArgument {}

extension Paper.Size: ExpressibleByArgument {}
extension Paper.Orientation: ExpressibleByArgument {}
extension IssuerGraph.Grouping: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Draw the graph, or the neighbourhood of documents, with Graphviz (linked as a library).",
                      vi: "Vẽ sơ đồ cả đồ thị, hoặc vùng lân cận của các văn bản, bằng Graphviz."),
        discussion: say("""
        Over \(DiagramSpec.defaultDocumentLimit) documents, a whole-corpus diagram (no --focus) shows the issuing bodies \
        (or, with --overview type, the document types) instead, each arrow weighted by its citations. A PDF is laid \
        out on an A4 landscape sheet unless --paper or --orientation says otherwise. Links in an SVG are relative to \
        the SVG's folder.
        """, vi: """
        Quá \(DiagramSpec.defaultDocumentLimit) văn bản, sơ đồ cả kho (không có --focus) vẽ các cơ quan ban hành \
        (hoặc, với --overview type, các loại văn bản), mỗi mũi tên đậm theo số trích dẫn. Tệp PDF được dàn trên khổ A4 \
        ngang, trừ khi --paper hoặc --orientation chọn khác. Liên kết trong SVG tính từ thư mục của tệp SVG.
        """))

    @OptionGroup var source: CorpusOptions
    @Option(help: helpText("Documents to centre on; repeat for more.", vi: "Văn bản ở trung tâm sơ đồ; lặp lại để thêm.")) var focus: [String] = []
    @Option(help: helpText("Hops from the focus.", vi: "Số bước tính từ văn bản trung tâm.")) var depth = 2
    @Option(help: helpText("up (what rests on the focus), down (what it rests on) or both.", vi: "up (văn bản dựa trên văn bản trung tâm), down (văn bản nó dựa trên) hoặc both (cả hai).")) var direction: DiagramSpec.Direction = .both
    @Option(help: helpText("Relations to draw, comma-separated.", vi: "Các quan hệ cần vẽ, cách nhau bởi dấu phẩy.")) var relations: RelationList?
    @Option(help: helpText("enacted, planned or all.", vi: "enacted (đã ban hành), planned (dự kiến) hoặc all (tất cả).")) var modality: ModalityChoice = .all
    @Option(help: helpText("Graphviz layout (default dot; sfdp over 300 nodes). Layouts other than dot remove overlaps (prism) and curve edges around labels.",
                                   vi: "Bố cục Graphviz (mặc định dot; sfdp khi quá 300 nút). Các bố cục khác dot được gỡ chồng lấn (prism) và uốn cạnh tránh nhãn.")) var layout: LayoutChoice?
    @Option(help: helpText("Group nodes by issuer, type, level or none.", vi: "Nhóm nút theo issuer (cơ quan ban hành), type (loại), level (cấp) hoặc none (không nhóm).")) var cluster: DiagramSpec.Cluster = .none
    @Flag(help: helpText("Transitive reduction per relation: drop an edge implied by a longer chain of the same relation.", vi: "Rút gọn bắc cầu theo từng quan hệ: bỏ cạnh đã được suy ra từ một chuỗi dài hơn cùng quan hệ.")) var reduce = false
    @Option(help: helpText("The sheet: a4 or a3 (PDF default a4; PNG and SVG at natural size unless given).", vi: "Khổ giấy: a4 hoặc a3 (PDF mặc định a4; PNG và SVG theo kích thước tự nhiên nếu không chọn).")) var paper: Paper.Size?
    @Option(help: helpText("landscape or portrait.", vi: "landscape (ngang) hoặc portrait (dọc).")) var orientation: Paper.Orientation = .landscape
    @OptionGroup var asOf: AsOfOption
    @Option(help: helpText("Over \(DiagramSpec.defaultDocumentLimit) documents without --focus, draw the issuing bodies (issuer) or the document types (type).",
                           vi: "Quá \(DiagramSpec.defaultDocumentLimit) văn bản mà không có --focus: vẽ các cơ quan ban hành (issuer) hoặc các loại văn bản (type)."))
    var overview: IssuerGraph.Grouping = .issuer
    @Option(name: .shortAndLong, help: helpText("Output file: .dot, .svg, .png or .pdf; - writes DOT to standard output.", vi: "Tệp kết quả: .dot, .svg, .png hoặc .pdf; - ghi DOT ra đầu ra chuẩn.")) var output: String

    func run() throws {
        // Reading shows files read of the total (CorpusLoader); building the graph is quick.
        let (files, g) = try source.load()
        var spec = DiagramSpec(title: tr(.diagramOf(focus: focus)))
        spec.language = UserLanguage.current
        spec.focus = try focus.map { try lookup(g, $0) }
        spec.depth = depth
        spec.direction = direction
        spec.cluster = cluster
        spec.reduce = reduce
        spec.overview = overview
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
            DiagnosticPrinter.printLine(tr(overview == .type ? .typeGraphInstead(nodes: drawn.documents, limit: spec.documentLimit, types: bodies)
                                                             : .issuerGraphInstead(nodes: drawn.documents, limit: spec.documentLimit, issuers: bodies)))
        }
        try Progress.during(tr(.layingOut(nodes: drawn.issuerBodies ?? drawn.documents, layout: chosen))) {
            try Diagram.write(dot: drawn.dot, to: output, layout: chosen, inputs: Set(files))
        }
    }
}

struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gallery", abstract: say("Regenerate the diagrams of the sample corpus in Graphs/ (.dot and .svg committed, .png made for viewing).",
                                                                                                   vi: "Vẽ lại các sơ đồ của kho mẫu trong Graphs/ (.dot và .svg được commit, .png để xem)."))

    @OptionGroup var source: CorpusOptions
    @Option(help: helpText("Where to write the diagrams.", vi: "Thư mục ghi sơ đồ.")) var output = "Graphs"
    @Option(help: helpText("The diagrams to draw (default: gallery.json in the output folder).", vi: "Danh sách sơ đồ cần vẽ (mặc định: gallery.json trong thư mục kết quả).", valueName: "file")) var manifest: String?
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
        } catch { throw ValidationError(errorText(error)) }
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
            throw ValidationError(errorText(error))
        }
    }
}
