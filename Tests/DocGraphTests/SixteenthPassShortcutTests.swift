import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's sixteenth pass, each held to the slower path it stands for, on the
/// texts of the fifteenth pass (the sample corpus, the evaluation set's real documents, marks apart,
/// markup and references) and tricky forms of each: charters by short name, words glued to digits,
/// deadline phrases cut at a line's end, upper case beyond ASCII, marks apart and line breaks.
@Suite("Sixteenth-pass shortcuts give the answers of the paths they replace")
struct SixteenthPassShortcutTests {
    static let tricky: [String] = [
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh", "căn cứ điều lệ Đoàn và", "Điều lệ Công đoàn Việt Nam", "Điều lệ Đảng", "điều lệ đảng",
        "Điều lệ", "điều lệ công đoàn", "Điều lệ Đoàn Thanh niên", "dieu le doan", "đdiều lệ Đoàn", "2026Điều lệ Đoàn", "Nghị quyết Đại hội XIV",
        "Luật Đất đai, Luật Nhà ở", "Hiến pháp năm 2013", "QCVN 01:2021/BXD", "văn kiện Đại hội", "abcLuật Tổ chức Chính phủ",
        "hoàn thành trước ngày 30/6", "xong trước", "chậm nhất ngày", "ho", "hoa", "tru", "xon", "cha", "chậm  nhất", "xhoàn thành",
        "ỦY BAN NHÂN DÂN", "Ủy ban", "TỈNH ỦY THANH HÓA", "TỈNH Ủy", "A", "AB", "A1B", "ĐẢNG BỘ HUYỆN CƯ M'GAR", "U\u{31B}\u{309}Y BAN",
        "ÜBER", "ǅA", "ǄA", "ẞ", "ẞA", "ẖA", "Ḁ Ḁ", "AB\r\nCD", "AB\r\ncd", "\u{00AD}AB", "A\u{00A9}B", "ΑΒΓ", "AB αβ", "AB\u{301}C",
        "ab\u{301}", "QUY ĐỊNH\u{200D}X", "TỈNH\u{A0}THANH HÓA", "Ỉ", "ỉ", "", " ", "12", "A-B", "Phó Chủ tịch UBND tỉnh Nguyễn Văn Tuấn",
        "UBND tỉnh Thanh Hóa; Tỉnh ủy Nghệ An; Thành phố Hồ Chí Minh", "tỉnh Bà Rịa-Vũng Tàu", "TỈNH QUẢNG NAM",
    ]

    static let texts: [String] = FifteenthPassShortcutTests.texts + tricky + tricky.map(\.decomposedFoundation)

    @Test("names found passing over the rest of a word are the names found asking every byte")
    func namedDocumentsSkippingWords() {
        var found = 0
        for text in Self.texts {
            let folded = FoldedText(text)
            let seg = TextSegment(folded, range: 0..<folded.bytes.count)
            let fast = NamedDocuments.scan(seg).map { "\($0.range) \($0.name) \($0.typeWord) \(String(describing: $0.date)) \(String(describing: $0.amendedBy)) \(String(describing: $0.subject)) \($0.isNumbered)" }
            let slow = NamedDocuments.scanAskingEveryByte(seg).map { "\($0.range) \($0.name) \($0.typeWord) \(String(describing: $0.date)) \(String(describing: $0.amendedBy)) \(String(describing: $0.subject)) \($0.isNumbered)" }
            #expect(fast == slow, "\(text.prefix(80).debugDescription)")
            found += fast.count
        }
        #expect(found > 30)
    }

    @Test("a deadline phrase found by the second-byte table is the one found by the switch")
    func deadlineBySecondByte() {
        var held = 0
        for text in Self.texts {
            let folded = FoldedText(text)
            let b = folded.bytes
            for k in 0..<folded.lineCount {
                let line = folded.trimmedRange(ofLine: k)
                for end in [line.upperBound, max(line.lowerBound, line.upperBound - 1), max(line.lowerBound, line.upperBound - 3)] {
                    for start in [line.lowerBound, min(end, line.lowerBound + 1)] {
                        let range = start..<end
                        let slow = SentenceTasks.mayHoldDeadlineBySwitch(b, range)
                        #expect(SentenceTasks.mayHoldDeadline(b, range) == slow, "\(folded.originalLine(k).prefix(80).debugDescription) \(range)")
                        #expect(slow == SentenceTasks.mayHoldDeadlineByScans(b, range) || start > line.lowerBound)
                        if slow { held += 1 }
                    }
                }
            }
        }
        #expect(held > 10)
    }

