/// Documents cited without a number by their kind and what they are about: `Đề án “Nâng cao năng
/// lực …”`, `Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII`, `Quy hoạch thủy lợi Đồng
/// bằng sông Cửu Long giai đoạn 2012 - 2020`, `Báo cáo chính trị`.
///
/// A kind word names a document only where a verb puts it there: what a decision issues or
/// approves (`… về việc ban hành Quy chế …`, `phê duyệt Quy hoạch …`), what a document rests on,
/// carries out or revises (`Căn cứ Quy chế …`, `Tiếp tục thực hiện hiệu quả Đề án “…”`, `… một số
/// điều của Quy định …`). Elsewhere `Quy định` and `Chương trình` open a sentence or a heading.
enum DescribedDocuments {
    /// A kind of document named by what it is about.
    private struct Kind {
        let folded: String
        let canonical: String
        /// Named only as what a cited decision issues or approves (`Nghị quyết số 117/NQ-CP … ban
        /// hành Kế hoạch thực hiện …`): elsewhere the word is this document's own plan or a task.
        var issuedOnly = false
        /// Known by its date, which ends the name (`Biên bản họp ngày 17 tháng 5 năm 2016`).
        var dated = false
        /// Named only as what a session or conference adopts (`thông qua Nghị quyết về việc điều chỉnh …`): elsewhere
        /// `Nghị quyết về …` opens this text's own title or a heading.
        var adoptedOnly = false
    }

    private static let kinds: [Kind] = [
        Kind(folded: "de an", canonical: "Đề án"),
        // `… ban hành Đề cương tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh` (evaluation set 349, 388, 091):
        // the outline a propaganda board issues.
        Kind(folded: "de cuong", canonical: "Đề cương"),
        Kind(folded: "quy che", canonical: "Quy chế"),
        Kind(folded: "quy dinh", canonical: "Quy định"),
        Kind(folded: "quy hoach", canonical: "Quy hoạch"),
        Kind(folded: "chuong trinh", canonical: "Chương trình"),
        Kind(folded: "chien luoc", canonical: "Chiến lược"),
        Kind(folded: "phuong an", canonical: "Phương án"),
        Kind(folded: "bo tieu chi", canonical: "Bộ tiêu chí"),
        Kind(folded: "so tay", canonical: "Sổ tay"),
        // `Điều lệ Đoàn TNCS Hồ Chí Minh`, `Điều lệ Công đoàn Việt Nam` (`Điều lệ Đảng` is named
        // on its own).
        Kind(folded: "dieu le", canonical: "Điều lệ"),
        // `Căn cứ Biên bản họp ngày 17 tháng 5 năm 2016 của Hội đồng thẩm định`.
        Kind(folded: "bien ban", canonical: "Biên bản", dated: true),
        Kind(folded: "ke hoach", canonical: "Kế hoạch", issuedOnly: true),
        // `HĐND huyện thảo luận và thông qua Nghị quyết về việc điều chỉnh kế hoạch vốn đầu tư công năm 2022` (evaluation
        // batch 30, a Huế district council's session): a resolution without a number, named by its subject.
        Kind(folded: "nghi quyet ve", canonical: "Nghị quyết về", adoptedOnly: true),
    ]

    /// `kinds` by first byte: the matcher runs at every word start of six letters (callgrind, 100
    /// plan-heavy documents: trying the whole list cost 594,000 `phraseEnd` calls, 6 % of a run).
    private static let kindIndex = PhraseIndex(kinds.map { (phrase: $0.folded, value: $0) })

    /// Verbs after which a kind word names a document, with up to two words between them
    /// (`thực hiện quyết liệt Đề án …`).
    // `Lễ ký kết Quy chế phối hợp công tác giữa …` (evaluation batch 21): bodies sign joint rules and programmes.
    private static let namingVerbs = ["ban hanh", "phe duyet", "thong qua", "can cu", "thuc hien", "trien khai", "mot so dieu cua", "ky ket",
                                      "bai bo", "thay the", "sua doi", "bo sung"]

    /// Each naming verb with its number of words and whether it issues, found once (asking the
    /// set of issuing verbs in the loop hashed a verb 40 times a call: 11,000 instructions).
    private static let namingVerbWords: [(verb: String, words: Int, issuing: Bool)] = namingVerbs.map {
        ($0, $0.split(separator: " ").count, issuingVerbs.contains($0))
    }

    /// Verbs by which a decision issues what it names. In a cited decision's description
    /// (`Quyết định số 19/2020/QĐ-UBND … ban hành Quy chế …`) they name the document it issued;
    /// anywhere else they are this decision's own (`QUYẾT ĐỊNH V/v ban hành Quy chế …`, `Ban hành
    /// kèm theo Quyết định này Quy định …`), whose attachment is no citation.
    /// A council's `thông qua Đề án …` approves as a People's Committee's `phê duyệt` does.
    private static let issuingVerbs: Set<String> = ["ban hanh", "phe duyet", "thong qua"]

