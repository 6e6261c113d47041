/// Documents cited by name rather than number: `Điều lệ Đảng`, `Nghị quyết Đại hội XIV`,
/// `Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ I`, `Luật Tổ chức Chính phủ ngày …`.
enum NamedDocuments {
    /// A found name: folded range and canonical name.
    struct Match {
        var range: Range<Int>
        var name: String
        var typeWord: String
        var date: SimpleDate?
    }

    static func scan(_ s: TextSegment) -> [Match] {
        var result: [Match] = []
        let b = s.bytes
        let reader = ByteReader(b)
        var i = 0
        while i < b.count {
            // Each name starts with its own letter, so only one matcher runs at a word start.
            let c = b[i]
            guard c == UInt8(ascii: "d") || c == UInt8(ascii: "n") || c == UInt8(ascii: "l"),
                  i == 0 || !ByteReader.isAlnum(b[i - 1]) else { i += 1; continue }
            if c == UInt8(ascii: "d"), let e = reader.phraseEnd("dieu le dang", at: i), originalIsCapitalized(s, i) {
                result.append(Match(range: i..<e, name: "Điều lệ Đảng", typeWord: s.originalText(i..<(i + 6)), date: nil))
                i = e
                continue
            }
            if c == UInt8(ascii: "n"), let m = congressResolution(s, at: i) { result.append(m); i = m.range.upperBound; continue }
            if c == UInt8(ascii: "l"), let m = lawByName(s, at: i) { result.append(m); i = m.range.upperBound; continue }
            i += 1
        }
        return result
    }

    /// `Nghị quyết Đại hội XIV`, `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng`,
    /// `Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ I`.
    private static func congressResolution(_ s: TextSegment, at i: Int) -> Match? {
        var r = ByteReader(s.bytes, from: i)
        guard r.matchWord("nghi quyet dai hoi"), originalIsCapitalized(s, i) else { return nil }
        let afterHead = r.position
        r.skipSpaces()
        var ordinal: Int?
        let numeralStart = r.position
        if let n = r.readRoman(), s.originalText(numeralStart..<r.position).allSatisfy({ $0.isUppercase }) {
            ordinal = n
            return Match(range: i..<r.position, name: "Nghị quyết Đại hội \(n.roman)", typeWord: s.originalText(i..<(i + 10)), date: nil)
        }
        r.position = afterHead
        r.skipSpaces()
        if r.matchWord("dai bieu toan quoc") {
            r.skipSpaces()
            if r.matchWord("lan thu") {
                r.skipSpaces()
                if let n = r.readRoman() { ordinal = n }
            }
            guard let n = ordinal else { return nil }
            var end = r.position
            var tail = r
            tail.skipSpaces()
            if tail.matchWord("cua dang") { end = tail.position }
            return Match(range: i..<end, name: "Nghị quyết Đại hội \(n.roman)", typeWord: s.originalText(i..<(i + 10)), date: nil)
        }
        r.position = afterHead
        r.skipSpaces()
        if r.matchWord("dang bo") {
            // `Đảng bộ tỉnh Thái Nguyên lần thứ I`: the body's name runs to `lần thứ`.
            guard let lan = r.firstIndex(of: "lan thu", from: r.position), lan - r.position < 80 else { return nil }
            r.position = lan
            _ = r.matchWord("lan thu")
            r.skipSpaces()
            guard let n = r.readRoman() else { return nil }
            let body = s.originalText(afterHead..<lan)
            return Match(range: i..<r.position, name: "Nghị quyết Đại hội \(body) lần thứ \(n.roman)", typeWord: s.originalText(i..<(i + 10)), date: nil)
        }
        return nil
    }

    /// `Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015`: a law named and dated.
    private static func lawByName(_ s: TextSegment, at i: Int) -> Match? {
        var r = ByteReader(s.bytes, from: i)
        guard r.matchWord("luat"), originalIsCapitalized(s, i) else { return nil }
        let nameStart = r.position
        r.skipSpaces()
        // `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính
        // quyền địa phương ngày …` is one law, named by what it amends: it may be long.
        let amending = r.phraseEnd("sua doi", at: r.position) != nil
        guard let ngay = r.firstIndex(of: "ngay", from: r.position), ngay - nameStart < (amending ? 260 : 90) else { return nil }
        let gap = s.bytes[nameStart..<ngay]
        guard !gap.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") || ByteReader.isDigit($0) || $0 == 0x09 }) else { return nil }
        // A comma inside a name is followed by a lower-case word (`Luật Phòng, chống tham nhũng`);
        // before a capital it separates two laws (`Luật Đất đai, Luật Nhà ở`).
        for comma in gap.indices where s.bytes[comma] == UInt8(ascii: ",") {
            var k = comma + 1
            while k < ngay, ByteReader.isSpace(s.bytes[k]) { k += 1 }
            guard k < ngay, ByteReader.isLetter(s.bytes[k]), !originalIsCapitalized(s, k) || amending else { return nil }
        }
        let nameText = s.originalText(nameStart..<ngay)
        guard let first = nameText.first, first.isUppercase || amending else { return nil }
        r.position = ngay
        _ = r.matchWord("ngay")
        r.skipSpaces()
        guard let date = r.readDate() else { return nil }
        return Match(range: i..<r.position, name: "Luật \(nameText) (\(date.vietnamese))", typeWord: s.originalText(i..<(i + 4)), date: date)
    }

    private static func originalIsCapitalized(_ s: TextSegment, _ i: Int) -> Bool {
        s.originalText(i..<(i + 1)).first?.isUppercase == true
    }

    /// The canonical name for a name typed by a user.
    static func canonicalName(_ text: String) -> String {
        let f = FoldedText(text)
        let seg = TextSegment(f, range: 0..<f.bytes.count)
        if let m = scan(seg).first, m.range.lowerBound == 0 { return m.name }
        return FoldedText.tidy(text)
    }
}
