import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's eleventh pass, each held to the slower form it stands for: names
/// read once and remembered, places looked up among the names opening with the text's first byte,
/// and lines that cannot state a count passed over on their bytes.
@Suite("Eleventh-pass shortcuts give the answers of the forms they replace")
struct EleventhPassShortcutTests {
    /// Every line of the evaluation set's real documents and of the sample corpus, and names in
    /// forms where bytes and characters part (NFD, a lost first glyph, abbreviations, capitals).
    static let lines: [String] = {
        var out = FifthPassShortcutTests.texts.flatMap { $0.split(separator: "\n").map(String.init) }
        let names = ["TỈNH ỦY NGHỆ AN", "Tỉnh ủy Nghệ An", "Ban Thường vụ Huyện ủy Quỳnh Lưu", "UBND TỈNH BẾN TRE", "Y BAN NHÂN DÂN TỈNH KON TUM",
                     "BAN TỔ CHỨC TỈNH ỦY THÁI NGUYÊN", "Thành ủy TPHCM", "Huyện ủy nga sơn", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                     "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ", "BAN CHẤP HÀNH TỈNH LÀO CAI", "Tỉnh đoàn Quảng Nam Đoàn TNCS Hồ Chí Minh",
                     "Đại hội đại biểu Đảng bộ quận X lần thứ IX", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương", "Bộ trưởng Bộ Tài chính",
                     "BÀ RỊA-VŨNG TÀU", "Quận ủy Hoàng Mai", "", " ", "Đảng bộ tỉnh Hà Tĩnh Tỉnh ủy", "Chợ Mới, An Giang"]
        out += names + names.map(\.decomposedFoundation) + names.map { $0.lowercased() }
        return out
    }()

    @Test("a remembered issuing body is the body read again, and the memory stays within its bound")
    func rememberedBodies() {
        for line in Self.lines {
            let fresh = IssuingBody.read(line)
            #expect(IssuingBody(line) == fresh, "\(line.debugDescription)")
            #expect(IssuingBody(line) == fresh, "\(line.debugDescription), asked again")
            #expect(IssuingBodies.canonical(line) == IssuingBodies.spell(line), "\(line.debugDescription)")
            #expect(IssuingBodies.canonical(line) == IssuingBodies.spell(line), "\(line.debugDescription), asked again")
        }
        // NFC and NFD spellings are remembered apart, each as read.
        let nfc = "Tỉnh ủy Nghệ An", nfd = nfc.decomposedFoundation
        #expect(IssuingBody(nfc) == IssuingBody.read(nfc) && IssuingBody(nfd) == IssuingBody.read(nfd))
        let readings = NameReadings<Int>(capacity: 3)
        var reads = 0
        for name in ["a", "b", "a", "c", "d", "e", "a"] {
            #expect(readings.value(of: name) { reads += 1; return $0.utf8.count } == name.utf8.count)
            #expect(readings.count <= 3)
        }
        // `a` read once until the memory filled at `d` and was emptied; then again.
        #expect(reads == 6)
    }

    @Test("the longest known place a text opens with, asked among its first byte's names, is the whole table's")
    func placesByFirstByte() {
        func slow(_ f: String) -> String? {
            AdministrativeUnits.longestFirst.first { f.hasPrefix($0) && (f.count == $0.count || !f.dropFirst($0.count).first!.isLetter) }
        }
        var texts = ["", " ", "x", "đà nẵng", "Đà Nẵng", "\u{212A}on tum", "kon tum", "kon tumx", "e\u{301}", "a\u{301}n giang", "an giang\u{301}"]
        for name in AdministrativeUnits.longestFirst {
            texts += [name, name + " ", name + ",", name + "x", name + " nhu sau", String(name.dropLast()), name.uppercased(), name.decomposedFoundation]
        }
        texts += Self.lines.prefix(3_000).map(\.folded)
        var found = 0
        for f in texts {
            let fast = AdministrativeUnits.longestKnownPrefix(of: f)
            #expect(fast == slow(f), "\(f.debugDescription)")
            if fast != nil { found += 1 }
        }
        #expect(found > 500)
    }

    @Test("a line that the byte test passes over states no count, read word by word")
    func countsPassedOver() {
        let words = ["gom", "co", "03", "3", "1", "123", "04", "x1", "1x", "12/2023", "(06", "nhiem", "vu)", "vu", "sau", ",05", "(gom",
                     "½", "٣", "0\u{301}", "nhom", "giai", "phap", "van ban"]
        var lines = Self.lines.map(\.folded).filter { $0.hasSuffix(":") || $0.hasSuffix(")") }
        for a in words { for b in words { for c in words { for end in [":", ")"] { lines.append("\(a) \(b) \(c)\(end)") } } } }
        var passed = 0, stated = 0
        for line in lines {
            let f = Substring(line)
            let slow = ListedItems.statedByWords(f, bracketed: f.last == ")")
            #expect(ListedItems.stated(f) == slow, "\(line.debugDescription)")
            if !ListedItems.mayHoldShortNumber(f.utf8.dropLast()) { passed += 1 }
            if slow != nil { stated += 1 }
        }
        #expect(passed > 1_000 && stated > 30, "\(passed) passed over, \(stated) stated")
    }
}
