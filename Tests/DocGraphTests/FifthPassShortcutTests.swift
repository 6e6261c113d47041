import Foundation
import Testing
@testable import DocGraph

/// The byte tests of issue #12's fifth pass, each held to the code it replaced, on the sample
/// corpus, the evaluation set's real documents (text written by others) and the tricky forms
/// where bytes and characters part.
@Suite("Fifth-pass byte tests give the answers of the forms they replace")
struct FifthPassShortcutTests {
    /// The texts: the sample corpus and the evaluation set (real documents), and tricky forms.
    static let texts: [String] = {
        let real = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real")
        let files = Fixtures.sampleFiles.map { Fixtures.corpus.appendingPathComponent($0) }
            + ((try? FileManager.default.contentsOfDirectory(atPath: real.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
                .map { real.appendingPathComponent($0) }
        let extra = [
            "Căn cứ Quy chế làm việc của Ban Chấp hành; thực hiện Đề án “Nâng cao”", "phê duyệt Quy hoạch tỉnh", "QUY ĐỊNH",
            "ban hành Quy định về", "Báo cáo chính trị", "BÁO CÁO CHÍNH TRỊ", "Bộ tiêu chí", "Sổ tay đảng viên", "thực hiện Chương trình",
            "Điều lệ Công đoàn", "Chiến lược phát triển", "Phương án", "đ", "d", "b", "s", "q", "c", "p", "de", "quy", "so",
            "Tổ chức. Thời gian thực hiện: Quý III/2026", "xong (thời hạn: 2026)", "đồng thời", "kịp thời; thời gian", "thoi",
            ";thoi gian hoan thanh : 2026", "a.  thời hạn hoàn thành: tháng 6", "Nội dung thời hạn: 2026",
        ]
        return files.compactMap { try? String(contentsOf: $0, encoding: .utf8) } + ByteShortcutTests.tricky + extra
    }()

    @Test("documents named by kind: trying the first word first finds what trying every phrase finds")
    func describedDocuments() {
        var starts = 0, found = 0
        for text in Self.texts {
            let folded = FoldedText(text)
            let segment = TextSegment(folded, range: 0..<folded.bytes.count)
            let b = segment.bytes
            for i in b.indices where ByteReader.isLetter(b[i]) && (i == 0 || !ByteReader.isAlnum(b[i - 1])) {
                starts += 1
                let fast = DescribedDocuments.match(segment, at: i)
                let slow = DescribedDocuments.match(segment, at: i, byFirstWord: false)
                #expect(fast?.range == slow?.range && fast?.name == slow?.name && fast?.typeWord == slow?.typeWord, "\(i)")
                if slow != nil { found += 1 }
            }
        }
        // The texts hold documents named by kind: the comparison is not over misses only.
        #expect(found > 20)
        #expect(starts > 50_000)
    }

    @Test("a subject's words read on bytes are the words split on characters")
    func subjectKey() {
        var lines = Self.texts.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).prefix(400).map(String.init) }
        lines += ["**Công tác tổ chức xây dựng đảng năm 2026**", "  a--b  ", "", "½ ¾ x²", "Ⅻ khóa", "x\r\ny", "<b>Quy</b> chế"]
        for line in lines {
            #expect(NamedDocuments.subjectKey(line) == NamedDocuments.subjectKeyByCharacters(line), "\(line.debugDescription)")
        }
    }

    @Test("an inline deadline label is read only on lines whose bytes may hold one")
    func inlineLabel() {
        var read = 0
        for text in Self.texts {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let f = folded.foldedLine(k)
                let fast = ProseTasks.inlineLabelValue(f, folded.originalLine(k), labels: ProseTasks.deadlineLabels)
                let slow = ProseTasks.inlineLabelValue(f, folded.originalLine(k), labels: ProseTasks.deadlineLabels, byBytes: false)
                #expect(fast == slow, "\(folded.originalLine(k))")
                if slow != nil { read += 1 }
                // The line test `find` uses agrees with the one on the line's own string.
                #expect(ProseTasks.mayHoldInlineLabel(folded.bytes, folded.trimmedRange(ofLine: k)) || slow == nil)
            }
        }
        #expect(read > 0)
    }

    @Test("the case of a Latin letter read from the table is what Unicode properties and Character say")
    func latinCase() {
        for v in Array(0x80..<0x300) + Array(0x1D00..<0x2000) {
            let scalar = Unicode.Scalar(UInt32(v))!
            let expected: Bool? = scalar.properties.isAlphabetic ? Character(scalar).isUppercase : nil
            if let table = OriginalCase.latinCase(UInt32(v)) { #expect(table == expected, "U+\(String(v, radix: 16))") }
            // And through the bytes, followed by ASCII, as quotes are read.
            let original = Array("\(Character(scalar))x".utf8)
            if let read = OriginalCase.isUpperCase(original, at: 0) { #expect(read == expected, "U+\(String(v, radix: 16))") }
        }
    }

    @Test("general punctuation needs no Unicode properties asked when a set is trimmed")
    func plainPunctuation() {
        for v in UInt32(0x2000)...UInt32(0x206F) where String.isPlainPunctuation(v) {
            let p = Unicode.Scalar(v)!.properties
            #expect(!p.isGraphemeExtend && !p.isEmojiModifier && v != 0x200D && p.generalCategory != .spacingMark, "U+\(String(v, radix: 16))")
        }
        // Quotes and subjects trimmed as characters would trim them, whole or not.
        for text in ["“Nâng cao”", "“Nâng cao” ", "Nâng cao", " ,Nâng cao;", "ệ", "“", "a\u{301}“"] {
            var t = Substring(text)
            let set = " ,;.:\"“”*"
            while let f = t.first, set.contains(f) { t.removeFirst() }
            while let l = t.last, set.contains(l) { t.removeLast() }
            #expect(text.trimmingCharacters(in: set) == String(t), "\(text.debugDescription)")
        }
    }
}
