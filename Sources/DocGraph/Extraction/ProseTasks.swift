#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A task written as prose: a numbered item closed by `Thời gian thực hiện: …`, or an item
/// `(3) …` under a heading `Tháng 01/2026 (11 nhiệm vụ)`.
struct ProseTask {
    var lines: Range<Int>
    var context: TaskContext
    var number: String?
    var section: String?
    var text: String
    /// For a task that is one sentence of a line (`SentenceTasks`), its folded bytes: only the
    /// citations there are planned by it.
    var span: Range<Int>? = nil
    /// For a sentence task, the words that announce a document (`xây dựng Kế hoạch thực hiện …`),
    /// without who does it or by when.
    var announcing: String? = nil
}

/// Finds tasks, stated counts and obligations in a document's prose.
enum ProseTasks {
    /// Labels that close a task with its deadline: `Thời gian thực hiện: Quý III/2026`.
    static let deadlineLabels = ["thoi gian thuc hien", "thoi gian hoan thanh", "thoi han hoan thanh", "thoi han"]

    static func find(_ text: FoldedText, lines: Range<Int>, issuer: String?, file: String, documentIndex: Int)
        -> (tasks: [ProseTask], counts: [StatedCount]) {
        var tasks: [ProseTask] = []
        var counts: [StatedCount] = []
        var lastDeadlineLine = lines.lowerBound - 1
        var unitSection = false
        var unit: String?
        var k = lines.lowerBound
        while k < lines.upperBound {
            // Most lines are none of what is looked for below, and each kind has a byte that must
            // be there: such a line is passed over before it becomes a string.
            let heading = isHeading(text, k)
            if !heading, !mayHoldTaskOrCount(text, k) { k += 1; continue }
            let f = text.foldedLine(k)
            // The original line is decoded only for the few lines that need it (headings, labels).
            let original = { text.originalLine(k) }
            if heading {
                if f.contains("nhiem vu cu the") { unitSection = true; unit = nil }
                else if unitSection, let name = singleNumberedTitle(original()) { unit = name }
                else if !f.contains("thang") { unitSection = unitSection && !isRomanHeading(f) }
            }
            let ownLine = labelValue(f, original(), labels: deadlineLabels)
            if ownLine == nil, let inline = inlineLabelValue(f, original(), labels: deadlineLabels),
               let deadline = Deadline.parse(inline) {
                // The item and its deadline share this line.
                var start = k
                while start > lastDeadlineLine + 1, numberedItem(text.foldedLine(start)) == nil, !text.foldedLine(start - 1).isEmpty,
                      !isHeading(text, start - 1) { start -= 1 }
                tasks.append(ProseTask(lines: start..<(k + 1), context: TaskContext(deadline: deadline, leadUnit: unit),
                                       number: numberedItem(text.foldedLine(start)), section: nil,
                                       text: stripNumber(FoldedText.tidy(text.originalLine(start)))))
                lastDeadlineLine = k
                k += 1
                continue
            }
            if let deadlineText = ownLine, let deadline = Deadline.parse(deadlineText) {
                // The task is the numbered item the line closes, never reaching past a heading or
                // the previous task; without a numbered item, only the paragraph right before it.
                // (A title `Thực hiện Kế hoạch số 27-KH/ĐU …` forty lines up is not a task.)
                var start = k - 1
                while start > lastDeadlineLine, numberedItem(text.foldedLine(start)) == nil,
                      !isHeading(text, start), k - start <= 25 { start -= 1 }
                if start <= lastDeadlineLine || numberedItem(text.foldedLine(start)) == nil {
                    start = k
                    while start > lastDeadlineLine + 1, !text.foldedLine(start - 1).isEmpty, !isHeading(text, start - 1) { start -= 1 }
                }
                while start < k, text.foldedLine(start).isEmpty { start += 1 }
                if start < k {
                    let first = FoldedText.tidy(text.originalLine(start))
                    // `- Cơ quan chủ trì: Văn phòng Tỉnh ủy; phối hợp: …` between the item and its deadline.
                    let lead = (start + 1..<k).lazy.compactMap { leadLabelValue(text.foldedLine($0), text.originalLine($0)) }.first
                    tasks.append(ProseTask(lines: start..<k, context: TaskContext(deadline: deadline, leadUnit: lead ?? unit),
                                           number: numberedItem(text.foldedLine(start)), section: nil,
                                           text: stripNumber(first)))
                }
                lastDeadlineLine = k
                k += 1
                continue
            }
            // `Quý I/2026 (05 nhiệm vụ)`: a counted heading with its period is counted below, once.
            // `… đề ra 03 nhóm` / `giải pháp sau:` (red team, round 10): a count whose noun a hard wrap carried to the line
            // that announces the list is read over both lines.
            let wrapped = f.last == ":" && k > lines.lowerBound && ListedItems.stated(f) == nil ? Self.wrappedCount(text, k) : nil
            if let stated = ListedItems.stated(f) ?? wrapped?.stated, countedHeading(f, original()) == nil {
                // `… tập trung vào 03 nhóm nhiệm vụ sau:`, `… gồm 04 văn bản sau:`, `Năm 2022 (gồm 05
                // nhiệm vụ):` counts the items of the list that follows, up to the next heading.
                if let listed = ListedItems.count(text, after: k, within: lines), listed > 0 {
                    counts.append(StatedCount(heading: FoldedText.tidy(wrapped?.heading ?? original()).trimmingCharacters(in: " #*"), stated: stated, listed: listed,
                                              documentIndex: documentIndex, location: SourceLocation(file: file, line: k + 1, column: 1)))
                }
            }
            let labelRow = countedHeading(f, original()) == nil ? countedRow(text, k) : nil
            if let (deadline, stated) = countedHeading(f, original()) ?? labelRow.map({ ($0.deadline, $0.stated) }) {
                let heading = labelRow?.label ?? FoldedText.tidy(original()).trimmingCharacters(in: " #*")
                var items = 0
                var tableRows = 0
                var j = k + 1
                while j < lines.upperBound {
                    let g = text.foldedLine(j)
                    let o = { text.originalLine(j) }
                    if countedHeading(g, o()) != nil || (isHeading(text, j) && !g.isEmpty && !g.hasPrefix("(")) || g.hasPrefix("noi nhan") { break }
                    // `Quý I/2026 (05 nhiệm vụ)` as a group's label inside a task table: its rows are the
                    // numbered rows up to the next label (`Các nhiệm vụ khác`), which a row no longer follows.
                    if TaskTableParser.isRow(text.bytes, text.foldedRange(ofLine: j)) {
                        if TaskTableParser.numbered(text, text.foldedRange(ofLine: j)) { tableRows += 1 }
                        // `<TAB>Năm 2025 - 2030<TAB><TAB>`: the next group's label as a row of its own (an empty
                        // number cell, one cell said) ends this group (red-team round 5, repro 07).
                        else if tableRows > 0, TaskTableParser.isGroupLabelRow(text, text.foldedRange(ofLine: j)) { break }
                        j += 1
                        continue
                    }
                    // A page's number between two pages of the table (`pdftotext`) ends no group.
                    if tableRows > 0, !g.isEmpty, !TaskTableParser.isPageMark(text.bytes, text.foldedRange(ofLine: j)) { break }
                    if let n = parenthesizedNumber(g) {
                        items += 1
                        tasks.append(ProseTask(lines: j..<(j + 1), context: TaskContext(deadline: deadline, leadUnit: issuer),
                                               number: "(\(n))", section: heading,
                                               text: stripNumber(FoldedText.tidy(o()))))
                    }
                    j += 1
                }
                // `Tháng 02/2026 (02 nhiệm vụ)` over `1. …`, `2. …` or bullets (red team, round 18: a prose programme of work,
                // `0 are listed` for every month): the group's list counted as any announced list is.
                var untold = false
                if items == 0, tableRows == 0 {
                    // Up to the next counted heading, which ends the list (a numbered item reads as a heading above, which
                    // ends none); a list that runs to the end of an excerpt says nothing of its length.
                    var end = k + 1
                    while end < lines.upperBound, countedHeading(text.foldedLine(end), text.originalLine(end)) == nil { end += 1 }
                    if let listed = ListedItems.count(text, after: k, within: k..<min(end + 1, lines.upperBound)) { items = listed } else { untold = true }
                }
                if !untold {
                    counts.append(StatedCount(heading: heading, stated: stated, listed: items + tableRows,
                                              documentIndex: documentIndex, location: SourceLocation(file: file, line: k + 1, column: 1)))
                }
                k = j
                continue
            }
            k += 1
        }
        return (tasks, counts)
    }

