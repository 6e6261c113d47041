import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's thirteenth pass, each held to the slower path it stands for, on the
/// sample corpus, the evaluation set's real documents and forms where markup, references, marks
/// apart and white space beyond ASCII meet the bytes that are copied or folded alone.
@Suite("Thirteenth-pass shortcuts give the answers of the paths they replace")
struct ThirteenthPassShortcutTests {
    static let texts: [String] = {
        let markup = [
            "<p>Tỉnh <b>ủy</b></p>", "<head><title>Số 09-NQ/ĐU</title></head>\nNghị quyết", "<li><a href=\"/x\">Chỉ thị số 09-CT/HU</a></li>\nx",
            "[Mẫu số 04-1/CC](https://x.vn/Mau.doc) ban hành", "a [b] c", "ngày&nbsp;20", "Ch&iacute;nh ph&#7911;", "&amp; & &x; &#",
            "\\r\\nQuyết định", "a\\b", "**Nghị quyết** số 01-NQ/TW", "#_Lào_", "x\r\ny\r\n", "a\u{A0}b\u{2003}c\u{3000}d\u{1680}e",
            "Th\u{E0}nh u\u{309}y", "U\u{31B}\u{309}Y BAN", "a  \t b\n\n c", " lead", "trail ", "<", "&", "\\", "[", "]", "*", "é", "\u{85}x",
            "</td><td>cell</td>", "x<br>y", "a<b", "🇻🇳 Việt Nam", "\u{1}\u{7F}~",
        ]
        return FifthPassShortcutTests.texts + markup + markup.map(\.decomposedFoundation)
    }()

    @Test("a text folded with ASCII bytes folded alone is the text folded asking every byte")
    func foldedAlone() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            let fast = FoldedText(utf8: bytes)
            let slow = FoldedText(utf8: bytes, askingEveryByte: true)
            #expect(fast.bytes == slow.bytes, "\(text.prefix(80).debugDescription)")
            #expect(fast.origin == slow.origin, "\(text.prefix(80).debugDescription)")
            #expect(fast.lineStarts == slow.lineStarts && fast.foldedLineStarts == slow.foldedLineStarts, "\(text.prefix(80).debugDescription)")
        }
    }

    @Test("a quote tidied with runs copied alone is the quote tidied asking every byte")
    func tidiedAlone() {
        var quotes = 0
        for text in Self.texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { all in
                #expect(FoldedText.tidy(all) == FoldedText.tidy(all, askingEveryByte: true), "\(text.prefix(80).debugDescription)")
                // Every line, and windows that start and end inside words, marks and references.
                var start = 0
                for i in 0...all.count where i == all.count || all[i] == 0x0A {
                    for (a, b) in [(start, i), (min(start + 3, i), i), (start, max(start, i - 2)), (min(start + 1, i), min(start + 40, i))] {
                        let part = UnsafeBufferPointer(rebasing: all[a..<b])
                        #expect(FoldedText.tidy(part) == FoldedText.tidy(part, askingEveryByte: true), "\(text.prefix(80).debugDescription) \(a)..<\(b)")
                        quotes += 1
                    }
                    start = i + 1
                }
            }
        }
        #expect(quotes > 1_000)
    }
}
