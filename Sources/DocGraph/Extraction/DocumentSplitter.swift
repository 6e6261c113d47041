import Foundation

/// Splits a file into the documents it holds.
///
/// A bundle such as plan 256-KH/TU followed by the full text of resolution 28-NQ/TW has a
/// second header (`BAN CHẤP HÀNH TRUNG ƯƠNG`, `Số 28-NQ/TW`, a place and date line, a type
/// title). A new document starts at such a header once the current one has closed (its
/// `Nơi nhận:` list or signature block has been seen); appendices (`PHỤ LỤC`) stay with theirs.
public enum DocumentSplitter {
    /// 0-based, half-open line ranges, one per document, covering the file.
    public static func split(_ text: FoldedText) -> [Range<Int>] {
        var starts = [0]
        var closed = false
        var k = 0
        while k < text.lineCount {
            // Most lines open with neither `n` nor `t` and are not a header: the first byte is
            // asked before the line becomes a string.
            let first = text.trimmedRange(ofLine: k).first.map { text.bytes[$0] }
            guard closed || first == UInt8(ascii: "n") || first == UInt8(ascii: "t") || first == UInt8(ascii: "k") || first == UInt8(ascii: "(")
                    || first == UInt8(ascii: "|") else { k += 1; continue }
            // A signature closes a document: on behalf of a body (`T/M`), for its head (`KT.`, `TL.`), or
            // the head's own with `(Đã ký)` under it (real: Bình Dương, two decisions of 2010 in one file).
            if closesDocument(text.bytes, text.trimmedRange(ofLine: k)) {
                closed = true
                k += 1
                continue
            }
            guard closed else { k += 1; continue }
            let whole = text.foldedLine(k)
            let line = whole.hasPrefix("|") ? whole.drop { $0 == "|" || $0 == " " } : whole
            if isNumberLine(text, k) || isTypeTitle(text, k) || isAttachmentCaption(line) {
                var j = k - 1
                while j > starts.last!, isHeaderLike(text, j) { j -= 1 }
                // `Phụ lục` / `(Kèm theo Nghị định số 38/2022/NĐ-CP …)`: an appendix stays with its document.
                // So do a form, a table and a list (`Mẫu 1.1 - Nghị quyết`, `Biểu số 02`, `DANH MỤC …`).
                if isAttachmentCaption(line), (j...k).contains(where: { l in
                    let f = text.foldedLine(l)
                    return ["phu luc", "mau ", "mau:", "bieu ", "danh muc"].contains { f.hasPrefix($0) }
                }) { k += 1; continue }
                // `PHỤ LỤC` / `VĂN BẢN ĐƯỢC THAY THẾ (trích nguyên văn phần đầu để đối chiếu)` over a header: a
                // quotation in the appendix, no document of its own (red team, round 13).
                if quotesHeader(text, block: (j + 1)..<k, floor: starts.last!) { k += 1; continue }
                var start = j + 1
                while start < k, text.foldedLine(start).isEmpty { start += 1 }
                starts.append(start)
                closed = false
            }
            k += 1
        }
        var ranges: [Range<Int>] = []
        for (i, s) in starts.enumerated() {
            let e = i + 1 < starts.count ? starts[i + 1] : text.lineCount
            ranges.append(s..<e)
        }
        return ranges
    }

    /// Whether the lines of a header's block or just above it (up to three, blank lines skipped)
    /// introduce it as a quotation: an appendix's caption (`PHỤ LỤC`) or words saying it is quoted
    /// (`trích`, `TRÍCH NGUYÊN VĂN`, an upper-case caption being read with the header's block, `sao y`).
    static func quotesHeader(_ text: FoldedText, block: Range<Int>, floor: Int) -> Bool {
        var k = block.upperBound - 1, seen = 0
        while k > floor, k >= block.lowerBound || seen < 3 {
            let line = text.trimmedRange(ofLine: k)
            let above = k < block.lowerBound
            k -= 1
            guard !line.isEmpty else { continue }
            if above { seen += 1 }
            let r = ByteReader(text.bytes, from: line.lowerBound, end: line.upperBound)
            if r.peek("phu luc") || r.firstIndex(of: "trich") != nil || r.firstIndex(of: "sao y") != nil { return true }
        }
        return false
    }

