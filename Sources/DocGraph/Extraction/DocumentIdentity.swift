import Foundation

/// Finds a document's own identity: id, type, issuer, place and date, title, term, locality.
///
/// Sources, in order: the header (`Số 256-KH/TU`, `Hà Nội, ngày 17 tháng 11 năm 2022`, the type
/// title and `CỦA BỘ CHÍNH TRỊ`), an appendix line (`(Kèm theo Kết luận số 58-KL/TW, ngày
/// 26/6/2026 của Bộ Chính trị)`), the opening sentence (`…, Ban Tổ chức Trung ương xây dựng
/// Chương trình hành động …`), and the signature (`T/M THÀNH ỦY`).
enum DocumentIdentity {
    /// The names a portal gives itself in its banner, folded: an office's site, or a newspaper's
    /// (`BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN`, red team, round 16), whose name holds a body's words.
    static let portalBanners = ["trang thong tin dien tu", "cong thong tin dien tu", "trang tin dien tu", "cong thong tin", "trang thong tin",
                                "bao dien tu", "tap chi dien tu"]

    /// Whether a folded line ends with a portal's name after a dash or a bar: `SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN - TRANG
    /// THÔNG TIN ĐIỆN TỬ` (red team, round 16's second wave: a banner kept once `Sở` lines were no longer read as number lines).
    ///
    /// Asked of every header line: its end is read on the bytes (Foundation's trimming was 14,000 instructions a line, 40 M of
    /// the other-hands shape's 1,328 M; callgrind, session 28), and every banner ends in `dien tu` or `thong tin`.
    static func endsWithPortalName(_ f: Substring) -> Bool {
        let u = f.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x20 || u[u.index(before: end)] == 0x09 { end = u.index(before: end) }
        let t = Substring(u[u.startIndex..<end])
        guard t.hasSuffix("dien tu") || t.hasSuffix("thong tin") else { return false }
        return portalBanners.contains { t.hasSuffix(" - " + $0) || t.hasSuffix(" | " + $0) }
    }

    /// A portal's box headings, alone on their line (`<h3>VĂN BẢN MỚI</h3>` over the header table, red team, round 12):
    /// the box's links are hidden (`FoldedText`), its heading is no issuer's line.
    /// Whether a folded line is a portal's menu: items parted by ` | `, one of them a site's page (`TRANG CHỦ`, `LIÊN HỆ`).
    static func isPortalMenu(_ f: Substring) -> Bool {
        // Asked of every header line: its bars counted on the bytes first (Foundation's `contains` was 11 M instructions
        // on 1,000 other-hands documents, callgrind).
        var bars = 0
        for b in f.utf8 where b == UInt8(ascii: "|") { bars += 1 }
        guard bars >= 2 else { return false }
        let items = f.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        return items.count >= 3 && items.contains { ["trang chu", "lien he", "gioi thieu", "tin tuc", "so do trang"].contains($0) }
    }

    static let portalHeadings: Set<String> = ["van ban moi", "van ban lien quan", "tin lien quan", "tin moi", "tin moi nhat", "tin doc nhieu",
                                              "bai viet lien quan", "tin khac", "cac tin khac", "tin bai lien quan", "van ban chi dao dieu hanh"]

    static func identify(_ text: FoldedText, lines: Range<Int>, file: String) -> DocumentRecord {
        var record = DocumentRecord(file: file, startLine: lines.lowerBound + 1, endLine: max(lines.lowerBound + 1, lines.upperBound))
        var headerBlock: [String] = []
        var headerBlockClosed = false
        var titleLine: Int?
        var signatureIssuer: String?
        var numberLine: Int?
        var fragment: String?
        var titleSeed: String?
        /// A portal's title over the header (`pageTitleOverHeader`), kept in case the header has no title under it.
        var pageTitle: (line: Int, headerStart: Int, seed: String?, typeWord: String?, typeCode: String?)?
        // `ĐOÀN TNCS HỒ CHÍ MINH` where a Party header has its motto: the Youth Union's committee heads the text.
        var youthUnionLine = false
        // `Ngày 19-8, Ban Thường vụ Huyện ủy Cai Lậy tổ chức hội nghị …` / … / `BAN BIÊN TẬP` (evaluation batch 22): capitals
        // after running text, with no number, title or date after them, are a byline or a heading, not a header.
        var proseSeen = false, headerAfterProse = false
        let headerEnd = min(lines.upperBound, lines.lowerBound + 40)

        for k in lines.lowerBound..<headerEnd {
            let f = text.foldedLine(k)
            if f.isEmpty || isRule(f) { continue }
            // `TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ LƯƠNG`: a portal's banner over the page, no issuer's line.
            if titleLine == nil, record.id == nil, Self.portalBanners.contains(where: { Self.opens(f, $0) }) || Self.endsWithPortalName(f) { continue }
            if titleLine == nil, record.id == nil, Self.portalHeadings.contains(Self.trimmingHeadingMarks(f)) { continue }
            // `ĐẢNG BỘ THỊ XÃ BỈM SƠN | TRANG CHỦ | TIN TỨC - SỰ KIỆN | LIÊN HỆ` (red team 46 c1): a portal's menu over the page.
            if titleLine == nil, record.id == nil, Self.isPortalMenu(f) { continue }
            if titleLine == nil, Self.namesYouthUnion(f) {
                youthUnionLine = true
                // Alone on its line under the committee's name (a header's columns read one after the other),
                // it is the motto's column, not the issuer's last line; above the name, it is its organisation.
                if !headerBlock.isEmpty || headerBlockClosed, Self.isYouthUnionName(f) { continue }
            }
            if record.id == nil, let id = DocumentSplitter.numberLineID(text, k) {
                record.id = id
                numberLine = k
                headerBlockClosed = true
                // A converted header table keeps the place and date in the next cell.
                if record.date == nil, let (place, date) = placeAndDateInCells(text, k) ?? placeAndDateAfterNumber(text, k) { record.place = place; record.date = date }
                continue
            }
            // `ỦY BAN NHÂN DÂN` / `TỈNH BẮC NINH` / `-------` / `45/QĐ-UBND` (red team, round 32, c1): the number under the
            // issuer's name without its `Số:`.
            if record.id == nil, titleLine == nil, !headerBlock.isEmpty, !headerBlockClosed, let id = DocumentSplitter.bareNumberLineID(text, k) {
                record.id = id
                numberLine = k
                headerBlockClosed = true
                if record.date == nil, let (place, date) = placeAndDateInCells(text, k) ?? placeAndDateAfterNumber(text, k) { record.place = place; record.date = date }
                continue
            }
            // The whole header run onto one line by a converter (`ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN ỦY QUỲNH
            // LƯU Số 48-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM Quỳnh Lưu, ngày 10 tháng 3 năm 2022`).
            // A line in capitals over it that names no body (`ADSENSE`, `QUẢNG CÁO`: a page's chrome, header census 5, 404)
            // opens no header of its own.
            if record.id == nil, titleLine == nil, !headerBlockClosed,
               headerBlock.isEmpty || headerBlock.allSatisfy({ !IssuingBody(IssuingBodies.canonical($0)).isNamedBody }),
               let header = CollapsedHeader(text, line: k) {
                headerBlock = header.bodyLines
                // `<p>ĐẢNG BỘ TỈNH AN GIANG</p> <p>ỦY BAN KIỂM TRA TỈNH ỦY</p> <p>*</p> <p>Số 07-TB/UBKTTU</p>⇥<p>ĐẢNG CỘNG
                // SẢN VIỆT NAM</p> …` (a Word table's header row, red team, round 26, c4): the cell keeps its lines; the
                // name is read from them, not guessed from the words run together (`Tỉnh ủy An Giang Ủy Ban Kiểm Tra`).
                let cell = Self.firstCell(of: text.originalLine(k))
                if Self.holdsLessThan(cell) {
                    // `SỞ NÔNG NGHIỆP` folds as `Số` does: only a line with a digit is the number's.
                    let lines = Self.nameLines(cell, keepingDepartments: true)
                    if lines.count > 1, DocumentSplitter.isUpperCase(lines.joined(separator: " ")) { headerBlock = Self.headerLines(lines) }
                }
                record.id = header.id
                numberLine = k
                headerBlockClosed = true
                if record.date == nil, let date = header.date { record.date = date; record.place = header.place }
                continue
            }
            if record.date == nil, let (place, date) = placeAndDateInCells(text, k) {
                record.place = place
                record.date = date
                // `| ĐẢNG BỘ TỈNH QUẢNG NINH<br>THÀNH ỦY CẨM PHẢ<br>\*<br>Số 310-BC/ThU | ĐẢNG CỘNG SẢN VIỆT NAM<br>*Cẩm Phả, ngày …* |`
                // (red team, round 17: a Markdown export's whole header on one row): the first cell's lines are the issuer's
                // name and its number, beside the place and date.
                let cell = Self.firstCell(of: text.originalLine(k))
                if headerBlock.isEmpty, record.id == nil, !headerBlockClosed, Self.holdsLessThan(cell) {
                    let lines = Self.nameLines(cell, keepingDepartments: true)
                    // One name line is enough beside its number (`TỈNH ỦY THANH HÓA<br>*<br>Số 05-CTr/TU`, red team, round 21 r3).
                    if lines.count > 1 || lines.count == 1 && Self.numberInCell(cell) != nil, DocumentSplitter.isUpperCase(lines.joined(separator: " ")) {
                        headerBlock = Self.headerLines(lines)
                        if let id = Self.numberInCell(cell) { record.id = id; numberLine = k }
                    }
                }
                headerBlockClosed = true
                continue
            }
            // `CHỈ THỊ SỐ 47-CT/TW` over `CỦA BAN BÍ THƯ` (evaluation batch 35): the type title holds the number.
            // A page that reproduces the title of the document it reports on (`NGHỊ QUYẾT SỐ 18-NQ/TW` / `VỀ MỘT SỐ VẤN ĐỀ …` over
            // `… thực hiện Nghị quyết số 18-NQ/TW …`) cites it below; a document does not cite its own number.
            if titleLine == nil, record.id == nil,
               let title = Self.numberedTypeTitle(text, k, end: headerEnd, underHeader: !headerBlock.isEmpty && record.date != nil),
               !Self.cites(title.id, text, lines: (k + 1)..<lines.upperBound) {
                titleLine = k
                record.id = title.id
                numberLine = k
                record.typeWord = title.word.sentenceCased
                record.typeCode = TypeCodes.code(forWord: title.word)
                if record.date == nil { record.date = title.date }
                if let owner = title.owner.map(Self.titledIssuer) {
                    record.issuer = owner.issuer
                    titleSeed = owner.subject
                }
                if let about = title.subject { titleSeed = about }
                headerBlockClosed = true
                continue
            }
            // `Số: 70/NQ-HĐND` / `Cao Bằng, ngày …` / `VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 TỈNH CAO BẰNG` (evaluation
            // batch 40: a page that lost the `NGHỊ QUYẾT` line): under the number, a subject in capitals opening with `VỀ` is
            // the title of the type the number's code says.
            // Right under the number and date: a heading of a letter's body after its `V/v` and `Kính gửi` is none (reviewer,
            // session 27).
            if titleLine == nil, let n = numberLine, k - n <= 4, record.date != nil, record.typeWord == nil, let id = record.id,
               let word = TypeCodes.word(for: id), text.foldedLine(k).hasPrefix("ve "), DocumentSplitter.isUpperCaseLine(text, k),
               ((n + 1)..<k).allSatisfy({ j in
                   let g = text.foldedLine(j)
                   return g.isEmpty || isRule(g) || g.contains("ngay") && !g.hasPrefix("v/v") && !g.hasPrefix("kinh gui")
               }) {
                titleLine = k
                titleSeed = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_")
                record.typeWord = word
                record.typeCode = TypeCodes.code(forWord: word)
                headerBlockClosed = true
                continue
            }
            if titleLine == nil, DocumentSplitter.isTypeTitle(text, k) {
                titleLine = k
                let written = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_")
                record.typeWord = written.sentenceCased
                record.typeCode = TypeCodes.code(forWord: written)
                headerBlockClosed = true
                continue
            }
            // `NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ QUẬN BÌNH THẠNH LẦN THỨ IX` opening a text without a header:
            // the type title and its subject on one line.
            if titleLine == nil, record.id == nil, headerBlock.isEmpty, fragment == nil, !headerBlockClosed,
               let (word, rest) = Self.typeTitleWithSubject(text, k) {
                titleLine = k
                titleSeed = rest
                record.typeWord = word.sentenceCased
                record.typeCode = TypeCodes.code(forWord: word)
                headerBlockClosed = true
                continue
            }
            // `THÔNG BÁO Về việc lấy ý kiến …`, `QUYẾT ĐỊNH Về việc ban hành …` (header census 3, 219): a portal or a
            // converter ran the type title and its subject onto one line; the subject keeps its small letters.
            if titleLine == nil, fragment == nil, let (word, rest) = Self.typeTitleWithSubject(text, k, mixedSubject: true) {
                titleLine = k
                titleSeed = rest
                record.typeWord = word.sentenceCased
                record.typeCode = TypeCodes.code(forWord: word)
                headerBlockClosed = true
                continue
            }
            // `KẾ HOẠCH TỔ CHỨC LỄ HỘI … NĂM 2019` / `UỶ BAN NHÂN DÂN` / `HUYỆN CẨM GIÀNG` / `Số: 55 /KH-UBND` (header census 4,
            // 304): a portal's title in capitals over the document's own header is the page's; the header under it reads
            // afresh, and the document's own type title comes after it.
            if let t = titleLine, numberLine == nil, headerBlock.isEmpty, fragment == nil, Self.pageTitleOverHeader(text, title: t, at: k, lines: lines.lowerBound..<headerEnd) {
                pageTitle = (t, k, titleSeed, record.typeWord, record.typeCode)
                titleLine = nil
                titleSeed = nil
                record.typeWord = nil
                record.typeCode = nil
                headerBlockClosed = false
            }
            if titleLine != nil { continue }
            // `# SỔ TAY VĂN BẢN` / `## Huyện ủy Tuy Phước — năm 2016 (lưu hành nội bộ)` / `---` over the header (red team,
            // round 10: a district's booklet): a Markdown heading in lower case before any number is a cover's, and
            // what it opened is no header; the header below starts afresh.
            if record.id == nil, text.originalLine(k).hasPrefix("#"), !DocumentSplitter.isUpperCase(text.originalLine(k)) {
                headerBlock = []
                fragment = nil
                headerBlockClosed = false
                continue
            }
            // `HỘI ĐỒNG NHÂN DÂN` / `THỊ XÃ NINH HÒA` / `KHOÁ XII, KỲ HỌP THỨ 7` (red team, round 11): a council's term and
            // session under its name are no body's name.
            if !headerBlockClosed, !headerBlock.isEmpty, f.hasPrefix("khoa ") || f.hasPrefix("ky hop ") || f.hasPrefix("nhiem ky ") { continue }
            // `TỈNH UỶ HÀ TĨNH` / `ĐẢNG CỘNG SẢN VIỆT NAM` / `BAN TUYÊN GIÁO` (evaluation batch 27, Hà Tĩnh 369-CV/BTGTU): a
            // header's two columns read line by line put the motto between the issuer's lines; a motto alone on its
            // line closes nothing.
            if !headerBlockClosed, !headerBlock.isEmpty, record.id == nil, Self.mottoLines.contains(Self.trimmingHeadingMarks(f)) { continue }
            // Only an open header block reads its first cell (the condition below asks that first).
            let firstCell = headerBlockClosed ? "" : Self.firstCell(of: text.originalLine(k))
            if !headerBlockClosed, DocumentSplitter.isUpperCase(Self.holdsLessThan(firstCell) ? Self.nameLines(firstCell).joined(separator: " ") : firstCell),
               !Self.opens(f, "dang cong san"), !Self.opens(f, "cong hoa"), !Self.opens(f, "doc lap"),
               // `CỘNG` / `HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`: the motto broken over two lines.
               !mottoFragment(f),
               f.count > 3 || fragment == nil && f.count > 1 {
                // ` • BỘ GIÁO DỤC VÀ ĐÀO TẠO` (header census, 022): a list's bullet before a header line is no part of the name.
                let written = FoldedText.tidy(firstCell).trimmingCharacters(in: Self.headerLineEnds)
                // `TỈNH BÀ RỊA -VŨNG TÀU`: a dash spaced on one side is the place's spaced dash.
                var line = IssuingBodies.spacingDashes(written).trimmingCharacters(in: Self.headerLineEndsAndDash)
                // `BỘ LAO ĐỘNG -` / `THƯƠNG BINH VÀ XÃ HỘI`: keep a single dash that joins the next line.
                if written.hasSuffix(" -"), !written.hasSuffix("--") { line += " -" }
                if f.count <= 3 {
                    // `ỦY` / `BAN NHÂN DÂN`: a word the converter broke off the name below it.
                    fragment = line
                    continue
                }
                if headerBlock.isEmpty, proseSeen { headerAfterProse = true }
                // `BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC` (header census, 033), `TỈNH ỦY NGHỆ AN BAN TUYÊN GIÁO`: a parent and the
                // unit that issues, on one line, are two of the header's lines.
                // `| ỦY BAN NHÂN DÂN<br>TỈNH BÌNH ĐỊNH | …`: a Markdown cell holds the header's lines.
                let lines = Self.nameLines(firstCell)
                if record.id == nil, lines.count > 1, let id = Self.numberInCell(firstCell) {
                    record.id = id
                    numberLine = k
                }
                if lines.count > 1 {
                    headerBlock += Self.headerLines(lines)
                } else {
                    let joined = fragment.map { "\($0) \(line)" } ?? line
                    let bodies = fragment == nil && !Self.mayNameTwoBodies(text, k) ? [] : CollapsedHeader.bodies(joined)
                    headerBlock += bodies.count > 1 ? bodies : [joined]
                }
                fragment = nil
            } else if !headerBlock.isEmpty, record.id == nil, headerBlock.allSatisfy({ line in
                // (`BCĐ 389 TỈNH LONG AN` names its place: a header's, reviewer, session 30.)
                let words = " " + line.folded + " "
                return !IssuingBody(IssuingBodies.canonical(line)).isNamedBody
                    && !["tinh", "thanh pho", "huyen", "thi xa", "quan", "phuong", "xa"].contains { words.contains(" \($0) ") }
            }) {
                // `ADSENSE` / `Quyết định số 05/2019/QĐ-UBND tỉnh Trà Vinh` / … / the header run onto one line (header census 5,
                // 404): capitals naming no body, then running text, were a page's chrome; the header is still to come.
                headerBlock = []
            } else if !headerBlock.isEmpty {
                headerBlockClosed = true
            } else if !proseSeen, f.utf8.lazy.filter({ $0 == 0x20 }).count >= 11 {
                proseSeen = true
            }
        }
        if headerAfterProse, numberLine == nil, titleLine == nil, record.date == nil { headerBlock = [] }
        // The page's title is the document's when its header has none under it (`QUYẾT ĐỊNH` / `Về việc ban hành Quy chế làm
        // việc` over `ỦY BAN NHÂN DÂN` / `TỈNH HẢI DƯƠNG` / `Số: 56/QĐ-UBND`, reviewer, session 28).
        if titleLine == nil, let page = pageTitle {
            titleLine = page.line
            titleSeed = page.seed
            record.typeWord = page.typeWord
            record.typeCode = page.typeCode
        }

        // A page's title ends where the header under it starts.
        if let t = titleLine { readTitleBlock(text, after: t, end: pageTitle.map { $0.line == t ? $0.headerStart : lines.upperBound } ?? lines.upperBound, seed: titleSeed, into: &record) }
        // `Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc …` over the body of a text
        // without a header: the line designates this document (`TitleLine`).
        // Being the first line, it has no header above it; capitals below it are a signature's.
        if record.id == nil, titleLine == nil, numberLine == nil,
           let first = Self.designationLine(text, lines: lines), first + 1 < lines.upperBound,
           let designation = TitleLine.designation(text, line: first),
           // `Chỉ thị số 47-CT/TW` over a newspaper's report that `… sơ kết 2 năm thực hiện Chỉ thị số 47-CT/TW của Ban
           // Bí thư …` (evaluation batch 35, a tag page): a bare type and number that the text below cites is its topic.
           designation.date != nil || designation.issuer != nil || designation.subject != nil
            || !Self.cites(designation.id, text, lines: (first + 1)..<lines.upperBound) {
            record.id = designation.id
            record.typeWord = designation.typeWord.sentenceCased
            record.typeCode = designation.id.typeCode.isEmpty ? TypeCodes.code(forWord: designation.typeWord) : designation.id.typeCode
            if record.date == nil { record.date = designation.date }
            if record.issuer == nil { record.issuer = designation.issuer }
            if let subject = designation.subject { record.title = "\(record.typeWord ?? designation.typeWord) \(subject)" }
            record.titleLines = first..<(first + 1)
        }
        if record.title == nil, let (subject, dated) = aboutLine(text, lines.lowerBound..<headerEnd) {
            if record.date == nil, let (place, date) = dated { record.date = date; record.place = place }
            // A letter has no type title; its `V/v …` line says what it is about.
            record.title = "\(record.typeWord ?? record.id.flatMap(TypeCodes.word(for:)) ?? "Công văn") về việc \(subject)"
            // `Số: 1234/SNV-CCHC` / `V/v …`: a number without a type code over a `V/v` line is a letter's.
            if record.typeCode == nil, record.id.map({ TypeCodes.typeWord[$0.typeCode] == nil }) ?? true { record.typeCode = "CV"; record.typeWord = "Công văn" }
        }

        for k in lines {
            // Only lines opening with `(`, `k`, `b` (an appendix caption) or `t` (a signature) can
            // say anything here: the first byte decides before any string is made.
            let trimmed = text.trimmedRange(ofLine: k)
            guard let first = trimmed.first else { continue }
            let c = text.bytes[first]
            guard c == UInt8(ascii: "(") || c == UInt8(ascii: "k") || c == UInt8(ascii: "b") || (c == UInt8(ascii: "t") && signatureIssuer == nil) else { continue }
            // The openings are asked of the folded bytes (ASCII: a byte is a character), and the
            // line becomes strings only when one matches (callgrind: every `t` line of a plan-heavy
            // document was copied twice, 19 M instructions on 100 documents).
            let line = ByteReader(text.bytes, from: trimmed.lowerBound, end: trimmed.upperBound)
            if line.peek("(kem theo") || line.peek("kem theo") || line.peek("(ban hanh kem theo") || line.peek("ban hanh kem theo") {
                applyAppendixLine(text, k, into: &record)
            } else if signatureIssuer == nil, c == UInt8(ascii: "t"),
                      line.peek("t/m ") || line.peek("tm. ") || line.peek("tm ") || line.peek("t/l ") || line.peek("tl. "),
                      let body = signatureBody(text.foldedLine(k), text.originalLine(k)) {
                signatureIssuer = body
            }
        }
        // An upper-case title opening a document with no header (`ĐỊNH HƯỚNG TUYÊN TRUYỀN …`,
        // `QUYẾT NGHỊ`, `I. MỤC ĐÍCH, YÊU CẦU`) names no body.
        var headerIssuer = issuer(fromHeader: headerBlock).flatMap { IssuingBody($0).isNamedBody ? $0 : nil }
        // `BAN CHẤP HÀNH TRUNG ƯƠNG` beside `ĐOÀN TNCS HỒ CHÍ MINH` is the Union's Central Committee, not the Party's.
        if youthUnionLine, let header = headerIssuer, IssuingBody(header).organ == .centralCommittee {
            headerIssuer = "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"
            // A title's `CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH` names the organisation, not which committee issued.
            if let titled = record.issuer.map(IssuingBody.init), titled.organ == .massOrganisation(.youthUnion), titled.tier == nil { record.issuer = nil }
            // `TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN`, `…, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch …`: which of its bodies speaks.
            let speaker = signatureIssuer ?? openingSentence(text, lines: lines)?.issuer
            if record.issuer == nil, let speaker, IssuingBody(speaker).massOrganisationTier == .central,
               IssuingBody(speaker).organ == .massOrganisation(.youthUnion) {
                record.issuer = speaker
            }
        }
        if record.issuer == nil, let signature = signatureIssuer, let header = headerIssuer,
           signatureSpeaksFor(signature, header: header) {
            // `BAN CHẤP HÀNH TRUNG ƯƠNG` heads the Politburo's and the Secretariat's documents;
            // `T/M BỘ CHÍNH TRỊ` says which of them issued this one.
            record.issuer = signature
        }
        if record.issuer == nil, signatureIssuer == nil, let header = headerIssuer, IssuingBody(header).organ == .centralCommittee {
            record.issuer = centralSpeaker(text, lines: lines)
        }
        if record.issuer == nil { record.issuer = headerIssuer }
        // `NGHỊ QUYẾT` / `CỦA BAN THƯỜNG VỤ HUYỆN ỦY` under `HUYỆN ỦY MỎ CÀY NAM`, `CỦA BAN THƯỜNG VỤ THỊ ỦY`
        // under `THỊ ỦY SÔNG CẦU`: the title names the body, the header its place (red-team round 3, repros 04, 06).
        if let issuer = record.issuer, let header = headerIssuer {
            let titled = IssuingBody(issuer), headed = IssuingBody(header)
            if titled.place == nil, titled.tier != nil, let place = headed.place, titled.isCompatible(with: headed) {
                // The place as the header writes it: its last words, as many as the folded place has.
                let written = header.split(separator: " ").suffix(place.split(separator: " ").count).joined(separator: " ")
                if written.folded == place { record.issuer = "\(issuer) \(written)" }
            }
        }
        // The opening sentence's subject names a body, or nothing (`…, Bộ Lao động - Thương binh và Xã hội vềviệc
        // triển khai …` glued by a converter is no issuer).
        if record.issuer == nil, let opening = openingSentence(text, lines: lines) {
            record.issuer = opening.issuer
            // `…, Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về …`: what the
            // body issues in the opening of a text without its header is this text.
            if record.id == nil, let own = opening.issued {
                record.id = own
                if record.typeCode == nil { record.typeCode = own.typeCode }
                if record.date == nil { record.date = openingDate(text, lines: lines, number: own.number) }
            }
        }
        // `Ngày 08/02/2023, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận năm 2023; Ban
        // Biên tập website giới thiệu toàn văn …` over `HƯỚNG DẪN` / `Trọng tâm công tác Mặt trận năm 2023` (evaluation
        // batch 21): a page's opening that issues this text by its whole title dates it.
        if record.date == nil, record.id == nil, let title = record.title, title.split(separator: " ").count >= 4 {
            record.date = openingDate(text, lines: lines, issuing: title)
        }
        // `QUYẾT ĐỊNH` / `Ban hành Quy định …` / `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` / `Căn cứ …` with no header
        // (a second decision after the first's signature in one file): who decides is the issuer.
        // The title's subject may wrap over several lines, and a copy may put a blank line between any two (Real 316: `NGHỊ
        // QUYẾT` / `Về việc bãi bỏ …` over four lines / `HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG`, each after a blank): eleven lines
        // that hold text, not eleven lines.
        if record.issuer == nil, let t = titleLine,
           let k = Self.linesHoldingText(text, after: t, count: 11, end: lines.upperBound).first(where: { isAuthorityLine(text, $0, end: lines.upperBound) }) {
            record.issuer = IssuingBodies.canonical(FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_|"))
        }
        if record.issuer == nil { record.issuer = signatureIssuer }
        // `NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ QUẬN BÌNH THẠNH LẦN THỨ IX`: the congress resolves.
        if record.issuer == nil, record.typeCode == "NQ", let title = record.title, let congress = Self.congress(inTitle: title) {
            record.issuer = congress
        }
        if let issuer = record.issuer { record.issuer = placed(issuer, text, lines: lines.lowerBound..<headerEnd, place: record.place) }
        // `Số: 08/CT-CTUBND` (census 027): the number's code says the chairman as his line does.
        if let issuer = record.issuer, IssuingBody(issuer).organ == .peoplesCommittee, !issuer.folded.hasPrefix("chu tich"),
           record.id?.issuerCode.folded == "ctubnd" || (titleLine ?? numberLine).map({ Self.decidedByChairman(text, after: $0, end: lines.upperBound, committee: issuer) }) == true {
            record.issuer = "Chủ tịch \(issuer)"
        }
        // `Số 445-KL/TƯ` under `TỈNH ỦY THỪA THIÊN HUẾ` is the province's `TU`, mistyped or OCR'd.
        if let id = record.id, id.form == .party, id.issuerCode == "TW", let line = numberLine,
           text.originalLine(line).precomposedStringWithCanonicalMapping.uppercased().contains("/TƯ"),
           [.province, .city].contains(IssuerLevel.of(issuer: record.issuer)) {
            record.id = DocumentID(party: id.number, typeCode: id.typeCode, issuerCode: "TU")
        }
        // `BỘ TÀI CHÍNH` / `Số: 14447/BTC-ĐT` over `Kính gửi: …` with no type title and no `V/v` line (header census, 017): a
        // number that opens with a body's code, not a kind's, is a letter's.
        if record.typeCode == nil, titleLine == nil, let id = record.id, id.form == .state, !id.typeCode.isEmpty, !id.issuerCode.isEmpty,
           TypeCodes.typeWord[id.typeCode] == nil, !TypeCodes.isKnownCode(id.typeCode.folded), Self.addressesSomeone(text, lines: lines) {
            record.typeCode = "CV"
            record.typeWord = "Công văn"
        }
        if record.typeCode == nil, let id = record.id { record.typeCode = id.typeCode }
        if record.typeWord == nil, let code = record.typeCode {
            record.typeWord = record.id.flatMap { $0.typeCode == code ? TypeCodes.word(for: $0) : nil } ?? TypeCodes.typeWord[code]
        }
        // A term (khóa) numbers the Party's central documents; a ministry's or the Government's (`05/VBHN-BTC`) has none.
        if record.term == nil, let date = record.date, record.id?.isLocal != true, record.id?.form != .state,
           IssuerLevel.of(issuer: record.issuer, code: record.id?.issuerCode) == .central {
            record.term = TermCalendar.term(on: date, of: record.id)
        }
        let level = IssuerLevel.of(issuer: record.issuer, code: record.id?.issuerCode)
        let commune = record.issuer.map { IssuingBody($0).tier == .commune } ?? false
        // A Party cell (`Số 02-KH/CB`, `CHI BỘ SỞ TƯ PHÁP`) is placed as its committee is, though its numbers
        // are its own (red team, round 13: a department's cell under a province's bloc cited the bloc unplaced).
        let cell = record.id.map { TypeCodes.isCellCode($0.issuerCode) } ?? false || record.issuer?.folded.hasPrefix("chi bo ") == true
        // The place the text names most: the numbering place, or (a province's body) the place its title's names are spelled as.
        var namedMost: String?
        if level == .province || level == .city || record.id?.isLocal == true || commune || cell {
            // `HỘI ĐỒNG NHÂN DÂN` / `TỈNH BÌNH ĐỊNH` over a resolution naming `thành phố Quy Nhơn` in its title and preamble
            // (header census 3, 213): a province's body that names its province is there, whatever place its subject names.
            namedMost = Locality.find(text, lines: lines)
            if level == .province, let own = record.issuer.flatMap({ IssuingBody($0).administrativePlace }), !own.isDistrict {
                record.numberingPlace = own.name
            } else {
                record.numberingPlace = namedMost
            }
            // `ỦY BAN NHÂN DÂN` over `Số: 712/QĐ-UBND | Hưng Yên, ngày …`: a header that names no
            // province, whose issuer the place line placed, is that province's.
            if record.numberingPlace == nil, let p = record.issuer.flatMap({ IssuingBody($0).administrativePlace }), !p.isDistrict {
                record.numberingPlace = p.name
            }
            // `ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH` / `CHI BỘ SỞ TƯ PHÁP` over `Trà Vinh, ngày …`: a body whose header
            // names no place, under a province's bloc or department, is where its place line says when that
            // names a province and nothing else (red team, round 13: the cell's citations of its bloc dangled).
            // (A commune's place line names the commune: `XÃ QUẢNG NINH` / `Quảng Ninh, ngày …` is not the province.)
            if record.numberingPlace == nil, let written = record.place, let p = AdministrativeUnits.place(named: written), !p.isDistrict,
               p.name.folded == written.folded, !(commune && record.issuer.flatMap({ IssuingBody($0).place }) == written.folded) {
                record.numberingPlace = p.name
            }
        }
        // `BỘ TƯ LỆNH TP HỒ CHÍ MINH` / `BAN CHỈ HUY QUÂN SỰ XÃ DẦU TIẾNG`, `QUÂN KHU 7` / `BỘ TƯ LỆNH THÀNH PHỐ HỒ CHÍ MINH`
        // (red team, round 24, c1a): a body no level list knows (the army's local commands) whose header names a province
        // or a centrally run city is there, so that the `-/TU` and `UBND tỉnh` it cites are that place's. `Bộ Tư lệnh`
        // reads as a ministry's name, so the level does not decide; a ministry's header names no province.
        if record.numberingPlace == nil {
            record.numberingPlace = (headerBlock + [record.issuer ?? ""]).lazy.compactMap(Self.provinceNamed).first
        }
        // `ĐẢNG BỘ HUYỆN CƯ M'GAR` / `ĐẢNG ỦY XÃ EA KIẾT`, `UBND HUYỆN MỸ TÚ` / `ỦY BAN NHÂN DÂN XÃ MỸ
        // HƯƠNG`: a commune's text is placed by the district its header names above the commune, so
        // that the `Tỉnh ủy`, `UBND huyện` it cites without a place are that province's and district's.
        if commune {
            let province = record.numberingPlace.flatMap(AdministrativeUnits.place(completing:))
            if let district = Locality.districtAbove(headerBlock, province: province) ?? Locality.districtNamed(text, lines: lines, province: province) {
                record.numberingPlace = district
            } else if record.numberingPlace == nil, let own = record.issuer.flatMap({ IssuingBody($0).place }),
                      // `XÃ QUẢNG NINH` of 2025: the district of Quảng Bình whose name it took, not the province (reviewer, session 26).
                      let district = AdministrativeUnits.place(named: own, kind: "huyen"), district.isDistrict,
                      // The whole name, not its first words: `XÃ VINH HÀ` of Thừa Thiên Huế is not in Vinh, Nghệ An (header
                      // census 2, 110).
                      district.name.folded == own.folded || district.name.folded.hasPrefix(own.folded + ",") {
                // `ỦY BAN NHÂN DÂN` / `PHƯỜNG HẢI CHÂU` (2025): a ward or commune named as a district was, and
                // naming no other place, is where that district was (red team, round 7): after the 2025
                // mergers the new wards and communes took the old districts' names, so `HĐND thành phố` it
                // cites is its city's.
                record.numberingPlace = district.name
            }
            // `ỦY BAN NHÂN DÂN` / `XÃ LỆ THỦY` on 20/3/2026, whose text names `tỉnh Quảng Bình` most (red team, round 29, c5):
            // after 1 July 2025 a commune is its new province's; a former province is no place of that day. (A former
            // district stays: the district's numbers it cites are still that district's, `IdentityScope` says which
            // province its province-level citations mean.)
            if let date = record.date, date >= AdministrativeUnits.reorganisation,
               let place = record.numberingPlace.flatMap(AdministrativeUnits.place(named:)), !place.isDistrict,
               let successor = AdministrativeUnits.successor(of: place.name) {
                record.numberingPlace = successor
            }
        }
        if let title = record.title {
            record.title = restoringProperNames(title, place: record.numberingPlace)
            if let namedMost, namedMost != record.numberingPlace { record.title = restoringProperNames(record.title ?? title, place: namedMost) }
        }
        record.locality = Self.address(of: record, text, lines: lines, header: headerBlock)
        return record
    }

    /// The first cell of a header line that is not blank (`ĐẢNG CỘNG SẢN VIỆT NAM<TAB>Số 12-KH/TU`,
    /// `| ỦY BAN NHÂN DÂN | … |`), or "": the pieces between tabs and bars, read up to the first
    /// that holds more than white space, instead of splitting the whole line.
    /// The first non-blank cell of a header line: cells apart by a tab, a `|`, or the run of spaces
    /// a page's layout leaves before the motto's column (`BAN CHẤP HÀNH TRUNG ƯƠNG      ĐẢNG CỘNG SẢN
    /// VIỆT NAM`; but `BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH` is one name).
    ///
    /// A line of scalars that are each a character beside any neighbour (`isPlainCellLine`) is read on its bytes: its
    /// cells end only at ASCII bytes (a tab, `|`, a space before the motto's column, `<` of `</td>`), which start a
    /// character there, and the other bytes only say that a word goes on (issue #12, eighteenth pass: `Character`s
    /// cost about 300 instructions each, 17.6 M of 178 M on 100 `other-hands` documents). Any other line is read on
    /// its characters, as before.
    static func firstCell(of line: String) -> String {
        guard isPlainCellLine(line) else { return firstCellAskingCharacters(of: line) }
        let u = line.utf8
        var start = u.startIndex
        while start < u.endIndex {
            var end = start
            var afterWord = false
            var afterLetter = false
            while end < u.endIndex {
                let c = u[end]
                if c == 0x09 || c == UInt8(ascii: "|") || (afterWord && c == 0x20 && mayOpenMotto(u, after: end) && mottoColumnPlain(line, at: end, cellStart: start))
                    || (c == UInt8(ascii: "<") && closesCell(line, at: end)) || (afterLetter && gluedMotto(u, at: end)) { break }
                afterWord = c != 0x20
                // A letter's last byte: ASCII, or a continuation byte of a Vietnamese letter (`Ọ` of `THỌCỘNG`); not `**`.
                afterLetter = (c | 0x20) &- 0x61 < 26 || c >= 0x80
                end = u.index(after: end)
            }
            let cell = line[start..<end]
            if !cell.isEmpty, !isBlank(cell), !(holdsLessThan(cell) && nameLines(String(cell)).isEmpty) { return String(cell) }
            guard end < u.endIndex else { break }
            start = u.index(after: end)
        }
        return ""
    }

    /// The mottos as a header's capitals write them, which a converter may glue to the cell before them with no space
    /// (`ỦY BAN NHÂN DÂN TỈNH PHÚ THỌCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, red team, round 31, c1b; `… VIỆT NAMĐộc lập`
    /// where Word's table cells were joined): no body's name goes on with them.
    private static let gluedMottoForms = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA", "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do",
                                          "Độc lập – Tự do"]
    private static let gluedMottoBytes: [[UInt8]] = gluedMottoForms.map { Array($0.utf8) }

