import DocGraph

/// PDF files with a text layer, read with poppler (in-process, through its GLib binding):
/// lines rebuilt from the characters' positions, tables as rows of cells (see ``PDFLayout``).
///
/// Positions are `file.pdf:PAGE:LINE:COLUMN`: LINE counts the lines of text on the page from its
/// top, COLUMN the characters of the rebuilt line (in a table, of the row's cells joined by tabs).
/// A scan without text, an encrypted file and a damaged one are refused with a message.
public struct PDFSource: DocumentSource {
    /// Most pages read from one file; beyond it the file is refused (no document is this long).
    public var maximumPages: Int
    /// Most characters read from one page; a page with more is cut, with a warning.
    public var maximumCharactersPerPage: Int

    /// OCR for pages without a text layer (`--ocr`); nil refuses a scan with advice instead.
    public var recognition: PageRecognition?

    public init(maximumPages: Int = 5_000, maximumCharactersPerPage: Int = 200_000, recognition: PageRecognition? = nil) {
        self.maximumPages = maximumPages
        self.maximumCharactersPerPage = maximumCharactersPerPage
        self.recognition = recognition
    }

    public var fileExtensions: [String] { ["pdf"] }

    /// Scanned annexes make signed PDFs larger than text files; 256 MB still refuses dumps.
    public var maximumFileSize: Int { 256 << 20 }

    public func text(of bytes: [UInt8], file: String) throws(DocumentSourceError) -> SourceText {
        guard !bytes.isEmpty else { throw .text(.empty(file: file)) }
        guard bytes.starts(with: Array("%PDF".utf8)) || bytes.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil else {
            throw .damaged(file: file, reason: .notPDF)
        }
        var diagnostics: [Diagnostic] = []
        var recognitionFailure: RecognitionProblem?
        let pages = try PopplerText.pages(of: bytes, file: file,
                                          limits: .init(maximumPages: maximumPages, maximumGlyphsPerPage: maximumCharactersPerPage),
                                          diagnostics: &diagnostics, recognition: recognition, recognitionFailure: &recognitionFailure,
                                          wantsRules: PDFLayout.mayHoldTable)
        let empty = pages.indices.filter { pages[$0].glyphs.isEmpty }
        if empty.count == pages.count {
            if let recognitionFailure { throw .recognitionFailed(file: file, reason: recognitionFailure) }
            throw .noTextLayer(file: file, pages: pages.count)
        }
        let recognised = pages.indices.filter { pages[$0].recognised }
        if let first = recognised.first, let recognition {
            diagnostics.append(Diagnostic(.note, at: SourceLocation(file: file, page: first + 1, line: 1, column: 1),
                .pagesReadByOCR(pages: recognised.prefix(10).map { $0 + 1 }, count: recognised.count,
                                language: recognition.language, resolution: Int(recognition.resolution))))
        }
        if let recognitionFailure {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, page: (empty.first ?? 0) + 1, line: 1, column: 1),
                .recognitionFailed(reason: recognitionFailure)))
        } else if !empty.isEmpty {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, page: empty[0] + 1, line: 1, column: 1),
                .pagesWithoutText(pages: empty.prefix(10).map { $0 + 1 }, count: empty.count)))
        }
        var builder = PDFLayout.text(pages: pages)
        builder.diagnostics = diagnostics
        return builder.build()
    }
}
