/// Text as converters leave it: `.txt`, Markdown and HTML fragments, read as they are (the
/// dialect of ``SourceText``). UTF-8 or UTF-16 with a BOM; legacy 8-bit encodings are refused.
public struct PlainTextSource: DocumentSource {
    public init() {}

    public var fileExtensions: [String] { ["txt", "md", "html", "markdown", "htm"] }
    public var namedExtensions: [String] { ["txt", "md", "html"] }

    public func text(of bytes: [UInt8], file: String) throws(DocumentSourceError) -> SourceText {
        do {
            let decoded = try TextDecoder.decode(bytes, file: file)
            return SourceText(utf8: decoded.utf8, diagnostics: decoded.diagnostics)
        } catch {
            throw .text(error)
        }
    }
}