    /// The count line `k` and the line before it state together, when a hard wrap broke them (the line before
    /// ends with no stop), and that whole heading; nil otherwise.
    private static func wrappedCount(_ text: FoldedText, _ k: Int) -> (stated: Int, heading: String)? {
        let before = text.foldedLine(k - 1)
        guard let last = before.last, !".;:!?)".contains(last) else { return nil }
        let joined = before + " " + text.foldedLine(k)
        guard let stated = ListedItems.stated(Substring(joined)) else { return nil }
        return (stated, text.originalLine(k - 1) + " " + text.originalLine(k))
    }

    /// Whether line `k` may be a deadline label (`labelValue`: first byte `t`), hold one inline
    /// (`inlineLabelValue`: `thoi`), announce a list (`ListedItems.stated`: last byte `:`) or be a
    /// counted heading (`countedHeading`: last byte `)`). Folded bytes are ASCII, so the first
    /// and last characters of the folded line are its first and last bytes.
    private static func mayHoldTaskOrCount(_ text: FoldedText, _ k: Int) -> Bool {
        let r = text.trimmedRange(ofLine: k)
        guard let firstIndex = r.first, let lastIndex = r.last else { return false }
        let first = text.bytes[withoutBullet(text.bytes, from: firstIndex, end: r.upperBound)], last = text.bytes[lastIndex]
        if first == UInt8(ascii: "t") || last == UInt8(ascii: ":") || last == UInt8(ascii: ")") { return true }
        // `| | Quý II/2024 (04 nhiệm vụ) | | |`, `<TAB>Quý II/2026 (06 nội dung)<TAB><TAB>`: a counted label as a table's row,
        // a bracket opening a number of one or two digits and a space (`ListedItems.closingCount` reads the rest).
        if first == UInt8(ascii: "|") || first == 0x09 || text.bytes[r].contains(0x09) {
            let b = text.bytes
            var i = r.lowerBound
            while let open = b[i..<r.upperBound].firstIndex(of: UInt8(ascii: "(")) {
                var d = open + 1
                while d < r.upperBound, d - open <= 3, ByteReader.isDigit(b[d]) { d += 1 }
                if d > open + 1, d - open <= 3, d < r.upperBound, b[d] == 0x20 { return true }
                i = open + 1
            }
            return false
        }
        return r.count > 12 && mayHoldInlineLabel(text.bytes, r)
    }