    /// Whether a folded line opens a signature block or the list of recipients (`Nơi nhận`, `T/M`,
    /// `KT.`, `TL.`, `(Đã ký)`), also in a table's cell converted to a row (`| TM. ỦY BAN NHÂN DÂN |`).
    /// Asked on the line's bytes: folded text is ASCII, so a byte prefix is a character prefix.
    /// Making every line that opens with `n`, `t` or `k` a string and asking its prefixes as
    /// characters was 1.6 % of the sample shape's extraction (callgrind); `closesDocumentByString`
    /// is the form it is held to.
    static func closesDocument(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        if i < range.upperBound, b[i] == UInt8(ascii: "|") {
            while i < range.upperBound, b[i] == UInt8(ascii: "|") || b[i] == 0x20 { i += 1 }
        }
        let line = b[i..<range.upperBound]
        return line.starts(with: "noi nhan".utf8) || signaturePrefixes.contains { line.starts(with: $0) } || line.elementsEqual("(da ky)".utf8)
    }

    /// `isSignature`'s prefixes, as bytes.
    private static let signaturePrefixes: [[UInt8]] = ["t/m ", "tm. ", "tm ", "kt. ", "kt ", "t/l ", "tl. "].map { Array($0.utf8) }

    /// `closesDocument` on the line's string, as `split` asked it before.
    static func closesDocumentByString(_ text: FoldedText, _ k: Int) -> Bool {
        let whole = text.foldedLine(k)
        let line = whole.hasPrefix("|") ? whole.drop { $0 == "|" || $0 == " " } : whole
        return line.hasPrefix("noi nhan") || isSignature(line) || line == "(da ky)"
    }

    /// `Số 256-KH/TU` alone on a line.
    static func isNumberLine(_ text: FoldedText, _ k: Int) -> Bool { numberLineID(text, k) != nil }

    /// The id on a document's number line: `Số 256-KH/TU`, `Số: 45/2019/NĐ-CP`, `Số 2449 -CV/ĐU`,
    /// `**Số:** 212/KH-UBND`. The id must follow `Số` directly and end the line, or be followed by
    /// a tab: a header table converted to text puts the next cell on the same line
    /// (`Số 15-KH/TU<TAB>ĐẢNG CỘNG SẢN VIỆT NAM`, `Số: 12/NQ-CP<TAB>Hà Nội, ngày …`).
    static func numberLineID(_ text: FoldedText, _ k: Int) -> DocumentID? {
        var range = text.foldedRange(ofLine: k)
        var r = ByteReader(text.bytes, from: range.lowerBound, end: range.upperBound)
        r.skipSpaces()
        // A Markdown table cell: `| Số: 1351/QĐ-UBND | Quảng Ngãi, ngày … |`.
        while r.match("|") { r.skipSpaces() }
        // `Luật số: 80/2015/QH13`, `Nghị quyết số: 653/2019/UBTVQH14`: the National Assembly's and
        // councils' number line names the type first; it needs its colon.
        let typed = r.matchWord("luat") || r.matchWord("nghi quyet") || r.matchWord("phap lenh")
        r.skipSpaces()
        guard r.matchWord("so") else { return nil }
        r.skipSpaces()
        let colon = r.match(":")
        if typed, !colon { return nil }
        r.skipSpaces()
        // `Số:` alone, its number on the next line (a header cell broken by the converter).
        if r.atEnd, colon, k + 1 < text.lineCount {
            range = text.foldedRange(ofLine: k + 1)
            r = ByteReader(text.bytes, from: range.lowerBound, end: range.upperBound)
            r.skipSpaces()
        }
        if let broken = brokenID(text, from: r.position, end: range.upperBound, next: k + 1) { return broken }
        let seg = TextSegment(text, range: r.position..<range.upperBound)
        // The number after `Số:` stands alone: a letter's `Số: 197/STTTT` is an id there.
        let m = IdentifierGrammar.scan(seg, alone: true)
        guard let first = m.first, first.range.lowerBound == 0 else { return filledBlankID(text, from: r.position, end: range.upperBound) }
        var tail = ByteReader(seg.bytes, from: first.range.upperBound)
        tail.skipSpaces()
        // A cell separator (tab, `|`, or the run of spaces a page's layout leaves between columns:
        // `Số 18-NQ/TW          Hà Nội, ngày 25 tháng 10 năm 2017`) or a header collapsed onto one
        // line by a crawler (`Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH …`, with a colon).
        let columnGap = tail.position - first.range.upperBound >= 3
        return tail.atEnd || tail.current == 0x09 || tail.current == UInt8(ascii: "|") || colon || columnGap
            || placeAndDateFollow(tail) ? first.id : nil
    }