    /// Whether a motto in capitals starts at byte `i`, glued to the letter before it (`gluedMottoForms`); `C` or `Đ`
    /// (`C4 90`) decides for every other byte.
    private static func gluedMotto(_ u: String.UTF8View, at i: String.Index) -> Bool {
        let c = u[i]
        guard c == UInt8(ascii: "C") || c == 0xC4 else { return false }
        return gluedMottoBytes.contains { form in form[0] == c && u[i...].starts(with: form) }
    }

    /// Whether the first byte after the spaces at `i` opens `C`, `c`, `D`, `d`, `Đ` (`C4 90`) or `đ` (`C4 91`), in a line of
    /// `isPlainCellLine`: there that byte starts the next character that is no space, which `mottoColumn` asks to be one
    /// of them before anything else; any other answers no without the characters (other-hands: 7.5 M in `mottoColumn`).
    private static func mayOpenMotto(_ u: String.UTF8View, after i: String.Index) -> Bool {
        var k = i
        while k < u.endIndex, u[k] == 0x20 { k = u.index(after: k) }
        guard k < u.endIndex else { return false }
        switch u[k] {
        case UInt8(ascii: "C"), UInt8(ascii: "c"), UInt8(ascii: "D"), UInt8(ascii: "d"): return true
        case 0xC4:
            let next = u.index(after: k)
            return next < u.endIndex && (u[next] == 0x90 || u[next] == 0x91)
        default: return false
        }
    }

    /// Whether every scalar of `line` is a character of its own whatever stands beside it: a tab (a control, which
    /// no rule joins), printable ASCII (no CR or LF), U+00A0–U+024F and U+1E00–U+1EFF (every precomposed Vietnamese
    /// letter; none extends, prepends or joins). Then characters and scalars are one, and a byte below 0x80 is a
    /// character.
    static func isPlainCellLine(_ line: String) -> Bool {
        for scalar in line.unicodeScalars {
            let v = scalar.value
            guard v == 0x09 || (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x250) || (v >= 0x1E00 && v < 0x1F00) else { return false }
        }
        return true
    }

    /// What `firstCell` answers, asked of the line's characters.
    static func firstCellAskingCharacters(of line: String) -> String {
        var start = line.startIndex
        while start < line.endIndex {
            var end = start
            // `mottoColumn` is asked only at a space after a character of the cell that is no space: at
            // the next spaces of a run it says what it said at the first (the cell has the same
            // characters that are no space, the same word after the run, and fewer spaces before it),
            // which was no. It read the cell and the run again at each space (callgrind: 54,000
            // instructions a header line; a layout's runs of spaces made it quadratic).
            var afterWord = false
            var afterLetter = false
            while end < line.endIndex {
                let c = line[end]
                if c == "\t" || c == "|" || (afterWord && mottoColumn(line, at: end, cellStart: start)) || closesCell(line, at: end)
                    || (afterLetter && gluedMottoForms.contains { line[end...].hasPrefix($0) }) { break }
                afterWord = c != " "
                afterLetter = c.isLetter
                end = line.index(after: end)
            }
            let cell = line[start..<end]
            if !cell.isEmpty, !isBlank(cell), !(cell.contains("<") && nameLines(String(cell)).isEmpty) { return String(cell) }
            guard end < line.endIndex else { break }
            start = line.index(after: end)
        }
        return ""
    }

    /// Whether an HTML table's cell ends at `i` (`</td>`, `</th>`), as a converted table's does at a tab.
    static func closesCell(_ line: String, at i: String.Index) -> Bool {
        guard line[i] == "<" else { return false }
        let tag = line[i...].prefix(5).lowercased()
        return tag == "</td>" || tag == "</th>"
    }

    /// The number line among a cell's lines (`Số 310-BC/ThU` under the issuer's name), read as a number line is.
    static func numberInCell(_ cell: String) -> DocumentID? {
        cellLines(cell).lazy.compactMap { line -> DocumentID? in
            let tidy = FoldedText.tidy(line).trimmingCharacters(in: " *_#")
            return tidy.folded.hasPrefix("so") ? DocumentSplitter.numberLineID(FoldedText(tidy), 0) : nil
        }.first
    }

    /// `nameLines` as the header block keeps them: tidied, without marks and rules' dashes at their ends, none empty.
    static func headerLines(_ nameLines: [String]) -> [String] {
        nameLines.map { FoldedText.tidy($0).trimmingCharacters(in: " #*_-") }.filter { !$0.isEmpty }
    }

    /// The lines of a header cell that name its body: `cellLines` without the number line
    /// (`Số 09-NQ/ĐU`, which Word's HTML puts in the same cell) and the star under the name.
    ///
    /// `keepingDepartments`: `SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH` folds as `Số` does, and only a line with a digit is the number's
    /// (red team, round 21 r3: a Markdown row's department line was dropped and its number with it). Asked of a Markdown
    /// row beside its place and date only: a portal's cells read on (red team 16's second wave kept its date so).
    static func nameLines(_ cell: String, keepingDepartments: Bool = false) -> [String] {
        cellLines(cell).filter { line in
            let written = FoldedText.tidy(line).trimmingCharacters(in: " *_#")
            let f = written.folded
            // `SỞ GIÁO DỤC VÀ ĐÀO TẠO` folds as `Số` does; as written, `Sở` is no number's label (header census 4, 302:
            // `<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b>` under its province was dropped, and the province's committee was the issuer).
            let number = (f.hasPrefix("so ") || f.hasPrefix("so:")) && !written.lowercased().hasPrefix("sở")
            return !f.isEmpty && !(number && (!keepingDepartments || f.contains(where: \.isNumber)))
        }
    }

    /// Whether the cell ends at `i` because a motto's column starts there: after a run of three spaces or
    /// more (a page's layout), or after one space before the state's motto (OCR's reading of two columns).
    static func mottoColumn(_ line: String, at i: String.Index, cellStart: String.Index) -> Bool {
        guard line[i] == " ", line[cellStart..<i].contains(where: { $0 != " " }) else { return false }
        // Every motto opens with `C`, `Đ` or `D` (`CỘNG HÒA`, `ĐẢNG`, `ĐOÀN`, `Độc lập`): other words are passed over unfolded.
        guard let next = line[i...].first(where: { $0 != " " }), "CcĐđDd".contains(next) else { return false }
        let rest = String(line[i...].drop { $0 == " " }.prefix(40)).folded
        // `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `TỈNH NINH THUẬN Độc lập - Tự do - Hạnh phúc`: OCR
        // reads a header's two columns as one line with a single space between; the state's motto is
        // never a body's name.
        if rest.hasPrefix("cong hoa xa hoi chu nghia") || rest.hasPrefix("doc lap - tu do") || rest.hasPrefix("doc lap tu do") { return true }
        guard line[i...].hasPrefix("   ") else { return false }
        return rest.hasPrefix("dang cong san viet nam") || rest.hasPrefix("cong hoa xa hoi") || rest.hasPrefix("doc lap")
            || youthUnionNames.contains { rest.hasPrefix($0) }
    }

    /// `mottoColumn` in a line of `isPlainCellLine`, at a space byte: there every scalar is a character, a space
    /// character is the byte 0x20, and the 40 characters after the spaces are 40 scalars, counted on the bytes
    /// (issue #12, twenty-first pass: characters dropped, counted and folded were 10,000 instructions a call, 3.9 M on
    /// 400 other-hands documents). Held to `mottoColumn` by `TwentyFirstPassShortcutTests`.
    static func mottoColumnPlain(_ line: String, at i: String.Index, cellStart: String.Index) -> Bool {
        let u = line.utf8
        guard i < u.endIndex, u[i] == 0x20, u[cellStart..<i].contains(where: { $0 != 0x20 }) else { return false }
        var j = i
        while j < u.endIndex, u[j] == 0x20 { j = u.index(after: j) }
        guard j < u.endIndex else { return false }
        // `C`, `c`, `D`, `d`, `Đ` (`C4 90`), `đ` (`C4 91`).
        let c = u[j]
        if c != UInt8(ascii: "C"), c != UInt8(ascii: "c"), c != UInt8(ascii: "D"), c != UInt8(ascii: "d") {
            let n = u.index(after: j)
            guard c == 0xC4, n < u.endIndex, u[n] == 0x90 || u[n] == 0x91 else { return false }
        }
        var end = j, count = 0
        while end < u.endIndex, count < 40 {
            end = u.index(after: end)
            while end < u.endIndex, u[end] & 0xC0 == 0x80 { end = u.index(after: end) }
            count += 1
        }
        let rest = String(line[j..<end]).folded
        if rest.hasPrefix("cong hoa xa hoi chu nghia") || rest.hasPrefix("doc lap - tu do") || rest.hasPrefix("doc lap tu do") { return true }
        var k = i, spaces = 0
        while spaces < 3, k < u.endIndex, u[k] == 0x20 { spaces += 1; k = u.index(after: k) }
        guard spaces == 3 else { return false }
        return rest.hasPrefix("dang cong san viet nam") || rest.hasPrefix("cong hoa xa hoi") || rest.hasPrefix("doc lap")
            || youthUnionNames.contains { rest.hasPrefix($0) }
    }

