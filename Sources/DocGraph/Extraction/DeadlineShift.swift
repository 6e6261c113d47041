import Foundation

/// A later text moving a plan's deadline (red teams 37 c2, 38 c6): `Điều chỉnh thời hạn hoàn thành nhiệm vụ số 1 (Xây
/// dựng Đề án chỉnh trang đô thị …) tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 … từ Quý IV/2024 sang Quý IV/2026`, `Kéo dài
/// thời gian thực hiện Chương trình số 05/CTr-UBND … đến hết ngày 31/12/2026`. The plan's task is due on the new day, so
/// `overdue-plan` judges it by that day (`GraphBuilder` moves it).
public struct DeadlineShift: Hashable, Sendable, Codable {
    /// The task's words as the text names it (`Xây dựng Đề án chỉnh trang đô thị …`), nil when it names none.
    public var task: String?
    /// The deadline the task had (`từ Quý IV/2024`), when the text says.
    public var from: Deadline?
    /// The new deadline.
    public var to: Deadline

    public init(task: String?, from: Deadline?, to: Deadline) {
        self.task = task
        self.from = from
        self.to = to
    }

    /// Whether the shift is of a task whose announcement reads `announced` and whose deadline was `deadline`: the task
    /// it names (most of its words), else the deadline it names, else any task due before the new day (a plan extended
    /// as a whole: `Các nhiệm vụ chưa hoàn thành … được tiếp tục thực hiện`).
    public func moves(announced: String?, deadline: Deadline?) -> Bool {
        guard let old = deadline?.date, !(deadline?.recurring ?? false), let new = to.date, old < new else { return false }
        if let task {
            // A planned revision's row is not at hand: the deadline named, if any, says which.
            guard let announced else { return from.map { $0.date == old } ?? false }
            // Nearly every word of the task named is the task's: two rows of one plan share most of theirs (`… Đề án phát
            // triển du lịch …`, `… Đề án phát triển nông nghiệp …`; reviewer, session 29).
            let named = Self.words(task), said = Self.words(announced)
            guard !named.isEmpty, !said.isEmpty else { return false }
            return named.subtracting(said).count <= named.count / 8
        }
        if let from { return from.date == old }
        return true
    }

    /// A text's words, folded.
    private static func words(_ text: String) -> Set<Substring> {
        Set(String(decoding: FoldedText(text).bytes, as: UTF8.self).split { !$0.isLetter && !$0.isNumber })
    }
}

/// Reads a ``DeadlineShift`` in the clause around a citation.
enum DeadlineShifts {
    /// What a moved time may be of that is no plan's work, folded.
    static let notWork = ["giai ngan", "kinh phi", " von ", "nhan ho so", "nop ", "to chuc hoi nghi", "to chuc ky hop", "tiep nhan"]

    /// Words of a request before the verb: the shift is asked for, not made.
    static let asking = ["kien nghi", "de nghi", "xem xet", "de xuat"]

    /// Verbs that move a time, folded: `thời hạn`, `thời gian` or `tiến độ` after them, never money or a tax
    /// (`gia hạn nộp thuế`).
    static let verbs = ["dieu chinh thoi han", "dieu chinh thoi gian", "dieu chinh tien do", "keo dai thoi gian", "keo dai thoi han",
                        "gia han thoi gian", "gia han thoi han", "gia han thuc hien", "lui thoi han", "lui thoi gian"]

