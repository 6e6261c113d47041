import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's seventh pass, each held to the code it replaced, on the sample
/// corpus, the evaluation set's real documents (text written by others) and tricky forms.
@Suite("Seventh-pass shortcuts give the answers of the forms they replace")
struct SeventhPassShortcutTests {
    /// Openings written to reach each path: an opener after spaces and markup, markup inside and
    /// past the folded prefix, characters that fold to nothing, paragraphs just around 64
    /// characters, a deed told after `Ngày …`, a connective, a tense word, numbers glued to capitals.
    static let openings: [String] = {
        let long = String(repeating: "nội dung công tác tuyên truyền ", count: 4)
        var texts = [
            "Thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy về \(long), Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:",
            "   Thực hiện Chỉ thị số 05-CT/TW, \(long)\nBan Tuyên giáo Tỉnh ủy hướng dẫn như sau:",
            "**Thực hiện** Chỉ thị \(long)\n\nBan Tuyên giáo Tỉnh ủy đề nghị các cấp ủy triển khai.",
            "<b>Căn cứ</b> Quy định \(long)\n\nBan Thường vụ Đảng ủy quyết định:",
            "[Thực hiện](http://x) Kế hoạch \(long). Ban Dân vận Tỉnh ủy yêu cầu:",
            "Thực hiện \\r\\n Kế hoạch \(long), Ủy ban nhân dân tỉnh ban hành Quy định số 19-QĐ/UBND, ngày 25/12/2025 về \(long)",
            String(repeating: "*", count: 70) + " Thực hiện Kế hoạch, Ban Tổ chức Tỉnh ủy chỉ đạo như sau:",
            String(repeating: " ", count: 63) + "Qua kiểm tra \(long), Ban Thường vụ Thành ủy kết luận:",
            "Qua" + String(repeating: " ", count: 61) + "kiểm tra \(long), Ban Thường vụ Thành ủy kết luận:",
            "Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU về \(long)",
            "Thực hiện Nghị quyết, \(long).\nNgày 10/12/2019, Ban Thường vụ Đảng ủy ban hành Kế hoạch số 101-KH/ĐU như sau:",
            "Theo đề nghị \(long); Do đó Ban Thường vụ Quận ủy yêu cầu:",
            "Trên cơ sở \(long) năm 2022Ban Tuyên giáo Trung ương hướng dẫn như sau:",
            "Để \(long), BTV Tỉnh ủy đã kịp thời ban hành Quy định số 19-QĐ/TU như sau:",
            "Nhằm \(long), Ban Thường vụ Tỉnh ủy tiếp tục chỉ đạo:",
            "Xem xét Tờ trình \(long), Sở có Tờ trình số 63/TTr-SNV đề nghị:",
            "QUY ĐỊNH\n\nThực hiện Kết luận \(long),\nBan Bí thư kết luận như sau:",
            "Thực hiện \u{A0}Kế hoạch \(long), Ban Chỉ đạo tỉnh thông báo:",
            "Thu\u{323}c hiê\u{323}n Kế hoạch \(long), Ban Tổ chức Huyện ủy định hướng như sau:",
            "Căn cứ, Ban Thường vụ Tỉnh ủy xây dựng",
            "Thực hiện",
        ]
        texts += texts.map { $0.replacingOccurrences(of: "\(long)", with: "việc") }
        return texts
    }()

    @Test("the opening sentence read with folded prefixes and sorted boundaries is the one read before")
    func openingSentence() {
        var found = 0, calls = 0
        for text in FifthPassShortcutTests.texts + Self.openings {
            let folded = FoldedText(text)
            // The opening of a text without its header may start anywhere a header left off.
            for start in [0, 1, 3, 8, 20] where start < folded.lineCount {
                let lines = start..<folded.lineCount
                let fast = DocumentIdentity.openingSentence(folded, lines: lines)
                let slow = DocumentIdentity.openingSentenceByWholeParagraphs(folded, lines: lines)
                calls += 1
                #expect(fast?.issuer == slow?.issuer && fast?.issued == slow?.issued,
                        "\(String(text.prefix(80)).debugDescription) from line \(start)")
                if slow != nil { found += 1 }
            }
        }
        // The comparison means something only if openings were found.
        #expect(found >= 40, "\(found) openings in \(calls) calls")
    }

    @Test("a paragraph's opener asked of a folded prefix is the one asked of the whole fold")
    func openers() {
        // Every line of the texts, alone, after a space, and run into the lines after it (a page's
        // paragraph), as the opening's `[Character]` holds them.
        var paragraphs: [String] = []
        for text in FifthPassShortcutTests.texts + Self.openings {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { FoldedText.tidy(String($0)) }
            for (k, line) in lines.enumerated() where !line.isEmpty {
                paragraphs += [line, " " + line, lines[k..<min(k + 6, lines.count)].joined(separator: " ")]
            }
        }
        for opener in ["Thực hiện", "Căn cứ", "Xem xét", "Qua", "Trên cơ sở", "Theo", "Để", "Nhằm", "Quan", "Theodõi", "Đểx"] {
            for filler in ["", " ", "  ", "*", "[x](y) ", "<i>", "\\r\\n", "\u{301}", ",", "x"] {
                for pad in [0, 40, 50, 54, 55, 56, 60, 63, 64, 65, 80] {
                    let spaces = String(repeating: " ", count: pad)
                    paragraphs += [spaces + opener + filler + " Kế hoạch của Ban Thường vụ Tỉnh ủy về công tác",
                                   opener + spaces + filler + "kế hoạch năm 2026 của Ban Thường vụ Tỉnh ủy về công tác",
                                   String(repeating: "*", count: pad) + opener + filler + " kế hoạch", filler + opener + spaces]
                }
            }
        }
        var opened = 0
        for paragraph in paragraphs {
            let chars = Array(paragraph)
            let fast = DocumentIdentity.opensWithOpener(chars[...])
            let slow = DocumentIdentity.opensWithOpenerByWholeFold(chars[...])
            #expect(fast == slow, "\(paragraph.debugDescription)")
            if slow { opened += 1 }
        }
        #expect(opened >= 100, "\(opened) of \(paragraphs.count) paragraphs open with a clause verb")
    }

    @Test("two ascending boundary lists merged are their sorted union")
    func mergedBoundaries() {
        // Every pair of subsets of 0…7 (as bit masks), the second taken one in five.
        func offsets(_ mask: Int) -> [Int] { (0..<8).filter { mask & (1 << $0) != 0 } }
        for m in 0..<256 where m & 1 == 1 {  // 0 is always a boundary
            for n in stride(from: 0, to: 256, by: 5) {
                let a = offsets(m), b = offsets(n)
                #expect(DocumentIdentity.mergedAscending(a, b) == Set(a + b).sorted(), "\(a) \(b)")
            }
        }
    }
}
