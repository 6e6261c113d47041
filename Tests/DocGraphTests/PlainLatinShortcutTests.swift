import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's fourth pass, each held to the string form it replaced on the
/// forms where bytes and characters part: NFD marks, markup, white space, other scripts.
@Suite("Plain Latin shortcuts give the string answers")
struct PlainLatinShortcutTests {
    static let texts: [String] = ByteShortcutTests.tricky + [
        "Ban Thường vụ Tỉnh ủy chủ trì, phối hợp", "các sở, ngành tập trung lãnh đạo", "Nghị quyết, Tỉnh ủy chỉ đạo",
        "Ban cán sự đảng UBND tỉnh có trách nhiệm", "Tỉnh ủy Nghệ An chủ trì", "Tỉnh ủy Nghê\u{302} An chu\u{309} trì",
        "Thành ủy Hà Nội; các huyện", "TỈNH ỦY LÀO CAI", "Tỉnh <b>Lào</b> Cai", "Tỉnh *Lào* Cai", "Tỉnh Lào\u{A0}Cai",
        "Thành phố Hồ Chí Minh và", "Tỉnh Bà Rịa - Vũng Tàu", "Tỉnh Đắk Lắk, tỉnh", "Tỉnh ủy, thành ủy", "tỉnh Ủy ban",
        "Tỉnh Ωmega Beta", "Tỉnh ǅx Yy", "Tỉnh Quảng\u{AD}Nam", "Tỉnh 🇻🇳 Việt", "\u{0600}|A", "A|\u{301}B\tC",
    ]

    @Test("latinRange finds what Foundation's range(of:) finds")
    func latinRange() {
        let needles = [" chủ trì", " tập trung", " lãnh đạo", "này, ", "Nghị quyết, ", " có trách nhiệm", "u", "Ủy", "\u{301}", "ủy"]
        for text in Self.texts {
            for needle in needles {
                let fast = text.latinRange(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                let slow = text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(fast == slow, "\(text) / \(needle)")
            }
        }
    }

    @Test("isUpperCase stopping at the first lower-case letter is the filtered answer")
    func upperCase() {
        let long = String(repeating: "ĐỊNH HƯỚNG ", count: 2000)
        for text in Self.texts + [long, long + "x", "x" + long, "A", "AB", "Ab", "1 2", "Ủ\u{309}Y"] {
            let letters = text.filter(\.isLetter)
            #expect(DocumentSplitter.isUpperCase(text) == (letters.count >= 2 && letters.allSatisfy(\.isUppercase)), "\(text)")
        }
    }

    /// `Locality.name` before the byte path: up to three capitalised words of the tidied window.
    static func wordsByString(_ bytes: ArraySlice<UInt8>) -> [String] {
        var name: [String] = []
        for word in FoldedText.tidy(String(decoding: bytes, as: UTF8.self)).split(separator: " ", maxSplits: 4) {
            let letters = Locality.nameLetters(word)
            guard name.count < 3, let c = letters.first, c.isUppercase else { break }
            name.append(String(letters))
            if letters.count < word.count { break }
        }
        return name
    }

    @Test("a locality's words read on plain bytes are the words of the tidied text")
    func localityWords() {
        var checked = 0
        for text in Self.texts {
            let o = Array(text.utf8)
            for start in o.indices where o[start] < 0x80 || o[start] >= 0xC0 {
                for end in [o.count, min(o.count, start + 7), min(o.count, start + 12)] where end > start {
                    guard let ranges = Locality.plainWords(o, from: start, end: end) else { continue }
                    checked += 1
                    let fast = ranges.map { String(decoding: o[$0], as: UTF8.self) }
                    #expect(fast == Self.wordsByString(o[start..<end]), "\(text) from \(start) to \(end)")
                }
            }
        }
        #expect(checked > 100)
    }
}
