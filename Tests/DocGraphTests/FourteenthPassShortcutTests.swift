import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's fourteenth pass, each held to the slower path it stands for, on the
/// sample corpus, the evaluation set's real documents and tricky forms: marks apart (NFD), markup and
/// references, line breaks, white space beyond ASCII and non-ASCII ends.
@Suite("Fourteenth-pass shortcuts give the answers of the paths they replace")
struct FourteenthPassShortcutTests {
    static let texts: [String] = {
        let tricky = [
            "Thời gian thực hiện: Quý III/2026", "trước ngày 15/5/2023", "Tháng 4/2026", "Năm 2027", "Giai đoạn 2026 - 2030",
            "6 tháng đầu năm 2026", "sáu tháng đầu năm 2026", "nửa đầu năm 2026", "chín tháng đầu năm 2025", "ba tháng đầu năm",
            "Thường xuyên", "Hằng năm", "Quý I/2026 và thực hiện thường xuyên", "Quý II - 2026", "quý IV năm 2025",
            "Tháng 12/2023. Đánh giá kết quả thực hiện Nghị quyết số 36-NQ/TW, ngày 14/05/2021", "x2026", "2026x", "ngày20/11/2025",
            "(sau đây gọi tắt là Nghị quyết 21)", "(sau đây viết tắt là Nghị quyết Đại hội)", "sau đây gọi là Quy chế", "được gọi là",
            "gọi,tắt là", "gọi tắt  là", "gọi\ntắt\nlà", "agọi tắt là", "gọi tắt làm", "(gọi là", "sau đâygọi là",
            "Ban hành Quyết định thay thế Quyết định số 12/QĐ-UBND", "đã ban hành Nghị quyết thay thế Nghị quyết số 21/2018/NQ-HĐND",
            "sửa đổi, bổ sung Quy chế số 02-QC/HU", "về việc sửa đổi, Bổ sung, thay thế", "về việc sửa đổi, bổ sung",
            "về việc sửa đổi, Đảng ủy", "về việc a, Ủy ban", "về việc a, ủy ban", "về việc a, Ư\u{309}y ban", "về việc a, u\u{31B}\u{309}y ban",
            "về việc a, <b>Ban</b>", "về việc a, &#272;ảng", "về việc a, &amp;b", "về việc a, ích", "về việc a, Ích", "về việc a, é",
            "về việc a,\u{A0}Ban", "về việc a, ban", "về việc a, \u{0111}\u{1EA3}ng", "về việc a, \u{0110}", "về việc a, ǅa",
        ]
        // Documents cut to their first 4,000 characters: headers, preambles and the first tasks, enough forms
        // for each shortcut without asking the slow paths at every byte of every document.
        let all = (FifthPassShortcutTests.texts + ThirteenthPassShortcutTests.texts).map { String($0.prefix(4_000)) } + tricky
        return all + tricky.map(\.decomposedFoundation)
    }()

    /// Words `wordEnding` is asked for: type words, verbs and phrases with spaces, one byte, none.
    static let words: [String] = TypeCodes.words.map(\.folded)
        + ["da ban hanh", "dong thoi ban hanh", "ly do", "so", "gom", "cac to trinh", "xay dung", "du thao", "a", "", " ", "la ", " la"]

    @Test("a word ending read in place is the word ending read from the word's copied bytes")
    func wordEndingInPlace() {
        var asked = 0
        for text in Self.texts {
            let b = FoldedText(text).bytes
            for end in 0...b.count where end == b.count || !ByteReader.isAlnum(b[end]) {
                for word in Self.words {
                    let slow = Array(word.utf8).withUnsafeBufferPointer { CitationScanner.wordEnding(b, at: end, walking: $0) }
                    #expect(CitationScanner.wordEnding(b, at: end, word) == slow, "\(text.prefix(60).debugDescription) \(end) \(word)")
                    asked += 1
                }
            }
        }
        #expect(asked > 10_000)
    }

    /// Phrases `firstIndex` is asked for: alias phrases, recurring deadlines, phrases opening with a space or punctuation.
    static let phrases = AliasPhrases.phrases + ["thuong xuyen", "hang nam", "dinh ky", "nay ", "sau day", "a", "2026", " la", "/", "-kh", ""]

