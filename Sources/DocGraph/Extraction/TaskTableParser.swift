/// A task table parsed out of a document: rows merged across page breaks.
struct TaskTable {
    enum Column: Equatable { case number, basis, task, level, lead, coordinating, deadline, other }

    struct Row {
        var number: String?
        var section: String?
        var sectionLead: String?
        /// Folded ranges of each column's pieces (a cell split across rows has several).
        var cells: [[Range<Int>]]
        var line: Int
    }

    var columns: [Column]
    var rows: [Row]
    /// Lines the table occupies (0-based, half-open), header included.
    var lines: Range<Int>

    /// A table is about tasks when it has a deadline column.
    var isTaskTable: Bool { columns.contains(.deadline) }
}

/// Parses tab-separated tables as PDF conversion leaves them, and Markdown tables (`| STT | Nội
/// dung công việc | Cơ quan chủ trì | … |`) as `.docx`-to-Markdown converters and portals write them.
///
/// The header row (`TT<TAB>…`) repeats after each page break; a row continued on the next page
/// has an empty `TT` cell; a row's first paragraph sometimes lands in the next page's first
/// row (`<p>bộ máy …</p> <p>Báo cáo tổng kết …</p>`). Rows are merged back accordingly.
enum TaskTableParser {
    static func tables(_ text: FoldedText, lines: Range<Int>) -> [TaskTable] {
        var tables: [TaskTable] = []
        var k = lines.lowerBound
        while k < lines.upperBound {
            // A header with its cells apart by tabs or pipes, or aligned by spaces (`pdftotext -layout`).
            let delimited = header(text, k)
            let aligned = delimited == nil ? AlignedColumns.header(text, k, end: lines.upperBound) : nil
            guard let columns = delimited ?? aligned?.columns else { k += 1; continue }
            var table = TaskTable(columns: columns, rows: [], lines: k..<(k + 1))
            var section: String?
            var sectionLead: String?
            var afterPageBreak = false
            var j = k + (aligned?.lines ?? 1)
            var lastTableLine = j - 1
            var afterBlank = false
            while j < lines.upperBound {
                let range = text.foldedRange(ofLine: j)
                if let layout = aligned?.layout {
                    if text.foldedLine(j).isEmpty || isPageMark(text.bytes, range) { afterBlank = true; j += 1; continue }
                    // The header again after a page break, with its own lines.
                    if let again = AlignedColumns.header(text, j, end: lines.upperBound, maxLines: aligned?.lines ?? 1) {
                        lastTableLine = j + again.lines - 1
                        afterPageBreak = true
                        afterBlank = false
                        j += again.lines
                        continue
                    }
                    // After an empty line only a row's number or the header goes on with the table: text under a
                    // column there is the page's prose (a signature, `Nơi nhận`).
                    guard let cells = layout.cells(text, j), !(afterBlank && !afterPageBreak && cells[0].isEmpty) else { break }
                    afterBlank = false
                    lastTableLine = j
                    addRow(text, cells, line: j, columns: columns, to: &table, section: &section, sectionLead: &sectionLead,
                           afterPageBreak: &afterPageBreak) { TextSegment(text, range: cells[0]).originalText(0..<cells[0].count) }
                    j += 1
                    continue
                }
                if !isRow(text.bytes, range) {
                    if text.foldedLine(j).isEmpty || isPageMark(text.bytes, range) { j += 1; continue }
                    // `Quý I/2026 (05 nhiệm vụ)`, `Các nhiệm vụ khác`: a group's label on a line of its own
                    // between two rows of the table names a section of it (red-team round 4, repro 02).
                    if let next = groupLabelFollowedByRow(text, j, end: lines.upperBound) {
                        section = FoldedText.tidy(text.originalLine(j)).trimmingCharacters(in: " *_#")
                        sectionLead = nil
                        j = next
                        continue
                    }
                    break
                }
                lastTableLine = j
                // `|:---:|---|`: a Markdown table's rule under its header.
                if isRule(text.bytes, range) { j += 1; continue }
                if header(text, j) != nil { afterPageBreak = true; j += 1; continue }
                addRow(text, splitCells(text, range), line: j, columns: columns, to: &table, section: &section, sectionLead: &sectionLead,
                       afterPageBreak: &afterPageBreak) { text.originalLine(j).split(separator: "\t").first.map { FoldedText.tidy(String($0)) } }
                j += 1
            }
            table.lines = k..<(lastTableLine + 1)
            tables.append(table)
            k = lastTableLine + 1
        }
        return tables
    }

