/// Documents cited by name rather than number: `Điều lệ Đảng`, `Nghị quyết Đại hội XIV`,
/// `Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ I`, `Luật Tổ chức Chính phủ ngày …`.
enum NamedDocuments {
    /// A found name: folded range and canonical name.
    struct Match {
        var range: Range<Int>
        var name: String
        var typeWord: String
        var date: SimpleDate?
        /// A law named inside an amending law's name (`Luật sửa đổi, bổ sung một số điều của
        /// *Luật Tổ chức Chính phủ* …`): the amending law amends it.
        var amendedBy: Range<Int>? = nil
        /// For a document named by kind and subject (`Quy chế làm việc của …`), the subject,
        /// folded: what tells it from the citing document's own title.
        var subject: String? = nil
        /// Named as what a meeting adopts (`Hội nghị thông qua dự thảo Chương trình công tác năm 2024`): a document of its own
        /// where the citing text tells of the meeting, the text's own content where it is the resolution or decision that
        /// adopts it (`Điều 1. Thông qua Đề án …`); `CitationScanner` knows which.
        var adoptedHere = false
        /// The plenum's other documents a list of kinds names with this one (`Kết luận, Quy định Hội nghị lần thứ tư …`).
        var siblingNames: [String] = []
        /// An amending law named right before its number (`Luật sửa đổi, bổ sung … số 47/2019/QH14`):
        /// the number is the citation, and this match only bounds the laws it names.
        var isNumbered = false
        /// `Nghị quyết Đại hội` alone: the congress named last before it in the document (`bareCongressResolution`).
        var isBareCongress = false
        /// The body a document named by its kind and body was issued by, as written (`BodyNamedDocuments`): `Kế hoạch của
        /// Thành ủy` without a subject, in the Thành ủy's own plan, is that plan.
        var body: String? = nil
    }

    static func scan(_ s: TextSegment) -> [Match] { scan(s, askingEveryByte: false) }

    /// `scan` asking every byte of a word at whose start no name was found whether it starts one, as before
    /// issue #12's sixteenth pass, and every word start every matcher's own gate, as before its nineteenth
    /// (`NameStarts`; the form `SixteenthPassShortcutTests` and `NineteenthPassShortcutTests` hold `scan` to).
    static func scanAskingEveryByte(_ s: TextSegment) -> [Match] { scan(s, askingEveryByte: true) }

    /// Inlined into both forms, so that `scan`'s loop carries no flag: a flag asked in the loop made it 9 %
    /// slower (callgrind, 100 documents of the sample shape: 82.8 → 90.2 M).
    @inline(__always)
    private static func scan(_ s: TextSegment, askingEveryByte: Bool) -> [Match] {
        NameStarts.secondLetters.withUnsafeBufferPointer { scan(s, askingEveryByte: askingEveryByte, nameStarts: $0) }
    }

    @inline(__always)
    private static func scan(_ s: TextSegment, askingEveryByte: Bool, nameStarts: UnsafeBufferPointer<UInt32>) -> [Match] {
        var result: [Match] = []
        let b = s.bytes
        let reader = ByteReader(b)
        var i = 0
        while i < b.count {
            // Each name starts with its own letter, so only one matcher runs at a word start.
            let c = b[i]
            guard ByteReader.isLetter(c), i == 0 || !ByteReader.isAlnum(b[i - 1]) else { i += 1; continue }
            // Most words open no name: their first two bytes say so (`NameStarts`), and the word is passed over.
            if !askingEveryByte, !NameStarts.mayOpen(b, at: i, table: nameStarts) {
                i += 1
                while i < b.count, ByteReader.isAlnum(b[i]) { i += 1 }
                continue
            }
            // `Bộ luật Lao động ngày …`, `Bộ luật Hình sự`: a code is a law with a longer head;
            // `Pháp lệnh Ưu đãi người có công …`: an ordinance is named like a law.
            if c == UInt8(ascii: "b") || c == UInt8(ascii: "p"), askingEveryByte || NameStarts.mayOpenLawHead(b, at: i),
               let head = LawHead(at: i, in: reader), originalIsCapitalized(s, i),
               let m = lawByName(s, at: i, head: head) ?? undatedLaw(s, at: i, head: head) ?? headingLaw(s, at: i, head: head) {
                result.append(m); i = m.range.upperBound; continue
            }
            // `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam (năm 2013)`: one constitution in force.
            if c == UInt8(ascii: "h"), let h = reader.phraseEnd("hien phap", at: i), originalIsCapitalized(s, i) {
                var e = h
                var r = ByteReader(b, from: h)
                r.skipSpaces()
                if r.matchWord("nuoc cong hoa xa hoi chu nghia viet nam") { e = r.position }
                // `Hiến pháp năm 2013`, `Hiến pháp 1992`, `(năm 2013)`: the constitutions of 1992 and
                // 2013 are two documents.
                var y = ByteReader(b, from: e)
                y.skipSpaces()
                let open = y.position < b.count && b[y.position] == UInt8(ascii: "(")
                if open { y.position += 1; y.skipSpaces() }
                if y.matchWord("nam") { y.skipSpaces() }
                var name = "Hiến pháp"
                if let yearEnd = Self.yearEnd(b, at: y.position) {
                    name += " năm \(s.originalText(y.position..<yearEnd))"
                    e = yearEnd
                    if open, e < b.count, b[e] == UInt8(ascii: ")") { e += 1 }
                }
                result.append(Match(range: i..<e, name: name, typeWord: s.originalText(i..<h), date: nil))
                i = e
                continue
            }
            // `QCVN 01:2021/BXD`, `TCVN 5574:2018`: a technical regulation or standard known by its code.
            // `qcvn`/`tcvn`: three bytes decide before the phrases are tried (most `q` and `t` words are `quy`, `trong`, …).
            if c == UInt8(ascii: "q") || c == UInt8(ascii: "t"), i + 3 < b.count, b[i + 1] == UInt8(ascii: "c"), b[i + 2] == UInt8(ascii: "v"),
               b[i + 3] == UInt8(ascii: "n"), let m = standard(s, at: i) { result.append(m); i = m.range.upperBound; continue }
            // `Căn cứ điều lệ Đảng` (the kind in lower case, the Party's name capitalised: real, a commune Youth Union's post).
            if c == UInt8(ascii: "d"), let e = reader.phraseEnd("dieu le dang", at: i), originalIsCapitalized(s, i) || originalIsCapitalized(s, e - 4) {
                result.append(Match(range: i..<e, name: "Điều lệ Đảng", typeWord: s.originalText(i..<(i + 6)), date: nil))
                i = e
                continue
            }
            // `Căn cứ Điều lệ Đoàn và …`, `Điều lệ Công đoàn`: a mass organisation's charter by its short name
            // (real: the Youth Union's 411-KH/TWĐTN-BTC, 2021); a name that goes on in capitals is read whole below.
            if c == UInt8(ascii: "d"), let (e, name) = shortCharter(s, at: i, reader: reader) {
                result.append(Match(range: i..<e, name: name, typeWord: s.originalText(i..<(i + 6)), date: nil))
                i = e
                continue
            }
            // `nghị quyết …`, `NQ đại hội …`, `kết luận …`: the second byte decides before the phrases are tried.
            if c == UInt8(ascii: "n"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "g") || b[i + 1] == UInt8(ascii: "q"), let m = congressResolution(s, at: i) {
                result.append(m); i = m.range.upperBound; continue
            }
            if c == UInt8(ascii: "n") || c == UInt8(ascii: "k") || c == UInt8(ascii: "q"),
               i + 1 < b.count, b[i + 1] == UInt8(ascii: c == UInt8(ascii: "n") ? "g" : c == UInt8(ascii: "k") ? "e" : "u"),
               let m = plenumDocument(s, at: i) {
                result.append(m)
                // `Kết luận, Quy định Hội nghị lần thứ tư …`: each kind of the list is the plenum's document.
                for name in m.siblingNames { result.append(Match(range: m.range, name: name, typeWord: m.typeWord, date: nil)) }
                i = m.range.upperBound
                continue
            }
            if c == UInt8(ascii: "l"), askingEveryByte || NameStarts.opensLaw(b, at: i), let m = lawByName(s, at: i, head: .law) ?? undatedLaw(s, at: i, head: .law) ?? headingLaw(s, at: i, head: .law) {
                // `… số 47/2019/QH14`: a numbered amending law is its number's citation (see `LawName`).
                if !m.isNumbered { result.append(m) }
                if isAmendingLawName(m.name) { result += amendedLaws(s, by: m) }
                i = m.range.upperBound
                continue
            }
            // `văn kiện`, `dự thảo`, `báo cáo`/`bản kiểm điểm`: two bytes decide before any phrase is tried.
            if i + 1 < b.count, c == UInt8(ascii: "v") || c == UInt8(ascii: "d") || c == UInt8(ascii: "b"),
               b[i + 1] == UInt8(ascii: c == UInt8(ascii: "d") ? "u" : "a"), askingEveryByte || NameStarts.mayOpenCongressPaper(b, at: i),
               let m = congressPaper(s, at: i) {
                result.append(m); i = m.range.upperBound; continue
            }
            // `kế hoạch đầu tư công năm 2022`, `quy hoạch sử dụng đất đến năm 2020`: a council's plans, in any case.
            if c == UInt8(ascii: "k") || c == UInt8(ascii: "q"), let m = PlanningInstruments.match(s, at: i) {
                result.append(m); i = m.range.upperBound; continue
            }
            // `thực hiện Nghị quyết của Tỉnh ủy về …`, `quán triệt Nghị quyết Huyện ủy`: a kind and the body that issued it.
            if askingEveryByte || BodyNamedDocuments.mayStart(b, at: i), let m = BodyNamedDocuments.match(s, at: i) {
                result.append(m); i = m.range.upperBound; continue
            }
            // A kind's first word is asked here, before the call: most word starts are no kind
            // (callgrind, 100 sample documents: 210,000 calls, 185 instructions each to say no).
            if askingEveryByte ? DescribedDocuments.mayStartKind(b, at: i) : DescribedDocuments.mayStartKindWord(b, at: i),
               let m = DescribedDocuments.match(s, at: i) { result.append(m); i = m.range.upperBound; continue }
            // No name starts at this word: its other bytes follow a letter or a digit, so none of
            // them is a word start, and they are passed over without asking each (callgrind, 100
            // plan-heavy documents: the loop's questions were 11 M of `scan`'s 70 M).
            i += 1
            while !askingEveryByte, i < b.count, ByteReader.isAlnum(b[i]) { i += 1 }
        }
        return result
    }

