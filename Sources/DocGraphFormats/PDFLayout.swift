import DocGraph
import Foundation

/// Rebuilds lines, and the rows of tables, from the positions of a PDF's characters, so that
/// extraction reads what a converter's text would give it (the dialect of ``SourceText``).
///
/// - Characters whose vertical middles lie within a third of a line's height of the line's
///   first character form a line, read left to right. Where poppler's text has white space, or
///   the gap is wider than a fifth of the line's height, a word ends; a gap wider than the line's
///   height is a tab (a header laid out in two columns: `Số 12-KH/TU<TAB>Hà Nội, ngày …`).
/// - A line whose first cell is `TT` or `STT`, with at least three cells, is a table's header.
///   The white gutters between its cells are the column borders; they narrow as later lines fill
///   them, and the table ends at the first line with text across a border.
/// - Rows: where the page draws horizontal rules (a bordered table), the lines between two rules
///   are one row, each column's words in reading order, whatever line the `TT` number sits on
///   (cells are often centred vertically). Without rules each line is a row, so a cell's second
///   line is a row with an empty `TT` cell, which the task-table parser joins to the row above.
///   A row cut by a page break gives a row on each page, as converted text has it.
/// - A gap of an empty line or more between two lines becomes an empty line.
/// - A lone page number at the top or bottom of a page is dropped.
struct PDFLayout {
    typealias Glyph = PopplerText.Glyph

    struct Word {
        var text: String
        var x1: Double, x2: Double
    }

    struct Line {
        var words: [Word]
        var height: Double
        var midY: Double
        /// 1-based line on its page.
        var number: Int
        var page: Int
        /// Index of the band between the page's horizontal rules the line lies in; nil when the
        /// page has no rules.
        var band: Int?
        /// The x of the vertical rules drawn across this line (a bordered table's borders).
        var columnRules: [Double] = []
    }

    /// True when a page's glyphs may hold a task table's header (`TT`, `STT`), so that its rules
    /// are worth looking for.
    static func mayHoldTable(_ glyphs: [Glyph]) -> Bool {
        var previous = ""
        for g in glyphs {
            if g.spaceBefore || previous.count > 3 { previous = "" }
            previous += g.text
            if previous == "TT" || previous == "STT" { return true }
        }
        return false
    }

    /// Builds the text of all pages.
    static func text(pages: [PopplerText.Page]) -> SourceTextBuilder {
        var builder = SourceTextBuilder()
        var lines: [Line?] = []
        for (index, page) in pages.enumerated() {
            var pageLines = dropPageNumbers(self.lines(page.glyphs, page: index + 1))
            if !page.rules.isEmpty {
                for i in pageLines.indices { pageLines[i].band = page.rules.filter { $0 < pageLines[i].midY }.count }
            }
            for i in pageLines.indices {
                let y = pageLines[i].midY
                pageLines[i].columnRules = page.columnRules.filter { $0.top <= y && $0.bottom >= y }.map(\.x).sorted()
            }
            lines += pageLines.map { Optional($0) }
            if index + 1 < pages.count { lines.append(nil) }  // page break
        }
        // A header row's first lines may stand above its `TT` (centred vertically): they start the table.
        var tableStarts: [Int: Int] = [:]
        for (k, line) in lines.enumerated() {
            guard let line, Table(header: line) != nil else { continue }
            var start = k
            if line.band != nil {
                while start > 0, k - start < 6, let above = lines[start - 1], above.page == line.page, above.band == line.band { start -= 1 }
            }
            if tableStarts[start] == nil { tableStarts[start] = k }
        }
        var k = 0
        while k < lines.count {
            guard let line = lines[k] else {
                builder.pageBreak(after: page(before: k, in: lines))
                k += 1
                continue
            }
            if let header = tableStarts[k], let table = Table(header: lines[header]!) {
                k = table.read(lines, from: k, header: header, into: &builder)
                continue
            }
            // White space of an empty paragraph or more above the line: an empty line, as in
            // converted text, where it ends a list or a block.
            if k > 0, let above = lines[k - 1], above.page == line.page, line.midY - above.midY > 1.6 * max(line.height, above.height) {
                builder.paragraph("", at: LineOrigin(page: line.page, line: line.number))
            }
            builder.paragraph(chunks(line, gap: line.height).map { $0.map(\.text).joined(separator: " ") }.joined(separator: "\t"),
                              at: LineOrigin(page: line.page, line: line.number))
            k += 1
        }
        return builder
    }