    /// The Youth Union's name as its documents write it where the Party's write `ĐẢNG CỘNG SẢN VIỆT NAM`, folded.
    private static let youthUnionNames = ["doan tncs ho chi minh", "doan thanh nien cong san ho chi minh"]

    /// Whether a folded header line is the Union's name alone (`**ĐOÀN TNCS HỒ CHÍ MINH**`).
    private static func isYouthUnionName(_ f: Substring) -> Bool {
        let bare = f.trimmingCharacters(in: CharacterSet(charactersIn: " *_#|-"))
        return youthUnionNames.contains(bare)
    }

    /// Whether `f.contains(needle)` (an ASCII needle) may be true: false only when `f` is ASCII and its bytes
    /// do not hold the needle's, where Foundation's answer is the bytes' (ASCII has one canonical spelling).
    static func mayContain(_ f: Substring, _ needle: String) -> Bool {
        // Read in place when both are contiguous (always, for a folded line and a literal): the two arrays this
        // made cost 2,750 instructions a header line (other-hands: 8.3 M on 400 documents).
        if let answer = f.utf8.withContiguousStorageIfAvailable({ b in
            needle.utf8.withContiguousStorageIfAvailable { n in Self.mayContain(b, n) }
        }), let answer { return answer }
        return Array(f.utf8).withUnsafeBufferPointer { b in Array(needle.utf8).withUnsafeBufferPointer { n in mayContain(b, n) } }
    }

    /// `mayContain` on the bytes of `f` and of the needle.
    private static func mayContain(_ b: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !n.isEmpty, b.count >= n.count else { return !b.allSatisfy { $0 < 0x80 } || n.isEmpty }
        var ascii = true
        var i = 0
        while i < b.count {
            let c = b[i]
            if c >= 0x80 { ascii = false }
            if c == n[0], i + n.count <= b.count, b[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return !ascii
    }

    /// Whether a folded header line holds the Union's name alone or as a column of its own, after a run of
    /// spaces, a tab or a cell's end (`BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH`).
    private static func namesYouthUnion(_ f: Substring) -> Bool {
        // Asked of every header line: a line whose bytes hold no `doan t` is passed over without Foundation's
        // `range(of:)` (its ASCII letters have no other canonical spelling), 7,500 instructions a call.
        guard Self.mayContain(f, "doan t") else { return false }
        guard f.contains("doan t") else { return false }
        if isYouthUnionName(f) { return true }
        return youthUnionNames.contains { name in
            guard let r = f.range(of: name) else { return false }
            let before = f[..<r.lowerBound]
            return before.hasSuffix("   ") || before.hasSuffix("\t") || before.hasSuffix("|") || before.hasSuffix(">")
        }
    }

    /// `cell.trimmingCharacters(in: .whitespaces).isEmpty`, answered without Foundation when the
    /// cell holds printable ASCII other than a space (no white space set holds one).
    /// A cell's lines, split at the line breaks HTML writes inside it (`<br>`, `<br/>`, `<br />`)
    /// and at its paragraphs (`<p>…</p>`, `<div>`: Word's HTML export, and a `.docx` cell holding
    /// several paragraphs, which the reader writes so); other tags (`<i>`, `<b>`, `<span …>`) are
    /// dropped.
    static func cellLines(_ cell: String) -> [String] {
        guard holdsLessThan(cell) else { return [cell] }
        var lines: [String] = []
        var current = ""
        var rest = Substring(cell)
        while let open = rest.firstIndex(of: "<") {
            current += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { current += rest[open...]; rest = ""; break }
            let tag = rest[rest.index(after: open)..<close].lowercased().drop { $0 == "/" }.prefix { $0.isLetter }
            if ["br", "p", "div", "tr", "li"].contains(tag) {
                lines.append(current)
                current = ""
            }
            rest = rest[rest.index(after: close)...]
        }
        current += rest
        lines.append(current)
        let kept = lines.filter { !$0.allSatisfy(\.isWhitespace) }
        return kept.isEmpty ? [""] : kept
    }

    /// `text.contains("<")` as Foundation answers it, from the bytes where they decide. Foundation's `range(of:)` cost
    /// about 9,000 instructions a call, and every header line's first cell was asked two or three times (other-hands:
    /// 26 M of 540 M on 400 documents). With no `<` byte and no `0xE2` byte (the lead byte of `≮`, U+226E, the one
    /// scalar whose canonical decomposition holds `<`), nothing is canonically `<`: no. ASCII with a `<`: yes (in ASCII
    /// only CR LF is a character of two scalars). Anything else (a `<` beside other scalars, which may be marks on it)
    /// is asked of Foundation, as before.
    static func holdsLessThan<S: StringProtocol>(_ text: S) -> Bool {
        var sawLessThan = false, ascii = true
        for b in text.utf8 {
            if b == UInt8(ascii: "<") {
                sawLessThan = true
            } else if b >= 0x80 {
                if b == 0xE2 { return text.contains("<") }
                ascii = false
            }
        }
        guard sawLessThan else { return false }
        return ascii || text.contains("<")
    }

    static func isBlank(_ cell: Substring) -> Bool {
        if cell.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return cell.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// A piece of the national motto broken over lines (`CỘNG` / `HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`).
    static func mottoFragment(_ folded: Substring) -> Bool {
        // On ASCII (a folded line always is) a character is a letter when its byte is one, and the words are the runs
        // of letter bytes: `split` and `hasPrefix` on characters cost 15,000 instructions a header line (other-hands:
        // 11.4 M on 400 documents).
        let u = folded.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else { return mottoFragmentAskingCharacters(folded) }
        if u.starts(with: "hoa xa hoi chu nghia".utf8) { return true }
        let isLetter = { (b: UInt8) in (b | 0x20) &- 0x61 < 26 }
        var i = u.startIndex, sawCong = false
        while i < u.endIndex {
            guard isLetter(u[i]) else { i = u.index(after: i); continue }
            var j = i
            while j < u.endIndex, isLetter(u[j]) { j = u.index(after: j) }
            guard !sawCong, u[i..<j].elementsEqual("cong".utf8) else { return false }
            sawCong = true
            i = j
        }
        return sawCong
    }

    /// What `mottoFragment` answers, asked of characters.
    static func mottoFragmentAskingCharacters(_ folded: Substring) -> Bool {
        let words = folded.split(whereSeparator: { !$0.isLetter })
        return words == ["cong"] || folded.hasPrefix("hoa xa hoi chu nghia")
    }

    /// `f.hasPrefix(prefix)` for a folded line `f` and an ASCII `prefix` ending in a letter or a space: `f` is ASCII
    /// (`FoldedText`), where a character is a byte but CR LF, so the bytes answer. `Substring.hasPrefix` walks
    /// characters (about 730 instructions a try; seven portal names and three mottos a header line).
    static func opens(_ f: Substring, _ prefix: String) -> Bool {
        f.utf8.starts(with: prefix.utf8)
    }

    /// `ỦY BAN NHÂN DÂN` alone in a header cell (the converter dropped `TỈNH THANH HÓA`): the place
    /// comes from the authority line above the preamble (`ỦY BAN NHÂN DÂN TỈNH THANH HÓA`, `CHỦ TỊCH
    /// ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG`), else from a province named on the place and date line.
    private static func placed(_ issuer: String, _ text: FoldedText, lines: Range<Int>, place: String?) -> String {
        let body = IssuingBody(issuer)
        guard body.organ == .peoplesCommittee || body.organ == .peoplesCouncil, body.place == nil, body.tier == nil else { return issuer }
        for k in lines {
            let line = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_|")
            guard line.count > issuer.count, DocumentSplitter.isUpperCase(line) else { continue }
            let authority = IssuingBody(line)
            guard authority.organ == body.organ, authority.place != nil else { continue }
            // `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG`: the body from its name on, as the header names it.
            let words = line.split(separator: " ")
            let head = words.firstIndex { ["uy", "ủy", "uỷ", "hoi", "hội"].contains($0.lowercased()) } ?? 0
            return IssuingBodies.canonical(words[head...].joined(separator: " "))
        }
        guard let place, let unit = AdministrativeUnits.place(named: place), !unit.isDistrict else { return issuer }
        let tier = AdministrativeLevel.centralCities.contains(unit.name.folded) ? "thành phố" : "tỉnh"
        return "\(issuer) \(tier) \(unit.name)"
    }

    /// Whether header line `k` may name a parent and its unit (`BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC`): a body's head after
    /// its first word, asked of the folded bytes before `CollapsedHeader.bodies` folds the line's words one by one (callgrind:
    /// asking every header line was 62 M instructions on 1,000 other-hands documents, a fifth of reading their identities).
    static func mayNameTwoBodies(_ text: FoldedText, _ k: Int) -> Bool {
        let r = text.trimmedRange(ofLine: k)
        guard r.count > 8 else { return false }
        let reader = ByteReader(text.bytes, from: r.lowerBound, end: r.upperBound)
        return secondBodyHeads.contains { reader.firstIndex(of: $0, from: r.lowerBound + 1) != nil }
    }

    /// What a header line's name is trimmed of, analysed once (`TrimSet`): markup, and a list's bullets.
    private static let headerLineEnds = TrimSet(" #*_•"), headerLineEndsAndDash = TrimSet(" #*_-•")

    private static let secondBodyHeads = [" ban ", " van phong", " so ", " uy ban ", " ubnd", " hdnd", " hoi dong ", " tinh uy", " thanh uy",
                                          " huyen uy", " quan uy", " thi uy", " dang uy", " chi bo", " bch "]

    /// Whether a `Kính gửi` line (a letter's address) stands among the first 40 lines.
    static func addressesSomeone(_ text: FoldedText, lines: Range<Int>) -> Bool {
        lines.prefix(40).contains { k in
            let r = text.trimmedRange(ofLine: k)
            return ByteReader(text.bytes, from: r.lowerBound, end: r.upperBound).peek("kinh gui")
        }
    }

    /// `… lớp 10 Phú Thọ, ngày 10 tháng 9 năm 2026` at a line's end: where the place starts (a place the table knows, one
    /// to four capitalised words before `, ngày`), the place and the date; nil when the line does not end so.
    static func trailingPlaceAndDate(_ line: String) -> (String.Index, String, SimpleDate)? {
        guard let comma = line.range(of: ", ngày ", options: .backwards) else { return nil }
        var r = ByteReader(Array(String(line[comma.lowerBound...]).folded.utf8), from: 0)
        r.position = 2
        guard r.matchWord("ngay") else { return nil }
        r.skipSpaces()
        guard let date = r.readDate() else { return nil }
        r.skipSpaces()
        while let c = r.current, c == UInt8(ascii: ".") || c == UInt8(ascii: ")") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") { r.position += 1; r.skipSpaces() }
        guard r.atEnd else { return nil }
        let words = line[..<comma.lowerBound].split(separator: " ", omittingEmptySubsequences: true)
        for n in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let tail = words.suffix(n)
            guard tail.allSatisfy({ $0.first?.isUppercase == true || $0 == "-" }), let first = tail.first,
                  AdministrativeUnits.place(named: tail.joined(separator: " ")) != nil else { continue }
            return (first.startIndex, tail.joined(separator: " "), date)
        }
        return nil
    }

    /// The subject on a letter's `V/v triển khai …` line (`V/v:`, `Về việc`), up to 3 lines, and the place and date the
    /// letter's other column ran onto one of them.
    ///
    /// `V/v tổng kết kỳ thi tuyển sinh lớp 10 Phú Thọ, ngày 10 tháng 9 năm 2026` (red team, round 31, c5): the place and date
    /// at a line's end are no part of the subject, and date the letter — on the first line or on a wrapped one (`V/v triển
    /// khai thực hiện Kế hoạch     Mai Sơn, ngày 12 tháng 3 năm 2024` / `số 45/KH-UBND của UBND tỉnh`, reviewer, session 27).
    private static func aboutLine(_ text: FoldedText, _ lines: Range<Int>) -> (subject: String, dated: (String, SimpleDate)?)? {
        for k in lines {
            let f = text.foldedLine(k)
            guard f.hasPrefix("v/v") else { continue }
            var dated: (String, SimpleDate)?
            /// The line without the place and date at its end, the first time one is found.
            func subjectPart(_ line: String) -> String {
                guard dated == nil, let (cut, place, date) = trailingPlaceAndDate(line) else { return line }
                dated = (place, date)
                return String(line[..<cut]).trimmingCharacters(in: " ,")
            }
            var parts = [subjectPart(String(FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " *_#").dropFirst(3)))]
            var j = k + 1
            // The subject may wrap onto short lines before the place/date or the salutation.
            while j < lines.upperBound, j < k + 3 {
                let g = text.foldedLine(j)
                if g.isEmpty || g.hasPrefix("kinh gui") || DocumentSplitter.isUpperCase(text.originalLine(j)) { break }
                if g.contains("ngay") {
                    // A wrapped line whose end is the other column's place and date; any other line naming a day is the
                    // place/date line itself.
                    let before = dated == nil
                    let part = subjectPart(FoldedText.tidy(text.originalLine(j)))
                    guard before, dated != nil, !part.isEmpty else { break }
                    parts.append(part)
                    break
                }
                parts.append(text.originalLine(j))
                j += 1
            }
            let subject = FoldedText.tidy(parts.joined(separator: " ")).trimmingCharacters(in: " :*_#\t")
            return subject.isEmpty ? nil : (subject, dated)
        }
        return nil
    }

    /// `f.trimmingCharacters(in: CharacterSet(charactersIn: " \t:|"))`, on bytes: Foundation trims scalars, and each of
    /// these is one ASCII byte (issue #12, seventeenth pass: 20,000 instructions a call, the set built every time).
    static func trimmingHeadingMarks(_ f: Substring) -> String {
        let u = f.utf8
        var lo = u.startIndex, hi = u.endIndex
        @inline(__always) func mark(_ b: UInt8) -> Bool {
            b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: ":") || b == UInt8(ascii: "|")
        }
        while lo < hi, mark(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, mark(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return String(Substring(u[lo..<hi]))
    }

    /// `-----`, `*`, `___`: the rules that separate header cells.
    /// A rule, or a Markdown table's delimiter row (`|---|---|`, `| :--- | ---: |`): a header table's rows go on under it
    /// (red team, round 16, repro r2: `| ĐẢNG BỘ HUYỆN NGHI LỘC | … |` / `|---|---|` / `| ĐẢNG ỦY XÃ NGHI THẠCH | |` was
    /// issued by the district's Party organisation, the row under the delimiter lost).
    /// A lone `|` is no delimiter row: a converter's cell separator between a header's columns (Real 122, 227), which ends
    /// the issuer's column.
    static func isRule(_ f: Substring) -> Bool {
        // Every character is one of the ASCII marks above exactly when every byte is (a character holding any other
        // scalar holds a byte outside them), and then `contains` on bytes is `contains` on characters (issue #12,
        // seventeenth pass: Foundation's `contains("|")` on every header line cost 17,000 instructions a call, 49 M on
        // 100 plan-heavy documents).
        var rule = true, table = true, bar = false, dash = false
        for c in f.utf8 {
            switch c {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: " "): break
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "."): table = false
            case UInt8(ascii: "|"): bar = true; rule = false
            case UInt8(ascii: ":"): rule = false
            default: return false
            }
            if !rule && !table { return false }
        }
        return rule || (table && bar && dash)
    }

    /// What `isRule` answers, asked of the line's characters.
    static func isRuleAskingCharacters(_ f: Substring) -> Bool {
        if f.allSatisfy({ $0 == "-" || $0 == " " || $0 == "*" || $0 == "_" || $0 == "=" || $0 == "." }) { return true }
        return f.contains("|") && f.contains("-") && f.allSatisfy { $0 == "-" || $0 == " " || $0 == "|" || $0 == ":" }
    }

    /// The issuing body from the upper-case lines of a header, top to bottom:
    /// `ĐẢNG BỘ TỈNH NGHỆ AN` / `HUYỆN ỦY NAM ĐÀN` is issued by the lower line (the upper one is
    /// its parent); `BAN CHẤP HÀNH TRUNG ƯƠNG` / `BAN TỔ CHỨC` by the commission of the upper one;
    /// `ỦY BAN NHÂN DÂN` / `TỈNH LÀO CAI` is one name broken over two lines.
    static func issuer(fromHeader block: [String]) -> String? {
        guard !block.isEmpty else { return nil }
        // Each line's length before it: no two blocks share a key, whatever their lines hold.
        let key = block.map { "\($0.utf8.count):\($0)" }.joined()
        return headerIssuers.value(of: key) { _ in readIssuer(fromHeader: block) }
    }

    /// `readIssuer(fromHeader:)` remembered by the exact bytes of the block's lines: it is a function of
    /// them alone, and every document of an issuer repeats its header (callgrind, 100 other-hands
    /// documents: 211,000 instructions a document, a tenth of extraction, in folding and comparing
    /// the lines' words).
    private static let headerIssuers = NameReadings<String?>(capacity: 4_096)

    /// What `issuer(fromHeader:)` reads, read every time.
    static func readIssuer(fromHeader block: [String]) -> String? {
        let block = block.map(Self.expandingCityAbbreviation)
        guard var name = block.first else { return nil }
        var parent: String?
        for line in block.dropFirst() {
            let f = line.folded
            let nf = name.folded
            // `BỘ LAO ĐỘNG - THƯƠNG BINH` / `VÀ XÃ HỘI`, `BỘ KHOA HỌC VÀ` / `CÔNG NGHỆ`: a name
            // broken after or before a joining word or dash.
            let joined = f.hasPrefix("va ") || f.hasPrefix("- ") || f.hasPrefix("& ")
                || nf.hasSuffix(" va") || nf.hasSuffix("-") || nf.hasSuffix(",") || nf.hasSuffix("&")
                // `ỦY BAN THƯỜNG VỤ` / `QUỐC HỘI`: a standing committee is of the body below it.
                || nf.hasSuffix(" thuong vu") && !f.hasPrefix("ban ")
                // `BAN CÁN SỰ ĐẢNG` / `ỦY BAN NHÂN DÂN TỈNH`, `ĐẢNG ĐOÀN` / `HĐND TỈNH`: a Party cell is named by its body.
                || nf == "ban can su" || IssuingBodies.partyCells.contains { $0.folded == nf && $0.opensHeaderName }
            // `ỦY BAN NHÂN DÂN TỈNH` / `BẾN TRE`: a tier word ending the line names its place below; a body
            // below it is a body of its own (`ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH` / `CHI BỘ SỞ TƯ PHÁP`, red team,
            // round 13). Not `hội`, `đoàn`, `trường`: places begin so (`HỘI AN`, xã `ĐOÀN KẾT`, `TRƯỜNG XUÂN`).
            let tierEnds = tierWords.contains { nf.hasSuffix(" " + $0) }
                && !nf.hasPrefix("dang bo") && !(["tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "ban ", "uy ban", "hoi dong",
                                                  "chi bo", "dang bo", "so ", "van phong", "cong doan", "cong ty", "chi cuc", "benh vien"].contains { f.hasPrefix($0) })
            let continues = joined || brokenOrgan(nf, f) || tierEnds || (tierWords.contains { f.hasPrefix($0 + " ") })
                && !(["tinh uy", "huyen uy", "quan uy", "thi uy", "xa uy"].contains { f.hasPrefix($0) })
            if continues { name += " " + line } else { parent = name; name = line }
        }
        // `ĐẢNG BỘ TỈNH NGHỆ AN` / `TỈNH ỦY`: a bare committee takes its place from the line above.
        // `ĐẢNG BỘ TỈNH THANH HÓA` / `BAN TUYÊN GIÁO TỈNH ỦY`: so does a commission named with its bare committee.
        let bare = name.folded
        if let parent, ["tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy"].contains(where: { bare == $0 || bare.hasSuffix(" " + $0) }) {
            let pf = parent.folded
            for tier in ["dang bo tinh ", "dang bo thanh pho ", "dang bo huyen ", "dang bo quan ", "dang bo thi xa "] where pf.hasPrefix(tier) {
                let place = parent.split(separator: " ").dropFirst(tier.split(separator: " ").count).joined(separator: " ")
                if !place.isEmpty { name = "\(name) \(place)" }
                break
            }
        }
        if let joint = Self.jointCouncilAndCommittee(name, under: parent) { return joint }
        if let parent, let joint = Self.jointIssuers(name, under: parent) { return joint }
        if let parent, let union = Self.unionCommittee(name, under: parent) { return IssuingBodies.canonical(union) }
        var issuer = IssuingBodies.canonical(name)
        // A commission is named with its committee: `Ban Tổ chức` of `Ban Chấp hành Trung ương`
        // is `Ban Tổ chức Trung ương`; of `Tỉnh ủy Nghệ An`, `Ban Tổ chức Tỉnh ủy Nghệ An`.
        let f = issuer.folded
        if let parent, f.hasPrefix("ban ") || f.hasPrefix("van phong") || f.hasPrefix("uy ban kiem tra") || f == "thuong truc",
           !f.contains("trung uong"), !f.contains(" uy") {
            let p = IssuingBodies.canonical(parent)
            let pf = p.folded
            // `BAN CHẤP HÀNH TRUNG ƯƠNG` / `VĂN PHÒNG` (header census, 032): the Central Committee's office is the Party's.
            if pf.hasPrefix("ban chap hanh trung uong") { issuer = IssuingBodies.canonical(f == "van phong" ? "Văn phòng Trung ương Đảng" : "\(name) Trung ương") }
            else if pf.contains("uy") { issuer = "\(issuer) \(p)" }
            // `HĐND TỈNH QUẢNG NGÃI` / `BAN KINH TẾ - NGÂN SÁCH`: a council's commission is named with its council
            // (red team, round 9: its report had no place, so `của UBND tỉnh` in it was no province's).
            else if pf.hasPrefix("hoi dong nhan dan ") { issuer = "\(issuer) \(p)" }
            else if pf.hasPrefix("hdnd "), f.hasPrefix("thuong truc") { issuer = "Thường trực " + IssuingBodies.canonical("HỘI ĐỒNG NHÂN DÂN " + parent.split(separator: " ").dropFirst().joined(separator: " ")) }
            else if pf.hasPrefix("hdnd ") { issuer = "\(issuer) " + IssuingBodies.canonical("HỘI ĐỒNG NHÂN DÂN " + parent.split(separator: " ").dropFirst().joined(separator: " ")) }
        }
        // `UBND TỈNH NGHỆ AN` / `SỞ NỘI VỤ`: a department or office of a people's committee is of its place.
        // `UBND HUYỆN GIA LÂM` / `PHÒNG NỘI VỤ`: a district's office too. (`Xã hội` in `Lao động - Thương binh và
        // Xã hội` is no commune: reviewer, session 12.)
        let named = f.replacingOccurrences(of: " xa hoi", with: "")
        if let parent, f.hasPrefix("so ") || f.hasPrefix("van phong") || f.hasPrefix("ban ") || f.hasPrefix("thanh tra") || f.hasPrefix("phong "),
           !tierWords.contains(where: { named.contains(" \($0) ") }) {
            let p = IssuingBodies.canonical(parent)
            let words = p.split(separator: " ")
            // `Ủy ban nhân dân` is four words (three left `dân tỉnh Nam Định` on the department's name).
            let organ = p.folded.hasPrefix("uy ban nhan dan ") ? 4 : p.folded.hasPrefix("ubnd ") ? 1 : 0
            if organ > 0, words.count > organ + 1 {
                var place = words.dropFirst(organ)
                // `UBND TỈNH AN GIANG` / `THANH TRA TỈNH` (red team, round 26): the name ends with the tier its place
                // opens with; `Thanh tra tỉnh An Giang`, not `Thanh tra tỉnh tỉnh An Giang`.
                for n in [2, 1] where place.count > n && issuer.folded.hasSuffix(" " + place.prefix(n).joined(separator: " ").folded) {
                    place = place.dropFirst(n)
                    break
                }
                issuer += " " + place.joined(separator: " ")
            }
        }
        return issuer
    }