    /// `Nghị quyết Đại hội XIV`, `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng`,
    /// `Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ I`; abbreviated (`NQ đại hội Đảng bộ huyện
    /// lần thứ XXI`) or in lower case (`tuyên truyền nghị quyết đại hội Đảng bộ tỉnh lần thứ XVIII`, real:
    /// Lục Nam's Huyện ủy, 2015) when the congress's number makes it one congress's resolution.
    static func congressResolution(_ s: TextSegment, at i: Int) -> Match? {
        var r = ByteReader(s.bytes, from: i)
        let abbreviated = r.matchWord("nq dai hoi") && s.originalText(i..<(i + 2)) == "NQ"
        guard abbreviated || r.matchWord("nghi quyet dai hoi") else { return partyOrganisationResolution(s, at: i) }
        // `nghị quyết đại hội` in lower case names a congress's resolution only with the congress's number.
        let capitalised = abbreviated || originalIsCapitalized(s, i)
        let typeWord = abbreviated ? "Nghị quyết" : s.originalText(i..<(i + 10))
        let afterHead = r.position
        r.skipSpaces()
        let numeralStart = r.position
        if let n = r.readRoman(), s.originalText(numeralStart..<r.position).allSatisfy({ $0.isUppercase }) {
            // `Nghị quyết Đại hội XI Đảng bộ tỉnh` (real: a ward of Tây Ninh): the province's eleventh congress,
            // named as `… Đại hội Đảng bộ tỉnh lần thứ XI` is, not the Party's.
            var tail = r
            tail.skipSpaces()
            if tail.phraseEnd("dang bo", at: tail.position) != nil || tail.phraseEnd("chi bo", at: tail.position) != nil {
                let bodyEnd = localPartyEnd(s, from: tail.position)
                return Match(range: i..<bodyEnd, name: "Nghị quyết Đại hội \(s.originalText(tail.position..<bodyEnd)) lần thứ \(n.roman)",
                             typeWord: typeWord, date: nil)
            }
            return Match(range: i..<r.position, name: "Nghị quyết Đại hội \(n.roman)", typeWord: typeWord, date: nil)
        }
        r.position = afterHead
        r.skipSpaces()
        // `(đại biểu) toàn quốc lần thứ XIII (của Đảng)`, `Đảng (toàn quốc) lần thứ XIII`,
        // `lần thứ XIII của Đảng`: the national congress, with or without `đại biểu`.
        let delegates = r.matchWord("dai bieu")
        r.skipSpaces()
        // `nghị quyết Đại hội đại biểu Quận lần thứ XXVIII`, `Nghị quyết đại hội Tỉnh đảng bộ lần XIII`: the Party
        // organisation named by its tier alone, or in the older order.
        if let tier = tierFirst(s, at: r.position, delegates: delegates), let number = congressNumber(s, from: tier) {
            let body = s.originalText(afterHead..<number.mark).trimmingCharacters(in: " ")
            return Match(range: i..<number.end, name: "Nghị quyết Đại hội \(body) lần thứ \(number.value.roman)", typeWord: typeWord, date: nil)
        }
        if r.phraseEnd("dang bo", at: r.position) == nil, r.phraseEnd("chi bo", at: r.position) == nil {
            if capitalised, let m = massOrganisationCongress(s, at: i, body: r.position, typeWord: typeWord) { return m }
            let party = r.matchWord("dang")
            r.skipSpaces()
            let national = r.matchWord("toan quoc")
            r.skipSpaces()
            guard r.matchWord("lan thu") else { return delegates || party || national ? nil : bareCongressResolution(s, at: i, head: afterHead, typeWord: typeWord) }
            r.skipSpaces()
            guard let n = r.readRoman() else { return nil }
            var end = r.position
            var tail = r
            tail.skipSpaces()
            // `Nghị quyết Đại hội đại biểu lần thứ XV Đảng bộ Thành phố`: a local congress named
            // with its number first; named as when the body comes first.
            if !(party || national), tail.phraseEnd("dang bo", at: tail.position) != nil {
                let bodyEnd = localPartyEnd(s, from: tail.position)
                let body = (delegates ? "đại biểu " : "") + s.originalText(tail.position..<bodyEnd)
                return Match(range: i..<bodyEnd, name: "Nghị quyết Đại hội \(body) lần thứ \(n.roman)", typeWord: typeWord, date: nil)
            }
            if tail.matchWord("cua dang") { end = tail.position } else if !(party || national) { return nil }
            return Match(range: i..<end, name: "Nghị quyết Đại hội \(n.roman)", typeWord: typeWord, date: nil)
        }
        let bodyStart = r.position
        if r.matchWord("dang bo") || r.matchWord("chi bo") {
            // `Đảng bộ tỉnh Thái Nguyên lần thứ I`: the body's name runs to `lần thứ`, within its clause.
            guard let number = congressNumber(s, from: r.position), number.mark - r.position < 80, namesBodyOnly(s.bytes, r.position..<number.mark) else {
                return capitalised ? congressByTerm(s, at: i, head: afterHead, body: bodyStart) ?? unnumberedLocalCongress(s, at: i, head: afterHead, body: bodyStart) : nil
            }
            // The name as written: `Đại hội đại biểu Đảng bộ huyện lần thứ XX` keeps `đại biểu`.
            let body = s.originalText(afterHead..<number.mark).trimmingCharacters(in: " ")
            return Match(range: i..<number.end, name: "Nghị quyết Đại hội \(body) lần thứ \(number.value.roman)", typeWord: typeWord, date: nil)
        }
        return nil
    }

    /// The number a congress is named by, after its body and within 80 bytes: `lần thứ XX`, `lần thứ 26` (real: Vĩnh Lộc,
    /// 2020), `lần XIII`, `khóa III` (a local organisation's term is its congress's number: real, Long Biên). The marker's
    /// start, the number and where it ends. Without `thứ` the numeral is written in capitals, as a term is.
    static func congressNumber(_ s: TextSegment, from start: Int) -> (mark: Int, value: Int, end: Int)? {
        let b = s.bytes
        let reader = ByteReader(b)
        var k = start
        while k < min(b.count, start + 80) {
            defer { k += 1 }
            guard b[k] == UInt8(ascii: "l") || b[k] == UInt8(ascii: "k"), k == 0 || !ByteReader.isAlnum(b[k - 1]) else { continue }
            for marker in ["lan thu", "lan", "khoa"] {
                guard let e = reader.phraseEnd(marker, at: k) else { continue }
                var t = ByteReader(b, from: e)
                t.skipSpaces()
                let at = t.position
                if let n = t.readRoman(), marker == "lan thu" || s.originalText(at..<t.position).allSatisfy(\.isUppercase) { return (k, n, t.position) }
                t.position = at
                if marker == "lan thu", let n = t.readNumber(digits: 1...2), t.current.map({ !ByteReader.isAlnum($0) }) ?? true { return (k, n, t.position) }
                break
            }
        }
        return nil
    }

    /// Where a Party organisation named by its tier first ends (`Tỉnh đảng bộ`, `Huyện Đảng bộ`), or by its tier alone after
    /// `đại biểu` (`Đại hội đại biểu Quận`); nil for any other words at `k`.
    private static func tierFirst(_ s: TextSegment, at k: Int, delegates: Bool) -> Int? {
        var r = ByteReader(s.bytes, from: k)
        guard ["tinh", "huyen", "quan", "thanh pho", "thi xa"].contains(where: { r.matchWord($0) }) else { return nil }
        var t = r
        t.skipSpaces()
        if t.matchWord("dang bo") { return t.position }
        return delegates && s.startsUpperCase(at: k) ? r.position : nil
    }

    /// `Nghị quyết đảng bộ huyện lần thứ VIII` (real: a district's news, 2011): the congress's resolution, `Đại hội` left
    /// out, named as when it is said (`DocumentID.congressKey`). Only with its tier and its number.
    private static func partyOrganisationResolution(_ s: TextSegment, at i: Int) -> Match? {
        var r = ByteReader(s.bytes, from: i)
        guard r.matchWord("nghi quyet") else { return nil }
        r.skipSpaces()
        let bodyStart = r.position
        guard r.matchWord("dang bo") else { return nil }
        let bodyEnd = localPartyEnd(s, from: bodyStart)
        guard bodyEnd > r.position, let number = congressNumber(s, from: bodyEnd), number.mark - bodyEnd < 3 else { return nil }
        let body = s.originalText(bodyStart..<bodyEnd)
        return Match(range: i..<number.end, name: "Nghị quyết Đại hội \(body) lần thứ \(number.value.roman)",
                     typeWord: s.originalText(i..<(i + 10)), date: nil)
    }

