import DocGraph

/// The formats of this module, to register beside the text formats of `DocGraph`:
/// `DocumentSources.register(DocumentFormats.all)` or `DocumentSources.plainText.adding(…)`.
public enum DocumentFormats {
    /// `.docx`, `.pdf`, and `.doc` (refused with the command that converts it).
    public static let all: [any DocumentSource] = [WordSource(), PDFSource(), LegacyWordSource()]

    /// The registry of every format docgraph reads: text, Word and PDF.
    public static var registry: DocumentSources {
        all.reduce(DocumentSources.plainText) { $0.adding($1) }
    }

    /// Adds this module's formats to ``DocumentSources/current``. Call once before reading.
    /// With `recognition`, scanned PDF pages are read by OCR (``PageRecognition``).
    public static func register(recognition: PageRecognition? = nil) {
        for source in all { DocumentSources.register(source) }
        if let recognition { DocumentSources.register(PDFSource(recognition: recognition)) }
    }
}
