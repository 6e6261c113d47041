/// The name a law is cited by right before its number: `Luật Đất đai số 45/2013/QH13`, `Bộ luật Lao
/// động số 45/2019/QH14`, `Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14`; none in
/// `Luật số 77/2015/QH13`.
///
/// The number is the law's identity; the name lets the graph know the same law when another text
/// cites it by name and year (`Luật Đất đai năm 2013`, see `GraphBuilder`'s law aliases).
enum LawName {
    /// The law's name ending at `end` (before `số`, or before the number itself), as written and
    /// tidied, and where it starts; nil when no capitalised `Luật`, `Bộ luật` or `Pháp lệnh` opens
    /// it within its clause.
    static func before(_ seg: TextSegment, at end: Int) -> (name: String, start: Int)? {
        let b = seg.bytes
        let reader = ByteReader(b)
        var e = end
        while e > 0, ByteReader.isSpace(b[e - 1]) { e -= 1 }
        // `… Luật Tổ chức chính quyền địa phương 2019 số 47/2019/QH14`: a year may close the name.
        var y = e
        while y > 0, ByteReader.isDigit(b[y - 1]) { y -= 1 }
        if e - y == 4, y > 0, ByteReader.isSpace(b[y - 1]) {
            var k = y
            while k > 0, ByteReader.isSpace(b[k - 1]) { k -= 1 }
            if k >= 3, reader.phraseEnd("nam", at: k - 3) == k { k -= 3; while k > 0, ByteReader.isSpace(b[k - 1]) { k -= 1 } }
            e = k
        }
        var k = e
        var words: [Range<Int>] = []
        // Back over the name's words: letters and spaces, and a comma before a lower-case word
        // (`Luật Phòng, chống tham nhũng`); anything else ends the clause.
        while k > 0, e - k < 120, words.count < 14 {
            let c = b[k - 1]
            if c == 0x20 || c == 0x0A { k -= 1; continue }
            if c == UInt8(ascii: ","), let next = words.last, !seg.startsUpperCase(at: next.lowerBound) { k -= 1; continue }
            guard ByteReader.isLetter(c) else { return nil }
            var w = k - 1
            while w > 0, ByteReader.isLetter(b[w - 1]) { w -= 1 }
            words.append(w..<k)
            if let head = Self.head(reader, seg, words: words) {
                // `Luật` right before the number names no law.
                guard head.upperBound < e else { return nil }
                // `Luật sửa đổi, bổ sung … của Luật X và Luật Y số 47/2019/QH14`: a law named inside
                // an amending law's name; the number is the amending law's, whose name runs from its
                // own head. But `… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 … và
                // Luật Các tổ chức tín dụng số 32/2024/QH15`: each law it amends has its own number.
                if let start = amendingHead(seg, before: head.lowerBound), !hasLawNumber(b, in: start..<head.lowerBound),
                   !listGoesOn(reader, seg, after: end) {
                    return (FoldedText.tidy(seg.originalText(start..<e)), start)
                }
                return (FoldedText.tidy(seg.originalText(head.lowerBound..<e)), head.lowerBound)
            }
            k = w
        }
        return nil
    }

    /// Where `Luật sửa đổi` (`Luật sửa đổi, bổ sung một số điều của …`, `Luật Sửa đổi bổ sung …`)
    /// opens the clause that reaches `end`, written with its capital; nil when the clause has none.
    static func amendingHead(_ seg: TextSegment, before end: Int) -> Int? {
        let b = seg.bytes
        let reader = ByteReader(b)
        var k = end
        while k > 0, end - k < 320 {
            let c = b[k - 1]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "(") { return nil }
            k -= 1
            guard c == UInt8(ascii: "l"), k == 0 || !ByteReader.isAlnum(b[k - 1]), seg.startsUpperCase(at: k),
                  let head = reader.phraseEnd("luat", at: k) else { continue }
            var r = ByteReader(b, from: head)
            r.skipSpaces()
            if reader.phraseEnd("sua doi", at: r.position) != nil { return k }
        }
        return nil
    }

    /// Whether a law's number (`…/QH15`, `…/UBTVQH14`) stands in `range`.
    private static func hasLawNumber(_ b: [UInt8], in range: Range<Int>) -> Bool {
        func follows(_ code: String, _ k: Int) -> Bool { b[k...].starts(with: code.utf8) }
        return range.contains { b[$0] == UInt8(ascii: "/") && (follows("qh", $0 + 1) || follows("ubtvqh", $0 + 1)) }
    }

    /// Whether another law follows the number that starts at `k` (`số 31/2024/QH15, Luật Nhà ở …`,
    /// `… và Luật Các tổ chức tín dụng …`): the number was that law's own, in a list.
    private static func listGoesOn(_ reader: ByteReader, _ seg: TextSegment, after k: Int) -> Bool {
        let b = reader.bytes
        var p = k
        while p < b.count, ByteReader.isSpace(b[p]) { p += 1 }
        if let so = reader.phraseEnd("so", at: p) { p = so }
        while p < b.count, ByteReader.isSpace(b[p]) { p += 1 }
        // The number itself: digits, letters and `/`, `-`.
        while p < b.count, ByteReader.isAlnum(b[p]) || b[p] == UInt8(ascii: "/") || b[p] == UInt8(ascii: "-") { p += 1 }
        while p < b.count, ByteReader.isSpace(b[p]) { p += 1 }
        if p < b.count, b[p] == UInt8(ascii: ",") { p += 1 } else if let va = reader.phraseEnd("va", at: p) { p = va } else { return false }
        while p < b.count, ByteReader.isSpace(b[p]) { p += 1 }
        return reader.phraseEnd("luat", at: p) != nil && seg.startsUpperCase(at: p)
    }

    /// The head (`Luật`, `Bộ luật`, `Pháp lệnh`) whose last word is the nearest-first `words.last`.
    private static func head(_ reader: ByteReader, _ seg: TextSegment, words: [Range<Int>]) -> Range<Int>? {
        let w = words[words.count - 1]
        if reader.phraseEnd("luat", at: w.lowerBound) == w.upperBound {
            // `Bộ luật`: the word before, capitalised.
            var p = w.lowerBound
            while p > 0, reader.bytes[p - 1] == 0x20 { p -= 1 }
            if p >= 2, reader.phraseEnd("bo", at: p - 2) == p, p - 2 == 0 || !ByteReader.isLetter(reader.bytes[p - 3]),
               seg.startsUpperCase(at: p - 2) { return (p - 2)..<w.upperBound }
            return seg.startsUpperCase(at: w.lowerBound) ? w : nil
        }
        // `Pháp lệnh`: `Pháp` is this word, `lệnh` the one after it.
        if words.count >= 2, seg.startsUpperCase(at: w.lowerBound),
           reader.phraseEnd("phap lenh", at: w.lowerBound) == words[words.count - 2].upperBound {
            return w.lowerBound..<words[words.count - 2].upperBound
        }
        return nil
    }
}
