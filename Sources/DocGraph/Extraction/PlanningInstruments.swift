/// The plans a People's Council adopts and adjusts, named by their subject and period in any case: `kế hoạch đầu tư công
/// trung hạn giai đoạn 2021 - 2025`, `Kế hoạch phát triển kinh tế-xã hội năm 2021`, `kế hoạch vốn đầu tư công năm 2022`,
/// `quy hoạch sử dụng đất đến năm 2020` (evaluation batches 28–30: council sessions, twenty-two misses).
///
/// The law names these instruments (public investment, land use, socio-economic development, finance), so their subject
/// makes them documents wherever the sentence names them; the period (`năm 2022`, `giai đoạn 2021 - 2025`, `đến năm 2030`)
/// ends the name and tells one year's from another's. Each place has its own (`NamedScope`).
enum PlanningInstruments {
    /// The kinds, folded, with their canonical word.
    private static let kinds: [(folded: String, canonical: String)] = [("ke hoach", "Kế hoạch"), ("quy hoach", "Quy hoạch")]

    /// Subjects that make the kind one of these instruments (folded, right after the kind).
    static let subjects = ["dau tu cong", "von dau tu", "su dung dat", "phat trien kinh te", "tai chinh 5 nam", "tai chinh nam"]

    /// Longest name read, in folded bytes.
    private static let longest = 160