    @Test("a phrase found with memchr is the phrase found asking every byte")
    func firstIndexByMemchr() {
        var asked = 0
        for text in Self.texts {
            let b = FoldedText(text).bytes
            for phrase in Self.phrases {
                for (from, end) in [(0, b.count), (1, b.count), (b.count / 2, b.count), (0, b.count / 2), (3, max(3, b.count - 3)), (b.count, b.count)] {
                    let r = ByteReader(b, from: 0, end: end)
                    #expect(r.firstIndex(of: phrase, from: from) == r.firstIndexAskingEveryByte(of: phrase, from: from),
                            "\(text.prefix(60).debugDescription) \(phrase) \(from)..<\(end)")
                    var positioned = ByteReader(b, from: 0, end: end)
                    positioned.position = from
                    #expect(positioned.firstIndex(of: phrase) == positioned.firstIndexAskingEveryByte(of: phrase))
                    asked += 1
                }
            }
        }
        #expect(asked > 1_000)
    }

    @Test("a deadline read with its first-byte gate is the deadline read asking every byte")
    func deadlineGate() {
        var dated = 0
        for text in Self.texts {
            // Whole texts, each line, and each line cut in two (deadline cells are short).
            var pieces = [text]
            for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(80) {
                pieces.append(String(line))
                pieces.append(String(line.prefix(line.count / 2)))
                pieces.append(String(line.suffix(line.count / 2)))
            }
            for piece in pieces {
                let fast = Deadline.parse(piece)
                #expect(fast == Deadline.parse(piece, askingEveryByte: true), "\(piece.prefix(80).debugDescription)")
                if fast?.date != nil { dated += 1 }
            }
        }
        #expect(dated > 100)
    }

    @Test("a word its bytes tell is lower case is one its quote does not open with a capital")
    func lowerCaseByBytes() {
        var lower = 0
        for text in Self.texts {
            let folded = FoldedText(text)
            let segment = TextSegment(folded, range: 0..<folded.bytes.count)
            let b = segment.bytes
            for k in b.indices where ByteReader.isLetter(b[k]) && (k == 0 || !ByteReader.isAlnum(b[k - 1])) {
                guard CitationScanner.lowerCaseLetter(segment, at: k) else { continue }
                let wordEnd = b[k...].firstIndex { !ByteReader.isLetter($0) } ?? k + 1
                let word = segment.originalText(k..<wordEnd)
                #expect(word.first?.isUppercase != true, "\(text.prefix(60).debugDescription) \(k) \(word.debugDescription)")
                lower += 1
            }
        }
        #expect(lower > 10_000)
    }

    /// Lines that end in a colon or a bracket, counted or not, with the folded lines of the texts.
    static let countLines: [String] = {
        let forms = [
            "tap trung vao 03 nhom nhiem vu sau:", "gom 04 van ban sau:", "nam 2022 (gom 05 nhiem vu):", "ii. nhiem vu (06 nhiem vu)",
            "co 05 nhom giai phap chu yeu:", "quy i/2023 (04 nhiem vu):", "(ngay 15/3/2024)", "ngay 15 thang 3 nam 2024:", "03 nhiem vu:",
            "03,nhiem vu sau:", "03(nhiem vu) sau:", "(03 nhiemvu)", "3 nhom:", "1 nhiem vu sau:", "003 nhiem vu sau:", "gom 12  noi dung sau:",
            "gom 4 de an sau:", "gom 4 dean sau:", "co 2 cong viec:", "co 2 cong  viec:", "gồm 03 nhiệm vụ sau:", "gom ٣ nhiem vu sau:",
            "gom 03 nhiệm vụ sau:", "gom 03\tnhiem vu sau:", "(gom 07 hoat dong)", "x (07 hoat dong)", "07 chi tieu)", "07)", ":", ")", "",
        ]
        var lines = forms
        for text in texts.prefix(400) {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let line = folded.foldedLine(k)
                if line.last == ":" || line.last == ")" { lines.append(String(line)) }
            }
        }
        return lines
    }()

    @Test("a count gated on a number and a noun's first word is the count read word by word")
    func countGate() {
        var counted = 0
        for line in Self.countLines {
            let f = Substring(line)
            let bracketed = f.last == ")"
            let slow = f.last == ":" || bracketed ? ListedItems.statedByWords(f, bracketed: bracketed) : nil
            #expect(ListedItems.stated(f) == slow, "\(line.debugDescription)")
            if slow != nil { counted += 1 }
        }
        #expect(counted >= 10)
    }

    @Test("a line's bytes without the needle are a line Foundation does not find it in")
    func youthUnionGate() {
        let lines = ["doan tncs", "ĐOÀN TNCS", "doan  tncs", "xdoan t", "doan\tt", "doa", "", "d", "doan t", "ban chap hanh doan tinh",
                     "doan\u{301} t", "đoan t", "doan t\u{301}"] + Self.texts.prefix(200).flatMap { text in
            FoldedText(text).bytes.split(separator: 0x0A).prefix(30).map { String(decoding: $0, as: UTF8.self) }
        }
        for line in lines {
            let f = Substring(line)
            if !DocumentIdentity.mayContain(f, "doan t") { #expect(!f.contains("doan t"), "\(line.debugDescription)") }
            if f.utf8.allSatisfy({ $0 < 0x80 }) { #expect(DocumentIdentity.mayContain(f, "doan t") == f.contains("doan t"), "\(line.debugDescription)") }
        }
    }

    @Test("a deadline and an issuer's level remembered by their bytes are the ones read again")
    func remembered() {
        for text in Self.texts.prefix(300) {
            for line in text.split(separator: "\n").prefix(40).map(String.init) {
                // Twice: the first reading fills the memory, the second is read from it.
                #expect(Deadline.parse(line) == Deadline.parse(line, askingEveryByte: false))
                #expect(Deadline.parse(line) == Deadline.parse(line, askingEveryByte: false))
            }
        }
        let issuers: [String?] = [nil, "", "Tỉnh ủy Nghệ An", "TỈNH ỦY NGHỆ AN", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                                  "Bộ Nội vụ", "Bộ Chỉ huy quân sự tỉnh", "Tỉnh đoàn", "Thành đoàn Hà Nội", "UBND quận Liên Chiểu",
                                  "Huyện ủy Gia Lâm", "Chính phủ", "Ban Thường vụ Thành ủy", "T\u{309}nh u\u{309}y", "Hội LHPN huyện Yên Thế", "x"]
        let codes: [String?] = [nil, "", "TU", "HU", "CP", "TTg", "QH14", "BNV", "UBND", "ĐU", "TW", "1", "-"]
        for issuer in issuers {
            for code in codes {
                let read = IssuerLevel.reading(issuer: issuer, code: code)
                #expect(IssuerLevel.of(issuer: issuer, code: code) == read, "\(String(describing: issuer)) \(String(describing: code))")
                #expect(IssuerLevel.of(issuer: issuer, code: code) == read)
            }
        }
        // Pairs whose name and code run together are different keys.
        #expect(IssuerLevel.of(issuer: "u Nghệ An", code: "T") == IssuerLevel.reading(issuer: "u Nghệ An", code: "T"))
        #expect(IssuerLevel.of(issuer: "Tu Nghệ An", code: "") == IssuerLevel.reading(issuer: "Tu Nghệ An", code: ""))
    }

    @Test("a cell whose bytes hold no `</p>` is one paragraph to Foundation")
    func paragraphGate() {
        let cells = ["a</p>b", "</p>", "<p>a</p>", "a</P>b", "a< /p>b", "a</p", "≮/p>", "a\u{338}</p>", "", "x", "Tổ chức</p>\u{301}"]
            + Self.texts.prefix(100).flatMap { $0.split(separator: "\n").prefix(20).map(String.init) }
        for cell in cells where !TaskTableParser.holdsParagraphEnd(ArraySlice(Array(cell.utf8))) {
            #expect(cell.components(separatedBy: "</p>") == [cell], "\(cell.debugDescription)")
        }
        #expect(TaskTableParser.holdsParagraphEnd(ArraySlice(Array("a</p>b".utf8))))
        #expect(TaskTableParser.holdsParagraphEnd(ArraySlice(Array("x</p>".utf8))[1...]))
    }

    @Test("a line's deadline words gated on three bytes are what four scans of the line found, at every cut")
    func deadlineWordsGated() {
        let extra = ["hoàn thành", "hoan than", "ho", "tr", "truoc ngay", "truoc ngayx", "cham nhat", "cha", "xong truoc", "xo", "h", "t",
                     "xong,truoc", "hoàn\nthành", "x hoan thanh", "chậm  nhất", "trước\u{A0}ngày"]
        var held = 0
        for text in Self.texts + extra {
            let folded = FoldedText(text)
            let b = folded.bytes
            for k in 0..<folded.lineCount {
                let line = folded.trimmedRange(ofLine: k)
                // The line, and the line cut inside its last words (a phrase running past the range's end).
                for end in [line.upperBound, max(line.lowerBound, line.upperBound - 1), max(line.lowerBound, line.upperBound - 3)] {
                    let range = line.lowerBound..<end
                    let scans = SentenceTasks.mayHoldDeadlineByScans(b, range)
                    #expect(SentenceTasks.mayHoldDeadline(b, range) == scans, "\(folded.originalLine(k).prefix(80).debugDescription) \(range)")
                    if scans { held += 1 }
                }
            }
        }
        #expect(held > 10)
    }

    @Test("a NUL byte found with memchr is the one found asking every byte")
    func nulByMemchr() {
        let cases: [[UInt8]] = [[], [0], [1, 0], [0xEF, 0xBB, 0xBF, 0x41, 0], Array("Tỉnh ủy".utf8), Array("Tỉnh ủy".utf8) + [0] + Array("x".utf8),
                                Array(repeating: 0x41, count: 100) + [0, 0]]
        for bytes in cases {
            for start in [0, 1, 3, bytes.count] where start <= bytes.count {
                #expect(TextDecoder.firstNUL(bytes, from: start) == bytes[start...].firstIndex(of: 0), "\(bytes.prefix(8)) \(start)")
            }
        }
    }

    @Test("a pool that hashes only spellings not certainly in NFC shares what the pool hashing every spelling shares")
    func poolOfSpellings() {
        let names = ["Ban Tổ chức Trung ương", "Ủy ban nhân dân tỉnh Nghệ An", "“Thực hiện Kế hoạch số 30-KH/QU” — về …", "Quý IV/2026 và thường xuyên",
                     "Kế hoạch thực hiện Nghị quyết", "Sở Kế hoạch và Đầu tư tỉnh", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Ꮶ Kelvin sign \u{212A} here", "ǅemal Džemal ǆ",
                     "Hội đồng nhân dân ‰ ‱ ⁞ tỉnh", "Ω Ohm sign \u{2126} ohms", "Greek ano teleia \u{0387} x", "a\u{0300}\u{0301} stacked marks", "한국어 텍스트입니다 길게"]
        // Each name, its NFD and NFC spellings, in orders where a spelling that is not certain comes first, last or between.
        let spellings = names.flatMap { [$0, $0.decomposedFoundation, $0.precomposedStringWithCanonicalMapping] }
        for order in [spellings, spellings.reversed(), spellings.sorted { $0.utf8.count < $1.utf8.count }, names + names.map(\.decomposedFoundation) + names] {
            var fast = StringPool(), slow = StringPool(askingEverySpelling: true)
            for text in order {
                var a = text, b = text
                fast.share(&a)
                slow.share(&b)
                #expect(Array(a.utf8) == Array(b.utf8), "\(text.debugDescription)")
            }
        }
        // Every scalar the check calls certain is its own NFC, alone and after a letter or a mark's base.
        var certain = 0
        for v in Array(0x20..<0x300) + Array(0x1E00..<0x1F00) + Array(0x2000..<0x2070) + [0x300, 0x301, 0x309, 0x323, 0x1F00, 0x3000] {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for text in [String(Character(scalar)), "a" + String(Character(scalar)), String(Character(scalar)) + "\u{301}x", "ư" + String(Character(scalar))] {
                if StringPool.isCertainlyNFC(text) {
                    #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8), "U+\(String(v, radix: 16))")
                    certain += 1
                }
            }
        }
        #expect(certain > 2_000)
        #expect(!StringPool.isCertainlyNFC("Tỉnh u\u{309}y"))
    }

    @Test("a Party code's committee read on its bytes is the one read by folding it", arguments: [
        "TU", "ĐU", "đu", "Đu", "UBKTĐU", "BTCTW", "QUTW", "ĐUTW", "HU", "QU", "tw", "BCSĐ", "ĐĐ", "CB", "UBND", "TƯ", "Tư",
        "", "T", "U", "12TU", "BTG-TU", "ĐUK", "HĐND", "UBKTHU", "BTGQU",
    ])
    func partyCommitteeByBytes(code: String) {
        let slow = TypeCodes.partyCommitteeByFolding(code)
        let fast = TypeCodes.partyCommittee(ofCode: code)
        #expect(fast?.level == slow?.level && fast?.isCommittee == slow?.isCommittee, "\(code)")
    }
}
