import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's nineteenth pass (extraction), each held to the slower path it stands for, on the texts
/// of the sixteenth pass (the sample corpus, the evaluation set's real documents, marks apart, markup) and tricky forms
/// of each: names whose opening is cut short, words that share a name's first letters, ends that are a set's scalars
/// beside marks, joiners and their canonical equivalents.
@Suite("Nineteenth-pass shortcuts give the answers of the paths they replace")
struct NineteenthPassShortcutTests {
    static let tricky: [String] = [
        "Bộ luật Lao động", "Bộ luật Hình sự năm 2015", "bộ luật", "Bộ\nluật Dân sự", "Bộ Chính trị", "Bộ tiêu chí xã nông thôn mới",
        "Pháp lệnh Ưu đãi người có công", "Phương án bảo vệ", "phát triển", "Luật Đất đai", "Luật", "Lu", "L", "luật sư", "Luật\nĐất đai",
        "lực lượng", "lúc", "LUẬT NGÂN SÁCH NHÀ NƯỚC", "của Luật Tổ chức Chính phủ", "văn kiện Đại hội XIII", "Văn kiện Đại hội Đảng toàn quốc lần thứ XIII",
        "và", "vào", "văn", "văn\nkiện Đại hội XII", "va", "v", "dự thảo các văn kiện Đại hội XIII của Đảng", "dự  thảo văn kiện Đại hội X",
        "dung", "du", "báo cáo kiểm điểm của Ban Thường vụ", "bản kiểm điểm của Ban Chấp hành", "ban hành", "bao", "ba", "b",
        "Báo cáo chính trị", "Đề án “Nâng cao năng lực”", "đến", "để", "đề", "Quy chế làm việc của Tỉnh ủy", "quyết định", "Quy", "quy",
        "Kế hoạch thực hiện", "kết luận", "Kết luận Hội nghị Trung ương 10", "kèm theo", "Chương trình 135", "Chiến lược phát triển",
        "Sổ tay đảng viên", "số", "so", "Điều lệ Đảng", "điều", "Hiến pháp năm 2013", "hiện", "QCVN 01:2021/BXD", "TCVN 5574:2018", "tcv",
        "Nghị quyết Đại hội XIV", "NQ đại hội Đảng bộ huyện lần thứ XXI", "Nghị quyết Trung ương 4 khóa XII", "ngày", "nq", "n",
        "Biên bản họp ngày 17 tháng 5 năm 2016", "biên", "phê duyệt Đề án 06", "ban hành Quy định về", "thực hiện Chương trình hành động",
        "Căn cứ Luật Cán bộ, công chức và Luật Viên chức;", "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2019",
        "Quy chế\nlàm việc", "Đề án\u{A0}01", "Đề án,01", "đề,án", "QUY CHẾ LÀM VIỆC", "BỘ LUẬT", "Văn Kiện Đại Hội XIII",
    ]

    static let texts: [String] = SixteenthPassShortcutTests.texts + tricky + tricky.map(\.decomposedFoundation)
        + [tricky.joined(separator: " "), tricky.joined(separator: "\n"), tricky.joined(separator: "; ")]

    static func written(_ m: NamedDocuments.Match) -> String {
        "\(m.range) \(m.name) \(m.typeWord) \(String(describing: m.date)) \(String(describing: m.amendedBy)) \(String(describing: m.subject)) \(m.isNumbered)"
    }

