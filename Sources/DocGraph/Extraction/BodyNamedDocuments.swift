/// Documents named without a number by their kind and the body that issued them: `Nghị quyết của Tỉnh ủy về nhóm
/// nhiệm vụ trọng tâm năm 2020`, `Kế hoạch của Ban Thường vụ Tỉnh ủy về tổ chức Đại hội Đảng bộ các cấp`, `Nghị quyết
/// Huyện ủy`, `nghị quyết Ban chấp hành Đảng bộ huyện`, `Nghị quyết của Ban chấp hành Đảng bộ huyện khóa XXIV về …`,
/// `nghị quyết hội đồng nhân dân huyện lần thứ 10 khóa XIX`, `chương trình hành động của Huyện ủy năm 2022`.
///
/// News of district committees and councils names their resolutions so more often than by number (evaluation set:
/// 17 such mentions, none read before). A body issues one such document on a subject, in a term or a year, so the
/// kind, the body, what follows it (term, session, year) and the subject name it; its place is the citing text's, as
/// for every named document.
///
/// Only where a verb carries it out, rests on it, reviews or adopts it (`thực hiện thắng lợi nghị quyết …`, `quán
/// triệt`, `căn cứ`, `sơ kết`, `xem xét`, `thông qua các dự thảo …`): elsewhere `Nghị quyết của Tỉnh ủy` is talk of
/// resolutions in general. Many (`các nghị quyết của Tỉnh ủy`) are none, and a body that names no committee (`của
/// Đảng`, `của Trung ương`, `của Chính phủ`) names one only with its subject.
enum BodyNamedDocuments {
    /// A kind: folded, as a name writes it, and whether it is a noun only. A kind that is a verb too names a document only
    /// with `của` before its body: `định kỳ sơ kết, tổng kết báo cáo Bộ Chính trị` reports to the Politburo.
    private struct Kind { let folded: String; let canonical: String; let nounOnly: Bool }

    /// The kinds. `nq` only as written in capitals.
    private static let kinds: [Kind] = [
        Kind(folded: "nghi quyet", canonical: "Nghị quyết", nounOnly: true), Kind(folded: "nq", canonical: "Nghị quyết", nounOnly: true),
        Kind(folded: "chi thi", canonical: "Chỉ thị", nounOnly: false), Kind(folded: "ket luan", canonical: "Kết luận", nounOnly: false),
        Kind(folded: "ke hoach", canonical: "Kế hoạch", nounOnly: true),
        Kind(folded: "chuong trinh hanh dong", canonical: "Chương trình hành động", nounOnly: true),
        Kind(folded: "chuong trinh", canonical: "Chương trình", nounOnly: true), Kind(folded: "quy dinh", canonical: "Quy định", nounOnly: false),
        Kind(folded: "quy che", canonical: "Quy chế", nounOnly: false), Kind(folded: "de an", canonical: "Đề án", nounOnly: true),
        Kind(folded: "bao cao", canonical: "Báo cáo", nounOnly: false),
    ]
    private static let kindIndex = PhraseIndex(kinds.map { (phrase: $0.folded, value: $0) })

    /// Bodies that are one committee or council, named so with or without `của`.
    private static let committees = ["tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy", "ban thuong vu", "btv", "ban chap hanh",
                                     "bch", "hoi dong nhan dan", "hdnd", "uy ban nhan dan", "ubnd", "thuong truc", "ban can su", "bo chinh tri",
                                     "ban bi thu", "ban tuyen giao", "ban to chuc", "ban dan van", "uy ban kiem tra", "thu tuong"]
    private static let committeeIndex = PhraseIndex(committees.map { (phrase: $0, value: ()) })

    /// Bodies that name one only with a subject after them (`chỉ thị của Trung ương về đổi mới đào tạo nghề …`).
    private static let widerBodies = ["trung uong", "chinh phu", "huyen", "tinh", "thanh pho", "quan"]
    private static let widerIndex = PhraseIndex(widerBodies.map { (phrase: $0, value: ()) })

    /// Verbs that name what they govern, and at most three words of the sentence between them and the kind.
    private static let verbs = ["thuc hien", "trien khai", "quan triet", "hoc tap", "can cu", "cu the hoa", "so ket", "tong ket", "xem xet",
                                "thong qua", "danh gia"]

