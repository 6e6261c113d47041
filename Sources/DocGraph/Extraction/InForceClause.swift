/// When a document's own text puts it in force, which is not always the day it was signed.
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
/// Not read: another document's effect told in the text (`Luật số 63/2020/QH14 … có hiệu lực từ …`, `… hết hiệu
/// lực kể từ ngày Thông tư này có hiệu lực`): the sentence must open with this document's kind.
enum InForceClause {
    /// The date the document's effect clause gives, or nil when it has none the forms above read.
    ///
    /// A date more than a year before the signing or three years after it is no effect date this
    /// text could mean (a misread clause), and is dropped.
    static func date(_ text: FoldedText, lines: Range<Int>, kinds: [String], signed: SimpleDate?) -> SimpleDate? {
        guard !lines.isEmpty, !kinds.isEmpty else { return nil }
        let start = text.foldedRange(ofLine: lines.lowerBound).lowerBound
        let end = text.foldedRange(ofLine: lines.upperBound - 1).upperBound
        let b = text.bytes
        let reader = ByteReader(b, from: start, end: end)
        var from = start
        while let at = reader.firstIndex(of: "co hieu luc", from: from) {
            from = at + 1
            // `Điều 8. Hiệu lực thi hành` / `Quyết định này có hiệu lực …` (red team, round 16): an article's heading
            // has no full stop; its line's end opens the clause under it.
            let openings = [sentenceOpening(b, before: at, floor: start), lineOpening(b, before: at, floor: start)].compactMap { $0 }
            guard let subjectEnd = openings.lazy.compactMap({ opening in
                      kinds.lazy.compactMap({ ByteReader(b, from: opening, end: at).phraseEnd($0, at: opening) }).first
                  }).first else { continue }
            // `Quyết định có hiệu lực …`, `Quyết định này có hiệu lực …`; a sentence that goes on between
            // (`Nghị quyết này đã được … thông qua ngày … và có hiệu lực …`) needs `này` to be this one's.
            var r = ByteReader(b, from: subjectEnd, end: at)
            r.skipSpaces()
            if r.matchWord("lien tich") { r.skipSpaces() }
            let own = r.matchWord("nay")
            r.skipSpaces()
            guard r.atEnd || own else { continue }
            guard let date = effect(b, after: at + "co hieu luc".utf8.count, end: end, signed: signed,
                                    passed: passedDate(b, from: subjectEnd, to: at)) else { continue }
            if let signed, let floor = SimpleDate(year: signed.year - 1, month: signed.month, day: min(signed.day, 28)),
               let ceiling = SimpleDate(year: signed.year + 3, month: signed.month, day: min(signed.day, 28)),
               date < floor || date > ceiling { return nil }
            return date
        }
        return nil
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

    /// What follows `có hiệu lực`: a date, the signing (or passing), or a number of days after it.
    private static func effect(_ b: [UInt8], after start: Int, end: Int, signed: SimpleDate?, passed: SimpleDate?) -> SimpleDate? {
        var r = ByteReader(b, from: start, end: min(end, start + 160))
        r.skipSpaces()
        if r.matchWord("thi hanh") { r.skipSpaces() }
        var days = 0
        if r.matchWord("sau") {
            r.skipSpaces()
            guard let n = r.readNumber(digits: 1...3) else { return nil }
            r.skipSpaces()
            // `sau 10 (mười) ngày`
            if r.current == UInt8(ascii: "(") {
                while let c = r.current, c != UInt8(ascii: ")") { r.position += 1 }
                r.position += 1
                r.skipSpaces()
            }
            guard r.matchWord("ngay") else { return nil }
            r.skipSpaces()
            if r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces() }
            days = n
        }
        if r.matchWord("ke") { r.skipSpaces() }
        guard r.matchWord("tu") else { return nil }
        r.skipSpaces()
        let hasDay = r.matchWord("ngay")
        r.skipSpaces()
        if days == 0, let date = r.readDate() { return date }
        guard hasDay else { return nil }
        let base: SimpleDate?
        if r.matchWord("ky") || r.matchWord("ban hanh") { base = signed }
        else if r.matchWord("thong qua") || r.matchWord("duoc thong qua") { base = passed ?? signed }
        else { return nil }
        return base.map { $0.adding(days: days) }
    }
}

extension SimpleDate {
    /// The date `days` later (`sau 10 ngày, kể từ ngày ký`).
    func adding(days: Int) -> SimpleDate {
        var (y, m, d) = (year, month, day + days)
        while d > SimpleDate.daysIn(month: m, year: y) {
            d -= SimpleDate.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return SimpleDate(year: y, month: m, day: d) ?? self
    }
}
