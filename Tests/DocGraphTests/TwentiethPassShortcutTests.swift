import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's twentieth pass (extraction's cost per document), each held to the slower path it stands
/// for: Foundation's `contains`, `replacingOccurrences` and `pathExtension`, and `split` and `hasPrefix` on characters,
/// on the lines of the sixteenth pass's texts (the sample corpus, the evaluation set's real documents, marks apart,
/// markup), header lines of the eighteenth pass, and tricky forms of each: `<` beside marks and in `≮`, spaces carrying
/// marks, paths with dots and slashes anywhere.
@Suite("Twentieth-pass shortcuts give the answers of the paths they replace")
struct TwentiethPassShortcutTests {
    static let tricky: [String] = [
        "", " ", "<", "a<b", "<br>", "ĐẢNG BỘ TỈNH<br>TỈNH ỦY", "Ủy ban <i>nhân dân</i>", "≮", "a≮b", "<\u{338}", "a<\u{338}b", "\u{338}<",
        "<\u{301}", "x\u{301}<", "Số 12 < 13", "→ <", "“<”", "\u{FF1C}", "\u{FE64}", "<td>HUYỆN ỦY</td>", "😀<", "TỈNH ỦY\r\n<", "\r\n",
        "QĐ-UBND", "QĐ - UBND", "Q Đ", "UB ND", " \u{301}", "a \u{301}b", "Đ \u{300}", "\u{A0}", "A\u{A0}B", "A\tB", "A  B ", "KH-UBND 2",
        "cong", "cong.", " cong ", "cong hoa", "CONG", "c0ng", "cong cong", "**cong**", "- cong -", "hoa xa hoi chu nghia", "hoa xa hoi chu nghi",
        "hoa xa hoi chu nghia viet nam", " hoa xa hoi chu nghia", "cong\u{1A}", "\u{1A}cong", "co ng", "congg", "cong1",
        "dang cong san viet nam", "dang cong sa", "cong hoa xa hoi", "doc lap - tu do", "doc la", "trang thong tin dien tu", "cong thong tin",
        "bao dien tu tinh", "tap chi dien tu", "trang tin", "doan tncs ho chi minh", "ban chap hanh      doan tncs", "doan t", "doan",
    ]

    /// Every line of the texts (the first 60 of each), original and folded, and the tricky forms, composed and not.
    static let lines: (original: [String], folded: [Substring]) = {
        var original = tricky + tricky.map(\.decomposedFoundation) + EighteenthPassShortcutTests.headerLines
            + EighteenthPassShortcutTests.headerLines.map(\.decomposedFoundation)
        var folded: [Substring] = tricky.map { $0[...] }
        for text in SixteenthPassShortcutTests.texts + tricky {
            let t = FoldedText(text)
            for k in 0..<min(t.lineCount, 60) {
                original.append(t.originalLine(k))
                folded.append(t.foldedLine(k))
            }
        }
        return (original, folded)
    }()