    /// Whether the folded bytes `r` of a line hold `thoi` right after `.`, `;` or `(` (spaces
    /// between), which `inlineLabelValue` needs before it reads a label. `thoi` alone (`đồng thời`,
    /// `kịp thời`, `thời kỳ`) passed many lines that were then made strings and searched again
    /// (`ProseTasksShortcutTests` holds this to `inlineLabelValue`).
    static func mayHoldInlineLabel(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        b.withUnsafeBufferPointer { mayHoldInlineLabel($0, r) }
    }

    /// Each `t` is found with `memchr` and the bytes between are passed over: every line of a document
    /// longer than 12 bytes is asked (callgrind, 100 documents of the sample shape: 8.4 M instructions
    /// asking each byte). `mayHoldInlineLabelAskingEveryByte` is the form it is held to.
    private static func mayHoldInlineLabel(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard let base = p.baseAddress else { return false }
        var i = r.lowerBound
        while i + 4 <= r.upperBound {
            guard let hit = memchr(base + i, Int32(UInt8(ascii: "t")), r.upperBound - 3 - i) else { return false }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if p[i + 1] == UInt8(ascii: "h"), p[i + 2] == UInt8(ascii: "o"), p[i + 3] == UInt8(ascii: "i") {
                var k = i
                while k > r.lowerBound, p[k - 1] == 0x20 { k -= 1 }
                if k > r.lowerBound, p[k - 1] == UInt8(ascii: ".") || p[k - 1] == UInt8(ascii: ";") || p[k - 1] == UInt8(ascii: "(") { return true }
                i += 4
                continue
            }
            i += 1
        }
        return false
    }

    /// `mayHoldInlineLabel` asking every byte, as before issue #12's fifteenth pass.
    static func mayHoldInlineLabelAskingEveryByte(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        b.withUnsafeBufferPointer { p in
        var i = r.lowerBound
        while i + 4 <= r.upperBound {
            if p[i] == UInt8(ascii: "t"), p[i + 1] == UInt8(ascii: "h"), p[i + 2] == UInt8(ascii: "o"), p[i + 3] == UInt8(ascii: "i") {
                var k = i
                while k > r.lowerBound, p[k - 1] == 0x20 { k -= 1 }
                if k > r.lowerBound, p[k - 1] == UInt8(ascii: ".") || p[k - 1] == UInt8(ascii: ";") || p[k - 1] == UInt8(ascii: "(") { return true }
                i += 4
                continue
            }
            i += 1
        }
        return false
        }
    }

    /// `Thời gian thực hiện: *Thực hiện thường xuyên.*` → `Thực hiện thường xuyên.`
    /// Labels of the unit that leads a task written as prose.
    private static let leadLabels = ["co quan chu tri", "don vi chu tri", "chu tri thuc hien", "chu tri"]