    /// `HĐND - UBND TỈNH HÒA BÌNH` under `THƯỜNG TRỰC` (real: Hòa Bình's joint rules 06/QC-TT.HĐND-UBND, 2019;
    /// every province and district has such rules): the council (its standing committee) and the people's
    /// committee of one place, each named with it: `Thường trực HĐND tỉnh Hòa Bình - UBND tỉnh Hòa Bình`.
    private static func jointCouncilAndCommittee(_ name: String, under parent: String?) -> String? {
        let words = name.split(separator: " ").map(String.init)
        let organs: [String: String] = ["hdnd": "HĐND", "ubnd": "UBND"]
        guard words.count >= 5, let first = organs[words[0].folded], words[1] == "-", let second = organs[words[2].folded], first != second,
              ["tinh", "huyen", "quan", "xa", "phuong", "thanh", "thi"].contains(words[3].folded) else { return nil }
        let place = IssuingBodies.canonical("ỦY BAN NHÂN DÂN " + words[3...].joined(separator: " "))
            .dropFirst("Ủy ban nhân dân ".count)
        let standing = parent.map { $0.folded == "thuong truc" } == true ? "Thường trực " : ""
        return "\(standing)\(first) \(place) - \(second) \(place)"
    }

    /// Two bodies of one place that issue together, their names stacked over the place they share
    /// (`ỦY BAN NHÂN DÂN` / `ỦY BAN MTTQ VIỆT NAM` / `TỈNH ĐẮK LẮK`, real: Đắk Lắk's joint rules
    /// 01/QCPH/UBND-UBMTTQ, 2017): `Ủy ban nhân dân tỉnh Đắk Lắk - Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk`.
    /// Nil unless the line above is a body's name without a place and the name below, another body,
    /// ends with a tier and a place.
    private static func jointIssuers(_ name: String, under parent: String) -> String? {
        let above = IssuingBody(parent), below = IssuingBody(name)
        guard above.place == nil, above.tier == nil, below.place != nil, above.organ != below.organ,
              [.peoplesCommittee, .peoplesCouncil].contains(above.organ) || above.isMassOrganisation,
              [.peoplesCommittee, .peoplesCouncil].contains(below.organ) || below.isMassOrganisation
        else { return nil }
        // The place: the last tier word and what follows it.
        let words = name.split(separator: " ")
        guard let tierAt = words.indices.last(where: { k in
            let f = String(words[k]).folded
            return ["tinh", "huyen", "quan", "xa", "phuong"].contains(f) || f == "thanh" && k + 1 < words.count && String(words[k + 1]).folded == "pho"
        }), tierAt > 0 else { return nil }
        let place = words[tierAt...].joined(separator: " ")
        return IssuingBodies.canonical("\(parent) \(place)") + " - " + IssuingBodies.canonical(name)
    }

    /// A committee of the Youth Union, the Front or a union whose header gives its name over two lines:
    /// `ỦY BAN TRUNG ƯƠNG` / `MẶT TRẬN TỔ QUỐC VIỆT NAM` (the committee over its organisation),
    /// `HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM` / `BAN CHẤP HÀNH TỈNH LÀO CAI` (the organisation over a committee
    /// that names only its place), `ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ` / `BAN THƯỜNG TRỰC`. Nil for other headers.
    private static func unionCommittee(_ name: String, under parent: String) -> String? {
        let body = IssuingBody(name), above = IssuingBody(parent)
        let committeeWords = ["ban chap hanh", "ban thuong vu", "ban thuong truc", "uy ban", "ban bi thu", "doan chu tich", "bch ", "btv "]
        if body.isMassOrganisation {
            // The organisation's name under its committee's (`ỦY BAN TRUNG ƯƠNG`, `BAN CHẤP HÀNH TRUNG ƯƠNG`).
            let p = parent.folded
            guard committeeWords.contains(where: { p.hasPrefix($0) }), p.split(separator: " ").count <= 5,
                  above.organ == .centralCommittee || p.hasSuffix("trung uong") else { return nil }
            return "\(parent) \(name)"
        }
        guard case .massOrganisation(let organisation) = above.organ else { return nil }
        let f = name.folded
        guard let opening = committeeWords.first(where: { f.hasPrefix($0) }) else { return nil }
        let openingWords = opening.split(separator: " ").count
        let words = name.split(separator: " ")
        let rest = words.dropFirst(openingWords)
        // `BAN THƯỜNG TRỰC` alone: the committee of the body above, place and all.
        if rest.isEmpty { return "\(name) \(parent)" }
        // `BAN CHẤP HÀNH TỈNH LÀO CAI`: the organisation's name between the committee and its place,
        // without the `Việt Nam` of the national name (the Front's committees keep it).
        let restFolded = rest.joined(separator: " ").folded
        guard ["tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ", "thi tran ", "dac khu ", "trung uong"].contains(where: { restFolded.hasPrefix($0) }),
              IssuingBody(rest.joined(separator: " ")).organ == .other(restFolded) || restFolded.hasPrefix("trung uong") else { return nil }
        var organisationName = parent.split(separator: " ")
        if organisation != .fatherlandFront, organisationName.count > 2,
           organisationName.suffix(2).map({ String($0).folded }) == ["viet", "nam"] { organisationName.removeLast(2) }
        return (words.prefix(openingWords) + organisationName + rest).joined(separator: " ")
    }

    /// Words of the administrative tier that a place's name follows (`TỈNH BẾN TRE`, `QUẬN 2`).
    private static let tierWords = ["tinh", "thanh pho", "quan", "thi xa", "xa", "phuong", "thi tran", "dac khu", "huyen"]

    /// Organs whose name a narrow header cell breaks anywhere (`HỘI ĐỒNG` / `NHÂN DÂN` / `TỈNH
    /// TRÀ VINH`, `UỶ BAN NHÂN` / `DÂN` / `TỈNH BẾN TRE`, `BAN CHẤP` / `HÀNH TRUNG ƯƠNG`), the Party's
    /// committees among them: a converted table puts each word of a cell on its own line (`THÀNH` /
    /// `ỦY` / `THÀNH PHỐ HỒ CHÍ MINH`, real: Thành ủy Hồ Chí Minh's 88-KH/TU as thuvienphapluat.vn shows it).
    private static let organNames = ["uy ban nhan dan", "hoi dong nhan dan", "ban chap hanh trung uong", "ban chap hanh dang bo",
                                     "ban thuong vu", "uy ban kiem tra", "uy ban mat tran to quoc", "dang bo",
                                     "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy"]

    /// Whether the name so far (`nf`, folded) stops inside an organ's name and the line (`f`) goes on with it.
    private static func brokenOrgan(_ nf: String, _ f: String) -> Bool {
        let joined = nf + " " + f
        return organNames.contains { organ in
            organ.hasPrefix(nf + " ") && (organ.hasPrefix(joined + " ") || joined == organ || joined.hasPrefix(organ + " "))
        }
    }

    /// The body in a signature block: `T/M BAN THƯỜNG VỤ`, `TM. CHÍNH PHỦ`, `T/L BAN BÍ THƯ`
    /// (signed by the Office on the Secretariat's behalf). `KT.` signs for a person, not a body.
    static func signatureBody(_ f: Substring, _ original: String) -> String? {
        // Every line of a document is asked; a signature starts with `t`, most lines do not.
        guard f.utf8.first == UInt8(ascii: "t") else { return nil }
        let prefixes = ["t/m ", "tm. ", "tm ", "t/l ", "tl. "]
        guard let p = prefixes.first(where: { f.hasPrefix($0) }) else { return nil }
        let written = FoldedText.tidy(original).trimmingCharacters(in: " *_#")
        // A signature block collapsed onto one line (`TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
        // Nguyễn Văn A`): the body is the upper-case run before the next `KT.`/`TM.`/`TL.` or name.
        // The words are taken one by one up to the first that ends the name, not the whole line split first (issue #12,
        // twenty-first pass: the split was 3.1 M instructions on 400 other-hands documents; `signatureBodySplittingAll`
        // is the form it is held to).
        var words: [Substring] = []
        var rest = written.dropFirst(p.count)
        while let start = rest.firstIndex(where: { $0 != " " }) {
            let end = rest[start...].firstIndex(of: " ") ?? rest.endIndex
            let w = rest[start..<end]
            rest = rest[end...]
            let fw = String(w).folded
            if ["kt.", "kt", "tm.", "t/m", "tl.", "t/l", "q."].contains(fw) || !DocumentSplitter.isUpperCase(String(w)) && !words.isEmpty { break }
            words.append(w)
        }
        let name = words.joined(separator: " ").trimmingCharacters(in: " .")
        guard name.count > 2 else { return nil }
        return IssuingBodies.canonical(name)
    }

    /// `signatureBody` with the line split into all its words first, as before issue #12's twenty-first pass.
    static func signatureBodySplittingAll(_ f: Substring, _ original: String) -> String? {
        guard f.utf8.first == UInt8(ascii: "t") else { return nil }
        let prefixes = ["t/m ", "tm. ", "tm ", "t/l ", "tl. "]
        guard let p = prefixes.first(where: { f.hasPrefix($0) }) else { return nil }
        let written = FoldedText.tidy(original).trimmingCharacters(in: " *_#")
        var words: [Substring] = []
        for w in written.dropFirst(p.count).split(separator: " ") {
            let fw = String(w).folded
            if ["kt.", "kt", "tm.", "t/m", "tl.", "t/l", "q."].contains(fw) || !DocumentSplitter.isUpperCase(String(w)) && !words.isEmpty { break }
            words.append(w)
        }
        let name = words.joined(separator: " ").trimmingCharacters(in: " .")
        guard name.count > 2 else { return nil }
        return IssuingBodies.canonical(name)
    }

    /// `Ban Bí thư quy định …`, `Bộ Chính trị kết luận …`: under `BAN CHẤP HÀNH TRUNG ƯƠNG`, the
    /// opening of the text says which of the Central Committee's bodies speaks when no signature does.
    private static func centralSpeaker(_ text: FoldedText, lines: Range<Int>) -> String? {
        for k in lines.prefix(60) {
            let f = text.foldedLine(k)
            for (body, name) in [("bo chinh tri ", "Bộ Chính trị"), ("ban bi thu ", "Ban Bí thư")] where f.hasPrefix(body) {
                let rest = f.dropFirst(body.count)
                // `Ban Bí thư ban hành Quy chế …` (09-QC/TW), as `Ban Bí thư quy định …`.
                if ["quy dinh", "ket luan", "yeu cau", "chi thi", "quyet dinh", "de nghi", "thong bao", "ban hanh"].contains(where: { rest.hasPrefix($0) }) { return name }
            }
        }
        return nil
    }

    /// Whether a signature names a body that the header's committee stands for: the Politburo
    /// or the Secretariat under `BAN CHẤP HÀNH TRUNG ƯƠNG`.
    private static func signatureSpeaksFor(_ signature: String, header: String) -> Bool {
        let s = signature.folded, h = header.folded
        return h.hasPrefix("ban chap hanh trung uong") && (s == "bo chinh tri" || s == "ban bi thu")
    }

    /// `Số: 04/CT-UBND Ninh Thuận, ngày 08 tháng 3 năm 2024`, `Số 48-KH/HU Quỳnh Lưu, ngày 10 tháng 3 năm 2022`:
    /// OCR reads a header's two columns as one line with a single space between, so the place and date follow
    /// the number in no cell of their own (reviewer, session 10). The place is the words after the number, up
    /// to the comma before `ngày`.
    private static func placeAndDateAfterNumber(_ text: FoldedText, _ k: Int) -> (String?, SimpleDate)? {
        let range = text.foldedRange(ofLine: k)
        let b = text.bytes
        var r = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        guard let ngay = r.firstIndex(of: "ngay"), ngay > range.lowerBound, b[ngay - 1] == 0x20 else { return nil }
        r.position = ngay
        guard r.matchWord("ngay") else { return nil }
        r.skipSpaces()
        guard let date = r.readDate() else { return nil }
        let before = text.originalText(range.lowerBound..<ngay).trimmingCharacters(in: " ,")
        let words = before.split(separator: " ")
        guard let idWord = words.lastIndex(where: { $0.contains(where: \.isNumber) }) else { return (nil, date) }
        // `245/KH-UBNDPhú Thọ, ngày …` (red team, round 31, c1a): the place's first word glued to the code starts at its
        // capital before small letters; `UBNDTP. Hồ Chí Minh` at `TP.` (the reviewer of session 27 saw `Thọ` read alone).
        var glued: [Substring] = []
        let w = words[idWord]
        if let last = w.lastIndex(where: \.isNumber) {
            let tail = w[w.index(after: last)...]
            let letters = Array(tail)
            if let k = letters.indices.last(where: { k in
                k > 0 && letters[k].isUppercase && letters[k - 1].isLetter
                    && (k + 1 < letters.count && letters[k + 1].isLowercase || letters[k...].starts(with: "TP.") || letters[k...].starts(with: "Tp."))
            }), letters[k...].allSatisfy({ $0.isLetter || $0 == "." }),
               AdministrativeUnits.place(named: ([Substring(String(letters[k...]))] + words[(idWord + 1)...]).joined(separator: " ")) != nil {
                glued = [Substring(String(letters[k...]))]
            }
        }
        let place = (glued + words[(idWord + 1)...]).joined(separator: " ")
        let placeWords = place.split(separator: " ")
        // `Bà Rịa - Vũng Tàu`: a dash between two of the place's words.
        guard (1...6).contains(placeWords.count), placeWords.allSatisfy({ $0.first?.isUppercase == true || $0 == "-" }) else { return (nil, date) }
        return (place, date)
    }

    /// The place and date in any tab-separated cell of line `k`.
    private static func placeAndDateInCells(_ text: FoldedText, _ k: Int) -> (String?, SimpleDate)? {
        let range = text.foldedRange(ofLine: k)
        let b = text.bytes
        var cellStart = range.lowerBound
        while cellStart <= range.upperBound {
            // A tab, a `|`, or a run of spaces where a page's layout kept the columns apart
            // (`Số: 225 - KH/TWĐTN-CTTN` and, far to the right, `Hà Nội, ngày 16 tháng 5 năm 2024`).
            // A run of spaces inside a date is no column (`Hà Nội, ngày   19    tháng 5 năm 2021`, real:
            // the Youth Union's 26-CTr/TWĐTN-VP): `ngày`, `tháng` or `năm` and its number on either side.
            func insideDate(_ i: Int) -> Bool {
                var after = i
                while after < range.upperBound, b[after] == 0x20 { after += 1 }
                var before = i
                while before > range.lowerBound, b[before - 1] == 0x20 { before -= 1 }
                let reader = ByteReader(b, from: after, end: range.upperBound)
                if before > range.lowerBound, ByteReader.isDigit(b[before - 1]),
                   reader.phraseEnd("thang", at: after) != nil || reader.phraseEnd("nam", at: after) != nil { return true }
                guard after < range.upperBound, ByteReader.isDigit(b[after]) else { return false }
                return ["ngay", "thang", "nam"].contains { w in
                    before - w.utf8.count >= range.lowerBound && b[(before - w.utf8.count)..<before].elementsEqual(w.utf8)
                }
            }
            let cellEnd = b[cellStart..<range.upperBound].indices.first { i in
                b[i] == 0x09 || b[i] == UInt8(ascii: "|")
                    || (b[i] == 0x20 && i + 2 < range.upperBound && b[i + 1] == 0x20 && b[i + 2] == 0x20 && !insideDate(i))
            } ?? range.upperBound
            if let found = placeAndDate(text, cellStart..<cellEnd) { return found }
            cellStart = cellEnd + 1
        }
        return placeAndDateAcrossLines(text, k)
    }

    /// A narrow header cell that a converter broke over lines: `Tiền Giang, ngày⏎29 tháng 10 năm
    /// 2024`, `Sơn⏎La, ngày 16 tháng 11⏎năm 2018`. Only short lines without cell separators are
    /// joined, and the date must still end the last of them.
    private static func placeAndDateAcrossLines(_ text: FoldedText, _ k: Int) -> (String?, SimpleDate)? {
        func short(_ r: Range<Int>) -> Bool {
            !r.isEmpty && r.count < 48 && !text.bytes[r].contains { $0 == 0x09 || $0 == UInt8(ascii: "|") }
        }
        let first = text.foldedRange(ofLine: k)
        guard short(first) else { return nil }
        var j = k + 1
        while j < text.lineCount, j <= k + 2 {
            let r = text.foldedRange(ofLine: j)
            guard short(r) else { return nil }
            if let found = placeAndDate(text, first.lowerBound..<r.upperBound) { return found }
            j += 1
        }
        return nil
    }

    /// `*Hà Nội, ngày 17 tháng 11 năm 2022*`
    private static func placeAndDate(_ text: FoldedText, _ range: Range<Int>) -> (String?, SimpleDate)? {
        var r = ByteReader(text.bytes, from: range.lowerBound, end: range.upperBound)
        r.skipSpaces()
        var start = r.position
        guard let ngay = r.firstIndex(of: "ngay"), ngay - start < 60 else { return bareDate(text, start..<range.upperBound) }
        // `ĐẢNG CỘNG SẢN VIỆT NAM<p><i>Định Thủy, ngày …`: a cell's paragraphs (Word's HTML, a `.docx`
        // cell); the place and date is the last one before `ngày`.
        if let paragraph = lastParagraphStart(text, start..<ngay) { start = paragraph }
        let comma = text.bytes[start..<ngay].lastIndex(of: UInt8(ascii: ","))
        // The place is a short name (`Hà Nội`, `Thái Nguyên`), never a sentence.
        let placeBytes = text.bytes[start..<(comma ?? start)]
        let placeWords = placeBytes.split(separator: 0x20)
        guard placeWords.indices.allSatisfy({ numberedPlace(placeWords, $0) || !placeWords[$0].contains(where: ByteReader.isDigit) }),
              placeWords.count <= 5,
              ngay - (comma ?? start) < 4 else { return nil }
        r.position = ngay
        _ = r.matchWord("ngay")
        r.skipSpaces()
        guard let date = r.readDate() else { return nil }
        r.skipSpaces()
        guard r.atEnd else { return nil }
        let seg = TextSegment(text, range: range)
        // `Thứ Sáu, ngày 12/08/2022` at a page's top: the portal's today, no place (reviewer, session 13).
        if let comma, isWeekday(text.bytes[start..<comma]) { return nil }
        let place = comma.map { seg.originalText((start - range.lowerBound)..<($0 - range.lowerBound)) }
        return (place.flatMap { $0.isEmpty ? nil : $0 }, date)
    }

    /// The folded offset after the last paragraph or line break tag (`<p>`, `<br>`, `<div>`, their
    /// ends) written in the original text of `range`, or nil when there is none.
    private static func lastParagraphStart(_ text: FoldedText, _ range: Range<Int>) -> Int? {
        let o = text.original
        let from = Int(text.origin[range.lowerBound]), to = Int(text.origin[range.upperBound])
        guard from < to, o[from..<to].contains(UInt8(ascii: "<")) else { return nil }
        var after: Int?
        var i = from
        while i < to {
            defer { i += 1 }
            guard o[i] == UInt8(ascii: "<"), let close = o[i..<to].firstIndex(of: UInt8(ascii: ">")) else { continue }
            var t = i + 1
            if t < close, o[t] == UInt8(ascii: "/") { t += 1 }
            let name = String(decoding: o[t..<close].prefix { ByteReader.isLetter($0 | 0x20) }, as: UTF8.self).lowercased()
            if ["p", "br", "div", "li"].contains(name) { after = close + 1 }
            i = close
        }
        guard let after else { return nil }
        var k = range.lowerBound
        while k < range.upperBound, Int(text.origin[k]) < after { k += 1 }
        while k < range.upperBound, text.bytes[k] == 0x20 { k += 1 }
        return k
    }

    /// `Thanh Hóa, 12-4-2017`, `Vinh, 05/3/2021`: a place and date line written without `ngày`; the
    /// whole cell must be the place, a comma and a date in figures.
    private static func bareDate(_ text: FoldedText, _ range: Range<Int>) -> (String?, SimpleDate)? {
        let b = text.bytes
        guard range.count < 48 else { return nil }
        // `18/09/2019 - 07:33` (real: a district portal's post, Thoại Sơn 2019): a page's stamp, a date and its time.
        var lead = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        lead.skipSpaces()
        if let first = lead.current, ByteReader.isDigit(first), let date = lead.readDate(), skipTime(&lead), lead.atEnd,
           nearTop(text, range.lowerBound) { return (nil, date) }
        guard let comma = b[range].firstIndex(of: UInt8(ascii: ",")), comma > range.lowerBound else { return nil }
        let placeWords = b[range.lowerBound..<comma].split(separator: 0x20)
        guard (1...5).contains(placeWords.count), placeWords.indices.allSatisfy({ numberedPlace(placeWords, $0) || !placeWords[$0].contains(where: ByteReader.isDigit) })
        else { return nil }
        var r = ByteReader(b, from: comma + 1, end: range.upperBound)
        r.skipSpaces()
        guard let first = r.current, ByteReader.isDigit(first), let date = r.readDate() else { return nil }
        let timed = skipTime(&r)
        r.skipSpaces()
        while r.current == UInt8(ascii: "*") || r.current == UInt8(ascii: "_") { r.position += 1 }
        guard r.atEnd else { return nil }
        // `Thứ sáu, 12/08/2022` at a page's top is the portal's today, not the item's (real: Lạng Sơn's Hội Nông dân
        // item of 2017); with its time (`Thứ Sáu, 03/11/2017, 10:15`) it stamps the item. A weekday is no place.
        if isWeekday(b[range.lowerBound..<comma]) { return timed ? (nil, date) : nil }
        let place = TextSegment(text, range: range).originalText(0..<(comma - range.lowerBound)).trimmingCharacters(in: " *_")
        // The place must start with a capital: `tổng số, 12/4` is no place.
        guard place.first?.isUppercase == true else { return nil }
        return (place, date)
    }