    /// Whether a kind of `kinds` may open at word start `i`: the word there is a kind's first word (`nghi`, `nq`, `chi`,
    /// `chuong`, `ket`, `ke`, `quy`, `de`, `bao`) and a space or a line break follows it, as every kind goes on after its first
    /// word (`nq` before its body). Asked before `match` on the word's bytes: two letters let `quyết`, `chính`, `chức`, `bảo`
    /// through (callgrind, 100 documents of the sample shape: 22,300 calls of `match`, 24 M instructions, 6 % of extraction).
    @inline(__always)
    static func mayStart(_ b: [UInt8], at i: Int) -> Bool {
        var e = i
        while e < b.count, ByteReader.isLetter(b[e]) { e += 1 }
        guard e < b.count, b[e] == 0x20 || b[e] == 0x0A else { return false }
        let c0 = b[i], c1 = b[i + 1]
        switch e - i {
        case 2: return c0 == UInt8(ascii: "n") && c1 == UInt8(ascii: "q") || c0 == UInt8(ascii: "k") && c1 == UInt8(ascii: "e")
            || c0 == UInt8(ascii: "d") && c1 == UInt8(ascii: "e")
        case 3:
            let c2 = b[i + 2]
            switch (c0, c1, c2) {
            case (UInt8(ascii: "c"), UInt8(ascii: "h"), UInt8(ascii: "i")), (UInt8(ascii: "k"), UInt8(ascii: "e"), UInt8(ascii: "t")),
                 (UInt8(ascii: "q"), UInt8(ascii: "u"), UInt8(ascii: "y")), (UInt8(ascii: "b"), UInt8(ascii: "a"), UInt8(ascii: "o")): return true
            default: return false
            }
        case 4: return b[i..<e].elementsEqual("nghi".utf8)
        case 6: return b[i..<e].elementsEqual("chuong".utf8)
        default: return false
        }
    }

    /// The document named at word start `i`, if a kind, a body and a naming verb before them are there.
    static func match(_ s: TextSegment, at i: Int) -> NamedDocuments.Match? { match(s, at: i, joined: true) }

    /// `joined`: whether a kind joined by `và` to one named before it takes that one's verb (not asked of that one).
    private static func match(_ s: TextSegment, at i: Int, joined: Bool) -> NamedDocuments.Match? {
        let b = s.bytes
        let reader = ByteReader(b)
        guard let (entry, headEnd) = kindIndex.match(reader, at: i) else { return nil }
        if b[i] == UInt8(ascii: "n"), b[i + 1] == UInt8(ascii: "q"), s.originalText(i..<headEnd) != "NQ" { return nil }
        var r = ByteReader(b, from: headEnd)
        guard r.current == 0x20 else { return nil }
        r.skipSpaces()
        let of = r.matchWord("cua")
        r.skipSpaces()
        let bodyStart = r.position
        // Most kinds go on with their number (`Nghị quyết số 28-NQ/TW`, `Kế hoạch 125-KH/TU`): no body's name starts with `s`
        // but `sở`, which is no committee here, nor with a digit.
        guard bodyStart < b.count, b[bodyStart] != UInt8(ascii: "s"), !ByteReader.isDigit(b[bodyStart]) else { return nil }
        let committee = committeeIndex.match(reader, at: bodyStart) != nil
        let wider = !committee && of && widerIndex.match(reader, at: bodyStart) != nil && s.startsUpperCase(at: bodyStart)
        // Without `của` only a committee's name follows the kind (`Nghị quyết Huyện ủy`); `Nghị quyết Trung ương 4` is a plenum's.
        let kind = kindIndex.value(entry)
        guard committee && (of || kind.nounOnly) || of && wider else { return nil }
        guard let verb = verbBefore(s, i) ?? (joined ? verbOfJoined(s, i) : nil) else { return nil }
        let bodyEnd = CitationScanner.readIssuer(s, from: bodyStart, limit: min(b.count, bodyStart + 160))
        guard bodyEnd > bodyStart else { return nil }
        var end = bodyEnd
        r.position = bodyEnd
        // What sets the document apart among the body's: its term, session, period, or else its year
        // (`NQ HĐND Huyện Lần thứ 10 Khóa XIX năm 2015` is named by its session).
        var told = false
        while true {
            var t = r
            t.skipSpaces()
            let open = t.current == UInt8(ascii: "(")
            if open { t.position += 1; t.skipSpaces() }
            if t.matchWord("khoa") || t.matchWord("lan thu") || t.matchWord("ky hop thu") || t.matchWord("nhiem ky") || !told && t.matchWord("nam") {
                t.skipSpaces()
                let numeral = t.position
                if t.readRoman() != nil, s.originalText(numeral..<t.position).allSatisfy(\.isUppercase) {
                } else if let n = t.readNumber(digits: 1...4) {
                    // `nhiệm kỳ 2020 - 2025`, `(2011- 2016)`.
                    if n >= 1945 { var y = t; y.skipSpaces(); if y.current == UInt8(ascii: "-") { y.position += 1; y.skipSpaces(); if y.readNumber(digits: 4...4) != nil { t = y } } }
                } else { break }
            } else if open, let first = t.readNumber(digits: 4...4), first >= 1945 {
                t.skipSpaces()
                guard t.current == UInt8(ascii: "-") else { break }
                t.position += 1
                t.skipSpaces()
                guard t.readNumber(digits: 4...4) != nil else { break }
            } else { break }
            if open { t.skipSpaces(); guard t.current == UInt8(ascii: ")") else { break }; t.position += 1 }
            r = t
            end = r.position
            told = true
        }
        // A number after the body makes it a numbered document, left to the identifier (`Chỉ thị của Ban Bí thư số 12`).
        var after = ByteReader(b, from: end)
        after.skipSpaces()
        if after.matchWord("so") { after.skipSpaces(); if let c = after.current, ByteReader.isDigit(c) { return nil } }
        var subject: String?
        var t = r
        t.skipSpaces()
        // `THỰC HIỆN KẾ HOẠCH CỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ CỦNG CỐ, XÂY DỰNG TỔ CHỨC CƠ SỞ ĐẢNG` (red team, round 1): a
        // heading's subject runs to its line's end, as `DescribedDocuments` reads one, and is named as the text writes it.
        let heading = headEnd - i > 2 && !s.originalText(i..<headEnd).contains(where: \.isLowercase)
        if t.matchWord("ve viec") || t.matchWord("ve") {
            t.skipSpaces()
            // `Quy định của Ban Bí thư về việc ban hành Quy chế phối hợp …` (the sample corpus): a subject cut before what is
            // issued says nothing; the kind and body name it.
            if let e = heading ? DescribedDocuments.headingName(s, from: t.position) : DescribedDocuments.name(s, from: t.position), e > t.position,
               case let key = NamedDocuments.subjectKey(s.originalText(t.position..<e)), key != "ban hanh" {
                subject = key
                end = e
            }
        } else if t.current == UInt8(ascii: "\""), let e = DescribedDocuments.quoted(b, from: t.position), e > t.position + 2 {
            // `Quy định của Bộ Chính trị “Một số vấn đề bảo vệ chính trị nội bộ Đảng”` (the sample corpus): its title quoted.
            subject = NamedDocuments.subjectKey(s.originalText((t.position + 1)..<e))
            end = e
        }
        guard committee || subject != nil else { return nil }
        let written = s.originalText(i..<end).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        // The kind as a name writes it (`kết luận của Bộ Chính trị …` and `Kết luận của Bộ Chính trị …` are one node, named
        // alike whichever mention comes first), `NQ` as `Nghị quyết`; a heading's words after its kind in lower case.
        let rest = written.dropFirst(s.originalText(i..<headEnd).count)
        let name = kind.canonical + (heading ? rest.lowercased() : String(rest))
        var match = NamedDocuments.Match(range: i..<end, name: name, typeWord: s.originalText(i..<headEnd), date: nil, subject: subject)
        match.adoptedHere = verb == "thong qua"
        match.body = s.originalText(bodyStart..<bodyEnd)
        return match
    }

