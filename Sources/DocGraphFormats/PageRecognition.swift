import CTesseract
import DocGraph
import Foundation

/// Optical character recognition of scanned PDF pages with Tesseract (in-process, through its C
/// API), in Vietnamese by default: `docgraph --ocr`. A page without a text layer is drawn by
/// poppler to a gray image at ``resolution`` dots per inch, and Tesseract's words, with their
/// boxes, take the place of the characters the page lacks, so that lines, tables and positions
/// (`file.pdf:PAGE:LINE:COLUMN`) are rebuilt as for any PDF. The only file that imports
/// `CTesseract`.
public struct PageRecognition: Sendable, Hashable {
    /// Tesseract's name for the language's data (`vie`: Debian's `tesseract-ocr-vie`).
    public var language: String
    /// Dots per inch the page is drawn at for recognition; 300 is what Tesseract is trained on.
    public var resolution: Int

    public init(language: String = "vie", resolution: Int = 300) {
        self.language = language
        self.resolution = resolution
    }

    /// One recognised word and its box, in pixels of the image from its top left corner.
    struct Word {
        var text: String
        var left: Int, top: Int, right: Int, bottom: Int
    }

    /// Why recognition could not run (Tesseract without the language's data, most often).
    struct Unavailable: Error {
        var reason: RecognitionProblem
    }

    /// libtesseract, loaded the first time a page is recognised (not when docgraph starts: see
    /// `CTesseract/shim.h`); nil when it is not installed.
    private static let library: DocGraphTesseract? = docgraph_tesseract_load()?.pointee

    /// The words of an 8-bit gray image `width` pixels wide and `height` high, in reading order.
    func words(gray: [UInt8], width: Int, height: Int) throws(Unavailable) -> [Word] {
        guard let tesseract = Self.library else { throw Unavailable(reason: .engineUnavailable) }
        guard let api = tesseract.TessBaseAPICreate() else { throw Unavailable(reason: .engineUnavailable) }
        defer { tesseract.TessBaseAPIDelete(api) }
        // Tesseract writes its debug and warnings to standard error; docgraph's diagnostics say
        // what matters.
        _ = tesseract.TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        guard tesseract.TessBaseAPIInit3(api, nil, language) == 0 else {
            throw Unavailable(reason: .noLanguageData(language))
        }
        defer { tesseract.TessBaseAPIEnd(api) }
        gray.withUnsafeBufferPointer { pixels in
            tesseract.TessBaseAPISetImage(api, pixels.baseAddress, Int32(width), Int32(height), 1, Int32(width))
        }
        tesseract.TessBaseAPISetSourceResolution(api, Int32(resolution))
        guard tesseract.TessBaseAPIRecognize(api, nil) == 0 else { throw Unavailable(reason: .pageNotRecognised) }
        guard let iterator = tesseract.TessBaseAPIGetIterator(api) else { return [] }
        defer { tesseract.TessResultIteratorDelete(iterator) }
        let page = tesseract.TessResultIteratorGetPageIterator(iterator)
        var words: [Word] = []
        repeat {
            guard let cText = tesseract.TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: cText).trimmingCharacters(in: .whitespacesAndNewlines)
            tesseract.TessDeleteText(cText)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard !text.isEmpty, tesseract.TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
            words.append(Word(text: text, left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom)))
        } while tesseract.TessPageIteratorNext(page, RIL_WORD) != 0
        return words
    }
}