    /// Whether a page's stamp at `offset` stands among its first lines (headline, stamp, lede), not in the body (a
    /// schedule's `25/09/2019 - 08:00`, a sidebar's list: reviewer, session 13).
    private static func nearTop(_ text: FoldedText, _ offset: Int) -> Bool {
        guard let line = text.foldedLineStarts.lastIndex(where: { Int($0) <= offset }) else { return true }
        // At most a headline of three lines before it, none ending as a sentence or a lede's `…:` does.
        let before = (0..<line).map { text.foldedLine($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return before.count <= 3 && before.allSatisfy { !($0.last.map { ".:;".contains($0) } ?? false) }
    }

    /// Passes a time after a date (` - 07:33`, `, 10:15`, ` 10h15`, `07:33:05`); whether one was there: a time is
    /// what makes a page's date the item's stamp rather than the portal's today.
    private static func skipTime(_ r: inout ByteReader) -> Bool {
        var t = r
        t.skipSpaces()
        if t.current == UInt8(ascii: "-") || t.current == UInt8(ascii: ",") || t.current == UInt8(ascii: "|") { t.position += 1; t.skipSpaces() }
        guard let h = t.readNumber(digits: 1...2), h < 24, t.current == UInt8(ascii: ":") || t.current == UInt8(ascii: "h") else { return false }
        t.position += 1
        guard let m = t.readNumber(digits: 2...2), m < 60 else { return false }
        if t.current == UInt8(ascii: ":") { t.position += 1; _ = t.readNumber(digits: 2...2) }
        t.skipSpaces()
        r = t
        return true
    }

    /// `thứ hai` … `thứ bảy`, `chủ nhật` (folded), alone: a weekday before a portal's date is the page's today, never a place.
    ///
    /// Folded bytes are ASCII, where Foundation's white space is a space or a tab: trimmed on the bytes (issue #12,
    /// twenty-first pass: `trimmingCharacters(in: .whitespaces)`, 11,000 instructions a place and date line, 4.5 M on 400
    /// other-hands documents). `isWeekdayAskingFoundation` is the form it is held to; it still answers beyond ASCII.
    static func isWeekday(_ words: ArraySlice<UInt8>) -> Bool {
        guard words.allSatisfy({ $0 < 0x80 }) else { return isWeekdayAskingFoundation(words) }
        var lo = words.startIndex, hi = words.endIndex
        while lo < hi, words[lo] == 0x20 || words[lo] == 0x09 { lo += 1 }
        while hi > lo, words[hi - 1] == 0x20 || words[hi - 1] == 0x09 { hi -= 1 }
        return weekdays.contains { $0.utf8.elementsEqual(words[lo..<hi]) }
    }

    static let weekdays = ["thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "thu 2", "thu 3", "thu 4", "thu 5", "thu 6", "thu 7"]

    /// `isWeekday` trimmed by Foundation, as before issue #12's twenty-first pass.
    static func isWeekdayAskingFoundation(_ words: ArraySlice<UInt8>) -> Bool {
        let w = String(decoding: words, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return weekdays.contains(w)
    }

    /// Whether a title line (folded) ends naming a cited document by its number or date (`… QUYẾT ĐỊNH SỐ
    /// 63/QĐ-TTG NGÀY 12 THÁNG 01 NĂM 2018`, `… NGHỊ QUYẾT 05-NQ/TU`), so that a `CỦA …` line after it is that
    /// document's issuer, not the title's. `HỘI NGHỊ LẦN THỨ TÁM` / `CỦA BAN CHẤP HÀNH …` names none.
    private static func namesCitedDocument(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard let last = words.last else { return false }
        // An id or a date has a slash (`63/QĐ-TTG`, `05-NQ/TU`, `12/01/2018`); a term's span (`2020-2025`) has none.
        if last.contains(where: \.isNumber), last.contains("/") { return true }
        // `… NGÀY 12 THÁNG 01 NĂM 2018`, `… NGÀY 12/01/2018`, `… NĂM 2018` after a number.
        return last.count == 4 && last.allSatisfy(\.isNumber) && words.count >= 2 && words[words.count - 2] == "nam"
            && words.contains { $0.contains("/") && $0.contains(where: \.isNumber) }
    }

    /// `Quận 2, ngày …`, `Phường 10`: the one number a place name may hold is a district's or
    /// ward's, right after its word.
    private static func numberedPlace(_ words: [ArraySlice<UInt8>], _ k: Int) -> Bool {
        guard k > 0, words[k].count <= 2, words[k].allSatisfy(ByteReader.isDigit) else { return false }
        return ["quan", "phuong"].contains { words[k - 1].elementsEqual($0.utf8) }
    }

    /// After the type title: `CỦA BỘ CHÍNH TRỊ`, `BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII`, then
    /// the subject: upper-case title lines (`QUY ĐỊNH VỀ XỬ PHẠT …` in a state document), else the
    /// first paragraph (`về đột phá phát triển …`). A preamble (`Căn cứ …`, `Kính gửi …`,
    /// `Điều 1.`) is never the subject, even when it follows the type word directly.
    /// A motto's lines as a header's right column writes them, folded.
    private static let mottoLines: Set<String> = ["dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
                                                   "doc lap tu do hanh phuc", "doc lap – tu do – hanh phuc", "cong hoa xa hoi", "chu nghia viet nam"]

    /// What a title's wrapped `CỦA …` line names when it goes on with the subject rather than the issuer: many bodies or
    /// people at once (`các cơ quan`, `những …`, `mọi …`, `cán bộ, đảng viên`, `người đứng đầu`), folded.
    /// `… PHẢN ÁNH, KIẾN NGHỊ` / `CỦA CÁ NHÂN, TỔ CHỨC VỀ QUY ĐỊNH HÀNH CHÍNH …` (evaluation batch 30, Quảng Ninh 1272/2014/QĐ-UBND:
    /// read as the issuer): people and organisations whose acts the subject is about.
    private static let titleOwners = ["cac ", "nhung ", "moi ", "toan the ", "can bo", "dang vien", "nguoi ", "nhan dan", "hoc sinh",
                                      "ca nhan", "to chuc", "doanh nghiep", "cong dan", "tap the", "ho gia dinh", "hoi vien", "doan vien",
                                      "cong chuc", "vien chuc", "tre em", "phu nu", "thanh nien"]

    private static func readTitleBlock(_ text: FoldedText, after t: Int, end: Int, seed: String? = nil, into record: inout DocumentRecord) {
        var k = t + 1
        var subject: [String] = seed.map { [$0] } ?? []
        // `CHỈ THỊ` / `CỦA THỦ TƯỚNG CHÍNH PHỦ` / `SỐ 16/2001/CT-TTG` / `NGÀY 21 THÁNG 6 NĂM 2001` over `Thực hiện …`: a date
        // ends such a title; the paragraph after it, unless it says what about (`về …`), is the text.
        var dateEndsTitle = false
        // A title may continue on the same bold run as `**KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ**`.
        while k < end {
            let f = text.foldedLine(k)
            let original = text.originalLine(k)
            if f.isEmpty || isRule(f) { k += 1; continue }
            guard isCapitalTitleLine(text, k) else { break }
            // `CHỈ THỊ` / `SỐ 47-CT/TW` / `CỦA BAN BÍ THƯ`: the number between the type and its issuer is the header's;
            // `SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 [VỀ VIỆC …]` dates it too.
            if DocumentSplitter.numberLineID(text, k) != nil { k += 1; continue }
            if f.hasPrefix("so "), let numbered = Self.numberAndDate(FoldedText.tidy(original).trimmingCharacters(in: " *_#")) {
                if record.id == nil { record.id = numbered.id }
                if record.date == nil { record.date = numbered.date }
                if let about = numbered.subject { subject.append(about) } else if numbered.date != nil { dateEndsTitle = true }
                k += 1
                continue
            }
            // `KẾ HOẠCH` / `CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023` / `PHẦN I. KẾT QUẢ …`: cased as any title in capitals.
            if startsPreamble(f) || opensSection(f) { record.titleLines = t..<k; return finishTitle(casedOnce(subject), into: &record) }
            if f.hasPrefix("cua "), !subject.isEmpty, namesCitedDocument(String(text.foldedLine(k - 1))) {
                // `TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 63/QĐ-TTG NGÀY 12 THÁNG 01 NĂM 2018` / `CỦA THỦ TƯỚNG CHÍNH
                // PHỦ VỀ …` (real: Cao Bằng 3170/KH-UBND, 2018): the line goes on naming the cited document's issuer.
                subject.append(original)
            } else if f.hasPrefix("cua "), titleOwners.contains(where: { f.dropFirst(4).hasPrefix($0) }) {
                // `… NÂNG CAO VAI TRÒ, TRÁCH NHIỆM, … VÀ THAM MƯU` / `CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG, ĐƠN VỊ TRÊN ĐỊA BÀN TỈNH`
                // (evaluation batch 27, Lâm Đồng 07/CT-UBND), `… NÊU GƯƠNG` / `CỦA CÁN BỘ, ĐẢNG VIÊN`: whose duty the
                // subject is, wrapped onto its own line; no body issues so.
                subject.append(original)
            } else if f.hasPrefix("cua ") {
                var name = FoldedText.tidy(original).trimmingCharacters(in: " *_#")
                // `CỦA THỦ` / `TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG` (header census, 021): a name broken before its end goes
                // on in the next line in capitals.
                if !IssuingBody(IssuingBodies.canonical(String(name.dropFirst(4)))).isNamedBody || name.split(separator: " ").count <= 2,
                   let next = linesHoldingText(text, after: k, count: 1, end: end).first, next == k + 1,
                   DocumentSplitter.isUpperCaseLine(text, next), !startsPreamble(text.foldedLine(next)),
                   DocumentSplitter.numberLineID(text, next) == nil {
                    let joined = name + " " + FoldedText.tidy(text.originalLine(next)).trimmingCharacters(in: " *_#")
                    // A name and perhaps its subject (`CỦA BỘ` / `CHÍNH TRỊ VỀ TIẾP TỤC …`), nothing else (`CỦA CHỦ TỊCH` / `ỦY BAN
                    // NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC …` goes on with the occasion).
                    let joinedOwner = Self.titledIssuer(Self.withoutTrailingNumber(joined).name).issuer
                    if joinedOwner.split(separator: " ").count <= 8, IssuingBody(joinedOwner).isNamedBody {
                        name = joined
                        k = next
                    }
                }
                // `CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG [NGÀY …]`: the number after the issuer is the document's.
                let numbered = Self.withoutTrailingNumber(name)
                name = numbered.name
                if record.id == nil, let id = numbered.id { record.id = id }
                if record.date == nil, let date = numbered.date { record.date = date }
                if let about = numbered.subject { subject.append(about) } else if numbered.date != nil { dateEndsTitle = true }
                let owner = Self.titledIssuer(name)
                if let about = owner.subject { subject.append(about) }
                record.issuer = owner.issuer
            } else if f.hasPrefix("ngay "), subject.isEmpty, let dated = Self.titleDate(original) {
                // `NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH …` under the title's number (header census, 021): the
                // document's date, and its subject may begin after it.
                if record.date == nil { record.date = dated.date }
                if let about = dated.subject { subject.append(about) } else { dateEndsTitle = true }
            } else if f.hasPrefix("ban chap hanh") || f.hasPrefix("khoa ") || f.hasPrefix("(khoa") {
                // The committee and term line under `CỦA`, not part of the subject.
            } else if isAuthorityLine(text, k, end: end) {
                // `ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG` over `Căn cứ …`: who decides, not what about.
            } else {
                subject.append(original)
            }
            if let khoa = f.range(of: "khoa ") {
                let roman = f[khoa.upperBound...].prefix { "ivxl".contains($0) }
                if !roman.isEmpty { record.term = roman.uppercased() }
            }
            k += 1
        }
        // `HỘI NGHỊ LẦN THỨ SÁU` over `về tiếp tục đổi mới …`: the upper-case lines were headings,
        // and the `về` paragraph is the subject.
        var next = k
        while next < end, text.foldedLine(next).isEmpty || isRule(text.foldedLine(next)) { next += 1 }
        var aboutFollows = false
        if next < end, text.foldedLine(next).hasPrefix("ve ") || text.foldedLine(next).hasPrefix("v/v"), !DocumentSplitter.isUpperCaseLine(text, next) {
            subject = []
            k = next
            aboutFollows = true
        }
        // `… NGÀY 21 THÁNG 6 NĂM 2001` / `Về việc xây dựng kế hoạch …`: what it is about goes on under the date in any case.
        if subject.isEmpty, !dateEndsTitle || aboutFollows {
            while k < end {
                let f = text.foldedLine(k)
                if f.isEmpty || isRule(f) { if subject.isEmpty { k += 1; continue } else { break } }
                if startsPreamble(f) { break }
                // `Ra quân làm đường giao thông nông thôn năm 2024` / `Thực hiện Kế hoạch số 40/KH-UBND …; UBND xã …`
                // (a `.docx`'s paragraphs, no blank line between): after the subject, a paragraph that opens
                // a clause in capitals is the text. A title wrapped onto `thực hiện …` goes on in lower case.
                let opening = f.drop { $0 == " " || $0 == "\t" }
                // So does a paragraph that opens with a citation (`Quyết định số 14/2021/QĐ-UBND … được sửa đổi,
                // bổ sung bởi:`, a consolidated text's history).
                // And a notice's narrative (`Ngày 28/10/2022, Thường trực Đảng ủy Khối làm việc với …`, red team, round 13:
                // the whole notice was its title) or a numbered item (`1. Chi bộ …`).
                if !subject.isEmpty, opensTextAfterSubject(opening),
                   text.originalLine(k).first(where: { $0 != " " && $0 != "\t" })?.isUppercase == true { break }
                if !subject.isEmpty, opening.first?.isNumber == true, opening.drop(while: \.isNumber).hasPrefix(". ") { break }
                // `Ban hành Quy chế quản lý kiến trúc đô thị Huế` / `ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ` / `Căn cứ …` with no blank
                // line between (a `pdftotext -layout` copy, red team 38 c7; `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …` over `Thực hiện
                // …`, 43 c2): who decides, not what about, whatever opens the preamble. A subject in small letters never
                // goes on in capitals.
                if !subject.isEmpty, DocumentSplitter.isUpperCaseLine(text, k), isAuthorityLine(text, k, end: end, followedByPreamble: false) { break }
                subject.append(text.originalLine(k))
                k += 1
                if subject.count >= 6 { break }
            }
        } else if let seed, seed.contains(where: \.isLowercase), subject.first == seed {
            // `THÔNG BÁO Về việc lấy ý kiến về Đề án …`: a subject written in small letters keeps its capitals.
            subject = [seed] + (subject.count > 1 ? casedOnce(Array(subject.dropFirst())) : [])
        } else {
            subject = casedOnce(subject)
        }
        record.titleLines = t..<k
        finishTitle(subject, into: &record)
    }

    /// Whether a folded paragraph (its leading blanks dropped) after a title's subject opens the text: a clause's verb,
    /// a citation (`quyết định số …`), a date (`ngày 28/10/2022, …`). On its bytes (`opens`: folded text is ASCII, and
    /// no opening ends in CR), with the type words' openings made once; before issue #12's twenty-first pass every line
    /// folded the 22 type words again and asked each opening on characters (`opensTextAfterSubjectAskingCharacters`,
    /// the form it is held to).
    static func opensTextAfterSubject(_ opening: Substring) -> Bool {
        subjectEndingOpenings.contains(where: { opens(opening, $0) })
            || typeWordNumberOpenings.contains(where: { opens(opening, $0) })
            || opens(opening, "ngay ") && opening.dropFirst(5).first?.isNumber == true
    }

    static let subjectEndingOpenings = ["thuc hien ", "trien khai ", "nham ", "de ", "theo ", "qua ", "xet ", "hom nay", "vao ngay "]
    static let typeWordNumberOpenings = TypeCodes.words.map { $0.folded + " so " }

    static func opensTextAfterSubjectAskingCharacters(_ opening: Substring) -> Bool {
        ["thuc hien ", "trien khai ", "nham ", "de ", "theo ", "qua ", "xet ", "hom nay", "vao ngay "].contains(where: { opening.hasPrefix($0) })
            || TypeCodes.words.contains(where: { opening.hasPrefix($0.folded + " so ") })
            || opening.hasPrefix("ngay ") && opening.dropFirst(5).first?.isNumber == true
    }

    /// Upper-case title lines cased once as one sentence: a line broken anywhere starts no new sentence.
    /// Identifiers keep their capitals (`CHỈ THỊ SỐ 37-CT/TW` is `chỉ thị số 37-CT/TW`).
    private static func casedOnce(_ subject: [String]) -> [String] {
        guard !subject.isEmpty else { return subject }
        let written = FoldedText.tidy(subject.joined(separator: " ")).split(separator: " ")
        // `LẦN THỨ IX`, `KHÓA XIII`, `GIAI ĐOẠN II`: a Roman numeral after its word stays one.
        let numbered: Set<String> = ["thu", "khoa", "ky", "doan"]
        let words = written.indices.map { k -> String in
            let word = written[k]
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            if k > 0, numbered.contains(String(written[k - 1]).folded), !bare.isEmpty, bare.allSatisfy({ "IVXL".contains($0) }) { return String(word) }
            return word.contains(where: \.isNumber) || Self.abbreviations.contains(bare) ? String(word) : word.lowercased()
        }
        let sentence = words.joined(separator: " ")
        return [sentence.prefix(1).uppercased() + sentence.dropFirst()]
    }

    /// `NGHỊ QUYẾT ĐẠI HỘI …` on one line in capitals: the type words as written and the rest, or nil
    /// when the line is no such title (lower case, no type word first, nothing after it).
    ///
    /// `mixedSubject`: instead, the type words in capitals and a subject that opens with a word in small letters after its
    /// capital (`THÔNG BÁO Về việc …`, `KẾ HOẠCH Triển khai …`), on a line of a title's length.
    static func typeTitleWithSubject(_ text: FoldedText, _ k: Int, mixedSubject: Bool = false) -> (String, String)? {
        // The type words in capitals: the word's second letter says so before the line is folded, tidied and split (asked of
        // every header line until a title is found; callgrind, other-hands: 40 M of 1,263 M when every line was).
        if mixedSubject {
            let range = text.trimmedRange(ofLine: k)
            // Read from the original bytes: a `TextSegment` of the line copied it (two arrays a line).
            guard range.count > 12, range.count <= 300, let start = range.first, ByteReader.isLetter(text.bytes[start]),
                  OriginalCase.isUpperCase(text.original, at: Int(text.origin[start + 1]), beforeLetters: true)
                    ?? TextSegment(text, range: start..<(start + 2)).startsUpperCase(at: 1) else { return nil }
        }
        var folded = text.foldedLine(k)
        // `DỰ THẢO BÁO CÁO CHÍNH TRỊ`: a draft is titled as the text it drafts.
        let draft = Self.opens(folded, "du thao ")
        if draft { folded = folded.dropFirst(8) }
        guard let first = folded.first, first.isLetter,
              let w = Self.typeWordOpenings.firstIndex(where: { Self.opens(folded, $0) }) else { return nil }
        let word = TypeCodes.words[w]
        if mixedSubject {
            // The subject's first word after the type words and one space: a capital, then a small letter, on the original
            // bytes, before the line is tidied and split (a line all in capitals is most of what gets here).
            let range = text.trimmedRange(ofLine: k)
            var p = range.lowerBound + word.folded.utf8.count
            guard p < range.upperBound, text.bytes[p] == 0x20 else { return nil }
            while p < range.upperBound, text.bytes[p] == 0x20 { p += 1 }
            guard !draft, p + 1 < range.upperBound, ByteReader.isLetter(text.bytes[p]), ByteReader.isLetter(text.bytes[p + 1]),
                  OriginalCase.isUpperCase(text.original, at: Int(text.origin[p]), beforeLetters: true) ?? true,
                  !(OriginalCase.isUpperCase(text.original, at: Int(text.origin[p + 1]), beforeLetters: true) ?? false) else { return nil }
        }
        let original = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_")
        let words = original.split(separator: " ", omittingEmptySubsequences: true).dropFirst(draft ? 2 : 0)
        let count = word.folded.split(separator: " ").count
        guard words.count > count + 1 else { return nil }
        if mixedSubject {
            let next = words.dropFirst(count).first ?? ""
            // `QUYẾT ĐỊNH Số 45/QĐ-UBND ngày … của …` is a numbered title, read as one (reviewer, session 27).
            guard String(next).folded != "so", String(next).folded != "so:" else { return nil }
            guard DocumentSplitter.isUpperCase(words.prefix(count).joined(separator: " ")), next.first?.isUppercase == true,
                  next.dropFirst().contains(where: \.isLowercase), !next.contains("/") || String(next).folded == "v/v" else { return nil }
        } else {
            guard DocumentSplitter.isUpperCase(original) else { return nil }
        }
        return (words.prefix(count).joined(separator: " "), words.dropFirst(count).joined(separator: " "))
    }

    /// A type title that holds the document's own number: `CHỈ THỊ SỐ 47-CT/TW`.
    struct NumberedTitle {
        /// The type words as written (`CHỈ THỊ`).
        var word: String
        var id: DocumentID
        /// `… NGÀY 5/3/2021` on the same line.
        var date: SimpleDate?
        /// `… CỦA BAN THƯỜNG VỤ HUYỆN ỦY` on the same line, as written, `CỦA` first.
        var owner: String?
        /// `… VỀ VIỆC …` after the date on the same line.
        var subject: String?
    }

    /// `CHỈ THỊ SỐ 47-CT/TW`, `NGHỊ QUYẾT SỐ: 05-NQ/HU NGÀY 5/3/2021`, `KẾT LUẬN SỐ 07-KL/HU CỦA BAN THƯỜNG VỤ HUYỆN ỦY` in
    /// capitals, alone on its line: the type title with the document's own number, as a copy that drops the header's
    /// `Số` line writes it (evaluation batch 35). Without its issuer on the line, the next line decides: the title goes
    /// on (`CỦA BAN BÍ THƯ`, `VỀ …`, `V/V …`); a heading that names a document in a report's body is followed by text.
    ///
    /// `underHeader`: the line stands under an issuer's header and its place and date (`TỈNH ỦY` / `*` / `Lạng Sơn, ngày …` /
    /// `QUY ĐỊNH SỐ 32-QĐ/TU` / `sửa đổi, bổ sung …`, red team, round 35, c1): the title is the document's own whatever its
    /// subject's case; a page's bare heading needs the capitals or the `CỦA`/`VỀ` under it.
    static func numberedTypeTitle(_ text: FoldedText, _ k: Int, end: Int, underHeader: Bool = false) -> NumberedTitle? {
        let range = text.trimmedRange(ofLine: k)
        guard let first = range.first, text.bytes[first] >= UInt8(ascii: "a"), text.bytes[first] <= UInt8(ascii: "z") else { return nil }
        // A title's line is short and holds its number: every header line is asked (callgrind, other-hands: 14 M of
        // 1,200 M when each line's opening was compared with the type words first).
        guard range.count <= 240, text.bytes[range].contains(where: ByteReader.isDigit) else { return nil }
        let folded = text.foldedLine(k).drop { $0 == " " || $0 == "\t" }
        guard let w = typeWordOpenings.firstIndex(where: { opens(folded, $0) }) else { return nil }
        let word = TypeCodes.words[w]
        var r = ByteReader(text.bytes, from: range.lowerBound + word.folded.utf8.count, end: range.upperBound)
        r.skipSpaces()
        // `QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008` (a portal's one-line title,
        // reviewer, session 26): the issuer before the number.
        if r.peek("cua "), isCapitalTitleLine(text, k) {
            let written = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_")
            let owner = String(written.dropFirst(word.folded.count)).trimmingCharacters(in: " ")
            let numbered = withoutTrailingNumber(owner)
            guard let id = numbered.id else { return nil }
            return NumberedTitle(word: String(written.prefix(word.folded.count)), id: id, date: numbered.date, owner: numbered.name,
                                 subject: numbered.subject)
        }
        guard r.matchWord("so") else { return nil }
        _ = r.match(":")
        r.skipSpaces()
        let seg = TextSegment(text, range: r.position..<range.upperBound)
        guard let m = IdentifierGrammar.scan(seg, alone: true).first, m.range.lowerBound == 0, let id = m.id,
              isCapitalTitleLine(text, k) else { return nil }
        let written = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_")
        var title = NumberedTitle(word: String(written.prefix(word.folded.count)), id: id)
        var tail = ByteReader(seg.bytes, from: m.range.upperBound)
        tail.skipSpaces()
        if tail.match(",") { tail.skipSpaces() }
        if tail.matchWord("ngay") {
            tail.skipSpaces()
            guard let date = tail.readDate() else { return nil }
            title.date = date
            tail.skipSpaces()
        }
        while tail.match("*") || tail.match("_") { tail.skipSpaces() }
        if tail.peek("cua ") {
            // The owner as written: a written line's characters fold one for one.
            let foldedWritten = written.folded
            guard let cua = foldedWritten.range(of: " cua ") else { return nil }
            title.owner = String(written.dropFirst(foldedWritten.distance(from: foldedWritten.startIndex, to: cua.lowerBound) + 1))
                .trimmingCharacters(in: " #*_")
            return title
        }
        guard tail.atEnd else { return nil }
        if underHeader { return title }
        guard let next = linesHoldingText(text, after: k, count: 1, end: end).first,
              DocumentSplitter.isUpperCaseLine(text, next) || text.foldedLine(next).hasPrefix("ve ") else { return nil }
        let f = text.foldedLine(next).drop { $0 == "#" || $0 == "*" || $0 == "_" || $0 == " " }
        guard f.hasPrefix("cua ") || f.hasPrefix("ve ") || f.hasPrefix("v/v") else { return nil }
        return title
    }

    /// `CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XVI V/V …` in a title: the body that issues (its term cut), and a subject that goes
    /// on after `V/V` or `VỀ VIỆC` on the same line.
    static func titledIssuer(_ name: String) -> (issuer: String, subject: String?) {
        var body = String(name.dropFirst(4))
        var about: String?
        // `CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVI`, `… (KHÓA XVI)`, `…, NHIỆM KỲ 2020 - 2025` (red team, round 25: the
        // bracket kept `Ban Chấp hành Đảng bộ tỉnh (khóa Xvi Gia Lai`): the term ends the body's name.
        let foldedBody = body.folded
        if let term = [" (khoa ", " khoa ", " (nhiem ky ", " nhiem ky "].lazy.compactMap({ foldedBody.range(of: $0) })
            .min(by: { $0.lowerBound < $1.lowerBound }) {
            body = String(body.prefix(foldedBody.distance(from: foldedBody.startIndex, to: term.lowerBound)))
                .trimmingCharacters(in: CharacterSet(charactersIn: " ,-–"))
        }
        // `CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG …`: the subject goes on after
        // `V/V` or `VỀ VIỆC` on the same line (`VỀ` alone may be a body's own word:
        // `BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THAM NHŨNG`).
        let folded = body.folded
        if let cut = [" v/v ", " ve viec "].lazy.compactMap({ folded.range(of: $0) }).first {
            let at = folded.distance(from: folded.startIndex, to: cut.lowerBound)
            about = String(body.dropFirst(at + 1))
            body = String(body.prefix(at))
        } else if let cut = folded.range(of: " ve ") ?? folded.range(of: " theo "),
                  !["ban chi dao", "tieu ban", "to cong tac", "hoi dong"].contains(where: { folded.hasPrefix($0) }) {
            // `CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH HỌC TẬP …`, `CỦA ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 45-QĐ/HU` (reviewer, session 26):
            // `VỀ` or `THEO` after a body's whole name opens the subject;
            // a steering committee's `về` is its name's (`BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THAM NHŨNG`).
            let at = folded.distance(from: folded.startIndex, to: cut.lowerBound)
            let head = String(body.prefix(at))
            if IssuingBody(IssuingBodies.canonical(head)).isNamedBody {
                about = String(body.dropFirst(at + 1))
                body = head
            }
        }
        return (IssuingBodies.canonical(body), about)
    }

    /// `CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG`, `… SỐ 123/2001/QĐ-TTG NGÀY 21 THÁNG 6 NĂM 2001 [VỀ VIỆC …]`: the name
    /// without ` SỐ <number> …` at its end, and that number, date and subject. A number after a kind (`CỦA ĐOÀN KIỂM TRA
    /// THEO QUYẾT ĐỊNH SỐ 45-QĐ/HU`) is another document's: the name is left whole (reviewer, session 26).
    static func withoutTrailingNumber(_ name: String) -> (name: String, id: DocumentID?, date: SimpleDate?, subject: String?) {
        let folded = name.folded
        guard let so = folded.range(of: " so ", options: .backwards) else { return (name, nil, nil, nil) }
        let before = folded[..<so.lowerBound]
        if TypeCodes.words.contains(where: { before.hasSuffix(" " + $0.folded) || before == $0.folded }) { return (name, nil, nil, nil) }
        let at = folded.distance(from: folded.startIndex, to: so.lowerBound)
        guard let numbered = numberAndDate(String(name.dropFirst(at + 1))) else { return (name, nil, nil, nil) }
        return (String(name.prefix(at)), numbered.id, numbered.date, numbered.subject)
    }

    /// `SỐ 16/2001/CT-TTG`, `SỐ: 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …` as a title writes it: the number, then
    /// perhaps the date and the subject; nil when anything else follows the number.
    static func numberAndDate(_ written: String) -> (id: DocumentID, date: SimpleDate?, subject: String?)? {
        let text = FoldedText(written)
        var r = ByteReader(text.bytes)
        r.skipSpaces()
        guard r.matchWord("so") else { return nil }
        _ = r.match(":")
        r.skipSpaces()
        let seg = TextSegment(text, range: r.position..<text.bytes.count)
        guard let m = IdentifierGrammar.scan(seg, alone: true).first, m.range.lowerBound == 0, let id = m.id else { return nil }
        var tail = ByteReader(seg.bytes, from: m.range.upperBound)
        tail.skipSpaces()
        if tail.atEnd { return (id, nil, nil) }
        if tail.match(",") { tail.skipSpaces() }
        let rest = String(written.suffix(seg.bytes.count - tail.position))
        guard let dated = titleDate(rest) else { return nil }
        return (id, dated.date, dated.subject)
    }

    /// `NGÀY 21 THÁNG 6 NĂM 2001`, then perhaps `VỀ VIỆC …`: the date, and the subject as written after it.
    static func titleDate(_ line: String) -> (date: SimpleDate, subject: String?)? {
        let written = FoldedText.tidy(line).trimmingCharacters(in: " *_#")
        let text = FoldedText(written)
        var r = ByteReader(text.bytes)
        guard r.matchWord("ngay") else { return nil }
        r.skipSpaces()
        guard let date = r.readDate() else { return nil }
        r.skipSpaces()
        guard !r.atEnd else { return (date, nil) }
        let rest = String(decoding: text.bytes[r.position...], as: UTF8.self)
        guard rest.hasPrefix("ve ") || rest.hasPrefix("v/v ") else { return nil }
        return (date, String(written.suffix(rest.count)))
    }

    /// Whether a line in `lines` cites `id` as another's document: the number however spaced (`18 - NQ/TW`), then its
    /// day or its issuer (`… Chỉ thị số 47-CT/TW của Ban Bí thư`, `… ngày 25/10/2017`). A text that names itself (`triển
    /// khai Kế hoạch số 12/KH-UBND nghiêm túc`) keeps its number (reviewer, session 26).
    private static func cites(_ id: DocumentID, _ text: FoldedText, lines: Range<Int>) -> Bool {
        let number = id.number.folded
        for k in lines {
            let range = text.foldedRange(ofLine: k)
            guard !range.isEmpty, ByteReader(text.bytes, from: range.lowerBound, end: range.upperBound).firstIndex(of: number) != nil else { continue }
            // An appendix's caption (`(Kèm theo Chỉ thị số 07-CT/HU ngày 5/3/2021 …)`) names the text it belongs to.
            let line = text.foldedLine(k).drop { $0 == " " || $0 == "(" || $0 == "*" || $0 == "_" }
            if line.hasPrefix("kem theo") || line.hasPrefix("ban hanh kem theo") { continue }
            let seg = TextSegment(text, range: range)
            for m in IdentifierGrammar.scan(seg) where m.id == id {
                var r = ByteReader(seg.bytes, from: m.range.upperBound)
                r.skipSpaces()
                if r.match(",") { r.skipSpaces() }
                if r.matchWord("ngay") || r.matchWord("cua") || (!r.atEnd && ByteReader.isDigit(seg.bytes[r.position])) { return true }
            }
        }
        return false
    }

    /// Whether line `k` is in capitals but for its numbers and `Số` (`CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTg`, `CHỈ THỊ Số
    /// 07-CT/HU`: the Prime Minister's code and a mixed-case `Số` are written so in capital titles; reviewer, session 26).
    static func isCapitalTitleLine(_ text: FoldedText, _ k: Int) -> Bool {
        if DocumentSplitter.isUpperCaseLine(text, k) { return true }
        // Only a short line with a digit in it can be a title's number line; a paragraph is not tidied and split to
        // say no (callgrind, other-hands: 131 M of 1,363 M went to tidying every body line under a title).
        let range = text.foldedRange(ofLine: k)
        guard range.count <= 160, text.bytes[range].contains(where: ByteReader.isDigit) else { return false }
        let words = FoldedText.tidy(text.originalLine(k)).split(separator: " ").filter { w in
            !w.contains(where: \.isNumber) && String(w).folded.trimmingCharacters(in: ":") != "so"
        }
        // `SỐ 16/2001/CT-TTg` alone: nothing but the number and its word.
        if words.isEmpty { return text.originalLine(k).contains(where: \.isNumber) }
        return DocumentSplitter.isUpperCase(words.joined(separator: " "))
    }

    /// `TypeCodes.words`' folded words, each with the space after it, in their order: made at every line asked,
    /// and asked with `hasPrefix` on characters (22 a line, 16,000 instructions; other-hands: 6.6 M of 450 M).
    static let typeWordOpenings = TypeCodes.words.map { $0.folded + " " }

    private static func finishTitle(_ subject: [String], into record: inout DocumentRecord) {
        let joined = FoldedText.tidy(subject.joined(separator: " ")).trimmingCharacters(in: " #*_")
        guard !joined.isEmpty, joined.characterCount <= 500 else { return }
        let word = record.typeWord ?? ""
        record.title = word.isEmpty ? joined : "\(word) \(joined.prefix(1).lowercased() + joined.dropFirst())"
    }

    /// The authority line of a state document or a council's resolution: a line naming who
    /// decides (`ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG`, `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG`, `HỘI
    /// ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM KHÓA X, KỲ HỌP THỨ 9`) right before the preamble.
    private static func isAuthorityLine(_ text: FoldedText, _ k: Int, end: Int, followedByPreamble: Bool = true) -> Bool {
        let f = text.foldedLine(k)
        guard authorityHeads.contains(where: { opens(f, $0) }) else { return false }
        // `… THỰC HIỆN CHỈ THỊ SỐ 10 CỦA` / `THỦ TƯỚNG CHÍNH PHỦ`: a title wrapped before its body's name.
        var previous = k - 1
        while previous >= 0, text.foldedLine(previous).isEmpty { previous -= 1 }
        if previous >= 0, let last = text.foldedLine(previous).split(separator: " ").last,
           ["cua", "va", "ve", "cho", "tai", "voi", "thuoc", "cac", "doi", "giua"].contains(String(last)) { return false }
        guard followedByPreamble else { return true }
        var next = k + 1
        // A council's term and session (`KHÓA IX, KỲ HỌP THỨ 9`) may stand between.
        while next < end, text.foldedLine(next).isEmpty || ["khoa ", "ky hop"].contains(where: { opens(text.foldedLine(next), $0) }) { next += 1 }
        guard next < end else { return false }
        // `- Căn cứ …`: the preamble's items may be bulleted.
        return startsPreamble(text.foldedLine(next).drop { $0 == "-" || $0 == "+" || $0 == " " })
    }

    /// `ỦY BAN NHÂN DÂN TỈNH BẮC NINH` / … / `QUYẾT ĐỊNH` / `V/v …` / `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` / `Căn cứ …`: the
    /// committee's chairman decides, and the decision is his (the header census and 36 documents of the evaluation set,
    /// each gold `Chủ tịch Ủy ban nhân dân tỉnh …`), though numbered in the committee's series (`1348/QĐ-UBND`):
    /// `IssuingBody` reads the head as the body, so the graph places and compares it as the committee's.
    /// A copy without the title (`Số: 612/QĐ-UBND | Vĩnh Long, ngày …` / `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`) is read from its number
    /// line; a lost glyph in the preamble's first word (`n cứ Luật …`, census 012) does not hide the line, which names the
    /// chairman and nothing else.
    static func decidedByChairman(_ text: FoldedText, after title: Int, end: Int, committee issuer: String) -> Bool {
        // (The caller has asked that the issuer be a People's Committee not named by its chairman already.)
        let body = IssuingBody(issuer)
        // The head asked of each line's folded bytes first: a `Substring` of every line after every title was 15 M
        // instructions on 1,000 other-hands documents (callgrind, 1.3 % of their extraction).
        func opensWithChairman(_ line: Int) -> Bool {
            let range = text.foldedRange(ofLine: line)
            var r = ByteReader(text.bytes, from: range.lowerBound, end: range.upperBound)
            while r.position < range.upperBound, [0x20, 0x2A, 0x23, 0x7C].contains(text.bytes[r.position]) { r.position += 1 }
            return r.peek("chu tich uy ban nhan dan") || r.peek("chu tich ubnd")
        }
        guard let k = linesHoldingText(text, after: title, count: 11, end: end).first(where: { opensWithChairman($0) && isAuthorityLine(text, $0, end: end, followedByPreamble: false) }),
              text.foldedLine(k).split(separator: " ").count <= 12 else { return false }
        let f = text.foldedLine(k).drop { $0 == " " || $0 == "*" || $0 == "#" || $0 == "|" }
        guard f.hasPrefix("chu tich uy ban nhan dan") || f.hasPrefix("chu tich ubnd") else { return false }
        // The line is the name and nothing else: after the head and the tier, capitalised words (`Chủ tịch UBND tỉnh có ý
        // kiến chỉ đạo như sau` is a letter's sentence).
        let written = FoldedText.tidy(text.originalLine(k)).trimmingCharacters(in: " #*_|")
        let words = written.split(separator: " ")
        let head = f.hasPrefix("chu tich ubnd") ? 3 : 6
        let tiers: Set<String> = ["tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "phuong", "tran"]
        guard words.count >= head, words.dropFirst(head).allSatisfy({ w in
            tiers.contains(String(w).folded) || w == "-" || w == "–" || w.first.map { $0.isUppercase || $0.isNumber } == true
        }) else { return false }
        // `Kính gửi:` / `Chủ tịch Ủy ban nhân dân huyện Tân Kỳ` (a submission's addressee) is who reads it, not who decides.
        var previous = k - 1
        while previous > title, text.foldedLine(previous).isEmpty { previous -= 1 }
        if text.foldedLine(previous).contains("kinh gui") { return false }
        let line = IssuingBodies.canonical(written)
        return IssuingBody(line).isCompatible(with: body)
    }

    /// The first `count` lines after `line` that hold text, before `end`.
    static func linesHoldingText(_ text: FoldedText, after line: Int, count: Int, end: Int) -> [Int] {
        var found: [Int] = []
        var k = line + 1
        while k < end, found.count < count {
            if !text.trimmedRange(ofLine: k).isEmpty { found.append(k) }
            k += 1
        }
        return found
    }

    /// The province or centrally run city a header line or an issuer names after `tỉnh`, `thành phố` or `TP` (`BỘ TƯ LỆNH
    /// TP HỒ CHÍ MINH` → Hồ Chí Minh), or nil: a district's or a commune's name is not one.
    static func provinceNamed(_ line: String) -> String? {
        let words = line.folded.split { $0 == " " || $0 == "." || $0 == "," }
        for (k, w) in words.enumerated() {
            let after: Int
            if w == "tinh" || w == "tp" { after = k + 1 } else if w == "thanh", k + 1 < words.count, words[k + 1] == "pho" { after = k + 2 } else { continue }
            guard after < words.count else { continue }
            if let p = AdministrativeUnits.place(named: words[after...].joined(separator: " ")), !p.isDistrict { return p.name }
        }
        // `SỞ GD&ĐT GIA LAI` over `TRƯỜNG THPT PLEIKU` (red team, round 25, c3), `SỞ Y TẾ NGHỆ AN`: a department's abbreviated
        // name with its province after it, without `tỉnh`.
        if words.count >= 3, words[0] == "so" {
            for n in 1...min(4, words.count - 2) {
                if let p = AdministrativeUnits.place(named: words.suffix(n).joined(separator: " ")), !p.isDistrict { return p.name }
            }
        }
        return nil
    }

    /// A header line with `TP.`, `TP` or `Tp.` for `THÀNH PHỐ` (`ỦY BAN NHÂN DÂN` / `TP. HỒ CHÍ MINH`, `BAN CHẤP HÀNH TP. HỒ CHÍ
    /// MINH`, `UBND TP.HCM`; red team, round 24), written out, so that the tier word reads as everywhere else: with the
    /// abbreviation the place was no body's and the header named none.
    static func expandingCityAbbreviation(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }) else { return line }
        let upper = !line.contains(where: \.isLowercase)
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for k in words.indices {
            let f = words[k].folded
            let city = upper ? "THÀNH PHỐ" : "Thành phố"
            if f == "tp." || f == "tp" {
                // Only before a name: `TP` alone at a line's end is no tier.
                guard k + 1 < words.count, words[k + 1].first?.isUppercase == true else { continue }
                words[k] = city
                changed = true
            } else if f == "tp.hcm" || f == "tphcm" || f.hasPrefix("tp.") && f.count > 3 && words[k].dropFirst(3).first?.isUppercase == true {
                let rest = f == "tp.hcm" || f == "tphcm" ? (upper ? "HỒ CHÍ MINH" : "Hồ Chí Minh") : String(words[k].dropFirst(3))
                words[k] = "\(city) \(rest)"
                changed = true
            }
        }
        return changed ? words.joined(separator: " ") : line
    }

    /// How an authority line starts, folded.
    static let authorityHeads = ["uy ban nhan dan", "chu tich uy ban nhan dan", "hoi dong nhan dan", "bo truong", "thu tuong",
                                         "chinh phu", "ban thuong vu", "tinh uy", "thanh uy", "huyen uy", "dang uy", "ban chi dao",
                                         "truong ban", "giam doc", "chu tich"]

    /// `… trên địa bàn tỉnh tiền giang` → `… tỉnh Tiền Giang`: a title cased from capitals gets
    /// back the capitals of its place and of the country's proper names.
    static func restoringProperNames(_ title: String, place: String?) -> String {
        // Folded text is ASCII: without a carriage return (`\r\n` is one character of two bytes)
        // each folded byte is one character, and the names are matched on bytes. The letter test
        // is ASCII's, which is `Character.isLetter` on an ASCII character. Before, every name at every
        // position made a four-character `String` to test `phi ` (callgrind: 4.9 M instructions a
        // title, 72 % of extraction on the other-hands shape).
        let folded = Array(title.folded.utf8)
        guard !folded.contains(0x0D), place?.utf8.contains(0x0D) != true else { return restoringProperNamesByCharacters(title, place: place) }
        guard title.characterCount == folded.count else { return title }
        var chars: [Character]?
        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        // A name matches only where a word starts (`i == 0` or no letter before): those starts are found once, and each
        // name is tried at them alone, in order, a match passing over the starts it covers (issue #12, twenty-first pass:
        // every name tried at every byte was 6.7 M instructions on 400 other-hands documents, 17,000 a title).
        // `restoringProperNamesAtEveryByte` is the form it is held to (`TwentyFirstPassShortcutTests`).
        var starts: [Int] = []
        starts.reserveCapacity(folded.count / 4 + 1)
        for i in folded.indices where i == 0 || !isASCIILetter(folded[i - 1]) { starts.append(i) }
        func match(_ written: [Character], _ key: [UInt8]) {
            guard written.count == key.count, let first = key.first else { return }
            var next = 0
            for i in starts where i >= next {
                guard i + key.count <= folded.count else { break }
                if folded[i] == first, folded[i..<(i + key.count)].elementsEqual(key),
                   i + key.count == folded.count || !isASCIILetter(folded[i + key.count]),
                   // `tổ chức phi chính phủ` is no government.
                   !(i >= 4 && folded[(i - 4)..<i].elementsEqual("phi ".utf8)) {
                    if chars == nil { chars = Array(title) }
                    chars?.replaceSubrange(i..<(i + key.count), with: written)
                    next = i + key.count
                }
            }
        }
        if let place { match(Array(place), Array(place.folded.utf8)) }
        for name in Self.properNameForms { match(name.written, name.key) }
        return chars.map { String($0) } ?? title
    }

    /// `restoringProperNames` trying every name at every byte, as before issue #12's twenty-first pass.
    static func restoringProperNamesAtEveryByte(_ title: String, place: String?) -> String {
        let folded = Array(title.folded.utf8)
        guard !folded.contains(0x0D), place?.utf8.contains(0x0D) != true else { return restoringProperNamesByCharacters(title, place: place) }
        guard title.characterCount == folded.count else { return title }
        var chars: [Character]?
        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        func match(_ written: [Character], _ key: [UInt8]) {
            guard written.count == key.count, let first = key.first else { return }
            var i = 0
            while i + key.count <= folded.count {
                if folded[i] == first, folded[i..<(i + key.count)].elementsEqual(key),
                   i == 0 || !isASCIILetter(folded[i - 1]),
                   i + key.count == folded.count || !isASCIILetter(folded[i + key.count]),
                   !(i >= 4 && folded[(i - 4)..<i].elementsEqual("phi ".utf8)) {
                    if chars == nil { chars = Array(title) }
                    chars?.replaceSubrange(i..<(i + key.count), with: written)
                    i += key.count
                } else {
                    i += 1
                }
            }
        }
        if let place { match(Array(place), Array(place.folded.utf8)) }
        for name in Self.properNameForms { match(name.written, name.key) }
        return chars.map { String($0) } ?? title
    }

    /// `restoringProperNames` on `Character`s, as it was written first: the reference the byte
    /// form is held to (`SixthPassShortcutTests`), and the reader of titles holding a carriage return.
    static func restoringProperNamesByCharacters(_ title: String, place: String?) -> String {
        var chars = Array(title)
        let folded = Array(title.folded)
        guard chars.count == folded.count else { return title }
        for name in ([place].compactMap { $0 } + Self.properNames) {
            let written = Array(name)
            let key = Array(name.folded)
            guard written.count == key.count, !key.isEmpty else { continue }
            var i = 0
            while i + key.count <= folded.count {
                // `tổ chức phi chính phủ` is no government.
                let afterPhi = i >= 4 && String(folded[(i - 4)..<i]) == "phi "
                if folded[i..<(i + key.count)].elementsEqual(key), i == 0 || !folded[i - 1].isLetter,
                   i + key.count == folded.count || !folded[i + key.count].isLetter, !afterPhi {
                    chars.replaceSubrange(i..<(i + key.count), with: written)
                    i += key.count
                } else {
                    i += 1
                }
            }
        }
        return String(chars)
    }

    /// Abbreviations titles keep in capitals (`UBND CẤP XÃ` is `UBND cấp xã`).
    private static let abbreviations: Set<String> = ["UBND", "HĐND", "MTTQ", "TTHC", "ĐVHC", "BCH", "BTV", "CNTT", "KT-XH", "THPT",
                                                     "THCS", "PCCC", "ATGT", "ANTT", "QP-AN", "OCOP", "CCHC", "MTQG", "NTM", "PCTN", "ĐMST",
                                                     "KHCN", "CĐS", "TW", "VN"]

    /// Names prose writes with capitals, longest first (`Thủ tướng Chính phủ` before `Chính phủ`).
    private static let properNames = ["Ban Chấp hành Trung ương", "Thủ tướng Chính phủ", "Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân",
                                      "Hội đồng nhân dân", "Ban Thường vụ", "Bộ Chính trị", "Ban Bí thư", "Chính phủ", "Quốc hội",
                                      "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Việt Nam", "Hồ Chí Minh"]

    /// `properNames` as written and folded, made once.
    private static let properNameForms: [(written: [Character], key: [UInt8])] = properNames.map { (Array($0), Array($0.folded.utf8)) }

    /// Lines that open the body, never the title: `Căn cứ …`, `Kính gửi: …`, `Điều 1.`, `Chương I`.
    ///
    /// Asked of folded lines (ASCII: a byte is a character but CR LF, and no opening ends in CR), so on their bytes
    /// (`opens`), not on characters (issue #12, twenty-first pass: about 800 instructions a try, nine a line of every
    /// title block); `startsPreambleAskingCharacters` is the form it is held to (`TwentyFirstPassShortcutTests`).
    static func startsPreamble(_ f: Substring) -> Bool {
        preambleOpenings.contains { opens(f, $0) }
    }

    static let preambleOpenings = ["can cu ", "can cu:", "kinh gui", "dieu 1", "chuong i", "phan i", "phan thu nhat", "theo de nghi", "xet de nghi"]

    /// `I. MỤC TIÊU`, `1. QUAN ĐIỂM` in capitals under a title: a numbered section opens the text; no title's subject
    /// starts with a section's number (reviewer, session 26).
    static func opensSection(_ f: Substring) -> Bool {
        let head = f.prefix { $0 != "." && $0 != ")" && $0 != " " }
        guard !head.isEmpty, head.count <= 4, f.dropFirst(head.count).first.map({ $0 == "." || $0 == ")" }) == true else { return false }
        return head.allSatisfy { "ivx".contains($0) } || head.allSatisfy(\.isNumber)
    }

    /// `startsPreamble` asking characters, as before issue #12's twenty-first pass.
    static func startsPreambleAskingCharacters(_ f: Substring) -> Bool {
        preambleOpenings.contains { f.hasPrefix($0) }
    }

    /// `(Kèm theo Kết luận số 58-KL/TW, ngày 26/6/2026 của Bộ Chính trị)`: the appendix names
    /// the document it belongs to; it fills what the header left open.
    private static func applyAppendixLine(_ text: FoldedText, _ k: Int, into record: inout DocumentRecord) {
        // A caption names its document right after `kèm theo`: `(Kèm theo Kết luận số 58-KL/TW …)`;
        // `Ban hành kèm theo Quyết định này Chương trình … thực hiện Kế hoạch số 119-KH/TU` is the
        // body of a decision, and 119-KH/TU is not its number.
        let f = text.foldedLine(k)
        guard let kem = f.range(of: "kem theo ") else { return }
        let after = f[kem.upperBound...]
        guard let word = TypeCodes.words.first(where: { after.hasPrefix($0.folded + " ") }) else { return }
        let rest = after.dropFirst(word.folded.count + 1)
        guard rest.hasPrefix("so") || rest.first?.isNumber == true else { return }
        // The caption may go on over the next lines (`*(Kèm theo … ngày 08/01/2026*` / `*của Ban …)*`,
        // `kèm theo Quyết định số: 59/QĐ-UBND` / `Ngày 22 tháng` / `7 năm 2021 của …`).
        // (`… của Ủy ban nhân dân xã Xuân` / `Phú)`, Real 051: four lines.)
        let range = text.foldedRange(ofLine: k).lowerBound..<text.foldedRange(ofLine: min(k + 3, text.lineCount - 1)).upperBound
        let seg = TextSegment(text, range: range)
        let found = CitationScanner.scanStandalone(seg)
        guard let c = found.first else { return }
        if record.id == nil {
            record.id = c.id
            if record.typeCode == nil { record.typeCode = c.id.typeCode }
            if record.typeWord == nil, let w = c.typeWord { record.typeWord = w.sentenceCased }
        }
        guard record.id == c.id else { return }
        if record.date == nil { record.date = c.date }
        if record.issuer == nil, let issuer = c.issuer { record.issuer = issuer }
    }

    /// The congress a resolution's title names (`Nghị quyết đại hội đảng bộ quận Bình Thạnh lần thứ IX
    /// nhiệm kỳ 2005 - 2010` → `Đại hội đảng bộ quận Bình Thạnh lần thứ IX`), up to its number or term.
    static func congress(inTitle title: String) -> String? {
        let folded = title.folded
        guard folded.hasPrefix("nghi quyet dai hoi "), folded.count == title.count else { return nil }
        var words = Array(title.split(separator: " ").dropFirst(2))
        let f = words.map { String($0).folded }
        guard f.count >= 4, f.contains("dang") || f.contains("chi") else { return nil }
        if let lan = f.firstIndex(of: "lan"), lan + 2 < f.count, f[lan + 1] == "thu" { words = Array(words[...(lan + 2)]) }
        else if let term = f.firstIndex(of: "nhiem"), term + 2 < f.count { words = Array(words[...(term + 2)]) }
        else { return nil }
        // `lần thứ XXInhiệm kỳ …` (real 018, a lost space): the numeral is the capitals.
        if let last = words.last, last.first.map({ "IVXL".contains($0) }) == true, last.contains(where: \.isLowercase) {
            words[words.count - 1] = last.prefix { "IVXL".contains($0) }
        }
        let name = words.joined(separator: " ")
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Words that join a sentence to the one before it, folded: `Do đó`, `Vì vậy`, `Nay`.
    static let connectives = ["do do", "do vay", "vi vay", "vi the", "tu do", "nay"]

    /// `…, Ban Tổ chức Trung ương xây dựng Chương trình hành động …, như sau:`: the subject of the
    /// opening sentence of a text without its header, and the id of what it issues there, if numbered.
    ///
    /// The opening is read as one text, up to the first line that ends in a colon (`… như sau:`),
    /// because pages wrap it anywhere: `… trên địa bàn tỉnh` /
    /// `trong tháng 7 năm 2020, Ban Tuyên giáo Tỉnh ủy đề nghị …`. The subject is the words between
    /// the last clause boundary (`,` `.` `;` `:`, a break after one of them, a blank line, a number
    /// glued to a capital by a converter: `… năm 2022Ban Tuyên giáo Trung ương hướng dẫn`) and a verb
    /// written in lower case (`Ban Chỉ đạo` is a name, `chỉ đạo` a verb).
    static func openingSentence(_ text: FoldedText, lines: Range<Int>) -> (issuer: String, issued: DocumentID?)? {
        var chars: [Character] = []
        // Clause boundaries, ascending and distinct: the lines below only ever add the current end,
        // and the punctuation found afterwards is merged in once (a `Set` filtered for every verb
        // found cost the whole set per verb).
        var boundaries: [Int] = [0]
        func mark(_ p: Int) { if boundaries[boundaries.count - 1] != p { boundaries.append(p) } }
        // Where each paragraph that opens with a clause verb (`Thực hiện`, `Căn cứ`, `Qua`, …) starts
        // and ends in `chars`.
        var openedParagraphs: [Range<Int>] = []
        var paragraphStart = 0
        var framed = false
        var afterOpened = false
        func closeParagraph() {
            if paragraphStart < chars.count {
                // `Thực hiện Hướng dẫn số 96-HD/BTGTW …` / `Ban Tuyên giáo Tỉnh ủy đề nghị …`: the main
                // clause may stand in the paragraph after the one that opens with the clause verb.
                let opened = Self.opensWithOpener(chars[paragraphStart...])
                if opened || afterOpened { openedParagraphs.append(paragraphStart..<chars.count) }
                afterOpened = opened
            }
            paragraphStart = chars.count
        }
        for k in lines.prefix(60) {
            let line = FoldedText.tidy(text.originalLine(k))
            if line.isEmpty { closeParagraph(); mark(chars.count); continue }
            // A title or heading in capitals stands apart (`## KẾ HOẠCH` under what is left of a header).
            if line.contains(where: \.isLetter), !line.contains(where: \.isLowercase) {
                closeParagraph()
                mark(chars.count)
                continue
            }
            // Characters compared one by one: `".;:".contains(c)` walked a String per character
            // (callgrind: 1,000 instructions a test, a quarter of this function on the evaluation set).
            if let last = chars.last, last == "." || last == ";" || last == ":" { closeParagraph(); mark(chars.count) }
            if !chars.isEmpty { chars.append(" ") }
            // Every boundary so far is at most the count before the space: only the last can be it.
            if boundaries[boundaries.count - 1] == chars.count - 1 { mark(chars.count); paragraphStart = chars.count }
            chars.append(contentsOf: line)
            if line.hasSuffix(":") { framed = true; break }
        }
        closeParagraph()
        var punctuation: [Int] = []
        for i in chars.indices.dropFirst() {
            let c = chars[i - 1]
            if c == "," || c == "." || c == ";" || c == ":" || (c.isNumber && chars[i].isUppercase) { punctuation.append(i) }
        }
        if !punctuation.isEmpty {
            boundaries = Self.mergedAscending(boundaries, punctuation)
        }
        /// The last boundary at or before `p` (0 always is one).
        func clauseStart(atOrBefore p: Int) -> Int {
            var lo = 0, hi = boundaries.count
            while lo < hi { let mid = (lo + hi) / 2; if boundaries[mid] <= p { lo = mid + 1 } else { hi = mid } }
            return boundaries[lo - 1]
        }
        // One folded byte per character (checked), so byte offsets are character offsets.
        let fl = Array(String(chars).folded.utf8)
        guard fl.count == chars.count else { return nil }
        let reader = ByteReader(fl)
        var found: (start: Int, name: String, issued: DocumentID?)?
        for verb in Self.openingVerbs {
            var searchFrom = 0
            // `… yêu cầu:` as well as `… yêu cầu :` and `… yêu cầu các cấp …`: the verb ends at a
            // space or the colon that ends the opening.
            let stem = String(verb.dropLast())
            while let verbStart = reader.firstIndex(of: stem, from: searchFrom) {
                searchFrom = verbStart + stem.utf8.count
                guard searchFrom < fl.count, fl[searchFrom] == 0x20 || fl[searchFrom] == UInt8(ascii: ":") else { continue }
                let verbAt = verbStart + 1
                guard chars[verbAt].isLowercase else { continue }
                let clause = clauseStart(atOrBefore: verbStart)
                // The opening that ends `… như sau:` speaks for the text; otherwise only a paragraph
                // that opens with a clause verb does (a news page's sentences are reports, not this text's).
                guard framed || openedParagraphs.contains(where: { $0.contains(verbStart) }) else { continue }
                var name = String(chars[clause..<verbStart]).trimmingCharacters(in: " ")
                // `Do đó Ban Thường vụ Quận ủy yêu cầu:` (real: Gò Vấp 2000): a connective opens the
                // sentence, not the body's name.
                if let connective = Self.connectives.first(where: { name.folded.hasPrefix($0 + " ") }) {
                    name = String(name.dropFirst(connective.count + 1)).trimmingCharacters(in: " ,")
                }
                // `Ban Thường vụ Đảng ủy đã xây dựng …`, `BTV Tỉnh ủy đã kịp thời ban hành`, `UBND tỉnh
                // vừa ban hành`: the words of tense and manner are not the body's.
                var tense = ""
                var words = name.split(separator: " ")
                if let cut = words.indices.first(where: { k in
                    Self.tenseWords.contains(words[k].lowercased()) || (k + 1 < words.count && words[k].lowercased() == "tiếp" && words[k + 1].lowercased() == "tục")
                }) {
                    tense = String(words[cut])
                    words = Array(words[..<cut])
                    name = words.joined(separator: " ")
                }
                // `Uỷ ban nhân dân phường Thành Phước xin thông báo …`, `… trân trọng thông báo` (header census 4, 319): the
                // courtesy before the verb is not the body's name.
                while let courtesy = Self.courtesyWords.first(where: { name.folded.hasSuffix(" " + $0) }) {
                    name = String(name.dropLast(courtesy.count + 1))
                }
                // `Ban Chấp hành Đảng bộ tỉnh Khánh Hòa (Khóa XVIII) xây dựng Chương trình hành động …` (evaluation 214): the
                // committee's term is not its name.
                name = Self.withoutTerm(name)
                words = name.split(separator: " ")
                // `Sở có Tờ trình số 63/TTr-SNV đề nghị`, `Đài PTTH tỉnh việc đề nghị`: a verb or a
                // noun's word before the verb makes it no body's deed.
                // Outside an opening framed by `như sau:`, a deed told (`đã`, `vừa`) is a report.
                guard framed || tense.isEmpty else { continue }
                guard let first = name.first, first.isUppercase, words.count <= 9, !words.contains(where: { Self.notBodyWords.contains($0.lowercased()) }),
                      !name.contains(where: \.isNumber), IssuingBody(name).isNamedBody else { continue }
                if found.map({ clause < $0.start }) ?? true {
                    // `Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU`: a
                    // deed told, dated or in the past, is another document's, not this text's.
                    // Only boundaries less than 40 characters before the clause can qualify.
                    // An opening framed by `…, cụ thể như sau:` gives this text's content after it, dated or not (real:
                    // `Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL …, cụ thể như sau:`, Bắc Kạn 2020).
                    var told = !tense.isEmpty
                    if !told, !(framed && Self.endsInFrame(chars, from: verbStart)) {
                        var j = boundaries.count - 1
                        while j >= 0, boundaries[j] >= clause { j -= 1 }
                        while j >= 0, clause - boundaries[j] < 40 {
                            let b = boundaries[j]
                            if String(chars[b..<clause]).trimmingCharacters(in: " ").folded.hasPrefix("ngay ") { told = true; break }
                            j -= 1
                        }
                    }
                    found = (clause, name, verb == " ban hanh " && !told ? issuedNumber(chars, fl, after: verbStart + verb.utf8.count) : nil)
                }
            }
        }
        return found.map { ($0.name, $0.issued) }
    }

    /// Whether the type title at line `title`, the document's first line, is a page's title over a header that starts at
    /// line `k`: the line names a body in capitals, and a number line follows within four lines.
    static func pageTitleOverHeader(_ text: FoldedText, title: Int, at k: Int, lines: Range<Int>) -> Bool {
        guard k > title, k - title <= 3, (lines.lowerBound..<title).allSatisfy({ text.foldedLine($0).isEmpty }) else { return false }
        let trimmed = text.trimmedRange(ofLine: k)
        let r = ByteReader(text.bytes, from: trimmed.lowerBound, end: trimmed.upperBound)
        guard !trimmed.isEmpty, IssuingBodies.opensName(r, at: trimmed.lowerBound), DocumentSplitter.isUpperCaseLine(text, k) else { return false }
        return ((k + 1)..<min(lines.upperBound, k + 5)).contains { DocumentSplitter.numberLineID(text, $0) != nil }
    }

    /// The line that may designate a header-less text: its first, or the first after a portal's headline and the time it
    /// was posted (`Hướng dẫn tuyên truyền đại hội …` / ` 05/06/2020 11:05:AM` / `Hướng dẫn số 13-HD/BTGHU của Ban Tuyên giáo
    /// Huyện ủy về …`, evaluation batch 41, 561).
    static func designationLine(_ text: FoldedText, lines: Range<Int>) -> Int? {
        let filled = Array(lines.prefix(12).lazy.filter { !text.foldedLine($0).isEmpty }.prefix(3))
        guard let first = filled.first else { return nil }
        if filled.count >= 3, isPostingTime(text.foldedLine(filled[1])), TitleLine.designation(text, line: first) == nil { return filled[2] }
        return first
    }

    /// `05/06/2020 11:05:AM`, `Ngày cập nhật 21/05/2018`, `Ngày đăng: 05/06/2020`, `Cập nhật lúc 11:05 05/06/2020`: a line that
    /// says only when a page was posted.
    static func isPostingTime(_ f: Substring) -> Bool {
        // A line without a `/` holds no date: it is passed over on the bytes.
        guard f.utf8.contains(UInt8(ascii: "/")) else { return false }
        var rest = f.drop { $0 == " " || $0 == "\t" }
        for label in ["ngay cap nhat", "ngay dang", "cap nhat luc", "cap nhat", "dang luc", "dang ngay", "thoi gian dang"] where rest.hasPrefix(label) {
            rest = rest.dropFirst(label.count)
            break
        }
        let words = rest.split { $0 == " " || $0 == ":" || $0 == "," || $0 == "(" || $0 == ")" || $0 == "|" || $0 == "-" }
        return words.contains { $0.contains("/") && $0.first?.isNumber == true }
            && words.allSatisfy { w in w.allSatisfy { $0.isNumber || $0 == "/" } || ["am", "pm", "gio", "luc", "ngay"].contains(String(w)) }
    }

    /// Words of courtesy a body puts before its verb (`xin thông báo`, `trân trọng thông báo`), folded.
    static let courtesyWords = ["xin", "tran trong"]

    /// A body's name without the term written after it: `… Khánh Hòa (Khóa XVIII)`, `… khóa XV`, `(khoá XIII)`.
    static func withoutTerm(_ name: String) -> String {
        var words = name.split(separator: " ")
        guard words.count >= 3 else { return name }
        let last = words[words.count - 1].trimmingCharacters(in: CharacterSet(charactersIn: "()"))
        var before = words[words.count - 2]
        let opened = before.hasPrefix("(")
        if opened { before = before.dropFirst() }
        guard String(before).folded == "khoa", !last.isEmpty, last.allSatisfy({ "IVXL".contains($0) }),
              opened == words[words.count - 1].hasSuffix(")") else { return name }
        words.removeLast(2)
        return words.joined(separator: " ")
    }

    /// Whether the sentence from `start` runs on to the `…:` that ends the opening (no full stop before a capital
    /// between): `…, Sở Tư pháp ban hành Văn bản số …, cụ thể như sau:` frames its own content, while `…, Ủy ban nhân
    /// dân huyện ban hành Kế hoạch số 42/KH-UBND về …. Trên cơ sở …, đề nghị …:` (real: Thủy Nguyên 2011) reports it.
    static func endsInFrame(_ chars: [Character], from start: Int) -> Bool {
        var i = start
        while i + 2 < chars.count {
            if chars[i] == ".", chars[i + 1] == " ", chars[i + 2].isUppercase { return false }
            i += 1
        }
        return true
    }

    /// `Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL …`: the date that opens the line of the
    /// opening sentence that issues this text (by its number), among the first lines.
    static func openingDate(_ text: FoldedText, lines: Range<Int>, number: String) -> SimpleDate? {
        openingDate(text, lines: lines, naming: number.folded)
    }

    /// `Ngày 08/02/2023, … ban hành Hướng dẫn trọng tâm công tác Mặt trận năm 2023 …`: the date that opens a line,
    /// among the first, that issues a document by this text's whole title (`ban hành` right before it).
    static func openingDate(_ text: FoldedText, lines: Range<Int>, issuing title: String) -> SimpleDate? {
        openingDate(text, lines: lines, naming: "ban hanh " + title.folded)
    }

    /// The date that opens (`Ngày DATE,`) one of the first eight lines holding `folded`.
    private static func openingDate(_ text: FoldedText, lines: Range<Int>, naming folded: String) -> SimpleDate? {
        for k in lines.prefix(8) {
            let f = text.foldedLine(k)
            guard f.hasPrefix("ngay "), f.contains(folded) else { continue }
            var r = ByteReader(Array(f.utf8))
            _ = r.matchWord("ngay")
            r.skipSpaces()
            if let date = r.readDate(), r.current == UInt8(ascii: ",") { return date }
        }
        return nil
    }

    /// Two ascending lists of distinct offsets as one, ascending and distinct.
    static func mergedAscending(_ a: [Int], _ b: [Int]) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let next = j == b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
            if merged.last != next { merged.append(next) }
            if i < a.count, a[i] == next { i += 1 }
            if j < b.count, b[j] == next { j += 1 }
        }
        return merged
    }

    /// Whether a paragraph opens with a clause verb (`openers`), asked of the fold of its first
    /// characters, not of the whole paragraph's (10–40 KB for a page's text run together). Exact:
    /// a prefix holding none of `<`, `[`, `]`, `\` folds scalar by scalar into the first bytes of
    /// the whole fold, and an opener reads at most its 8 letters' worth of non-space bytes past the
    /// spaces that open it, so 16 non-space bytes in the prefix decide as the whole would.
    static func opensWithOpener(_ paragraph: ArraySlice<Character>) -> Bool {
        let head = paragraph.prefix(64)
        if head.count < paragraph.count {
            let s = String(head)
            let plain = !s.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "\\") }
            if plain {
                var r = ByteReader(Array(s.folded.utf8))
                r.skipSpaces()
                var solid = 0
                for i in r.position..<r.bytes.count where !ByteReader.isSpace(r.bytes[i]) {
                    solid += 1
                    if solid == 16 { break }
                }
                if solid == 16 { return Self.openers.contains { r.phraseEnd($0, at: r.position) != nil } }
            }
        }
        return opensWithOpenerByWholeFold(paragraph)
    }