    /// How a task's deadline opens after a comma (folded): `hoàn thành trong Quý II`, `trước ngày 30/6`, `chậm nhất …`.
    /// Not `thời hạn` nor `hoàn thành` alone: names hold them (`Quy định về trình tự, thời hạn xử lý văn bản`, `Quy chế về nội
    /// dung, thời gian hoàn thành và chế độ báo cáo`; reviewer, session 27).
    private static let deadlineOpenings = ["hoan thanh trong", "hoan thanh truoc", "hoan thanh xong", "hoan thanh vao", "hoan thanh quy",
                                           "hoan thanh thang", "hoan thanh nam", "truoc ngay", "xong truoc", "cham nhat"]

    /// Words that end a name: the sentence goes on after them.
    /// `Quy chế công tác dân vận của hệ thống chính trị, nhất là …`: what the sentence stresses next.
    /// `Quy định quản lý cụm công nghiệp, có hiệu lực kể từ …`, `… có căn cứ ban hành như sau`: what a
    /// consolidated text says of the document it names.
    /// A revision said after the citations (`… ban hành Quy định … hết hiệu lực kể từ ngày …`, red team, round 9)
    /// ends a name too.
    private static let stops = ["theo", "nham", "ban hanh", "kem theo", "nhu sau", "va cac", "cho", "voi", "trong do",
                                "nhat la", "dac biet la", "co hieu luc", "co can cu"] + RelationPhrases.after.map(\.phrase)

    /// Stops whose folded spelling is also a word of names (`để`/`đề`, `tại`/`tài`, `đã`/`đa`,
    /// `được`, `thì`/`thị`: `Chương trình phát triển đô thị`): ended only as written (``WrittenStops``).
    private static let writtenStops = ["de", "tai", "da", "duoc", "nhu", "thi"]

    /// Words that end a name in a heading, whose name is a clean noun phrase (`… HÀNG QUÝ THEO
    /// HIỆU QUẢ CÔNG VIỆC …` goes on).
    /// `QUY ĐỊNH VỀ PHÂN CẤP NGUỒN THU THEO QUY ĐỊNH CỦA LUẬT NGÂN SÁCH NHÀ NƯỚC …`: the law is cited, not named.
    private static let headingStops = ["ban hanh", "kem theo", "ngay", "theo quy dinh cua", "theo quy dinh tai"]

    /// Words that make the kind word no name: this document or one named elsewhere.
    /// A preposition or a verb there means the kind word stands alone, as a short name
    /// (`(sau đây gọi tắt là Chương trình)` … `thực hiện Chương trình ở các cấp`).
    private static let notNames = ["nay", "so", "tren", "do", "noi tren", "nhu sau", "cua", "va", "la", "o", "tai", "trong",
                                   "cho", "den", "tu", "duoc", "da", "se", "dang", "phai", "can", "voi", "thi", "nhu", "theo",
                                   "de", "nham", "giai doan", "nam", "cac", "nhung", "dat", "co",
                                   // `Quy định ban hành kèm theo Quyết định số …`: the rules are known by their decision.
                                   "ban hanh", "kem theo"]

    /// Longest name kept, in folded bytes: longer names are cut at a word, since a mention is
    /// found by how its name starts.
    private static let longestName = 140

