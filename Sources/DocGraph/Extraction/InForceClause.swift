/// When a document's own text puts it in force, which is not always the day it was signed, and
/// when its own term ends.
///
/// `Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2020 và thay thế Quyết định số …`:
/// the replaced decision governs until 1 August, so a plan of 20 July that cites it cites a text in force. The
/// forms read, all in the document's own effect clause (its kind, `này` or not, opening the sentence):
/// - `có hiệu lực (thi hành) (kể) từ ngày 01 tháng 8 năm 2020`, `… từ ngày 01/8/2020`, `… từ 01/8/2020`;
/// - `có hiệu lực (thi hành) (kể) từ ngày ký (ban hành)`, `… từ ngày ban hành`: the signing date;
/// - `có hiệu lực (thi hành) sau 10 (mười) ngày, kể từ ngày ký`: ten days after it;
/// - `Nghị quyết này đã được Hội đồng nhân dân tỉnh … thông qua ngày 10 tháng 7 năm 2024 và có hiệu lực từ
///   ngày 20 tháng 7 năm 2024`, and `… có hiệu lực từ ngày thông qua`: a council's passing.
///
/// A policy for a period ends by its own words (red team, round 37, c1), read after the start or alone:
/// - `… từ ngày 25 tháng 4 năm 2024 đến hết ngày 31 tháng 12 năm 2025`, `… đến ngày 31/12/2025`, `… đến hết năm
///   2025`: in force through that day (year);
/// - `… và hết hiệu lực (kể) từ ngày 01 tháng 01 năm 2026`, and a sentence of its own, `Quyết định này hết hiệu lực
///   (thi hành) (kể) từ ngày 01/01/2026` (`này` required): out of force from that day;
/// - `Quyết định này được áp dụng đến hết ngày 31/12/2025` (`này` required).
///
/// Not read: another document's effect told in the text (`Luật số 63/2020/QH14 … có hiệu lực từ …`, `… hết hiệu
/// lực kể từ ngày Thông tư này có hiệu lực`): the sentence must open with this document's kind. A plan's period
/// (`Kế hoạch này được thực hiện đến hết năm 2025`) is its work's, not its force's, and is not read.
enum InForceClause {
    /// What a document's own words say of its force: from when, and through which day.
    struct Term: Equatable {
        /// The first day in force, when it is not simply the signing.
        var from: SimpleDate?
        /// The last day in force by the document's own term.
        var until: SimpleDate?
    }

    /// The date the document's effect clause gives, or nil when it has none the forms above read.
    static func date(_ text: FoldedText, lines: Range<Int>, kinds: [String], signed: SimpleDate?) -> SimpleDate? {
        term(text, lines: lines, kinds: kinds, signed: signed).from
    }

    /// What the document's effect clause (and a sentence ending its force) say.
    ///
    /// A start more than a year before the signing or three years after it is no effect date this
    /// text could mean (a misread clause), and is dropped; so is an end before the start (or the
    /// signing) or more than fifty years after it.
    static func term(_ text: FoldedText, lines: Range<Int>, kinds: [String], signed: SimpleDate?) -> Term {
        guard !lines.isEmpty, !kinds.isEmpty else { return Term() }
        let start = text.foldedRange(ofLine: lines.lowerBound).lowerBound
        let end = text.foldedRange(ofLine: lines.upperBound - 1).upperBound
        let b = text.bytes
        let reader = ByteReader(b, from: start, end: end)
        var term = Term()
        var from = start
        while let at = reader.firstIndex(of: "co hieu luc", from: from) {
            from = at + 1
            guard let (subjectEnd, own) = subject(b, kinds: kinds, before: at, floor: start) else { continue }
            // `Quyết định có hiệu lực …`, `Quyết định này có hiệu lực …`; a sentence that goes on between
            // (`Nghị quyết này đã được … thông qua ngày … và có hiệu lực …`) needs `this` to be this one's.
            var r = ByteReader(b, from: subjectEnd, end: at)
            r.skipSpaces()
            guard r.atEnd || own else { continue }
            let clause = at + "co hieu luc".utf8.count
            let (date, after) = effect(b, after: clause, end: end, signed: signed, passed: passedDate(b, from: subjectEnd, to: at))
            // `Nghị định này có hiệu lực đến hết ngày 31/12/2022`: an end with no start of its own.
            let until = ending(b, at: after ?? clause, end: end)
            guard date != nil || until != nil else { continue }
            if let date, let signed, let floor = SimpleDate(year: signed.year - 1, month: signed.month, day: min(signed.day, 28)),
               let ceiling = SimpleDate(year: signed.year + 3, month: signed.month, day: min(signed.day, 28)),
               date < floor || date > ceiling { return Term() }
            term = Term(from: date, until: until)
            break
        }
        if term.until == nil {
            // `Quyết định này hết hiệu lực kể từ ngày 01/01/2026.`, `Quyết định này được áp dụng đến hết ngày …`.
            for anchor in ["het hieu luc", "duoc ap dung"] {
                var from = start
                while term.until == nil, let at = reader.firstIndex(of: anchor, from: from) {
                    from = at + 1
                    guard let (subjectEnd, own) = subject(b, kinds: kinds, before: at, floor: start), own else { continue }
                    var r = ByteReader(b, from: subjectEnd, end: at)
                    r.skipSpaces()
                    guard r.atEnd else { continue }
                    term.until = ending(b, at: anchor == "het hieu luc" ? at : at + anchor.utf8.count, end: end)
                }
            }
        }
        if let until = term.until, let floor = term.from ?? signed {
            if until < floor { term.until = nil }
            else if let ceiling = SimpleDate(year: floor.year + 50, month: 1, day: 1), until > ceiling { term.until = nil }
        }
        return term
    }