    /// Adds line `j`'s cells to the table: a group's or a part's label names the section, a row with a number opens a
    /// row, one without continues the row above. `romanLabel` is how the line writes a part's numeral (`II.`).
    private static func addRow(_ text: FoldedText, _ cells: [Range<Int>], line j: Int, columns: [TaskTable.Column], to table: inout TaskTable,
                               section: inout String?, sectionLead: inout String?, afterPageBreak: inout Bool,
                               romanLabel: () -> String? = { nil }) {
        // Cells are trimmed already, and folded bytes are ASCII: a byte is a character.
        let tt = String(decoding: text.bytes[cells[0]], as: UTF8.self)
        let nonEmpty = cells.indices.filter { !cells[$0].isEmpty }
        // `| | Quý II/2024 (04 nhiệm vụ) | | |`: a group's counted label as a row of its own names a section,
        // as on a line of its own; it continues no row.
        if tt.isEmpty, nonEmpty.count == 1 {
            let cell = cells[nonEmpty[0]]
            let label = TextSegment(text, range: cell).originalText(0..<cell.count)
            if ProseTasks.countedHeading(Substring(String(decoding: text.bytes[cell], as: UTF8.self)), label) != nil {
                section = label
                sectionLead = nil
                afterPageBreak = false
                return
            }
        }
        if isRoman(tt) || (tt.isEmpty && nonEmpty.count == 1 && startsWithRoman(text, cells[nonEmpty[0]])) {
            let titleCell = nonEmpty.first { $0 != 0 } ?? 0
            section = (isRoman(tt) ? romanLabel().map { $0 + " " } ?? "" : "")
                + TextSegment(text, range: cells[titleCell]).originalText(0..<cells[titleCell].count)
            sectionLead = leadFromSection(section!)
            afterPageBreak = false
            return
        }
        var row = TaskTable.Row(number: tt.isEmpty ? nil : TextSegment(text, range: cells[0]).originalText(0..<cells[0].count),
                                section: section, sectionLead: sectionLead,
                                cells: Array(repeating: [], count: columns.count), line: j + 1)
        for c in 1..<min(cells.count, columns.count) where !cells[c].isEmpty { row.cells[c] = [cells[c]] }
        if tt.isEmpty, !table.rows.isEmpty {
            // Continuation row: each piece continues the previous row's cell.
            for c in row.cells.indices { table.rows[table.rows.count - 1].cells[c].append(contentsOf: row.cells[c]) }
        } else {
            if afterPageBreak, !table.rows.isEmpty { moveSpilledParagraphs(text, columns, from: &row, to: &table.rows[table.rows.count - 1]) }
            let contentColumns = columns.indices.filter { columns[$0] == .task || columns[$0] == .basis }
            if !contentColumns.isEmpty, contentColumns.allSatisfy({ row.cells[$0].isEmpty }), !table.rows.isEmpty {
                for c in row.cells.indices where table.rows[table.rows.count - 1].cells[c].isEmpty {
                    table.rows[table.rows.count - 1].cells[c] = row.cells[c]
                }
            } else {
                table.rows.append(row)
            }
        }
        afterPageBreak = false
    }

