/// Whether a document is a draft: it decides nothing yet, so what it would replace, repeal or
/// amend is proposed, as a submission's is (red team, rounds 12 and 13: a `DỰ THẢO` decision
/// "replacing" 1520/QĐ-UBND made three later citations of it superseded).
///
/// A draft is told by its header:
/// - a mark alone on its line or in a column of it: `DỰ THẢO`, `Dự thảo`, `(Dự thảo)`, `DỰ THẢO LẦN 2`,
///   `Dự thảo 02`, `*DỰ THẢO*`, in the header or on the few lines just before it (a mark above the
///   header, `(Lần 2 - xin ý kiến các chi bộ)` under it);
/// - a number and a day left blank for the signing: `Số:        /QĐ-UBND` or `Số      -QĐi/ĐU` with
///   `ngày      tháng 10 năm 2024`. One blank alone is not enough: a copy typed from a signed text
///   may lose its number, and a date may be written `ngày … tháng`.
///
/// Not a mark: a title that names a draft (`DỰ THẢO BÁO CÁO CHÍNH TRỊ` is the paper, read as its
/// title), `Dự thảo` inside a sentence.
enum DraftMark {
    /// `header`: the document's lines before its title (its header). Marks and blanks are looked for
    /// there and on the six lines before it: a header whose number is blank does not start the
    /// document (`Số:        /QĐ-UBND` names none), so the splitter leaves it to the text above.
    static func isDraft(_ text: FoldedText, header: Range<Int>) -> Bool {
        let lines = max(0, header.lowerBound - 6)..<max(header.upperBound, header.lowerBound + 1)
        if lines.contains(where: { isMarkLine(text, $0) }) { return true }
        return blankNumber(text, lines) && blankDay(text, lines)
    }

    /// A line with a column that is a draft mark and nothing else: columns are split at tabs and
    /// at runs of three spaces (`pdftotext -layout`, a converted table).
    private static func isMarkLine(_ text: FoldedText, _ k: Int) -> Bool {
        let line = text.trimmedRange(ofLine: k)
        guard line.count >= 7, text.contains("du thao", in: line) else { return false }
        let b = text.bytes
        var start = line.lowerBound
        var i = line.lowerBound
        while i <= line.upperBound {
            let gap = i == line.upperBound || b[i] == UInt8(ascii: "\t") || b[i] == UInt8(ascii: "|")
                || (i + 2 < line.upperBound && b[i] == 0x20 && b[i + 1] == 0x20 && b[i + 2] == 0x20)
            if gap {
                if isMark(b, start..<i) { return true }
                while i < line.upperBound, b[i] == 0x20 || b[i] == UInt8(ascii: "\t") || b[i] == UInt8(ascii: "|") { i += 1 }
                start = i
                if i == line.upperBound { break }
                continue
            }
            i += 1
        }
        return false
    }

    /// `du thao`, `(du thao)`, `*du thao*`, `du thao lan 2`, `du thao 02`, `du thao (lan 3)`.
    private static func isMark(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var lo = range.lowerBound, hi = range.upperBound
        func trims(_ c: UInt8) -> Bool { c == 0x20 || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "*") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: ":") }
        while lo < hi, trims(b[lo]) { lo += 1 }
        while hi > lo, trims(b[hi - 1]) { hi -= 1 }
        var r = ByteReader(b, from: lo, end: hi)
        guard r.matchWord("du thao") else { return false }
        r.skipSpaces()
        if r.atEnd { return true }
        if r.current == UInt8(ascii: "(") { r.position += 1; r.skipSpaces() }
        if r.matchWord("lan") { r.skipSpaces() }
        guard r.readNumber(digits: 1...2) != nil else { return false }
        while let c = r.current, trims(c) { r.position += 1 }
        return r.atEnd
    }

    /// `so:    /qd-ubnd`, `so      -qdi/du`: the number's place left empty before its code.
    private static func blankNumber(_ text: FoldedText, _ header: Range<Int>) -> Bool {
        header.contains { k in
            let line = text.trimmedRange(ofLine: k)
            var r = ByteReader(text.bytes, from: line.lowerBound, end: line.upperBound)
            guard r.matchWord("so") else { return false }
            if r.current == UInt8(ascii: ":") { r.position += 1 }
            let gap = r.position
            r.skipSpaces()
            guard r.position - gap >= 2, let c = r.current, c == UInt8(ascii: "/") || c == UInt8(ascii: "-") else { return false }
            r.position += 1
            return r.current.map(ByteReader.isLetter) ?? false
        }
    }

    /// `ngày      tháng 10 năm 2024`, `ngày …… tháng …`: the day left empty.
    private static func blankDay(_ text: FoldedText, _ header: Range<Int>) -> Bool {
        header.contains { k in
            let line = text.trimmedRange(ofLine: k)
            let reader = ByteReader(text.bytes, from: line.lowerBound, end: line.upperBound)
            guard let at = reader.firstIndex(of: "ngay") else { return false }
            var r = ByteReader(text.bytes, from: at + 4, end: line.upperBound)
            while let c = r.current, c == 0x20 || c == UInt8(ascii: ".") || c == FoldedText.other || c == UInt8(ascii: "_") { r.position += 1 }
            return r.matchWord("thang")
        }
    }
}
