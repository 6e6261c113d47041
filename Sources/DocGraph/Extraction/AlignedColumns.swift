/// The columns of a task table that `pdftotext -layout` wrote with spaces instead of tabs (red team, round 17, r13:
/// `   TT   Nội dung nhiệm vụ          Cơ quan chủ trì     Thời gian`): its rows were read as prose, so their
/// deadlines and planned acts were lost.
///
/// A run of two spaces or more parts two cells; a folded byte is a character, so a cell's place on its line is its
/// column on the page. Under a header, a cell belongs to the first column whose header text ends after the cell's
/// start: data written flush left under a centred header starts before the header's text, but never before the
/// previous column's header has ended.
struct AlignedColumns {
    /// Each column's header text on its line (`[start, end)` from the line's start; a header's lines joined).
    var spans: [Range<Int>]
    /// The deadline's column, if the header has one.
    var deadline: Int?

    /// The header at line `k` when it is one: `TT`/`STT` and at least two more cells, a task and a deadline among them;
    /// with the header's lines below it (`Cơ quan` / `chủ trì`, `Thời gian` / `hoàn thành`), whose count is `lines`, at
    /// most `maxLines` (the header repeated after a page break has as many as the first: the line after it may be a
    /// row's cell cut by the break, as short and as small as a header's second line).
    static func header(_ text: FoldedText, _ k: Int, end: Int, maxLines: Int = 3) -> (columns: [TaskTable.Column], layout: AlignedColumns, lines: Int)? {
        let range = text.foldedRange(ofLine: k)
        let b = text.bytes
        // Every line of every document is asked: `TT`/`STT` and two spaces first, on the bytes, before any cell.
        var i = range.lowerBound
        while i < range.upperBound, b[i] == 0x20 { i += 1 }
        if i < range.upperBound, b[i] == UInt8(ascii: "s") { i += 1 }
        guard i + 3 < range.upperBound, b[i] == UInt8(ascii: "t"), b[i + 1] == UInt8(ascii: "t"), b[i + 2] == 0x20, b[i + 3] == 0x20,
              !TaskTableParser.isRow(b, range) else { return nil }
        let first = cells(b, range)
        guard first.count >= 3 else { return nil }
        let head = b[first[0]]
        guard head.elementsEqual("tt".utf8) || head.elementsEqual("stt".utf8) else { return nil }
        let start = range.lowerBound
        var spans = first.map { ($0.lowerBound - start)..<($0.upperBound - start) }
        var pieces = first.map { [$0] }
        var lines = 1
        // The header's next lines: short cells in small letters (`chủ trì`, `hoàn thành`, `(4)`), none under `TT`.
        while k + lines < end, lines < maxLines {
            let next = text.foldedRange(ofLine: k + lines)
            let said = cells(b, next)
            guard !said.isEmpty, !TaskTableParser.isRow(b, next),
                  said.allSatisfy({ $0.count <= 30 && opensSmall(text, $0) }) else { break }
            let columns = said.map { column(of: $0.lowerBound - next.lowerBound, in: spans) }
            guard !columns.contains(0) else { break }
            for (cell, c) in zip(said, columns) {
                pieces[c].append(cell)
                let s = (cell.lowerBound - next.lowerBound)..<(cell.upperBound - next.lowerBound)
                spans[c] = min(spans[c].lowerBound, s.lowerBound)..<max(spans[c].upperBound, s.upperBound)
            }
            lines += 1
        }
        let columns = pieces.enumerated().map { i, cell -> TaskTable.Column in
            i == 0 ? .number : cell.lazy.map { TaskTableParser.role(text, $0) }.first { $0 != .other } ?? .other
        }
        guard columns.contains(.task), columns.contains(.deadline) else { return nil }
        return (columns, AlignedColumns(spans: spans, deadline: columns.firstIndex(of: .deadline)), lines)
    }

    /// The cells of line `j` by column (an empty range where a column says nothing), or nil when the line is no row of
    /// the table: text under `TT` that is no row's number (`III. TỔ CHỨC THỰC HIỆN`, a paragraph at the margin), or
    /// a cell that runs past the next column (a paragraph across the page).
    func cells(_ text: FoldedText, _ j: Int) -> [Range<Int>]? {
        let range = text.foldedRange(ofLine: j)
        let b = text.bytes
        guard !TaskTableParser.isRow(b, range) else { return nil }
        let said = Self.cells(b, range)
        guard !said.isEmpty else { return nil }
        // `3        Xây dựng Quy chế phối hợp … tố cáo        Văn phòng Ủy ban        Quý II/2026` under `TT  Nội dung  Đơn vị
        // chủ trì  Thời gian` (red team, round 26, c3): a converter that parted the cells with spaces but did not align
        // them to the header; a row's number and as many cells as the header has columns are the columns in order.
        if said.count == spans.count, Self.isRowNumber(b[said[0]]) { return said }
        // `            của Ủy ban nhân dân tỉnh (bổ sung nhiệm vụ …)` under such a row (red team, round 32, c2): a wrapped cell's
        // next line, alone, starting past `TT`, continues the column it starts in however far it runs (the row above ran
        // past the header too).
        if said.count == 1 {
            let offset = said[0].lowerBound - range.lowerBound
            let c = Self.column(of: offset, in: spans)
            // A paragraph indented past `TT` after the table opens with its capital (`Giao Phòng … theo dõi, đôn đốc …`;
            // reviewer, session 27); a wrapped cell goes on in small letters (`của Ủy ban nhân dân tỉnh …`).
            if c >= 1, offset >= spans[0].upperBound, c + 1 < spans.count, said[0].upperBound - range.lowerBound > spans[c + 1].upperBound,
               Self.opensSmall(text, said[0]) {
                var row = Array(repeating: range.lowerBound..<range.lowerBound, count: spans.count)
                row[c] = said[0]
                return row
            }
        }
        if let row = aligned(b, range, said) { return row }
        return inOrder(text, j, said)
    }