    @Test("`<` found on bytes is `<` found by Foundation")
    func lessThanOnBytes() {
        var held = 0, differing: [String] = []
        for line in Self.lines.original {
            for text in [line[...], line.dropFirst(), line.dropLast()] {
                let slow = text.contains("<")
                if DocumentIdentity.holdsLessThan(text) != slow { differing.append(String(text).debugDescription) }
                if slow { held += 1 }
            }
            if DocumentIdentity.holdsLessThan(line) != line.contains("<") { differing.append(line.debugDescription) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(held > 20)
    }

    /// `mayContain` as it was before this pass: the line and the needle copied into arrays.
    static func mayContainFromArrays(_ f: Substring, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        let b = Array(f.utf8)
        guard !n.isEmpty, b.count >= n.count else { return !b.allSatisfy { $0 < 0x80 } || n.isEmpty }
        var ascii = true
        var i = 0
        while i < b.count {
            let c = b[i]
            if c >= 0x80 { ascii = false }
            if c == n[0], i + n.count <= b.count, b[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return !ascii
    }

    @Test("a needle's bytes read in place answer as read from copies, and never no where Foundation finds it")
    func mayContainInPlace() {
        var yes = 0, differing: [String] = []
        let needles = ["doan t", "d", "", "cong hoa xa hoi chu nghia viet nam dai dai dai", "ủy", "<"]
        for line in Self.lines.folded + Self.lines.original.map({ $0[...] }) {
            for needle in needles {
                let fast = DocumentIdentity.mayContain(line, needle)
                if fast != Self.mayContainFromArrays(line, needle) || (!fast && !needle.isEmpty && line.contains(needle)) {
                    differing.append("\(line.debugDescription) \(needle)")
                }
                if fast { yes += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(yes > 100)
    }

    @Test("a motto's broken-off word read on bytes is the word read on characters")
    func mottoFragmentOnBytes() {
        var yes = 0, differing: [String] = []
        for line in Self.lines.folded + Self.lines.original.map({ $0[...] }) {
            let fast = DocumentIdentity.mottoFragment(line)
            if fast != DocumentIdentity.mottoFragmentAskingCharacters(line) { differing.append(line.debugDescription) }
            if fast { yes += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(yes >= 5)
    }

    @Test("a folded line's opening read on bytes is `hasPrefix` on characters")
    func openingsOnBytes() {
        var yes = 0, differing: [String] = []
        let prefixes = DocumentIdentity.portalBanners + ["dang cong san", "cong hoa", "doc lap"]
        for line in Self.lines.folded {
            for prefix in prefixes {
                let fast = DocumentIdentity.opens(line, prefix)
                if fast != line.hasPrefix(prefix) { differing.append("\(line.debugDescription) \(prefix)") }
                if fast { yes += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(yes > 10)
    }

    @Test("a path's extension read on bytes is NSString's")
    func pathExtensionOnBytes() {
        var paths = ["", "/", "//", "a", "a.", ".", "..", "...", ".txt", "a.txt", "a.TXT", "/a.txt", "a.txt/", "a.txt//", "/x/.profile",
                     "/x/a.b/c", "/x/a.b/c.", "/x/a.b/c.md", "x.y.z", "dir.d/", "dir.d///", "/tmp/g-plans/s000/000001.txt", "a/.b.c",
                     "./a", "../a.md", "a..b", "a/..", "a/.", "/.", "a.b/", "C:\\x.y", "a b.t x", "a.\u{301}txt", "tệp.txt", "/tệp/a.md",
                     "a.tx\u{301}", "thư mục.d/", "a.txt\r\n", "x//y.md", "//a.md", "/a//", "a.html", "a.docx", "a.pdf"]
        for shape in ["sample", "plans", "other-hands"] { paths.append("/tmp/g-\(shape)/s000/000007.txt") }
        let differing = paths.filter { DocumentSources.pathExtension(ofPath: $0) != ($0 as NSString).pathExtension }
        #expect(differing.isEmpty, "\(differing.map(\.debugDescription))")
        #expect(DocumentSources.pathExtension(ofPath: "/x/a.md") == "md")
    }

    @Test("an id's part without spaces made on bytes is Foundation's")
    func withoutSpacesOnBytes() {
        var changed = 0, differing: [String] = []
        for line in Self.lines.original {
            for text in [line, IdentifierGrammar.nfc(line)] {
                let fast = IdentifierGrammar.withoutSpaces(text)
                let slow = text.replacingOccurrences(of: " ", with: "")
                if Array(fast.utf8) != Array(slow.utf8) { differing.append(text.debugDescription) }
                if fast != text { changed += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(changed > 50)
    }

    @Test("characters counted on plain bytes are the characters `count` counts, whole and cut anywhere")
    func characterCountOnBytes() {
        var plain = 0, differing: [String] = []
        for line in Self.lines.original + ["\u{AD}a", "a\u{AD}", "ɏ\u{250}", "\u{9F}\u{A0}", "Ỹ\u{1F00}", "e\u{301}", "\r\n", "a\u{200D}b"] {
            if line.characterCount != line.count { differing.append(line.debugDescription) }
            let bytes = Array(line.utf8)
            for cut in Set([bytes.count, max(0, bytes.count - 1), max(0, bytes.count - 2), bytes.count / 2, bytes.count / 3]) {
                let slice = bytes[0..<cut]
                if TextSegment.characterCount(slice) != String(decoding: slice, as: UTF8.self).count { differing.append("\(line.debugDescription) \(cut)") }
                if slice.withUnsafeBufferPointer(String.plainCharacterCount) != nil { plain += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(plain > 100)
    }

    @Test("the last match found on plain bytes is the one Foundation's backward search finds")
    func latinRangeBackwardsOnBytes() {
        var found = 0, differing: [String] = []
        let needles = [" tham mưu ", "tham mưu", " ", "ủy", "a", "Ủy ban nhân dân", "e\u{301}", "<"]
        var texts = Self.lines.original + ["Sở Nội vụ chủ trì, phối hợp các sở tham mưu UBND tỉnh tham mưu cho Tỉnh ủy", " tham mưu ", "tham mưu",
                                           "x tham mư\u{300}u y", "x tham mưu\u{301} y", "x tha\u{300}m mưu y tham mưu z"]
        texts += texts.map(\.decomposedFoundation)
        for text in texts {
            for needle in needles {
                let fast = text.latinRangeBackwards(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                let slowRange = text.range(of: needle, options: .backwards)
                let slow = slowRange.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                let fastEnd = text.latinRangeBackwards(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
                let slowEnd = slowRange.map { text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
                if fast != slow || fastEnd != slowEnd { differing.append("\(text.debugDescription) \(needle.debugDescription)") }
                if fast != nil { found += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(found > 100)
    }

    @Test("a document's own type words by its code are the type words whose code it is, in order")
    func selfReferencePhrasesByCode() {
        let codes = Set(TypeCodes.words.map(\.code)).union(["", "XX", "KH", "NQ"])
        for code in codes {
            let slow = TypeCodes.words.filter { $0.code == code }.map { $0.folded + " nay" }
            #expect((CitationScanner.selfReferencePhrases[code] ?? []) == slow, "\(code)")
        }
    }

    @Test("a type title found past the words of other lengths is the one found comparing every word; an appendix caption likewise")
    func typeTitlesAndCaptions() {
        var titles = 0, captions = 0, differing: [String] = []
        let extra = ["NGHỊ QUYẾT", "Nghị quyết", "KẾ HOẠCH\nQUYẾT ĐỊNH\nCHỈ THỊ\nBÁO CÁO\nTHÔNG BÁO\nCÔNG VĂN", "(Kèm theo Quyết định số 12/QĐ-UBND)",
                     "(Ban hành kèm theo Nghị quyết số 5)", "kèm theo quyết định", "**Kèm theo Kế hoạch**", "__(kem theo chi thi", "( ) kèm theo",
                     "NGHI QUYET\u{301}", "NGHỊ  QUYẾT", " KẾ HOẠCH "]
        for text in SixteenthPassShortcutTests.texts + Self.tricky + extra + extra.map(\.decomposedFoundation) {
            let t = FoldedText(text)
            for k in 0..<t.lineCount {
                let folded = t.foldedLine(k)
                let slowTitle = TypeCodes.words.contains(where: { $0.folded == folded }) && DocumentSplitter.isUpperCaseLine(t, k)
                if DocumentSplitter.isTypeTitle(t, k) != slowTitle { differing.append(t.originalLine(k).debugDescription) }
                if slowTitle { titles += 1 }
                for line in [folded, folded.dropFirst(), t.originalLine(k)[...]] {
                    let slowCaption = Self.isAttachmentCaptionCounting(line)
                    if DocumentSplitter.isAttachmentCaption(line) != slowCaption { differing.append(line.debugDescription) }
                    if slowCaption { captions += 1 }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(titles >= 5)
        #expect(captions >= 3)
    }

    /// `DocumentSplitter.isAttachmentCaption` as it was before this pass: the line's characters counted.
    static func isAttachmentCaptionCounting(_ folded: Substring) -> Bool {
        var line = folded.drop { $0 == "(" || $0 == " " || $0 == "*" || $0 == "_" }
        guard line.count < folded.count else { return false }
        if line.hasPrefix("ban hanh ") { line = line.dropFirst(9) }
        return line.hasPrefix("kem theo quyet dinh") || line.hasPrefix("kem theo nghi quyet") || line.hasPrefix("kem theo ke hoach")
            || line.hasPrefix("kem theo chi thi") || line.hasPrefix("kem theo thong tu") || line.hasPrefix("kem theo nghi dinh")
    }

    @Test("the folding table written out is the table made from Unicode decompositions")
    func foldingTableWrittenOut() {
        let written = VietnameseFolding.table, made = VietnameseFolding.tableFromDecompositions()
        #expect(written.count == made.count)
        let differing = written.indices.filter { written[$0] != made[$0] }.map { String($0, radix: 16) }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(VietnameseFolding.latinFolds.map(\.folds.utf8.count) == [0x190, 0x100, 0x50])
    }

    @Test("a gap read word by word on bytes holds only connectors where the gap split into strings does")
    func connectorsWordByWord() {
        var yes = 0, differing: [String] = []
        var gaps = ["", " ", "va", " va ", "va,", "va cung", "va hoac voi so", "va x", "x va", "va-cung&so", "va\ncung", "va\r\ncung", "va\u{1A}",
                    "và", "vas", "v", "so so so", ",,,", "va, cung, hoac", " - ", "va\u{301}"].map { Array($0.utf8)[...] }
        for text in SixteenthPassShortcutTests.texts + Self.tricky {
            let b = FoldedText(text).bytes
            for start in stride(from: 0, to: b.count, by: max(1, b.count / 40)) {
                for length in [0, 1, 3, 8, 20, 60] where start + length <= b.count { gaps.append(b[start..<(start + length)]) }
            }
        }
        for gap in gaps {
            let fast = CitationScanner.onlyConnectors(gap)
            if fast != CitationScanner.onlyConnectorsSplitting(gap) { differing.append(String(decoding: gap, as: UTF8.self).debugDescription) }
            if fast { yes += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(yes > 20)
    }

    /// `DocumentIdentity.typeTitleWithSubject` as it was before this pass: each type word and its space made and asked
    /// with `hasPrefix` on characters.
    static func typeTitleWithSubjectByCharacters(_ text: FoldedText, _ k: Int) -> (String, String)? {
        var folded = text.foldedLine(k)
        let draft = folded.hasPrefix("du thao ")
        if draft { folded = folded.dropFirst(8) }
        guard let first = folded.first, first.isLetter,
              let word = TypeCodes.words.first(where: { folded.hasPrefix($0.folded + " ") }) else { return nil }
        let original = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_")
        guard DocumentSplitter.isUpperCase(original) else { return nil }
        let words = original.split(separator: " ", omittingEmptySubsequences: true).dropFirst(draft ? 2 : 0)
        let count = word.folded.split(separator: " ").count
        guard words.count > count + 1 else { return nil }
        return (words.prefix(count).joined(separator: " "), words.dropFirst(count).joined(separator: " "))
    }

    @Test("a type title with its subject found by the words' openings on bytes is the one found on characters")
    func typeTitleWithSubjectOnBytes() {
        var found = 0, differing: [String] = []
        let extra = ["NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ QUẬN BÌNH THẠNH LẦN THỨ IX", "DỰ THẢO BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH", "KẾ HOẠCH",
                     "KẾ HOẠCH TRIỂN KHAI", "Kế hoạch triển khai thực hiện", "NGHỊ QUYẾTĐẠI HỘI", "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT",
                     "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH", "DU THAO KE HOACH A B", "  NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 4"]
        for text in SixteenthPassShortcutTests.texts + Self.tricky + extra + extra.map(\.decomposedFoundation) {
            let t = FoldedText(text)
            for k in 0..<min(t.lineCount, 60) {
                let fast = DocumentIdentity.typeTitleWithSubject(t, k), slow = Self.typeTitleWithSubjectByCharacters(t, k)
                if fast?.0 != slow?.0 || fast?.1 != slow?.1 { differing.append(t.originalLine(k).debugDescription) }
                if fast != nil { found += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(found >= 5)
    }

    @Test("a short form's code folded from the table made once is the code folded where it is read")
    func shortFormCodesFoldedOnce() {
        for word in CitationScanner.shortFormWords {
            #expect(CitationScanner.shortFormCodesFolded[word.code] == word.code.lowercased().replacingOccurrences(of: "đ", with: "d"), "\(word.code)")
        }
        #expect(Set(CitationScanner.shortFormCodesFolded.keys) == Set(CitationScanner.shortFormWords.map(\.code)))
        #expect(CitationScanner.shortFormCodesFolded["QĐ"] == "qd")
    }
}
