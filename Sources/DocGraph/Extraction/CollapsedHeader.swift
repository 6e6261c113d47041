/// A document's header that a converter or a crawler ran onto one line: the issuer's cell, the
/// number, the motto and the place and date, one after the other.
///
/// `ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN ỦY QUỲNH LƯU Số 48-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM Quỳnh Lưu, ngày 10
/// tháng 3 năm 2022`, `UBND TỈNH NGHỆ AN SỞ NỘI VỤ Số: 1234/SNV-CCHC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
/// NAM Độc lập - Tự do - Hạnh phúc Nghệ An, ngày 10 tháng 3 năm 2022`. The header of two columns is
/// read as its cells would be: the issuer's lines, the number, the place and date.
struct CollapsedHeader {
    /// The issuer's cell, one body a line (`ĐẢNG BỘ TỈNH NGHỆ AN`, `HUYỆN ỦY QUỲNH LƯU`), as
    /// `DocumentIdentity.issuer(fromHeader:)` reads a header block.
    var bodyLines: [String]
    var id: DocumentID
    var place: String?
    var date: SimpleDate?

    /// The header on line `k`, or nil when the line is not one: it must open with an upper-case
    /// name and hold `Số` and a number that stands alone after it.
    init?(_ text: FoldedText, line k: Int) {
        var range = text.trimmedRange(ofLine: k)
        let b = text.bytes
        // `1. ỦY BAN NHÂN DÂN …`: a page's number a PDF's text layer put before the header.
        var q = range.lowerBound
        while q < range.upperBound, ByteReader.isDigit(b[q]), q - range.lowerBound < 3 { q += 1 }
        if q > range.lowerBound, q + 1 < range.upperBound, b[q] == UInt8(ascii: "."), b[q + 1] == 0x20 {
            q += 1
            while q < range.upperBound, b[q] == 0x20 { q += 1 }
            range = q..<range.upperBound
        }
        guard range.count >= 12, let first = range.first, ByteReader.isLetter(b[first]) else { return nil }
        let reader = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        // `… LƯU Số 48-KH/HU`, `… VỤ Số: 1234/SNV-CCHC`: the first `số` a number follows, within
        // a header's length (the whole document may follow on the line: a flattened PDF).
        var so: Int?
        var numberStart = 0
        var p = range.lowerBound + 1
        while p + 2 < min(range.upperBound, range.lowerBound + Self.longestHeader) {
            defer { p += 1 }
            guard b[p] == UInt8(ascii: "s"), b[p - 1] == 0x20, let e = reader.phraseEnd("so", at: p) else { continue }
            var r = ByteReader(b, from: e, end: range.upperBound)
            r.skipSpaces()
            _ = r.match(":")
            r.skipSpaces()
            guard let c = r.current, ByteReader.isDigit(c) else { continue }
            so = p
            numberStart = r.position
            break
        }
        // A header writes `Số` in mixed case, after a name; `… QUYẾT ĐỊNH SỐ 4631/QĐ-UBND` in capitals,
        // or after a type word, is a title naming another document.
        guard let so, text.originalText(so..<(so + 2)) == "Số" else { return nil }
        if TypeCodes.words.contains(where: { w in
            so > w.folded.utf8.count && reader.phraseEnd(w.folded, at: so - 1 - w.folded.utf8.count) != nil
        }) { return nil }
        let seg = TextSegment(text, range: numberStart..<min(range.upperBound, numberStart + 80))
        guard let number = IdentifierGrammar.scan(seg, alone: true).first, number.range.lowerBound == 0, let id = number.id else { return nil }
        self.id = id

        // A text layer may wrap the header's line: the motto and the date go on over the next short
        // lines (`… Số: 148/2021/QĐ-UBND CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM … Đắk Lắk, ngày 05 tháng 06` / `năm 2021`).
        var wideEnd = range.upperBound
        for j in (k + 1)..<min(text.lineCount, k + 3) {
            let next = text.trimmedRange(ofLine: j)
            guard !next.isEmpty, next.count < 160 else { break }
            wideEnd = next.upperBound
        }
        let wide = ByteReader(b, from: range.lowerBound, end: wideEnd)
        // The motto may stand before the number (the state's two columns read row by row) or after it.
        var cells: [Range<Int>] = []
        var cellStart = range.lowerBound
        var afterMotto = numberStart + number.range.upperBound
        for motto in Self.mottos {
            guard let (m, end) = Self.motto(motto, in: wide, from: range.lowerBound) else { continue }
            if m < so {
                if m > cellStart { cells.append(cellStart..<m) }
                cellStart = end
            } else {
                afterMotto = max(afterMotto, end)
            }
        }
        if so > cellStart { cells.append(cellStart..<so) }
        // What stands before `Số`, the motto aside, is the issuer's cell: upper case, a name.
        var written = cells.map { text.originalText($0).trimmingCharacters(in: " *-|") }.filter { !$0.isEmpty }
        // `Trang chủ » Xây dựng Đảng ĐẢNG BỘ HUYỆN PHÚ LƯƠNG …`: a portal's breadcrumb before the header
        // (a page's chrome and its header table read as one line); the cell is its upper-case words.
        if let first = written.first, !DocumentSplitter.isUpperCase(first) {
            let words = first.split(separator: " ")
            if let last = words.lastIndex(where: { $0.contains(where: \.isLowercase) }), words.index(after: last) < words.endIndex,
               words[..<last].joined(separator: " ").count <= Self.longestChrome {
                written[0] = words[words.index(after: last)...].joined(separator: " ")
            }
        }
        guard written.joined().count >= 5, written.allSatisfy(DocumentSplitter.isUpperCase) else { return nil }
        bodyLines = written.flatMap(Self.bodies)
        guard !bodyLines.isEmpty else { return nil }

        // `Quỳnh Lưu, ngày 10 tháng 3 năm 2022` after the number and the motto.
        var r = ByteReader(b, from: afterMotto, end: wideEnd)
        if let ngay = r.firstIndex(of: "ngay"), ngay - afterMotto < 60 {
            let comma = b[afterMotto..<ngay].lastIndex(of: UInt8(ascii: ","))
            r.position = ngay
            _ = r.matchWord("ngay")
            r.skipSpaces()
            if let d = r.readDate() {
                date = d
                if let comma {
                    let name = text.originalText(afterMotto..<comma).trimmingCharacters(in: " -|*")
                    if !name.isEmpty, name.split(separator: " ").count <= 5, !name.contains(where: \.isNumber) || name.folded.hasPrefix("quan ") {
                        place = name
                    }
                }
            }
        }
    }

