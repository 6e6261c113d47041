import Foundation
import Testing
@testable import DocGraph

/// Extraction decides many small questions on bytes instead of strings (issue #12). Each
/// shortcut must give the answer the string form gives; these tests hold them to it on the
/// forms where bytes and characters part: NFD marks, markup, white space, non-ASCII ends.
@Suite("Byte shortcuts give the string answers")
struct ByteShortcutTests {
    /// Texts where one character is several scalars, markup is dropped, or spaces are unusual.
    static let tricky: [String] = [
        "Ban Chấp hành Trung ương", "ban chấp hành", "Đảng bộ tỉnh", "đảng", "Ủy ban", "ủy ban",
        "U\u{31B}\u{309}y ban", "u\u{31B}\u{309}y", "A\u{309}", "a\u{309}", "<b>Tỉnh</b> ủy", "*Nghệ* An", "\\Hà",
        " \u{301}x", "\tTỉnh", "\u{A0}Hà Nội", "“Quy định”", "1. Ban hành", "#Nghệ", "_Lào", "ǅx", "Ωmega", "x",
        "QĐ-TTg", "Hà Nội, ngày 17 tháng 11 năm 2022", "🇻🇳 Việt", "e\u{301}\u{323}", "\r\nA", "Z",
    ]

    @Test("the case of a character read from its bytes is Character.isUppercase")
    func originalCase() {
        for text in Self.tricky {
            let folded = FoldedText(text)
            let segment = TextSegment(folded, range: 0..<folded.bytes.count)
            for i in 0..<folded.bytes.count {
                let quoted = segment.originalText(i..<(i + 1)).first?.isUppercase ?? false
                #expect(segment.startsUpperCase(at: i) == quoted, "\(text) at folded byte \(i)")
            }
        }
    }