    /// `45/QĐ-UBND` alone on its line under the issuer's name, its `Số:` lost (red team, round 32, c1: a converter dropped
    /// the label's run): an id of a type that exists, at the line's start, the line's only word or followed by the place
    /// and date. Asked only of an open header block's lines, where no running text stands.
    static func bareNumberLineID(_ text: FoldedText, _ k: Int) -> DocumentID? {
        let range = text.foldedRange(ofLine: k)
        var r = ByteReader(text.bytes, from: range.lowerBound, end: range.upperBound)
        r.skipSpaces()
        guard let c = r.current, ByteReader.isDigit(c) else { return nil }
        let seg = TextSegment(text, range: r.position..<range.upperBound)
        guard let first = IdentifierGrammar.scan(seg, alone: true).first, first.range.lowerBound == 0, let id = first.id,
              id.form != .named, TypeCodes.isKnownCode(id.typeCode.folded) else { return nil }
        var tail = ByteReader(seg.bytes, from: first.range.upperBound)
        tail.skipSpaces()
        // Alone, or before the place and date (`45/QĐ-UBND     12/03/2025     Quyết định …` is a portal's list; reviewer,
        // session 27).
        return tail.atEnd || placeAndDateFollow(tail) ? id : nil
    }

    /// `Số: 14/2022/` / `QĐ-UBND`, `Số: 14/` / `2022/QĐ-UBND`, `Số: 14/2022/QĐ-` / `UBND`, `Số 05-` / `NQ/TU` (red team, round
    /// 19: a narrow header cell wrapped by the converter): a number line that ends inside its id, on a `/` or a `-`, goes
    /// on at the next line's start. Only the number line: in running text a line's end is no part of an id.
    private static func brokenID(_ text: FoldedText, from start: Int, end: Int, next: Int) -> DocumentID? {
        var last = end
        while last > start, text.bytes[last - 1] == 0x20 || text.bytes[last - 1] == 0x09 { last -= 1 }
        guard last > start, next < text.lineCount, text.bytes[last - 1] == UInt8(ascii: "/") || text.bytes[last - 1] == UInt8(ascii: "-"),
              ByteReader.isDigit(text.bytes[start]) else { return nil }
        let rest = text.trimmedRange(ofLine: next)
        guard !rest.isEmpty else { return nil }
        // The next line's first word only: the header's other column may follow it.
        var wordEnd = rest.lowerBound
        while wordEnd < rest.upperBound, text.bytes[wordEnd] != 0x20, text.bytes[wordEnd] != 0x09 { wordEnd += 1 }
        // Read without the line break between the pieces: an id broken at `/` or `-` has no space there.
        let written = TextSegment(text, range: start..<last).originalText(0..<(last - start))
            + TextSegment(text, range: rest.lowerBound..<wordEnd).originalText(0..<(wordEnd - rest.lowerBound))
        let joined = FoldedText(utf8: Array(written.utf8))
        guard let first = IdentifierGrammar.scan(TextSegment(joined, range: 0..<joined.bytes.count), alone: true).first,
              first.range.lowerBound == 0, first.range.upperBound == joined.bytes.count,
              let id = first.id, TypeCodes.isKnownCode(id.typeCode.folded) else { return nil }
        return id
    }

