import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's twenty-first pass (extraction's cost per document), each held to the slower path it
/// stands for: names tried at every byte, `Character`s made for every scalar, a line split whole, openings asked on
/// characters; on the lines of the sixteenth pass's texts (the sample corpus, the evaluation set's real documents, marks
/// apart, markup), the twentieth pass's lines and tricky forms of each.
@Suite("Twenty-first-pass shortcuts give the answers of the paths they replace")
struct TwentyFirstPassShortcutTests {
    static let signatures: [String] = [
        "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A", "TM.  BAN   CHẤP HÀNH  ", "T/L BAN BÍ THƯ CHÁNH VĂN PHÒNG",
        "TM BỘ CHÍNH TRỊ", "tm. ban thường vụ", "T/M \u{301}BAN", "TL. BAN BÍ THƯ", "T/M", "TM. ", "T/M TỈNH ỦY TL. BÍ THƯ", "TM. A", "TM. AB .",
        "**T/M BAN THƯỜNG VỤ**", "T/M ĐẢNG ỦY Q. BÍ THƯ", "T/M HUYỆN ỦY Bí thư", "T/M BAN CHẤP HÀNH\tĐẢNG BỘ", "T/M ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
        "TM. BAN THUONG VU\u{A0}TINH UY", "T/M BAN THƯỜNG VỤ kt. bí thư", "TM. CHÍNH PHỦ THỦ TƯỚNG",
    ]