    @Test("names found past the words whose first bytes open none are the names every matcher's gate finds")
    func namedDocumentsByNameStarts() {
        var found = 0, differing: [String] = []
        for text in Self.texts {
            let folded = FoldedText(text)
            // The whole text, and cut short at its end (a name's opening at the segment's last bytes).
            for range in [0..<folded.bytes.count, 0..<max(0, folded.bytes.count - 1), 0..<max(0, folded.bytes.count - 2)] {
                let seg = TextSegment(folded, range: range)
                let fast = NamedDocuments.scan(seg).map(Self.written)
                let slow = NamedDocuments.scanAskingEveryByte(seg).map(Self.written)
                if fast != slow { differing.append("\(text.prefix(80).debugDescription) \(range)") }
                found += fast.count
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(found > 100)
    }

    @Test("a kind is matched only where its first word ends: where it does not, the matcher trying every phrase finds none")
    func kindsByFirstWord() {
        var asked = 0, matched = 0, differing: [String] = []
        for text in Self.texts {
            let folded = FoldedText(text)
            let b = folded.bytes
            let seg = TextSegment(folded, range: 0..<b.count)
            for i in b.indices where ByteReader.isLetter(b[i]) && (i == 0 || !ByteReader.isAlnum(b[i - 1])) {
                let slow = DescribedDocuments.match(seg, at: i, byFirstWord: false)
                if !DescribedDocuments.mayStartKindWord(b, at: i) {
                    asked += 1
                    if slow != nil { differing.append("\(text.prefix(60).debugDescription) at \(i)") }
                } else if slow != nil {
                    matched += 1
                }
                // The gates of `scan` too: a name none of them lets through is found by no matcher's own gate.
                if !NameStarts.mayOpen(b, at: i), slow != nil { differing.append("mayOpen \(text.prefix(60).debugDescription) at \(i)") }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(asked > 1_000)
        #expect(matched > 5)
    }

    @Test("a phrase found where its second byte follows a hit of its first is the phrase found asking every byte")
    func firstIndexBySecondByte() {
        let phrases = ["co hieu luc", "thong qua", "lan thu", "sau day", "a,b", "a, b", "x", "a", " a", "a ", "ab", "ba", ",", "1/", "ngay",
                       "nghi quyet", "q", "qu", "dang bo", "khoa", "kh"]
        var found = 0, differing: [String] = []
        for text in Self.texts.prefix(400) + ["ab", "a", "aab", "a,b", "a,,b", "a b", "xab", "1ab", "co  hieu\nluc", "cohieu luc", "c"] {
            let b = FoldedText(text).bytes
            for phrase in phrases {
                // From the start and from a few bytes on; the whole text and a reader that stops short of its end.
                for from in [0, min(1, b.count), b.count / 2] {
                    for end in [b.count, max(from, b.count - 1), min(b.count, from + 2)] {
                        let r = ByteReader(b, from: from, end: end)
                        let slow = r.firstIndexAskingEveryByte(of: phrase)
                        if r.firstIndex(of: phrase) != slow { differing.append("\(phrase) in \(text.prefix(40).debugDescription) \(from) \(end)") }
                        if slow != nil { found += 1 }
                    }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(found > 1_000)
    }

    @Test("short forms found jumping to 32 bytes before the next digit are those found asking every byte")
    func shortFormsByNextDigit() {
        let extra = ["Quy định 132 và Chỉ thị số 35", String(repeating: "các cơ quan đơn vị ", count: 8) + "Nghị quyết 21 của Tỉnh ủy",
                     "Nghị quyết số 21-NQ/TU " + String(repeating: "thực hiện ", count: 5) + "Nghị quyết 21", "Kết luận số 12-/TW",
                     "Chỉ thị 05/HU", "Nghị quyết 06/TU", String(repeating: "x", count: 40) + "Chỉ thị 05", "Chỉ thị" + String(repeating: " ", count: 31) + "05",
                     "Chỉ thị" + String(repeating: " ", count: 33) + "05", "a 1", "1", ""]
        var found = 0, differing: [String] = []
        for text in Self.texts + extra {
            let folded = FoldedText(text)
            for range in [0..<folded.bytes.count, min(5, folded.bytes.count)..<folded.bytes.count] {
                let seg = TextSegment(folded, range: range)
                let slow = CitationScanner.shortFormsWritten(seg, askingEveryByte: true)
                if CitationScanner.shortFormsWritten(seg, askingEveryByte: false) != slow { differing.append("\(text.prefix(60).debugDescription) \(range)") }
                found += slow.count
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(found > 20)
    }

    static let sets = [" ,", " ,;.:\"“”*", " ", " *_#", " ,.;:()", "“”", "\t ,", "‼ ", " ;", "`", ",\u{301}", "a,", " \r\n", "“\u{200D}"]

    static let ends: [String] = [
        "", " ", ",", ", ,", "“”", "”", "“", "Ban Chấp hành,", " Ban Chấp hành ", "về việc “Nâng cao”", "“Nâng cao”.", "“Nâng cao”*",
        "x;\u{37E}", "\u{37E}x\u{37E}", "x\u{1FEF}", "\u{1FEF}", "x”\u{301}", "x\u{301}”", "\u{301}”", "”\u{301}x", "x\u{200D}”",
        "x\u{200D}‼", "👍\u{200D}‼", "‼\u{200D}👍", "\u{600}”", "”\u{600}", "x\r”", "\r\n”", "”\r\n", "”\n", "\t”x”\t", "x\u{A0}”",
        "ệ”", "”ệ", "Ä”", "x\u{2028}”", "x\u{2024}", "x‼", "‼x‼", "🇻🇳”", "”🇻🇳", "x\u{0903}”", "”\u{0903}", "”\u{1F3FB}", "e\u{301}, ",
        ",\u{301}x", ", \u{301}x", "x ,\u{301}", "“x”\u{37E}", "\u{37E}“x”", "“ x ”", "”””", "“““x", "  “ , x , ” ", "क्”", "”क्",
    ]

    @Test("ends trimmed by scalars are the ends trimmed as characters")
    func trimmingByScalars() {
        var trimmed = 0, differing: [String] = []
        let lines = SixteenthPassShortcutTests.texts.prefix(200).flatMap { $0.split(separator: "\n").prefix(40).map(String.init) }
        for setText in Self.sets {
            let set = TrimSet(setText)
            for middle in ["", "x", "Ủy ban", " a ", "\u{301}"] {
                for a in Self.ends {
                    for b in Self.ends.prefix(30) {
                        let text = a + middle + b
                        let slow = text.trimmingCharacters(in: set, byScalars: false)
                        if text.trimmingCharacters(in: set) != slow { differing.append("\(setText.debugDescription) \(text.debugDescription)") }
                        if slow != text { trimmed += 1 }
                    }
                }
            }
            for line in lines {
                for text in [line, "“" + line + "”", line + "”.", "”" + line] {
                    if text.trimmingCharacters(in: set) != text.trimmingCharacters(in: set, byScalars: false) {
                        differing.append("\(setText.debugDescription) \(text.prefix(60).debugDescription)")
                    }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(trimmed > 10_000)
    }

    @Test("a set analysed once trims as the set analysed at each call, and as its characters say")
    func trimSetOnce() {
        for setText in Self.sets {
            for text in Self.ends {
                // Each character of the set dropped from both ends while one is there: the definition.
                var s = Substring(text)
                while let f = s.first, setText.contains(f) { s.removeFirst() }
                while let l = s.last, setText.contains(l) { s.removeLast() }
                #expect(text.trimmingCharacters(in: setText) == String(s), "\(setText.debugDescription) \(text.debugDescription)")
                #expect(text.trimmingCharacters(in: TrimSet(setText)) == String(s), "\(setText.debugDescription) \(text.debugDescription)")
            }
        }
    }
}
