import DocGraph
import DocGraphFormats
import Foundation
import Testing

/// `--ocr`: a scanned page (`Formats/scanned-107-page1.pdf`, page 1 of a real circular drawn to a
/// 200 dpi JPEG by `make-scanned.sh`) read with Tesseract's Vietnamese data gives the citations,
/// and the places, that the text layer of the same page gives.
@Suite struct RecognitionTests {
    static let folder = FormatFixtureTests.folder
    static let scan = folder.appendingPathComponent("scanned-107-page1.pdf").path
    static let original = folder.appendingPathComponent("107-bolaodong-02-tt-bldtbxh-2022-sua-doi-tt-07.pdf").path

    static func read(_ path: String, _ source: PDFSource) -> ExtractedFile {
        DocumentExtractor.extract(bytes: Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()), file: path, source: source)
    }

    struct Key: Hashable, CustomStringConvertible {
        var id: String, relation: String, date: String, place: String
        init(_ c: Citation) {
            id = c.id.description
            relation = c.relation.rawValue
            date = c.date.map { "\($0)" } ?? "-"
            place = "\(c.location.page ?? 0):\(c.location.line):\(c.location.column)"
        }
        var description: String { "\(place) \(id) \(relation) \(date)" }
    }

    @Test("a scanned page read by OCR gives the numbered citations of its text layer, at the same PAGE:LINE:COLUMN")
    func scannedPageIsRead() throws {
        let recognised = Self.read(Self.scan, PDFSource(recognition: PageRecognition()))
        #expect(recognised.wasRead, "\(recognised.diagnostics)")
        #expect(recognised.diagnostics.contains { $0.severity == .note && $0.message.contains("read by OCR (Tesseract, vie, 300 dpi)") })
        let text = Self.read(Self.original, PDFSource())
        // Numbered documents: their ids are what OCR must get right. Named laws are compared by
        // count only, as OCR may miss a diacritic in a title (`bố sung` for `bổ sung`).
        let expected = Set(text.citations.filter { $0.location.page == 1 && !$0.id.number.isEmpty }.map(Key.init))
        let found = Set(recognised.citations.filter { !$0.id.number.isEmpty }.map(Key.init))
        try #require(expected.count >= 6, "the text layer's page 1 has numbered citations")
        let missing = expected.subtracting(found), extra = found.subtracting(expected)
        #expect(missing.isEmpty && extra.isEmpty, "only in the text layer: \(missing.sorted { $0.description < $1.description }); only from OCR: \(extra.sorted { $0.description < $1.description })")
        #expect(recognised.citations.count == text.citations.filter { $0.location.page == 1 }.count)
        #expect(recognised.documents.first?.id?.description == "02/2022/TT-BLĐTBXH")
    }

    @Test("without OCR a scan is refused naming ocrmypdf -l vie and --ocr; OCR without the language's data says what to install")
    func withoutRecognition() throws {
        let refused = Self.read(Self.scan, PDFSource())
        #expect(!refused.wasRead)
        let message = try #require(refused.diagnostics.first?.message)
        #expect(message.hasPrefix("scanned, no text: OCR it first"))
        #expect(message.contains("ocrmypdf -l vie") && message.contains("--ocr"))

        let noData = Self.read(Self.scan, PDFSource(recognition: PageRecognition(language: "xyz")))
        #expect(!noData.wasRead)
        #expect(noData.diagnostics.first?.message.contains("OCR could not run (Tesseract has no 'xyz' data; install it (Debian: tesseract-ocr-xyz))") == true,
                "\(noData.diagnostics)")
        // A PDF with a text layer is read from it, never recognised.
        let text = Self.read(Self.original, PDFSource(recognition: PageRecognition()))
        #expect(!text.diagnostics.contains { $0.message.contains("read by OCR") })
    }
}