    /// Bytes within which a header's `Số` stands: the issuer's cell and the motto.
    private static let longestHeader = 600

    /// The longest page chrome (a breadcrumb: `Trang chủ » Văn bản » Chỉ đạo điều hành`) read before a header.
    private static let longestChrome = 120

    /// The mottos of a Party and a state header, folded.
    private static let mottos = ["dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc"]

    /// Where `motto` stands in `text` from `start`: `Độc lập - Tự do - Hạnh phúc` also with its dashes
    /// lost by a text layer (`Độc lập  Tự do  Hạnh phúc`, real: HĐND Phú Yên 188/NQ-HĐND) or written
    /// as en dashes.
    private static func motto(_ motto: String, in text: ByteReader, from start: Int) -> (Int, Int)? {
        if let m = text.firstIndex(of: motto, from: start), let end = text.phraseEnd(motto, at: m) { return (m, end) }
        guard motto.hasPrefix("doc lap"), let m = text.firstIndex(of: "doc lap", from: start),
              let h = text.firstIndex(of: "hanh phuc", from: m), h - m < 40, let end = text.phraseEnd("hanh phuc", at: h) else { return nil }
        return (m, end)
    }

    /// Committees that a province's or district's Party organisation heads (`ĐẢNG BỘ TỈNH NGHỆ AN`
    /// / `HUYỆN ỦY QUỲNH LƯU`), folded.
    private static let committees = ["tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "chi bo", "ban chap hanh", "ban thuong vu"]

    /// People's committees and councils, folded: one under another is a commune's under its district's.
    private static let peoplesBodies = ["uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd"]

    /// Boards and offices of a committee or a people's committee (`TỈNH ỦY NGHỆ AN` / `BAN TUYÊN
    /// GIÁO`, `UBND TỈNH NGHỆ AN` / `SỞ NỘI VỤ`), folded.
    private static let boards = ["ban", "van phong", "so", "uy ban kiem tra"]

    private static func words(_ heads: [String]) -> [[String]] { heads.map { $0.split(separator: " ").map(String.init) } }
    private static let committeeHeads = words(committees), boardHeads = words(boards), peoplesBodyHeads = words(peoplesBodies)
    private static let nationalCommitteeHeads = words(["ban chap hanh", "bch", "ban thuong vu", "uy ban"])

    /// The issuer's cell split into the lines a header would give it: a committee after its Party
    /// organisation's name, a board after its committee's name and place.
    static func bodies(_ cell: String) -> [String] {
        let words = cell.split(separator: " ").map(String.init)
        let folded = words.map(\.folded)
        var lines: [[String]] = []
        var current: [String] = []
        var currentFolded: [String] = []
        // Each head's words split once (`headWords`): splitting them at every word of every header line was 226 M
        // instructions on 1,000 other-hands documents (callgrind) once each header line was asked.
        func starts(_ heads: [[String]], at i: Int) -> Bool {
            heads.contains { h in
                guard i + h.count <= folded.count else { return false }
                for k in h.indices where folded[i + k] != h[k] { return false }
                return true
            }
        }
        for i in words.indices {
            let line = currentFolded.joined(separator: " ")
            let underOrganisation = line.hasPrefix("dang bo ") && starts(Self.committeeHeads, at: i)
            let underCommittee = currentFolded.count >= 3 && starts(Self.boardHeads, at: i)
                && (committees.prefix(6).contains { line.hasPrefix($0 + " ") } || line.hasPrefix("uy ban nhan dan ") || line.hasPrefix("ubnd "))
            // `UBND HUYỆN KRÔNG BÚK` / `ỦY BAN NHÂN DÂN XÃ PƠNG DRANG`: a people's committee or council
            // under its district's or province's.
            let underPeoplesCommittee = currentFolded.count >= 3 && starts(Self.peoplesBodyHeads, at: i)
                && peoplesBodies.contains { line.hasPrefix($0 + " ") }
            // `HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM BAN CHẤP HÀNH TỈNH HÀ NAM` (a portal's header table, red team, round 12): a
            // mass organisation's national name over its province's committee.
            let underNationalOrganisation = currentFolded.count >= 3 && (line.hasSuffix(" viet nam") || line.hasSuffix(" ho chi minh"))
                && starts(Self.nationalCommitteeHeads, at: i)
            // `BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC` (header census, 033): a commission or office under the Central Committee.
            let underCentralCommittee = line == "ban chap hanh trung uong" && starts(Self.boardHeads, at: i)
            // `ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH` (the committee of a province's people's committee since 2025; red teams 29 c2 and
            // 30 c2): `ỦY` then `BAN` is one word, `Ủy ban`, never a commission under the committee before it.
            let insideUyBan = i > 0 && folded[i - 1] == "uy" && folded[i] == "ban"
            if !current.isEmpty, !insideUyBan, underOrganisation || underCommittee || underPeoplesCommittee || underNationalOrganisation || underCentralCommittee {
                lines.append(current)
                current = []
                currentFolded = []
            }
            current.append(words[i])
            currentFolded.append(folded[i])
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { $0.joined(separator: " ").trimmingCharacters(in: " -|*") }.filter { $0.count > 1 }
    }
}