    /// Where the subject opening the sentence (or the line) that holds `at` ends, when it is this
    /// document's kind, and whether `này` follows it.
    private static func subject(_ b: [UInt8], kinds: [String], before at: Int, floor: Int) -> (end: Int, own: Bool)? {
        // `Điều 8. Hiệu lực thi hành` / `Quyết định này có hiệu lực …` (red team, round 16): an article's heading
        // has no full stop; its line's end opens the clause under it.
        let openings = [sentenceOpening(b, before: at, floor: floor), lineOpening(b, before: at, floor: floor)].compactMap { $0 }
        guard let subjectEnd = openings.lazy.compactMap({ opening in
                  kinds.lazy.compactMap({ ByteReader(b, from: opening, end: at).phraseEnd($0, at: opening) }).first
              }).first else { return nil }
        var r = ByteReader(b, from: subjectEnd, end: at)
        r.skipSpaces()
        if r.matchWord("lien tich") { r.skipSpaces() }
        let own = r.matchWord("nay")
        return (r.position, own)
    }

    /// The last day in force that the words at `at` give: `(và) đến (hết) ngày D`, `đến hết năm Y`, `(và) hết hiệu
    /// lực (thi hành) (kể) (từ) (ngày) D` (the day before D).
    private static func ending(_ b: [UInt8], at start: Int, end: Int) -> SimpleDate? {
        var r = ByteReader(b, from: start, end: min(end, start + 120))
        r.skipSpaces()
        if r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces() }
        if r.matchWord("va") { r.skipSpaces() }
        if r.matchWord("duoc ap dung") || r.matchWord("ap dung") { r.skipSpaces() }
        if r.matchWord("den") {
            r.skipSpaces()
            let through = r.matchWord("het")
            r.skipSpaces()
            if through, r.matchWord("nam") {
                r.skipSpaces()
                guard let y = r.readNumber(digits: 4...4), closesClause(r) else { return nil }
                return SimpleDate(year: y, month: 12, day: 31)
            }
            guard r.matchWord("ngay") else { return nil }
            r.skipSpaces()
            return r.readDate().flatMap { closesClause(r) ? $0 : nil }
        }
        guard r.matchWord("het hieu luc") else { return nil }
        r.skipSpaces()
        if r.matchWord("thi hanh") { r.skipSpaces() }
        if r.matchWord("ke") { r.skipSpaces() }
        if r.matchWord("tu") { r.skipSpaces() }
        if r.matchWord("vao") { r.skipSpaces() }
        guard r.matchWord("ngay") else { return nil }
        r.skipSpaces()
        return r.readDate().flatMap { closesClause(r) ? $0.adding(days: -1) : nil }
    }

    /// Whether the clause ends after the date just read: a stop, `và`, a line's end; `… kể từ ngày ký, đến hết ngày
    /// 30/6/2025 các cơ quan hoàn thành …` goes on, and is a task's deadline, not the document's end (reviewer, session 29).
    private static func closesClause(_ reader: ByteReader) -> Bool {
        var r = reader
        while let c = r.current, c == 0x20 || c == 0x09 { r.position += 1 }
        guard let c = r.current else { return true }
        if c == 0x0A || c == 0x0D || c == UInt8(ascii: ".") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: ")") || c == UInt8(ascii: "/") { return true }
        return r.matchWord("va")
    }

    /// The kinds a document's effect clause may name it by: its type word (else its code's word),
    /// folded (`quyet dinh`), and `van ban`. One word only: `QĐ` is a decision's code and a Party
    /// regulation's, and a decision's attached `Quy định này` is not the decision.
    static func kinds(typeWord: String?, typeCode: String?) -> [String] {
        guard let word = typeWord ?? typeCode.flatMap({ TypeCodes.typeWord[$0] }) else { return [] }
        let folded = String(decoding: FoldedText(word).bytes, as: UTF8.self)
        return folded.isEmpty ? [] : [folded, "van ban"]
    }

    /// Where the sentence holding `at` begins: after the last `.`, `;` or `:` before it (which
    /// also steps over an article's `Điều 2.` or an item's `1.`), or at the document's start.
    /// Nil when that is more than 400 bytes back: no effect clause is that long.
    private static func sentenceOpening(_ b: [UInt8], before at: Int, floor: Int) -> Int? {
        var i = at
        while i > floor {
            let c = b[i - 1]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") {
                // `01.8.2020`, `1.` of a date or a number: a dot between digits ends nothing.
                if c == UInt8(ascii: "."), i < b.count, ByteReader.isDigit(b[i]), i >= 2, ByteReader.isDigit(b[i - 2]) { i -= 1; continue }
                break
            }
            i -= 1
            if at - i > 400 { return nil }
        }
        while i < at, ByteReader.isSpace(b[i]) || b[i] == UInt8(ascii: "\t") { i += 1 }
        // `1. Quyết định …`, `Điều 2 Quyết định …` without its dot, `- Quyết định …`.
        var r = ByteReader(b, from: i, end: at)
        if r.matchWord("dieu") { r.skipSpaces(); _ = r.readNumber(); r.skipSpaces() }
        r.skipBullet()
        return r.position
    }

    /// Where the line holding `at` begins, after its spaces and a bullet; nil when that is more than 400 bytes back.
    private static func lineOpening(_ b: [UInt8], before at: Int, floor: Int) -> Int? {
        var i = at
        while i > floor, b[i - 1] != 0x0A {
            i -= 1
            if at - i > 400 { return nil }
        }
        var r = ByteReader(b, from: i, end: at)
        r.skipSpaces()
        r.skipBullet()
        return r.position
    }

    /// `thông qua ngày 10 tháng 7 năm 2024` between the subject and the clause: a council's passing.
    private static func passedDate(_ b: [UInt8], from: Int, to: Int) -> SimpleDate? {
        let r = ByteReader(b, from: from, end: to)
        guard let at = r.firstIndex(of: "thong qua") else { return nil }
        var d = ByteReader(b, from: at + "thong qua".utf8.count, end: to)
        d.skipSpaces()
        guard d.matchWord("ngay") else { return nil }
        d.skipSpaces()
        return d.readDate()
    }

    /// What follows `có hiệu lực`: a date, the signing (or passing), or a number of days after it; and
    /// where its words end.
    private static func effect(_ b: [UInt8], after start: Int, end: Int, signed: SimpleDate?, passed: SimpleDate?) -> (SimpleDate?, Int?) {
        var r = ByteReader(b, from: start, end: min(end, start + 160))
        r.skipSpaces()
        if r.matchWord("thi hanh") { r.skipSpaces() }
        var days = 0
        if r.matchWord("sau") {
            r.skipSpaces()
            guard let n = r.readNumber(digits: 1...3) else { return (nil, nil) }
            r.skipSpaces()
            // `sau 10 (mười) ngày`
            if r.current == UInt8(ascii: "(") {
                while let c = r.current, c != UInt8(ascii: ")") { r.position += 1 }
                r.position += 1
                r.skipSpaces()
            }
            guard r.matchWord("ngay") else { return (nil, nil) }
            r.skipSpaces()
            if r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces() }
            days = n
        }
        if r.matchWord("ke") { r.skipSpaces() }
        guard r.matchWord("tu") else { return (nil, nil) }
        r.skipSpaces()
        let hasDay = r.matchWord("ngay")
        r.skipSpaces()
        if days == 0, let date = r.readDate() { return (date, r.position) }
        guard hasDay else { return (nil, nil) }
        let base: SimpleDate?
        if r.matchWord("ky") || r.matchWord("ban hanh") { base = signed }
        else if r.matchWord("thong qua") || r.matchWord("duoc thong qua") { base = passed ?? signed }
        else { return (nil, nil) }
        r.skipSpaces()
        _ = r.matchWord("ban hanh")
        return (base.map { $0.adding(days: days) }, r.position)
    }
}

extension SimpleDate {
    /// The date `days` later (`sau 10 ngày, kể từ ngày ký`), or earlier when `days` is negative
    /// (`hết hiệu lực từ ngày 01/01/2026`: in force through the day before).
    func adding(days: Int) -> SimpleDate {
        var (y, m, d) = (year, month, day + days)
        while d > SimpleDate.daysIn(month: m, year: y) {
            d -= SimpleDate.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += SimpleDate.daysIn(month: m, year: y)
        }
        return SimpleDate(year: y, month: m, day: d) ?? self
    }
}
