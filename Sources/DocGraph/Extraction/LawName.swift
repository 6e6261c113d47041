/// The name a law is cited by right before its number: `Luật Đất đai số 45/2013/QH13`, `Bộ luật Lao
/// động số 45/2019/QH14`, `Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14`; none in
/// `Luật số 77/2015/QH13`.
///
/// The number is the law's identity; the name lets the graph know the same law when another text
/// cites it by name and year (`Luật Đất đai năm 2013`, see `GraphBuilder`'s law aliases).
enum LawName {
    /// The law's name ending at `end` (before `số`, or before the number itself), as written and
    /// tidied; nil when no capitalised `Luật`, `Bộ luật` or `Pháp lệnh` opens it within its clause.
    static func before(_ seg: TextSegment, at end: Int) -> String? {
        let b = seg.bytes
        let reader = ByteReader(b)
        var e = end
        while e > 0, ByteReader.isSpace(b[e - 1]) { e -= 1 }
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
                // another's name; the number is the amending law's.
                var p = head.lowerBound
                while p > 0, ByteReader.isSpace(b[p - 1]) { p -= 1 }
                var q = p
                while q > 0, ByteReader.isLetter(b[q - 1]) { q -= 1 }
                // But `… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 … và Luật Các tổ chức
                // tín dụng số 32/2024/QH15`: each law it amends is given with its own number.
                if ["cua", "va"].contains(String(decoding: b[q..<p], as: UTF8.self)), lawNumbers(b, around: e) < 2 { return nil }
                return FoldedText.tidy(seg.originalText(head.lowerBound..<e))
            }
            k = w
        }
        return nil
    }

    /// How many laws' numbers (`…/QH15`) the clause around `k` holds, between its `;` or `.`.
    private static func lawNumbers(_ b: [UInt8], around k: Int) -> Int {
        var start = k
        while start > 0, k - start < 600, b[start - 1] != UInt8(ascii: ";"), b[start - 1] != UInt8(ascii: ".") { start -= 1 }
        var end = k
        while end < b.count, end - k < 600, b[end] != UInt8(ascii: ";"), !(b[end] == UInt8(ascii: ".") && !(end + 1 < b.count && ByteReader.isDigit(b[end + 1]))) { end += 1 }
        var count = 0
        var i = start
        while i + 3 <= end {
            if b[i] == UInt8(ascii: "/"), b[i + 1] == UInt8(ascii: "q"), b[i + 2] == UInt8(ascii: "h") { count += 1 }
            i += 1
        }
        return count
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