    @Test("String.folded on ASCII is what FoldedText folds")
    func asciiFolding() {
        var samples = ["NQ", "TW", "BTCTW", "QĐi", "Ban Bí thư", "a*b\\c#d_e", "x\r\ny", "<b>tag</b>", "a<b", "\u{1}\u{7F}~"]
        samples.append(String(decoding: (1..<128).map { UInt8($0) }, as: UTF8.self))
        for s in samples { #expect(s.folded == String(decoding: FoldedText(s).bytes, as: UTF8.self), "\(s.debugDescription)") }
    }

    @Test("trimming on bytes trims what trimming characters does")
    func trimming() {
        func reference(_ s: String, _ set: String) -> String {
            var t = Substring(s)
            while let f = t.first, set.contains(f) { t.removeFirst() }
            while let l = t.last, set.contains(l) { t.removeLast() }
            return String(t)
        }
        // `\u{212B}` (Ångström sign) is `Å` (U+00C5) as a character: a set holding it may trim a
        // letter with a diacritic, so letter ends are asked as characters then.
        let sets = [" ", " ,", " *#-", " ,;.:\"“”*", " :*_#\t", " \r\n", "a\u{301}", "e", " \u{212B}", " ệ", "\u{323}"]
        let texts = Self.tricky + ["  , x ,  ", " \u{301} x \u{301} ", "** Ủy **", "“ Quy định ”.", "\r\n x \r\n", "e\u{301}e", "", "   ",
                                   "Å x Å", "\u{212B}x\u{212B}", "ệ, ", " Việt", "ê\u{323}", "“ế”", "ệ\u{323}", "\u{600}ệ"]
        for set in sets {
            for text in texts {
                #expect(text.trimmingCharacters(in: set) == reference(text, set), "\(text.debugDescription) in \(set.debugDescription)")
            }
        }
    }

    @Test("clipping without counting every character clips as counting did")
    func clipping() {
        func reference(_ s: String, _ length: Int) -> String { s.count <= length ? s : String(s.prefix(max(length - 1, 0))) + "…" }
        for text in Self.tricky + ["", "abc", "e\u{301}e\u{301}e\u{301}"] {
            for length in -1...6 { #expect(text.clipped(to: length) == reference(text, length), "\(text.debugDescription) to \(length)") }
        }
    }

    @Test("a colon found on bytes is the colon characters find")
    func colons() {
        func reference(_ s: String, _ skipping: Int) -> String.Index? {
            var seen = 0
            return s.firstIndex { c in
                guard c == ":" else { return false }
                defer { seen += 1 }
                return seen == skipping
            }
        }
        for text in Self.tricky + ["Thời gian thực hiện: Quý III", "a:b:c", ":\u{301}x: y", "ệ: x", "\u{600}: x", "\u{8E2}:x", "\u{110BD}:", "::", "x"] {
            for skipping in 0...2 {
                // nil: characters decide; otherwise the answer must be theirs.
                if let found = ProseTasks.colonIndex(text, skipping) { #expect(found == reference(text, skipping), "\(text.debugDescription) after \(skipping)") }
            }
        }
        #expect(ProseTasks.colonIndex("Thời hạn: Quý I", 0) != nil)
    }

    @Test("tidying writes what the byte-by-byte tidy wrote")
    func tidying() {
        func reference(_ s: String) -> String {
            var out: [UInt8] = []
            var pending = false, inTag = false
            for scalar in s.unicodeScalars {
                if inTag { if scalar == ">" { inTag = false; pending = true }; continue }
                if scalar == "<" { inTag = true; continue }
                if scalar == "*" || scalar == "\\" || scalar.properties.isWhitespace && Character(scalar).isWhitespace { pending = true; continue }
                if pending && !out.isEmpty { out.append(0x20) }
                pending = false
                out.append(contentsOf: String(scalar).utf8)
            }
            return String(decoding: out, as: UTF8.self)
        }
        for text in Self.tricky + ["  a  b  ", "<p>Thực hiện</p>\n<b>Kế hoạch</b>", "a\u{2003}b\u{3000}c\u{85}d", "x <unclosed tag", "> y",
                                   "Việt\u{A0}Nam\u{1680}ệ\u{2028}ư\u{202F}ơ\u{205F}đ", "\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            #expect(FoldedText.tidy(text) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test("the folding table built from the Latin blocks is the table of every scalar below U+2300")
    func foldingTable() {
        var full = [UInt8](repeating: FoldedText.other, count: 0x2300)
        for v in 0x80..<0x2300 {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            if (0x0300...0x036F).contains(v) { full[v] = 0; continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            if let first = decomposed.unicodeScalars.first, first.isASCII,
               first.properties.isAlphabetic || first.properties.numericType != nil {
                full[v] = UInt8(first.value) | (first.properties.isAlphabetic ? 0x20 : 0)
            }
        }
        VietnameseFolding.applyOverrides(&full)
        #expect(VietnameseFolding.table == full)
    }

    @Test("a cell called tidy is its tidied text, and its announced document is the one its text announces")
    func announcedFromTheFoldedCell() {
        let cells = ["Ban hành Quy định của Ban Bí thư về kết nạp đảng viên", "Xây dựng Đề án “Các giải pháp nâng cao chất lượng”",
                     "Trình Kế hoạch thực hiện Kết luận số 21-KL/TW", "**Ban hành** Quy chế làm việc", "Ban  hành Quy định về thi đua",
                     "Ban hành Quy định <p>về</p> kết nạp", "Ban hành\\ Quy định", "Ban hành\u{A0}Quy định về tổ chức", " Báo cáo Bộ Chính trị",
                     "Hoa\u{301}n thiện Đề án về tinh gọn", "Ban hành Chỉ thị số 35-CT/TW", "Tham mưu ban hành Kế hoạch của Tỉnh ủy Nghệ An về chuyển đổi số"]
        for cell in cells {
            // A one-row task table: the cell is folded as the file's, then read both ways.
            let text = FoldedText("TT\tNhiệm vụ\tThời gian\n1\t\(cell)\tQuý IV/2026\n")
            let line = text.foldedRange(ofLine: 1)
            let pieces = [TaskTableParser.splitCells(text, line)[1]]
            let parts = pieces.map { Int(text.origin[$0.lowerBound])..<Int(text.origin[$0.upperBound]) }
            let task = text.tidiedOriginal(parts)
            if text.isTidy(parts) { #expect(task == String(decoding: text.original[parts[0]], as: UTF8.self), "\(cell.debugDescription)") }
            let fromCell = AnnouncedDocuments.find(task, cell: (TextSegment(text, pieces: pieces), pieces), in: text)
            #expect(fromCell == AnnouncedDocuments.find(task), "\(cell.debugDescription)")
        }
        // Markup, double spaces and a no-break space are not tidy; plain words with marks are.
        let text = FoldedText("**a** b\nc  d\ne\u{A0}f\nViệt Nam ủy ban\n")
        let tidy = (0..<4).map { k -> Bool in
            let r = text.foldedRange(ofLine: k)
            return text.isTidy([Int(text.origin[r.lowerBound])..<Int(text.origin[r.upperBound])])
        }
        #expect(tidy == [false, false, false, true])
    }
}