    /// The next line when line `k` is a short label (no cell, no full stop or colon at its end) that a
    /// row of the table follows (not a header: a header starts another table); nil otherwise.
    private static func groupLabelFollowedByRow(_ text: FoldedText, _ k: Int, end: Int) -> Int? {
        let r = trim(text.bytes, text.foldedRange(ofLine: k))
        guard let last = r.last, r.count <= 80, text.bytes[last] != UInt8(ascii: "."), text.bytes[last] != UInt8(ascii: ":") else { return nil }
        var n = k + 1
        while n < end, text.foldedLine(n).isEmpty { n += 1 }
        guard n < end, isRow(text.bytes, text.foldedRange(ofLine: n)), header(text, n) == nil else { return nil }
        return n
    }

    /// Whether a line holds only a page's number between two pages of a table (`1`, `- 2 -`, `Trang 3`, `3/12`; a form
    /// feed folds to a space), as `pdftotext` leaves it: the table goes on after it (red team, round 17: the row cut by the page break
    /// became a row of its own, in a table of its own).
    static func isPageMark(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var r = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        func skipBlank() { while r.current == 0x20 || r.current == UInt8(ascii: "-") { r.position += 1 } }
        func skipDigits() { while let c = r.current, ByteReader.isDigit(c) { r.position += 1 } }
        skipBlank()
        if r.atEnd { return true }
        if r.matchWord("trang") { r.skipSpaces() }
        let digits = r.position
        skipDigits()
        guard r.position > digits, r.position - digits <= 3 else { return false }
        if r.current == UInt8(ascii: "/") {
            r.position += 1
            skipDigits()
        }
        skipBlank()
        return r.atEnd
    }

    /// Column roles when line `k` is a header row (`TT<TAB>Cơ sở thực hiện<TAB>…`).
    static func header(_ text: FoldedText, _ k: Int) -> [TaskTable.Column]? {
        let range = text.foldedRange(ofLine: k)
        guard isRow(text.bytes, range) else { return nil }
        let ranges = splitCells(text, range)
        // Every row of a table is asked; only `TT`/`STT` in the first cell makes a header, and
        // that is decided on the bytes before any cell becomes a string.
        let head = text.bytes[ranges[0]]
        guard head.elementsEqual("tt".utf8) || head.elementsEqual("stt".utf8) else { return nil }
        // The header repeats after every page break: its cells are classified on folded bytes.
        return ranges.enumerated().map { i, r in i == 0 ? .number : role(text, r) }
    }

    /// The role of a header cell other than the first, by its words.
    static func role(_ text: FoldedText, _ r: Range<Int>) -> TaskTable.Column {
        func has(_ s: StaticString) -> Bool { text.contains(s, in: r) }
        if has("co so") || has("can cu") { return .basis }
        if has("thoi gian") || has("thoi han") || has("tien do") { return .deadline }
        if has("cap trinh") { return .level }
        if has("chu tri") { return .lead }
        if has("phoi hop") { return .coordinating }
        if has("nhiem vu") || has("de an") || has("noi dung") || has("chi tieu") || has("ten ") { return .task }
        return .other
    }

    static func splitCells(_ text: FoldedText, _ range: Range<Int>) -> [Range<Int>] {
        let b = text.bytes
        if let (first, last) = pipes(b, range) { return pipeCells(b, first, last) }
        var cells: [Range<Int>] = []
        // Each tab is found with `memchr`, and room for a row's cells is made once: asking every byte and
        // growing the list cell by cell were 16.7 M instructions on 100 plan-heavy documents (callgrind, half
        // of them the list's growth). `splitCellsAskingEveryByte` is the form it is held to.
        cells.reserveCapacity(8)
        var start = range.lowerBound
        while let i = ByteReader.firstIndex(of: 0x09, in: b, start..<range.upperBound) {
            cells.append(trim(b, start..<i))
            start = i + 1
        }
        cells.append(trim(b, start..<range.upperBound))
        return cells
    }