    /// `Số: 67        /2024/QĐ-UBND` (evaluation batch 24: Hà Nội 67/2024/QĐ-UBND): the number written
    /// into the blank a template leaves before `/YEAR/TYPE-BODY`, `/TYPE-BODY` or a Party text's `-TYPE/BODY`. In running
    /// text a gap this wide parts two columns, so only the number line joins it.
    private static func filledBlankID(_ text: FoldedText, from start: Int, end: Int) -> DocumentID? {
        var r = ByteReader(text.bytes, from: start, end: end)
        while let b = r.current, ByteReader.isDigit(b) { r.position += 1 }
        let digitsEnd = r.position
        guard digitsEnd > start, digitsEnd - start <= 6 else { return nil }
        while let b = r.current, b == 0x20 || b == 0x09 { r.position += 1 }
        guard r.position - digitsEnd >= 2, r.current == UInt8(ascii: "/") || r.current == UInt8(ascii: "-") else { return nil }
        let seg = TextSegment(text, pieces: [start..<digitsEnd, r.position..<end])
        guard let first = IdentifierGrammar.scan(seg, alone: true).first, first.range.lowerBound == 0 else { return nil }
        return first.id
    }

    /// `Số 48-KH/HU Quỳnh Lưu, ngày 10 tháng 3 năm 2022` (OCR's one space between a header's columns): a
    /// place's words, a comma and a date right after the number make it the number line.
    private static func placeAndDateFollow(_ tail: ByteReader) -> Bool {
        var r = tail
        guard let ngay = r.firstIndex(of: ", ngay"), ngay - r.position <= 48 else { return false }
        r.position = ngay + 1
        r.skipSpaces()
        guard r.matchWord("ngay") else { return false }
        r.skipSpaces()
        return r.readDate() != nil
    }

    /// `(Ban hành kèm theo Quyết định số 36/2010/QĐ-UBND …)`: the caption of a text issued with the
    /// decision above it. After the decision's signature it opens that text, even where a web page
    /// dropped the type word above it (`QUY ĐỊNH`, `KẾ HOẠCH`) and left only its title (real:
    /// Đồng Tháp 27/2017, Đà Nẵng 881/2019, Hà Nam 36/2010).
    static func isAttachmentCaption(_ folded: Substring) -> Bool {
        var line = folded.drop { $0 == "(" || $0 == " " || $0 == "*" || $0 == "_" }
        // Fewer characters than the line is something dropped from its front: its start moved (counting both cost
        // 1,100 instructions a line that opens with `n`, `t`, `k`, `(` or `|` after a signature).
        guard line.startIndex != folded.startIndex else { return false }
        if line.hasPrefix("ban hanh ") { line = line.dropFirst(9) }
        return line.hasPrefix("kem theo quyet dinh") || line.hasPrefix("kem theo nghi quyet") || line.hasPrefix("kem theo ke hoach")
            || line.hasPrefix("kem theo chi thi") || line.hasPrefix("kem theo thong tu") || line.hasPrefix("kem theo nghi dinh")
    }

    /// A signature's first line: on behalf of a body (`T/M`, `TM.`), for its head (`KT.`, `TL.`).
    static func isSignature(_ line: Substring) -> Bool {
        line.hasPrefix("t/m ") || line.hasPrefix("tm. ") || line.hasPrefix("tm ") || line.hasPrefix("kt. ") || line.hasPrefix("kt ")
            || line.hasPrefix("t/l ") || line.hasPrefix("tl. ")
    }

    /// A line that is only an upper-case type word: `NGHỊ QUYẾT`, `KẾ HOẠCH`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`.
    static func isTypeTitle(_ text: FoldedText, _ k: Int) -> Bool {
        let folded = text.foldedLine(k)
        // Folded lines and folded type words are ASCII, where equal strings have equal bytes: a word of another
        // length is passed over before `==` compares characters (twice 22 comparisons a line, 87 instructions each;
        // other-hands: 9 M of 540 M on 400 documents).
        let n = folded.utf8.count
        guard TypeCodes.words.contains(where: { $0.folded.utf8.count == n && $0.folded == folded }) else { return false }
        return isUpperCaseLine(text, k)
    }

    /// Whether line `k` is in capitals, its markup left out: a web page's `<h2>NGHỊ QUYẾT</h2>`
    /// is as upper case as the converted `NGHỊ QUYẾT` (the tag's letters are no text).
    static func isUpperCaseLine(_ text: FoldedText, _ k: Int) -> Bool {
        let line = text.originalLine(k)
        return isUpperCase(line.utf8.contains(UInt8(ascii: "<")) ? FoldedText.tidy(line) : line)
    }