    /// The cells of a line placed under the header's columns by where they start; nil when one runs past the next column.
    private func aligned(_ b: [UInt8], _ range: Range<Int>, _ said: [Range<Int>]) -> [Range<Int>]? {
        var row = Array(repeating: range.lowerBound..<range.lowerBound, count: spans.count)
        for cell in said {
            let c = Self.column(of: cell.lowerBound - range.lowerBound, in: spans)
            if c + 1 < spans.count, cell.upperBound - range.lowerBound > spans[c + 1].upperBound { return nil }
            row[c] = row[c].isEmpty ? cell : row[c].lowerBound..<cell.upperBound
        }
        if !row[0].isEmpty {
            guard row[0].upperBound - range.lowerBound <= spans[0].upperBound + 3, Self.isRowNumber(b[row[0]]) else { return nil }
        }
        return row
    }

    /// A row of a table whose cells a converter parted by spaces without aligning them, wrapped onto two lines (red team 45
    /// c3: `3        Sửa đổi, bổ sung Quyết định số 74/2019/QĐ-` / `            UBND về Bảng giá …        Sở Tài nguyên và Môi
    /// trường        Sở Tài chính        Quý III/2024`; the table ended there and the next row's `Bãi bỏ …` was read as
    /// done): a row's number and fewer cells than the columns, in order, when the line after it goes on past `TT`; a line
    /// past `TT` with at least two cells, continuing the row. A last cell that reads as a time goes to the deadline's column
    /// (a row with an empty cell, reviewer, session 30). Nil for any other line.
    private func inOrder(_ text: FoldedText, _ j: Int, _ said: [Range<Int>]) -> [Range<Int>]? {
        let b = text.bytes
        let range = text.foldedRange(ofLine: j)
        let columns = spans.count
        var row = Array(repeating: range.lowerBound..<range.lowerBound, count: columns)
        func pastNumber(_ cell: Range<Int>, of line: Range<Int>) -> Bool { cell.lowerBound - line.lowerBound >= spans[0].upperBound }
        // The last cell, when it says a time, goes under the deadline; the others in order from `first`.
        func place(_ cells: ArraySlice<Range<Int>>, from first: Int) -> [Range<Int>]? {
            var cells = Array(cells)
            if let d = deadline, let last = cells.last, cells.count > 1,
               Deadline.parse(TextSegment(text, range: last).originalText(0..<last.count)) != nil, first + cells.count - 1 <= d {
                row[d] = last
                cells.removeLast()
            }
            guard first + cells.count <= columns else { return nil }
            for (c, cell) in cells.enumerated() where row[first + c].isEmpty { row[first + c] = cell }
            return row
        }
        if Self.isRowNumber(b[said[0]]), said.count >= 2, said.count < columns, !pastNumber(said[0], of: range) {
            row[0] = said[0]
            // Wrapped, or a row with an empty cell and its deadline last; a short line of prose numbered as a list is neither.
            let next = text.foldedRange(ofLine: min(j + 1, text.lineCount - 1))
            let following = j + 1 < text.lineCount ? Self.cells(b, next) : []
            let wraps = !following.isEmpty && pastNumber(following[0], of: next) && !Self.isRowNumber(b[following[0]])
            let dated = deadline != nil && Deadline.parse(TextSegment(text, range: said[said.count - 1]).originalText(0..<said[said.count - 1].count)) != nil
            guard wraps || dated && said.count >= 3 else { return nil }
            return place(said.dropFirst(), from: 1)
        }
        if said.count >= 2, said.count < columns, pastNumber(said[0], of: range) { return place(said[...], from: 1) }
        return nil
    }

    /// The first column whose header ends after `offset`; the last one past them all.
    static func column(of offset: Int, in spans: [Range<Int>]) -> Int {
        spans.firstIndex { offset < $0.upperBound } ?? spans.count - 1
    }

    /// A row's number (`4`, `4.`, `1.2`, `3)`) or a part's Roman numeral (`II`, `II.`), folded.
    private static func isRowNumber(_ s: ArraySlice<UInt8>) -> Bool {
        let body = s.last == UInt8(ascii: ".") || s.last == UInt8(ascii: ")") ? s.dropLast() : s
        guard let first = body.first else { return false }
        if ByteReader.isDigit(first) { return body.allSatisfy { ByteReader.isDigit($0) || $0 == UInt8(ascii: ".") } }
        return body.count <= 5 && body.allSatisfy { "ivxl".utf8.contains($0) }
    }

    /// Whether a cell opens with a small letter or a bracket (a header's second line).
    private static func opensSmall(_ text: FoldedText, _ cell: Range<Int>) -> Bool {
        let written = TextSegment(text, range: cell).originalText(0..<min(cell.count, 4))
        guard let first = written.first else { return false }
        return first.isLowercase || first == "("
    }

    /// A line's cells: runs of text that two spaces or more part, trimmed.
    static func cells(_ b: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, b[i] == 0x20 { i += 1 }
            guard i < range.upperBound else { break }
            let start = i
            var end = i
            while i < range.upperBound {
                if b[i] != 0x20 { i += 1; end = i; continue }
                if i + 1 < range.upperBound, b[i + 1] != 0x20 { i += 1; continue }
                break
            }
            found.append(start..<end)
        }
        return found
    }
}