    @Test("the second-byte table opens the four phrases and nothing else")
    func deadlineSecondTable() {
        let opened = (0..<256).filter { SentenceTasks.deadlineSecond[$0] != 0 }.map { Character(Unicode.Scalar(UInt8($0))) }
        #expect(String(opened) == "chtx")
    }

    @Test("upper case read from the table is upper case read by characters")
    func upperCaseByTable() {
        var upper = 0, asked = 0
        for text in Self.texts {
            // The whole text, each line, and each line's words: headers, names and single words.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let words = lines.prefix(60).flatMap { $0.split(separator: " ").map(String.init) }
            for s in [text] + lines + words {
                let fast = DocumentSplitter.isUpperCase(s)
                #expect(fast == DocumentSplitter.isUpperCaseByCharacters(s), "\(s.prefix(80).debugDescription)")
                asked += 1
                if fast { upper += 1 }
            }
        }
        #expect(asked > 5_000)
        #expect(upper > 100)
    }

    @Test("the case table holds what each character says of itself")
    func caseKindsTable() {
        for v in Array(UInt32(0)..<0x250) + Array(UInt32(0x1E00)..<0x1F00) {
            let c = Character(Unicode.Scalar(v)!)
            let kind = DocumentSplitter.caseKinds[Int(v < 0x250 ? v : 0x250 + v - 0x1E00)]
            #expect(kind == (c.isLetter ? (c.isUppercase ? 1 : 2) : 0))
            // And a lone letter and a doubled one answer as the character does.
            #expect(DocumentSplitter.isUpperCase(String(c) + String(c)) == DocumentSplitter.isUpperCaseByCharacters(String(c) + String(c)), "\(v)")
        }
    }

    @Test("a remembered place is the place read again")
    func placeRemembered() {
        var placed = 0
        let names = ["Thanh Hóa", "THANH HÓA", "Nghệ An", "Nguyễn Văn Tuấn", "Hà Nội", "HÀ NỘI", "về việc", "Quảng Nam", "QUẢNG NAM", "Bà Rịa-Vũng Tàu",
                     "BẮC NINH", "Lào Cai", "Trần Hưng Đạo", "Phú Tân", "X", "Đảng", "Ủy", "Lê", "Lê Lợi", "Hồ Chí Minh", "THANH HO\u{301}A"]
        for name in names + names.map(\.decomposedFoundation) {
            // Twice: the second answer is the remembered one.
            for _ in 0..<2 {
                let fast = Locality.readablePlace(name)
                #expect(fast == Locality.readablePlaceReadingAgain(name), "\(name.debugDescription)")
                if fast != nil { placed += 1 }
            }
        }
        #expect(placed > 10)
        // Localities of whole documents: the slow path asks every byte and reads every place again.
        for text in Self.texts {
            let folded = FoldedText(text)
            #expect(Locality.find(folded, lines: 0..<folded.lineCount) == Locality.find(folded, lines: 0..<folded.lineCount, askingEveryByte: true))
        }
    }

    /// Words before quotation marks: corrections' wordings, titles' kinds, and near misses.
    static let quoted: [String] = [
        "đã ghi \"a\"", "ghi là: \"a\"", "viết là \"a\"", "đã viết\n\"a\"", "đã in \"a\"", "in là \"a\"", "ghi \"a\"", "x ghi \"a\"",
        "sửa lại là \"a\"", "sửa là \"a\"", "sửa thành \"a\"", "lại thành \"a\"", "đọc là \"a\"", "đọc thành \"a\"", "đã ghi là \"a\"",
        "nay đã ghi \"a\"", "ghila \"a\"", "in \"a\"", "là \"a\"", "đ\u{1A}ghi \"a\"", "1 ghi \"a\"", "\"a\"", " \"a\"", "::\"a\"",
        "theo Kế hoạch \"Thực hiện\"", "phong trào \"a\"", "cuộc vận động  \"a\"", "chủ đề \"a\"", "khẩu hiệu \"a\"", "cuộc thi \"a\"",
        "Nghị quyết \"a\"", "xnghị quyết \"a\"", "quyết \"a\"", "hoạch \"a\"", "ke hoach \"a\"", "2026 \"a\"",
    ]

