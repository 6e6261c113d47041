/// The text a file becomes before extraction reads it, and where each of its lines comes from.
///
/// ## The text dialect
///
/// Extraction reads UTF-8 text in the dialect that PDF and Word converters leave, so a format
/// that is not text writes that dialect (``SourceTextBuilder`` does it for it):
///
/// - **Lines.** One paragraph is one line, ended by `\n` (a `\r` before it is ignored); a
///   paragraph may also be broken over several lines, as a PDF's lines break it. An empty line
///   (nothing between two `\n`) ends a block: a clause governing the list after its colon
///   (`Bãi bỏ … sau đây:`) and the description of a citation stop there.
/// - **Tables.** One table row is one line whose cells are separated by a tab (`\t`), empty cells
///   included, so that every row has the same columns. A task table starts with a header row whose
///   first cell is `TT` or `STT`, and has a column named `Thời gian`/`Thời hạn`/`Tiến độ`
///   (deadline); `Chủ trì` names the lead unit's column, `Cơ sở`/`Căn cứ` the basis,
///   `Nhiệm vụ`/`Đề án`/`Nội dung` the task, `Cấp trình` the level, `Phối hợp` the others.
/// - **Rows across pages.** A row whose first cell (`TT`) is empty continues the row above it,
///   cell by cell; the header row repeated after a page break is skipped. A row number in
///   Roman numerals (`II`) or a lone `I- …` cell is a section heading, whose `do … chủ trì`
///   names the lead unit of the rows under it.
/// - **Paragraphs inside a cell.** `<p>…</p>` marks them (`<p>first</p> <p>second</p>`); after a
///   page break the first paragraph of a row that starts in lower case, or follows a cell ending
///   in a dangling word, goes back to the row above it.
/// - **Page breaks.** A line holding one space: it separates rows and pages but ends no block,
///   since a sentence and a list run on across pages. Positions say which page a line is on
///   through ``SourceText/lineOrigins``, not through the text.
/// - **Markup.** HTML-like tags (`<b>`, `<i>`, `<sup>`, `<p style="…">`) and Markdown marks
///   (`#`, `*`, `_`, `\`) count as spaces when matching and are dropped from quoted text.
///   A Markdown table (`| a | b |`) is read as prose, except that a document's number line may sit
///   in one of its cells (`| Số: 1351/QĐ-UBND | … |`).
/// - **Document headers.** A file may hold several documents; each starts at its own header
///   (`Số 28-NQ/TW`, a place and date line, an upper-case type word) once the one before has
///   closed with `Nơi nhận:` or its signature block (`T/M …`).
public struct SourceText: Sendable {
    /// The text, valid UTF-8, in the dialect above.
    public var utf8: [UInt8]
    /// What reading noticed without refusing the file (replaced bytes, skipped parts).
    public var diagnostics: [Diagnostic]
    /// Where line `k + 1` of `utf8` is in the file, for each line; nil when the text's lines
    /// are the file's own lines (plain text).
    public var lineOrigins: [LineOrigin]?

    public init(utf8: [UInt8], diagnostics: [Diagnostic] = [], lineOrigins: [LineOrigin]? = nil) {
        self.utf8 = utf8
        self.diagnostics = diagnostics
        self.lineOrigins = lineOrigins
    }
}

/// Where a line of a ``SourceText`` is in the file it came from: a page and a line on it
/// (PDF: `file.pdf:PAGE:LINE:COLUMN`), or a line alone (Word: the paragraph number).
public struct LineOrigin: Hashable, Sendable {
    /// 1-based page, when the format has pages.
    public var page: Int?
    /// 1-based line on the page, or in the file when there are no pages.
    public var line: Int
    /// Characters before the text's line on the file's line: 0, unless the format split one line
    /// of the file into several (a minified web page, ``HTMLBlockLines``).
    public var column: Int

    public init(page: Int? = nil, line: Int, column: Int = 0) {
        self.page = page
        self.line = line
        self.column = column
    }
}

/// Writes the text dialect of ``SourceText`` from paragraphs, table rows and page breaks, so
/// that a format never has to know its rules.
public struct SourceTextBuilder: Sendable {
    private var utf8: [UInt8] = []
    private var origins: [LineOrigin] = []
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Number of lines written so far.
    public var lineCount: Int { origins.count }

    /// One paragraph as one line. Line breaks inside it become spaces; tabs are kept (a header
    /// laid out with tab stops, `Số 12-KH/TU<TAB>Hà Nội, ngày …`, reads as converters give it).
    public mutating func paragraph(_ text: String, at origin: LineOrigin) {
        append(Self.clean(text, keepTabs: true), origin)
    }

    /// One table row as one line: cells separated by tabs. A cell's paragraphs are marked with
    /// `<p>…</p>` when there are several; tabs and line breaks inside a cell become spaces.
    public mutating func tableRow(_ cells: [[String]], at origin: LineOrigin) {
        let rendered = cells.map { paragraphs -> String in
            let parts = paragraphs.map { Self.clean($0, keepTabs: false) }.filter { !$0.allSatisfy(\.isWhitespace) }
            if parts.count <= 1 { return parts.first ?? "" }
            return parts.map { "<p>\($0)</p>" }.joined(separator: " ")
        }
        append(rendered.joined(separator: "\t"), origin)
    }

    /// A page break: a line holding one space (not an empty line, which would end a block),
    /// placed on the page it ends.
    public mutating func pageBreak(after page: Int) {
        append(" ", LineOrigin(page: page, line: (origins.last.flatMap { $0.page == page ? $0.line : nil } ?? 0) + 1))
    }

    /// The text written.
    public func build() -> SourceText {
        SourceText(utf8: utf8, diagnostics: diagnostics, lineOrigins: origins)
    }

    private mutating func append(_ line: String, _ origin: LineOrigin) {
        utf8.append(contentsOf: line.utf8)
        utf8.append(0x0A)
        origins.append(origin)
    }

    private static func clean(_ s: String, keepTabs: Bool) -> String {
        guard s.contains(where: { $0.isNewline || $0 == "\t" || $0 == "\u{0}" }) else { return s }
        return String(s.map { c -> Character in
            if c == "\t" { return keepTabs ? c : " " }
            return c.isNewline || c == "\u{0}" ? " " : c
        })
    }
}