    /// Whether the bytes between a Party body's first words and its congress's number are its name's only: no
    /// sentence's or clause's end (`.`, `;`, `,`, a blank line) and no term or other congress on the way. `Nghị quyết
    /// Đại hội Đảng bộ xã nhiệm kỳ 2020-2025` ⏎⏎ `Thực hiện Nghị quyết Đại hội … lần thứ XXI` names two congresses.
    static func namesBodyOnly(_ b: [UInt8], _ span: Range<Int>) -> Bool {
        var previous: UInt8 = 0
        for k in span {
            let c = b[k]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == 0x0A && previous == 0x0A { return false }
            if c != 0x20 && c != 0x0D && c != 0x09 { previous = c }
        }
        let reader = ByteReader(b)
        for k in span where (k == 0 || !ByteReader.isAlnum(b[k - 1])) && (b[k] == UInt8(ascii: "n") || b[k] == UInt8(ascii: "d")) {
            if reader.phraseEnd("nhiem ky", at: k) != nil || reader.phraseEnd("dai hoi", at: k) != nil || reader.phraseEnd("nghi quyet", at: k) != nil { return false }
        }
        return true
    }

    /// `Nghị quyết Đại hội Đảng bộ xã`, `Nghị quyết Đại hội đảng bộ đề ra`: a local congress named by its body's
    /// tier alone, without its number or term (real: news of a commune's Party committee, 266 and 292 of the
    /// evaluation set); the citing document's place's (`NamedScope`). Not `Đảng bộ các cấp` (every level's).
    private static func unnumberedLocalCongress(_ s: TextSegment, at i: Int, head: Int, body: Int) -> Match? {
        let b = s.bytes
        let bodyEnd = localPartyEnd(s, from: body)
        var r = ByteReader(b, from: bodyEnd)
        r.skipSpaces()
        if r.matchWord("cac cap") || r.matchWord("khoa") || r.matchWord("lan") || r.matchWord("nhiem ky") { return nil }
        // A place's capitalised name would have been read by `localPartyEnd`; what follows is the sentence's.
        guard unplacedTier(b, body..<bodyEnd) else { return nil }
        let name = s.originalText(head..<bodyEnd).trimmingCharacters(in: " ")
        return Match(range: i..<bodyEnd, name: "Nghị quyết Đại hội \(name)", typeWord: s.originalText(i..<(i + 10)), date: nil)
    }

    /// Whether `span` is `Đảng bộ`/`Chi bộ` and at most a tier (`xã`, `huyện`, `tỉnh` …), no place's name.
    private static func unplacedTier(_ b: [UInt8], _ span: Range<Int>) -> Bool {
        let words = String(decoding: b[span], as: UTF8.self).split(separator: " ")
        guard words.count >= 2 else { return false }
        let tier = words.dropFirst(2).joined(separator: " ")
        return ["", "xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thanh pho", "tinh"].contains(tier)
    }

    /// `thực hiện Nghị quyết Đại hội, …`, `chỉ tiêu Nghị quyết Đại hội đề ra`: the resolution of a congress
    /// named before in the document, re-mentioned without its body or number (`isBareCongress`; resolved by the
    /// scanner to the last congress named). `Đại hội` capitalised, and no body, number or term after it.
    private static func bareCongressResolution(_ s: TextSegment, at i: Int, head: Int, typeWord: String) -> Match? {
        let b = s.bytes
        guard s.startsUpperCase(at: head - 7) else { return nil }
        // `các Nghị quyết Đại hội` are many; `(sau đây viết tắt là Nghị quyết Đại hội)` defines a short name.
        let before = wordBefore(b, i)
        guard before != "cac", before != "nhung", before != "la" else { return nil }
        var r = ByteReader(b, from: head)
        r.skipSpaces()
        if let c = r.current, ByteReader.isLetter(c) {
            if s.startsUpperCase(at: r.position) { return nil }
            for word in ["dai", "dang", "toan quoc", "lan", "chi bo", "khoa", "nhiem ky", "cua", "cac", "hoi", "doan", "cong doan", "cap", "so", "nam", "o co so"] where r.phraseEnd(word, at: r.position) != nil {
                return nil
            }
        } else if let c = r.current, ByteReader.isDigit(c) {
            return nil
        }
        return Match(range: i..<head, name: "Nghị quyết Đại hội", typeWord: typeWord, date: nil, isBareCongress: true)
    }