    /// Blank, `*`, or an upper-case line that is not part of a signature block.
    private static func isHeaderLike(_ text: FoldedText, _ k: Int) -> Bool {
        let folded = text.foldedLine(k)
        if folded.isEmpty || folded.allSatisfy({ $0 == " " || $0 == "*" }) { return true }
        if isSignature(folded.drop { $0 == "|" || $0 == " " }) || folded.hasPrefix("t/m") || folded.hasSuffix("bi thu") || folded.hasPrefix("truong ban") || folded.hasPrefix("chu tich") { return false }
        return isUpperCaseLine(text, k)
    }

    /// At least two letters, every one upper case.
    ///
    /// A scalar that is one character whatever surrounds it (`simpleScalar`: ASCII but the carriage
    /// return, U+00A0–U+024F, U+1E00–U+1EFF, every precomposed Vietnamese letter) and is followed by
    /// another such scalar or the end is a whole character: its kind is read from a table the
    /// characters themselves filled (`caseKinds`). Anything else (a combining mark, another script)
    /// goes on by characters from there, a character's start. Asked of every header line and name,
    /// the characters cost 180 instructions each (callgrind, 100 `other-hands` documents: 7.9 M of
    /// 182 M). `isUpperCaseByCharacters` is the form it is held to (`SixteenthPassShortcutTests`).
    static func isUpperCase(_ s: String) -> Bool {
        var copy = s
        var letters = 0
        let decided: Int = copy.withUTF8 { u in
            caseKinds.withUnsafeBufferPointer { kinds in
                let n = u.count
                var i = 0
                var next: (value: UInt32, length: Int) = n > 0 ? scalar(u, at: 0) : (0, 0)
                while i < n {
                    let (v, length) = next
                    guard simpleScalar(v) else { return i }
                    let j = i + length
                    if j < n {
                        next = scalar(u, at: j)
                        guard simpleScalar(next.value) else { return i }
                    }
                    let kind = kinds[Int(v < 0x250 ? v : 0x250 + v - 0x1E00)]
                    if kind == 2 { return -1 }
                    if kind == 1 { letters += 1 }
                    i = j
                }
                return n
            }
        }
        if decided < 0 { return false }
        if decided < s.utf8.count {
            for c in s[s.utf8.index(s.utf8.startIndex, offsetBy: decided)...] where c.isLetter {
                guard c.isUppercase else { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    /// `isUpperCase` asking every character, as before issue #12's sixteenth pass.
    static func isUpperCaseByCharacters(_ s: String) -> Bool {
        // Decided at the first letter that is not upper case: a title block asks this of whole
        // paragraphs (10–40 KB lines), which were filtered letter by letter before (callgrind:
        // 90,000 instructions a call in `readTitleBlock`).
        var letters = 0
        for c in s where c.isLetter {
            guard c.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether a scalar is a character of its own next to any other such scalar: no grapheme rule
    /// joins two of them (none extends, is a prepended or spacing mark, a joiner, Hangul or a regional
    /// indicator; the carriage return, which joins a line feed, is left out).
    @inline(__always)
    private static func simpleScalar(_ v: UInt32) -> Bool {
        v < 0x80 ? v != 0x0D : (v >= 0xA0 && v < 0x250) || (v >= 0x1E00 && v < 0x1F00)
    }

    /// The scalar at `i` of valid UTF-8 and its length.
    @inline(__always)
    private static func scalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let x = u[i]
        if x < 0x80 { return (UInt32(x), 1) }
        if x < 0xE0 { return (UInt32(x & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F), 2) }
        if x < 0xF0 { return (UInt32(x & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F), 3) }
        return (UInt32(x & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F), 4)
    }

    /// A simple scalar's character: 0 no letter, 1 an upper-case letter, 2 a letter not upper case;
    /// U+0000–U+024F, then U+1E00–U+1EFF from offset 0x250.
    static let caseKinds: [UInt8] = (Array((0 as UInt32)..<0x250) + Array((0x1E00 as UInt32)..<0x1F00)).map { v -> UInt8 in
        let c = Character(Unicode.Scalar(v)!)
        return c.isLetter ? (c.isUppercase ? 1 : 2) : 0
    }
}
