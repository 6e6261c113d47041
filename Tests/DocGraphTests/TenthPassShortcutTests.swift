import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's tenth pass, each held to the string form it stands for, on every
/// Latin letter and on the forms where bytes and characters part (NFD marks, markup, spaces).
@Suite("Tenth-pass shortcuts give the answers of the forms they replace")
struct TenthPassShortcutTests {
    /// Leaders: ASCII letters, markup and punctuation, precomposed letters, a letter with its mark
    /// apart (NFD); followers: every letter of the Latin blocks, and marks and spaces that are not.
    @Test("the case of a character before a precomposed letter is Character.isUppercase on its quote")
    func caseBeforeLetters() {
        let leaders = ["B", "b", "Đ", "đ", "Ủ", "ủ", "Ω", "ǅ", "#", "*", "_", "<", "\\", "1", "(", "“", "U\u{31B}", "e\u{301}", " ", "\u{A0}"]
        var followers = (Array(0xC0..<0x250) + Array(0x1E00..<0x1F00)).map { String(Character(Unicode.Scalar(UInt32($0))!)) }
        followers += ["\u{301}", "\u{31B}\u{309}", "\u{A0}", "\u{200D}", "\u{FE0F}", "ộ\u{301}", "x", ""]
        var known = 0
        for leader in leaders {
            for follower in followers {
                for text in [leader + follower, "Ban " + leader + follower + " tỉnh", "x" + leader + follower] {
                    let folded = FoldedText(text)
                    let segment = TextSegment(folded, range: 0..<folded.bytes.count)
                    for i in 0..<folded.bytes.count {
                        let quoted = segment.originalText(i..<(i + 1)).first?.isUppercase ?? false
                        #expect(segment.startsUpperCase(at: i) == quoted, "\(text.debugDescription) at folded byte \(i)")
                        if OriginalCase.isUpperCase(folded.original, at: Int(folded.origin[i]), beforeLetters: true) != nil { known += 1 }
                    }
                }
            }
        }
        // The shortcut answers without quoting for most of them.
        #expect(known > 10_000)
    }

    @Test("a line's deadline words found in one pass are what four scans of the line found")
    func deadlineWords() {
        var held = 0
        let extra = ["Hoàn thành trước ngày 30/6", "xhoan thanh truoc", "chậm nhất tháng 6", "xong  trước", "trước\nngày", "cham nhatx",
                     "  hoàn   thành", "a,hoàn thành", "1hoàn thành"]
        for text in FifthPassShortcutTests.texts + extra {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let line = folded.trimmedRange(ofLine: k)
                let scans = SentenceTasks.mayHoldDeadlineByScans(folded.bytes, line)
                #expect(SentenceTasks.mayHoldDeadline(folded.bytes, line) == scans, "\(folded.originalLine(k))")
                if scans { held += 1 }
            }
        }
        #expect(held > 10)
    }

    @Test("a word start the byte gates of NamedDocuments.scan pass over is one where no matcher would have matched")
    func namedDocumentGates() {
        var reached = 0
        let extra = ["QCVN 01:2021/BXD", "TCVN 5574:2018", "qcvn 01:2021", "Nghị quyết Đại hội XIV", "Nghị quyết Hội nghị Trung ương 4",
                     "Kết luận Hội nghị Trung ương 6", "NQ đại hội Đảng bộ huyện lần thứ XXI", "kết luận", "nghị quyết", "Căn cứ Quy chế làm việc", "QCVN", "n", "k", "q", "t"]
        for text in FifthPassShortcutTests.texts + extra {
            let folded = FoldedText(text)
            let s = TextSegment(folded, range: 0..<folded.bytes.count)
            let b = s.bytes
            for i in b.indices where i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                let standardGate = i + 3 < b.count && b[i + 1] == UInt8(ascii: "c") && b[i + 2] == UInt8(ascii: "v") && b[i + 3] == UInt8(ascii: "n")
                if b[i] == UInt8(ascii: "q") || b[i] == UInt8(ascii: "t"), !standardGate { #expect(NamedDocuments.standard(s, at: i) == nil) }
                let second = i + 1 < b.count ? b[i + 1] : 0
                if b[i] == UInt8(ascii: "n"), second != UInt8(ascii: "g") {
                    if second != UInt8(ascii: "q") { #expect(NamedDocuments.congressResolution(s, at: i) == nil) }
                    #expect(NamedDocuments.plenumDocument(s, at: i) == nil)
                }
                if b[i] == UInt8(ascii: "k"), second != UInt8(ascii: "e") { #expect(NamedDocuments.plenumDocument(s, at: i) == nil) }
                if !DescribedDocuments.mayStartKind(b, at: i) {
                    #expect(DescribedDocuments.match(s, at: i, byFirstWord: false) == nil, "\(text.prefix(60)) at \(i)")
                } else {
                    reached += 1
                }
            }
        }
        #expect(reached > 100)
    }

    @Test("a line that closes a document, read on its bytes, is the one its string said")
    func closingLines() {
        var closing = 0
        let extra = ["Nơi nhận:", "| TM. ỦY BAN NHÂN DÂN |", "||  T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "kt chủ tịch", "TL. BAN", "T/L", "tm.",
                     "(Đã ký)", "(Đã ký) ", " (Đã ký)", "  Nơi nhận", "|", "| |", "TM ", "tmx", "Nơi nhậnx", "(đã ký)\r"]
        for text in FifthPassShortcutTests.texts + extra {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let byString = DocumentSplitter.closesDocumentByString(folded, k)
                #expect(DocumentSplitter.closesDocument(folded.bytes, folded.trimmedRange(ofLine: k)) == byString, "\(folded.originalLine(k))")
                if byString { closing += 1 }
            }
        }
        #expect(closing > 10)
    }
}