    static func page(before k: Int, in lines: [Line?]) -> Int {
        for j in stride(from: k - 1, through: 0, by: -1) { if let l = lines[j] { return l.page } }
        return 1
    }

    /// Groups glyphs into lines by their vertical middles, top to bottom, and each line into
    /// words, left to right.
    static func lines(_ glyphs: [Glyph], page: Int) -> [Line] {
        guard !glyphs.isEmpty else { return [] }
        let sorted = glyphs.sorted { ($0.midY, $0.x1) < ($1.midY, $1.x1) }
        var bands: [[Glyph]] = []
        var bandMid = 0.0, bandHeight = 0.0
        for g in sorted {
            if !bands.isEmpty, g.midY - bandMid <= max(bandHeight, g.height) / 3 {
                bands[bands.count - 1].append(g)
            } else {
                bands.append([g])
                bandMid = g.midY
                bandHeight = g.height
            }
        }
        return bands.enumerated().map { index, band in
            let glyphs = band.sorted { $0.x1 < $1.x1 }
            let height = median(glyphs.map(\.height))
            var words: [Word] = []
            for g in glyphs {
                if var last = words.last, !g.spaceBefore || g.x1 - last.x2 < 0, g.x1 - last.x2 <= height * 0.2 {
                    last.text += g.text
                    last.x2 = max(last.x2, g.x2)
                    words[words.count - 1] = last
                } else {
                    words.append(Word(text: g.text, x1: g.x1, x2: g.x2))
                }
            }
            return Line(words: words, height: height, midY: median(glyphs.map(\.midY)), number: index + 1, page: page)
        }
    }

    /// Words split where the gap between them is wider than `gap`.
    static func chunks(_ line: Line, gap: Double) -> [[Word]] {
        var out: [[Word]] = []
        for w in line.words {
            if let last = out.last?.last, w.x1 - last.x2 <= gap {
                out[out.count - 1].append(w)
            } else {
                out.append([w])
            }
        }
        return out
    }

    /// A page's first or last line when it is nothing but a page number (`3`, `- 3 -`, `Trang 3`).
    static func dropPageNumbers(_ lines: [Line]) -> [Line] {
        func isPageNumber(_ line: Line) -> Bool {
            let text = line.words.map(\.text).joined(separator: " ").replacingOccurrences(of: "Trang", with: "")
            let digits = text.filter(\.isNumber)
            return !digits.isEmpty && digits.count <= 4 && text.allSatisfy { $0.isNumber || $0 == "-" || $0 == " " || $0 == "/" }
        }
        var lines = lines
        if let last = lines.last, lines.count > 1, isPageNumber(last) { lines.removeLast() }
        if let first = lines.first, lines.count > 1, isPageNumber(first) { lines.removeFirst() }
        return lines
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s[s.count / 2]
    }

    /// A task table's columns, known by the gutters between its header cells.
    struct Table {
        /// Open intervals of white space between columns (left, right).
        var gutters: [(lo: Double, hi: Double)]
        /// The table's drawn borders, outer ones included, when it has them.
        var ruled: [Double]?

