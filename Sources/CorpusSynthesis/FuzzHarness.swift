import DocGraph
import DocGraphRendering

/// One fuzz input through the whole pipeline: decoding, splitting, citation scanning, task tables,
/// graph building, every check rule, the DOT writer and JSON. Anything but a normal return is a bug.
/// Shared by the libFuzzer target and the seeded random-input test of the normal suite.
public enum FuzzHarness {
    /// The first byte steers the input into the parts a random byte string rarely reaches:
    /// 0 = as is, 1 = rows of a task table, 2 = body of a resolution, 3 = a citation list.
    @discardableResult
    public static func run(_ input: [UInt8]) -> ExtractedFile? {
        guard let mode = input.first else { return nil }
        let body = input.dropFirst()
        var bytes: [UInt8]
        switch mode % 4 {
        case 1: bytes = Array(planPrefix.utf8) + body
        case 2: bytes = Array(resolutionPrefix.utf8) + body
        case 3: bytes = Array(citationPrefix.utf8) + body + Array(citationSuffix.utf8)
        default: bytes = Array(body)
        }
        if bytes.count > 1 << 20 { bytes.removeLast(bytes.count - (1 << 20)) }

        let file = DocumentExtractor.extract(bytes: bytes, file: "fuzz.txt")
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