    /// The instrument named at `i`, if a kind, one of `subjects` and a period are there.
    static func match(_ s: TextSegment, at i: Int) -> NamedDocuments.Match? {
        let b = s.bytes
        var r = ByteReader(b, from: i)
        guard let kind = kinds.first(where: { r.matchWord($0.folded) }) else { return nil }
        let kindEnd = r.position
        // `KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024`: a heading, this text's own part.
        guard s.originalText(i..<min(i + 2, kindEnd)).contains(where: \.isLowercase) else { return nil }
        guard namedHere(b, before: i) else { return nil }
        r.skipSpaces()
        let subjectStart = r.position
        guard subjects.contains(where: { r.phraseEnd($0, at: subjectStart) != nil }) else { return nil }
        // The name runs to the last period said before the clause ends.
        var end: Int?
        var k = subjectStart
        let limit = min(b.count, subjectStart + longest)
        while k < limit {
            let c = b[k]
            // `kế hoạch sử dụng đất 5 năm kỳ đầu (2011 - 2015)`, `5 năm(2006 - 2010)`: a period in brackets.
            if c == UInt8(ascii: "("), k + 1 < b.count, ByteReader.isDigit(b[k + 1]) { k += 1; continue }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")")
                || c == 0x0A || c == UInt8(ascii: "\"") || c == UInt8(ascii: ".") && !(k + 1 < b.count && ByteReader.isDigit(b[k + 1])) { break }
            // The first period ends it: `… năm 2021 cụ thể là giảm tỷ lệ hộ nghèo năm 2021` goes on with the sentence.
            if ByteReader.isDigit(c), k == 0 || !ByteReader.isAlnum(b[k - 1]), let e = periodEnd(b, at: k) {
                end = e
                break
            }
            k += 1
        }
        guard let nameEnd = end else { return nil }
        let written = s.originalText(subjectStart..<nameEnd)
        return NamedDocuments.Match(range: i..<nameEnd, name: "\(kind.canonical) \(written)", typeWord: s.originalText(i..<kindEnd), date: nil,
                                    subject: NamedDocuments.subjectKey(written))
    }

    /// Whether a folded key names one of these instruments (`ke hoach dau tu cong nam 2022`, `quy hoach su dung dat den nam
    /// 2020`): every place adopts its own (`NamedScope`).
    static func isInstrument(_ key: String) -> Bool {
        guard let kind = ["ke hoach ", "quy hoach "].first(where: { key.hasPrefix($0) }) else { return false }
        let rest = key.dropFirst(kind.count)
        return subjects.contains { rest.hasPrefix($0) }
    }

    /// Whether the document whose title has the subject key `title` adopts the instrument `name` itself: its title holds the
    /// name (`Về việc thông qua quy hoạch sử dụng đất đến năm 2020, …`, Real 243; `VỀ KẾ HOẠCH PHÁTTRIỂN KINH TẾ - XÃ HỘI TỈNH
    /// TIỀN GIANG NĂM 2012`, Real 258, whose `Điều 1. Thông qua Kế hoạch phát triển kinhtế - xã hội …` is its own content), and
    /// not as what it revises (`… thông qua nghị quyết điều chỉnh quy hoạch sử dụng đất đến năm 2020`, Real 231, names the
    /// plan it adjusts). Words are compared without their spaces: a converter glues and splits them.
    static func isAdopted(_ name: String, byTitle title: String) -> Bool {
        let key = NamedDocuments.subjectKey(name)
        guard isInstrument(key) else { return false }
        let compactName = Array(key.utf8.filter { $0 != 0x20 })
        let compactTitle = Array(title.utf8.filter { $0 != 0x20 })
        guard compactName.count >= 12, let at = compactTitle.firstRange(of: compactName) else { return false }
        let before = compactTitle[..<at.lowerBound]
        return before.isEmpty || adoptingWords.contains { before.suffix($0.utf8.count).elementsEqual($0.utf8) }
    }

    /// What a title says right before an instrument it adopts (folded, without spaces): `về`, `về việc`, `thông qua`, `phê
    /// duyệt`, `ban hành`. Any other word makes it an instrument the title acts on (`điều chỉnh`, `bổ sung … vào`, `triển
    /// khai thực hiện`): a document of its own.
    private static let adoptingWords = ["ve", "veviec", "thongqua", "pheduyet", "banhanh"]

    /// Whether what stands before the kind names a document there: a verb that adopts, adjusts or carries it out
    /// (`điều chỉnh, bổ sung`, `thông qua`, `phê chuẩn`), `về` or `vào` (`bổ sung … vào kế hoạch …`), or a list's start (`gồm:`,
    /// `;`). Elsewhere `kế hoạch … năm 2022` is as often the text's own work for the year.
    private static func namedHere(_ b: [UInt8], before i: Int) -> Bool {
        var k = i
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        if k == 0 { return false }
        if b[k - 1] == UInt8(ascii: ";") || b[k - 1] == UInt8(ascii: ":") { return true }
        return namingWords.contains { CitationScanner.wordEnding(b, at: k, $0) != nil }
    }

    /// Words right before the kind that name the plan (folded).
    private static let namingWords = ["dieu chinh", "bo sung", "sua doi", "thong qua", "phe duyet", "phe chuan", "xet duyet", "vao", "ve", "trong",
                                      "thuc hien", "trien khai", "theo", "giao", "quyet dinh"]

    /// The words that say a period before its year (folded): `năm 2022`, `giai đoạn 2021 - 2025`, `đến năm 2020`, `thời kỳ
    /// 2021 - 2030` (a plan of the 2017 planning law), `kỳ đầu (2011 - 2015)`, `trung hạn 2016 - 2020` (evaluation 446).
    private static let periodWords = ["nam", "giai doan", "den", "thoi ky", "ky dau", "ky cuoi", "trung han"]

    /// The end of a year (`2022`) or a span of years (`2021 - 2025`, `2021-2025`, `2021–2025`) starting at `k`, after
    /// `năm`, `giai đoạn` or `đến năm`: a period of the plan.
    private static func periodEnd(_ b: [UInt8], at k: Int) -> Int? {
        var r = ByteReader(b, from: k)
        guard let year = r.readNumber(digits: 4...4), (1990...2100).contains(year) else { return nil }
        var before = k
        while before > 0, b[before - 1] == 0x20 { before -= 1 }
        let bracketed = before > 0 && b[before - 1] == UInt8(ascii: "(")
        if bracketed { before -= 1; while before > 0, b[before - 1] == 0x20 { before -= 1 } }
        let said = periodWords.contains { CitationScanner.wordEnding(b, at: before, $0) != nil }
        guard said else { return nil }
        var end = r.position
        var t = r
        t.skipLineSpaces()
        if t.match("-") || t.match("–") {
            t.skipLineSpaces()
            if let to = t.readNumber(digits: 4...4), (1990...2100).contains(to) { end = t.position }
        }
        if bracketed, end < b.count, b[end] == UInt8(ascii: ")") { end += 1 }
        return end
    }
}
