/// Text as converters leave it: `.txt`, Markdown and HTML fragments, read as they are (the
/// dialect of ``SourceText``). UTF-8 or UTF-16 with a BOM; legacy 8-bit encodings are refused.
public struct PlainTextSource: DocumentSource {
    public init() {}

    public var fileExtensions: [String] { ["txt", "md", "html", "markdown", "htm"] }
    public var namedExtensions: [String] { ["txt", "md", "html"] }

    public func text(of bytes: [UInt8], file: String) throws(DocumentSourceError) -> SourceText {
        do {
            let decoded = try TextDecoder.decode(bytes, file: file)
            if Self.isWebPage(file), let blocks = HTMLBlockLines.split(decoded.utf8) {
                return SourceText(utf8: blocks.utf8, diagnostics: decoded.diagnostics, lineOrigins: blocks.origins)
            }
            if Self.isMarkdown(file), let rewritten = FrontMatter.rewritten(decoded.utf8) {
                return SourceText(utf8: rewritten, diagnostics: decoded.diagnostics)
            }
            return SourceText(utf8: decoded.utf8, diagnostics: decoded.diagnostics)
        } catch {
            throw .text(error)
        }
    }

    /// `.md` and `.markdown`, which may open with YAML front matter (``FrontMatter``).
    private static func isMarkdown(_ file: String) -> Bool {
        let name = file.lowercased()
        return name.hasSuffix(".md") || name.hasSuffix(".markdown")
    }

    /// `.html` and `.htm`, whose blocks end lines wherever the page puts them; a `.txt` or `.md`
    /// keeps its own lines, since the dialect marks a table cell's paragraphs with `<p>`.
    private static func isWebPage(_ file: String) -> Bool {
        let name = file.lowercased()
        return name.hasSuffix(".html") || name.hasSuffix(".htm")
    }
}