    /// The reference form of `opensWithOpener`: the whole paragraph folded.
    static func opensWithOpenerByWholeFold(_ paragraph: ArraySlice<Character>) -> Bool {
        var r = ByteReader(Array(String(paragraph).folded.utf8))
        r.skipSpaces()
        return Self.openers.contains { r.phraseEnd($0, at: r.position) != nil }
    }

    /// `Quy định số 19-QĐ/TU`, right after the verb: a type word, `số` and an id, read as the id alone.
    static func issuedNumber(_ chars: [Character], _ fl: [UInt8], after start: Int) -> DocumentID? {
        let reader = ByteReader(fl)
        // `Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL …, cụ thể như sau:` (real: Bắc Kạn's Justice Department,
        // 2020): a letter named `văn bản`, numbered by its office's code, which no type code checks.
        let letter = reader.phraseEnd("van ban", at: start)
        let word = letter == nil ? TypeCodes.words.first(where: { reader.phraseEnd($0.folded, at: start) != nil }) : nil
        guard var k = letter ?? word.flatMap({ reader.phraseEnd($0.folded, at: start) }) else { return nil }
        while k < fl.count, fl[k] == 0x20 { k += 1 }
        guard let so = reader.phraseEnd("so", at: k) else { return nil }
        k = so
        while k < fl.count, fl[k] == 0x20 || fl[k] == UInt8(ascii: ":") { k += 1 }
        var e = k
        while e < fl.count, fl[e] != 0x20, fl[e] != UInt8(ascii: ","), fl[e] != UInt8(ascii: ";") { e += 1 }
        while e > k, fl[e - 1] == UInt8(ascii: ".") { e -= 1 }
        guard e > k, let id = DocumentID(parsing: String(chars[k..<e])), id.form != .named else { return nil }
        if letter != nil { return id.form == .state && !TypeCodes.isKnownCode(id.typeCode.folded) ? id : nil }
        return id.typeCode == word?.code ? id : nil
    }

