import DocGraph
import DocGraphFormats
import DocGraphRendering

/// One fuzz input through the whole pipeline: decoding (or unpacking a `.docx`, or reading a PDF
/// with poppler), splitting, citation scanning, task tables, graph building, every check rule,
/// the DOT writer and JSON. Anything but a normal return is a bug. Shared by the libFuzzer
/// target and the seeded random-input tests of the normal suite.
public enum FuzzHarness {
    /// What the first byte of an input makes of the rest.
    public enum Mode: UInt8, CaseIterable, Sendable {
        /// Text as it is.
        case text = 0
        /// Text after the header of a task table.
        case taskTable = 1
        /// Text after the header of a resolution.
        case resolution = 2
        /// Text between the start and the end of a citation list.
        case citation = 3
        /// The bytes of a `.docx` (a zip of Word XML).
        case word = 4
        /// The bytes of a PDF.
        case pdf = 5

        /// The mode of a first byte: its remainder by the number of modes, so that any byte
        /// a fuzzer writes there picks one (0–3 as before the formats were added).
        public init(steering byte: UInt8) {
            self = Mode(rawValue: byte % UInt8(Mode.allCases.count)) ?? .text
        }
    }

    /// The first byte steers the input (``Mode``) into the parts a random byte string rarely
    /// reaches: a task table, a resolution's body, a citation list, or a Word or PDF file.
    @discardableResult
    public static func run(_ input: [UInt8]) -> ExtractedFile? {
        guard let first = input.first else { return nil }
        let body = input.dropFirst()
        var bytes: [UInt8]
        let mode = Mode(steering: first)
        switch mode {
        case .taskTable: bytes = Array(planPrefix.utf8) + body
        case .resolution: bytes = Array(resolutionPrefix.utf8) + body
        case .citation: bytes = Array(citationPrefix.utf8) + body + Array(citationSuffix.utf8)
        case .text, .word, .pdf: bytes = Array(body)
        }
        if bytes.count > 1 << 20 { bytes.removeLast(bytes.count - (1 << 20)) }

        let file: ExtractedFile
        switch mode {
        case .word: file = DocumentExtractor.extract(bytes: bytes, file: "fuzz.docx", source: WordSource())
        case .pdf: file = DocumentExtractor.extract(bytes: bytes, file: "fuzz.pdf", source: PDFSource())
        case .text, .taskTable, .resolution, .citation: file = DocumentExtractor.extract(bytes: bytes, file: "fuzz.txt")
        }
        let graph = GraphBuilder.build(CorpusExtraction(files: [file]))
        let asOf = SimpleDate(year: 2026, month: 11, day: 25)!
        _ = Checker.run(graph, CheckOptions(asOf: asOf, includeAll: true))
        var spec = DiagramSpec(title: "fuzz")
        spec.reduce = true
        spec.cluster = .issuer
        _ = DOTWriter.write(graph, spec, asOf: asOf)
        _ = ExtractionJSON.citations(file.citations)
        _ = ExtractionJSON.tasks(file.tasks, documents: file.documents)
        return file
    }

    /// `input` steered into `mode`: what a seed file holds.
    public static func input(_ mode: Mode, _ body: [UInt8]) -> [UInt8] { [mode.rawValue] + body }

    static let planPrefix = """
        BAN TỔ CHỨC TRUNG ƯƠNG\n*\nSố 15-CTr/BTCTW\tĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 01 năm 2026\n\
        CHƯƠNG TRÌNH HÀNH ĐỘNG\n\
        TT\tCơ sở thực hiện\tTên đề án, nhiệm vụ cụ thể\tCấp trình\tĐơn vị chủ trì tham mưu\tThời gian thực hiện\n
        """
    static let resolutionPrefix = """
        BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 28-NQ/TW\tĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 17 tháng 11 năm 2022\n\
        NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII\n
        """
    static let citationPrefix = "Thực hiện Nghị quyết số "
    static let citationSuffix = "-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII; sửa đổi Quy định số 253-QĐ/TW"
}