    @Test("a signature's words taken one by one name the body the whole split named")
    func signatureWords() {
        var named = 0, differing: [String] = []
        for line in Self.signatures + Self.signatures.map(\.decomposedFoundation) + TwentiethPassShortcutTests.lines.original {
            let t = FoldedText(line)
            guard t.lineCount > 0 else { continue }
            let f = t.foldedLine(0), original = t.originalLine(0)
            let fast = DocumentIdentity.signatureBody(f, original), slow = DocumentIdentity.signatureBodySplittingAll(f, original)
            if fast != slow { differing.append(line.debugDescription) }
            if slow != nil { named += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(named >= 15)
    }

    @Test("proper names tried at a word's starts are those tried at every byte")
    func properNamesAtWordStarts() {
        var changed = 0
        let places: [String?] = [nil, "Thanh Hóa", "Hồ Chí Minh", "Hà Nội", "Bà Rịa - Vũng Tàu", "Nam", "Việt", "ủy"]
        for line in SixthPassShortcutTests.lines + ["Hồ Chí Minh Hồ Chí Minhx xHồ Chí Minh", "ban thường vụ tỉnh ủy thanh hóa thanh hóa", "phi chính phủ chính phủ",
                                                    "việt nam việt namviệt nam việt", "nam nam", "ủy ban nhân dân ủy ban"] {
            for place in places {
                let fast = DocumentIdentity.restoringProperNames(line, place: place)
                let slow = DocumentIdentity.restoringProperNamesAtEveryByte(line, place: place)
                #expect(fast.utf8.elementsEqual(slow.utf8), "\(line.debugDescription) in \(place ?? "–")")
                if slow != line { changed += 1 }
            }
        }
        #expect(changed > 100)
    }

    @Test("a plain scalar's letter and case flags are its character's")
    func plainScalarFlags() {
        for v in UInt32(0)..<0x2000 {
            for uppercase in [false, true] {
                #expect(Locality.plainScalarIs(v, uppercase: uppercase) == Locality.plainScalarIs(v, uppercase: uppercase, askingCharacters: true), "\(v)")
            }
        }
    }

    @Test("the words after a trigger read with the flags are those read with characters")
    func plainWordsByFlags() {
        var read = 0, differing: [String] = []
        for line in TwentiethPassShortcutTests.lines.original + ["BÀ RỊA-VŨNG TÀU", "Bà Rịa-vũng Tàu", "THANH HÓA-", "A-Ǆ", "Ǆǅǆ ǈ", "ǅA", "Ⅻ LÀO CAI", "ß Ä ÿ", "Ḁḁ ẞ"] {
            let o = Array(line.utf8)
            for start in o.indices where o[start] < 0x80 || o[start] >= 0xC0 {
                for end in [o.count, min(o.count, start + 12)] {
                    let fast = Locality.plainWords(o, from: start, end: end), slow = Locality.plainWords(o, from: start, end: end, askingCharacters: true)
                    if fast != slow { differing.append("\(line.debugDescription) \(start)") }
                    if let slow, !slow.isEmpty { read += 1 }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(read > 1000)
    }

    @Test("openings asked on a folded line's bytes answer as on its characters")
    func openingsOnBytes() {
        var yes = 0, differing: [String] = []
        let extra: [Substring] = ["can cu luat", "can cu:", "dieu 1.", "chuong ii", "phan i", "ke hoach so 12", "ngay 28/10/2022, thuong truc", "ngay mai",
                                  "thuc hien nghi quyet", "hom nay", "vao ngay", "quyet dinh so", "quyet dinh so\r\n", "can cu\r\n", "de an so 3", "luat so"]
        for f in TwentiethPassShortcutTests.lines.folded + extra {
            for line in [f, f.drop { $0 == " " || $0 == "\t" }, f.drop { $0 == "-" || $0 == "+" || $0 == " " }] {
                let preamble = DocumentIdentity.startsPreamble(line)
                if preamble != DocumentIdentity.startsPreambleAskingCharacters(line) { differing.append("preamble \(line.debugDescription)") }
                let after = DocumentIdentity.opensTextAfterSubject(line)
                if after != DocumentIdentity.opensTextAfterSubjectAskingCharacters(line) { differing.append("after \(line.debugDescription)") }
                for head in DocumentIdentity.authorityHeads + ["khoa ", "ky hop"] where DocumentIdentity.opens(line, head) != line.hasPrefix(head) {
                    differing.append("\(head) \(line.debugDescription)")
                }
                if preamble { yes += 1 }
                if after { yes += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(yes > 20)
    }

    /// Every scalar `nfc` answers without Foundation, alone, after a letter, and before a mark.
    static let plainScalars: [String] = ([0x09] + Array(0x20..<0x7F) + Array(0xA0..<0x250) + Array(0x1E00..<0x1F00)).map { String(Character(Unicode.Scalar(UInt32($0))!)) }

    @Test("a code of plain scalars is its own NFC, as Foundation says")
    func nfcOfPlainScalars() {
        var differing: [String] = []
        let codes = Self.plainScalars + Self.plainScalars.map { "Q\($0)" } + Self.plainScalars.map { "\($0)\u{301}" } + Self.plainScalars.map { "\($0)\u{1100}" }
            + ["QĐ", "HĐND", "QÐ", "UBND", "KH-UBND", "SGD&ĐT", "Q\u{110}", "D\u{335}", "BCĐ", "TƯ", "TU\u{31B}", "Ư\u{301}", "ĐT", "Å", "\u{212B}", "Ω", "\u{2126}"]
        for code in codes + TwentiethPassShortcutTests.lines.original where IdentifierGrammar.nfc(code) != IdentifierGrammar.nfcAskingFoundation(code)
            || !IdentifierGrammar.nfc(code).utf8.elementsEqual(IdentifierGrammar.nfcAskingFoundation(code).utf8) {
            differing.append(code.debugDescription)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    @Test("a name folded in one pass is the name folded through an array")
    func foldedInOnePass() {
        var differing: [String] = []
        let names = Self.plainScalars + ["", "NQ", "TW", "Ban Bí thư", "kt.", "T/M", "<b>TỈNH ỦY</b>", "a<b", "ABC\u{7F}", "\t\r\n", "[1]", "\\n", "&amp;", "Ủy ban"]
        for name in names + TwentiethPassShortcutTests.lines.original + TwentiethPassShortcutTests.lines.folded.map(String.init)
            where !name.folded.utf8.elementsEqual(name.foldedThroughArray.utf8) {
            differing.append(name.debugDescription)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    static let mottoLines: [String] = [
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH THUẬN Độc lập - Tự do - Hạnh phúc", "BAN CHẤP HÀNH TRUNG ƯƠNG      ĐẢNG CỘNG SẢN VIỆT NAM",
        "BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN ỦY   đảng cộng sản việt nam", "TỈNH ỦY  Đảng Cộng sản", "SỞ Y TẾ   Doc lap tu do",
        "A   Cộng hòa xã hội", "A   D", "A   ", "   CỘNG HÒA", "ĐẢNG BỘ TỈNH   Đoàn thanh niên cộng sản Hồ Chí Minh rất dài dài dài dài dài dài dài dài",
        "X   Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc đây là bốn mươi ký tự", "UBND  đ", "UBND    Độc lập-Tự do", "AB CDEF",
    ]

    @Test("a motto's column found on a plain line's bytes is the one found on its characters")
    func mottoColumnOnBytes() {
        var yes = 0, asked = 0, differing: [String] = []
        for line in Self.mottoLines + EighteenthPassShortcutTests.headerLines + TwentiethPassShortcutTests.lines.original where DocumentIdentity.isPlainCellLine(line) {
            let u = line.utf8
            var starts = [u.startIndex]
            for k in u.indices where u[k] == 0x09 || u[k] == UInt8(ascii: "|") { starts.append(u.index(after: k)) }
            for start in starts {
                for i in u.indices where i > start && u[i] == 0x20 {
                    let fast = DocumentIdentity.mottoColumnPlain(line, at: i, cellStart: start)
                    if fast != DocumentIdentity.mottoColumn(line, at: i, cellStart: start) { differing.append("\(line.debugDescription) \(u.distance(from: u.startIndex, to: i))") }
                    asked += 1
                    if fast { yes += 1 }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(yes >= 8 && asked > 1000)
    }

    @Test("a weekday trimmed on bytes is a weekday trimmed by Foundation")
    func weekdayOnBytes() {
        var yes = 0, differing: [String] = []
        let extra = ["thu hai", " thu sau ", "\tchu nhat", "thu 7  ", "thu  7", "thu hai,", "thứ hai", "\u{A0}thu hai", "thu hai\u{2003}", "", " ", "chu nhat\t\t"]
        for line in extra + TwentiethPassShortcutTests.lines.folded.map(String.init) {
            let b = Array(line.utf8)
            for words in [b[...], b.prefix(9), b.dropFirst(1).prefix(10)] {
                let fast = DocumentIdentity.isWeekday(words)
                if fast != DocumentIdentity.isWeekdayAskingFoundation(words) { differing.append(line.debugDescription) }
                if fast { yes += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(yes >= 6)
    }
}