    /// Words of tense and manner between a body and its verb.
    /// (`tiếp tục` as a pair: `Ban Tiếp công dân` is a body.)
    static let tenseWords: Set<String> = ["đã", "sẽ", "đang", "cũng", "vừa", "mới", "kịp"]

    /// Words no body's name holds: a verb of its own, a noun's marker, a plural.
    static let notBodyWords: Set<String> = ["các", "những", "có", "việc", "sự", "là", "được", "bị", "cho", "tại"]

    /// Clause verbs that open a paragraph of this text's own voice, folded.
    static let openers = ["thuc hien", "can cu", "xem xet", "qua ", "tren co so", "theo ", "de ", "nham "]

    /// Verbs whose subject, in an opening sentence, is the issuing body; folded, with a space on each side.
    /// `… Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:` (evaluation batch 37): a letter's answer names its sender too;
    /// `Sở Tài chính có ý kiến tại Công văn số …` reports another's (reviewer, session 26).
    static let openingVerbs = [" xay dung ", " ban hanh ", " ket luan ", " quyet dinh ", " thong bao ", " dinh huong ",
                                       " da thao luan ", " huong dan ", " de nghi ", " yeu cau ", " chi dao ",
                                       " co y kien nhu sau ", " co y kien chi dao nhu sau "]
}

