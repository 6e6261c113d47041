import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's fifteenth pass, each held to the slower path it stands for, on the
/// texts of the fourteenth pass (the sample corpus, the evaluation set's real documents, marks apart,
/// markup and references) and tricky forms of each: bullets and spaces before a colon, quotations
/// after colons and across lines, glued words, invalid UTF-8 at every offset.
@Suite("Fifteenth-pass shortcuts give the answers of the paths they replace")
struct FifteenthPassShortcutTests {
    static let tricky: [String] = [
        "Thời gian thực hiện: Quý III/2026", "- Thời gian hoàn thành : Tháng 5/2026", "+ Thời hạn:Năm 2027", "* thời hạn hoàn thành  :  x",
        "Thời hạn", "Thời hạn hoàn thành", "Thời hạn hoàn thành.", "thoi han: a", "Thời gian thực hiện Quý I", "Thời hạn\u{301}: a",
        "Thời gian thực hiện\u{A0}: Quý II", "- - Thời hạn: b", "Thời hạn:: c", "Thời hạn: \u{600}1", "T",
        "được sửa đổi như sau:\n\"Điều 5. Nội dung\"\nkhác", "như sau: \n   \"a\" \"b\"\n\"c\"", "sau:\n\n\"x\"", "\"đầu\"", "  \"đầu\"",
        "cụm từ \"Quyết định số 14/2017/QĐ-UBND\" được thay thế bằng cụm từ \"Quyết định số 31/2018/QĐ-UBND\"",
        "theo Kế hoạch \"Thực hiện Kế hoạch số 30-KH/QU về …\"", "sau:\n\"mở mà không đóng", "a:\"b\"\n:\n \"c\n:\"\n\"d\"",
        "như sau :\t\n\"e\"", "x:\n\"\"\"\n\"", "\"\n\"\n:\n\"", ":\n \"\n:\n\"", "Căn cứQuyết định", "VỀVIỆC BÃI BỎ", "thaythế",
        "tạiTờ trình", "thông quanội dung", "118-KH/ĐUCA", "ASEAN OCOP online", "Banhành", "a\u{1A}b\tc\nd",
    ]

    static let texts: [String] = FourteenthPassShortcutTests.texts + tricky + tricky.map(\.decomposedFoundation)