    /// `thực hiện thắng lợi nghị quyết Ban chấp hành Đảng bộ huyện và nghị quyết hội đồng nhân dân huyện lần thứ 10 khóa XIX`
    /// (real: Thường Xuân, 2015): a kind right after `và` and a document of this kind named before it takes that one's verb.
    private static func verbOfJoined(_ s: TextSegment, _ i: Int) -> String? {
        let b = s.bytes
        guard let va = DescribedDocuments.conjunctionBefore(b, i) else { return nil }
        var end = va
        while end > 0, ByteReader.isSpace(b[end - 1]) { end -= 1 }
        let reader = ByteReader(b)
        var j = end - 1
        while j >= 0, end - j < 240, b[j] != UInt8(ascii: "."), b[j] != UInt8(ascii: ";") {
            if j == 0 || !ByteReader.isAlnum(b[j - 1]), kindIndex.match(reader, at: j) != nil, let m = match(s, at: j, joined: false) {
                return m.range.upperBound == end ? verbBefore(s, j) : nil
            }
            j -= 1
        }
        return nil
    }

    /// The naming verb before the kind at `i`: at most three lower-case words between, none of them `các` or `những`
    /// right before the kind (many documents), no punctuation.
    private static func verbBefore(_ s: TextSegment, _ i: Int) -> String? {
        let b = s.bytes
        let reader = ByteReader(b)
        var k = i
        for skipped in 0...3 {
            var e = k
            while e > 0, ByteReader.isSpace(b[e - 1]) { e -= 1 }
            guard e > 0, e < k || k == i, ByteReader.isLetter(b[e - 1]) else { return nil }
            var w = e
            while w > 0, ByteReader.isLetter(b[w - 1]) { w -= 1 }
            // The verb's last word ends at `e`: try each verb ending there.
            for verb in verbs {
                let start = e - verb.utf8.count
                if start >= 0, start == 0 || !ByteReader.isAlnum(b[start - 1]), reader.phraseEnd(verb, at: start) == e { return verb }
            }
            let word = String(decoding: b[w..<e], as: UTF8.self)
            if skipped == 0, ["cac", "nhung", "moi", "mot"].contains(word) { return nil }
            if s.startsUpperCase(at: w) { return nil }
            k = w
        }
        return nil
    }
}