/// The province or city a local document belongs to.
enum Locality {
    /// The place named most often after `Tỉnh`, `Tỉnh ủy`, `Thành phố` or `Thành ủy`: triggers are
    /// found in the folded bytes, and only the few words after one are decoded.
    ///
    /// Both triggers start with `t`: each `t` is found with `memchr`, and the bytes between are passed
    /// over (asking each of them was 12.7 M instructions on 100 plan-heavy documents, callgrind).
    /// `find(_:lines:askingEveryByte:)` with `true` is the form it is held to (`FifteenthPassShortcutTests`); it
    /// also reads every place again rather than remembering it (`readablePlace`, `SixteenthPassShortcutTests`).
    static func find(_ text: FoldedText, lines: Range<Int>, askingEveryByte: Bool = false) -> String? {
        var counts: [String: Int] = [:]
        // Where each place is first named: a tie goes to the first, the header's (`ĐẢNG BỘ TỈNH GIA LAI` over one `UBND tỉnh
        // Bình Định` in the text: red team, round 25, c1b).
        var first: [String: Int] = [:]
        let b = text.bytes
        for k in lines {
            let r = text.foldedRange(ofLine: k)
            var i = r.lowerBound
            while i < r.upperBound {
                if !askingEveryByte {
                    guard let t = ByteReader.firstIndex(of: UInt8(ascii: "t"), in: b, i..<r.upperBound) else { break }
                    i = t
                }
                // Both triggers start with `t`: test that byte before any phrase matching. Then `ti` `n` or
                // `th` `a` (`tinh`, `thanh`) before the call: most words opening with `t` are neither (`thực`,
                // `trong`, `tại`; callgrind, 100 plan-heavy documents: 35,000 calls, 7.7 M, to say no).
                guard b[i] == UInt8(ascii: "t"), i == r.lowerBound || !ByteReader.isLetter(b[i - 1]),
                      askingEveryByte || (i + 2 < r.upperBound && (b[i + 1] == UInt8(ascii: "i") ? b[i + 2] == UInt8(ascii: "n")
                                                                   : b[i + 1] == UInt8(ascii: "h") && b[i + 2] == UInt8(ascii: "a"))),
                      let after = trigger(b, at: i, end: r.upperBound) else { i += 1; continue }
                // `TÌNH HÌNH MỚI` folds as `TỈNH …` does: only `tỉnh` (or `tinh` written without
                // marks) names a province.
                if b[i + 1] == UInt8(ascii: "i"), !isProvinceVowel(text.original, at: Int(text.origin[i + 1])) { i = after; continue }
                // A province merged away (`tỉnh Hải Dương (cũ)`); a city's or town's former committee (`Thành ủy Cẩm Phả
                // (cũ)`, now a ward's) still places the ids it numbered, which its successor cites.
                if !(b[i + 1] == UInt8(ascii: "i") && namesFormerUnit(b, from: after, lineEnd: r.upperBound)),
                   let written = name(text, folded: after, lineEnd: r.upperBound), let place = askingEveryByte ? Self.readablePlaceReadingAgain(written) : Self.readablePlace(written),
                   // `Phó Chủ tịch UBND tỉnh Lại Thanh Sơn` (header census 2, 117): after `tỉnh` only a province is a place, and
                   // the provinces are all known; a name the table does not hold is a person's.
                   b[i + 1] != UInt8(ascii: "i") || AdministrativeUnits.place(named: place) != nil {
                    counts[place, default: 0] += 1
                    if first[place] == nil { first[place] = i }
                }
                i = after
            }
        }
        // A name the line cut (`Ban Tổ chức Tỉnh ủy Thanh` / `Hóa`) ties with the whole one (`TỈNH THANH HÓA`,
        // spelled `Thanh Hóa`): the longer wins a tie; between two places, the one named first.
        return counts.max { a, b in
            if a.value != b.value { return a.value < b.value }
            if a.key.hasPrefix(b.key) || b.key.hasPrefix(a.key) { return a.key.count < b.key.count }
            // A known place beats a name no table holds (`THÀNH PHỐ V/V PHÊ DUYỆT …` read as a city `V`).
            let knownA = AdministrativeUnits.place(named: a.key) != nil, knownB = AdministrativeUnits.place(named: b.key) != nil
            if knownA != knownB { return knownB }
            return (first[a.key] ?? 0) > (first[b.key] ?? 0)
        }?.key
    }

    /// Whether the place's name at `from` is marked `(cũ)`: a unit merged away (`… của UBND tỉnh Hải Dương (cũ)`), which a
    /// text of the unit it joined cites; a province so marked says where the text is not (red team, round 20 r9: a
    /// commune's and a department's texts of the new Hải Phòng were placed in the old province they cite, so their
    /// citations of their own committees dangled; round 19 the same of Bình Thuận).
    static func namesFormerUnit(_ b: [UInt8], from: Int, lineEnd: Int) -> Bool {
        var k = from
        let end = min(lineEnd, from + 48)
        while k < end, ByteReader.isLetter(b[k]) || b[k] == 0x20 || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k + 3 < lineEnd, b[k] == UInt8(ascii: "(") else { return false }
        return b[k + 1] == UInt8(ascii: "c") && b[k + 2] == UInt8(ascii: "u") && b[k + 3] == UInt8(ascii: ")")
    }

    /// The one district a commune's text names (`… của Ủy ban nhân dân huyện Phú Lương`, `Huyện ủy Phú
    /// Lương`, `HĐND thị xã Ninh Hòa`) when its header names none (`ỦY BAN NHÂN DÂN` / `XÃ TỨC TRANH`): a commune's texts speak
    /// of their own district. Nil when the text names none, several, or one of another province.
    static func districtNamed(_ text: FoldedText, lines: Range<Int>, province: AdministrativeUnits.Place?) -> String? {
        var found: Set<String> = []
        let b = text.bytes
        // `huyện`, and a town's or an urban district's (`thị xã Ninh Hòa`, `Thị ủy Ninh Hòa`, red team, round 11).
        let tiers: [(folded: String, written: String, committee: String)] = [("huyen", "huyện", "uy"), ("thi xa", "thị xã", ""), ("thi", "thị xã", "uy"), ("quan", "quận", "uy")]
        for k in lines {
            let r = text.foldedRange(ofLine: k)
            var i = r.lowerBound
            while i < r.upperBound {
                let c = b[i]
                guard c == UInt8(ascii: "h") || c == UInt8(ascii: "t") || c == UInt8(ascii: "q"), i == r.lowerBound || !ByteReader.isLetter(b[i - 1]) else { i += 1; continue }
                var reader = ByteReader(b, from: i, end: r.upperBound)
                var tier: String?
                for t in tiers {
                    var attempt = reader
                    guard attempt.matchWord(t.folded) else { continue }
                    attempt.skipSpaces()
                    // `thị` and `quận` alone are no tier: only `Thị ủy`, `Quận ủy`, or `quận` before a name.
                    if attempt.matchWord("uy") { attempt.skipSpaces() } else if !t.committee.isEmpty, t.folded != "huyen", t.folded != "quan" { continue }
                    reader = attempt
                    tier = t.written
                    break
                }
                guard let tier else { i += 1; continue }
                if let written = name(text, folded: reader.position, lineEnd: r.upperBound),
                   let p = AdministrativeUnits.place(named: tier + " " + written), p.isDistrict,
                   province.map({ $0.province == p.province }) ?? true {
                    found.insert(p.name)
                }
                i = max(reader.position, i + 1)
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The district a commune's header names above it (`ĐẢNG BỘ HUYỆN CƯ M'GAR`, `UBND HUYỆN MỸ TÚ`,
    /// `HUYỆN ỦY …`), placed in the table: its name, or for a name several provinces share
    /// (`ĐẢNG BỘ HUYỆN PHÚ TÂN`) `Phú Tân, Cà Mau` when the text names the province, else the name
    /// alone. Nil when the header names no district, or one of another province than the text's.
    static func districtAbove(_ header: [String], province: AdministrativeUnits.Place?) -> String? {
        for line in header {
            let body = IssuingBody(IssuingBodies.canonical(line))
            guard body.tier == .district else { continue }
            if let p = body.administrativePlace, p.isDistrict {
                return province.map { $0.province == p.province } ?? true ? p.name : nil
            }
            if let shared = body.sharedDistrictPlace(province: province?.province) { return shared }
        }
        return nil
    }

    /// Whether the vowel of `t?nh` at original offset `o` is the `ỉ` of `tỉnh`: `ỉ`/`Ỉ` precomposed,
    /// `i` with a combining hook above, or `i` with no mark at all (text typed without marks).
    static func isProvinceVowel(_ o: [UInt8], at p: Int) -> Bool {
        guard p < o.count else { return false }
        if o[p] == UInt8(ascii: "i") || o[p] == UInt8(ascii: "I") {
            // A combining mark after it (U+0300–U+036F: 0xCC 0x80 … 0xCD 0xAF) must be the hook (U+0309).
            guard p + 2 < o.count, o[p + 1] == 0xCC || o[p + 1] == 0xCD else { return true }
            return o[p + 1] == 0xCC && o[p + 2] == 0x89
        }
        // U+1EC8 `Ỉ`, U+1EC9 `ỉ`: E1 BB 88 / E1 BB 89.
        return p + 2 < o.count && o[p] == 0xE1 && o[p + 1] == 0xBB && (o[p + 2] == 0x88 || o[p + 2] == 0x89)
    }

    /// `QUẢNG NAM` (a header's capitals) → `Quảng Nam`, as `Quảng Nam` in prose: one place, one spelling.
    static func readable(_ name: String) -> String {
        guard !name.contains(where: \.isLowercase) else { return name }
        return name.lowercased().capitalisedWords
    }

    /// After `tinh [uy]`, `thanh pho` or `thanh uy` and the spaces that follow, or nil.
    /// A tab ends a cell: `… của UBND tỉnh<TAB>Sở Công Thương<TAB>Quý IV/2026` (a task row) names no place
    /// `Sở Công Thương`, so only spaces are passed over.
    private static func trigger(_ b: [UInt8], at i: Int, end: Int) -> Int? {
        var r = ByteReader(b, from: i, end: end)
        func skipBlanks() { while r.position < end, b[r.position] == 0x20 { r.position += 1 } }
        if r.matchWord("tinh") {
            skipBlanks()
            if r.matchWord("uy") { skipBlanks() }
            return r.position
        }
        if r.matchWord("thanh") {
            skipBlanks()
            guard r.matchWord("pho") || r.matchWord("uy") else { return nil }
            skipBlanks()
            return r.position
        }
        return nil
    }

    /// The words `name` keeps, as ranges of original bytes, read without decoding a string when
    /// every scalar up to them is plain: printable ASCII but markup (`<`, `*`, `\`), U+00A1–U+02FF,
    /// U+1E00–U+1EFF (each one character, never white space), and ASCII white space. Tidying
    /// leaves such text as it is but for collapsing white space, so its words are the runs between
    /// white space, and each word's letters are its leading scalars that are letters. Nil when
    /// anything else comes first (markup, marks, other scripts, the window's end inside a
    /// scalar): then the tidied string decides (callgrind: 25,000 instructions a trigger, 5 % of
    /// plan-heavy extraction, before).
    static func plainWords(_ o: [UInt8], from start: Int, end: Int, askingCharacters: Bool = false) -> [Range<Int>]? {
        // 0: white space, 1: plain, 2: anything else.
        func scalar(at i: Int) -> (kind: Int, value: UInt32, length: Int)? {
            let x = o[i]
            if x < 0x80 {
                if x == 0x20 || (x >= 0x09 && x <= 0x0D) { return (0, UInt32(x), 1) }
                let plain = x > 0x20 && x < 0x7F && x != UInt8(ascii: "<") && x != UInt8(ascii: "*") && x != UInt8(ascii: "\\")
                return (plain ? 1 : 2, UInt32(x), 1)
            }
            let length = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : 2
            guard x >= 0xC2, i + length <= end else { return nil }
            var v = UInt32(x) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { v = v << 6 | UInt32(o[i + k] & 0x3F) }
            let plain = (v >= 0xA1 && v < 0x300) || (v >= 0x1E00 && v < 0x1F00)
            return (plain ? 1 : 2, v, length)
        }
        var words: [Range<Int>] = []
        var i = start
        while words.count < 3 {
            // White space before a word: tidying drops or collapses it.
            while i < end {
                guard let s = scalar(at: i), s.kind != 2 else { return nil }
                if s.kind == 1 { break }
                i += s.length
            }
            guard i < end else { break }
            // `BÀ RỊA -VŨNG TÀU`, `BÀ RỊA- VŨNG TÀU` (reviewer, session 25): a dash spaced on one side may sit inside a
            // place's name too; `name` decides.
            if o[i] == 0x2D, !words.isEmpty { return nil }
            let wordStart = i
            var lettersEnd = i
            var wordGoesOn = false
            while i < end {
                guard let s = scalar(at: i), s.kind != 2 else { return nil }
                if s.kind == 0 { break }
                if s.value == 0x2D, i > wordStart, i + 1 >= end || o[i + 1] == 0x20 { return nil }
                // `BÀ RỊA-VŨNG TÀU`: a hyphen between capitals joins the halves of one name.
                if s.value == 0x2D, i > wordStart, i + 1 < end, let next = scalar(at: i + 1), next.kind == 1,
                   plainScalarIs(next.value, uppercase: true, askingCharacters: askingCharacters) { i += 1; continue }
                guard plainScalarIs(s.value, uppercase: false, askingCharacters: askingCharacters) else { wordGoesOn = true; break }
                if i == wordStart, !plainScalarIs(s.value, uppercase: true, askingCharacters: askingCharacters) { return words }
                i += s.length
                lettersEnd = i
            }
            // `BÀ RỊA - VŨNG TÀU`: a spaced dash after a word may sit inside a place's name, which `name` decides.
            if lettersEnd == wordStart, o[wordStart] == 0x2D, !words.isEmpty, wordStart + 1 < end, o[wordStart + 1] == 0x20 { return nil }
            guard lettersEnd > wordStart else { return words }
            words.append(wordStart..<lettersEnd)
            if wordGoesOn { break }
        }
        return words
    }

    /// Whether the plain scalar `v` (printable ASCII, U+00A1–U+02FF, U+1E00–U+1EFF: `plainWords`' kind 1) is, as a
    /// character, a letter (`uppercase: false`) or an upper-case one: from `plainScalarFlags`, made once from the
    /// characters' own properties (issue #12, twenty-first pass: a `Character` made and asked for every scalar of the
    /// words after a trigger was 4.7 M instructions on 400 other-hands documents). `askingCharacters`: as before.
    @inline(__always)
    static func plainScalarIs(_ v: UInt32, uppercase: Bool, askingCharacters: Bool = false) -> Bool {
        if !askingCharacters {
            // ASCII: a letter is `A`–`Z` or `a`–`z`, an upper-case one `A`–`Z`.
            if v < 0x80 { return uppercase ? v &- 0x41 < 26 : (v | 0x20) &- 0x61 < 26 }
            // The Latin letters Vietnamese writes (U+00C0–U+01BF, U+1EA0–U+1EF9): flags made once.
            if v >= 0xC0, v < 0x1C0 { return plainScalarFlags[Int(v - 0xC0)] & (uppercase ? 2 : 1) != 0 }
            if v >= 0x1EA0, v < 0x1F00 { return plainScalarFlags[Int(v - 0x1EA0 + 0x100)] & (uppercase ? 2 : 1) != 0 }
        }
        guard let u = Unicode.Scalar(v) else { return false }
        return uppercase ? Character(u).isUppercase : Character(u).isLetter
    }

    /// For each scalar of U+00C0–U+01BF (at its offset) and of U+1EA0–U+1EFF (at 0x100 + its offset): 1 when it is a
    /// letter as a character, 2 when an upper-case one.
    static let plainScalarFlags: [UInt8] = (0..<0x160).map { k in
        guard let u = Unicode.Scalar(UInt32(k < 0x100 ? k + 0xC0 : k - 0x100 + 0x1EA0)) else { return 0 }
        let c = Character(u)
        return (c.isLetter ? 1 : 0) | (c.isUppercase ? 2 : 0)
    }

    /// A word's leading letters, a hyphen between capitals included (`RỊA-VŨNG` of `BÀ RỊA-VŨNG TÀU`).
    static func nameLetters(_ word: Substring) -> Substring {
        var end = word.startIndex
        while end < word.endIndex {
            if word[end].isLetter { end = word.index(after: end); continue }
            let next = word.index(after: end)
            guard word[end] == "-", end > word.startIndex, next < word.endIndex, word[next].isLetter, word[next].isUppercase else { break }
            end = next
        }
        return word[..<end]
    }

    /// Up to three capitalised words of the original text from folded offset `i`.
    /// `… CỦA TỈNH ỦY VỀ GIẢM NGHÈO …`: in a title in capitals every word looks like a name, so a
    /// name there must be a place the table knows (its name, without what the line ran on into:
    /// `THANH HÓA<br>BAN …`); `về`, `của`, `và` start none anywhere.
    /// `readable(place(written))`, remembered by the written name's bytes: a function of them alone (the
    /// tables of places and family names), asked of every name after a trigger, and the same few names
    /// come again in every document of a place (callgrind, 100 plan-heavy documents: 665 readings, 9.2 M,
    /// 13,800 instructions each). `readablePlaceReadingAgain` is the form it is held to.
    static func readablePlace(_ written: String) -> String? {
        placeReadings.value(of: written, readablePlaceReadingAgain)
    }

    private static let placeReadings = NameReadings<String?>(capacity: 4_096)

    /// `readablePlace` read again each time, as before issue #12's sixteenth pass.
    static func readablePlaceReadingAgain(_ written: String) -> String? {
        place(written).map(readable)
    }

    private static func place(_ name: String) -> String? {
        let first = String(name.prefix { $0 != " " }).folded
        if ["ve", "cua", "va", "ban", "tai", "theo", "khoa", "lan", "nam", "trong", "tren", "nhiem"].contains(first) { return nil }
        if name.count > 3, DocumentSplitter.isUpperCase(name) { return AdministrativeUnits.place(named: name)?.name }
        // `Phó Chủ tịch UBND tỉnh Nguyễn Văn Tuấn`: a person named after the office, not a province (batch 15).
        if AdministrativeUnits.place(named: name) == nil, Self.familyNames.contains(first), name.split(separator: " ").count >= 2 { return nil }
        return name
    }

    /// The commonest Vietnamese family names, folded: no province's name starts with one.
    private static let familyNames: Set<String> = ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
                                                    "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "doan", "lam", "mai", "trinh"]

    private static func name(_ text: FoldedText, folded i: Int, lineEnd: Int) -> String? {
        // A tab or a cell's bar after `tỉnh` ends its cell: what follows is another column.
        guard i < lineEnd, text.bytes[i] != 0x09, text.bytes[i] != UInt8(ascii: "|") else { return nil }
        // `các tỉnh ủy, thành ủy`, `tỉnh ủy xây dựng`: when the first character is certainly not
        // an upper-case letter, no name follows, and nothing is decoded.
        if OriginalCase.isUpperCase(text.original, at: Int(text.origin[i])) == false { return nil }
        let start = Int(text.origin[i]), end = min(Int(text.origin[lineEnd]), start + 160)
        if let words = plainWords(text.original, from: start, end: end) {
            let name = beforeMotto(words.map { String(decoding: text.original[$0], as: UTF8.self) })
            guard !name.isEmpty, !(name.count == 1 && ["Ủy", "Uỷ", "Đảng"].contains(name[0])) else { return nil }
            return name.joined(separator: " ")
        }
        // Only the first three words count. Tidying reads left to right and what follows an ASCII
        // byte can join no character before it, so a window cut before an ASCII byte tidies to
        // the same first characters; when it holds four words, their first three are the
        // whole piece's. Otherwise the whole 160 bytes are tidied (callgrind: 27,000
        // instructions a trigger, 6 % of the plan-heavy shape's extraction, before).
        func firstWords(_ bytes: ArraySlice<UInt8>, _ splits: Int) -> [Substring] {
            IssuingBodies.spacingDashes(FoldedText.tidy(String(decoding: bytes, as: UTF8.self))).split(separator: " ", maxSplits: splits)
        }
        var cut = start + 64
        while cut < end, text.original[cut] >= 0x80 { cut += 1 }
        var words = cut < end ? firstWords(text.original[start..<cut], 4) : []
        if words.count < 4 { words = firstWords(text.original[start..<end], 4) }
        // Seven words only for a name with a spaced dash in its first four (`BÀ RỊA - VŨNG TÀU`).
        if words.prefix(4).contains(where: { $0 == "-" || $0 == "–" }) { words = firstWords(text.original[start..<end], 6) }
        var name: [Substring] = []
        // `TỈNH BÀ RỊA - VŨNG TÀU`, `Thừa Thiên - Huế`: a spaced dash inside a place's name, kept when the whole
        // is a place the table spells with it (read up to the dash it was `Bà Rịa`, a town of the province).
        var dash: Int?
        // At most seven words are looked at: the rest of the piece is not split.
        for (k, word) in words.enumerated() {
            if dash == nil, word == "-" || word == "–", !name.isEmpty, k + 1 < words.count, words[k + 1].first?.isUppercase == true {
                dash = name.count
                name.append("-")
                continue
            }
            // `Cai;` ends the name `Lào Cai` as well as `Cai` would.
            let letters = Self.nameLetters(word)
            guard name.count < (dash == nil ? 3 : 6), let c = letters.first, c.isUppercase else { break }
            name.append(letters)
            if letters.count < word.count { break }
        }
        if let d = dash {
            let whole = name.map { $0 == "–" ? "-" : String($0) }.joined(separator: " ")
            if AdministrativeUnits.dashedName(startingWith: whole.folded) == nil { name.removeSubrange(min(d, 3)...) }
        }
        let kept = beforeMotto(name.map(String.init))
        guard !kept.isEmpty, !(kept.count == 1 && ["Ủy", "Uỷ", "Đảng"].contains(kept[0])) else { return nil }
        return kept.joined(separator: " ")
    }

    /// A place's words up to the motto a scan's text ran onto the header's line (`TỈNH NINH THUẬN Độc lập
    /// - Tự do - Hạnh phúc`, `… CỘNG HÒA XÃ HỘI …`, `… ĐẢNG CỘNG SẢN VIỆT NAM`), or up to the number line a cell's
    /// break ran onto it (`THÀNH ỦY CẨM PHẢ<br>\*<br>Số 310-BC/ThU`, a Word cell's paragraphs; red teams, rounds 16
    /// and 17): no place is called so.
    private static func beforeMotto(_ words: [String]) -> [String] {
        let folded = words.map(\.folded)
        guard let cut = folded.indices.first(where: { k in
            folded[k] == "doc" || folded[k] == "so" || k + 1 < folded.count && (folded[k] == "cong" && folded[k + 1] == "hoa" || folded[k] == "dang" && folded[k + 1] == "cong")
        }) else { return words }
        return Array(words[..<cut])
    }
}

extension DocumentIdentity {
    /// What a decision issues with itself, from its own words (`Điều 1. Ban hành kèm theo Quyết định này
    /// Quy định cưỡng chế thực hiện …`): the kind's code and word, and the title; nil when `lines` say
    /// nothing of the kind. A text issued so, whose caption gives only the decision's number, is that
    /// kind (real: Đồng Tháp 27/2017/QĐ-UBND, Gia Lai 485/QĐ-UBND).
    static func issuedKind(_ text: FoldedText, lines: Range<Int>, typeCode: String) -> (code: String, word: String, title: String)? {
        guard let own = TypeCodes.words.first(where: { $0.code == typeCode })?.folded else { return nil }
        let phrase = "kem theo \(own) nay "
        for k in lines where k >= 0 && k < text.lineCount {
            let range = text.foldedRange(ofLine: k)
            let reader = ByteReader(text.bytes, from: range.lowerBound, end: range.upperBound)
            guard let at = reader.firstIndex(of: phrase), let after = reader.phraseEnd(phrase, at: at) else { continue }
            guard let kind = TypeCodes.words.first(where: { reader.phraseEnd($0.folded, at: after) != nil }), kind.code != typeCode || kind.folded != own else { continue }
            var end = after
            while end < range.upperBound, text.bytes[end] != UInt8(ascii: "."), text.bytes[end] != UInt8(ascii: ";") { end += 1 }
            let title = TextSegment(text, range: after..<end).originalText(0..<(end - after)).trimmingCharacters(in: " ,:")
            let word = TextSegment(text, range: after..<end).originalText(0..<kind.folded.utf8.count)
            return (kind.code, word.sentenceCased, title)
        }
        return nil
    }
}

extension DocumentRecord {
    /// A text issued with a decision in the same file (its caption: `Ban hành kèm theo Quyết định
    /// số 36/2010/QĐ-UBND … của Uỷ ban nhân dân tỉnh`) is the decision's body's: where its caption
    /// names that body without its place, or not at all, the decision's header says which it is.
    mutating func takeIssuer(from issuing: DocumentRecord) {
        if let own = issuer?.folded, let full = issuing.issuer?.folded {
            guard full.hasPrefix(own) else { return }
            issuer = issuing.issuer
        } else if issuer == nil {
            issuer = issuing.issuer
        }
        if locality == nil { locality = issuing.locality }
        if numberingPlace == nil { numberingPlace = issuing.numberingPlace }
        if date == nil { date = issuing.date }
    }
}