    /// The cells of a Markdown row between its first and last `|`.
    private static func pipeCells(_ b: [UInt8], _ first: Int, _ last: Int) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = first + 1
        for i in (first + 1)..<last where b[i] == UInt8(ascii: "|") {
            cells.append(trim(b, start..<i))
            start = i + 1
        }
        cells.append(trim(b, start..<last))
        return cells
    }

    /// `splitCells` asking every byte for a tab, as before issue #12's sixteenth pass.
    static func splitCellsAskingEveryByte(_ text: FoldedText, _ range: Range<Int>) -> [Range<Int>] {
        let b = text.bytes
        if let (first, last) = pipes(b, range) { return pipeCells(b, first, last) }
        var cells: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where b[i] == 0x09 {
            cells.append(trim(b, start..<i))
            start = i + 1
        }
        cells.append(trim(b, start..<range.upperBound))
        return cells
    }

    /// Whether a row's number cell is empty and one cell alone has words (`<TAB>Năm 2025 - 2030<TAB><TAB>`):
    /// a group's label written as a row of the table.
    static func isGroupLabelRow(_ text: FoldedText, _ range: Range<Int>) -> Bool {
        let cells = splitCells(text, range)
        guard cells.first?.isEmpty == true else { return false }
        let said = cells.filter { text.bytes[$0].contains(where: ByteReader.isAlnum) }
        guard said.count == 1 else { return false }
        // `<TAB>các sở đã hợp nhất<TAB><TAB>` under `Rà soát … liên quan đến` (red team, round 17): a cell that goes on in
        // lower case continues the row above it, as `tasks` joins it; a group's label opens with a capital or a number.
        return TextSegment(text, range: said[0]).originalText(0..<said[0].count)
            .first { !$0.isWhitespace && !"*_#|".contains($0) }?.isLowercase != true
    }

    /// Whether a table row's first cell holds a number (`1`, `12.`): a task's row, not a label or a continuation.
    static func numbered(_ text: FoldedText, _ range: Range<Int>) -> Bool {
        guard let first = splitCells(text, range).first, let byte = text.bytes[first].first else { return false }
        return ByteReader.isDigit(byte)
    }

    /// A row of a table: cells apart by tabs, or a Markdown row between pipes.
    static func isRow(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        ByteReader.contains(0x09, in: b, range) || pipes(b, range) != nil
    }

    /// `isRow` asking every byte for a tab, as before issue #12's fifteenth pass.
    static func isRowAskingEveryByte(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        b[range].contains(0x09) || pipes(b, range) != nil
    }

    /// The first and last `|` of a Markdown row (`| 1 | Sửa đổi … | Văn phòng Tỉnh ủy |`): the line
    /// opens with one and holds another; the closing one may be missing (`| 1 | … | Quý II/2023`).
    private static func pipes(_ b: [UInt8], _ range: Range<Int>) -> (Int, Int)? {
        var first = range.lowerBound
        while first < range.upperBound, b[first] == 0x20 { first += 1 }
        guard first < range.upperBound, b[first] == UInt8(ascii: "|"),
              let lastPipe = b[(first + 1)..<range.upperBound].lastIndex(of: UInt8(ascii: "|")) else { return nil }
        var end = range.upperBound
        while end > lastPipe + 1, b[end - 1] == 0x20 { end -= 1 }
        return (first, end == lastPipe + 1 ? lastPipe : range.upperBound)
    }

    /// `|---|:---:|`: the rule under a Markdown table's header.
    private static func isRule(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        guard pipes(b, range) != nil else { return false }
        return b[range].allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
    }

    private static func trim(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, b[lo] == 0x20 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 { hi -= 1 }
        return lo..<hi
    }

    private static func isRoman(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 5 && s.allSatisfy { "ivxl".contains($0) }
    }

    /// `I- Về tổ chức cơ sở đảng`
    private static func startsWithRoman(_ text: FoldedText, _ r: Range<Int>) -> Bool {
        var reader = ByteReader(text.bytes, from: r.lowerBound, end: r.upperBound)
        guard reader.readRoman() != nil else { return false }
        return reader.current == UInt8(ascii: "-") || reader.current == UInt8(ascii: ".")
    }

    /// `Các đề án, nhiệm vụ do Đảng ủy Chính phủ chủ trì` → `Đảng ủy Chính phủ`.
    private static func leadFromSection(_ section: String) -> String? {
        let words = section.split(separator: " ")
        let folded = words.map { String($0).folded }
        guard let d = folded.firstIndex(of: "do"), let c = folded.lastIndex(of: "chu"), c > d + 1,
              folded.indices.contains(c + 1), folded[c + 1].hasPrefix("tri") else { return nil }
        return words[(d + 1)..<c].joined(separator: " ")
    }

    private static let danglingWords: Set<String> = ["cua", "ve", "va", "cac", "ban", "bo", "voi", "tai", "trong", "cho", "doi"]
    /// Nouns that end in a dangling word's spelling (folded): `cán bộ`, `toàn bộ`, `văn bản`, `cơ bản`.
    private static let closedNouns: Set<String> = ["can bo", "toan bo", "dong bo", "tien bo", "so bo", "dang bo", "van ban", "co ban",
                                                   "doi doi", "dong doi", "tap the doi"]

    /// Moves the first paragraph of cells that spilled from the previous page back to its row.
    /// Whether the bytes hold `</p>`, where Foundation's `components(separatedBy: "</p>")` may split them (an ASCII
    /// separator has no other canonical spelling, so bytes without it are one component).
    static func holdsParagraphEnd(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i + 3 < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "p"), bytes[i + 3] == UInt8(ascii: ">") { return true }
            i += 1
        }
        return false
    }

    private static func moveSpilledParagraphs(_ text: FoldedText, _ columns: [TaskTable.Column], from row: inout TaskTable.Row, to previous: inout TaskTable.Row) {
        for c in row.cells.indices where columns[c] == .task || columns[c] == .basis {
            guard let cell = row.cells[c].first, !previous.cells[c].isEmpty else { continue }
            let original = text.original[Int(text.origin[cell.lowerBound])..<Int(text.origin[cell.upperBound])]
            let s = String(decoding: original, as: UTF8.self)
            // Most cells hold no `</p>`: split by Foundation, they are one paragraph (or none when it tidies to
            // nothing), and the first paragraph's text is the cell's (callgrind, 100 plan-heavy documents: 20 M
            // instructions, a split and three tidies a cell).
            let split = Self.holdsParagraphEnd(original)
            let tidied = split ? "" : FoldedText.tidy(s)
            let paragraphs = split ? s.components(separatedBy: "</p>").filter { !FoldedText.tidy($0).isEmpty } : (tidied.isEmpty ? [] : [s])
            let firstText = split ? FoldedText.tidy(paragraphs.first ?? s) : tidied
            let startsLower = firstText.first?.isLowercase == true
            let prevLast = previous.cells[c].last!
            let prevWords = String(decoding: text.bytes[prevLast], as: UTF8.self).split(separator: " ")
            // `Tập huấn cán bộ` / `văn bản`: a word of a closed noun is no dangling one (red team, round 18: row 5 after a repeated
            // header went into row 4, its review and deadline with it).
            let dangling = prevWords.last.map { last in
                danglingWords.contains(String(last)) && !(prevWords.count >= 2 && closedNouns.contains("\(prevWords[prevWords.count - 2]) \(last)"))
                    || last.hasSuffix(",")
            } ?? false
            guard startsLower || dangling || paragraphs.count > 1 else { continue }
            if paragraphs.count > 1, let cut = s.range(of: "</p>") {
                // Split at the end of the first paragraph, mapped to a folded index.
                let cutOffset = Int(text.origin[cell.lowerBound]) + s.utf8.distance(from: s.utf8.startIndex, to: cut.upperBound.samePosition(in: s.utf8)!)
                var split = cell.lowerBound
                while split < cell.upperBound, Int(text.origin[split]) < cutOffset { split += 1 }
                previous.cells[c].append(cell.lowerBound..<split)
                row.cells[c][0] = split..<cell.upperBound
            } else {
                previous.cells[c].append(cell)
                row.cells[c].removeFirst()
            }
        }
    }
}
