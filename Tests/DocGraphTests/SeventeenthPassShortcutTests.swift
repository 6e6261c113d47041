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
        var dropped = 0
        for name in names {
            let fast = CitationScanner.withoutFootnoteMark(name)
            let slow = CitationScanner.withoutFootnoteMarkAskingCharacters(name)
            #expect(fast == slow, "\(name.debugDescription)")
            #expect(Array(fast.utf8) == Array(slow.utf8), "\(name.debugDescription)")
            if slow != name { dropped += 1 }
        }
        #expect(dropped > 20)
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
        var rules = 0
        for line in lines {
            for f in [line[...], line.dropFirst(), line.dropLast()] {
                let slow = DocumentIdentity.isRuleAskingCharacters(f)
                #expect(DocumentIdentity.isRule(f) == slow, "\(f.debugDescription)")
                if slow { rules += 1 }
            }
        }
        #expect(rules > 30)
    }
}