    /// The shift the clause makes of the document cited at `mention`: a verb before it in its sentence, then after the
    /// citation's words (`after`, up to `limit` and the clause's end) `sang <deadline>` or `đến (hết) <deadline>`.
    static func read(_ seg: TextSegment, mention: Int, after: Int, limit: Int) -> DeadlineShift? {
        let b = seg.bytes
        // The sentence before the citation: back to a full stop, a semicolon or a colon, at most 300 bytes (a task's words
        // in brackets stand between the verb and the plan, past the clause window the relation is read in).
        var start = mention
        while start > 0, mention - start < 300 {
            let c = b[start - 1]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: ":") { break }
            if c == UInt8(ascii: "."), !(start < b.count && ByteReader.isDigit(b[start]) && start >= 2 && ByteReader.isDigit(b[start - 2])) { break }
            start -= 1
        }
        let before = ByteReader(b, from: start, end: mention)
        var verbEnd: Int?, verbStart = start
        for verb in verbs {
            var from = start
            while let at = before.firstIndex(of: verb, from: from) {
                if (at == 0 || !ByteReader.isAlnum(b[at - 1])), at + verb.utf8.count > (verbEnd ?? 0) { verbEnd = at + verb.utf8.count; verbStart = at }
                from = at + 1
            }
        }
        // `Điều 1. Gia hạn thời gian thực hiện các nhiệm vụ sau:` / `1. Nhiệm vụ xây dựng Đề án … tại Kế hoạch số 120/KH-UBND …:
        // thời gian hoàn thành đến Quý II/2027.` (red team 46 c6): the verb in the list's lead-in, the task in the item.
        var taskStart = verbEnd ?? start
        if verbEnd == nil, let lead = leadIn(b, item: start) {
            verbEnd = lead.verbEnd
            verbStart = lead.verbStart
            start = lead.lineStart
            taskStart = lead.itemStart
        }
        guard let verbEnd else { return nil }
        // The clause after the citation, to its full stop or semicolon.
        let end = clauseEnd(b, from: after, ceiling: min(b.count, max(after, limit), after + 240))
        // What the time is of: a plan's work, not money, an application or a meeting (`điều chỉnh tiến độ giải ngân kinh
        // phí`, `gia hạn thời gian nhận hồ sơ`, `điều chỉnh thời gian tổ chức Hội nghị`; reviewer, session 29); and said, not
        // asked for (`Kiến nghị … xem xét gia hạn …`).
        let object = ByteReader(b, from: max(verbEnd, taskStart), end: mention)
        if notWork.contains(where: { object.firstIndex(of: $0) != nil }) { return nil }
        // The request's words in the verb's own clause: `Xét đề nghị của Văn phòng Huyện ủy, Ban Thường vụ Huyện ủy điều
        // chỉnh …` grants one (red team 41's letter).
        let clauseStart = b[start..<verbStart].lastIndex(of: UInt8(ascii: ",")).map { $0 + 1 } ?? start
        let asked = ByteReader(b, from: clauseStart, end: verbStart)
        if asking.contains(where: { asked.firstIndex(of: $0) != nil }) { return nil }
        var to: Deadline?, from: Deadline?
        if let sang = lastWord(b, "sang", in: after..<end), seg.originalText((sang - 4)..<sang).lowercased() == "sang" {
            to = Deadline.parse(seg.originalText(sang..<end))
            if let tu = lastWord(b, "tu", in: after..<sang) {
                // `từ ngày 15/3 sang …`: a day without its year names no deadline to match; nothing is moved.
                guard let old = Deadline.parse(seg.originalText(tu..<(sang - 4))), old.date != nil else { return nil }
                from = old
            }
        } else if let den = lastWord(b, "den", in: after..<end) {
            // `… về phát triển du lịch giai đoạn 2021 - 2025 đến hết ngày 31/12/2026`: the plan's subject may hold a
            // `đến` of its own; the last one, naming a day, a month or a quarter, is the shift's. `đến năm 2030` is a title's
            // horizon (`… đến năm 2030, tầm nhìn đến năm 2045`), `đến hết năm 2026` a shift's.
            var r = ByteReader(b, from: den, end: end)
            r.skipSpaces()
            guard ["het", "ngay", "quy", "thang", "truoc"].contains(where: { r.phraseEnd($0, at: r.position) != nil }) else { return nil }
            to = Deadline.parse(seg.originalText(den..<end))
        }
        guard let to, to.date != nil else { return nil }
        return DeadlineShift(task: taskNamed(seg, from: max(verbEnd, taskStart), to: mention), from: from, to: to)
    }

    /// The lead-in of the list whose item holds `item` (a position in its first sentence): the item opens its line with a
    /// number or a dash, and a line above it, past other items only, ends with a colon and holds a verb of ``verbs``.
    private static func leadIn(_ b: [UInt8], item: Int) -> (lineStart: Int, verbStart: Int, verbEnd: Int, itemStart: Int)? {
        var lineStart = item
        while lineStart > 0, b[lineStart - 1] != 0x0A { lineStart -= 1 }
        func opensItem(_ at: Int) -> Int? {
            var r = ByteReader(b, from: at, end: min(b.count, at + 8))
            r.skipSpaces()
            if r.match("-") || r.match("+") { r.skipSpaces(); return r.position }
            let digits = r.position
            while let c = r.current, ByteReader.isDigit(c) { r.position += 1 }
            guard r.position > digits, r.match(".") || r.match(")") else { return nil }
            r.skipSpaces()
            return r.position
        }
        guard let itemStart = opensItem(lineStart) else { return nil }
        var end = lineStart
        for _ in 0..<12 {
            guard end > 0 else { return nil }
            var start = end - 1
            while start > 0, b[start - 1] != 0x0A { start -= 1 }
            var last = end - 1
            while last > start, b[last - 1] == 0x20 || b[last - 1] == 0x0D || b[last - 1] == 0x09 { last -= 1 }
            if last > start, b[last - 1] == UInt8(ascii: ":") {
                let line = ByteReader(b, from: start, end: last)
                var found: (Int, Int)?
                for verb in verbs {
                    if let at = line.firstIndex(of: verb, from: start), at == 0 || !ByteReader.isAlnum(b[at - 1]), at >= (found?.0 ?? 0) {
                        found = (at, at + verb.utf8.count)
                    }
                }
                guard let (vs, ve) = found else { return nil }
                return (start, vs, ve, itemStart)
            }
            // Only other items stand between.
            guard opensItem(start) != nil else { return nil }
            end = start
        }
        return nil
    }

    /// The shifts in `seg` said of no document in their sentence (`1. Điều chỉnh thời gian hoàn thành nhiệm vụ số 2 (Xây
    /// dựng Đề án …) từ Quý IV/2024 sang Quý IV/2026.` under a title `Điều chỉnh, bổ sung Kế hoạch số 88/KH-UBND …`): each
    /// with where its verb stands in `seg`. The caller knows which plan the document adjusts.
    static func unattached(_ seg: TextSegment) -> [(shift: DeadlineShift, at: Int)] {
        let b = seg.bytes
        let r = ByteReader(b)
        // Each such shift says `sang`: a run without it (nearly every one) is passed over in one scan, not ten (callgrind,
        // 100 sample documents: 8.5 M instructions, 1.8 %, for ten verbs asked of every run).
        guard r.firstIndex(of: "sang") != nil else { return [] }
        var found: [(DeadlineShift, Int)] = []
        for verb in verbs {
            var from = 0
            while let at = r.firstIndex(of: verb, from: from) {
                from = at + 1
                guard at == 0 || !ByteReader.isAlnum(b[at - 1]) else { continue }
                let verbEnd = at + verb.utf8.count
                let end = clauseEnd(b, from: verbEnd, ceiling: min(b.count, verbEnd + 300))
                // A document named in the sentence by number (`88/KH-UBND`, `05-KH/TU`) is the one it moves: its citation
                // carries the shift.
                guard !(verbEnd..<max(verbEnd, end - 2)).contains(where: { ByteReader.isDigit(b[$0]) && (b[$0 + 1] == UInt8(ascii: "/") || b[$0 + 1] == UInt8(ascii: "-")) && ByteReader.isLetter(b[$0 + 2]) }),
                      !notWork.contains(where: { ByteReader(b, from: verbEnd, end: end).firstIndex(of: $0) != nil }),
                      let sang = lastWord(b, "sang", in: verbEnd..<end), seg.originalText((sang - 4)..<sang).lowercased() == "sang",
                      let to = Deadline.parse(seg.originalText(sang..<end)), to.date != nil else { continue }
                let tu = lastWord(b, "tu", in: verbEnd..<sang)
                let fromDeadline = tu.flatMap { Deadline.parse(seg.originalText($0..<(sang - 4))) }
                // `từ ngày 15/3 sang ngày 20/5/2025` (a meeting's day, reviewer, session 29): an old time without its year.
                if tu != nil, fromDeadline?.date == nil { continue }
                let taskEnd = tu.map { $0 - 2 } ?? sang - 4
                found.append((DeadlineShift(task: taskNamed(seg, from: verbEnd, to: max(verbEnd, taskEnd)), from: fromDeadline, to: to), at))
            }
        }
        return found.sorted { $0.1 < $1.1 }
    }

    /// The task the words between the verb and the citation name: a bracket's words (`nhiệm vụ số 1 (Xây dựng Đề án …)`),
    /// else the words after `nhiệm vụ` up to `tại`, `của`, `theo`, `thuộc`, `trong`; nil for a number alone or none.
    private static func taskNamed(_ seg: TextSegment, from start: Int, to end: Int) -> String? {
        let b = seg.bytes
        // `nhiệm vụ "Xây dựng Đề án …" tại …` (red team, round 43, c1): the task in quotes.
        if let open = b[start..<end].firstIndex(where: { $0 == UInt8(ascii: "\"") }),
           let close = b[(open + 1)..<end].firstIndex(where: { $0 == UInt8(ascii: "\"") }), close > open + 1 {
            return seg.originalText((open + 1)..<close)
        }
        if let open = b[start..<end].firstIndex(of: UInt8(ascii: "(")) {
            if let close = b[open..<end].firstIndex(of: UInt8(ascii: ")")), close > open + 1 { return seg.originalText((open + 1)..<close) }
            // `lùi thời hạn ban hành Chỉ thị … (nhiệm vụ số 1 tại Kế hoạch số 40-KH/HU …)`: the task before the bracket
            // that holds the plan (red team, round 41, c6).
            let text = seg.originalText(start..<open).trimmingCharacters(in: .whitespaces)
            if text.split(separator: " ").count >= 3 { return text }
        }
        let r = ByteReader(b, from: start, end: end)
        guard let task = r.firstIndex(of: "nhiem vu") else { return nil }
        var k = task + "nhiem vu".utf8.count
        var words = ByteReader(b, from: k, end: end)
        words.skipSpaces()
        // `nhiệm vụ số 2`: a number names a row this text does not quote.
        if words.matchWord("so") { return nil }
        k = words.position
        var stop = end
        for w in ["tai", "cua", "theo", "thuoc", "trong"] {
            if let at = wordAt(ByteReader(b, from: k, end: stop), w) { stop = min(stop, at - w.utf8.count) }
        }
        let text = seg.originalText(k..<stop).trimmingCharacters(in: .whitespaces)
        return text.split(separator: " ").count >= 3 ? text : nil
    }

    /// Where the clause from `start` ends: its semicolon or full stop (not a dot between a digit and the next), or `ceiling`.
    private static func clauseEnd(_ b: [UInt8], from start: Int, ceiling: Int) -> Int {
        var end = start
        while end < ceiling, b[end] != UInt8(ascii: ";"), !(b[end] == UInt8(ascii: ".") && (end + 1 >= b.count || !ByteReader.isDigit(b[end + 1]))) { end += 1 }
        return end
    }

    /// Where the words after the first whole word `w` in `r` begin.
    private static func wordAt(_ r: ByteReader, _ w: String) -> Int? {
        var from = r.position
        while let at = r.firstIndex(of: w, from: from) {
            let e = at + w.utf8.count
            if (at == 0 || !ByteReader.isAlnum(r.bytes[at - 1])) && (e >= r.bytes.count || !ByteReader.isAlnum(r.bytes[e])) { return e }
            from = at + 1
        }
        return nil
    }

    /// Where the words after the last whole word `w` in `range` begin.
    private static func lastWord(_ b: [UInt8], _ w: String, in range: Range<Int>) -> Int? {
        var found: Int?
        var from = range.lowerBound
        let r = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        while let at = r.firstIndex(of: w, from: from) {
            let e = at + w.utf8.count
            if (at == 0 || !ByteReader.isAlnum(b[at - 1])) && (e >= b.count || !ByteReader.isAlnum(b[e])) { found = e }
            from = at + 1
        }
        return found
    }
}