        init?(header line: Line) {
            let cells = PDFLayout.chunks(line, gap: line.height * 0.3)
            guard cells.count >= 2, let first = cells.first, first.count == 1,
                  ["TT", "STT"].contains(first[0].text.uppercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:"))) else { return nil }
            if line.columnRules.count >= 4, let left = line.columnRules.first, left < first[0].x1 {
                // A bordered table: its drawn borders are its columns.
                ruled = line.columnRules
                gutters = line.columnRules.dropFirst().dropLast().map { ($0 - 0.5, $0 + 0.5) }
                return
            }
            guard cells.count >= 3 else { return nil }
            gutters = zip(cells, cells.dropFirst()).map { a, b in (a.last?.x2 ?? 0, b.first?.x1 ?? 0) }
        }

        /// Narrows the gutters by the chunks of `line`; false, and the gutters untouched, when
        /// text runs across one. A bordered table takes the lines its borders are drawn across.
        mutating func admit(_ line: Line) -> Bool {
            if let ruled {
                return line.columnRules.count == ruled.count && zip(line.columnRules, ruled).allSatisfy { abs($0 - $1) < 3 }
            }
            var narrowed = gutters
            for chunk in PDFLayout.chunks(line, gap: line.height * 0.3) {
                guard let lo = chunk.first?.x1, let hi = chunk.last?.x2 else { continue }
                for i in narrowed.indices {
                    let g = narrowed[i]
                    guard hi > g.lo, lo < g.hi else { continue }
                    if lo <= g.lo, hi >= g.hi { return false }
                    if (lo + hi) / 2 < (g.lo + g.hi) / 2 { narrowed[i].lo = hi } else { narrowed[i].hi = lo }
                    if narrowed[i].hi - narrowed[i].lo < 0.5 { return false }
                }
            }
            gutters = narrowed
            return true
        }

        /// The column of a word: how many gutters lie to its left.
        func column(of word: Word) -> Int {
            let middle = (word.x1 + word.x2) / 2
            return gutters.filter { ($0.lo + $0.hi) / 2 < middle }.count
        }

        /// Reads the table whose first line is `lines[start]` and whose header (`TT …`) is
        /// `lines[header]`; returns the index of the first line after it.
        func read(_ lines: [Line?], from start: Int, header: Int, into builder: inout SourceTextBuilder) -> Int {
            // First pass: how far the table goes, and its borders.
            var table = self
            for k in start..<header { if let l = lines[k] { _ = table.admit(l) } }
            var end = header + 1
            while end < lines.count {
                guard let line = lines[end] else { end += 1; continue }
                guard table.admit(line) else { break }
                end += 1
            }
            // A page break just before the first line after the table belongs to the text after it.
            while end > header + 1, lines[end - 1] == nil { end -= 1 }
            // Second pass: rows, a band between rules (or a line) each.
            var k = start
            var headerDone = false
            var pendingHeader: (cells: [[String]], origin: LineOrigin)?
            while k < end {
                guard let first = lines[k] else {
                    if let h = pendingHeader { builder.tableRow(h.cells, at: h.origin); pendingHeader = nil }
                    builder.pageBreak(after: PDFLayout.page(before: k, in: lines))
                    k += 1
                    continue
                }
                var rowLines = [first]
                var next = k + 1
                if first.band != nil {
                    while next < end, let l = lines[next], l.page == first.page, l.band == first.band { rowLines.append(l); next += 1 }
                }
                var cells = Array(repeating: [String](), count: table.gutters.count + 1)
                for line in rowLines { for word in line.words { cells[table.column(of: word)].append(word.text) } }
                let joined = cells.map { [$0.joined(separator: " ")] }
                let origin = LineOrigin(page: first.page, line: first.number)
                let isHeader = rowLines.contains { Table(header: $0) != nil }
                if isHeader {
                    if let h = pendingHeader { builder.tableRow(h.cells, at: h.origin) }
                    pendingHeader = (joined, origin)
                    headerDone = first.band != nil
                } else if !headerDone, cells[0].isEmpty, var h = pendingHeader {
                    // Without rules: the header's wrapped lines under its first one.
                    for c in h.cells.indices { h.cells[c][0] += (h.cells[c][0].isEmpty || joined[c][0].isEmpty ? "" : " ") + joined[c][0] }
                    pendingHeader = h
                } else {
                    if let h = pendingHeader { builder.tableRow(h.cells, at: h.origin); pendingHeader = nil }
                    headerDone = true
                    builder.tableRow(joined, at: origin)
                }
                k = next
            }
            if let h = pendingHeader { builder.tableRow(h.cells, at: h.origin) }
            return end
        }
    }
}