    @Test("a correction's wording read in place is the wording read as strings")
    func correctionWordsInPlace() {
        var said = 0
        for text in Self.texts + Self.quoted {
            let b = FoldedText(text).bytes
            for i in b.indices where b[i] == UInt8(ascii: "\"") || i % 7 == 0 {
                let fast = CitationScanner.correctionWords(b, before: i)
                #expect(fast == CitationScanner.correctionWordsByStrings(b, before: i), "\(text.prefix(60).debugDescription) \(i)")
                if fast != nil { said += 1 }
            }
        }
        #expect(said > 12)
    }

    @Test("a title's kind found by its last byte is the kind found comparing every kind")
    func quotesTitleByLastByte() {
        var titles = 0
        for text in Self.texts + Self.quoted {
            let b = FoldedText(text).bytes
            for i in b.indices where b[i] == UInt8(ascii: "\"") || i % 5 == 0 {
                let fast = CitationScanner.quotesTitle(b, before: i)
                #expect(fast == CitationScanner.quotesTitleByStrings(b, before: i), "\(text.prefix(60).debugDescription) \(i)")
                if fast { titles += 1 }
            }
        }
        #expect(titles > 8)
    }

    @Test("identifiers found passing over the bytes before each digit are the identifiers found asking every byte")
    func identifiersFromDigits() {
        var found = 0
        let extra = ["số68/2010/QĐ-UBND", "s20/2008/NĐ-CP", "28NQ/TW", "28 NQ/TW", "30c/NQ-CP", "12a/QĐ-UBND", "a1-NQ/TW", "/1-NQ/TW", "-2-KH/TU",
                     ".3-CT/TW", "so 4-NQ/TW", "xs5-NQ/TW", "1234567-NQ/TW", "9", "Số: 01/2026/NQ-HĐND", "123456/QĐ-UBND 12/QĐ-UBND"]
        for text in Self.texts + extra {
            let folded = FoldedText(text)
            for alone in [false, true] {
                for range in [0..<folded.bytes.count, min(1, folded.bytes.count)..<folded.bytes.count, 0..<(folded.bytes.count / 2)] {
                    let seg = TextSegment(folded, range: range)
                    let fast = IdentifierGrammar.scan(seg, alone: alone).map { "\($0.range) \(String(describing: $0.id)) \($0.writtenTU)" }
                    let slow = IdentifierGrammar.scanAskingEveryByte(seg, alone: alone).map { "\($0.range) \(String(describing: $0.id)) \($0.writtenTU)" }
                    #expect(fast == slow, "\(text.prefix(80).debugDescription) \(range) \(alone)")
                    found += fast.count
                }
            }
        }
        #expect(found > 100)
    }

    @Test("cells split at the tabs memchr finds are the cells split asking every byte")
    func cellsByMemchr() {
        var cells = 0
        let extra = ["1\tLập kế hoạch\tBan Tuyên giáo\tQuý I/2026", "\t\t", "\t", "a\t", "\ta", "| 1 | a | b |", "|a|b", "a | b\tc",
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\t10", " \t x \t "]
        for text in Self.texts + extra {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let line = folded.foldedRange(ofLine: k)
                for range in [line, line.lowerBound..<max(line.lowerBound, line.upperBound - 1), min(line.upperBound, line.lowerBound + 1)..<line.upperBound] {
                    let fast = TaskTableParser.splitCells(folded, range)
                    #expect(fast == TaskTableParser.splitCellsAskingEveryByte(folded, range), "\(folded.originalLine(k).prefix(60).debugDescription) \(range)")
                    cells += fast.count
                }
            }
        }
        #expect(cells > 1_000)
    }
}