    /// `- Cơ quan chủ trì: Văn phòng Tỉnh ủy; phối hợp: Ban Tổ chức Tỉnh ủy.` → `Văn phòng Tỉnh ủy`.
    private static func leadLabelValue(_ f: Substring, _ original: String) -> String? {
        let f = withoutBullet(f)
        guard let label = leadLabels.first(where: { f.hasPrefix($0) }), f.dropFirst(label.count).drop(while: { $0 == " " }).first == ":",
              let colon = original.firstIndex(of: ":") else { return nil }
        let value = original[original.index(after: colon)...].prefix { $0 != ";" && $0 != "." }
        let unit = FoldedText.tidy(String(value)).trimmingCharacters(in: " ,")
        return unit.isEmpty ? nil : unit
    }

    /// A folded line's words after a bullet (`- Thời gian hoàn thành: …`, `+ …`, `* …`).
    private static func withoutBullet(_ f: Substring) -> Substring {
        guard let c = f.first, c == "-" || c == "+" || c == "*" else { return f }
        return f.dropFirst().drop { $0 == " " }
    }

    /// `withoutBullet` on the folded bytes of a line: where its words start.
    private static func withoutBullet(_ b: [UInt8], from i: Int, end: Int) -> Int {
        var k = i
        if k < end, b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "*") {
            k += 1
            while k < end, b[k] == 0x20 { k += 1 }
        }
        return k < end ? k : i
    }

    /// `Thời gian hoàn thành: Quý II/2023`, `- Thời hạn: …` (a bullet before the label): the value.
    ///
    /// A folded line is ASCII without a carriage return, where every byte is a `Character`: the labels
    /// and the colon after them are compared as bytes. `hasPrefix` compared `Character`s, 1,700
    /// instructions a line opening with `t` (callgrind, 100 plan-heavy documents: 15.5 M of 816 M);
    /// `labelValueByCharacters` is the form it is held to (`FifteenthPassShortcutTests`).
    static func labelValue(_ f: Substring, _ original: @autoclosure () -> String, labels: [String]) -> String? {
        let f = withoutBullet(f)
        // Every label starts with `t` (`thời gian`, `thời hạn`); every line is asked.
        let u = f.utf8
        guard u.first == UInt8(ascii: "t") else { return nil }
        for label in labels {
            var i = u.startIndex
            var matched = true
            for c in label.utf8 {
                guard i < u.endIndex, u[i] == c else { matched = false; break }
                u.formIndex(after: &i)
            }
            guard matched else { continue }
            while i < u.endIndex, u[i] == 0x20 { u.formIndex(after: &i) }
            guard i < u.endIndex, u[i] == UInt8(ascii: ":") else { continue }
            let original = original()
            guard let colon = colonIndex(original, 0) ?? original.firstIndex(of: ":") else { return nil }
            return String(original[original.index(after: colon)...])
        }
        return nil
    }

    /// `labelValue` comparing `Character`s, as it was before issue #12's fifteenth pass.
    static func labelValueByCharacters(_ f: Substring, _ original: @autoclosure () -> String, labels: [String]) -> String? {
        let f = withoutBullet(f)
        guard f.utf8.first == UInt8(ascii: "t") else { return nil }
        for label in labels where f.hasPrefix(label) {
            let rest = f.dropFirst(label.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            let original = original()
            guard let colon = colonIndex(original, 0) ?? original.firstIndex(of: ":") else { return nil }
            return String(original[original.index(after: colon)...])
        }
        return nil
    }

    private static func mayHoldInlineLabel(_ f: Substring) -> Bool {
        var f = f
        return f.withUTF8 { mayHoldInlineLabel($0, 0..<$0.count) }
    }

    /// `… sửa đổi Quy định số 30-QĐ/TW. Thời gian thực hiện: Quý III/2023.`: the label closes the
    /// item on its own line, after the end of a sentence.
    /// `byBytes: false` asks only for a `thoi` as before `mayHoldInlineLabel` (the form tests hold it to).
    static func inlineLabelValue(_ f: Substring, _ original: @autoclosure () -> String, labels: [String], byBytes: Bool = true) -> String? {
        // Every label starts with `thoi`: most lines have none, and are rejected before any copy.
        guard f.utf8.count > 12, byBytes ? mayHoldInlineLabel(f) : f.contains("thoi") else { return nil }
        let original = original()
        let bytes = Array(f.utf8)
        let reader = ByteReader(bytes)
        var from = 0
        while let at = reader.firstIndex(of: "thoi", from: from) {
            from = at + 4
            // After the end of a sentence or an opening bracket.
            var k = at
            while k > 0, bytes[k - 1] == 0x20 { k -= 1 }
            guard k > 0, bytes[k - 1] == UInt8(ascii: ".") || bytes[k - 1] == UInt8(ascii: ";") || bytes[k - 1] == UInt8(ascii: "(") else { continue }
            guard let end = labels.lazy.compactMap({ reader.phraseEnd($0, at: at) }).first else { continue }
            var r = ByteReader(bytes, from: end)
            r.skipSpaces()
            guard r.current == UInt8(ascii: ":") else { continue }
            // Folded text keeps one byte per ASCII character, so count colons to find the original one.
            let colons = bytes[..<r.position].filter { $0 == UInt8(ascii: ":") }.count
            var seen = 0
            guard let colon = colonIndex(original, colons) ?? original.firstIndex(where: { c in
                guard c == ":" else { return false }
                defer { seen += 1 }
                return seen == colons
            }) else { return nil }
            return String(original[original.index(after: colon)...]).trimmingCharacters(in: " )*_")
        }
        return nil
    }

    /// The index of the character `:` after `skipping` others, found on bytes when each colon up to
    /// it is certainly a character alone (what `firstIndex(of:)` compares); `.some(nil)` when there
    /// is none, nil when a colon might be part of a larger character (then characters decide).
    /// Walking characters cost 10,000 instructions a line (callgrind, plan-heavy documents).
    static func colonIndex(_ s: String, _ skipping: Int) -> String.Index?? {
        let u = Array(s.utf8)
        var seen = 0
        for (p, c) in u.enumerated() where c == UInt8(ascii: ":") {
            // A mark after it would join it; a prepended character before it (U+0600 and up,
            // outside the Latin, Greek, Cyrillic and Vietnamese blocks below U+0600 or in
            // U+0E00–U+FFFF) would too.
            if p + 1 < u.count, u[p + 1] >= 0x80 { return nil }
            if p > 0, u[p - 1] >= 0x80 {
                var q = p - 1
                while q > 0, u[q] & 0xC0 == 0x80 { q -= 1 }
                let lead = u[q]
                let safe = lead < 0xD8 || (lead >= 0xE0 && lead < 0xF0 && !(lead == 0xE0 && u[q + 1] < 0xB8))
                if !safe { return nil }
            }
            if seen == skipping { return .some(s.utf8.index(s.utf8.startIndex, offsetBy: p)) }
            seen += 1
        }
        return .some(nil)
    }

    /// `1.`, `11.1.`, `**2.7.**`, `a)` at the start of a line; returns the number as written.
    static func numberedItem(_ f: Substring) -> String? {
        var i = f.startIndex
        var sawDigit = false
        while i < f.endIndex, f[i].isNumber || f[i] == "." {
            sawDigit = sawDigit || f[i].isNumber
            i = f.index(after: i)
        }
        guard sawDigit, i > f.startIndex, f[f.index(before: i)] == ".", i < f.endIndex, f[i] == " " else { return nil }
        return String(f[..<i])
    }

    private static func parenthesizedNumber(_ f: Substring) -> Int? {
        guard f.hasPrefix("("), let close = f.firstIndex(of: ")") else { return nil }
        return Int(f[f.index(after: f.startIndex)..<close])
    }

    /// `Kế hoạch tập trung vào 03 nhóm nhiệm vụ sau:` → 3, a line that announces a list.

    /// `Tháng 01/2026 (11 nhiệm vụ)`, `### **3. Tháng 03/2026 (06 nhiệm vụ)**`
    /// `| | Quý II/2024 (04 nhiệm vụ) | | |`: a counted heading as a row of its own in a Markdown or tab table
    /// (red-team round 5's leftover: the group's rows went uncounted).
    private static func countedRow(_ text: FoldedText, _ k: Int) -> (deadline: Deadline, stated: Int, label: String)? {
        let range = text.foldedRange(ofLine: k)
        guard TaskTableParser.isRow(text.bytes, range), TaskTableParser.isGroupLabelRow(text, range),
              let cell = TaskTableParser.splitCells(text, range).first(where: { !$0.isEmpty }) else { return nil }
        let folded = Substring(String(decoding: text.bytes[cell], as: UTF8.self))
        let label = TextSegment(text, range: cell).originalText(0..<cell.count)
        return countedHeading(folded, label).map { ($0.0, $0.1, label) }
    }

    static func countedHeading(_ f: Substring, _ original: @autoclosure () -> String) -> (Deadline, Int)? {
        guard let (headEnd, n) = ListedItems.closingCount(f) else { return nil }
        let head = String(f[..<headEnd])
        guard let deadline = Deadline.parse(head), deadline.date != nil else { return nil }
        let mark: Character = f[headEnd] == "(" ? "(" : ":"
        return (Deadline(date: deadline.date, recurring: false, text: FoldedText.tidy(String(original().prefix(while: { $0 != mark }))).trimmingCharacters(in: " #*0123456789.")), n)
    }

    /// `isHeading` of line `k`, decided on its bytes: only a line whose first byte after spaces
    /// is `#`, or that opens and closes with `**`, is decoded to be asked (every line is asked).
    private static func isHeading(_ text: FoldedText, _ k: Int) -> Bool {
        let o = text.original
        var start = Int(text.lineStarts[k])
        var end = k + 1 < text.lineStarts.count ? Int(text.lineStarts[k + 1]) - 1 : o.count
        if end > start, o[end - 1] == 0x0D { end -= 1 }
        while start < end, o[start] == 0x20 { start += 1 }
        while end > start, o[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return false }
        let star = UInt8(ascii: "*")
        let candidate = o[start] == UInt8(ascii: "#")
            || (end - start >= 2 && o[start] == star && o[start + 1] == star && o[end - 1] == star && o[end - 2] == star)
        // A byte match can be a false one only around combining marks; the string decides then.
        return candidate && isHeading(text.originalLine(k))
    }

    private static func isHeading(_ original: String) -> Bool {
        let t = original.trimmingCharacters(in: " ")
        return t.hasPrefix("#") || (t.hasPrefix("**") && t.hasSuffix("**") && t.count < 200)
    }

    private static func isRomanHeading(_ f: Substring) -> Bool {
        let first = f.split(separator: " ").first ?? ""
        return first.hasSuffix("-") && first.dropLast().allSatisfy { "ivxl".contains($0) }
    }

    /// `## **6. Ủy ban Kiểm tra Thành ủy**` → `Ủy ban Kiểm tra Thành ủy`
    private static func singleNumberedTitle(_ original: String) -> String? {
        let t = FoldedText.tidy(original).trimmingCharacters(in: " #*")
        let parts = t.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].hasSuffix("."), parts[0].dropLast().allSatisfy(\.isNumber) else { return nil }
        let name = String(parts[1]).trimmingCharacters(in: " *")
        return name.split(separator: " ").count <= 14 ? name : nil
    }

    static func stripNumber(_ s: String) -> String {
        var t = Substring(s.trimmingCharacters(in: " *#-"))
        if t.hasPrefix("("), let close = t.firstIndex(of: ")") { t = t[t.index(after: close)...] }
        else { t = t.drop { $0.isNumber || $0 == "." || $0 == "*" } }
        // `a) Đảng ủy Quân sự Thành phố xây dựng kế hoạch …`, `b. Hội Cựu chiến binh …`, `đ) …` (red team, round 24: points
        // under a numbered item keep their letter otherwise, and no body is called so).
        if let first = t.first, first.isLetter, first.isLowercase, t.dropFirst().first == ")" || t.dropFirst().first == ".",
           t.dropFirst(2).first == " " {
            t = t.dropFirst(2)
        }
        return String(t).trimmingCharacters(in: " *")
    }

    // MARK: Obligations

    /// Assignments in the `Tổ chức thực hiện` section that expect documents of given types.
    /// Types of documents that implement another; `ban hành Kết luận` is not implementation.
    private static let implementingTypes: Set<String> = ["KH", "CTr", "ĐA", "HD", "QĐ", "QC", "CT"]
    /// Only resolutions, conclusions, directives and regulations assign implementation.
    /// So does a programme of action (`assigns(typeCode:title:)`).
    private static let assigningTypes: Set<String> = ["NQ", "KL", "CT", "QĐ", "KH"]
    /// Words that open a task, not a body's name: `Tham mưu cấp ủy cụ thể hóa … vào Chương trình` assigns no
    /// one (the actor is the heading above it).
    private static let taskOpenings = ["tham muu", "chu dong", "phoi hop", "can cu", "thuong xuyen", "tiep tuc", "tap trung", "chi dao",
                                       "to chuc", "kip thoi", "nghien cuu", "thuc hien", "dong thoi", "trien khai", "tang cuong",
                                       "tren co so", "sau khi", "ngay sau", "cu the hoa"]

    /// Whether a document of this kind assigns implementation in its `Tổ chức thực hiện`: a resolution,
    /// conclusion, directive, decision or plan, and a programme of action (red team, round 12: `CHƯƠNG TRÌNH
    /// HÀNH ĐỘNG` / `I. TỔ CHỨC THỰC HIỆN` / `2. Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch …`); not a programme
    /// of work (`Chương trình công tác năm 2026`), whose units plan their own months and quarters.
    static func assigns(typeCode: String?, title: String?) -> Bool {
        guard let code = typeCode else { return false }
        if assigningTypes.contains(code) { return true }
        return code == "CTr" && (title.map { $0.folded.contains("hanh dong") } ?? false)
    }
    /// `II. Ban Thường vụ Tỉnh ủy giao 04 nhiệm vụ sau:`, `Ban Thường vụ Huyện ủy giao các nhiệm vụ như sau:`, `… phân công
    /// như sau:` (red team, round 30, c3): a conclusion that assigns its work under such a heading instead of `Tổ chức thực
    /// hiện`. A short line ending in its colon, with `phân công`, or with `giao` as written (not `giáo dục`, nor `bàn giao`;
    /// reviewer, session 27) right before a count, `các`, `những` or `nhiệm vụ`.
    static func opensAssignment(_ text: FoldedText, _ line: Range<Int>) -> Bool {
        guard line.count < 120, let last = line.last, text.bytes[last] == UInt8(ascii: ":") else { return false }
        let r = ByteReader(text.bytes, from: line.lowerBound, end: line.upperBound)
        if r.firstIndex(of: " phan cong ") != nil || r.firstIndex(of: " phan cong:") != nil { return true }
        guard let at = r.firstIndex(of: " giao "), r.firstIndex(of: "nhiem vu", from: at) != nil,
              TextSegment(text, range: (at + 1)..<(at + 5)).originalText(0..<4) == "giao",
              ByteReader(text.bytes, from: max(line.lowerBound, at - 4), end: at + 1).firstIndex(of: "ban ") == nil else { return false }
        var after = ByteReader(text.bytes, from: at + 6, end: line.upperBound)
        if after.readNumber(digits: 1...3) != nil { after.skipSpaces() }
        _ = after.matchWord("cac") || after.matchWord("nhung")
        after.skipSpaces()
        return after.phraseEnd("nhiem vu", at: after.position) != nil
    }

    /// The body named after `lãnh đạo` or `chỉ đạo` (and their run: `lãnh đạo, chỉ đạo`, `lãnh đạo và chỉ đạo`) in the
    /// words before an obligation's verb, when a name follows them (a capital, or `các` opening bodies in the plural):
    /// `Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo Sở Nội vụ` → `Sở Nội vụ`. Nil when the verb follows the run (`Ban cán sự
    /// đảng UBND tỉnh lãnh đạo xây dựng …`: the leader's plan) or what follows is no name (`chỉ đạo việc …`).
    static func bodyLed(in actor: String) -> String? {
        guard let lead = actor.latinRange(of: " lãnh đạo") ?? actor.latinRange(of: " chỉ đạo") else { return nil }
        var rest = actor[lead.upperBound...]
        while true {
            let trimmed = rest.drop { $0 == " " || $0 == "," }
            if let run = ["lãnh đạo", "chỉ đạo", "và"].first(where: { trimmed.hasPrefix($0 + " ") || trimmed.hasPrefix($0 + ",") }) {
                rest = trimmed.dropFirst(run.count)
                continue
            }
            rest = trimmed
            break
        }
        let led = String(rest).trimmingCharacters(in: " ,")
        guard let first = led.first, first.isUppercase || led.hasPrefix("các "), led.count < 160 else { return nil }
        // `… lãnh đạo UBND tỉnh chỉ đạo Sở Giáo dục và Đào tạo xây dựng …` (reviewer, session 28): the last body the chain
        // hands the work to builds it.
        return bodyLed(in: led) ?? led
    }

    /// Where the actor's name ends and the assignment begins.
    private static let actorEnds = [" chủ trì", " tập trung", " lãnh đạo", " chỉ đạo", " chủ động", " tham mưu", " có trách nhiệm", " khẩn trương", " tổ chức quán triệt",
                                    " phối hợp"]

    /// Whether the bytes between two kinds join them in a list: commas, spaces, `và`, `hoặc`, `/`.
    static func joinsKinds(_ gap: ArraySlice<UInt8>) -> Bool {
        let words = String(decoding: gap, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" || $0 == "\n" })
        return !gap.isEmpty && words.allSatisfy { $0 == "va" || $0 == "hoac" }
    }

    static func obligations(_ text: FoldedText, lines: Range<Int>, typeCode: String?, title: String? = nil, file: String, documentIndex: Int) -> [Obligation] {
        guard assigns(typeCode: typeCode, title: title) else { return [] }
        guard let start = lines.first(where: { k in
            let line = text.trimmedRange(ofLine: k)
            return line.count < 60 && text.contains("to chuc thuc hien", in: line) || opensAssignment(text, line)
        }) else { return [] }
        var result: [Obligation] = []
        for k in (start + 1)..<lines.upperBound {
            let trimmed = text.trimmedRange(ofLine: k)
            if text.bytes[trimmed].starts(with: "noi nhan".utf8) { break }
            guard !trimmed.isEmpty else { continue }
            // Every verb below ends in `hanh`, `hoa` or `dung` (a phrase's words are whole in the
            // folded bytes): a line with none of them assigns nothing, and is passed over before
            // it is decoded, tidied and copied (callgrind: 3 % of plan-heavy extraction).
            let range = text.foldedRange(ofLine: k)
            guard text.contains("hanh", in: range) || text.contains("hoa", in: range) || text.contains("dung", in: range) else { continue }
            let line = FoldedText.tidy(text.originalLine(k))
            let seg = TextSegment(text, range: text.foldedRange(ofLine: k))
            let b = seg.bytes
            let r = ByteReader(b)
            for verb in ["ban hanh", "cu the hoa", "xay dung"] {
                guard let v = r.firstIndex(of: verb) else { continue }
                let clauseEnd = b[v...].firstIndex { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") } ?? b.count
                var types: [String] = []
                // Where each type word found stands, so that a list of kinds (`xây dựng chương trình, kế hoạch thực hiện`) is
                // told from the document the verb's object names after it.
                var spans: [Range<Int>] = []
                var i = v
                while i < clauseEnd {
                    if ByteReader.isLetter(b[i]), i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                        for w in TypeCodes.words where w.code != "Luật" {
                            if let e = r.phraseEnd(w.folded, at: i), e <= clauseEnd {
                                // A type word followed by a number is a citation, not an expected document.
                                var after = ByteReader(b, from: e); after.skipSpaces()
                                if !after.matchWord("so"), !types.contains(w.code) { types.append(w.code); spans.append(i..<e) }
                                i = e
                                break
                            }
                        }
                    }
                    i += 1
                }
                // The type words right after `cụ thể hoá Nghị quyết bằng` are what is expected;
                // the document named by the verb's object (`Nghị quyết`) is the target.
                if verb == "cu the hoa", let bang = r.firstIndex(of: "bang", from: v) , bang < clauseEnd {
                    types = types.filter { code in TypeCodes.words.contains { $0.code == code && r.firstIndex(of: $0.folded, from: bang).map { $0 < clauseEnd } == true } }
                } else if types.count > 1 {
                    // `xây dựng chương trình, kế hoạch thực hiện Nghị quyết` (red team, round 25, c7): either kind of the list
                    // fulfils it; the kind after the list is what it carries out.
                    var listed = 1
                    while listed < spans.count, Self.joinsKinds(b[spans[listed - 1].upperBound..<spans[listed].lowerBound]) { listed += 1 }
                    types = Array(types.prefix(listed))
                }
                types = types.filter { implementingTypes.contains($0) }
                guard !types.isEmpty else { continue }
                var actor = seg.originalText(0..<v)
                actor = ProseTasks.stripNumber(actor)
                if let comma = actor.latinRange(of: "này, ") ?? actor.latinRange(of: "Nghị quyết, ") { actor = String(actor[comma.upperBound...]) }
                if actor.hasPrefix("Giao ") { actor = String(actor.dropFirst(5)) }
                // `Sở Nội vụ chủ trì, phối hợp các sở, ngành tham mưu UBND tỉnh ban hành quyết định …` (red team, round 18): the
                // body advised issues the document, as the verb right after it says; the one advising prepares it.
                if let advise = actor.latinRangeBackwards(of: " tham mưu ") {
                    var body = String(actor[advise.upperBound...]).trimmingCharacters(in: " ,")
                    if body.hasPrefix("cho ") { body = String(body.dropFirst(4)) }
                    if let c = body.first, c.isUppercase, body.count < 80 { actor = body }
                }
                // `Ban cán sự đảng UBND tỉnh lãnh đạo Sở Giáo dục và Đào tạo xây dựng kế hoạch …` (red team, round 25, c6): the
                // body led builds the plan; the one leading it is named first.
                if let led = Self.bodyLed(in: actor) { actor = led }
                for end in actorEnds { if let r = actor.latinRange(of: end) { actor = String(actor[..<r.lowerBound]) } }
                actor = actor.trimmingCharacters(in: " ,")
                // `Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Chương trình) xây dựng kế hoạch` (red team 28, c4):
                // a role in brackets after the body is not its name.
                if actor.hasSuffix(")"), let open = actor.lastIndex(of: "("), open > actor.startIndex {
                    actor = String(actor[..<open]).trimmingCharacters(in: " ,")
                }
                // `… thay thế Quyết định số 12/2019/QĐ-UBND ngày 20/5/2019` / `của Ủy ban nhân dân tỉnh ban hành Quy
                // định …`: a wrapped line's `của …` describes a cited document; it names no one to act.
                guard !actor.isEmpty, actor.count < 240, !actor.folded.hasPrefix("cua ") else { continue }
                let opening = actor.folded
                guard !taskOpenings.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) else { continue }
                result.append(Obligation(actor: actor, actorLevel: IssuerLevel.of(issuer: actor), expectedTypes: types,
                                         documentIndex: documentIndex, location: SourceLocation(file: file, line: k + 1, column: 1),
                                         text: line))
                break
            }
        }
        return result
    }
}
