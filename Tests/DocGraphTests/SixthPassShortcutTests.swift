import Foundation
import Testing
@testable import DocGraph

/// The byte forms of issue #12's sixth pass, each held to the code it replaced, on the sample
/// corpus, the evaluation set's real documents (text written by others) and the tricky forms
/// where bytes and characters part.
@Suite("Sixth-pass byte forms give the answers of the forms they replace")
struct SixthPassShortcutTests {
    /// Lines of the sample corpus and of the evaluation set, as written and lower-cased (a title
    /// cased from capitals), and tricky forms.
    static let lines: [String] = {
        let texts = FifthPassShortcutTests.texts
        // A document's title stands in its first lines, and is short. The reference form is slow
        // (it is what the byte form replaced): lines that hold none of the names' words are taken
        // one in twenty.
        let nameWords = ["chinh phu", "uy ban", "hoi dong", "viet nam", "chi minh", "tinh uy", "thanh uy", "huyen uy", "quoc hoi",
                         "ban chap", "ban thuong", "ban bi", "bo chinh", "mat tran", "thanh hoa", "thien hue"]
        var lines = texts.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).map(String.init) }
            .filter { $0.utf8.count <= 300 }
            .enumerated().filter { k, line in k % 20 == 0 || nameWords.contains { line.folded.contains($0) } }.map(\.element)
        lines += lines.map { $0.lowercased() }
        lines += [
            "Kế hoạch tổ chức phi chính phủ và chính phủ", "chính phủ", "phi chính phủ", "aphi chính phủ", "phi  chính phủ",
            "thủ tướng chính phủ", "ủy ban nhân dân tỉnh thanh hóa", "uỷ ban nhân dân", "việt namviệt nam", "hồ chí minh.",
            "x\r\nchính phủ", "chính phủ\r", "chi\u{301}nh phu\u{309}", "Quy chế của tỉnh ủy Thừa Thiên Huế", "ban thường vụ tỉnh ủy",
        ] + ByteShortcutTests.tricky
        return lines
    }()

    @Test("proper names restored on folded bytes are those restored on characters")
    func properNames() {
        var changed = 0
        for line in Self.lines {
            for place in [nil, "Thanh Hóa", line.count < 40 ? "Lào\r\nCai" : nil] as [String?] {
                let fast = DocumentIdentity.restoringProperNames(line, place: place)
                let slow = DocumentIdentity.restoringProperNamesByCharacters(line, place: place)
                #expect(fast.utf8.elementsEqual(slow.utf8), "\(line.debugDescription) in \(place ?? "–")")
                if slow != line { changed += 1 }
            }
        }
        // The lines hold proper names to restore: the comparison is not over unchanged titles only.
        #expect(changed > 100)
    }

    @Test("a text folded scalar by scalar is what FoldedText folds, or is left to it")
    func foldingByScalars() {
        var strings = FifthPassShortcutTests.texts.flatMap { $0.split(separator: "\n").map(String.init) } + ByteShortcutTests.tricky
        // Every scalar of the table's range and past it, alone and between letters.
        for v in Array(0x80..<0x2400) + [0x3000, 0xFEFF, 0x2060, 0x1F1FB, 0xE000, 0xFFFD] {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            strings += ["\(scalar)", "a\(scalar)b", "Ủy\(scalar)"]
        }
        strings += ["[Mẫu](https://x.vn/a)", "Hà\\nNội", "<b>Tỉnh</b>", "Tỉnh]", "x\r\nỦy", "Ủy\u{301}", "\u{301}"]
        var folded = 0, left = 0
        for s in strings {
            let reference = String(decoding: FoldedText(s).bytes, as: UTF8.self)
            if let fast = s.foldedByScalars {
                #expect(fast.utf8.elementsEqual(reference.utf8), "\(s.debugDescription)")
                folded += 1
            } else {
                left += 1
            }
            // `String.folded` of any text that is not plain ASCII is FoldedText's, as before.
            if !s.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "<") }) {
                #expect(s.folded.utf8.elementsEqual(reference.utf8), "\(s.debugDescription)")
            }
        }
        #expect(folded > 10_000)
        #expect(left > 3)
    }
}
