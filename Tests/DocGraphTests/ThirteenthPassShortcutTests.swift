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

    /// Header lines: every line of the texts, and layouts where cells and mottos meet runs of spaces.
    static let headerLines: [String] = {
        let layouts = [
            "BAN CHẤP HÀNH TRUNG ƯƠNG      ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH",
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH THUẬN Độc lập - Tự do - Hạnh phúc",
            "TỈNH ỦY NGHỆ AN   \t   ĐẢNG CỘNG SẢN VIỆT NAM", "| ỦY BAN NHÂN DÂN | CỘNG HÒA |", "   ", "", " x  Độc lập", "x   độc lập",
            "HUYỆN ỦY    CỘNG  HÒA", "A  \u{301} Đảng", "<td>TỈNH ỦY</td><td>ĐẢNG CỘNG SẢN VIỆT NAM</td>", "Đ", "  Đảng   Đảng   Đảng",
            "ĐẢNG BỘ TỈNH      Doan tncs ho chi minh", "x \u{A0}  CỘNG HÒA XÃ HỘI", "SỞ Y TẾ       Cộng hòa xã hội chủ nghĩa Việt Nam",
        ]
        return texts.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } + layouts
            + layouts.map(\.decomposedFoundation)
    }()

    /// `firstCell` as it was: the motto's column asked at every character.
    static func firstCellAskingEverySpace(_ line: String) -> String {
        var start = line.startIndex
        while start < line.endIndex {
            var end = start
            while end < line.endIndex, line[end] != "\t", line[end] != "|", !DocumentIdentity.mottoColumn(line, at: end, cellStart: start),
                  !DocumentIdentity.closesCell(line, at: end) {
                end = line.index(after: end)
            }
            let cell = line[start..<end]
            if !cell.isEmpty, !DocumentIdentity.isBlank(cell), !(cell.contains("<") && DocumentIdentity.nameLines(String(cell)).isEmpty) { return String(cell) }
            guard end < line.endIndex else { break }
            start = line.index(after: end)
        }
        return ""
    }

    @Test("a header line's first cell, the motto asked after words only, is the cell asking at every character")
    func firstCellAfterWords() {
        for line in Self.headerLines {
            #expect(DocumentIdentity.firstCell(of: line) == Self.firstCellAskingEverySpace(line), "\(line.debugDescription)")
        }
    }

    @Test("a header's issuer remembered by its lines is the issuer read again")
    func rememberedHeaderIssuers() {
        var blocks: [[String]] = [[], ["TỈNH ỦY NGHỆ AN"], ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NAM ĐÀN"], ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"],
                                  ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], ["UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ"], ["THƯỜNG TRỰC", "HĐND - UBND TỈNH HÒA BÌNH"],
                                  ["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐẮK LẮK"], ["BỘ KHOA HỌC VÀ", "CÔNG NGHỆ"],
                                  ["ĐẢNG BỘ TỈNH THANH HÓA", "BAN TUYÊN GIÁO TỈNH ỦY"], ["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY"], ["1:a", "b"], ["1", ":ab"]]
        // Every run of two or three upper-case lines of the texts, as a header stacks them.
        for text in Self.texts.prefix(200) {
            let lines = text.split(separator: "\n").map { String($0).trimmingCharacters(in: " *#_") }
            for k in lines.indices where !lines[k].isEmpty && lines[k] == lines[k].uppercased() && lines[k].count < 80 {
                blocks.append(Array(lines[k..<min(k + 2, lines.count)]))
                blocks.append(Array(lines[k..<min(k + 3, lines.count)]))
            }
        }
        blocks += blocks.map { $0.map(\.decomposedFoundation) }
        for block in blocks {
            let read = DocumentIdentity.readIssuer(fromHeader: block)
            #expect(DocumentIdentity.issuer(fromHeader: block) == read, "\(block)")
            #expect(DocumentIdentity.issuer(fromHeader: block) == read, "\(block), asked again")
        }
    }

    @Test("a quote of a segment of one piece is the quote made through the list of its parts")
    func onePieceQuotes() {
        var quotes = 0
        for text in Self.texts {
            let folded = FoldedText(text)
            let n = folded.bytes.count
            let whole = TextSegment(folded, range: 0..<n)
            let inner = TextSegment(folded, range: min(3, n)..<max(min(3, n), n - 2))
            for segment in [whole, inner] {
                let m = segment.bytes.count
                var ranges = [0..<m, 0..<(m + 2), m..<(m + 1)]
                // Every line of the segment, and windows over words and the bytes of marks folded to nothing.
                var start = 0
                for i in 0...m where i == m || segment.bytes[i] == 0x0A {
                    ranges += [start..<i, min(start + 2, i)..<i, start..<min(start + 7, i), min(start + 1, i)..<min(start + 30, i)]
                    start = i + 1
                }
                for r in ranges where r.upperBound <= m + 2 {
                    #expect(segment.originalText(r) == segment.originalText(joining: r), "\(text.prefix(60).debugDescription) \(r)")
                    quotes += 1
                }
            }
        }
        #expect(quotes > 1_000)
    }
}