    /// `Nghị quyết Đại hội Hội Nông dân huyện Bắc Trà My lần thứ XI` (or `… khóa XI`, as the farmers'
    /// and veterans' associations number their congresses), `Nghị quyết Đại hội của Hội Cựu chiến binh
    /// tỉnh lần thứ VI`, `… Câu lạc bộ tỉnh lần thứ I`, `… Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XV`, `…
    /// Công đoàn`, `… Mặt trận Tổ quốc`, `… Liên đoàn Lao động`: a mass organisation's congress, its
    /// body written with a capital (evaluation batch 21: none of them was read).
    private static func massOrganisationCongress(_ s: TextSegment, at i: Int, body: Int, typeWord: String) -> Match? {
        var r = ByteReader(s.bytes, from: body)
        if r.matchWord("cua") { r.skipSpaces() }
        let start = r.position
        // A council (`Hội đồng`) holds sessions, not congresses.
        guard s.startsUpperCase(at: start), r.phraseEnd("hoi dong", at: start) == nil,
              ["hoi", "doan", "cong doan", "cau lac bo", "mat tran", "lien doan", "uy ban mat tran"].contains(where: { r.phraseEnd($0, at: start) != nil }) else { return nil }
        let lan = r.firstIndex(of: "lan thu", from: start), khoa = r.firstIndex(of: "khoa", from: start)
        let term = r.firstIndex(of: "nhiem ky", from: start)
        guard let mark = [lan, khoa, term].compactMap({ $0 }).min(), mark - start < 90 else { return nil }
        // The body runs to its number: no sentence's end nor another document on the way.
        guard !s.bytes[start..<mark].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }) else { return nil }
        // `Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh các cấp nhiệm kỳ 2022-2027` (real: a district's Youth Union,
        // 2023): the congress named by its term, kept as written.
        if mark == term {
            var t = ByteReader(s.bytes, from: mark)
            _ = t.matchWord("nhiem ky")
            guard let years = termYears(s.bytes, at: t.position) else { return nil }
            let name = s.originalText(start..<years).trimmingCharacters(in: .whitespaces)
            return Match(range: i..<years, name: "Nghị quyết Đại hội \(name)", typeWord: typeWord, date: nil)
        }
        r.position = mark
        let ordinal = r.matchWord("lan thu")
        if !ordinal { _ = r.matchWord("khoa") }
        r.skipSpaces()
        let numeral = r.position
        guard let n = r.readRoman(), s.originalText(numeral..<r.position).allSatisfy({ $0.isUppercase }) else { return nil }
        let name = s.originalText(start..<mark).trimmingCharacters(in: .whitespaces)
        return Match(range: i..<r.position, name: "Nghị quyết Đại hội \(name) \(ordinal ? "lần thứ" : "khóa") \(n.roman)", typeWord: typeWord, date: nil)
    }

    /// `QCVN 01:2021/BXD` (a national technical regulation), `QCVN 07-1:2016/BXD`, `TCVN 5574:2018`
    /// (a national standard): the code, in capitals, then its number, a colon and its year, and for a
    /// regulation the ministry that issued it. Named by the code as written.
    static func standard(_ s: TextSegment, at i: Int) -> Match? {
        let b = s.bytes
        var r = ByteReader(b, from: i)
        guard r.matchWord("qcvn") || r.matchWord("tcvn"), s.originalText(i..<(i + 4)) == s.originalText(i..<(i + 4)).uppercased() else { return nil }
        r.skipSpaces()
        // NUMBER[-PART][.PART]:YEAR[/CODE]
        guard r.readNumber(digits: 1...5) != nil else { return nil }
        while let c = r.current, c == UInt8(ascii: "-") || c == UInt8(ascii: "."), r.position + 1 < b.count, ByteReader.isDigit(b[r.position + 1]) {
            r.position += 1
            _ = r.readNumber(digits: 1...5)
        }
        guard r.current == UInt8(ascii: ":") else { return nil }
        r.position += 1
        guard let year = r.readNumber(digits: 4...4), (1950...2100).contains(year) else { return nil }
        if r.current == UInt8(ascii: "/"), r.position + 1 < b.count, ByteReader.isLetter(b[r.position + 1]) {
            var e = r.position + 1
            while e < b.count, ByteReader.isLetter(b[e]), e - r.position <= 10 { e += 1 }
            if s.originalText((r.position + 1)..<e).allSatisfy({ $0.isUppercase }) { r.position = e }
        }
        guard r.current.map({ !ByteReader.isAlnum($0) }) ?? true else { return nil }
        return Match(range: i..<r.position, name: s.originalText(i..<r.position), typeWord: s.originalText(i..<(i + 4)), date: nil)
    }

    /// A report a congress hears, named without the congress (`Báo cáo chính trị`, `báo cáo kiểm điểm
    /// của …`, `bản kiểm điểm …`, `văn kiện báo cáo chính trị`): every congress has its own.
    static func isCongressReport(_ id: DocumentID) -> Bool {
        id.form == .named && ["bao cao chinh tri", "bao cao kiem diem", "ban kiem diem", "van kien bao cao chinh tri"].contains { id.key.hasPrefix($0) }
    }

    /// A congress's paper or a report it hears (`congressPaper`, `Báo cáo chính trị`): named without a
    /// description.
    static func isCongressPaper(_ id: DocumentID) -> Bool {
        isCongressReport(id) || id.form == .named && ["van kien", "du thao cac van kien", "du thao van kien"].contains { id.key.hasPrefix($0) }
    }

    /// The papers of a congress, named by the congress: `các văn kiện Đại hội Đảng toàn quốc lần thứ
    /// IX`, `dự thảo văn kiện Đại hội đại biểu toàn quốc lần thứ X của Đảng`, `dự thảo các văn kiện
    /// Đại hội XIII của Đảng`; and the reports a congress hears, named by who reports (`báo cáo kiểm
    /// điểm của Ban chấp hành đảng bộ quận khóa VIII`, `bản kiểm điểm sự lãnh đạo của Ban Chấp hành
    /// …`). Lower-case words, but no other document is called so. The name is kept as written.
    private static func congressPaper(_ s: TextSegment, at i: Int) -> Match? {
        let b = s.bytes
        var r = ByteReader(b, from: i)
        if r.matchWord("bao cao kiem diem cua") || r.matchWord("ban kiem diem su lanh dao cua") || r.matchWord("ban kiem diem cua") {
            // To the end of its clause: `, báo cáo …`, `; bản …`, `và …`, a line's end.
            var k = r.position
            var end = k
            while k < b.count, k - i < 160 {
                let c = b[k]
                if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == 0x0A || c == 0x09 { break }
                if c == 0x20, ByteReader(b).phraseEnd(" va ", at: k) != nil || ByteReader(b).phraseEnd(" trinh tai", at: k) != nil { break }
                if c != 0x20 { end = k + 1 }
                k += 1
            }
            guard end > r.position + 3 else { return nil }
            return Match(range: i..<end, name: s.originalText(i..<end), typeWord: s.originalText(i..<(i + 7)), date: nil)
        }
        r.position = i
        if r.matchWord("du thao") { r.skipSpaces() }
        if r.matchWord("cac") { r.skipSpaces() }
        guard r.matchWord("van kien") else { return nil }
        // `Tiểu ban văn kiện Đại hội …` (the drafting board) is a body, not the papers.
        if wordBefore(b, i) == "ban" { return nil }
        r.skipSpaces()
        // `văn kiện báo cáo chính trị của Đảng bộ quận`: the political report, as a congress paper.
        if r.matchWord("bao cao chinh tri") {
            return Match(range: i..<r.position, name: s.originalText(i..<r.position), typeWord: s.originalText(i..<(i + 8)), date: nil)
        }
        guard r.matchWord("dai hoi"), s.startsUpperCase(at: r.position - 7) else { return nil }
        let afterHead = r.position
        r.skipSpaces()
        var end: Int?
        let numeral = r.position
        if let _ = r.readRoman(), s.originalText(numeral..<r.position).allSatisfy({ $0.isUppercase }) {
            end = r.position
        } else if let lan = r.firstIndex(of: "lan thu", from: afterHead), lan - afterHead < 90,
                  !b[afterHead..<lan].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") || $0 == 0x0A }) {
            r.position = lan
            _ = r.matchWord("lan thu")
            r.skipSpaces()
            if r.readRoman() != nil { end = r.position }
        }
        guard var e = end else { return nil }
        var tail = ByteReader(b, from: e)
        tail.skipSpaces()
        if tail.matchWord("cua dang") { e = tail.position }
        return Match(range: i..<e, name: s.originalText(i..<e), typeWord: s.originalText(i..<afterHead), date: nil)
    }

    /// `Nghị quyết Đại hội Đảng bộ quận nhiệm kỳ II (2000 - 2005)`, `Nghị quyết Đại hội Chi bộ nhiệm
    /// kỳ 2017-2020`, `Nghị quyết Đại hội đại biểu Đảng bộ Quận 9 nhiệm kỳ III`: a local congress
    /// named by its term instead of its number; the name is kept as written, term included.
    private static func congressByTerm(_ s: TextSegment, at i: Int, head: Int, body: Int) -> Match? {
        let b = s.bytes
        let bodyEnd = localPartyEnd(s, from: body)
        var r = ByteReader(b, from: bodyEnd)
        r.skipSpaces()
        if r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces() }
        guard r.matchWord("nhiem ky") else { return nil }
        r.skipSpaces()
        var end: Int
        if let years = termYears(b, at: r.position) {
            end = years
        } else if let _ = r.readRoman() {
            end = r.position
            // `nhiệm kỳ II (2000 - 2005)`
            var t = ByteReader(b, from: end)
            t.skipSpaces()
            if t.current == UInt8(ascii: "("), let years = termYears(b, at: t.position + 1), years < b.count, b[years] == UInt8(ascii: ")") {
                end = years + 1
            }
        } else {
            return nil
        }
        let name = s.originalText(head..<end).trimmingCharacters(in: " ")
        return Match(range: i..<end, name: "Nghị quyết Đại hội \(name)", typeWord: s.originalText(i..<(i + 10)), date: nil)
    }

    /// The end of a term's years (`2015-2020`, `2000 - 2005`, `2020–2025`) starting at `k`.
    private static func termYears(_ b: [UInt8], at k: Int) -> Int? {
        var r = ByteReader(b, from: k)
        r.skipSpaces()
        guard let a = r.readNumber(digits: 4...4), (1930...2100).contains(a) else { return nil }
        r.skipSpaces()
        // `-`, or an en dash (E2 80 93) as written.
        if r.current == UInt8(ascii: "-") { r.position += 1 }
        else if r.position + 2 < b.count, b[r.position] == 0xE2, b[r.position + 1] == 0x80, b[r.position + 2] == 0x93 { r.position += 3 }
        else { return nil }
        r.skipSpaces()
        guard let z = r.readNumber(digits: 4...4), z > a, z - a <= 10 else { return nil }
        return r.position
    }

    /// `Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XIII`, `Nghị quyết Trung
    /// ương 4 khóa XII`, `Kết luận Hội nghị Trung ương 10`, `Nghị quyết Hội nghị Ban Chấp hành Trung
    /// ương lần thứ tám (khóa XI)`: what a plenum of the Central Committee resolved or concluded,
    /// named by the plenum, one name for every way of writing it (`Nghị quyết Hội nghị Trung ương 5
    /// khóa XIII`). A local committee's plenum (`Kết luận Hội nghị Ban Chấp hành Đảng bộ thành phố
    /// lần thứ 10 khóa X`) keeps its body's name as written.
    static func plenumDocument(_ s: TextSegment, at i: Int) -> Match? {
        var r = ByteReader(s.bytes, from: i)
        guard let kind = plenumKind(&r) else { return nil }
        let kindEnd = r.position
        r.skipSpaces()
        // `thực hiện nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XIII)` (evaluation 412): a kind in
        // lower case names the plenum's document when the plenum's own name follows with its capital. Most words here are
        // the sentence's `quy định`, `kết luận`: the bytes say no before any string is made.
        // `quán triệt nghị quyết hội nghị TW IV khóa XII` (evaluation 533): both in lower case, the Central Committee's capital
        // after them names it; a local committee's does not (`đã chủ trì và kết luận hội nghị Ban Chấp hành Đảng bộ tỉnh`:
        // the verb, reviewer, session 27).
        guard originalIsCapitalized(s, i) || r.phraseEnd("hoi nghi", at: r.position).map({ meetingEnd in
            var c = ByteReader(s.bytes, from: meetingEnd)
            c.skipSpaces()
            // Only `nghị quyết` is never a verb: `Tổng Bí thư kết luận hội nghị Trung ương 4` concludes the meeting.
            return originalIsCapitalized(s, r.position)
                || kind == "Nghị quyết" && c.position < s.bytes.count && s.startsUpperCase(at: c.position)
                && (c.phraseEnd("trung uong", at: c.position) != nil || c.phraseEnd("tw", at: c.position) != nil)
        }) == true else { return nil }
        let typeWord = s.originalText(i..<kindEnd)
        // `Kết luận, Quy định Hội nghị …`, `Nghị quyết và Kết luận Hội nghị …`: kinds listed before the plenum they share.
        var others: [String] = []
        while true {
            var t = r
            if t.current == UInt8(ascii: ",") { t.position += 1; t.skipSpaces() } else if t.matchWord("va") { t.skipSpaces() } else { break }
            guard let other = plenumKind(&t), t.position > r.position else { break }
            others.append(other)
            t.skipSpaces()
            r = t
        }
        // A plenum's regulation is named only beside its other documents or by the plenum itself.
        guard kind != "Quy định" || others.isEmpty == false || r.phraseEnd("hoi nghi", at: r.position) != nil else { return nil }
        let meeting = r.matchWord("hoi nghi")
        r.skipSpaces()
        var number: Int?
        var body: String?
        // `Nghị quyết TW 10 khóa XII` (real: Đô Lương's Huyện ủy, 2018): `TW` in capitals for `Trung ương`.
        if r.matchWord("trung uong") || r.position + 2 <= s.bytes.count && s.originalText(r.position..<(r.position + 2)) == "TW" && r.matchWord("tw") {
            // `Trung ương 4`, `Trung ương lần thứ 4`, `TW IV` (evaluation 533).
            r.skipSpaces()
            if r.matchWord("lan thu") { r.skipSpaces(); number = Self.ordinal(&r) } else { number = r.readNumber(digits: 1...2) }
            if number == nil, r.position < s.bytes.count, s.startsUpperCase(at: r.position) { number = r.readRoman() }
        } else if meeting, r.matchWord("lan thu") {
            // `lần thứ năm Ban Chấp hành Trung ương (Đảng)`, `lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân
            // Việt Nam` (real: Hội Nông dân tỉnh Lạng Sơn, 2017).
            r.skipSpaces()
            number = Self.ordinal(&r)
            r.skipSpaces()
            _ = r.matchWord("cua")
            r.skipSpaces()
            guard r.matchWord("ban chap hanh"), let committee = committeeBody(s, &r) else { return nil }
            body = committee
        } else if meeting, r.matchWord("ban chap hanh") {
            guard let committee = committeeBody(s, &r) else { return nil }
            body = committee
            r.skipSpaces()
            guard r.matchWord("lan thu") else { return nil }
            r.skipSpaces()
            number = Self.ordinal(&r)
        } else {
            return nil
        }
        guard let n = number, (1...20).contains(n) else { return nil }
        var end = r.position
        // `… Trung ương Đảng khoá XIII`, `(khóa XI)`.
        var t = r
        t.skipSpaces()
        if t.matchWord("dang") { end = t.position; t.skipSpaces() }
        let open = t.current == UInt8(ascii: "(")
        if open { t.position += 1; t.skipSpaces() }
        var term: String?
        // `Nghị quyết TW 4 (Khóa XII, XIII)` (evaluation 532): the fourth plenums of two terms, two documents.
        var laterTerm: String?
        if t.matchWord("khoa") {
            t.skipSpaces()
            if let roman = t.readRoman() {
                term = roman.roman
                if open, t.current == UInt8(ascii: ",") {
                    var u = t
                    u.position += 1
                    u.skipSpaces()
                    // `(Khóa XII, XIII)`, `(khóa XII, khóa XIII)`.
                    if u.matchWord("khoa") { u.skipSpaces() }
                    if let next = u.readRoman(), next > roman { laterTerm = next.roman; t = u }
                }
                if open, t.current == UInt8(ascii: ")") { t.position += 1 }
                end = t.position
            }
        }
        func plenum(_ term: String?) -> String {
            let termText = term.map { " khóa \($0)" } ?? ""
            return body.map { "Hội nghị Ban Chấp hành \($0) lần thứ \(n)\(termText)" } ?? "Hội nghị Trung ương \(n)\(termText)"
        }
        var match = Match(range: i..<end, name: "\(kind) \(plenum(term))", typeWord: typeWord, date: nil)
        match.siblingNames = others.map { "\($0) \(plenum(term))" }
        if let laterTerm { match.siblingNames += ([kind] + others).map { "\($0) \(plenum(laterTerm))" } }
        return match
    }

    /// The kind of a plenum's document at `r` (`Nghị quyết`, `Kết luận`, `Quy định`), read past it.
    private static func plenumKind(_ r: inout ByteReader) -> String? {
        if r.matchWord("nghi quyet") { return "Nghị quyết" }
        if r.matchWord("ket luan") { return "Kết luận" }
        if r.matchWord("quy dinh") { return "Quy định" }
        return nil
    }

    /// Whose Executive Committee met, read after `Ban Chấp hành`: `Trung ương (Đảng)` is the Party's Central
    /// Committee (nil body: the plenum's usual name); `Trung ương Hội Nông dân Việt Nam`, `Trung ương Đoàn`, `Hội
    /// Nông dân Việt Nam`, a mass organisation's, and `Đảng bộ tỉnh …` a local Party committee's, named as written.
    /// `.some(nil)` for the Party's Central Committee, nil for no committee.
    private static func committeeBody(_ s: TextSegment, _ r: inout ByteReader) -> String?? {
        r.skipSpaces()
        let start = r.position
        if r.matchWord("trung uong") {
            var d = r
            d.skipSpaces()
            if let end = MassOrganisation.nameEnd(s, at: d.position) {
                r.position = end
                return .some(s.originalText(start..<end))
            }
            // Only the Youth Union is called by its kind alone: `Ban Chấp hành Trung ương Đoàn khóa XII`.
            if d.phraseEnd("doan", at: d.position) != nil, s.startsUpperCase(at: d.position) {
                var e = d
                _ = e.matchWord("doan")
                if !e.matchWord("dang bo") {
                    r.position = e.position
                    return .some(s.originalText(start..<e.position))
                }
            }
            if d.matchWord("dang") { r = d }
            return .some(nil)
        }
        if r.phraseEnd("dang bo", at: r.position) != nil {
            let end = localPartyEnd(s, from: r.position)
            r.position = end
            return .some(s.originalText(start..<end))
        }
        if let end = MassOrganisation.nameEnd(s, at: r.position), ByteReader(s.bytes, from: start, end: end).firstIndex(of: "viet nam") != nil {
            r.position = end
            return .some(s.originalText(start..<end))
        }
        return nil
    }

    /// `năm`, `tư`, `mười hai`, `4`: the number of a plenum, read and passed over.
    private static func ordinal(_ r: inout ByteReader) -> Int? {
        if let n = r.readNumber(digits: 1...2) { return n }
        let units = [("nhat", 1), ("mot", 1), ("hai", 2), ("ba", 3), ("tu", 4), ("bon", 4), ("nam", 5), ("lam", 5), ("sau", 6),
                     ("bay", 7), ("tam", 8), ("chin", 9)]
        if r.matchWord("muoi") {
            var u = r
            u.skipSpaces()
            if let (_, v) = units.first(where: { u.matchWord($0.0) }) { r = u; return 10 + v }
            return 10
        }
        return units.first { r.matchWord($0.0) }?.1
    }

    /// The end of a party organisation's name that starts at `start` with `Đảng bộ`: its tier
    /// (`tỉnh`, `Thành phố`, `huyện` …) and the capitalised words of its place.
    private static func localPartyEnd(_ s: TextSegment, from start: Int) -> Int {
        let b = s.bytes
        var r = ByteReader(b, from: start)
        if !r.matchWord("dang bo") { _ = r.matchWord("chi bo") }
        var end = r.position
        for tier in ["thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "quan", "xa", "phuong", "khoi"] {
            var t = r
            t.skipSpaces()
            if t.matchWord(tier) {
                r = t
                end = t.position
                // `Đảng bộ Quận 9`: a district named by its number.
                var n = t
                n.skipSpaces()
                if tier == "quan", n.readNumber(digits: 1...2) != nil, n.current.map({ !ByteReader.isAlnum($0) }) ?? true { r = n; end = n.position }
                break
            }
        }
        while true {
            var t = r
            while let c = t.current, c == 0x20 { t.position += 1 }
            guard let c = t.current, ByteReader.isLetter(c), s.startsUpperCase(at: t.position) else { break }
            while let c = t.current, ByteReader.isLetter(c) { t.position += 1 }
            r = t
            end = t.position
        }
        return end
    }

    /// The words a law-level document is named by.
    enum LawHead {
        /// `Luật Đất đai`.
        case law
        /// `Bộ luật Lao động`: a code.
        case code
        /// `Pháp lệnh Ưu đãi người có công với cách mạng`: an ordinance of the Standing Committee.
        case ordinance

        init?(at i: Int, in reader: ByteReader) {
            if reader.phraseEnd("bo luat", at: i) != nil { self = .code }
            else if reader.phraseEnd("phap lenh", at: i) != nil { self = .ordinance }
            else if reader.phraseEnd("luat", at: i) != nil { self = .law }
            else { return nil }
        }

        var folded: String {
            switch self {
            case .law: "luat"
            case .code: "bo luat"
            case .ordinance: "phap lenh"
            }
        }

        var canonical: String {
            switch self {
            case .law: "Luật"
            case .code: "Bộ luật"
            case .ordinance: "Pháp lệnh"
            }
        }

        /// Whether a name may open with a lower-case word or `về`: `Bộ luật lao động` and `Pháp lệnh
        /// về nhiệm vụ, quyền hạn …` are always names, where `Luật sư` and `luật về …` are not.
        var namesAnyWord: Bool {
            switch self {
            case .law: false
            case .code, .ordinance: true
            }
        }
    }

    /// `Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015`: a law named and dated. `i` is where the
    /// head (`Luật`, `Bộ luật`, `Pháp lệnh`) starts.
    private static func lawByName(_ s: TextSegment, at i: Int, head: LawHead) -> Match? {
        var r = ByteReader(s.bytes, from: i)
        guard r.matchWord(head.folded), originalIsCapitalized(s, i) else { return nil }
        let headEnd = r.position
        let nameStart = r.position
        r.skipSpaces()
        // `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính
        // quyền địa phương ngày …` is one law, named by what it amends: it may be long.
        let amending = r.phraseEnd("sua doi", at: r.position) != nil
        guard let ngay = dateWord(s, from: r.position, within: amending ? 260 : 130) else { return nil }
        let gap = s.bytes[nameStart..<ngay]
        guard !gap.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") || $0 == 0x09 }) else { return nil }
        // `… của Luật Xử lý vi phạm hành chính, có hiệu lực kể từ ngày 01 tháng 01 năm 2022` (a consolidated
        // text's list): that date is when the amendment took effect, not the law's; no law is named so.
        if ByteReader(s.bytes, from: nameStart, end: ngay).firstIndex(of: "co hieu luc") != nil { return nil }
        // A number inside a name is a count of the laws an amending law amends (`… một số điều của
        // 37 luật có liên quan đến quy hoạch`); any other number is a clause's, not a name's.
        // `… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 …`: so is the number of
        // each law it amends (the scanner nests those citations in this one).
        for k in gap.indices where ByteReader.isDigit(s.bytes[k]) && (k == nameStart || !ByteReader.isAlnum(s.bytes[k - 1]) && s.bytes[k - 1] != UInt8(ascii: "/")) {
            guard amending else { return nil }
            if wordBefore(s.bytes, k) == "so", isLawNumber(s.bytes, at: k) { continue }
            var q = ByteReader(s.bytes, from: k, end: ngay)
            guard q.readNumber() != nil else { return nil }
            q.skipSpaces()
            guard q.matchWord("luat") else { return nil }
        }
        // One name: no second law inside it (but an amending law names the laws it amends; `pháp
        // luật` is a word, `Luật` a name), and no clause opening on a new line (`…LUẬT QUẢN LÝ
        // THUẾ⏎Căn cứ Luật Tổ chức Chính phủ ngày …`).
        if !amending, secondLaw(s, from: nameStart, to: ngay) { return nil }
        for k in gap.indices where s.bytes[k] == 0x0A && RelationPhrases.opensClause(s, at: k + 1, end: ngay) { return nil }
        // A comma inside a name is followed by a lower-case word (`Luật Phòng, chống tham nhũng`);
        // before a capital it separates two laws (`Luật Đất đai, Luật Nhà ở`).
        // `Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03
        // tháng 12 năm 2004`: after `của`, a comma joins the bodies the law is of.
        let reader = ByteReader(s.bytes, from: nameStart, end: ngay)
        let bodiesFrom = reader.firstIndex(of: " cua ", from: nameStart)
        for comma in gap.indices where s.bytes[comma] == UInt8(ascii: ",") {
            var k = comma + 1
            while k < ngay, ByteReader.isSpace(s.bytes[k]) { k += 1 }
            guard k < ngay, ByteReader.isLetter(s.bytes[k]),
                  !originalIsCapitalized(s, k) || amending || (bodiesFrom.map { $0 < comma } ?? false) || !startsKind(s.bytes, at: k) else { return nil }
        }
        let nameText = s.originalText(nameStart..<ngay)
        // The date makes it a law even when the name is in lower case (`Luật tổ chức chính quyền
        // địa phương ngày 19 tháng 6 năm 2015`); a stop word first is a sentence, not a name.
        let first = nameStart + (s.bytes[nameStart] == 0x20 ? 1 : 0)
        guard nameText.first?.isLetter == true,
              amending || !(stopWord(s, at: first).map { !(head.namesAnyWord && $0 == "ve") } ?? false) else { return nil }
        r.position = ngay
        _ = r.matchWord("ngay")
        r.skipSpaces()
        guard let date = r.readDate() else { return nil }
        let headText = head == .law ? head.canonical : s.originalText(i..<headEnd)
        return Match(range: i..<r.position, name: "\(headText) \(nameText) (\(date.vietnamese))", typeWord: s.originalText(i..<headEnd), date: date)
    }

    /// Where the word `ngày` that dates a name starts, within `limit` bytes of `from`: a word of
    /// its own, or glued to the name's last word by a lost space (`Luật tổ chức Chính phủngày 25
    /// tháng 12 năm 2001`), when a date follows it.
    private static func dateWord(_ s: TextSegment, from: Int, within limit: Int) -> Int? {
        let reader = ByteReader(s.bytes, from: from)
        if let ngay = reader.firstIndex(of: "ngay", from: from), ngay - from < limit { return ngay }
        let end = min(s.bytes.count, from + limit)
        var k = from + 1
        while k + 4 <= end {
            if s.bytes[k] == UInt8(ascii: "n"), ByteReader.isLetter(s.bytes[k - 1]), let e = reader.phraseEnd("ngay", at: k) {
                var r = ByteReader(s.bytes, from: e)
                r.skipSpaces()
                if r.readDate() != nil { return k }
            }
            k += 1
        }
        return nil
    }

    /// Whether a kind of document starts at `k` (`Luật`, `Bộ luật`, `Nghị định`, `Hiến pháp`): after
    /// a comma in a law's name, it starts another document (`Luật Đất đai, Luật Nhà ở`); any other
    /// capital goes on with the name (`Luật Thi đua, Khen thưởng`, `Luật Tổ chức HĐND, UBND`).
    private static func startsKind(_ b: [UInt8], at k: Int) -> Bool {
        let reader = ByteReader(b)
        return TypeCodes.words.contains { reader.phraseEnd($0.folded, at: k) != nil }
            || ["bo luat", "hien phap", "dieu le"].contains { reader.phraseEnd($0, at: k) != nil }
    }

    /// `Điều lệ Đoàn`, `Điều lệ Công đoàn` not followed by more of a name in capitals: the end and the
    /// charter's full name. With the kind in lower case (`Căn cứ điều lệ Đoàn TNCS Hồ Chí Minh`, real: a commune
    /// Youth Union's post in Giồng Riềng, 2023), no other rule reads the name: its capitalised words are taken here.
    ///
    /// Asked at every word opening with `d` (`đồng chí`, `đảng viên`, `để`): both names open with `dieu le `,
    /// which is compared first, and the kind's case is asked only of a name that is there (callgrind, 100
    /// documents of the sample shape: 9.2 M, 480 instructions a call, most of them asking the first letter's
    /// case and making the list of the two names).
    private static func shortCharter(_ s: TextSegment, at i: Int, reader: ByteReader) -> (Int, String)? {
        guard reader.phraseEnd("dieu le ", at: i) != nil else { return nil }
        let kindCapitalised = originalIsCapitalized(s, i)
        for (short, full) in Self.shortCharters {
            guard let e = reader.phraseEnd(short, at: i), originalIsCapitalized(s, i + 8) else { continue }
            var end = e
            while true {
                var next = end
                while next < s.bytes.count, s.bytes[next] == 0x20 { next += 1 }
                guard next < s.bytes.count, ByteReader.isLetter(s.bytes[next]), originalIsCapitalized(s, next) else { break }
                if kindCapitalised { return nil }
                end = next
                while end < s.bytes.count, ByteReader.isLetter(s.bytes[end]) { end += 1 }
            }
            return (end, full)
        }
        return nil
    }

    /// The charters `shortCharter` reads by their short names, folded, and their full names.
    private static let shortCharters = [("dieu le doan", "Điều lệ Đoàn TNCS Hồ Chí Minh"), ("dieu le cong doan", "Điều lệ Công đoàn Việt Nam")]

    /// Whether a capitalised `Luật` (another law's name) starts between `from` and `to`.
    private static func secondLaw(_ s: TextSegment, from: Int, to: Int) -> Bool {
        let reader = ByteReader(s.bytes, from: from, end: to)
        var k = from
        while let found = reader.firstIndex(of: "luat", from: k) {
            if originalIsCapitalized(s, found) { return true }
            k = found + 4
        }
        return false
    }

    /// Words that end an undated law's name: what follows is the sentence, not the name.
    private static let lawNameStops = ["ngay", "so", "cua", "da", "duoc", "quy dinh", "ve", "tai", "theo", "hien hanh",
                                       "nay", "thi", "co", "la", "de", "nham", "doi voi", "trong", "hoac", "sua doi", "het hieu luc",
                                       // `… THEO QUY ĐỊNH CỦA LUẬT NGÂN SÁCH NHÀ NƯỚC BAN HÀNH KÈM THEO NGHỊ QUYẾT SỐ …`
                                       "ban hanh kem theo", "kem theo"]

    /// The stop word (folded) that starts at `k`, if any; see ``WrittenStops`` for the stops that
    /// are words of law names once folded (`Luật Sở hữu trí tuệ`, `Luật Đê điều`, `Luật Dược`).
    private static func stopWord(_ s: TextSegment, at k: Int) -> String? {
        WrittenStops.first(of: lawNameStops, at: k, in: s)
    }

    /// Words of names that start with a stop word: `Pháp lệnh Ưu đãi người có công với cách mạng`.
    private static let lawNameWords = ["co cong", "dan so"]

    /// `Căn cứ Luật Cán bộ, công chức và Luật Viên chức;`: a law named without date or number.
    /// The name runs over capitalised and lower-case words to a clause end, a stop word, or a
    /// comma or `và` before another capitalised name; a law followed by `số …` is left to the
    /// identifier it carries. The name may start on the next line (`… của Bộ luật⏎Lao động.`).
    private static func undatedLaw(_ s: TextSegment, at i: Int, head: LawHead, amendingEnd: Int = .max, insideAmendingName: Bool = false) -> Match? {
        let b = s.bytes
        var r = ByteReader(b, from: i)
        guard r.matchWord(head.folded) else { return nil }
        // `… thi hành luật bình đẳng giới`: a law's head in lower case names one only by a known subject.
        if head == .law, !originalIsCapitalized(s, i) { return knownLaw(s, at: i, headEnd: r.position, minimumWords: 2) }
        // `Luật`, never `LUẬT` in a heading, where `KỶ LUẬT TỔ CHỨC ĐẢNG` and `PHÁP LUẬT` are words.
        guard originalIsCapitalized(s, i), s.originalText((i + 1)..<(i + 2)).first?.isLowercase == true else { return nil }
        let headEnd = r.position
        r.skipSpaces()
        let nameStart = r.position
        // `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
        // địa phương năm 2019;`: an amending law named without its date.
        if head == .law, r.phraseEnd("sua doi", at: nameStart) != nil { return undatedAmendingLaw(s, at: i, nameStart: nameStart) }
        // The first word of the name is capitalised: `Luật Đất đai`, not `Luật sư`, `luật pháp`;
        // where only a law can stand (`… thi hành Luật đất đai;`, `Căn cứ Luật thi đua, khen
        // thưởng năm 2003;`) it may be in lower case.
        let lawExpected = ["cua", "hanh", "cu"].contains(wordBefore(b, i)) && r.phraseEnd("su", at: nameStart) == nil
        guard nameStart < b.count, ByteReader.isLetter(b[nameStart]), stopWord(s, at: nameStart) == nil else { return nil }
        // `Luật Doanh nghiệp, Luật hợp tác xã cho các doanh nghiệp …`: a name in lower case elsewhere is a law's by its subject.
        guard head.namesAnyWord || lawExpected || originalIsCapitalized(s, nameStart) else {
            return head == .law ? knownLaw(s, at: i, headEnd: headEnd, minimumWords: 1) : nil
        }
        if b[headEnd..<nameStart].contains(0x0A), RelationPhrases.opensClause(s, at: nameStart, end: b.count) { return nil }
        var k = nameStart
        var lastWordEnd = nameStart
        var words = 0
        while k < b.count, words < 12 {
            let c = b[k]
            if c == 0x20 { k += 1; continue }
            if c == 0x0A {
                // A name wraps onto the next line only in lower case (`Luật Tổ chức chính quyền⏎địa
                // phương`); a capital there starts something else (`…THUẾ⏎Căn cứ Luật …`).
                var q = k + 1
                while q < b.count, b[q] == 0x20 { q += 1 }
                guard q < b.count, ByteReader.isLetter(b[q]), !originalIsCapitalized(s, q) || ["cua", "va"].contains(where: { wordBefore(b, k) == $0 }),
                      !RelationPhrases.opensClause(s, at: q, end: b.count) else { break }
                k = q
                continue
            }
            if c == UInt8(ascii: ",") {
                var q = k + 1
                while q < b.count, ByteReader.isSpace(b[q]) { q += 1 }
                // Inside an amending law's name, which its date bounds, a capital that starts no other
                // document goes on with the name (`… của Luật Thi đua, Khen thưởng ngày 16/4/2005`).
                guard q < b.count, ByteReader.isLetter(b[q]), !originalIsCapitalized(s, q) || insideAmendingName && !startsKind(b, at: q) else { break }
                k = q
                continue
            }
            if c == UInt8(ascii: "-"), words > 0 { k += 1; continue }
            // `Luật Đất đai 2013`, `Bộ luật Lao động 2019`: a year without `năm` ends the name too.
            if ByteReader.isDigit(c), words > 0, let end = Self.yearEnd(b, at: k) { lastWordEnd = end; break }
            guard ByteReader.isLetter(c) else { break }
            if words > 0 {
                // A name word that is a stop once folded: `Pháp lệnh Ưu đãi người có công`, `Pháp lệnh Dân số`
                // (the stop is the phrase's first or second word).
                var previousWord = k
                while previousWord > 0, ByteReader.isSpace(b[previousWord - 1]) { previousWord -= 1 }
                while previousWord > 0, ByteReader.isLetter(b[previousWord - 1]) { previousWord -= 1 }
                if let stop = stopWord(s, at: k), !lawNameWords.contains(where: { r.phraseEnd($0, at: k) != nil || r.phraseEnd($0, at: previousWord) != nil }) {
                    // `Luật Đầu tư công số 39/2019/QH14`: the identifier names it (unless the number is
                    // the amending law's whose name this law ends).
                    if stop == "so", k < amendingEnd { return nil }
                    break
                }
                if let v = r.phraseEnd("va", at: k) {
                    var q = v
                    while q < b.count, ByteReader.isSpace(b[q]) { q += 1 }
                    if q >= b.count || !ByteReader.isLetter(b[q]) || originalIsCapitalized(s, q) { break }
                    // `… của Luật Đầu tư công và số 161/2016/NĐ-CP …`: the list goes on after the name;
                    // `Luật thi đua và các văn bản hướng dẫn`: so does the sentence.
                    if stopWord(s, at: q) != nil || r.phraseEnd("cac", at: q) != nil || r.phraseEnd("nhung", at: q) != nil { break }
                }
                // `năm 2013` ends a name with its year.
                if let n = r.phraseEnd("nam", at: k) {
                    var q = ByteReader(b, from: n)
                    q.skipSpaces()
                    if let y = q.readNumber(digits: 4...4), (1945...2100).contains(y) { lastWordEnd = q.position; words += 1; break }
                }
            }
            while k < b.count, ByteReader.isLetter(b[k]) { k += 1 }
            words += 1
            lastWordEnd = k
        }
        // A lower-case name is a law's only when it has at least two words and ends its clause.
        if !head.namesAnyWord, !originalIsCapitalized(s, nameStart) {
            var q = lastWordEnd
            while q < b.count, b[q] == 0x20 { q += 1 }
            // `… của Luật thi đua, khen thưởng ngày 16 tháng 11 năm 2013`: the amending law's date ends it too.
            var dated = ByteReader(b, from: q)
            let endsAtDate = dated.matchWord("ngay") && { dated.skipSpaces(); return dated.readDate() != nil }()
            guard words >= 2, q >= b.count || [UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ","), 0x0A].contains(b[q]) || endsAtDate else { return nil }
        }
        guard words >= 1, lastWordEnd > nameStart else { return nil }
        let nameText = s.originalText(nameStart..<lastWordEnd)
        let headText = head == .law ? head.canonical : s.originalText(i..<headEnd)
        return Match(range: i..<lastWordEnd, name: "\(headText) \(nameText)", typeWord: s.originalText(i..<headEnd), date: nil)
    }

    /// A law named by a subject of `LawSubjects` right after its head (`Luật hợp tác xã`, `luật bình đẳng giới năm 2006`): the
    /// subject says where the name ends, which its words in lower case do not. A head in lower case after `pháp` or `kỷ`
    /// (`pháp luật đất đai`, `kỷ luật`) is a word, and so is one before a subject shorter than `minimumWords`.
    private static func knownLaw(_ s: TextSegment, at i: Int, headEnd: Int, minimumWords: Int) -> Match? {
        let b = s.bytes
        if ["phap", "ky"].contains(wordBefore(b, i)) { return nil }
        var r = ByteReader(b, from: headEnd)
        r.skipSpaces()
        let nameStart = r.position
        guard r.position > headEnd, let known = LawSubjects.match(r, at: nameStart), known.words >= minimumWords else { return nil }
        var end = known.end
        // `… năm 2006`, `… 2013`: the year closes the name, as it does a capitalised one.
        var q = ByteReader(b, from: end)
        q.skipLineSpaces()
        if q.matchWord("nam") {
            q.skipLineSpaces()
            if let y = q.readNumber(digits: 4...4), (1945...2100).contains(y), q.current.map({ !ByteReader.isAlnum($0) && $0 != UInt8(ascii: "/") }) ?? true {
                end = q.position
            }
        } else if let e = yearEnd(b, at: q.position) {
            end = e
        }
        return Match(range: i..<end, name: "Luật \(s.originalText(nameStart..<end))", typeWord: s.originalText(i..<headEnd), date: nil)
    }

    /// The end of a year that ends a name (`… 2013`): four digits from 1945 to 2100, not part of
    /// a number (`2013/QH13`, `2013-2020`).
    static func yearEnd(_ b: [UInt8], at k: Int) -> Int? {
        var q = ByteReader(b, from: k)
        guard let y = q.readNumber(digits: 4...4), (1945...2100).contains(y) else { return nil }
        let e = q.position
        guard e >= b.count || !(ByteReader.isAlnum(b[e]) || b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: ".")) else { return nil }
        // `… Luật Tổ chức chính quyền địa phương 2019 số 47/2019/QH14`: the year is the number's law's
        // (an amending law's), not this name's.
        var after = ByteReader(b, from: e)
        after.skipSpaces()
        if after.matchWord("so") { after.skipSpaces(); if after.current.map(ByteReader.isDigit) == true { return nil } }
        return e
    }

    /// `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
    /// phương năm 2019`: the year that ends the amending law's name is the amending law's, not the
    /// last law it names (which was not enacted in 2019).
    private static func withoutAmendingYear(_ inner: Match, amendingEnd: Int, in s: TextSegment) -> Match {
        guard inner.range.upperBound == amendingEnd else { return inner }
        let b = s.bytes
        var k = inner.range.upperBound
        while k > inner.range.lowerBound, ByteReader.isDigit(b[k - 1]) { k -= 1 }
        guard inner.range.upperBound - k == 4 else { return inner }
        while k > inner.range.lowerBound, ByteReader.isSpace(b[k - 1]) { k -= 1 }
        // `… năm 2019`, or the year alone (`… địa phương 2019 số 47/2019/QH14`).
        let written = k - 3 > inner.range.lowerBound && ByteReader(b).phraseEnd("nam", at: k - 3) == k && ByteReader.isSpace(b[k - 4])
        var end = written ? k - 3 : k
        while end > inner.range.lowerBound, ByteReader.isSpace(b[end - 1]) { end -= 1 }
        var cut = inner
        cut.range = inner.range.lowerBound..<end
        var nameStart = inner.range.lowerBound
        while nameStart < end, ByteReader.isLetter(b[nameStart]) { nameStart += 1 }
        while nameStart < end, ByteReader.isSpace(b[nameStart]) { nameStart += 1 }
        cut.name = "\(inner.name.prefix { $0 != " " }) \(s.originalText(nameStart..<end))"
        return cut
    }

    /// Whether a law's name is an amending law's (`Luật sửa đổi, bổ sung một số điều của …`).
    static func isAmendingLawName(_ name: String) -> Bool { name.folded.hasPrefix("luat sua doi") }

    /// The laws an amending law names, each amended by it.
    private static func amendedLaws(_ s: TextSegment, by m: Match) -> [Match] {
        let b = s.bytes
        var result: [Match] = []
        var k = m.range.lowerBound + 4
        while k < m.range.upperBound {
            if b[k] == UInt8(ascii: "l"), !ByteReader.isAlnum(b[k - 1]),
               let inner = undatedLaw(s, at: k, head: .law, amendingEnd: m.isNumbered ? m.range.upperBound : .max, insideAmendingName: true),
               inner.range.upperBound <= m.range.upperBound {
                var amended = withoutAmendingYear(inner, amendingEnd: m.range.upperBound, in: s)
                amended.amendedBy = m.range
                result.append(amended)
                k = inner.range.upperBound
                continue
            }
            k += 1
        }
        return result
    }

    /// `Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y năm 2019`: the name runs to its year,
    /// or to the end of its clause; the laws it names are amended by it (see `scan`).
    private static func undatedAmendingLaw(_ s: TextSegment, at i: Int, nameStart: Int) -> Match? {
        let b = s.bytes
        let reader = ByteReader(b)
        var k = nameStart
        var end = nameStart
        while k < b.count, k - nameStart < 260 {
            let c = b[k]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "(") || c == 0x09 { break }
            if c == 0x0A, RelationPhrases.opensClause(s, at: k + 1, end: b.count) || (k + 1 < b.count && !ByteReader.isLetter(b[k + 1])) { break }
            // `số 35/2024/QH15`: the identifier names it; the laws named before it are amended by it
            // (unless each has its own number, as in `… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số …`).
            if let e = reader.phraseEnd("so", at: k), k > 0, !ByteReader.isAlnum(b[k - 1]), e + 1 < b.count, ByteReader.isDigit(b[e + 1]) {
                return numberedAmendingLaw(s, at: i, nameStart: nameStart, end: end, number: k)
            }
            if let n = reader.phraseEnd("nam", at: k), k > 0, !ByteReader.isAlnum(b[k - 1]) {
                var q = ByteReader(b, from: n)
                q.skipSpaces()
                if let y = q.readNumber(digits: 4...4), (1945...2100).contains(y) {
                    end = q.position
                    // `… địa phương năm 2019 số 47/2019/QH14`.
                    q.skipSpaces()
                    if let e = reader.phraseEnd("so", at: q.position), e + 1 < b.count, ByteReader.isDigit(b[e + 1]) {
                        return numberedAmendingLaw(s, at: i, nameStart: nameStart, end: end, number: q.position)
                    }
                    break
                }
            }
            if ByteReader.isAlnum(c) { end = k + 1 }
            k += 1
        }
        // `một số điều của …`: what it amends must be named.
        guard end > nameStart, ByteReader(b, from: nameStart, end: end).contains("cua") else { return nil }
        return Match(range: i..<end, name: "Luật \(s.originalText(nameStart..<end))", typeWord: s.originalText(i..<(i + 4)), date: nil)
    }

    /// `Luật sửa đổi, bổ sung … của Luật X và Luật Y (năm 2019) số 47/2019/QH14`, `số` at `number`: the
    /// number is the amending law's citation (`LawName` gives it this name), and the match only
    /// bounds the laws it names; nil when the number is the last named law's own.
    private static func numberedAmendingLaw(_ s: TextSegment, at i: Int, nameStart: Int, end: Int, number: Int) -> Match? {
        guard end > nameStart, LawName.before(s, at: number)?.start == i else { return nil }
        var m = Match(range: i..<end, name: "Luật \(s.originalText(nameStart..<end))", typeWord: s.originalText(i..<(i + 4)), date: nil)
        m.isNumbered = true
        return m
    }

    /// `… MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ`: a law named in an upper-case title, after the words
    /// that make `LUẬT` a name there (`của`, `thi hành`, `chi tiết`, `hướng dẫn`), where `KỶ LUẬT`
    /// and `PHÁP LUẬT` are words. The name runs to the line's end, a date, `số` or `và`.
    private static func headingLaw(_ s: TextSegment, at i: Int, head: LawHead) -> Match? {
        // The name ends at `LUẬT NGÂN SÁCH NHÀ NƯỚC| BAN HÀNH KÈM THEO NGHỊ QUYẾT SỐ …`, `… |TRÊN ĐỊA BÀN
        // TỈNH`; stops as written, so that `LUẬT BẢO VỆ MÔI TRƯỜNG`, `LUẬT SỞ HỮU TRÍ TUỆ`, `LUẬT QUỐC
        // TỊCH VIỆT NAM` go on.
        let b = s.bytes
        var r = ByteReader(b, from: i)
        guard r.matchWord(head.folded), s.originalText(i..<r.position).allSatisfy({ !$0.isLowercase }),
              ["cua", "hanh", "tiet", "dan"].contains(wordBefore(b, i)) else { return nil }
        let headEnd = r.position
        var k = headEnd
        while k < b.count, b[k] == 0x20 { k += 1 }
        let nameStart = k
        var lastWordEnd = nameStart
        while k < b.count, b[k] != 0x0A {
            if b[k] == 0x20 { k += 1; continue }
            guard ByteReader.isLetter(b[k]) || b[k] == UInt8(ascii: ","), WrittenStops.first(of: headingLawStops, at: k, in: s) == nil else { break }
            let wordStart = k
            k += 1
            while k < b.count, ByteReader.isLetter(b[k]) { k += 1 }
            // Every word of the name is in upper case, as the title is.
            guard s.originalText(wordStart..<k).allSatisfy({ !$0.isLowercase }) else { return nil }
            if b[wordStart] != UInt8(ascii: ",") { lastWordEnd = k }
        }
        guard lastWordEnd > nameStart, lastWordEnd - nameStart < 90 else { return nil }
        // Named as a name is written: `Luật Quản lý thuế`.
        let upper = s.originalText(nameStart..<lastWordEnd).lowercased()
        let nameText = upper.prefix(1).uppercased() + upper.dropFirst()
        return Match(range: i..<lastWordEnd, name: "\(head.canonical) \(nameText)", typeWord: s.originalText(i..<headEnd), date: nil)
    }

    /// Words that end a law's name in an upper-case title.
    private static let headingLawStops = ["ngay", "so", "va", "nam", "ve", "ban hanh kem theo", "kem theo", "tren dia ban",
                                          "doi voi", "tai", "trong"]

    /// The folded word that ends right before `i` (spaces skipped).
    /// `31/2024/QH15`, `02/2020/UBTVQH14` starting at `k`: a law's or an ordinance's number.
    private static func isLawNumber(_ b: [UInt8], at k: Int) -> Bool {
        var e = k
        while e < b.count, ByteReader.isAlnum(b[e]) || b[e] == UInt8(ascii: "/") { e += 1 }
        guard let slash = b[k..<e].lastIndex(of: UInt8(ascii: "/")) else { return false }
        return b[(slash + 1)..<e].starts(with: "qh".utf8) || b[(slash + 1)..<e].starts(with: "ubtvqh".utf8)
    }

    private static func wordBefore(_ b: [UInt8], _ i: Int) -> String {
        var e = i
        while e > 0, ByteReader.isSpace(b[e - 1]) { e -= 1 }
        var st = e
        while st > 0, ByteReader.isLetter(b[st - 1]) { st -= 1 }
        return String(decoding: b[st..<e], as: UTF8.self)
    }

    private static func originalIsCapitalized(_ s: TextSegment, _ i: Int) -> Bool {
        s.startsUpperCase(at: i)
    }

    /// A subject as compared with a title: folded, its words only (`**Công tác … năm 2026**`).
    static func subjectKey(_ text: String) -> String {
        // Folded text is ASCII (`FoldedText`): a letter or number character is a byte `a`–`z` or
        // `0`–`9`, so the words are read on bytes (splitting characters cost 79,000 instructions a
        // title on the sample shape; `SubjectKeyShortcutTests` holds it to the character form).
        let folded = text.folded
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var inWord = false
        for c in folded.utf8 {
            if ByteReader.isAlnum(c) {
                if !inWord, !out.isEmpty { out.append(0x20) }
                out.append(c)
                inWord = true
            } else {
                inWord = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `subjectKey` on characters, as it was: the form the byte version is held to.
    static func subjectKeyByCharacters(_ text: String) -> String {
        text.folded.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// The canonical name for a name typed by a user.
    static func canonicalName(_ text: String) -> String {
        let f = FoldedText(text)
        let seg = TextSegment(f, range: 0..<f.bytes.count)
        if let m = scan(seg).first, m.range.lowerBound == 0 { return m.name }
        return FoldedText.tidy(text)
    }
}
