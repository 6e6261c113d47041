import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's eighteenth pass (extraction), each held to the slower path it stands for: phrases
/// matched from `PhraseIndex`'s one table against trying each phrase of a group with `ByteReader.phraseEnd`, and Party
/// ids read once per spelling of their parts against reading them every time.
@Suite("Eighteenth-pass shortcuts give the answers of the paths they replace")
struct EighteenthPassShortcutTests {
    /// Phrases of every kind the indexes hold, and tricky ones: spaces inside, a comma for a space, one letter, a
    /// phrase ending in a space or a mark, one that is another's start.
    static let phrases: [String] = RelationPhrases.before.map(\.phrase) + RelationPhrases.after.map(\.phrase)
        + TypeCodes.words.map(\.folded)
        + ["sua doi bo sung", "sua doi", "s", "se ", "trinh ", "ve", "ve viec", "va", "khoa", "thanh", "a,b", "quy dinh.", "de an", "de", "d"]

    /// Every phrase that `index[byte]` tried in turn and `phraseEnd` found, with where it ended.
    static func slowMatches(_ index: PhraseIndex<Int>, _ r: ByteReader, at i: Int) -> [String] {
        index[r.bytes[i]].compactMap { entry in r.phraseEnd(entry.phrase, at: i).map { "\(entry.value) \($0)" } }
    }

    static func fastMatches(_ index: PhraseIndex<Int>, _ r: ByteReader, at i: Int) -> [String] {
        var found: [String] = [], tried: Int?
        while let (entry, end) = index.match(r, at: i, after: tried) {
            tried = entry
            found.append("\(index.value(entry)) \(end)")
        }
        return found
    }

    @Test("phrases matched from the index's one table are the phrases each group's strings match, in order")
    func phraseIndexMatches() {
        let index = PhraseIndex(Self.phrases.enumerated().map { (phrase: $0.element, value: $0.offset) })
        let tricky = ["sửa đổi,bổ sung", "sửa đổi, bổ sung", "sửa đổi\nbổ sung", "sửa  đổi", "sửa", "s", "sẽ ", "se", "về việc", "vềviệc",
                      "Quy định.", "quy định", "quy định3", "đề án", "để", "a,b", "a, b", "thành phố", "khóa học", " ve", "1ve"]
        // Differences gathered and asked once: an expectation per position made such suites most of the test run's time.
        var matched = 0, differing: [String] = []
        for text in SixteenthPassShortcutTests.texts + tricky {
            let b = FoldedText(text).bytes
            // Every position of a short text; a long one's word starts, where the matchers ask.
            for i in 0..<b.count where b.count < 40 || i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                // The whole text, and a reader that stops a few bytes on (`end` before a phrase's end).
                for end in [b.count, min(b.count, i + 3)] {
                    let r = ByteReader(b, from: 0, end: end)
                    let slow = Self.slowMatches(index, r, at: i)
                    if Self.fastMatches(index, r, at: i) != slow { differing.append("\(text.prefix(40).debugDescription) at \(i) end \(end)") }
                    matched += slow.count
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(matched > 1_000)
    }

    @Test("a Party id read once per spelling of its parts is the id read every time")
    func partyReadingsRemembered() {
        let numbers = ["1", "25", "05", "12", "125"]
        let types = ["NQ", "nq", "Nq", "KH", "QĐ", "QÐ", "qđ", "CT", "2NQ", "TB", "XY", "Q\u{110}", "QĐ".decomposedFoundation]
        let issuers: [[String]] = [["TW"], ["TƯ"], ["Tư"], ["tư"], ["TU"], ["tw"], ["BTCTW", "UBKTTW"], ["HU"], ["TƯ".decomposedFoundation],
                                   ["T\u{1AF}"], ["Tw"], ["ĐU"], ["đu"], ["TWw"]]
        var parts: [IdentifierGrammar.PartyParts] = []
        for number in numbers {
            for type in types {
                for issuer in issuers {
                    for spaced in [false, true] {
                        parts.append(.init(number: number, type: type, issuers: issuer, foldedType: type.folded, spaced: spaced))
                    }
                }
            }
        }
        func written(_ reading: IdentifierGrammar.PartyReading?) -> [UInt8] {
            guard let reading else { return [] }
            let id = reading.id
            return Array("\(id.key)|\(id.number)|\(id.typeCode)|\(id.issuerCode)|\(id.form)|\(reading.writtenTU)".utf8)
        }
        // Each list twice, forwards and backwards: the second asking of every key is remembered.
        var read = 0, differing: [String] = []
        for part in parts + parts.reversed() {
            let slow = IdentifierGrammar.readParty(part)
            if written(IdentifierGrammar.partyReading(part)) != written(slow) { differing.append("\(part.number) \(part.type) \(part.issuers) \(part.spaced)") }
            if slow != nil { read += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(read > 100)
        // Parts that join to the same text are other keys: `1` `2NQ` is not `12` `NQ`.
        let a = IdentifierGrammar.PartyParts(number: "1", type: "2NQ", issuers: ["TW"], foldedType: "2nq", spaced: false)
        let b = IdentifierGrammar.PartyParts(number: "12", type: "NQ", issuers: ["TW"], foldedType: "nq", spaced: false)
        #expect(a.key != b.key)
    }

    static let headerLines: [String] = [
        "ĐẢNG CỘNG SẢN VIỆT NAM\tSố 12-KH/TU", "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "|  | Số 5 |",
        "BAN CHẤP HÀNH TRUNG ƯƠNG      ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH",
        "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ỦY      Độc lập - Tự do - Hạnh phúc", "<td>HUYỆN ỦY</td><td>ĐẢNG</td>",
        "<TD>  </TD><td>Số 3</td>", "\t\tTỈNH ỦY", "   ", "", "\t", "|", "|\u{301}TỈNH ỦY|", " \u{301}  CỘNG HÒA", "TỈNH ỦY \u{301}     ĐẢNG", "\u{600}|TỈNH",
        "TỈNH\u{600} ĐẢNG", "TỈNH ỦY\r\n", "TỈNH ỦY\u{A0}\u{A0}    ĐẢNG", "Tỉnh ủy  Đảng", "a<b>c</b>\td", "x </td>y", "ĐẢNG BỘ TỈNH<br>TỈNH ỦY\tSố 1",
        "😀 ĐẢNG\tx", "ỦY BAN\u{2003}\u{2003}CỘNG HÒA", "Ủy ban nhân dân      cộng hòa", "ĐẢNG ỦY      đảng bộ", "BAN  Dân vận      DÂN",
        "TỈNH ỦY      Ďộc", "TỈNH ỦY      ĐỘC LẬP", "HUYỆN ỦY     ", "HUYỆN ỦY      \u{110}ộc lập", "SỞ Y TẾ      Cộng hòa\tSố 4",
    ]

    @Test("a header line's first cell read on bytes is the cell read on characters")
    func firstCellOnBytes() {
        var lines = Self.headerLines + Self.headerLines.map(\.decomposedFoundation)
        for text in SixteenthPassShortcutTests.texts {
            let folded = FoldedText(text)
            for k in 0..<min(folded.lineCount, 40) { lines.append(folded.originalLine(k)) }
        }
        var plain = 0, differing: [String] = []
        for line in lines {
            if DocumentIdentity.isPlainCellLine(line) { plain += 1 }
            if Array(DocumentIdentity.firstCell(of: line).utf8) != Array(DocumentIdentity.firstCellAskingCharacters(of: line).utf8) {
                differing.append(line.debugDescription)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(plain > 100)
    }
}