    @Test("a label read on bytes is the label read by characters")
    func labelValueOnBytes() {
        var asked = 0, found = 0
        for text in Self.texts {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let f = folded.foldedLine(k)
                let fast = ProseTasks.labelValue(f, folded.originalLine(k), labels: ProseTasks.deadlineLabels)
                let slow = ProseTasks.labelValueByCharacters(f, folded.originalLine(k), labels: ProseTasks.deadlineLabels)
                #expect(fast == slow, "\(f.debugDescription)")
                asked += 1
                if fast != nil { found += 1 }
            }
        }
        #expect(asked > 1_000)
        #expect(found > 10)
    }

    @Test("quotations found with memchr are the quotations found walking every byte")
    func replacementQuotesByMemchr() {
        var found = 0
        for text in Self.texts {
            let b = FoldedText(text).bytes
            let fast = CitationScanner.replacementQuotes(b)
            #expect(fast == CitationScanner.replacementQuotesAskingEveryByte(b), "\(text.prefix(80).debugDescription)")
            found += fast.count
            // Every suffix, so that the walk starts inside lines and quotations.
            if b.count < 200 {
                for start in 0..<b.count {
                    let tail = Array(b[start...])
                    #expect(CitationScanner.replacementQuotes(tail) == CitationScanner.replacementQuotesAskingEveryByte(tail),
                            "\(text.prefix(80).debugDescription) from \(start)")
                }
            }
        }
        #expect(found > 20)
    }

    @Test("letter runs read from a table are the runs read asking every byte")
    func letterRunsByTable() {
        var runs = 0
        for text in Self.texts {
            let b = FoldedText(text).bytes + [0x7A, 0x61, 0xFF, 0x80, 0x41, 0x7B, 0x60, 0x65, 0x79, 0x75]
            for prefix in [b.count, b.count / 2, 1, 0] {
                var fast: [(Range<Int>, Int)] = [], slow: [(Range<Int>, Int)] = []
                b[..<prefix].withUnsafeBufferPointer { p in
                    GluedWords.letterRuns(p) { fast.append(($0, $1)); return true }
                    GluedWords.letterRunsAskingEveryByte(p) { slow.append(($0, $1)); return true }
                }
                #expect(fast.map(\.0) == slow.map(\.0))
                #expect(fast.map(\.1) == slow.map(\.1))
                runs += fast.count
                // Stopping early stops at the same run.
                var fastFirst: [(Range<Int>, Int)] = [], slowFirst: [(Range<Int>, Int)] = []
                b[..<prefix].withUnsafeBufferPointer { p in
                    GluedWords.letterRuns(p) { fastFirst.append(($0, $1)); return $1 < 2 }
                    GluedWords.letterRunsAskingEveryByte(p) { slowFirst.append(($0, $1)); return $1 < 2 }
                }
                #expect(fastFirst.map(\.0) == slowFirst.map(\.0))
            }
        }
        #expect(runs > 10_000)
    }

    @Test("UTF-8 checked by skipping ASCII within a word is UTF-8 checked byte by byte after it")
    func utf8ValidationSkippingASCII() {
        var checked = 0, invalid = 0
        let breakers: [[UInt8]] = [[0x80], [0xC0, 0x80], [0xE1, 0xBB], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC3]]
        for text in Self.texts.prefix(60) + Self.tricky {
            let bytes = Array(text.utf8.prefix(300))
            for start in [0, 1, 3] where start <= bytes.count {
                #expect(TextDecoder.isValidUTF8(bytes, from: start) == TextDecoder.isValidUTF8ByWholeWords(bytes, from: start))
                checked += 1
            }
            // An invalid sequence at many offsets, and the text cut after it.
            for offset in stride(from: 0, through: min(bytes.count, 64), by: 1) {
                for breaker in breakers {
                    var broken = bytes
                    broken.insert(contentsOf: breaker, at: offset)
                    for cut in [broken.count, min(broken.count, offset + breaker.count), min(broken.count, offset + 9)] {
                        let piece = Array(broken[..<cut])
                        let fast = TextDecoder.isValidUTF8(piece, from: 0)
                        #expect(fast == TextDecoder.isValidUTF8ByWholeWords(piece, from: 0))
                        if !fast { invalid += 1 }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
        #expect(invalid > 1_000)
    }

    @Test("a row told by memchr is the row told asking every byte for a tab")
    func rowByMemchr() {
        var rows = 0
        for text in Self.texts + ["a\tb", "\t", "| 1 | a |", "  |x|", "|", "a|b", "\n\t\n"] {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let r = folded.foldedRange(ofLine: k)
                for range in [r, r.lowerBound..<max(r.lowerBound, r.upperBound - 1), r.lowerBound..<r.lowerBound] {
                    let fast = TaskTableParser.isRow(folded.bytes, range)
                    #expect(fast == TaskTableParser.isRowAskingEveryByte(folded.bytes, range))
                    if fast { rows += 1 }
                }
            }
        }
        #expect(rows > 20)
    }

    @Test("tidiness asked only of the bytes tidy does not copy alone is tidiness asked of every byte")
    func isTidyPassingCopiedBytes() {
        var tidy = 0, untidy = 0
        let extra = ["a  b", "a b", " a", "a ", "a&amp;b", "a&b", "a\u{301}b", "a\u{A0}b", "a\u{2003}b", "a*b", "a<b>c", "a\\nb", "ệ ủ", "x\ty"]
        for text in Self.texts + extra + extra.map(\.decomposedFoundation) {
            let folded = FoldedText(text)
            let n = folded.original.count
            var partsList: [[Range<Int>]] = [[0..<n], [0..<(n / 2)], [(n / 3)..<n]]
            for k in 0..<min(folded.lineCount, 60) {
                let start = Int(folded.lineStarts[k])
                let end = k + 1 < folded.lineCount ? max(start, Int(folded.lineStarts[k + 1]) - 1) : n
                partsList.append([start..<end])
                if k > 0 { partsList.append([Int(folded.lineStarts[k - 1])..<start, start..<end]) }
            }
            for parts in partsList where parts.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= n && $0.lowerBound <= $0.upperBound }) {
                let fast = folded.isTidy(parts)
                #expect(fast == folded.isTidyAskingEveryByte(parts), "\(text.prefix(60).debugDescription) \(parts)")
                if fast { tidy += 1 } else { untidy += 1 }
            }
        }
        #expect(tidy > 100)
        #expect(untidy > 100)
    }

    @Test("short-form words grouped by first byte are the words filtered by it, in order")
    func shortFormIndexInOrder() {
        for byte in 0...255 {
            let grouped = CitationScanner.shortFormIndex[UInt8(byte)].map { "\($0.phrase)|\($0.value)" }
            let filtered = CitationScanner.shortFormWords.filter { $0.first == UInt8(byte) }.map { "\($0.folded)|\($0.code)" }
            #expect(grouped == filtered)
        }
        #expect(CitationScanner.shortFormWords.count > 10)
    }

    @Test("a locality read from the `t`s memchr finds is the locality read asking every byte")
    func localityByMemchr() {
        var named = 0
        let extra = ["TỈNH ỦY THANH HÓA\nTỉnh Thanh Hóa", "Thành phố Hà Nội, Thành ủy Hà Nội", "tỉnh", "t", "ttinh Nam Định", "TÌNH HÌNH MỚI tỉnh Bắc Ninh"]
        for text in Self.texts + extra {
            let folded = FoldedText(text)
            let fast = Locality.find(folded, lines: 0..<folded.lineCount)
            #expect(fast == Locality.find(folded, lines: 0..<folded.lineCount, askingEveryByte: true), "\(text.prefix(60).debugDescription)")
            if fast != nil { named += 1 }
        }
        #expect(named > 20)
    }

    @Test("an inline label's `thoi` found with memchr is the one found asking every byte")
    func inlineLabelByMemchr() {
        var held = 0
        let extra = ["a. Thời gian: x", "a; thời hạn", "(thoi", "thoi", " thoi", ".thoi", "t", "th", "tho", ". tho", "x. t hoi", "ab. \u{1A}thoi"]
        for text in Self.texts + extra {
            let b = FoldedText(text).bytes
            for range in [0..<b.count, 0..<max(0, b.count - 1), min(1, b.count)..<b.count, min(5, b.count)..<min(9, b.count)] {
                let fast = ProseTasks.mayHoldInlineLabel(b, range)
                #expect(fast == ProseTasks.mayHoldInlineLabelAskingEveryByte(b, range), "\(text.prefix(60).debugDescription) \(range)")
                if fast { held += 1 }
            }
        }
        #expect(held > 10)
    }
}
