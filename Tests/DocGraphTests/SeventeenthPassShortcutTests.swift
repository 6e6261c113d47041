import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's seventeenth pass (extraction), each held to the slower path it stands for, on the texts
/// of the sixteenth pass (the sample corpus, the evaluation set's real documents, marks apart, markup) and tricky forms
/// of each: footnote marks of every spelling, names ending in marks apart, rules and Markdown delimiter rows.
@Suite("Seventeenth-pass shortcuts give the answers of the paths they replace")
struct SeventeenthPassShortcutTests {
    static let names: [String] = [
        "Chính phủ", "Chính phủ[^1]", "Chính phủ[1]", "Chính phủ¹", "Chính phủ²³", "Chính phủ⁰", "Chính phủ⁴⁵⁶⁷⁸⁹", "Chính phủ [2]",
        "Chính phủ[^a1]", "Chính phủ[^abcde]", "Chính phủ[a]", "Chính phủ[]", "Chính phủ[^]", "[1]", "[^1]", "¹", "", " ", "]", "A]",
        "Bộ Tài chính\u{301}", "Bộ Tài chính]\u{301}", "Bộ Tài chính¹\u{301}", "UBND tỉnh₁", "UBND tỉnh\u{2075}", "Sở Y tế\u{0600}1",
        "Chính phủ \u{00B9}", "Chính phủ ¹ ", "Tỉnh ủy[12]¹", "Tỉnh ủy¹[12]", "Tỉnh ủy[١]", "Tỉnh ủy\r\n", "a\u{2070}", "Quốc hội\u{B0}",
        "Quốc hội\u{B1}", "Quốc hội\u{BA}", "Quốc hội\u{2080}", "Quốc hội°", "Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
        "UBND tỉnh Hưng Yên", "Sở Tư", "Bộ Tư pháp ư", "Tỉnh ủy ự", "a\u{2071}", "a\u{2072}", "a\u{2073}", "a\u{207A}", "a\u{2070}\u{301}",
        "a\u{B2}", "a\u{B3}", "a\u{B9}", "a\u{B4}", "a\u{B5}", "a\u{B8}", "a\u{1EB0}", "a\u{1EB9}", "a\u{4B0}", "a\u{81}\u{B9}",
        "\u{2074}", "\u{B3}", "x\u{2079}\u{2078}\u{B9}",
    ]

    @Test("a name whose last byte can end no mark is the name the characters' form answers")
    func footnoteMarkByLastByte() {
        var names = Self.names + Self.names.map(\.decomposedFoundation)
        for text in SixteenthPassShortcutTests.texts {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount {
                let line = folded.originalLine(k)
                names.append(line)
                names.append(String(line.suffix(12)))
                names.append(line + "[^3]")
                names.append(line + "²")
            }
        }
        // Differences gathered and asked once: an expectation per name made this suite most of the test run's time.
        var dropped = 0, differing: [String] = []
        for name in names {
            let fast = CitationScanner.withoutFootnoteMark(name)
            let slow = CitationScanner.withoutFootnoteMarkAskingCharacters(name)
            if Array(fast.utf8) != Array(slow.utf8) { differing.append(name.debugDescription) }
            if slow != name { dropped += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(dropped > 20)
    }

    @Test("a name's last scalar read from its bytes is the last scalar")
    func footnoteMarkLastScalar() {
        let marks: Set<Unicode.Scalar> = ["]", "\u{B9}", "\u{B2}", "\u{B3}", "\u{2070}", "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}"]
        var scalars: [Unicode.Scalar] = (0..<0x3000).compactMap { Unicode.Scalar(UInt32($0)) }
        scalars += [Unicode.Scalar(0x1F600)!, Unicode.Scalar(0x10FFFF)!]
        var differing: [UInt32] = []
        for scalar in scalars {
            for name in ["", "a", "ư"] {
                var s = name
                s.unicodeScalars.append(scalar)
                if CitationScanner.mayEndInFootnoteMark(s) != marks.contains(scalar) { differing.append(scalar.value) }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    @Test("heading marks trimmed on bytes are the marks Foundation trims")
    func headingMarksOnBytes() {
        var lines = [" :tin moi| ", "|\t", "", " ", "tin moi", ":: van ban moi ::", "|tin lien quan|", "\u{301}: tin", "tin :\u{301}", "ä:", " \r\n"]
        for text in SixteenthPassShortcutTests.texts {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount { lines.append(String(folded.foldedLine(k))); lines.append(folded.originalLine(k)) }
        }
        var differing: [String] = []
        for line in lines + lines.map(\.decomposedFoundation) {
            for f in [line[...], line.dropFirst()] {
                let slow = f.trimmingCharacters(in: CharacterSet(charactersIn: " \t:|"))
                let fast = DocumentIdentity.trimmingHeadingMarks(f)
                if Array(fast.utf8) != Array(slow.utf8) { differing.append(f.debugDescription) }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    static let rules: [String] = [
        "-----", "***", "___", "===", "...", "- - -", "|---|---|", "| :--- | ---: |", "|", "||", "|:|", "-|", "|-", "-", " ", "",
        "|---|---|*", "---|x", "--- .", "|--- ...", ":---:", "--:", "—", "– –", "-\u{301}--", "|\u{301}---|", "| --- |\r", "-\t-",
        "| -- | a |", "| ĐẢNG BỘ HUYỆN |", "*|*-", "=|=-", "_|-", ".|-", "|-:", "::", "|:", ":-",
    ]

    @Test("a rule read on bytes is the rule read on characters")
    func ruleOnBytes() {
        var lines = Self.rules + Self.rules.map(\.decomposedFoundation)
        for text in SixteenthPassShortcutTests.texts {
            let folded = FoldedText(text)
            for k in 0..<folded.lineCount { lines.append(String(folded.foldedLine(k))) }
        }
        var rules = 0, differing: [String] = []
        for line in lines {
            for f in [line[...], line.dropFirst(), line.dropLast()] {
                let slow = DocumentIdentity.isRuleAskingCharacters(f)
                if DocumentIdentity.isRule(f) != slow { differing.append(f.debugDescription) }
                if slow { rules += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(rules > 30)
    }
}