    /// The document named at `i`, if a kind word starts there and a naming verb stands before it.
    /// `byFirstWord: false` tries every phrase as before `mayStartKind` (the form tests hold it to).
    static func match(_ s: TextSegment, at i: Int, byFirstWord: Bool = true) -> NamedDocuments.Match? {
        let b = s.bytes
        if byFirstWord {
            guard mayStartKind(b, at: i) else { return nil }
        } else {
            switch b[i] {
            case UInt8(ascii: "d"), UInt8(ascii: "q"), UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "b"), UInt8(ascii: "s"), UInt8(ascii: "k"),
                 UInt8(ascii: "n"): break  // the kinds' first letters
            default: return nil
            }
        }
        let reader = ByteReader(b)
        if let m = politicalReport(s, at: i, reader: reader) { return m }
        if let m = schemeByNumber(s, at: i, reader: reader) { return m }
        guard let (entry, headEnd) = kindIndex.match(reader, at: i) else { return nil }
        let kind = kindIndex.value(entry)
        // `“Quy hoạch phát triển … đến năm 2030”`: quotes around the kind and its name make it a
        // name; `phê duyệt đề án “Tuyên truyền …”`: quotes around the name, whatever the kind's case.
        // Most kind words are lower-case words of the sentence (`quy định`, `chương trình`), passed
        // over here on their bytes.
        let capital = s.startsUpperCase(at: i)
        var openQuote = i - 1
        while openQuote >= 0, b[openQuote] == 0x20 { openQuote -= 1 }
        let quotedKind = openQuote >= 0 && b[openQuote] == UInt8(ascii: "\"")
        let heading = capital && s.originalText(i..<headEnd).allSatisfy { !$0.isLowercase }
        var k = headEnd
        while k < b.count, b[k] == 0x20 || (b[k] == 0x0A && !heading) { k += 1 }
        guard k < b.count, capital || quotedKind || b[k] == UInt8(ascii: "\""),
              let verb = namingVerb(s, before: quotedKind ? openQuote : i, heading: heading) ?? (capital && basisListItem(s, at: i) ? "can cu" : nil)
                ?? (capital && !heading ? joinedToClause(s, at: i) : nil)
                ?? (capital && !heading && issuedWithItem(s, at: i, name: k) ? "kem theo" : nil)
                ?? (capital && !heading ? adoptingListOpener(s, before: i) : nil),
              !kind.issuedOnly || issuingVerbs.contains(verb), !kind.adoptedOnly || verb == "thong qua" else { return nil }
        // What this text issues or approves is its own attachment, unless it describes a cited document; what a meeting
        // adopts (`Hội nghị thông qua các dự thảo: …; Chương trình công tác …`) is named, and the citing text's kind decides
        // (`NamedDocuments.Match.adoptedHere`).
        let described = issuingVerbs.contains(verb) && describesCitedDocument(s, before: i)
        guard !issuingVerbs.contains(verb) || described || kind.adoptedOnly || verb == "thong qua" else { return nil }
        let adoptedHere = verb == "thong qua" && !described && !kind.adoptedOnly
        let nameEnd: Int?
        if quotedKind {
            nameEnd = quoted(b, from: openQuote).map { b[$0 - 1] == UInt8(ascii: "\"") ? $0 - 1 : $0 }
        } else if b[k] == UInt8(ascii: "\"") {
            nameEnd = quoted(b, from: k)
        } else {
            // As written: `Đề án trồng 1 tỷ cây xanh` is a name, `Đề án trong …` is not (``WrittenStops``).
            guard ByteReader.isLetter(b[k]), WrittenStops.first(of: notNames, at: k, in: s) == nil else { return nil }
            nameEnd = heading ? headingName(s, from: k) : name(s, from: k, dated: kind.dated)
        }
        guard let end = nameEnd, end > k else { return nil }
        // `Bãi bỏ quy định “Tiêu chí 4: …” tại khoản 2 Điều 6` (evaluation 430): a provision quoted where it stands in a
        // document, no document of its own.
        if !capital, b[k] == UInt8(ascii: "\"") {
            var after = ByteReader(b, from: min(b.count, end + 1))
            after.skipSpaces()
            if after.matchWord("tai") {
                after.skipSpaces()
                if ["khoan", "dieu", "diem", "muc", "phu luc"].contains(where: { var t = after; return t.matchWord($0) }) { return nil }
            }
        }
        let text = s.originalText(k..<end)
        // A heading's words in upper case are named as a name is written.
        let written = heading ? text.prefix(1) + text.dropFirst().lowercased() : Substring(text)
        let subject = NamedDocuments.subjectKey(String(written))
        // `Chương trình hành động` alone is a kind; `Chương trình hành động thực hiện` cut before
        // the document it carries out names no document of its own (nearly always this one).
        guard !bareKinds.contains(subject), !unfinished.contains(where: { subject.hasSuffix(" " + $0) || subject == $0 }) else { return nil }
        // Quotes around the kind belong to the mention: the verb before them governs it, and what
        // follows the closing quote is no part of its name.
        let range = quotedKind ? openQuote..<(end < b.count && b[end] == UInt8(ascii: "\"") ? end + 1 : end) : i..<end
        var match = NamedDocuments.Match(range: range, name: "\(kind.canonical) \(written)", typeWord: s.originalText(i..<headEnd), date: nil,
                                         subject: subject)
        match.adoptedHere = adoptedHere
        return match
    }

    /// `thông qua` when the kind at `i` is an item of a list that clause opens (`Hội nghị thông qua các dự thảo: báo cáo …;
    /// Nghị quyết về …; Chương trình công tác Huyện ủy …`, evaluation 416): the items are what was adopted. The items run
    /// after the colon, apart by `;`, on one line.
    private static func adoptingListOpener(_ s: TextSegment, before i: Int) -> String? {
        let b = s.bytes
        var k = i
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        guard k > 0, b[k - 1] == UInt8(ascii: ";") || b[k - 1] == UInt8(ascii: ":") else { return nil }
        var colon = k - 1
        while colon > 0, i - colon < 600, b[colon] != UInt8(ascii: ":") {
            if b[colon] == 0x0A || b[colon] == UInt8(ascii: ".") && colon + 1 < b.count && b[colon + 1] == 0x20 { return nil }
            colon -= 1
        }
        guard b[colon] == UInt8(ascii: ":") else { return nil }
        let verb = namingVerb(s, before: colon, heading: false)
        return verb == "thong qua" ? verb : nil
    }

    /// The first word of every phrase `match` can start with (the kinds, whose `de an` and
    /// `chuong trinh` open `schemeByNumber` too, and `bao cao chinh tri`),
    /// by first byte: `match` needs one of those phrases at `i`, so it needs its first word there.
    private static let firstWords: [[[UInt8]]] = {
        var groups = [[[UInt8]]](repeating: [], count: 256)
        for phrase in kinds.map(\.folded) + [politicalReportPhrase] {
            let word = Array(phrase.utf8.prefix { $0 != 0x20 })
            if !groups[Int(word[0])].contains(word) { groups[Int(word[0])].append(word) }
        }
        return groups
    }()

    /// Whether a kind word (or `Báo cáo chính trị`) may start at `i`: the first word of one of
    /// them is there. `match` runs at every word start (96,000 times on 100 sample documents,
    /// 840 instructions each, nearly all failing after trying the phrases); this asks the bytes
    /// of one or two short words instead (`DescribedDocumentsShortcutTests`).
    @inline(__always)
    static func mayStartKind(_ b: [UInt8], at i: Int) -> Bool {
        let words = firstWords[Int(b[i])]
        guard !words.isEmpty else { return false }
        return b.withUnsafeBufferPointer { p in
            words.contains { word in
                i + word.count <= p.count && word.indices.allSatisfy { p[i + $0] == word[$0] }
            }
        }
    }

    /// `mayStartKind`, and the first word ends there: a space or a line break follows it. Every phrase
    /// `match` reads goes on after its first word, and a phrase's space is a run of spaces and line breaks
    /// there (the byte before it is a letter, no comma), so `đến`, `quyết`, `kết`, `kèm`, `bốn` (prefixes
    /// of `de`, `quy`, `ke`, `bo`) open none (callgrind, 100 plan-heavy documents: 12,600 calls of `match`,
    /// 1,450 instructions each, most failing after trying the kinds). `NineteenthPassShortcutTests`.
    @inline(__always)
    static func mayStartKindWord(_ b: [UInt8], at i: Int) -> Bool {
        let words = firstWords[Int(b[i])]
        guard !words.isEmpty else { return false }
        return b.withUnsafeBufferPointer { p in
            words.contains { word in
                i + word.count < p.count && ByteReader.isSpace(p[i + word.count]) && word.indices.allSatisfy { p[i + $0] == word[$0] }
            }
        }
    }

    private static let politicalReportPhrase = "bao cao chinh tri"

    /// Subjects that only qualify the kind (`Đề cương chi tiết` before the report it outlines: one node for every outline).
    private static let bareKinds: Set<String> = ["hanh dong", "cong tac", "lam viec", "chi tiet"]

    /// Last words of a name cut before another document, which leave it unfinished.
    private static let unfinished = ["thuc hien", "trien khai", "trien khai thuc hien", "cua", "ve", "ve viec"]

    /// `thực hiện Đề án 31 giai đoạn II`, `Tổ công tác chuyên trách thực hiện Đề án 30`, `Chương trình
    /// 135`: a national scheme or programme known by a short number, not an identifier (no `/` or
    /// `-` after it). Two or three digits, so that the items of a list (`Đề án 1: …`) and years
    /// are no names; not before `:` or `.`, which number a heading.
    private static func schemeByNumber(_ s: TextSegment, at i: Int, reader: ByteReader) -> NamedDocuments.Match? {
        let b = s.bytes
        guard b[i] == UInt8(ascii: "d") || b[i] == UInt8(ascii: "c"), s.startsUpperCase(at: i),
              let head = reader.phraseEnd("de an", at: i) ?? reader.phraseEnd("chuong trinh", at: i) else { return nil }
        var r = ByteReader(b, from: head)
        guard r.current == 0x20 else { return nil }
        r.skipSpaces()
        let numberStart = r.position
        guard r.readNumber(digits: 2...3) != nil else { return nil }
        let end = r.position
        if end < b.count, [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ",")].contains(b[end]) || ByteReader.isLetter(b[end]) {
            // `Đề án 31, 32 và 33` would be a list of schemes; `Đề án 06.` ends a sentence: both rare beside
            // headings and identifiers, which these stops keep out.
            return nil
        }
        let kind = s.originalText(i..<head)
        let written = kind.prefix(1) + kind.dropFirst().lowercased()
        return NamedDocuments.Match(range: i..<end, name: "\(written) \(s.originalText(numberStart..<end))", typeWord: kind, date: nil)
    }

    /// `Báo cáo chính trị` (of a congress): one document in each congress, named so everywhere,
    /// in lower case too (`Đại hội đã nghe trình bày báo cáo chính trị, …`): no other report is called so.
    private static func politicalReport(_ s: TextSegment, at i: Int, reader: ByteReader) -> NamedDocuments.Match? {
        guard s.bytes[i] == UInt8(ascii: "b"), let e = reader.phraseEnd(politicalReportPhrase, at: i),
              !s.startsUpperCase(at: i + 4) || s.originalText(i..<e).allSatisfy({ !$0.isLowercase }) else { return nil }
        return NamedDocuments.Match(range: i..<e, name: "Báo cáo chính trị", typeWord: s.originalText(i..<(i + 6)), date: nil)
    }

    /// The naming verb that ends right before `i`, or at most two words before it, with only
    /// spaces between the words. In a heading the verb is in upper case too (`TRIỂN KHAI THỰC
    /// HIỆN ĐỀ ÁN “…”`); in running text the words skipped are in lower case (`thực hiện quyết
    /// liệt Đề án …`).
    private static func namingVerb(_ s: TextSegment, before i: Int, heading: Bool) -> String? {
        let b = s.bytes
        // The words before `i`, nearest first.
        var words: [Range<Int>] = []
        var k = i
        while words.count < 8 {
            var e = k
            while e > 0, ByteReader.isSpace(b[e - 1]) { e -= 1 }
            guard e < k || k == i, e > 0, ByteReader.isLetter(b[e - 1]) else { break }
            var w = e
            while w > 0, ByteReader.isLetter(b[w - 1]) { w -= 1 }
            words.append(w..<e)
            k = w
        }
        let reader = ByteReader(b)
        for skipped in 0...4 where skipped < words.count {
            if skipped > 0, !heading, s.startsUpperCase(at: words[skipped - 1].lowerBound) { return nil }
            // Up to two words between any verb and the kind; up to four after a verb of issuing
            // (`phê duyệt chủ trương đầu tư Chương trình …`), which a cited decision must own.
            for (verb, n, issuing) in namingVerbWords where skipped <= 2 || issuing {
                guard words.count >= skipped + n else { continue }
                let start = words[skipped + n - 1].lowerBound
                guard reader.phraseEnd(verb, at: start) == words[skipped].upperBound else { continue }
                // `Hướng dẫn lập, thẩm định, phê duyệt Chương trình phát triển đô thị`: the last of a
                // procedure's steps names a kind of document, not one (real: Nam Định 3023/QĐ-UBND).
                if Self.endsProcedure(b, verbStart: start) { return nil }
                if revisingVerbs.contains(verb), Self.revisionAsNoun(b, verbStart: start) { return nil }
                return !heading || s.originalText(start..<words[skipped].upperBound).allSatisfy { !$0.isLowercase } ? verb : nil
            }
        }
        return nil
    }

    /// Whether the verb at `verbStart` comes after a comma and another step of a procedure
    /// (`lập, thẩm định, phê duyệt`, `xây dựng, ban hành`).
    private static func endsProcedure(_ b: [UInt8], verbStart: Int) -> Bool {
        var e = verbStart
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        guard e > 0, b[e - 1] == UInt8(ascii: ",") else { return false }
        e -= 1
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        let reader = ByteReader(b)
        return procedureSteps.contains { step in
            let start = e - step.utf8.count
            return start >= 0 && reader.phraseEnd(step, at: start) == e && (start == 0 || !ByteReader.isAlnum(b[start - 1]))
        }
    }

    /// `V/v bổ sung Quy hoạch …`, `Điều 1. Bổ sung vào Quy hoạch …`, `sửa đổi, bổ sung Quy chế …` (evaluation batch 25, Phú Thọ
    /// 08/2017/QĐ-UBND): a document named as what is revised. Not `điều chỉnh`, which names a planning project as often
    /// as it revises (`Đồ án điều chỉnh tổng thể Quy hoạch chung …`).
    private static let revisingVerbs: Set<String> = ["sua doi", "bo sung"]

    /// Whether the revising verb at `verbStart` (with its pair: `bổ sung, sửa đổi`) qualifies a paper about the revision
    /// (`báo cáo bổ sung, sửa đổi Điều lệ`, `dự thảo sửa đổi Quy chế`, `Tờ trình bổ sung …`), which revises nothing.
    private static func revisionAsNoun(_ b: [UInt8], verbStart: Int) -> Bool {
        let reader = ByteReader(b)
        func wordBefore(_ e: Int, _ phrases: [String]) -> Int? {
            var e = e
            while e > 0, b[e - 1] == 0x20 { e -= 1 }
            for p in phrases {
                let start = e - p.utf8.count
                if start >= 0, reader.phraseEnd(p, at: start) == e, start == 0 || !ByteReader.isAlnum(b[start - 1]) { return start }
            }
            return nil
        }
        var e = verbStart
        if let pair = wordBefore(e, ["sua doi,", "bo sung,", "sua doi va", "bo sung va"]) { e = pair }
        return wordBefore(e, ["bao cao", "du thao", "to trinh", "ho so", "gop y", "y kien", "de xuat", "de nghi"]) != nil
    }

    /// Steps of making a document, folded, that come before its issuing or approval in a list.
    private static let procedureSteps = ["lap", "tham dinh", "xay dung", "trinh", "soan thao", "dieu chinh", "to chuc lap"]

    /// `Căn cứ Điều lệ Đảng và Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh …`, `Thực hiện Hướng
    /// dẫn số 07-HD/HU … và Chương trình công tác của Ban Tuyên giáo Huyện ủy năm 2022, …`: a kind
    /// joined by `và` to what the clause's opening verb rests on or carries out. The verb of the
    /// clause, when it opens the clause (after `;`, `.`, `:` or a line start, a bullet allowed).
    private static func joinedToClause(_ s: TextSegment, at i: Int) -> String? {
        let b = s.bytes
        guard let va = conjunctionBefore(b, i) else { return nil }
        let k = va + 2
        var start = va
        while start > 0, k - start < 400, ![UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ":"), 0x0A].contains(b[start - 1]) { start -= 1 }
        guard start == 0 || [UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ":"), 0x0A].contains(b[start - 1]) else { return nil }
        var r = ByteReader(b, from: start, end: k)
        r.skipSpaces()
        while let c = r.current, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == 0x20 { r.position += 1 }
        guard s.startsUpperCase(at: r.position) else { return nil }
        return ["can cu", "thuc hien", "trien khai", "tiep tuc thuc hien"].first { r.phraseEnd($0, at: r.position) != nil }
    }

    /// Where `và` starts when it is the word right before `i` (spaces and line breaks between): a kind joined to the one
    /// named before it.
    static func conjunctionBefore(_ b: [UInt8], _ i: Int) -> Int? {
        var k = i
        while k > 0, ByteReader.isSpace(b[k - 1]) { k -= 1 }
        guard k >= 2, b[k - 2] == UInt8(ascii: "v"), b[k - 1] == UInt8(ascii: "a"), k == 2 || !ByteReader.isAlnum(b[k - 3]) else { return nil }
        return k - 2
    }

    /// `2. Quy chế tuyển sinh THCS và tuyển sinh THPT ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT`
    /// (real: Phú Thọ 335/KH-UBND, 2023, a list of grounds whose `Căn cứ` the page dropped): a kind that
    /// opens a list item and is issued with a document on the same line is that document's name,
    /// whatever verb the list had.
    private static func issuedWithItem(_ s: TextSegment, at i: Int, name k: Int) -> Bool {
        let b = s.bytes
        guard CitationScanner.isItemStart(b, mentionStart: i) else { return false }
        var lineEnd = k
        while lineEnd < b.count, b[lineEnd] != 0x0A, b[lineEnd] != UInt8(ascii: ";"), lineEnd - k < 400 { lineEnd += 1 }
        var r = ByteReader(b, from: k, end: lineEnd)
        guard let at = r.firstIndex(of: "ban hanh kem theo") else { return false }
        // `b) Quy định cụ thể trách nhiệm … theo biểu mẫu ban hành kèm theo Quyết định số …`: the kind word is a
        // verb there, its object issued with the decision (reviewer, session 12).
        let between = ByteReader(b, from: k, end: at)
        if between.firstIndex(of: " theo ") != nil || between.phraseEnd("cu the", at: k) != nil { return false }
        r.position = at
        guard r.matchWord("ban hanh kem theo") else { return false }
        r.skipSpaces()
        let p = r.position
        return TypeCodes.words.contains { r.phraseEnd($0.folded, at: p) != nil }
    }

    /// `Căn cứ Điều lệ Đảng; Quy định số 294-QĐ/TW …; Quy chế làm việc của Ban Chấp hành Đảng bộ
    /// tỉnh khoá I …;`: an item of a basis list, right after its `;`, on the `Căn cứ` line.
    private static func basisListItem(_ s: TextSegment, at i: Int) -> Bool {
        let b = s.bytes
        var k = i
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        guard k > 0, b[k - 1] == UInt8(ascii: ";") else { return false }
        var lineStart = k - 1
        while lineStart > 0, b[lineStart - 1] != 0x0A { lineStart -= 1 }
        var r = ByteReader(b, from: lineStart, end: i)
        r.skipSpaces()
        return r.matchWord("can cu") && !b[lineStart..<k].contains(UInt8(ascii: "."))
    }

    /// Whether an identifier (`19/2020/QĐ-UBND`, `31/2017/NĐ-CP`, `81/2005/QĐ-UBND`) stands in the
    /// same sentence before `i`: then the words before `i` describe that document. The sentence
    /// goes back over wrapped lines (a line going on in lower case) but not into a header: the
    /// document's own number (`Số: 435/QĐ-UBND … QUYẾT ĐỊNH V/v ban hành …`) describes nothing.
    /// Whether the number ending at `numberEnd` follows `Số:`, as a header writes its own number
    /// (a citation writes `Quyết định số 123/…`, without the colon).
    private static func ownNumber(_ b: [UInt8], numberEnd: Int) -> Bool {
        var k = numberEnd
        while k > 0, ByteReader.isDigit(b[k - 1]) { k -= 1 }
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        guard k > 0, b[k - 1] == UInt8(ascii: ":") else { return false }
        k -= 1
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        return k >= 2 && b[k - 2] == UInt8(ascii: "s") && b[k - 1] == UInt8(ascii: "o") && (k == 2 || !ByteReader.isAlnum(b[k - 3]))
    }

    private static func describesCitedDocument(_ s: TextSegment, before i: Int) -> Bool {
        let b = s.bytes
        var k = i - 1
        while k > 0, i - k < 250, b[k] != UInt8(ascii: ";") {
            // A wrapped line goes on in lower case or with a number (`ngày 24 tháng⏎02 năm 2009`).
            if b[k] == 0x0A, k + 1 < i, !ByteReader.isAlnum(b[k + 1]) || s.startsUpperCase(at: k + 1) { return false }
            if b[k] == UInt8(ascii: "/"), b[k - 1] == UInt8(ascii: "v"), k + 1 < i, b[k + 1] == UInt8(ascii: "v") { return false }
            if b[k] == UInt8(ascii: ":") { return false }
            // `… (Nghị quyết số 57-NQ/TW), Ban Thường vụ Tỉnh ủy ban hành Chương trình …`: a new
            // subject after the citation issues this document.
            if b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: ")") {
                var q = k + 1
                while q < i, b[q] == 0x20 { q += 1 }
                if q < i, ByteReader.isLetter(b[q]), s.startsUpperCase(at: q) { return false }
            }
            // `30c/NQ-CP`: a number may end in a letter.
            let numberEnd = k > 1 && ByteReader.isLetter(b[k - 1]) && ByteReader.isDigit(b[k - 2]) ? k - 1 : k
            if b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "-"), ByteReader.isDigit(b[numberEnd - 1]), k + 1 < b.count, ByteReader.isAlnum(b[k + 1]) {
                // A date (`02/12/2005`) has digits on both sides; an identifier has a letter after
                // its number (`/QĐ-UBND`) or a year and then a letter (`/2020/QĐ`).
                var q = k + 1
                while q < i, ByteReader.isDigit(b[q]) { q += 1 }
                // A submission (`Tờ trình số 126/TTr-STP … về việc ban hành Quy định …`, a joint one
                // `298/TTrLN-CATP-STC`) proposes this document, whose attachment it names.
                if q < i, ByteReader.isLetter(b[q]) || (b[q] == UInt8(ascii: "/") && q + 1 < i && ByteReader.isLetter(b[q + 1])) {
                    // `Số: 941/QĐ-UBND Quảng Ngãi, ngày … QUYẾT ĐỊNH BAN HÀNH CHƯƠNG TRÌNH …`: the header's
                    // own number (a header run onto one line), not a cited decision.
                    if ownNumber(b, numberEnd: numberEnd) { return false }
                    let code = b[q] == UInt8(ascii: "/") ? q + 1 : q
                    return !(code + 3 <= b.count && b[code] == UInt8(ascii: "t") && b[code + 1] == UInt8(ascii: "t") && b[code + 2] == UInt8(ascii: "r"))
                }
            }
            k -= 1
        }
        return false
    }

    /// The end of a quoted name: the closing quote, within a few lines.
    /// A quoted name longer than `longestName` is cut at a word, as other names are.
    static func quoted(_ b: [UInt8], from open: Int) -> Int? {
        var k = open + 1
        var lastWordEnd = k
        while k < b.count, k - open < 400 {
            if b[k] == UInt8(ascii: "\"") { return k - open <= longestName ? k + 1 : lastWordEnd }
            // A `;` ends an unclosed quote, but may stand inside a name (`… cho người lao động; người
            // sử dụng lao động …”`) whose closing quote follows on.
            if b[k] == UInt8(ascii: ";"), !b[(k + 1)..<min(b.count, k + 120)].contains(UInt8(ascii: "\"")) { return nil }
            if k - open <= longestName, ByteReader.isAlnum(b[k]), k + 1 < b.count, !ByteReader.isAlnum(b[k + 1]) { lastWordEnd = k + 1 }
            k += 1
        }
        return nil
    }

    /// The end of a name in running text: a clause end, a stop word, a comma or `và` before a
    /// capitalised name, or a line that does not go on in lower case. A number written with `số`
    /// makes it a numbered document, left to the identifier.
    static func name(_ s: TextSegment, from start: Int, dated: Bool = false) -> Int? {
        let b = s.bytes
        let reader = ByteReader(b)
        var k = start
        var lastWordEnd = start
        var words = 0
        while k < b.count, k - start < longestName {
            let c = b[k]
            if c == 0x20 { k += 1; continue }
            if c == 0x0A {
                var q = k + 1
                while q < b.count, b[q] == 0x20 { q += 1 }
                guard q < b.count, ByteReader.isLetter(b[q]), !s.startsUpperCase(at: q), !RelationPhrases.opensClause(s, at: q, end: b.count) else { break }
                k = q
                continue
            }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: "-") {
                var q = k + 1
                while q < b.count, ByteReader.isSpace(b[q]) { q += 1 }
                guard q < b.count, ByteReader.isAlnum(b[q]), c == UInt8(ascii: "-") || !s.startsUpperCase(at: q) else { break }
                // `…, do các nội dung đã được lồng ghép vào …` (red team, round 9): a cause opens a clause of its own.
                if c == UInt8(ascii: ","), CitationScanner.causeWords.contains(where: { reader.phraseEnd($0, at: q) != nil }) { break }
                // `Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ huyện, hoàn thành trong Quý II/2021` (red team, round 32):
                // a task's deadline after the comma is no part of the name.
                if c == UInt8(ascii: ","), Self.deadlineOpenings.contains(where: { reader.phraseEnd($0, at: q) != nil }) { break }
                k = q
                continue
            }
            if ByteReader.isDigit(c) {
                while k < b.count, ByteReader.isDigit(b[k]) { k += 1 }
                // `1961/QĐ-UBND`, `Chương trình hành động 1-CTr/TU`, `1 -CTr/TU` inside: an
                // identifier, not a name.
                var q = k
                while q < b.count, b[q] == 0x20 { q += 1 }
                if q < b.count, b[q] == UInt8(ascii: "/") || (b[q] == UInt8(ascii: "-") && q + 1 < b.count && ByteReader.isLetter(b[q + 1])) { return nil }
                lastWordEnd = k
                words += 1
                continue
            }
            guard ByteReader.isLetter(c) else { break }
            if words > 0 {
                if reader.phraseEnd("so", at: k).map({ e in ByteReader.isDigit(b[min(e + 1, b.count - 1)]) }) == true { return nil }
                // `… bảo vệ chính trị nội bộ đối với cán bộ, đảng viên ra nước ngoài` (the sample corpus's task table): `đối với`
                // goes on with whom the subject concerns; `với` alone joins another party to the sentence.
                if stops.contains(where: { reader.phraseEnd($0, at: k) != nil }), !(b[k] == UInt8(ascii: "v") && wordEndsAt(b, k, "doi")) { break }
                if WrittenStops.first(of: writtenStops, at: k, in: s) != nil { break }
                // Another document's type word, capitalised, starts another citation (`Chương trình
                // hành động thực hiện Nghị quyết Đại hội XIV …`).
                if s.startsUpperCase(at: k), TypeCodes.words.contains(where: { reader.phraseEnd($0.folded, at: k) != nil }) { break }
                // `năm 2026` ends a name with its year (`Chương trình công tác năm 2026, kịp thời …`).
                if let n = reader.phraseEnd("nam", at: k) {
                    var q = ByteReader(b, from: n)
                    q.skipSpaces()
                    if let y = q.readNumber(digits: 4...4), (1945...2100).contains(y) {
                        var after = q
                        after.skipSpaces()
                        // `đến năm 2030 và tầm nhìn …` goes on; a comma or a clause word ends it.
                        if !after.peek("va tam nhin") {
                            lastWordEnd = q.position
                            break
                        }
                    }
                }
                if let v = reader.phraseEnd("va", at: k) {
                    var q = v
                    while q < b.count, ByteReader.isSpace(b[q]) { q += 1 }
                    if q >= b.count || !ByteReader.isLetter(b[q]) || s.startsUpperCase(at: q) { break }
                }
                if reader.phraseEnd("ngay", at: k) != nil {
                    var q = ByteReader(b, from: k + 4)
                    q.skipSpaces()
                    if q.readDate() != nil {
                        if dated { return q.position }
                        break
                    }
                }
            }
            while k < b.count, ByteReader.isLetter(b[k]) { k += 1 }
            words += 1
            lastWordEnd = k
        }
        return words >= 2 ? lastWordEnd : nil
    }

    /// Whether `word` is the word right before `k` (spaces between).
    private static func wordEndsAt(_ b: [UInt8], _ k: Int, _ word: String) -> Bool {
        var e = k
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        let start = e - word.utf8.count
        return start >= 0 && b[start..<e].elementsEqual(word.utf8) && (start == 0 || !ByteReader.isAlnum(b[start - 1]))
    }

    /// The end of a name in an upper-case heading: the line's end, or a word in lower case.
    /// `… CHIẾN LƯỢC DỮ LIỆU QUỐC GIA ĐẾN NĂM` / `2030 TRÊN ĐỊA BÀN …` (a title wrapped before its year, real:
    /// Thừa Thiên Huế 200/KH-UBND, 2024): a name that ends with `năm` goes on with the year on the next line.
    private static func yearOnNextLine(_ b: [UInt8], lineEnd k: Int, nameEnd: Int) -> Bool {
        guard nameEnd >= 3, b[(nameEnd - 3)..<nameEnd].elementsEqual("nam".utf8), nameEnd == 3 || !ByteReader.isAlnum(b[nameEnd - 4]) else { return false }
        var n = k + 1
        while n < b.count, b[n] == 0x20 { n += 1 }
        var e = n
        while e < b.count, ByteReader.isDigit(b[e]) { e += 1 }
        return e - n == 4 && (e == b.count || !ByteReader.isAlnum(b[e]))
    }

    static func headingName(_ s: TextSegment, from start: Int) -> Int? {
        let b = s.bytes
        var k = start
        var lastWordEnd = start
        let reader = ByteReader(b)
        // The year a wrap carried to the next line ends the name there: what follows it on that line is the
        // title's own (`… 2030 TRÊN ĐỊA BÀN TỈNH …`).
        var wrappedYear = false
        while k < b.count, b[k] != 0x0A || !wrappedYear && yearOnNextLine(b, lineEnd: k, nameEnd: lastWordEnd), k - start < longestName {
            if b[k] == 0x0A { wrappedYear = true }
            guard ByteReader.isAlnum(b[k]) else {
                // `… KẾ HOẠCH SỐ 119-KH/TU`: an identifier inside makes the heading a description.
                if b[k] == UInt8(ascii: "/"), k > 0, ByteReader.isDigit(b[k - 1]) { return nil }
                k += 1
                continue
            }
            if k > start, headingStops.contains(where: { reader.phraseEnd($0, at: k) != nil }) { break }
            // `CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 1-CTr/TU`: a numbered document.
            if let e = reader.phraseEnd("so", at: k), e + 1 < b.count, ByteReader.isDigit(b[e + 1]) { return nil }
            let w = k
            while k < b.count, ByteReader.isAlnum(b[k]) { k += 1 }
            guard !s.originalText(w..<k).contains(where: \.isLowercase) else { break }
            lastWordEnd = k
            if wrappedYear { break }
        }
        return lastWordEnd
    }
}
