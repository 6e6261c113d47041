import DocGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the WordprocessingML of one part (`document.xml`, `footnotes.xml`, a header) with
/// Foundation's `XMLParser` (libxml2's SAX parser: streaming, no entity expansion from outside),
/// and writes its paragraphs and table rows to a ``SourceTextBuilder``.
struct WordXMLReader {
    var numbering: WordNumbering

    /// Reads `xml`. With `notes` (`footnote`, `endnote`), the separators Word keeps among the
    /// notes (`w:type="separator"`) are left out.
    mutating func read(_ xml: Data, file: String, into builder: inout SourceTextBuilder, notes: String? = nil) throws(DocumentSourceError) {
        // Foundation's XMLParser on Linux traps on an element or attribute that is not valid
        // UTF-8 (found by FormatMutationTests); Word writes UTF-8, so anything else is damage.
        guard String(data: xml, encoding: .utf8) != nil else {
            throw .damaged(file: file, reason: .xmlNotUTF8)
        }
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        let delegate = WordXMLDelegate(numbering: numbering, builder: builder, notes: notes)
        parser.delegate = delegate
        var ok = parser.parse()
        if ok, delegate.failure == nil, !delegate.closed {
            // libxml2 accepts a document cut short without a word; a truncated part is damaged.
            delegate.failure = "it ends before its elements close (truncated?)"
            ok = false
        }
        guard ok, delegate.failure == nil else {
            let reason = delegate.failure ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown"
            throw .damaged(file: file, reason: .xmlMalformed(line: parser.lineNumber, detail: reason))
        }
        builder = delegate.builder
        numbering = delegate.numbering
    }
}

/// The SAX callbacks: a stack of open paragraphs and of open tables, so that text boxes inside
/// paragraphs and tables inside cells are read too.
private final class WordXMLDelegate: NSObject, XMLParserDelegate {
    var numbering: WordNumbering
    var builder: SourceTextBuilder
    let notes: String?
    var failure: String?

    /// Open paragraphs (a text box's paragraph opens inside another): text and numbering.
    private var paragraphs: [(text: String, numID: String?, level: Int)] = []
    /// Open tables; the innermost is last. Only the outermost makes rows; inner tables' text
    /// goes into the outer cell.
    private var tables: [TableState] = []
    private var inText = false
    /// Open `w:r` elements: a `w:tab` inside a run is a character, inside `w:tabs` a tab stop.
    private var runs = 0
    /// Depth inside elements whose text is skipped (`mc:Fallback` repeats `mc:Choice`; a note
    /// separator).
    private var skipping = 0
    private var depth = 0
    /// True once the root element has closed.
    private(set) var closed = false
    private static let maximumDepth = 256

    struct TableState {
        var row: [[String]] = []
        var cell: [String] = []
        var span = 1
        var verticalMerge: VerticalMerge = .none
        /// The text of cells that start a vertical merge, by grid column, for the cells that continue it.
        var mergedAbove: [Int: [String]] = [:]
        var column = 0
        enum VerticalMerge { case none, restart, continued }
    }

    init(numbering: WordNumbering, builder: SourceTextBuilder, notes: String?) {
        self.numbering = numbering
        self.builder = builder
        self.notes = notes
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        if depth > Self.maximumDepth {
            failure = "elements nested deeper than \(Self.maximumDepth) levels"
            parser.abortParsing()
            return
        }
        if skipping > 0 { skipping += 1; return }
        switch name {
        case "mc:Fallback":
            skipping = 1
        case "w:footnote", "w:endnote":
            if notes != nil, attributes["w:type"] != nil { skipping = 1 }
        case "w:p":
            paragraphs.append(("", nil, 0))
        case "w:numId":
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numID = attributes["w:val"] }
        case "w:ilvl":
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].level = Int(attributes["w:val"] ?? "") ?? 0 }
        case "w:t":
            inText = true
        case "w:tab":
            // `w:tab` inside `w:tabs` (a paragraph's tab stops) is a setting, not a character.
            if runs > 0 { appendText("\t") }
        case "w:br", "w:cr":
            appendText(" ")
        case "w:noBreakHyphen":
            appendText("-")
        case "w:tbl":
            tables.append(TableState())
        case "w:tr":
            if tables.count >= 1 { tables[tables.count - 1].row = []; tables[tables.count - 1].column = 0 }
        case "w:tc":
            if tables.count >= 1 {
                tables[tables.count - 1].cell = []
                tables[tables.count - 1].span = 1
                tables[tables.count - 1].verticalMerge = .none
            }
        case "w:gridSpan":
            if let t = tables.indices.last { tables[t].span = max(1, min(64, Int(attributes["w:val"] ?? "") ?? 1)) }
        case "w:vMerge":
            if let t = tables.indices.last { tables[t].verticalMerge = attributes["w:val"] == "restart" ? .restart : .continued }
        default:
            break
        }
        if name == "w:r" { runs += 1 }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { closed = true }
        if skipping > 0 { skipping -= 1; return }
        switch name {
        case "w:t":
            inText = false
        case "w:r":
            runs -= 1
        case "w:p":
            guard let p = paragraphs.popLast() else { return }
            // `<w:tab/>` before a paragraph's first word indents it (LibreOffice writes a converted `.doc`'s
            // first-line indent so): a space, or the paragraph after a task table reads as a row of it
            // (red-team round 5, repro 07). A tab between words stays a column.
            var text = p.text
            if text.first == "\t" {
                let indent = text.prefix { $0 == "\t" }
                text = String(repeating: " ", count: indent.count) + text.dropFirst(indent.count)
            }
            if let id = p.numID, let label = numbering.next(numID: id, level: p.level), !label.isEmpty {
                text = label + " " + text
            }
            if let t = tables.indices.last {
                tables[t].cell.append(text)
            } else if let outer = paragraphs.indices.last {
                // A text box's paragraph: its own line would break the paragraph around it.
                paragraphs[outer].text += " " + text
            } else {
                builder.paragraph(text, at: LineOrigin(line: builder.lineCount + 1))
            }
        case "w:tc":
            guard let t = tables.indices.last else { return }
            var state = tables[t]
            var cell = state.cell
            switch state.verticalMerge {
            case .restart:
                state.mergedAbove[state.column] = cell
            case .continued:
                // Converters print a merged cell once; a short one (a lead unit, a deadline) is
                // repeated so that each row under it keeps it.
                let above = state.mergedAbove[state.column] ?? []
                let short = above.joined(separator: " ").count <= 60 && state.column > 0
                cell = short ? above : []
            case .none:
                state.mergedAbove[state.column] = nil
            }
            state.row.append(cell)
            for _ in 1..<state.span { state.row.append([]) }
            state.column += state.span
            tables[t] = state
        case "w:tr":
            guard let t = tables.indices.last else { return }
            let row = tables[t].row
            if t == 0 {
                builder.tableRow(row, at: LineOrigin(line: builder.lineCount + 1))
            } else {
                // A table inside a cell: its rows become paragraphs of that cell.
                tables[t - 1].cell.append(row.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }.joined(separator: " "))
            }
        case "w:tbl":
            _ = tables.popLast()
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, skipping == 0 { appendText(string) }
    }

    private func appendText(_ s: String) {
        guard skipping == 0, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].text += s
    }
}

