#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the surroundings of a stretch of text say about the citations in it: a task row's
/// deadline and lead unit make them planned.
struct TaskContext: Sendable {
    var deadline: Deadline?
    var leadUnit: String?
}

/// What the scanner needs to know about the document it reads.
struct ScanContext: Sendable {
    var fileName: String
    var documentIndex: Int
    /// The citing document; for a document without a number, its title as a named id.
    var document: DocumentID?
    var documentTypeCode: String?
    /// The document's own issuer, as its header names it.
    var documentIssuer: String?
    /// The document's own date, from its header.
    var documentDate: SimpleDate?
    /// The first day the enclosing document is in force (its effect clause's day, when that is before its signing: a
    /// decision of 10/01/2026 in force from 01/01/2026 ends another from that day; reviewer, session 29).
    var documentInForce: SimpleDate?
    /// The document is a draft (`DraftMark`): what it would revise, it proposes.
    var isDraft = false
    /// Folded byte range of the document's title (see `DocumentRecord.titleLines`), if known.
    var title: Range<Int>?
    /// The document's title, folded: a document named by kind and this subject is this one
    /// (`CHƯƠNG TRÌNH Công tác tổ chức xây dựng đảng năm 2026` … `thực hiện Chương trình công tác
    /// tổ chức xây dựng đảng năm 2026`).
    var ownSubject: String?
    /// Parts of the segment that are tasks (planned), with their deadline and lead unit.
    var tasks: [(range: Range<Int>, context: TaskContext)] = []
    /// The document a table's row is about, named in an earlier cell of the row: the subject of a passive revision that
    /// opens a later cell (`Bị thay thế bởi Nghị quyết số …` in a list of documents no longer in force).
    var rowSubject: Citation?
    /// Short names defined by `(sau đây gọi tắt là …)`, folded, and the ids they stand for.
    var aliases: [(folded: String, id: DocumentID)] = []
    /// Ids seen so far in the document, so that a short re-mention (`Quy định 132`,
    /// `Chỉ thị số 35`) resolves to the full id it stands for.
    var seen: [Int: [DocumentID]] = [:]
    /// The congress's resolution named last (`Nghị quyết Đại hội Đảng bộ xã lần thứ XIII`), which a bare `Nghị
    /// quyết Đại hội` after it re-mentions.
    var lastCongressResolution: String?
    /// State documents named by kind, bare number and body so far (`stateNumbered`), for their bare re-mentions.
    var stateNumbered: [StateNumber: DocumentID] = [:]
    /// What the reader should know about forms read with a correction, or not read.
    var notes: [Diagnostic] = []
}

/// A kind's code and a bare number (`NQ`, 19): how a text re-mentions a document it named by number and body.
struct StateNumber: Hashable {
    var code: String
    var number: Int
}

/// Finds the citations in a text segment and reads their metadata, relation and modality.
///
/// It works in two passes over folded bytes. The first finds mentions: identifiers (with
/// compact lists `số 18, 19-NQ/TW`), named documents and self-references. The second walks
/// them in order and decides, from the text between a mention and the one before it, whether
/// the mention is a sibling in a list (it shares the relation), nested in the previous
/// citation's description (the previous document cites it), or the start of a new clause.
enum CitationScanner {
    private enum Kind { case identifier, named, selfReference, alias, shortForm }

    private struct Mention {
        var start: Int
        var idRange: Range<Int>
        var id: DocumentID
        var typeWord: String?
        var kind: Kind
        var date: SimpleDate?
        /// For the leading numbers of a compact list (`18` in `số 18, 19-NQ/TW`): the range of
        /// the full id that ends the list, whose date, issuer and term they share.
        var listEnd: Range<Int>?
        /// Written `…/TƯ` (see `IdentifierMatch.writtenTU`).
        var writtenTU = false
        /// For a law named inside an amending law's name: that name's range (it amends this law).
        var namedIn: Range<Int>? = nil
        /// For a law cited by number after its name (`Luật Đất đai số 45/2013/QH13`): the name.
        var lawName: String? = nil
        /// An amending law cited by number after its name: the mention starts at that name.
        var startsAmendingName = false
    }

    /// Whether a mention (its kind, `số` and number) stands alone in a bracket: `(Nghị quyết số 03-NQ/TU)`,
    /// `(Quyết định số⏎284/QĐ-UBND)`, `(Nghị quyết số 04)`.
    static func isBracketedAlone(_ b: [UInt8], _ mention: Range<Int>) -> Bool {
        var i = mention.lowerBound
        while i > 0, ByteReader.isSpace(b[i - 1]) { i -= 1 }
        guard i > 0, b[i - 1] == UInt8(ascii: "(") else { return false }
        var j = mention.upperBound
        while j < b.count, ByteReader.isSpace(b[j]) { j += 1 }
        return j < b.count && b[j] == UInt8(ascii: ")")
    }

    private enum Link { case first, sibling, nested, listAfterSeparator, independent, clauseSibling, bracketItem }

    private struct Done {
        var index: Int          // into result
        var metaEnd: Int
        var end: Int
        var topLevel: Int       // index into result of the clause's top-level citation
        var explicitRelation: Bool
        var runStart: Int       // index into `done` of the first of a run of `và`-joined siblings
        var start: Int          // where the mention (its type word) starts
    }

    /// Scans a stand-alone line (an appendix line) without document context.
    static func scanStandalone(_ segment: TextSegment) -> [Citation] {
        scan(segment, ScanContext(fileName: "", documentIndex: 0, document: nil, documentTypeCode: nil))
    }

    static func scan(_ seg: TextSegment, _ ctx: ScanContext) -> [Citation] {
        var ctx = ctx
        return scan(seg, &ctx)
    }

    /// Scans a segment; alias definitions found are added to `ctx` for later segments.
    static func scan(_ seg: TextSegment, _ ctx: inout ScanContext) -> [Citation] {
        let aliasPhrases = AliasPhrases(seg)
        let mentions = findMentions(seg, aliasPhrases, &ctx)
        var result: [Citation] = []
        var done: [Done] = []
        var listMembers: [(citation: Int, listEnd: Range<Int>)] = []
        /// Quoted replacement wording (`… như sau:` / `“…”`), found once per segment when first needed.
        var quotedWording: [Range<Int>]?
        /// Enumerated lists and the verb that opens each, found once per segment when first needed.
        var openLists: [(range: Range<Int>, relation: Relation)]?
        var citationOfIdRange: [Range<Int>: Int] = [:]
        // A numbered amending law's citation by where its name starts: the laws it names find it there.
        var citationOfAmendingName: [Int: Int] = [:]
        // The last passive revision read: what it revised and its agent's citation (`X đã được bãi bỏ tại Y và được thay
        // thế bởi Z`: Z's passive has X for subject too).
        var lastPassive: (revised: Int, agent: Int, ground: Bool)?
        let b = seg.bytes
        defer {
            for m in mentions where m.kind == .identifier { if let n = Int(m.id.number) { ctx.seen[n, default: []].append(m.id) } }
        }
        var erroneous: [Range<Int>]?
        for (j, mention) in mentions.enumerated() {
            var m = mention
            // `Đã ghi: "Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022 …"` in a correction: the wording it
            // corrects, wrong on purpose; this text cites nothing there (red team, round 15, false alarm 1).
            if erroneous == nil { erroneous = Self.mayQuoteWrongWording(b) ? correctionQuotes(b).filter(\.wrong).map(\.range) : [] }
            if erroneous!.contains(where: { $0.contains(m.start) }) { continue }
            let nextStart = j + 1 < mentions.count ? mentions[j + 1].start : b.count
            // A law numbered inside an amending law's name: the date and issuer after it are the amending law's.
            let meta = (m.kind == .identifier || m.kind == .shortForm) && m.namedIn == nil ? parseMetadata(seg, from: m.idRange.upperBound, limit: nextStart)
                : Metadata(metaEnd: m.idRange.upperBound, end: m.idRange.upperBound)
            if m.writtenTU {
                let written = seg.originalText(m.idRange)
                if let own = ctx.document, own.form == .party, own.issuerCode == "TU", own.number == m.id.number, own.typeCode == m.id.typeCode {
                    m.id = own  // the document's own number line, already read as the province's
                } else if let issuer = meta.issuer, [.province, .city].contains(IssuerLevel.of(issuer: issuer)) {
                    m.id = DocumentID(party: m.id.number, typeCode: m.id.typeCode, issuerCode: "TU")
                    ctx.notes.append(Diagnostic(.note, at: seg.location(of: m.idRange.lowerBound, fileName: ctx.fileName),
                        .localIDReadAsTU(written: written, read: m.id.description, issuer: issuer)))
                } else {
                    ctx.notes.append(Diagnostic(.note, at: seg.location(of: m.idRange.lowerBound, fileName: ctx.fileName),
                        .idReadAsTW(written: written, read: m.id.description)))
                }
            }

            // How this mention links to the previous one.
            var link = Link.first
            var windowStart = max(0, m.start - 200)
            var cause = false
            if let prev = done.last {
                var gapStart = min(prev.metaEnd, m.start)
                // An alias defined after the previous citation (`… (sau đây gọi tắt là Nghị quyết số
                // 20-NQ/TW) và Kế hoạch số 10-KH/TW`) stands aside: the list goes on across it.
                if let alias = aliasPhrases.first(in: gapStart..<m.start), let close = b[alias.lowerBound..<m.start].firstIndex(of: UInt8(ascii: ")")) {
                    gapStart = close + 1
                }
                let gap = b[gapStart..<m.start]
                // (A name before the bracket may be part of the title of a document to come: `Đề án Quy
                // định thi hành Điều lệ Đảng (thay thế Quy định số 294-QĐ/TW …)` in a programme's task.)
                if result[prev.index].isNested, let top = done.first(where: { $0.index == prev.topLevel }), top.metaEnd < m.start,
                   insideOpenBracket(b, top.metaEnd..<m.start) {
                    // `Quyết định số 12/2019/QĐ-UBND … (được sửa đổi, bổ sung tại Quyết định số 25/2021/QĐ-UBND …; hợp nhất
                    // tại Văn bản hợp nhất số 02/VBHN-UBND …)` (red team, round 12): a `;` inside the bracket goes on
                    // describing the document the bracket follows.
                    link = .bracketItem
                    windowStart = b[gapStart..<m.start].lastIndex(of: UInt8(ascii: ";")).map { $0 + 1 } ?? gapStart
                } else if result[prev.index].id.form != .named, let open = revisionAside(b, gapStart..<m.start) {
                    // `Quy định số 58-QĐ/TW, ngày 14/3/2022 của Bộ Chính trị (thay thế Quy định số 96-QĐ/TW …)`:
                    // the bracket says what the cited document did, not what this one does.
                    link = .nested
                    windowStart = open + 1
                } else if let sep = lastSeparator(seg, in: gapStart..<m.start), !describesOnAcrossSemicolon(seg, sep, prev: result[prev.index]) {
                    windowStart = sep + 1
                    // `…, lý do: đã được thay thế bởi Quyết định số …` (reviewer, session 13): the cause names what did it.
                    if b[sep] == UInt8(ascii: ":"), wordEnding(b, at: trimmedEnd(b, before: sep), "ly do") != nil { cause = true }
                    let after = b[(sep + 1)..<m.start]
                    // `…; Công văn số …`, `các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND …`
                    // A list item may carry its name before its number: `…; Luật Đầu tư công số 39/2019/QH14`.
                    // In a `Căn cứ` preamble every `;` item is a basis (`…; ý kiến chỉ đạo của Ban Bí thư
                    // tại Công văn số 1740-CV/VPTW`), unless it has a verb of its own.
                    // `Thực hiện Nghị quyết số 09/NQ-CP …; chỉ đạo của Ban cán sự đảng … tại Công văn số
                    // 571-CV/UBND`: direction received is carried out as the documents before it.
                    let namedItem = b[sep] == UInt8(ascii: ";") && findTrigger(b, window: (sep + 1)..<m.start) == nil
                        && (startsWithTypeWord(after) || result[prev.topLevel].relation == .basedOn
                            || (result[prev.topLevel].relation == .implements && startsWithDirection(b, from: sep + 1))
                            || (result[prev.topLevel].relation == .respondsTo && startsWithOpinion(b, from: sep + 1)))
                    // `Điều 1. Bãi bỏ Nghị quyết số 216/2015/NQ-HĐND ….` / `Lý do: Nghị quyết số 216/2015/NQ-HĐND … không
                    // còn phù hợp` (real: Long An 01/2020/NQ-HĐND), `…. Theo đó, Quyết định số …`: a list goes on inside
                    // its sentence; after a sentence's end, or after `lý do:`, the text says something new.
                    // `Xét đề nghị … tại Tờ trình số 42/TTr-SLĐTBXH …,` / `QUYẾT ĐỊNH:` / `Quyết định 435/QĐ-UBND …`: an
                    // upper-case operative heading ends the preamble's list (a PDF's layer keeps no blank line before it).
                    // `Căn cứ Nghị định số 71/2024/NĐ-CP …;` / `Xét đề nghị của Giám đốc Sở Tài chính; Nghị định số 44/2014/NĐ-CP …
                    // đã hết hiệu lực …` (red team 45): a line opening another clause of the preamble ends the list of bases.
                    let continuesList = !cause && !endsSentence(seg, gapStart..<sep) && !(b[sep] == UInt8(ascii: ":") && upperCaseHeading(seg, colon: sep))
                        && opensPreambleLine(b, gapStart..<sep).map({ line in
                            var r = ByteReader(b, from: line, end: sep)
                            r.skipSpaces()
                            while r.skipBullet() {}
                            return r.phraseEnd("can cu", at: r.position) != nil
                        }) ?? true
                    link = continuesList && (b[sep] == UInt8(ascii: ";") || b[sep] == UInt8(ascii: ",") || b[sep] == UInt8(ascii: ":")) && (onlyConnectors(after) || namedItem) ? .listAfterSeparator : .independent
                    // `… thay thế Quyết định số 15/2020/QĐ-UBND …; trong khi chưa có quyết định mới, Quyết định số 15/2020/QĐ-UBND
                    // tiếp tục được áp dụng` (red team, round 25, c5): a clause of time or condition after the `;` opens a
                    // sentence of its own, whose comma lists nothing.
                    if link == .listAfterSeparator, b[sep] == UInt8(ascii: ","), opensSubordinateClause(b, gapStart..<sep) { link = .independent }
                    // `…. Căn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số 82/2018/NQ-HĐND …`: a new sentence's colon
                    // that opens a list leaves the verb before it in charge, as for a first mention.
                    // `Lý do thu hồi, hủy bỏ: Công văn số …` (real: Bà Rịa 2021) is a cause all the same.
                    if link == .independent, !cause, b[sep] == UInt8(ascii: ":"), onlyConnectors(after) {
                        let clause = max(gapStart, (lastSeparator(seg, in: max(0, sep - 200)..<sep) ?? max(-1, sep - 201)) + 1)
                        var r = ByteReader(b, from: clause, end: sep)
                        r.skipSpaces()
                        if r.phraseEnd("ly do", at: r.position) == nil { windowStart = clause }
                    }
                } else if onlyConnectors(gap) {
                    link = .sibling
                    windowStart = gapStart
                } else if let tail = trailingConnector(b, gapStart..<m.start) {
                    // `… quốc gia và Quyết định số 204-QĐ/TW`: the list goes on after a subject.
                    link = .sibling
                    windowStart = tail
                } else if parallelSource(b, gapStart..<m.start) {
                    // `Xét đề nghị của Trưởng Ban Dân tộc tại Tờ trình số 322/TTr-BDT … và của Giám đốc
                    // Sở Nội vụ tại Tờ trình số 2144/TTr-SNV`: the same frame again, for another body.
                    link = .clauseSibling
                    windowStart = gapStart
                } else if result[prev.index].subject == nil, opensPreambleClause(b, gapStart..<m.start) {
                    // `Thực hiện Kế hoạch số 168/KH-LĐLĐ … của LĐLĐ tỉnh Thanh Hóa, trên cơ sở Kế hoạch số 31/KH-LĐLĐ …`
                    // (real: LĐLĐ huyện Yên Định 34/KH-LĐLĐ, 2021): after a citation that says nothing of its
                    // subject, a comma and a verb of the preamble open the citing document's next clause.
                    link = .independent
                    windowStart = gapStart
                } else if opensPurpose(seg, gapStart..<m.start) {
                    // `Thực hiện Kế hoạch số 1200/KH-UBND … của Ủy ban nhân dân tỉnh, để hướng dẫn thực hiện Quyết định số
                    // 30/2023/QĐ-UBND …, Sở … hướng dẫn như sau` (red team, round 15): the citing document's own purpose.
                    link = .independent
                    windowStart = gapStart
                } else if opensCause(seg, gapStart..<m.start) {
                    // `Bãi bỏ Quyết định số 1520/QĐ-UBND …, do các nội dung đã được lồng ghép vào Kế hoạch số 145/KH-UBND`
                    // (red team, round 9: the plan was read as repealed too): why, not what is done or described.
                    link = .independent
                    windowStart = gapStart
                    cause = true
                } else if let frame = directionAfterDescription(b, gapStart..<m.start) {
                    link = .clauseSibling
                    windowStart = frame
                } else if let line = opensPreambleLine(b, gapStart..<m.start) {
                    // `QUY ĐỊNH` / `sửa đổi, bổ sung … Quy định số 08-QĐ/TU … về trách nhiệm …` / `- Căn cứ Nghị quyết số
                    // 05-NQ/TU …` (red team, round 17: a Word or web page keeps no blank line after the title): a line
                    // that opens with the preamble's verb is this text's clause, never the description's.
                    link = .independent
                    windowStart = line
                } else if opensClauseOfNamedBody(seg, gapStart..<m.start) {
                    link = .independent
                    windowStart = gapStart
                } else if let comma = b[gapStart..<m.start].lastIndex(of: UInt8(ascii: ",")), comma > gapStart,
                          clauseVerbs.contains(where: { ByteReader(b, from: comma, end: m.start).firstIndex(of: $0) != nil }),
                          opensClauseOfNamedBody(seg, comma..<m.start) {
                    // `… Nghị quyết số 20-NQ/TW … về tăng cường công tác bảo vệ, chăm sóc … trong tình hình mới,` / `Ủy ban nhân
                    // dân tỉnh xây dựng Kế hoạch triển khai thực hiện Nghị quyết số 139/NQ-CP` (Real 498: read as the
                    // resolution's description, a cycle): the description ends at the comma before the body's own clause, which has
                    // a verb of its own (`… giao Sở Y tế, Sở Giáo dục và Đào tạo triển khai thực hiện Kế hoạch số 56/KH-BYT` lists
                    // bodies inside the description).
                    link = .independent
                    windowStart = comma + 1
                } else if mainClauseMarker(b, gapStart..<m.start) {
                    // `… gắn với thực hiện Kết luận …` returns to the citing document's own clause.
                    link = .independent
                    windowStart = gapStart
                } else if prev.end >= m.start || gap.count < 160 {
                    link = .nested
                    windowStart = gapStart
                } else {
                    link = .independent
                    windowStart = max(gapStart, m.start - 200)
                }
            } else if let sep = lastSeparator(seg, in: windowStart..<m.start) {
                windowStart = sep + 1
                // `Triển khai các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND …`: a colon
                // that opens a list leaves the verb before it in charge; so does a bracket (`Căn cứ các quy định
                // của pháp luật (Luật Tổ chức chính quyền địa phương; Luật Khiếu nại; …)`, real: An Giang 2020).
                if b[sep] == UInt8(ascii: ":") || b[sep] == UInt8(ascii: "("), onlyConnectors(b[(sep + 1)..<m.start]) {
                    windowStart = (lastSeparator(seg, in: max(0, sep - 200)..<sep) ?? max(-1, sep - 201)) + 1
                }
            }

            let quoted = {
                if quotedWording == nil { quotedWording = replacementQuotes(b) }
                return quotedWording!.contains { $0.contains(m.start) }
            }
            // `cụm từ “…14/2017…” được thay thế bằng cụm từ “…31/2018…”`: a quoted phrase describes no other citation.
            if link == .nested, quoted() { link = .independent }
            // Nothing is nested in the document's own number line or in `Hướng dẫn này`, nor in a congress's
            // papers, which carry no description (`… bản kiểm điểm của BCH Đảng bộ Quận, thông qua báo cáo …`).
            if link == .nested, let prev = done.last,
               result[prev.index].id == m.id || result[prev.index].isSelfReference || NamedDocuments.isCongressPaper(result[prev.index].id) { link = .independent }
            // `Kết luận số 18-KL/TW, ngày 22/9/2017 … về … thực hiện Chỉ thị số 10-CT/TW … và Hướng
            // dẫn số 12-HD/BTCTW, ngày 06/7/2018 …`: after a `và`, a document that the describing
            // document cannot have named (issued after it, or a local document in a central one's
            // description) goes back to the clause's own list.
            // So too after a date (`… Luật Sửa đổi … của Luật Thi đua, Khen thưởng ngày 16/4/2005 và Luật
            // Sửa đổi … ngày 16/11/2013`: the first law's date stands between them).
            if link == .sibling || link == .nested, let prev = done.last, result[prev.index].isNested,
               let describing = result.last(where: { $0.id == result[prev.index].citingDocument && !$0.isNested }) ?? result.first(where: { $0.id == result[prev.index].citingDocument }),
               ((meta.date ?? m.date).map { d in describing.date.map { d > $0 } ?? false } ?? false) || (describing.id.isCentralParty && m.id.isLocal) {
                link = .clauseSibling
            }
            // `thay thế Nghị quyết số 21/2021/NQ-HĐND … quy định chính sách hỗ trợ thực hiện Chương trình … giai đoạn 2022 - 2025
            // và Nghị quyết số 17/2021/NQ-HĐND ngày 08 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Quảng Trị …` (red team,
            // round 29, c2): after `và`, a document of the revised one's kind, dated or placed as it is, is the revision's
            // second object, not the second thing the description names (the named programme before it is another kind).
            if link == .sibling, let prev = done.last, result[prev.index].isNested, !result[prev.topLevel].isNested,
               result[prev.topLevel].relation.isRevision, result[prev.topLevel].id.typeCode == m.id.typeCode,
               // Of the same body's series too: `… thực hiện Nghị định số 83/2018/NĐ-CP … và Nghị quyết số 108/NQ-CP` is the
               // description's (reviewer, session 26).
               result[prev.topLevel].id.issuerCode.folded == m.id.issuerCode.folded,
               result[prev.index].id.typeCode != m.id.typeCode, (meta.date ?? m.date) != nil || meta.issuer != nil {
                link = .clauseSibling
            }
            if m.namedIn != nil, done.last != nil { link = .nested }
            // `Nghị quyết số 09/NQ-CP … (sau đây gọi tắt là Nghị quyết số 09/NQ-CP), Chương trình số
            // 37-CTr/TU …`: the alias restates the citation before it, with its relation, and the
            // list goes on from that citation.
            // `Căn cứ Nghị quyết số 03-NQ/TU ngày … về chuyển đổi số … (Nghị quyết số 03-NQ/TU);`, `… Nghị quyết số 04-NQ/TU …
            // về … thực hiện đề án “…” (Nghị quyết số 04);` (evaluation batch 32: Hải Phòng 74/KH-UBND, Hà Tĩnh 2024): a
            // bracket holding only the kind and number of the citation before it (a document named in that citation's
            // description may stand between) is the short name it goes by, as after `gọi tắt là`.
            let restatedIndex: Int? = done.last.flatMap { prev in
                if result[prev.index].id == m.id { return prev.index }
                return result[prev.index].isNested && result[prev.topLevel].id == m.id ? prev.topLevel : nil
            }
            // A revision is said once: `sửa đổi … Thông tư số 07/2021/TT-BLĐTBXH … (Thông tư số 07/2021/TT-BLĐTBXH) như sau:`
            // (Real 107) names the amended text again, and the bracket is a mention of it.
            let restates = restatedIndex.map { r in
                aliasPhrases.defines(at: m.start, within: 28) && r == done.last?.index
                    || !result[r].relation.isRevision && Self.isBracketedAlone(b, m.start..<m.idRange.upperBound)
            } ?? false
            // `Sửa đổi … của Quy định X ban hành kèm theo Quyết định số 4631/QĐ-UBND`, `Căn cứ Quy
            // chế Đấu thầu ban hành kèm theo Nghị định số 88/1999/NĐ-CP`: rules named without a
            // number are known by the decision that issued them, and what this document does to the
            // rules it does to that decision; the decision is no part of the rules' description.
            // `Sửa đổi … Quy định về phân cấp … theo quy định của Luật Ngân sách nhà nước ban hành kèm
            // theo Nghị quyết số 36/2021/NQ-HĐND`: a law named in the rules' description is issued
            // with nothing; the rules are.
            var attachedRelation: Relation?
            let rules = done.suffix(3).reversed().lazy.map { result[$0.index].isNested ? $0.topLevel : $0.index }
                .first { !isLaw(result[$0].id) }
            if link == .nested, let rules, result[rules].id.form == .named, !result[rules].isNested,
               result[rules].relation != .references, wordEnding(b, at: trimmedEnd(b, before: m.start), "kem theo") != nil {
                link = rules == done.last?.index ? .sibling : .clauseSibling
                attachedRelation = result[rules].relation
            }
            var trigger = m.namedIn != nil ? Relation.amends : findTrigger(b, window: windowStart..<m.start, ownType: ctx.documentTypeCode, ofSelf: m.kind == .selfReference)
            // `Quyết định số 07/2021/QĐ-UBND hết hiệu lực kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực thi hành` (reviewer,
            // session 30): the document after `kể từ ngày` dates the end; it is not what ends.
            if trigger == .repeals, Self.endDatedBy(b, window: windowStart..<m.start) != nil { trigger = .references }
            var relation = trigger ?? .references
            // `quyết tâm đưa Nghị quyết đi vào thực tiễn cuộc sống`, `sớm đưa Nghị quyết số 09-NQ/TW vào cuộc sống`
            // (real: Khánh Hòa's programme, 214): bringing a document into life carries it out.
            if trigger == nil, m.kind != .selfReference, bringsIntoLife(b, verbBefore: m.start, after: max(meta.end, m.idRange.upperBound), limit: nextStart) {
                relation = .implements
            }
            // `… Báo cáo thẩm tra … đối với các Tờ trình: Sửa đổi, bổ sung … Nghị quyết số 03/2022/NQ-HĐND`,
            // `thông qua 5 Nghị quyết, gồm: Sửa đổi, bổ sung Nghị quyết 10/2016/NQ-HĐND …`: the items of a
            // list of documents are their titles; a revision there is theirs, not this text's deed.
            if relation.isRevision, m.namedIn == nil, listOfTitles(b, before: windowStart) { relation = .references }
            // `… như sau:` / `“Những người … xếp lương theo Nghị định số 204/2004/NĐ-CP …”`: the quoted
            // text is the amended document's new wording; what it cites, the citing document only mentions.
            if link != .nested, relation != .references, quoted() { relation = .references }
            // `Năm 2023, theo Chỉ thị số 05/CT-UBND …, các huyện đã tuyên truyền …` in a report of 2025: a
            // clause set in a past year recounts what was done then; the text rests on nothing there.
            if relation == .basedOn || relation == .implements, let year = ctx.documentDate?.year,
               let framed = pastYearFrame(b, clauseStart: windowStart, end: m.start), framed < year {
                relation = .references
            }
            // `HƯỚNG DẪN` / `thực hiện Quy định số 132-QĐ/TW`: a guidance implements by guiding.
            if relation == .implements, ctx.documentTypeCode == "HD", let title = ctx.title,
               title.contains(seg.fileOffset(of: m.start)) { relation = .guides }
            // `Bãi bỏ toàn bộ 14 văn bản … sau đây:` / `1. Thông tư số 08/2013/TT-BLĐTBXH …`: the verb
            // before a colon governs the first citation of every enumerated item after it.
            if trigger == nil, link == .first || link == .independent, isItemStart(b, mentionStart: m.start),
               let listed = { () -> Relation? in
                   if openLists == nil { openLists = enumeratedLists(seg) }
                   return openLists?.last(where: { $0.range.lowerBound <= m.start })
                       .flatMap { $0.range.contains(m.start) ? $0.relation : nil }
               }() {
                relation = listed
                // `| 2 | 09/2021/QĐ-UBND | … | Khoản 2 Điều 7 của Quy định |` (red team, round 21): a row whose last cell
                // names a part of the document repeals or replaces that part only.
                if relation == .repeals || relation == .replaces, lastCellNamesPart(b, after: m.idRange.upperBound) { relation = .amends }
            }
            // `Nghị định số 63/2010/NĐ-CP … (đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP …)`:
            // 92/2017 amends 63/2010, and the citing document rests on it as on 63/2010.
            // The trigger is the revision, or the `theo`/`tại` that ends the passive (`… đã được sửa
            // đổi, bổ sung một số điều theo Nghị định số 154/2020/NĐ-CP`).
            // (`, làm cơ sở ban hành …`: a ground named by no relation's phrase.)
            var passive = trigger != nil ? passiveRevisionSubject(b, window: windowStart..<m.start)
                : Self.issuedOnGround(b, window: windowStart..<m.start).map { (Relation.basedOn, $0) }
            // `Khoản này được thay thế theo quy định tại … Quyết định số 08/2024/QĐ-UBND`: the cited
            // document revised this text (a consolidated text's footnote); this text only mentions it.
            // `Cụm từ “…” được thay thế bởi cụm từ “…” theo quy định tại Điều 3 Thông tư số 05/2025/TT-BNV`: a
            // change of this text's wording, made by the cited document.
            let revisesThis = passive.map { revisesThisText(b, auxiliary: $0.auxiliary, window: windowStart..<m.start) }
                ?? (trigger?.isRevision == true && opensWithWording(b, window: windowStart..<m.start))
            if revisesThis {
                passive = nil
                relation = .references
                link = .independent
            }
            if passive != nil, done.last != nil { link = .clauseSibling }
            // `Việc sửa đổi Quy định số 08-QĐ/TU được thực hiện bằng Quy định số 21-QĐ/TU` (red team, round 17): the deed
            // the clause names is what the agent did; the text only tells of it.
            if let p = passive, p.relation == .implements, let prev = done.last, result[prev.index].relation.isRevision, !result[prev.index].isNested {
                passive = (result[prev.index].relation, p.auxiliary)
                result[prev.index].relation = .references
            }
            // What the passive revises: the mention before it, but never a law revised by a lower
            // document (`Nghị định 34 … thi hành Luật X đã được sửa đổi … theo Nghị định 154`: a
            // decree cannot revise a law, so it revises the clause's document).
            let revisedIndex = passive == nil ? nil : done.last.map { prev -> Int in
                // `… đã được bãi bỏ tại Quyết định số 62/2025/QĐ-UBND và được thay thế bởi Quyết định số 08/2026/QĐ-UBND` (red
                // team, round 24, c8): a second passive joined by `và` keeps the first one's subject.
                if let last = lastPassive, last.agent == prev.index, Self.continuesPassive(b, from: prev.end, to: windowStart..<m.start) {
                    return last.revised
                }
                // `Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành kể từ
                // ngày Nghị định số 71/2024/NĐ-CP có hiệu lực` (red team 45 c2): the aside closed by its comma, the verb is
                // the subject's.
                if let last = lastPassive, last.ground, last.agent == prev.index, let aux = passive?.auxiliary, aux > prev.end,
                   b[prev.end..<aux].contains(UInt8(ascii: ",")),
                   !b[prev.end..<aux].contains(where: { $0 == UInt8(ascii: ";") || $0 == 0x0A }) {
                    return last.revised
                }
                let before = result[prev.index]
                // `Quyết định số 38/2021/QĐ-UBND … thay thế Quyết định số 16/2019/QĐ-UBND, sau đó được sửa đổi, bổ sung tại
                // Quyết định số 05/2024/QĐ-UBND` (red team 38 c10: the replaced decision was made amended, a false error):
                // after what the clause's subject did, `sau đó` goes on with that subject.
                if before.isNested, before.relation.isRevision, let aux = passive?.auxiliary,
                   Self.goesOnWithSubject(b, from: prev.end, to: aux),
                   let subject = result[..<prev.index].lastIndex(where: { $0.id == before.citingDocument }) {
                    return subject
                }
                guard before.id.isLawLevel, !m.id.isLawLevel else { return prev.index }
                // The document whose description names the law, else the clause's document.
                let describing = before.isNested ? result[..<prev.index].lastIndex { $0.id == before.citingDocument } : nil
                let candidate = describing ?? prev.topLevel
                return result[candidate].id.isLawLevel ? prev.index : candidate
            }
            var citing = ctx.document
            var nested = false
            var topLevel = result.count
            switch link {
            case .sibling:
                let prev = done.last!
                if trigger == nil { relation = result[prev.index].relation }
                citing = result[prev.index].citingDocument
                nested = result[prev.index].isNested
                topLevel = prev.topLevel
            case .nested:
                let prev = done.last!
                citing = m.namedIn.flatMap { citationOfIdRange[$0] ?? citationOfAmendingName[$0.lowerBound] }.map { result[$0].id } ?? result[prev.index].id
                nested = true
                topLevel = prev.topLevel
            case .bracketItem:
                let prev = done.last!
                citing = result[prev.topLevel].id
                nested = true
                topLevel = prev.topLevel
            case .clauseSibling:
                let top = done.last!.topLevel
                relation = passive == nil ? (trigger ?? result[top].relation) : result[top].relation
                citing = result[top].citingDocument
                nested = result[top].isNested
                topLevel = top
            case .listAfterSeparator:
                let top = done.last!.topLevel
                if trigger == nil { relation = result[top].relation }
                citing = result[top].citingDocument
                nested = result[top].isNested
                topLevel = top
            case .first, .independent:
                break
            }
            if let attached = attachedRelation { relation = attached }
            // `…, vì đã được thay thế bởi Kế hoạch số 145/KH-UBND`: the cause names what did it; this text does nothing to it.
            if cause, passive != nil { relation = .references }
            // `| 41/2016/NQ-HĐND … | Bị thay thế bởi Nghị quyết số 12/2021/NQ-HĐND … |` (red team, round 36, c1: a list of
            // documents no longer in force made the list replace the replacing resolution): a passive opening a row's cell
            // has the row's document for subject; the list only tells of the revision.
            let rowSubject = passive != nil && done.isEmpty ? ctx.rowSubject : nil
            if rowSubject != nil { relation = .references }
            if restates, let prev = restatedIndex {
                relation = result[prev].relation
                citing = result[prev].citingDocument
                nested = result[prev].isNested
            }
            // Revising a document named inside another's description (`Nghị định 59 sửa đổi Nghị
            // định 34 … đã được sửa đổi … theo Nghị định 154`) is part of that description too.
            if let r = revisedIndex, result[r].isNested {
                citing = result[r].citingDocument
                nested = true
                relation = .references
            }
            if m.kind == .selfReference { nested = false; citing = ctx.document }

            // `Đề nghị UBND tỉnh hướng dẫn việc áp dụng Quyết định số 88/QĐ-UBND` (red team, round 8: a false
            // superseded-citation error), `Kiến nghị Bộ Nội vụ sửa đổi Thông tư …`: the text asks a body it names to
            // act; it guides nothing itself, and a revision it asks for is proposed, not made.
            let requested = !nested && (relation == .guides || relation.isRevision) && asksNamedBody(seg, window: windowStart..<m.start)
            if requested, relation == .guides { relation = .references }
            // `… thông qua Nghị quyết về việc điều chỉnh …` (`DescribedDocuments`, named only as adopted): the text tells of
            // the adoption; a verb of the clause before (`… tờ trình về điều chỉnh …, thảo luận và thông qua …`) is no deed on it.
            if m.kind == .named, !nested, m.id.name?.hasPrefix("Nghị quyết về ") == true { relation = .references }
            let task = ctx.tasks.last { $0.range.contains(m.start) }?.context
            // `V/v điều chỉnh thời gian hoàn thành việc sửa đổi, bổ sung Quy chế số 02-QC/HU` (red team, round 41, c2): a
            // revision named as a matter (`việc sửa đổi`) that another verb governs is the text's topic, not its deed, outside
            // a task (`Tham mưu việc sửa đổi …` in a row plans it); `Về việc sửa đổi …`, a decision's title, is its deed.
            if relation.isRevision, !nested, task == nil, revisionIsAMatter(b, window: windowStart..<m.start) { relation = .references }
            // A nested citation states a fact about the cited document, never a plan of this one.
            // A submission (`Tờ trình`) proposes what it names: its revisions are planned, never enacted (red team,
            // round 7: `TỜ TRÌNH / Dự thảo Nghị quyết bãi bỏ Nghị quyết số 08/2022/NQ-HĐND` repealed it).
            // So does a draft's title (`Dự thảo Nghị quyết sửa đổi …`), or its header (`DỰ THẢO`, red team, rounds 12
            // and 13); a draft named as a paper stays what it is.
            // `HĐND huyện đã thông qua tờ trình và dự thảo Nghị quyết đề nghị điều chỉnh …` (evaluation 254): a draft the council
            // adopted is no longer one.
            let proposed = relation.isRevision && (ctx.isDraft || ctx.documentTypeCode == "TTr"
                || ByteReader(b, from: windowStart, end: m.start).firstIndex(of: "du thao").map { !draftAdopted(b, at: $0) } ?? false
                || inSubmissionSubject(b, before: m.start))
            let byAnother = relation.isRevision && !nested ? revisedByAnotherToBeMade(b, window: windowStart..<m.start, ownType: ctx.documentTypeCode) : nil
            // Told of: another document made the revision; this text only mentions what it revised.
            if byAnother == false { relation = .references }
            // `Theo đó: (1) Đã sửa đổi khoản 2, Điều 5 …. Đồng thời bãi bỏ Phụ lục số 01 ban hành kèm theo Quyết định số 14/2019/QĐ-UBND`
            // (evaluation 434, a news item on the decision that did it): a line opening `Theo đó` recounts what the document
            // named before it does; this text only tells of it.
            if relation.isRevision, !nested, !done.isEmpty, lineOpensWithAccordingly(b, before: m.start) { relation = .references }
            // `thông qua Nghị quyết về việc điều chỉnh kế hoạch vốn đầu tư công năm 2022` (evaluation 436): the revision is the
            // subject of a document named by its kind alone, that document's deed; this text tells of it.
            // A draft's or a submission's (`dự thảo Quyết định về việc bãi bỏ …`) is proposed, as `proposed` says.
            if relation.isRevision, !nested, !proposed, let kind = revisionIsSubjectOfUnnumbered(b, before: m.start),
               !(ctx.title?.contains(seg.fileOffset(of: kind)) ?? false), wordEnding(b, at: trimmedEnd(b, before: kind), "du thao") == nil {
                relation = .references
            }
            // `Tờ trình số 2547/TTr-STC … về việc đề nghị ban hành Quyết định bãi bỏ Quyết định số 19/2019/QĐ-UBND` (evaluation
            // batch 24, Hà Nội 67/2024/QĐ-UBND): a submission named in a description revises nothing; the decision it asked
            // for does, and where that is this text, its own mention says so.
            if nested, relation.isRevision, citing?.typeCode == "TTr" { relation = .references }
            // A consolidated text (`05/VBHN-UBND`) restates the decisions it joins: their `… và thay thế Quyết định số
            // 15/2019/QĐ-UBND` was made when they were; the text itself revises nothing (red team, round 17).
            if !nested, relation.isRevision, ctx.document?.typeCode == "VBHN" { relation = .references }
            let planned = !nested && (task != nil || (isPlanning(b, window: windowStart..<m.start) && !buildsItself(seg, window: windowStart..<m.start, ctx, after: m.idRange.upperBound))
                || proposed || (requested && relation.isRevision) || byAnother == true
                || relation.isRevision && Self.futureListHead(b, itemStart: windowStart))
            let location = seg.location(of: m.start, fileName: ctx.fileName)
            // `Ngày 25/7/2022, Thành ủy Cần Thơ có công văn số 552-CV/TU`: a post tells the date and body first.
            let narrated = meta.date == nil && m.date == nil && !nested ? NarratedIssue.read(seg, before: m.start) : nil
            var citation = Citation(
                id: m.id, typeWord: m.typeWord, date: meta.date ?? m.date ?? narrated?.date, issuer: meta.issuer ?? narrated?.issuer, term: meta.term,
                subject: meta.subject ?? m.lawName, relation: relation, modality: planned ? .planned : .enacted,
                deadline: planned ? task?.deadline : nil, leadUnit: planned ? task?.leadUnit : nil,
                citingDocument: citing, documentIndex: ctx.documentIndex, isNested: nested,
                // `Công văn số 2-CV/HU ngày 13/4/2017` inside the 2018 letter 2-CV/HU: numbers restart,
                // so the same number with another date is the earlier document, not this one.
                // `(Ban hành kèm theo Quyết định số 848/QĐ-UBND ngày 11 tháng 4 năm 2016 …)` under the decision dated 12/4/2016
                // (evaluation batch 33, Bà Rịa - Vũng Tàu): an attachment's caption naming this number in its year is this
                // document's, the day mistyped.
                isSelfReference: m.kind == .selfReference || (ctx.document != nil && m.id == ctx.document && !nested
                    && !((meta.date ?? m.date).map { d in ctx.documentDate.map { $0 != d && !(relation == .attachedTo && $0.year == d.year) } ?? false } ?? false)),
                location: location, text: seg.originalText(m.start..<max(meta.end, m.idRange.upperBound)))
            if citation.term == nil, let d = citation.date, m.id.isCentralParty { citation.term = TermCalendar.term(on: d, of: m.id) }
            // `Nghị quyết số 12/2021/NQ-HĐND … của Hội đồng nhân dân tỉnh Nghệ An (đã được sửa đổi, bổ sung bởi Nghị quyết số
            // 25/2023/NQ-HĐND ngày 08/12/2023)` (red team, round 16, repro r11): a reviser of the same code, its issuer unsaid, is
            // the revised document's body's, not the citing commune's. A state number's code names one body; a Party number's
            // does not (`Quy định số 85-QĐ/TW của Bộ Chính trị đã được thay thế bởi Quy định số 296-QĐ/TW`, red team, round 39,
            // c6: 296-QĐ/TW is the Central Committee's).
            if citation.issuer == nil, m.id.form == .state, let r = revisedIndex, let issuer = result[r].issuer, result[r].id.form == m.id.form,
               !m.id.issuerCode.isEmpty, result[r].id.issuerCode == m.id.issuerCode, result[r].id.typeCode == m.id.typeCode {
                citation.issuer = issuer
            }
            if relation == .reviews { citation.reviewStage = ReviewStage.read(b, window: windowStart..<m.start) }
            // A shift is this text's deed, whatever the task it moves says (`Điều chỉnh thời gian hoàn thành nhiệm vụ "Xây
            // dựng Đề án …" tại … Kế hoạch số 120/KH-UBND … sang Quý IV/2026`, red team, round 43, c1: read as planned).
            if !nested, task == nil, let shift = DeadlineShifts.read(seg, mention: m.start, after: m.idRange.upperBound, limit: nextStart) {
                citation.deadlineShift = shift
                citation.modality = .enacted
                citation.deadline = nil
                citation.leadUnit = nil
            }
            result.append(citation)
            let citationIndex = result.count - 1
            // `Trước đây, Ban Chấp hành làm việc theo Quy chế số 03-QC/HNDH … (nay đã được thay thế bằng Quy chế
            // số 05-QC/HNDH)`: a document the text itself says is replaced or out of force, or one it recalls as
            // what was, is told of as history, not rested on or carried out (red team, round 6).
            if !nested, !relation.isRevision, relation != .references, m.kind != .selfReference,
               revisionAfter(b, from: max(meta.end, m.idRange.upperBound), limit: nextStart, signed: ctx.documentInForce ?? ctx.documentDate)?.told == true || recallsThePast(b, window: windowStart..<m.start)
                || reportedAsIssued(b, kindAt: m.start) {
                result[citationIndex].relation = .references
            }
            if var revision = passive?.relation, var revised = revisedIndex.map({ result[$0] }) ?? rowSubject, m.kind != .selfReference {
                // `Điều 5 của Quyết định số 20/2020/QĐ-UBND đã được bãi bỏ tại Quyết định số 28/2025/QĐ-UBND` (red team,
                // round 23): a part of the revised document said before it goes; the rest stays, amended.
                if revision == .repeals || revision == .replaces, let prev = done.last, prev.index == revisedIndex, namesPartBefore(b, mentionAt: prev.start) {
                    revision = .amends
                }
                revised.citingDocument = m.id
                revised.relation = revision
                revised.modality = .enacted
                revised.deadline = nil
                revised.leadUnit = nil
                revised.isNested = true
                revised.location = location
                revised.text = citation.text
                result.append(revised)
                if let revisedIndex { lastPassive = (revisedIndex, citationIndex, revision == .basedOn) }
            }
            if let listEnd = m.listEnd { listMembers.append((citationIndex, listEnd)) }
            citationOfIdRange[m.idRange] = citationIndex
            if m.startsAmendingName { citationOfAmendingName[m.start] = citationIndex }
            if restates { continue }
            let runStart = link == .sibling ? done.last!.runStart : done.count
            done.append(Done(index: citationIndex, metaEnd: meta.metaEnd, end: max(meta.end, m.idRange.upperBound),
                             topLevel: topLevel, explicitRelation: trigger != nil && passive == nil, runStart: runStart, start: m.start))
            // `Kế hoạch số 12-KH/TW … và Chương trình số 25-CTr/TU … thực hiện Nghị quyết số 28`:
            // the description after a `và` list belongs to every document of the list.
            // A law named inside an amending law's name (`Luật X … và Luật Sửa đổi, bổ sung … của Luật X`)
            // belongs to that name alone.
            if link == .nested, m.namedIn == nil, let prev = done.dropLast().last, prev.runStart < done.count - 2 {
                for sibling in done[prev.runStart..<(done.count - 2)] where !result[sibling.index].isNested && result[sibling.index].id != m.id {
                    var shared = citation
                    shared.citingDocument = result[sibling.index].id
                    result.append(shared)
                }
            }

            // `… và Nghị định số … hết hiệu lực`: a relation after the list applies to all of it, when
            // the list is the subject of its clause (no verb before it: `Căn cứ Quyết định … về thủ
            // tục được thay thế` rests on the decision).
            // A verb inside a description (`Nghị định số 154/2020/NĐ-CP … sửa đổi, bổ sung một số điều của
            // Nghị định số 34/2016/NĐ-CP hết hiệu lực …`) is the described document's: it neither keeps
            // the list from the relation after it nor takes it.
            // `Khoản 3 Điều 5 của Quy định ban hành kèm theo Quyết định số … được sửa đổi, bổ sung như
            // sau:`: `ban hành kèm theo` only names the regulation by its decision; the verb after is the deed.
            if !done.contains(where: { $0.topLevel == topLevel && $0.explicitRelation && !result[$0.index].isNested && result[$0.index].relation != .attachedTo })
                || m.kind == .selfReference,
               !quoted(), var post = postTrigger(b, from: max(meta.end, m.idRange.upperBound), limit: nextStart, signed: ctx.documentInForce ?? ctx.documentDate) {
                // `Điều 7 của Quy định … được bãi bỏ.`: a part revised, the document amended.
                if post == .repeals || post == .replaces, RevisedAsFollows.opensWithPart(b, from: windowStart, end: m.start) { post = .amends }
                for d in done.reversed() where d.topLevel == topLevel && (!result[d.index].isNested || !nested) {
                    if !d.explicitRelation || d.index == citationIndex { result[d.index].relation = post }
                }
            }
        }
        // `Nghị quyết số 18, 19-NQ/TW, ngày 25/10/2017 … khóa XII`: what the list says after its
        // last id belongs to every id of the list.
        for (k, listEnd) in listMembers {
            guard let owner = citationOfIdRange[listEnd].map({ result[$0] }) else { continue }
            if result[k].date == nil { result[k].date = owner.date }
            if result[k].issuer == nil { result[k].issuer = owner.issuer }
            if result[k].term == nil { result[k].term = owner.term }
            if result[k].subject == nil { result[k].subject = owner.subject }
        }
        // `Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị`: two ids of one kind and
        // issuer joined by `và` or a comma alone share what follows the last (real: Đắk Lắk 01/QCPH, 2017).
        let byPosition = citationOfIdRange.sorted { $0.key.lowerBound > $1.key.lowerBound }
        for (later, earlier) in zip(byPosition, byPosition.dropFirst()) {
            let (a, z) = (earlier.value, later.value)
            // Most neighbours fail these field tests; only the pairs that pass have their gap read.
            guard result[a].issuer == nil, result[z].issuer != nil || result[a].date == nil, !result[a].isSelfReference, !result[z].isSelfReference,
                  result[a].id.form == result[z].id.form, result[a].id.form != .named,
                  result[a].id.typeCode == result[z].id.typeCode, result[a].id.issuerCode == result[z].id.issuerCode else { continue }
            var gapStart = min(earlier.key.upperBound, later.key.lowerBound)
            // `Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022 và Quyết định số 08/2024/QĐ-UBND ngày 12/3/2024 của
            // UBND tỉnh Lào Cai`: each has its date, and the issuer after the last is both's.
            let dated = result[a].date != nil
            if dated {
                var r = ByteReader(b, from: gapStart, end: later.key.lowerBound)
                r.skipSpaces()
                if r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces() }
                guard r.matchWord("ngay") else { continue }
                r.skipSpaces()
                guard r.readDate() != nil else { continue }
                gapStart = r.position
            }
            let gap = b[gapStart..<later.key.lowerBound]
            guard !gap.isEmpty, gap.contains(where: ByteReader.isLetter) || gap.contains(UInt8(ascii: ",")) else { continue }
            // The kind may be said again (`… 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày …`).
            var words = String(decoding: gap, as: UTF8.self)
            for kind in TypeCodes.words where kind.code == result[z].id.typeCode { words = words.replacingOccurrences(of: kind.folded, with: " ") }
            guard onlyConnectors(ArraySlice(words.utf8)) else { continue }
            if !dated { result[a].date = result[z].date }
            result[a].issuer = result[z].issuer
            if result[a].term == nil { result[a].term = result[z].term }
        }
        return result
    }

    // MARK: Mentions

    private static func findMentions(_ seg: TextSegment, _ aliasPhrases: AliasPhrases, _ ctx: inout ScanContext) -> [Mention] {
        var mentions: [Mention] = []
        let b = seg.bytes
        let matches = IdentifierGrammar.scan(seg)
        for match in matches {
            guard var id = match.id else { continue }
            var p = match.range.lowerBound
            // Compact list: `số 18, 19-NQ/TW` names 18-NQ/TW as well.
            var extraNumbers: [Range<Int>] = []
            while true {
                var q = p
                while q > 0, ByteReader.isSpace(b[q - 1]) { q -= 1 }
                var r = q
                if r > 0, b[r - 1] == UInt8(ascii: ",") || b[r - 1] == UInt8(ascii: "&") { r -= 1 }
                else if r >= 2, b[r - 2] == UInt8(ascii: "v"), b[r - 1] == UInt8(ascii: "a"), r == 2 || !ByteReader.isAlnum(b[r - 3]) { r -= 2 }
                else { break }
                while r > 0, ByteReader.isSpace(b[r - 1]) { r -= 1 }
                var s = r
                while s > 0, ByteReader.isDigit(b[s - 1]) { s -= 1 }
                guard s < r, r - s <= 5, s == 0 || !(ByteReader.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "/") || b[s - 1] == UInt8(ascii: "-")) else { break }
                extraNumbers.append(s..<r)
                p = s
            }
            var start = p
            var typeWord: String?
            var q = p
            while q > 0, ByteReader.isSpace(b[q - 1]) { q -= 1 }
            var sawSo = false
            if let so = wordEnding(b, at: q, "so") {
                sawSo = true
                q = so
                while q > 0, ByteReader.isSpace(b[q - 1]) { q -= 1 }
            } else if !extraNumbers.isEmpty, !TypeCodes.words.contains(where: { wordEnding(b, at: q, $0.folded) != nil }) {
                // `năm 2022, 19-NQ/TW` is not a list; `Chỉ thị 01, 13, 33/CT-UB` is, its type word
                // right before the first number.
                extraNumbers.removeAll()
                start = match.range.lowerBound
                q = start
                while q > 0, ByteReader.isSpace(b[q - 1]) { q -= 1 }
            }
            for w in TypeCodes.words {
                if let ws = wordEnding(b, at: q, w.folded) {
                    // `… văn bản quy phạm pháp luật số 80/2015/QH13`: a lower-case `luật` ends a law's
                    // name; the type word is its capitalised head (`LawName.before`).
                    if w.code == "Luật", !seg.startsUpperCase(at: ws) { break }
                    typeWord = seg.originalText(ws..<q)
                    start = ws
                    break
                }
            }
            // `Báo cáo thẩm định số 18/BCTĐ-STP`, `Công văn hỏa tốc số …`: one or two lower-case
            // words qualify the type word before `số`.
            if typeWord == nil, sawSo, let (ws, we) = qualifiedTypeWord(seg, before: q) {
                typeWord = seg.originalText(ws..<we)
                start = ws
            }
            // `Nghị quyết số 06/TU` (evaluation batch 26): a letter's form with a Party body's code, its type said by the
            // word before it, is the Party id `06-NQ/TU`.
            if id.form == .state, id.year == nil, id.typeCode.isEmpty, TypeCodes.isPartyIssuerCode(id.issuerCode),
               let code = typeWord.flatMap(TypeCodes.code(forWord:)), partyTypeCodes.contains(code) {
                id = DocumentID(party: id.number, typeCode: code, issuerCode: TypeCodes.canonicalIssuer(id.issuerCode))
            }
            for r in extraNumbers.reversed() {
                let number = seg.originalText(r)
                let extra: DocumentID = id.form == .party
                    ? DocumentID(party: number, typeCode: id.typeCode, issuerCode: id.issuerCode)
                    : DocumentID(state: number, year: id.year, typeCode: id.typeCode, issuerCode: id.issuerCode)
                mentions.append(Mention(start: start, idRange: r, id: extra, typeWord: typeWord, kind: .identifier, listEnd: match.range))
            }
            let lawName = typeWord == nil && id.form == .state && id.typeCode.isEmpty && id.isLawLevel ? LawName.before(seg, at: q) : nil
            // `Luật sửa đổi, bổ sung … của Luật X và Luật Y số 47/2019/QH14`: the amending law's mention
            // starts at its name, before the laws it names (which it amends, see `NamedDocuments`).
            let amendingStart = lawName.flatMap { $0.start < start && NamedDocuments.isAmendingLawName($0.name) ? $0.start : nil }
            mentions.append(Mention(start: amendingStart ?? (extraNumbers.isEmpty ? start : match.range.lowerBound), idRange: match.range, id: id,
                                    typeWord: typeWord, kind: .identifier, writtenTU: match.writtenTU, lawName: lawName?.name,
                                    startsAmendingName: amendingStart != nil))
        }
        mentions += shortForms(seg, matches: matches, aliasPhrases: aliasPhrases, ctx: &ctx)
        for named in NamedDocuments.scan(seg) {
            if let own = ctx.ownSubject, PlanningInstruments.isAdopted(named.name, byTitle: own) { continue }
            // `Điều 1. Thông qua Đề án …` in a resolution or decision is its content; in a news item or report, what was adopted.
            if named.adoptedHere, ctx.documentTypeCode.map(Self.adoptingKinds.contains) ?? false { continue }
            if let subject = named.subject, let own = ctx.ownSubject, own.count >= 12, subject.count >= 12,
               [subject, NamedDocuments.subjectKey(named.name)].contains(where: { own.hasPrefix($0) || $0.hasPrefix(own) }) { continue }
            // `NGHỊ QUYẾT` / `HỘI NGHỊ LẦN THỨ SÁU` / `BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII`: a name
            // that starts with the document's own title is the document itself.
            if let title = ctx.title, startsTitle(seg.file.bytes, title: title, at: seg.fileOffset(of: named.range.lowerBound)) { continue }
            if let body = named.body, named.subject == nil, isOwn(kind: named.typeWord, body: body, ctx) { continue }
            // `Nghị quyết Đại hội` alone re-mentions the congress named last; before any, it says whose it is not.
            var name = named.name
            if named.isBareCongress {
                guard let last = ctx.lastCongressResolution else { continue }
                name = last
            } else if name.hasPrefix("Nghị quyết Đại hội ") {
                ctx.lastCongressResolution = name
            }
            mentions.append(Mention(start: named.range.lowerBound, idRange: named.range, id: DocumentID(named: name),
                                    typeWord: named.typeWord, kind: .named, date: named.date, namedIn: named.amendedBy))
        }
        if let me = ctx.document, let code = ctx.documentTypeCode {
            for phrase in Self.selfReferencePhrases[code] ?? [] {
                var r = ByteReader(b)
                var from = 0
                while let i = r.firstIndex(of: phrase, from: from) {
                    r.position = i
                    let end = r.phraseEnd(phrase, at: i) ?? (i + 1)
                    mentions.append(Mention(start: i, idRange: i..<end, id: me, typeWord: seg.originalText(i..<(end - 4)), kind: .selfReference))
                    from = end
                }
            }
        }
        // `Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15
        // ngày 29 tháng 6 năm 2024`: the numbers inside an amending law's name are the laws it amends.
        let amendingNames = mentions.compactMap { $0.kind == .named && NamedDocuments.isAmendingLawName($0.id.name ?? "") ? $0.idRange : nil }
        if !amendingNames.isEmpty {
            for k in mentions.indices where mentions[k].kind == .identifier {
                if let name = amendingNames.first(where: { $0.lowerBound < mentions[k].idRange.lowerBound && mentions[k].idRange.upperBound <= $0.upperBound }) {
                    mentions[k].namedIn = name
                }
            }
        }
        mentions.sort { ($0.start, $0.idRange.lowerBound) < ($1.start, $1.idRange.lowerBound) }
        mentions = resolveAliases(seg, mentions, aliasPhrases, &ctx)
        mentions = plansNamedByWhatTheyCarryOut(seg, mentions, ctx: ctx)
        // Drop mentions inside another's id (a named match overlapping an identifier).
        var kept: [Mention] = []
        for m in mentions {
            if m.namedIn == nil, let last = kept.last, m.idRange.lowerBound < last.idRange.upperBound, m.idRange != last.idRange || m.id == last.id { continue }
            kept.append(m)
        }
        return kept
    }

    /// Words that open a clause of time, condition or cause (folded).
    private static let subordinators = ["trong khi", "khi", "neu", "sau khi", "truoc khi", "den khi", "cho den khi", "trong thoi gian"]

    /// Whether the last `;` in `span` is followed by a clause of time, condition or cause (`; trong khi chưa có quyết định
    /// mới,`): the comma that ends `span` closes that clause.
    static func opensSubordinateClause(_ b: [UInt8], _ span: Range<Int>) -> Bool {
        guard let semicolon = b[span].lastIndex(of: UInt8(ascii: ";")) else { return false }
        var r = ByteReader(b, from: semicolon + 1, end: span.upperBound)
        r.skipSpaces()
        return subordinators.contains { r.phraseEnd($0, at: r.position) != nil }
    }

    /// Whether a kind and a body without a subject (`sơ kết, tổng kết thực hiện Kế hoạch của Thành ủy`, the sample corpus's
    /// 256-KH/TU) name the citing document itself: its own kind, and its own issuer, or for a text whose issuer is unread the
    /// committee its number's code names (`-/TU`: a province's or a city's committee).
    private static func isOwn(kind: String, body: String, _ ctx: ScanContext) -> Bool {
        guard let code = ctx.documentTypeCode, TypeCodes.code(forWord: kind) == code else { return false }
        let named = IssuingBody(body)
        if let own = ctx.documentIssuer { return named.isCompatible(with: IssuingBody(own)) }
        guard named.organ == .partyCommittee, let id = ctx.document, let level = TypeCodes.partyCommittee(ofCode: id.issuerCode)?.level else { return false }
        switch (level, named.tier) {
        case (.province, .province?), (.province, .city?), (.district, .district?), (.grassroots, .commune?), (.central, .central?): return true
        default: return false
        }
    }

    /// `về kế hoạch hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X`, `Phần 2, chương trình hành động thực
    /// hiện Nghị quyết Đại hội …`, `Kế hoạch triển khai thực hiện Chỉ thị số 44-CT/TW` (evaluation batches 28 and 29: the
    /// most frequent miss): a plan or programme without a number, named by the document it carries out. The plan is a
    /// document of its own, named `Kế hoạch hành động thực hiện <what it carries out>`; what it carries out is described by
    /// it (nested), not carried out by this text. A plan still to be made (`xây dựng kế hoạch thực hiện …`, `ban hành Kế
    /// hoạch …`) is this text's task, and a heading's plan (`KẾ HOẠCH` ⏎ `Thực hiện …`) its own title: neither is named.
    private static func plansNamedByWhatTheyCarryOut(_ seg: TextSegment, _ mentions: [Mention], ctx: ScanContext) -> [Mention] {
        var result = mentions
        for m in mentions where m.kind == .identifier || m.kind == .named || m.kind == .shortForm {
            guard let plan = planCarryingOut(seg, before: m.start) else { continue }
            // The text's own title, or its first line (a news item's headline: evaluation 263).
            if let title = ctx.title, startsTitle(seg.file.bytes, title: title, at: seg.fileOffset(of: plan.start)) { continue }
            if seg.file.bytes[..<seg.fileOffset(of: plan.start)].allSatisfy({ ByteReader.isSpace($0) }) { continue }
            if result.contains(where: { $0.idRange.overlaps(plan.start..<m.start) }) { continue }
            let inner: String
            if m.kind == .named {
                inner = m.id.name ?? seg.originalText(m.idRange)
            } else {
                guard let word = TypeCodes.word(for: m.id) ?? m.typeWord else { continue }
                inner = "\(word.prefix(1).uppercased() + word.dropFirst()) số \(m.id)"
            }
            let kind = seg.originalText(plan.start..<plan.kindEnd)
            let name = "\(kind.prefix(1).uppercased() + kind.dropFirst().lowercased()) thực hiện \(inner)"
            result.append(Mention(start: plan.start, idRange: plan.start..<plan.kindEnd, id: DocumentID(named: name),
                                  typeWord: seg.originalText(plan.start..<plan.wordEnd), kind: .named))
        }
        guard result.count > mentions.count else { return mentions }
        return result.sorted { ($0.start, $0.idRange.lowerBound) < ($1.start, $1.idRange.lowerBound) }
    }

    /// The plan's kind (`kế hoạch`, `chương trình`, `đề án`, with `hành động` or `triển khai`) ending right before `thực
    /// hiện` that ends right before `end`, on one line, not in capitals, and no task's verb before it.
    private static func planCarryingOut(_ seg: TextSegment, before end: Int) -> (start: Int, wordEnd: Int, kindEnd: Int)? {
        let b = seg.bytes
        var k = trimmedEnd(b, before: end)
        guard let verb = wordEnding(b, at: k, "thuc hien"), !b[verb..<k].contains(0x0A) else { return nil }
        k = trimmedEnd(b, before: verb)
        let kindEnd = k
        if let aside = wordEnding(b, at: k, "trien khai") { k = trimmedEnd(b, before: aside) }
        if let action = wordEnding(b, at: k, "hanh dong") { k = trimmedEnd(b, before: action) }
        guard let start = planKinds.lazy.compactMap({ wordEnding(b, at: k, $0) }).first,
              !b[start..<kindEnd].contains(0x0A), !b[kindEnd..<verb].contains(0x0A) else { return nil }
        // `KẾ HOẠCH THỰC HIỆN …` in capitals: a heading, this text's own.
        if !seg.originalText(start..<min(start + 4, kindEnd)).contains(where: \.isLowercase) { return nil }
        // `xây dựng kế hoạch thực hiện …`, `ban hành Kế hoạch …`: a plan to make; `UBND tỉnh vừa ban hành Kế hoạch …`
        // (evaluation 410): one made, named.
        let before = trimmedEnd(b, before: start)
        if let verb = notNamedAfter.lazy.compactMap({ wordEnding(b, at: before, $0) }).first {
            let aux = trimmedEnd(b, before: verb)
            guard ["da", "vua", "moi"].contains(where: { wordEnding(b, at: aux, $0) != nil }) else { return nil }
        }
        let wordEnd = start + (planKinds.first { ByteReader(b).phraseEnd($0, at: start) != nil }?.utf8.count ?? 0)
        return (start, wordEnd, kindEnd)
    }

    /// Kinds of plans named by what they carry out, folded.
    private static let planKinds = ["ke hoach", "chuong trinh", "de an"]

    /// Words before a plan's kind that make it no name (folded): verbs that make a plan rather than name one, and
    /// `các`, `những`, `một` (plans in the plural, or any one).
    private static let notNamedAfter = ["xay dung", "ban hanh", "lap", "co", "de ra", "tham muu", "soan thao", "hoan thien", "xay dung va ban hanh",
                                          "cu the hoa bang", "bang", "thanh", "nay", "cac", "nhung", "mot"]

    /// `Kế hoạch này`, `Nghị quyết này`: for each type code, the folded type words that carry it (`TypeCodes.words`, in
    /// their order) with ` nay` after them. Each segment compared its document's code with every type word's (58,000
    /// string comparisons, 4 M instructions on 100 plan-heavy documents).
    static let selfReferencePhrases: [String: [String]] =
        Dictionary(grouping: TypeCodes.words, by: \.code).mapValues { $0.map { $0.folded + " nay" } }

    /// Type words that a short form may use (not `Luật`, whose numbers are full ids), with their
    /// first byte so that a word start is tested against a few of them only. `Thông tri` (a Party
    /// committee's circular, `36-TT/TU`) is said so only with a number (`Thông tri 36 của Ban Thường vụ
    /// Thành ủy`, evaluation batch 26): no other reading of the type words knows it.
    static let shortFormWords: [(folded: String, code: String, first: UInt8)] =
        (TypeCodes.words.filter { $0.code != "Luật" } + [("thong tri", "TT")] + shortFormAbbreviations)
            .map { ($0.folded, $0.code, $0.folded.utf8.first ?? 0) }

    /// `NQ 28 của Ban Thường vụ Thành ủy`, `CT 05`, `KL 21` (evaluation batch 28: Hải Phòng's city portal): the Party's kinds
    /// by their codes, in capitals only (`isAbbreviation`).
    static let shortFormAbbreviations: [(folded: String, code: String)] = [("nq", "NQ"), ("ct", "CT"), ("kl", "KL"), ("kh", "KH"), ("ctr", "CTr")]

    /// Whether the short form's word at `range` is a code (`NQ`) rather than a word (no word of `TypeCodes.words` is so short).
    private static func isAbbreviation(_ range: Range<Int>) -> Bool { range.count <= 3 }

    /// `shortFormWords` grouped by first byte, in their order (`shortFormWords.filter { $0.first == byte }`):
    /// every word start within 32 bytes of a digit compared its byte with each of them (callgrind, 100
    /// plan-heavy documents: about 9 M instructions).
    static let shortFormIndex = PhraseIndex(shortFormWords.map { (phrase: $0.folded, value: $0.code) })

    /// A kind's code as a short form may repeat it after its word (`Nghị quyết (NQ) 32`), lower case with `đ` as `d`.
    static func foldedCode(_ code: String) -> String { code.lowercased().replacingOccurrences(of: "đ", with: "d") }

    /// `foldedCode` of every code of `shortFormWords`, made once: made at each short form's word, Foundation's
    /// `replacingOccurrences` cost 8,900 instructions a word (plans: 18.8 M of 631 M on 100 documents).
    static let shortFormCodesFolded: [String: String] =
        Dictionary(shortFormWords.map { ($0.code, foldedCode($0.code)) }, uniquingKeysWith: { first, _ in first })

    /// The kinds of document a Party body numbers `NUMBER-TYPE/CODE`.
    private static let partyTypeCodes: Set<String> = ["NQ", "CT", "KL", "QĐ", "KH", "CTr", "HD", "TB", "BC", "QC"]

    /// The Party id a type word, a number and `/CODE` write (`Nghị quyết 06/TU` is `06-NQ/TU`), with the end of the code;
    /// nil unless the code is a Party body's and the type is one the Party issues, and the code ends a word.
    private static func partyCodeAfterSlash(_ seg: TextSegment, number: String, type: String, slash: Int) -> (id: DocumentID, end: Int)? {
        let b = seg.bytes
        guard slash < b.count, b[slash] == UInt8(ascii: "/"), partyTypeCodes.contains(type) else { return nil }
        var end = slash + 1
        while end < b.count, ByteReader.isLetter(b[end]) { end += 1 }
        guard end > slash + 1, end >= b.count || !ByteReader.isAlnum(b[end]) && b[end] != UInt8(ascii: "-") && b[end] != UInt8(ascii: "/") else { return nil }
        let code = seg.originalText((slash + 1)..<end)
        guard TypeCodes.isPartyIssuerCode(code), let id = DocumentID(parsing: "\(number)-\(type)/\(TypeCodes.canonicalIssuer(code))") else { return nil }
        return (id, end)
    }

    /// `Quy định 132`, `Chỉ thị số 35`: a type word and a bare number standing for a full id
    /// named elsewhere in the document (`Quy định số 132-QĐ/TW`), the nearest one before it, else
    /// the first after it. A type word and number that look like an id but cannot be read
    /// (`Kết luận số 12-/TW`) are reported as a note, never dropped silently.
    private static func shortForms(_ seg: TextSegment, matches: [IdentifierMatch], aliasPhrases: AliasPhrases, ctx: inout ScanContext) -> [Mention] {
        shortForms(seg, matches: matches, aliasPhrases: aliasPhrases, ctx: &ctx, askingEveryByte: false)
    }

    /// The short forms `shortForms` finds in `seg` after the grammar's ids, and the notes it adds, written out; with
    /// `askingEveryByte`, asking every byte far from a digit whether a word starts there, as before issue #12's
    /// nineteenth pass (the comparison `NineteenthPassShortcutTests` makes).
    static func shortFormsWritten(_ seg: TextSegment, askingEveryByte: Bool) -> [String] {
        var ctx = ScanContext(fileName: "t.md", documentIndex: 0)
        let found = askingEveryByte
            ? shortForms(seg, matches: IdentifierGrammar.scan(seg), aliasPhrases: AliasPhrases(seg), ctx: &ctx, askingEveryByte: true)
            : shortForms(seg, matches: IdentifierGrammar.scan(seg), aliasPhrases: AliasPhrases(seg), ctx: &ctx)
        return found.map { "\($0.start) \($0.idRange) \($0.id.key) \(String(describing: $0.typeWord))" } + ctx.notes.map(\.description)
    }

    /// Inlined into both forms, so that the production loop carries no flag (see `NamedDocuments.scan`).
    @inline(__always)
    private static func shortForms(_ seg: TextSegment, matches: [IdentifierMatch], aliasPhrases: AliasPhrases, ctx: inout ScanContext,
                                   askingEveryByte: Bool) -> [Mention] {
        let b = seg.bytes
        let r = ByteReader(b)
        var found: [Mention] = []
        // Ids of this segment by number, and where each match starts (in order), so that each
        // short form is resolved by lookups, not by scanning every id of the document.
        var here: [Int: [(start: Int, id: DocumentID)]] = [:]
        for m in matches { if let id = m.id, let n = Int(id.number) { here[n, default: []].append((m.range.lowerBound, id)) } }
        let starts = matches.map(\.range.lowerBound)
        func firstIndex(atOrAfter x: Int) -> Int {
            var lo = 0, hi = starts.count
            while lo < hi { let mid = (lo + hi) / 2; if starts[mid] < x { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        func firstStart(atOrAfter x: Int) -> Int? { let k = firstIndex(atOrAfter: x); return k < starts.count ? starts[k] : nil }
        /// Whether a match read by the grammar covers offset `x`.
        func covered(_ x: Int) -> Bool { let k = firstIndex(atOrAfter: x + 1) - 1; return k >= 0 && x < matches[k].range.upperBound }
        // Ids a committee's name gave a bare number here (`partyNumbered`), and the short forms no id resolved yet.
        var numberedHere: [Int: [(start: Int, id: DocumentID)]] = [:]
        var unresolved: [(start: Int, idRange: Range<Int>, number: Int, code: String, typeWord: String, numberEnd: Int)] = []
        var i = 0
        // A short form has its number within 32 bytes of the type word: most words have no digit
        // that close, and are passed over by one forward pointer (amortised linear).
        var nextDigit = 0
        while i < b.count {
            guard ByteReader.isLetter(b[i]), i == 0 || !ByteReader.isAlnum(b[i - 1]) else { i += 1; continue }
            if nextDigit < i {
                nextDigit = i
                while nextDigit < b.count, !ByteReader.isDigit(b[nextDigit]) { nextDigit += 1 }
            }
            // No digit within 32 bytes: nor from any word start before `nextDigit - 32`, which is still the
            // first digit after each of them; the loop goes on from there (issue #12, nineteenth pass: prose far
            // from any number was walked byte by byte; `shortFormsAskingEveryByte`).
            guard nextDigit - i <= 32 else { i = askingEveryByte ? i + 1 : max(i + 1, nextDigit - 32); continue }
            // Every try that finds its word ends the loop (each path below breaks).
            while let (entry, e) = shortFormIndex.match(r, at: i) {
                let code = shortFormIndex.value(entry)
                // A code counts in capitals only (`CTr` as written): `nq 28` is no clerk's form.
                if isAbbreviation(i..<e), ![code, code.uppercased()].contains(seg.originalText(i..<e)) { break }
                var q = ByteReader(b, from: e)
                q.skipSpaces()
                // `Nghị quyết (NQ) 32`, `Nghị quyết NQ 32`: the kind's code repeated before the number.
                let folded = shortFormCodesFolded[code] ?? foldedCode(code)
                let aside = q.position
                if q.match("(") {
                    if q.matchWord(folded), q.match(")") { q.skipSpaces() } else { q.position = aside }
                } else if !isAbbreviation(i..<e), q.matchWord(folded), !seg.originalText(aside..<q.position).contains(where: \.isLowercase) {
                    q.skipSpaces()
                } else {
                    q.position = aside
                }
                if q.matchWord("so") { q.skipSpaces() }
                let numberStart = q.position
                guard let number = q.readNumber(digits: 1...5) else { break }
                let numberEnd = q.position
                var after = q
                after.skipSpaces()
                if after.current == UInt8(ascii: "-") || after.current == UInt8(ascii: "/") {
                    // `Nghị quyết 06/TU`, `Chỉ thị số 05/HU` (evaluation batch 26, Hải Dương 1914/KH-UBND): a Party body's code
                    // after the number and a slash, the type said by the word before it, is `06-NQ/TU`.
                    if !covered(numberStart), let id = partyCodeAfterSlash(seg, number: seg.originalText(numberStart..<numberEnd),
                                                                             type: code, slash: after.position) {
                        found.append(Mention(start: i, idRange: numberStart..<id.end, id: id.id, typeWord: seg.originalText(i..<e), kind: .shortForm))
                        break
                    }
                    // Part of a full id, or of a compact list, that the grammar read; otherwise unreadable.
                    if !(firstStart(atOrAfter: numberStart).map { $0 - numberStart < 24 } ?? false), !covered(numberStart) {
                        var end = after.position
                        while end < b.count, end - numberStart < 24, !ByteReader.isSpace(b[end]), b[end] != UInt8(ascii: ",") { end += 1 }
                        ctx.notes.append(Diagnostic(.note, at: seg.location(of: i, fileName: ctx.fileName),
                            .unreadableNumber(written: seg.originalText(i..<end))))
                    }
                    break
                }
                // `Nghị quyết 21 của …`, but not `Kế hoạch 2023`, nor the `18` of `số 18, 19-NQ/TW`.
                // A sentence may end right after the number (`thực hiện NQ 28.`); a decimal or a heading's `2.1` may not.
                let decimal = after.current == UInt8(ascii: ".") && after.position + 1 < b.count && ByteReader.isAlnum(b[after.position + 1])
                guard after.current.map({ !ByteReader.isDigit($0) }) ?? true, !decimal, number < 1945 || number > 2100,
                      !(firstStart(atOrAfter: numberEnd).map { $0 - numberEnd < 16 } ?? false) else { break }
                // The definition of an alias (`sau đây gọi tắt là Nghị quyết 21`) is not a mention.
                if aliasPhrases.defines(at: i, within: 24) { break }
                func fits(_ id: DocumentID) -> Bool { id.form != .named && (id.typeCode == code || (code == "QĐ" && id.typeCode == "QĐi")) }
                // The nearest full id before it (this segment, then earlier ones), else the first after.
                // The committee named right after it (`NQ 32 của Bộ Chính trị`) says whose it is before any id seen does
                // (evaluation batch 28: a `32/NQ-CP` cited earlier took it).
                let named = partyNumbered(seg, code: code, number: seg.originalText(numberStart..<numberEnd), after: numberEnd)
                let id = named == nil ? here[number]?.last(where: { $0.start < i && fits($0.id) })?.id
                    ?? ctx.seen[number]?.last(where: fits)
                    ?? here[number]?.first(where: { $0.start > i && fits($0.id) })?.id : nil
                if let id {
                    found.append(Mention(start: i, idRange: numberStart..<numberEnd, id: id, typeWord: seg.originalText(i..<e), kind: .shortForm))
                } else if let id = named {
                    found.append(Mention(start: i, idRange: numberStart..<numberEnd, id: id, typeWord: seg.originalText(i..<e), kind: .shortForm))
                    numberedHere[number, default: []].append((i, id))
                } else if let list = SharedIssuerList(seg, after: numberEnd, typeWords: shortFormIndex) {
                    // `Nghị quyết 45, Chỉ thị số 35 của Bộ Chính trị`, `Nghị quyết số 18, 19 của Ban Chấp hành Trung ương`
                    // (evaluation batch 26, a Hải Phòng Quận ủy): the committee said once after the list numbers each
                    // item; this type word's own number and the bare numbers after it are read here, each later
                    // type word at its own turn.
                    let typeWord = seg.originalText(i..<e)
                    var own = [numberStart..<numberEnd]
                    own += list.items.prefix { $0.typeCode == nil }.map(\.number)
                    for number in own {
                        guard let id = partyNumbered(seg, code: code, number: seg.originalText(number), after: list.end) else { break }
                        found.append(Mention(start: number == own[0] ? i : number.lowerBound, idRange: number, id: id, typeWord: typeWord,
                                             kind: .shortForm, listEnd: number == list.last ? nil : list.last))
                    }
                } else {
                    unresolved.append((i, numberStart..<numberEnd, number, code, seg.originalText(i..<e), numberEnd))
                }
                break
            }
            i += 1
        }
        // `Nghị quyết (NQ) 28 về …`, `thực hiện NQ 28` … `NQ 28 của Ban Thường vụ Thành ủy` (evaluation batch 28): a bare
        // number stands for the id its committee gives it elsewhere in the segment, the nearest before it, else the first after.
        for u in unresolved {
            if let ids = numberedHere[u.number]?.filter({ $0.id.typeCode == u.code }), !ids.isEmpty,
               let id = ids.last(where: { $0.start < u.start })?.id ?? ids.first?.id {
                found.append(Mention(start: u.start, idRange: u.idRange, id: id, typeWord: u.typeWord, kind: .shortForm))
            } else if let name = stateNumbered(seg, code: u.code, typeWord: u.typeWord, number: seg.originalText(u.idRange), after: u.numberEnd) {
                let id = DocumentID(named: name)
                found.append(Mention(start: u.start, idRange: u.idRange, id: id, typeWord: u.typeWord, kind: .shortForm))
                ctx.stateNumbered[StateNumber(code: u.code, number: u.number)] = id
            } else if let id = ctx.stateNumbered[StateNumber(code: u.code, number: u.number)] {
                // `Tại Nghị quyết số 19, …` after `Nghị quyết số 19 của HĐND thành phố Đà Nẵng` (evaluation 257): the same document.
                found.append(Mention(start: u.start, idRange: u.idRange, id: id, typeWord: u.typeWord, kind: .shortForm))
            }
        }
        return found
    }

    /// `Nghị quyết số 31 ngày 6/9/2016 của HĐND tỉnh`, `Quyết định số 142 của Hội đồng Bộ trưởng` (evaluation batch 28:
    /// a council's session news, a ward's history): a state body numbers its documents with a year or a code of its own
    /// (`31/2016/NQ-HĐND` or `31/NQ-HĐND`), so a kind, a bare number and the body name a document whose id is not
    /// written. It is named by all four (`Nghị quyết số 31 ngày 6/9/2016 của HĐND tỉnh`), so that one council's
    /// resolution 31 of 2016 is not another year's or another body's.
    private static func stateNumbered(_ seg: TextSegment, code: String, typeWord: String, number: String, after numberEnd: Int) -> String? {
        guard let named = bodyNamed(seg, after: numberEnd) else { return nil }
        switch named.body.organ {
        case .peoplesCommittee, .peoplesCouncil, .government, .primeMinister, .nationalAssembly: break
        // The Government's name before 1992, and a ministry (`Bộ Tài chính`; not the Politburo, read above).
        case .other(let name) where name == "hoi dong bo truong" || name.hasPrefix("bo ") && name.split(separator: " ").count >= 2: break
        case .centralCommittee, .politburo, .secretariat, .partyCommittee, .commission, .massOrganisation, .other: return nil
        }
        let kind = isAbbreviation(0..<typeWord.utf8.count) ? TypeCodes.typeWord[code] ?? typeWord : typeWord.prefix(1).uppercased() + typeWord.dropFirst()
        let date = named.date.map { " ngày \($0.day)/\($0.month)/\($0.year)" } ?? ""
        return "\(kind) số \(number)\(date) của \(seg.originalText(named.range))"
    }

    /// `Chỉ thị 05 của Thành ủy Hà Nội`, `công văn 290 của Huyện ủy` (real: a news item on Gia Lâm's Huyện ủy,
    /// a commune Youth Union's post, batch 16): a Party committee numbers its documents `NUMBER-TYPE/CODE` by
    /// its level, so a kind, a bare number and the committee name the full id. Only a committee itself
    /// (or its standing committee) and the Central Committee's bodies: a commission's code is its own.
    private static func partyNumbered(_ seg: TextSegment, code: String, number: String, after numberEnd: Int) -> DocumentID? {
        guard !number.isEmpty, let body = bodyNamed(seg, after: numberEnd)?.body else { return nil }
        let issuerCode: String
        switch body.organ {
        case .politburo, .secretariat, .centralCommittee: issuerCode = "tw"
        case .partyCommittee:
            switch body.tier {
            // A Thị ủy numbers as a Tỉnh ủy does (`12-KH/TU`); a Quận ủy `QU`, a Huyện ủy `HU`.
            case .province, .city: issuerCode = "tu"
            case .district: issuerCode = body.unitKind == "quan" ? "qu" : body.unitKind == "thi-xa" ? "tu" : "hu"
            case .commune: issuerCode = "du"
            case .central: issuerCode = "tw"
            // A bloc's committee (`Đảng ủy Khối …`) numbers with codes of its own (`ĐUK`): none to make.
            case .bloc, nil: return nil
            }
        case .commission, .peoplesCommittee, .peoplesCouncil, .government, .primeMinister, .nationalAssembly, .massOrganisation, .other:
            return nil
        }
        return DocumentID(party: number, typeCode: code, issuerCode: TypeCodes.canonicalIssuer(issuerCode))
    }

    /// The body a bare number is said to be of (`… 35 ngày 30/5/2019 của Bộ Chính trị`): the date between, if any, and
    /// where the body's name is written.
    private static func bodyNamed(_ seg: TextSegment, after numberEnd: Int) -> (body: IssuingBody, date: SimpleDate?, range: Range<Int>)? {
        var r = ByteReader(seg.bytes, from: numberEnd)
        r.skipSpaces()
        // `Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính trị` (real: Quận 3's agencies' Party committee, 2019): a date between.
        let beforeDate = r.position
        var date: SimpleDate?
        if r.match(",") { r.skipSpaces() }
        if r.matchWord("ngay") {
            r.skipSpaces()
            date = r.readDate()
            if date == nil { r.position = beforeDate } else { r.skipSpaces(); if r.match(",") { r.skipSpaces() } }
        } else { r.position = beforeDate }
        guard r.matchWord("cua") else { return nil }
        r.skipSpaces()
        // `Kết luận 21 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII` (red team, round 13): a plenum
        // concludes for its committee, which numbers the document.
        let start = plenumCommittee(b: seg.bytes, at: r.position, limit: seg.bytes.count) ?? r.position
        let end = readIssuer(seg, from: start, limit: min(seg.bytes.count, start + 200))
        guard end > start else { return nil }
        return (IssuingBody(seg.originalText(start..<end)), date, start..<end)
    }

    /// Records `(sau đây gọi tắt là Nghị quyết 21)` after a mention and finds later uses of the
    /// short name. A short name that is itself an identifier is found by the grammar anyway.
    private static func resolveAliases(_ seg: TextSegment, _ mentions: [Mention], _ aliasPhrases: AliasPhrases, _ ctx: inout ScanContext) -> [Mention] {
        let b = seg.bytes
        let r = ByteReader(b)
        var result = mentions
        var from = 0
        // Where each short name this segment defines is defined: used only after it (not in the text's own title).
        var definedAt: [String: Int] = [:]
        while !aliasPhrases.isEmpty, let phrase = aliasPhrases.first(in: from..<b.count) {
            from = phrase.upperBound
            let before = trimmedEnd(b, before: phrase.lowerBound)
            guard let at = wordEnding(b, at: before, "sau day") ?? (before > 0 && b[before - 1] == UInt8(ascii: "(") ? before - 1 : nil),
                  let owner = mentions.last(where: { $0.idRange.upperBound <= at && at - $0.idRange.upperBound < 400 }) else { continue }
            // `Đề án “Xây dựng nếp sống văn minh đô thị và nông thôn (sau đây gọi tắt là NSVMĐT&NT) …”`: inside a
            // quoted name, or a name read whole, the short name is of a phrase of that name, not of a document.
            if mentions.contains(where: { $0.idRange.contains(phrase.lowerBound) })
                || b[owner.idRange.upperBound..<at].reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 1 { continue }
            var p = phrase.upperBound
            while p < b.count, ByteReader.isSpace(b[p]) || b[p] == UInt8(ascii: "\"") || b[p] == UInt8(ascii: ":") { p += 1 }
            var e = p
            while e < b.count, b[e] != UInt8(ascii: ")"), b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: ";"), b[e] != 0x0A, e - p < 80 { e += 1 }
            while e > p, ByteReader.isSpace(b[e - 1]) || b[e - 1] == UInt8(ascii: ".") { e -= 1 }
            guard e > p else { continue }
            if mentions.contains(where: { $0.idRange.lowerBound >= p && $0.idRange.upperBound <= e }) { continue }
            // `(sau đây viết tắt là Tỉnh ủy)`, `(sau đây gọi tắt là UBND)`: a body's short name, no document's.
            // A short name with its number (`NQ05`, `QĐ 88`) is a document's too (reviewer, session 13).
            guard startsWithTypeWord(b[p..<e]) || b[p..<e].contains(where: ByteReader.isDigit) else { continue }
            // `… (Luật số 47/2019/QH14); Theo đề nghị …; Điều 1. Phê duyệt Chương trình … (sau đây gọi tắt là Chương
            // trình)` (red team, round 9): a clause's end between, or a short name of another kind, is not the
            // mention's; this text's own programme has no mention to stand for.
            let between = b[owner.idRange.upperBound..<at]
            if between.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }) || between.contains(0x0A) && between.contains(UInt8(ascii: ".")) { continue }
            if let kind = owner.typeWord?.folded, !kind.isEmpty, TypeCodes.words.contains(where: { ByteReader(b, from: p, end: e).phraseEnd($0.folded, at: p) != nil }),
               ByteReader(b, from: p, end: e).phraseEnd(kind, at: p) == nil { continue }
            let name = String(decoding: b[p..<e], as: UTF8.self)
            ctx.aliases.append((name, owner.id))
            definedAt[name] = phrase.upperBound
        }
        for (name, id) in ctx.aliases {
            var at = 0
            while let i = r.firstIndex(of: name, from: at) {
                let end = r.phraseEnd(name, at: i) ?? (i + name.utf8.count)
                at = end
                // Skip the definition itself and uses inside other mentions.
                if aliasPhrases.defines(at: i, within: 24) { continue }
                if let defined = definedAt[name], i < defined { continue }
                // Nor the type word of a mention (`Nghị quyết số 42-NQ/TW` when `Nghị quyết` is the short name).
                if result.contains(where: { (min($0.start, $0.idRange.lowerBound)..<$0.idRange.upperBound).overlaps(i..<end) }) { continue }
                // A short name that is a kind alone (`Nghị quyết`) names no other document of that kind: `Nghị quyết số …`,
                // `Nghị quyết Trung ương 5` go on with a number or a capitalised name.
                var next = ByteReader(b, from: end)
                next.skipSpaces()
                // `Nghị quyết của Đảng ủy xã`, `Nghị quyết này`: a kind alone followed so names another, or this text.
                let kindAlone = TypeCodes.words.contains { $0.folded == name }
                if kindAlone, next.peek("cua ") || next.peek("nay") { continue }
                if next.matchWord("so") || next.current.map(ByteReader.isDigit) == true
                    || (next.position < b.count && ByteReader.isLetter(b[next.position]) && seg.startsUpperCase(at: next.position)) { continue }
                result.append(Mention(start: i, idRange: i..<end, id: id, typeWord: nil, kind: .alias))
            }
        }
        return result.sorted { ($0.start, $0.idRange.lowerBound) < ($1.start, $1.idRange.lowerBound) }
    }

    /// Start of `word` if it ends exactly at `end` on a word boundary.
    ///
    /// The word's bytes are read in place: copying them into an array at each call cost about 550
    /// instructions a call, most calls failing on the last byte (callgrind, 100 plan-heavy documents:
    /// 43 M instructions, 32,000 calls from `revisedByAnotherToBeMade` alone).
    @inline(__always)
    static func wordEnding(_ b: [UInt8], at end: Int, _ word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ w -> Int? in
            // Most calls fail on the word's last byte; test it before walking the word.
            if let last = w.last, last != 0x20, end < 1 || b[end - 1] != last { return nil }
            return wordEnding(b, at: end, walking: w)
        }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { wordEnding(b, at: end, walking: $0) }
    }

    /// `wordEnding` over the word's bytes.
    static func wordEnding(_ b: [UInt8], at end: Int, walking w: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = end
        var k = w.count
        while k > 0 {
            k -= 1
            guard i > 0 else { return nil }
            if w[k] == 0x20 {
                guard ByteReader.isSpace(b[i - 1]) else { return nil }
                while i > 0, ByteReader.isSpace(b[i - 1]) { i -= 1 }
            } else {
                guard b[i - 1] == w[k] else { return nil }
                i -= 1
            }
        }
        if i > 0, ByteReader.isAlnum(b[i - 1]) { return nil }
        return i
    }

    // MARK: Metadata

    struct Metadata {
        var date: SimpleDate?
        var issuer: String?
        var term: String?
        var subject: String?
        /// End of id, date, issuer and term: where the description (`về …`) begins.
        var metaEnd: Int
        /// End of everything the citation says, subject included.
        var end: Int
    }

    /// What `parseMetadata` trims from an issuer's and a subject's ends, analysed once (`TrimSet`).
    private static let issuerEnds = TrimSet(" ,")
    private static let subjectEnds = TrimSet(" ,;.:\"“”*")

    /// Reads `, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về …`.
    static func parseMetadata(_ seg: TextSegment, from start: Int, limit: Int) -> Metadata {
        let b = seg.bytes
        var meta = Metadata(metaEnd: start, end: start)
        var r = ByteReader(b, from: start, end: limit)
        for _ in 0..<8 {
            r.position = meta.metaEnd
            r.skipSpaces()
            // `… thực hiện Kế hoạch số 40-KH/HU**` / blank line / `Ngày 10/4/2024, Thường trực Huyện ủy …` (red team, round
            // 41, c5): a paragraph's end ends what a citation says; the next one's date is its own. (A page break's blank
            // lines inside a citation go on in small letters: `… số 40-KH/HU` / page / `ngày 10/5/2023`.)
            if r.position < limit, seg.startsUpperCase(at: r.position), Self.holdsBlankLine(b, meta.metaEnd..<r.position) { break }
            var comma = false
            while r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces(); comma = true }
            let paren = r.match("(")
            if paren { r.skipSpaces() }
            if r.matchWord("khoa") {
                r.skipSpaces()
                // The numeral as a numeral: `XÍĨ` with its tone marks scrambled is the term XII.
                if let n = r.readRoman() {
                    meta.term = n.roman
                    if paren { r.skipSpaces(); _ = r.match(")") }
                    meta.metaEnd = r.position
                    continue
                }
                break
            }
            if r.matchWord("ngay") {
                r.skipSpaces()
                // `Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của BCH Trung ương Đảng khóa XI, ngày 03/3/2023, Ban Thường vụ
                // Tỉnh ủy đã ban hành …` (evaluation batch 22): a date after the citation is whole, between commas and
                // before a capital, opens the next clause; a second date is never the citation's.
                if meta.date != nil { break }
                if let d = r.readDate() {
                    if comma, meta.issuer != nil || meta.term != nil {
                        var next = r
                        next.skipSpaces()
                        if next.current == UInt8(ascii: ",") {
                            next.position += 1
                            next.skipSpaces()
                            if next.position < limit, seg.startsUpperCase(at: next.position) { break }
                        }
                    }
                    // `số 14/2017/QĐ-UBND (ngày 10/8/2017) của …`: the date in brackets, the issuer after them
                    // or inside them (`(ngày 10/8/2017 của UBND tỉnh)`).
                    if paren {
                        r.skipSpaces()
                        if !r.match(")") {
                            guard meta.issuer == nil, r.matchWord("cua"), let close = b[r.position..<limit].firstIndex(of: UInt8(ascii: ")")),
                                  close - r.position < 120 else { break }
                            let text = seg.originalText(r.position..<close).trimmingCharacters(in: Self.issuerEnds)
                            guard text.first?.isUppercase == true else { break }
                            meta.issuer = text
                            r.position = close + 1
                        }
                    }
                    meta.date = d
                    meta.metaEnd = r.position
                    continue
                }
                break
            }
            if paren { break }
            // `Kế hoạch số 12-KH/TU năm 2023 của Ban Thường vụ Tỉnh ủy Kiên Giang` (red team, round 26, c5a: the issuer was
            // dropped and the plan placed in the citing body's province): the year of issue between the number and the
            // issuer reads on to the issuer.
            if meta.issuer == nil, meta.date == nil, r.matchWord("nam") {
                r.skipSpaces()
                guard let year = r.readNumber(digits: 4...4), (1945...2100).contains(year) else { break }
                var next = r
                next.skipSpaces()
                guard next.matchWord("cua") else { break }
                meta.metaEnd = r.position
                continue
            }
            if meta.issuer == nil, r.matchWord("cua") {
                r.skipSpaces()
                // `… của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII`: the plenum's committee issues.
                let issuerStart = plenumCommittee(b: b, at: r.position, limit: limit) ?? r.position
                let issuerEnd = readIssuer(seg, from: issuerStart, limit: limit)
                let text = withoutFootnoteMark(Self.textWithoutPageNumbers(seg, issuerStart..<issuerEnd).trimmingCharacters(in: Self.issuerEnds))
                // `Theo đề nghị của A tại Tờ trình số …, của B tại Công văn số …`: after a comma, `của B tại`
                // opens the same frame for another body, not this document's issuer.
                var after = ByteReader(b, from: issuerEnd, end: limit)
                after.skipSpaces()
                if comma, after.matchWord("tai") { break }
                if let first = text.first, first.isUppercase {
                    meta.issuer = text
                    meta.metaEnd = issuerEnd
                    continue
                }
                if let known = IssuingBodies.smallLetterName(ByteReader(b, from: issuerStart, end: limit), at: issuerStart) {
                    meta.issuer = known.spelled
                    meta.metaEnd = known.end
                    continue
                }
                break
            }
            break
        }
        // `của Sở Y tế (cũ)`, `của Huyện ủy Chợ Đồn (trước đây)`: the body before a merger, said in brackets after its
        // name, is part of what the citation says (its text shows it, and `GraphBuilder` reads a former body's number
        // among the merged units'; red team, round 42, c1).
        if meta.issuer != nil, let end = FormerBody.bracketEnd(b, at: meta.metaEnd, limit: limit) { meta.metaEnd = end }
        meta.end = meta.metaEnd
        r.position = meta.metaEnd
        r.skipSpaces()
        if r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces() }
        let quoted = r.match("\"")
        if quoted { r.skipSpaces() }
        if r.matchWord("ve") || (quoted && r.matchWord("ve")) {
            r.skipSpaces()
            let subjectStart = r.position
            let subjectEnd = readSubject(seg, from: subjectStart, limit: limit, quoted: quoted)
            let text = seg.originalText(subjectStart..<subjectEnd).trimmingCharacters(in: Self.subjectEnds)
            if !text.isEmpty {
                meta.subject = text
                meta.end = subjectEnd
            }
        }
        return meta
    }

    /// Whether the window holds `việc` right before a revision verb (`việc sửa đổi, bổ sung`, `việc thay thế`), after a
    /// word other than `về` and `(thông) qua`.
    private static func revisionIsAMatter(_ b: [UInt8], window: Range<Int>) -> Bool {
        let r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        var from = window.lowerBound
        while let at = r.firstIndex(of: "viec ", from: from) {
            from = at + 1
            guard at == 0 || !ByteReader.isAlnum(b[at - 1]) else { continue }
            var after = ByteReader(b, from: at + 5, end: window.upperBound)
            after.skipSpaces()
            guard ["sua doi", "bo sung", "thay the", "bai bo", "huy bo"].contains(where: { after.phraseEnd($0, at: after.position) != nil }) else { continue }
            // `Về việc sửa đổi …` (a title), `biểu quyết thông qua việc sửa đổi …` (a council adopting it; evaluation 273): the
            // deed; `Việc sửa đổi … được thực hiện bằng Quy định số …` opening its clause is the passive's subject.
            guard let (word, _) = RelationPhrases.wordBefore(b, at, from: window.lowerBound), word != "ve", word != "qua" else { continue }
            return true
        }
        return false
    }

    /// Whether `range` holds two line breaks with nothing but spaces and Markdown's emphasis (`**`, `__`) between them.
    static func holdsBlankLine(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var breaks = 0
        for i in range {
            switch b[i] {
            case 0x0A: breaks += 1; if breaks >= 2 { return true }
            case 0x20, 0x09, 0x0D, UInt8(ascii: "*"), UInt8(ascii: "_"): continue
            default: breaks = 0
            }
        }
        return false
    }

    /// A name without the footnote mark glued to its end (`Chính phủ[^1]` in a Markdown export, `Chính phủ[1]`, `Chính
    /// phủ¹`; red team, round 16: two spellings of one issuer made a metadata-conflict).
    static func withoutFootnoteMark(_ name: String) -> String {
        // `]` and the superscript digits are characters of one scalar each, which no other sequence equals; a character
        // ending the name is one of them only if the name's last scalar is: `]`, `C2 B2` `C2 B3` `C2 B9` (`²³¹`), `E2 81 B0`
        // (`⁰`) or `E2 81 B4`…`B9` (`⁴`…`⁹`). Any other last scalar: nothing to drop (issue #12, seventeenth pass: the form
        // below asked every name ten `Character` comparisons and two counts, 14,700 instructions a call, 57 M on 100
        // plan-heavy documents).
        guard mayEndInFootnoteMark(name) else { return name }
        return withoutFootnoteMarkAskingCharacters(name)
    }

    /// Whether the name's last scalar is `]` or a superscript digit (`¹²³⁰⁴⁵⁶⁷⁸⁹`), read from its last bytes.
    static func mayEndInFootnoteMark(_ name: String) -> Bool {
        let u = name.utf8
        guard let last = u.last else { return false }
        if last == UInt8(ascii: "]") { return true }
        guard last >= 0xB0, last <= 0xB9, u.count >= 2 else { return false }
        let i = u.index(before: u.endIndex)
        let b1 = u[u.index(before: i)]
        if b1 == 0xC2 { return last == 0xB2 || last == 0xB3 || last == 0xB9 }
        guard b1 == 0x81, u.count >= 3, u[u.index(i, offsetBy: -2)] == 0xE2 else { return false }
        return last == 0xB0 || last >= 0xB4
    }

    /// What `withoutFootnoteMark` answers, asked of the name's characters every time.
    static func withoutFootnoteMarkAskingCharacters(_ name: String) -> String {
        var s = Substring(name)
        if s.last == "]", let open = s.lastIndex(of: "["), open > s.startIndex {
            let mark = s[s.index(after: open)..<s.index(before: s.endIndex)]
            let body = mark.first == "^" ? mark.dropFirst() : mark
            if !body.isEmpty, body.count <= 4, body.allSatisfy({ $0.isLetter || $0.isNumber }), mark.first == "^" || body.allSatisfy(\.isNumber) {
                s = s[..<open]
            }
        }
        while let last = s.last, "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(last) { s = s.dropLast() }
        return s.count == name.count ? name : String(s).trimmingCharacters(in: " ")
    }

    private static let issuerStops = ["ve", "khoa", "sua doi", "bo sung", "thay the", "bai bo", "tai", "thuc hien", "trien khai", "ban hanh", "ngay", "va", "nhiem ky",
                                      "lan thu", "theo", "nham", "de", "trong", "sau day", "thi hanh", "cu the hoa",
                                      "huong dan", "tiep tuc", "so", "ve viec", "quy dinh", "bao dam", "giai doan",
                                      // Words that follow a name, never part of one: `của Tỉnh ủy đến toàn thể cán bộ`.
                                      "den", "toi", "cho", "voi", "la", "da", "duoc", "se", "can", "phai", "cung", "nhu", "gui",
                                      "dang vien", "can bo",
                                      // `… của Hội đồng nhân dân tỉnh Hải Dương hết hiệu lực kể từ …` (red team, round 20: the
                                      // issuer swallowed `hết`, and the repeal said after it was lost).
                                      "het hieu luc", "con hieu luc", "co hieu luc", "bi bai bo", "bi thay the", "bi huy bo",
                                      // `… của UBND tỉnh Thái Bình chưa được thay thế` (red team, round 22): a denial after the name.
                                      // Not `không` alone: `Cục Hàng không`.
                                      "chua", "khong duoc", "khong bi", "khong het", "khong con", "khong lam", "khong thay the", "khong bai bo"]
    private static let issuerStopIndex = PhraseIndex(issuerStops.map { (phrase: $0, value: ()) })

    /// `Sở Nông nghiệp và Phát triển nông thôn`, `Bộ Khoa học và Công nghệ`: a ministry's or a
    /// department's fields joined by `và`, the next field capitalised (red team, round 6: the Sở's name
    /// ended at `và`, and its citations named another body than its header).
    private static func joinsFields(_ seg: TextSegment, name start: Int, va: Int, limit: Int) -> Bool {
        let r = ByteReader(seg.bytes, from: start, end: limit)
        guard namesDepartment(r, at: start), seg.startsUpperCase(at: start) else { return false }
        // `Sở Kế hoạch và Đầu tư tỉnh Nam Định và Sở Tài chính`: after the place, or before another
        // body, `và` joins two bodies.
        let before = ByteReader(seg.bytes, from: start, end: va)
        guard !["tinh", "thanh pho", "huyen", "quan", "thi xa"].contains(where: { before.firstIndex(of: " " + $0 + " ") != nil }) else { return false }
        var k = va + 2
        while k < limit, seg.bytes[k] == 0x20 { k += 1 }
        guard k < limit, seg.startsUpperCase(at: k) else { return false }
        // Only the fields a ministry's or department's name joins so: `Sở Y tế và Công an tỉnh` are two bodies.
        return Self.fieldsAfterVa.contains { r.phraseEnd($0, at: k) != nil }
    }

    /// Whether a name opens with `Sở` or `Bộ` (`Bộ trưởng Bộ …` too): a department's or a ministry's, whose
    /// fields `và`, a dash or a comma join.
    private static func namesDepartment(_ r: ByteReader, at start: Int) -> Bool {
        r.phraseEnd("so", at: start) != nil || r.phraseEnd("bo", at: start) != nil
    }

    /// The second field of the ministries' and departments' names (`Kế hoạch và Đầu tư`, `Khoa học và Công
    /// nghệ`, `Tài nguyên và Môi trường`, `Thông tin và Truyền thông`, `Giáo dục và Đào tạo`, `Nông nghiệp và
    /// Phát triển nông thôn`, `Thương binh và Xã hội`, `Thể thao và Du lịch`, `Quy hoạch và Kiến trúc`), folded.
    private static let fieldsAfterVa = ["dau tu", "cong nghe", "moi truong", "truyen thong", "dao tao", "phat trien nong thon", "ptnt",
                                        "xa hoi", "du lich", "kien truc"]

    /// Whether the word at `i` is written with a capital and then small letters (`Đà`, not `ĐÀ`:
    /// a title in capitals tells no place from a stop).
    private static func titleCased(_ seg: TextSegment, at i: Int) -> Bool {
        guard seg.startsUpperCase(at: i) else { return false }
        var e = i
        while e < seg.bytes.count, ByteReader.isLetter(seg.bytes[e]) { e += 1 }
        return seg.originalText(i..<e).contains(where: \.isLowercase)
    }

    /// Stops that are syllables of places once folded (`Đà Nẵng`, `Sơn La`, `Cần Thơ`, `Chợ Mới`,
    /// `Năm Căn`, `Tân Trụ`, `Vĩnh Cửu`): they end a name only in lower case.
    private static let lowerCaseStops: Set<String> = ["den", "toi", "cho", "voi", "la", "da", "duoc", "se", "can", "phai", "cung",
                                                     "nhu", "gui", "tai", "va", "de", "trong", "theo", "nham", "so"]

    /// Lower-case words that belong to a body's name after another lower-case word (`Ủy ban
    /// nhân dân tỉnh`, `Ban cán sự đảng`, `Đảng bộ thành phố`); any other lower-case word after a
    /// lower-case one ends the name (`Bộ Chính trị phục vụ …`, `Tỉnh ủy đến …`).
    private static let issuerNameWords: Set<String> = ["nhan", "dan", "tinh", "huyen", "thanh", "pho", "xa", "quan", "phuong", "thi",
                                                       "tran", "uy", "dang", "bo", "su", "khoi", "co", "so", "vu", "doan", "hanh",
                                                       // `Sở Nông nghiệp và Phát triển nông thôn`; `Bộ chính trị` as typed.
                                                       "nong", "thon", "tri"]

    /// The end of a body's name that starts at `start` (`Ban Thường vụ Huyện ủy Quỳnh Lưu`, `UBND tỉnh`), before `limit`.
    static func readIssuer(_ seg: TextSegment, from start: Int, limit: Int) -> Int {
        let b = seg.bytes
        let r = ByteReader(b, from: start, end: limit)
        var i = start
        var words = 0
        var lastWordEnd = start
        var previousCapitalized = true
        while i < limit, words < 12 {
            let c = b[i]
            // `của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ`: one person with two titles, then the body.
            if c == UInt8(ascii: ","), words == 2, b[start..<lastWordEnd].elementsEqual("bo truong".utf8) {
                var k = i + 1
                while k < limit, b[k] == 0x20 { k += 1 }
                if k < limit, seg.startsUpperCase(at: k) { i = k; previousCapitalized = true; continue }
            }
            // `Sở Lao động - Thương binh và Xã hội`: a dash between a ministry's fields.
            if c == UInt8(ascii: "-"), words >= 2, i + 1 < limit, b[i + 1] == 0x20, namesDepartment(r, at: start) {
                var k = i + 1
                while k < limit, b[k] == 0x20 { k += 1 }
                if k < limit, seg.startsUpperCase(at: k) { i = k; previousCapitalized = true; continue }
            }
            // `Sở Văn hóa, Thể thao và Du lịch`: the one department whose fields a comma joins.
            if c == UInt8(ascii: ","), words == 3, r.phraseEnd("so van hoa", at: start) != nil || r.phraseEnd("bo van hoa", at: start) != nil {
                var k = i + 1
                while k < limit, b[k] == 0x20 { k += 1 }
                if r.phraseEnd("the thao va du lich", at: k) != nil { i = k; previousCapitalized = true; continue }
            }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: "(")
                || c == UInt8(ascii: ")") || c == UInt8(ascii: "\"") || c == UInt8(ascii: ":") || c == 0x09 { break }
            // `… của Bộ Chính trị' …` (a quote closed with an apostrophe, `’` folded): it ends the name, here and at a word's end
            // below; inside a word it is the place's (`Cư M'gar`, `Đăk R'lấp`).
            if c == UInt8(ascii: "'"), i + 1 >= limit || !ByteReader.isLetter(b[i + 1]) { break }
            if ByteReader.isSpace(c) {
                if c == 0x0A, i + 1 < limit, b[i + 1] == 0x0A { break }
                // `… của Ủy ban nhân dân tỉnh` / ⏎ / `1` / `\f Kiên Giang ban hành …` (red team, round 26, c1: `pdftotext
                // -layout` broke the page inside the name; `FoldedText.joinAcrossPageFooters` joined the blank line above the
                // footer): the page's number is no word of the name, which goes on after it.
                if c == 0x0A, words >= 1, let next = Self.afterPageNumberLine(b, from: i + 1, limit: limit) { i = next; continue }
                // `… CỦA HỘI ĐỒNG NHÂN DÂN TỈNH` / `HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM` (a title over the
                // authority line): a line that opens with the name's first words starts a name of its own.
                if c == 0x0A, words >= 2, restartsName(b, name: start, line: i + 1, limit: limit) { break }
                // A `V/v …` line that ends on a name, then the header's other column: the motto is no part of it.
                if c == 0x0A, opensMotto(seg, line: i + 1, limit: limit) { break }
                // `… của Chủ tịch` / `Ủy ban nhân dân thành phố` / `CHỦ TỊCH ỦY BAN NHÂN DÂN …` (red team, round 14): a line in
                // capitals after a name written in lower case is a heading of its own; `… của Thành ủy` / `Ủy ban nhân dân
                // quận … báo cáo …`: a committee's name complete, the next line opening another body's starts the text.
                if c == 0x0A, words >= 1, startsOtherBlock(seg, name: start..<lastWordEnd, line: i + 1, limit: limit) { break }
                i += 1
                continue
            }
            // `của Sở Nông nghiệp …`: a stop written as a name's word (`Sở`, not `số`) starts the name too;
            // `Sở Kế hoạch và Đầu tư`, `Bộ Khoa học và Công nghệ`: a field's words are no stops.
            var joinsField = false
            if let stop = issuerStopIndex.match(r, at: i).map({ issuerStopIndex.phrase($0.entry) }) {
                if stop == "va", joinsFields(seg, name: start, va: i, limit: limit) { joinsField = true }
                else if stop == "khoa", titleCased(seg, at: i), let e = r.phraseEnd("khoa", at: i), r.phraseEnd("hoc", at: e + 1) != nil {}
                else if !(lowerCaseStops.contains(stop) && titleCased(seg, at: i)) { break }
            }
            // `của Tỉnh ủy thành các chương trình`: `thành` goes on a name only as `thành phố`,
            // `thành ủy`; otherwise it is the verb after it.
            // `Thanh Hóa`, `Thanh Hà` (a place, capitalised) go on.
            if let t = r.phraseEnd("thanh", at: i), r.phraseEnd("pho", at: t + 1) == nil, r.phraseEnd("uy", at: t + 1) == nil,
               r.phraseEnd("vien", at: t + 1) == nil, !titleCased(seg, at: i) { break }
            // `… của Ban Thường vụ Hội Cựu chiến binh Thành phố` (red team, round 24): an organisation's name written whole goes
            // on through its words in lower case (`chiến binh`, `phụ nữ`), which alone would end a name.
            if let e = MassOrganisation.nameEnd(seg, at: i), e <= limit {
                i = e
                words += 1
                lastWordEnd = e
                previousCapitalized = true
                continue
            }
            let capitalized = seg.startsUpperCase(at: i)
            if words > 0, !capitalized, !previousCapitalized, !joinsField {
                var e = i
                while e < limit, ByteReader.isLetter(b[e]) { e += 1 }
                guard issuerNameWords.contains(String(decoding: b[i..<e], as: UTF8.self)) else { break }
            }
            previousCapitalized = capitalized
            // `… của UBND tỉnh: Điều 5 đã được bãi bỏ …` (red team, round 23): a colon ends the name as it ends a word.
            while i < limit, !ByteReader.isSpace(b[i]), b[i] != UInt8(ascii: ","), b[i] != UInt8(ascii: ";"), b[i] != UInt8(ascii: ")"),
                  b[i] != UInt8(ascii: "("), b[i] != 0x09, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: ":"),
                  !(b[i] == UInt8(ascii: ".") && (i + 1 >= limit || !ByteReader.isAlnum(b[i + 1]))),
                  !(b[i] == UInt8(ascii: "'") && (i + 1 >= limit || !ByteReader.isLetter(b[i + 1]))) { i += 1 }
            words += 1
            lastWordEnd = i
        }
        return lastWordEnd
    }

    /// The original text of `range`, without the lines that hold only a page's number (see `afterPageNumberLine`).
    static func textWithoutPageNumbers(_ seg: TextSegment, _ range: Range<Int>) -> String {
        let b = seg.bytes
        guard b[range].contains(0x0A) else { return seg.originalText(range) }
        var parts: [String] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if b[i] == 0x0A, let next = afterPageNumberLine(b, from: i + 1, limit: range.upperBound) {
                parts.append(seg.originalText(start..<i))
                start = next
                i = next
                continue
            }
            i += 1
        }
        parts.append(seg.originalText(start..<range.upperBound))
        return parts.joined(separator: " ")
    }

    /// Where the line after a page's number starts, when the line at `line` holds nothing but a page's number (`1`,
    /// `- 2 -`, `3/12`) and text follows it; nil otherwise.
    static func afterPageNumberLine(_ b: [UInt8], from line: Int, limit: Int) -> Int? {
        var end = line
        while end < limit, b[end] != 0x0A { end += 1 }
        guard end + 1 < limit, FoldedText.isPageNumber(b, line..<end) else { return nil }
        return end + 1
    }

    /// Whether the line at `line` opens a block of its own after the name read so far: a line all in capitals
    /// after a name that is not, or a people's committee or council after a complete Party committee (`… Thành ủy`).
    private static func startsOtherBlock(_ seg: TextSegment, name: Range<Int>, line: Int, limit: Int) -> Bool {
        let b = seg.bytes
        var end = line
        while end < limit, b[end] != 0x0A { end += 1 }
        guard end > line else { return false }
        let next = seg.originalText(line..<end)
        let written = seg.originalText(name)
        if written.contains(where: \.isLowercase), next.contains(where: \.isLetter), !next.contains(where: \.isLowercase) { return true }
        var r = ByteReader(b, from: line, end: end)
        r.skipSpaces()
        // `… Chỉ thị 05-CT/TW của Bộ Chính trị` / `Thiết thực kỷ niệm …` (evaluation batch 28: a headline, then the lead): a
        // central body's whole name goes on only with its term.
        if completeOrgans.contains(written.folded.trimmingCharacters(in: .whitespaces)) {
            return !(r.matchWord("khoa") || r.current == UInt8(ascii: "("))
        }
        let committee = written.folded.hasSuffix(" uy") || written.folded.hasSuffix(" uy dang")
        return committee && (r.phraseEnd("uy ban", at: r.position) != nil || r.phraseEnd("ubnd", at: r.position) != nil
            || r.phraseEnd("hoi dong", at: r.position) != nil || r.phraseEnd("hdnd", at: r.position) != nil)
    }

    /// Central bodies whose name, once read, is whole (folded).
    private static let completeOrgans: Set<String> = ["bo chinh tri", "ban bi thu", "chinh phu", "thu tuong chinh phu", "quoc hoi",
                                                      "ban chap hanh trung uong", "ban chap hanh trung uong dang"]

    /// Whether the line at `line` is the motto of a header, in capitals (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    /// `ĐẢNG CỘNG SẢN VIỆT NAM`): a header's right column that a converter put after its left one (red team,
    /// round 6). `Đảng Cộng sản Việt Nam` in a sentence goes on with a name broken over lines.
    private static func opensMotto(_ seg: TextSegment, line: Int, limit: Int) -> Bool {
        var r = ByteReader(seg.bytes, from: line, end: limit)
        r.skipSpaces()
        let start = r.position
        guard r.matchWord("cong hoa xa hoi chu nghia") || r.matchWord("dang cong san viet nam") || r.matchWord("doc lap") else { return false }
        return !seg.originalText(start..<r.position).contains(where: \.isLowercase)
    }

    /// Whether the line at `line` opens with the first two words of the name at `name`.
    private static func restartsName(_ b: [UInt8], name: Int, line: Int, limit: Int) -> Bool {
        var n = name, l = line
        while l < limit, b[l] == 0x20 { l += 1 }
        var spaces = 0
        while n < limit, l < limit, b[n] == b[l] {
            if b[n] == 0x20 { spaces += 1; if spaces == 2 { return true } }
            n += 1; l += 1
        }
        return false
    }

    private static let subjectCapitalsAllowed: Set<String> = ["Đảng", "Nhà", "Nhân", "Mặt", "Quốc", "Việt", "Hồ", "Trung", "Chính", "Tổ"]

    /// Whether the character behind folded byte `k` is a letter its original bytes tell is lower case, as
    /// `originalText(k..<wordEnd).first?.isUppercase == false` would say: an ASCII letter or one scalar outside
    /// ASCII (never `&` of a reference or `<` of markup, which quoting would replace), certain by `OriginalCase`.
    static func lowerCaseLetter(_ seg: TextSegment, at k: Int) -> Bool {
        let o = Int(seg.origin[k])
        let original = seg.file.original
        guard o >= 0, o < original.count else { return false }
        let x = original[o]
        guard x >= 0x80 || ByteReader.isLetter(x) else { return false }
        return OriginalCase.isUpperCase(original, at: o, beforeLetters: true) == false
    }

    private static func readSubject(_ seg: TextSegment, from start: Int, limit: Int, quoted: Bool) -> Int {
        let b = seg.bytes
        let r = ByteReader(b, from: start, end: limit)
        var depth = 0
        var i = start
        let hardLimit = min(limit, start + 400)
        while i < hardLimit {
            let c = b[i]
            if c == UInt8(ascii: ";") || c == 0x09 || c == UInt8(ascii: ":") { break }
            if c == UInt8(ascii: "\"") { if quoted { i += 1; break }; i += 1; continue }
            if c == UInt8(ascii: ".") && (i + 1 >= b.count || !ByteReader.isDigit(b[i + 1])) { break }
            if c == 0x0A, i + 1 < b.count, b[i + 1] == 0x0A { break }
            if c == UInt8(ascii: "(") { depth += 1 }
            if c == UInt8(ascii: ")") { if depth == 0 { break }; depth -= 1 }
            if c == UInt8(ascii: ","), !quoted {
                var k = i + 1
                while k < hardLimit, ByteReader.isSpace(b[k]) { k += 1 }
                // A word its bytes tell is lower case goes on without being quoted (callgrind, 100 plan-heavy
                // documents: most of `readSubject`'s 25 M instructions were these quotes, nearly all lower case).
                if k < hardLimit, ByteReader.isLetter(b[k]), !Self.lowerCaseLetter(seg, at: k) {
                    let word = seg.originalText(k..<(b[k...].firstIndex { !ByteReader.isLetter($0) } ?? k + 1))
                    if let f = word.first, f.isUppercase, !subjectCapitalsAllowed.contains(word) { break }
                }
            }
            if ByteReader.isLetter(c), i == start || !ByteReader.isAlnum(b[i - 1]),
               RelationPhrases.afterIndex.match(r, at: i) != nil { break }
            i += 1
        }
        return i
    }

    // MARK: Clauses and relations

    /// The last clause separator in `range`: `;` `.` `:` a tab, a paragraph break, brackets.
    private static func lastSeparator(_ seg: TextSegment, in range: Range<Int>) -> Int? {
        let b = seg.bytes
        var i = range.upperBound - 1
        while i >= range.lowerBound {
            let c = b[i]
            // `Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ … kèm theo Quyết định số 81/QĐ-UBND`: a
            // short aside in brackets (an abbreviation) is part of the clause, not its end.
            if c == UInt8(ascii: ")"), let open = shortAsideStart(b, closing: i, notBefore: range.lowerBound) {
                i = open - 1
                continue
            }
            // `tại Tờ trình số: 421/TTr-STC`: the colon is the number's, not a clause's end.
            if c == UInt8(ascii: ":"), wordEnding(b, at: trimmedEnd(b, before: i), "so") != nil {
                i -= 1
                continue
            }
            // `thay thế các Nghị quyết: Nghị quyết số 24/2021/NQ-HĐND …; Nghị quyết số 11/2021/NQ-HĐND …` (red team 28, c1):
            // the colon after a revision's plural object opens the list it revises, not another clause.
            if c == UInt8(ascii: ":"), opensRevisedList(b, colon: i) {
                i -= 1
                continue
            }
            if c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == 0x09 || c == UInt8(ascii: "|") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") { return i }
            if c == UInt8(ascii: "."), i + 1 >= b.count || !ByteReader.isDigit(b[i + 1]) { return i }
            if c == 0x0A, i > range.lowerBound, b[i - 1] == 0x0A { return i }
            // A line that opens with a clause verb (`Căn cứ`, `Thực hiện`, `Xét đề nghị`) starts a
            // clause even without a blank line before it: headers collapse onto the preamble.
            if c == 0x0A, RelationPhrases.opensClause(seg, at: i + 1, end: range.upperBound) { return i }
            if c == 0x0A, endsTitleInCapitals(seg, newline: i) { return i }
            // `“về việc …”, Kế hoạch số …`: a quoted description closes before the comma.
            if c == UInt8(ascii: ","), i > range.lowerBound, b[i - 1] == UInt8(ascii: "\"") { return i }
            // `sửa đổi nội dung điểm b, khoản 2, Điều 2, Nghị quyết số 19/NQ-HĐND` (real: Tây Ninh, Châu Thành 2021): the
            // commas of a part's address go on naming the part of the document after them.
            if c == UInt8(ascii: ","), i + 1 < range.upperBound, onlyConnectors(b[(i + 1)..<range.upperBound]),
               i > range.lowerBound, !onlyConnectors(b[range.lowerBound..<i]) {
                let before = trimmedEnd(b, before: i)
                if stripPartReference(b, before, from: range.lowerBound) < before { i -= 1; continue }
                return i
            }
            i -= 1
        }
        return nil
    }

    /// Whether `đưa` stands right before a citation and `(đi) vào cuộc sống` / `vào thực tiễn` right after it.
    private static func bringsIntoLife(_ b: [UInt8], verbBefore start: Int, after end: Int, limit: Int) -> Bool {
        guard wordEnding(b, at: trimmedEnd(b, before: start), "dua") != nil else { return false }
        var r = ByteReader(b, from: end, end: min(limit, end + 60, b.count))
        r.skipSpaces()
        if r.matchWord("di") { r.skipSpaces() }
        guard r.matchWord("vao") else { return false }
        r.skipSpaces()
        return r.matchWord("cuoc song") || r.matchWord("thuc tien") || r.matchWord("thuc te")
    }

    /// Whether the colon at `colon` closes a line of capitals (`QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`): an operative heading.
    /// Whether the line break at `newline` ends a title in capitals, the next line opening a sentence in its own case:
    /// `… VÀ THAM MƯU` / `CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG, ĐƠN VỊ TRÊN ĐỊA BÀN TỈNH` / `Trong thời gian qua, thực hiện chỉ đạo
    /// … tại Chỉ thị số 07/CT-UBND …` (evaluation batch 27, Lâm Đồng 07/CT-UBND: the title's `THAM MƯU` made the
    /// directive carried out a plan). Only a line of three words or more, every letter a capital.
    private static func endsTitleInCapitals(_ seg: TextSegment, newline: Int) -> Bool {
        let b = seg.bytes
        var next = newline + 1
        while next < b.count, b[next] == 0x20 { next += 1 }
        guard next + 1 < b.count, ByteReader.isLetter(b[next]), seg.startsUpperCase(at: next),
              !seg.startsUpperCase(at: next + 1) || !ByteReader.isLetter(b[next + 1]) else { return false }
        // A title's line is short: a paragraph converted into one long line is never asked whole.
        var start = newline
        while start > 0, newline - start < 300, b[start - 1] != 0x0A { start -= 1 }
        guard start == 0 || b[start - 1] == 0x0A, b[start..<newline].reduce(0, { $0 + ($1 == 0x20 ? 1 : 0) }) >= 2 else { return false }
        return DocumentSplitter.isUpperCase(seg.originalText(start..<newline))
    }

    static func upperCaseHeading(_ seg: TextSegment, colon: Int) -> Bool {
        let b = seg.bytes
        var start = colon
        while start > 0, b[start - 1] != 0x0A { start -= 1 }
        let line = seg.originalText(start..<colon)
        return line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// Abbreviations written before a capitalised name (`TP. Hồ Chí Minh`, `TX. Ninh Hòa`, `ThS. Nguyễn …`), folded.
    private static let abbreviations: Set<String> = ["tp", "tx", "tt", "q", "p", "h", "x", "ts", "ths", "pgs", "gs", "bs", "ks", "ls"]

    /// Whether a sentence ends inside `range`: a full stop at a line's end, a blank line, or a full stop
    /// before a capital (`… tỉnh Long An. Lý do: …`, `… nhóm C. Theo đó, …`), unless after an abbreviation, so
    /// that `UBND TP. Hồ Chí Minh` ends nothing.
    static func endsSentence(_ seg: TextSegment, _ range: Range<Int>) -> Bool {
        let b = seg.bytes
        var i = range.lowerBound
        while i < range.upperBound {
            let c = b[i]
            if c == 0x0A, i + 1 < b.count, b[i + 1] == 0x0A { return true }
            if c == UInt8(ascii: ".") {
                var k = i + 1
                while k < b.count, b[k] == 0x20 { k += 1 }
                if k >= b.count || b[k] == 0x0A { return true }
                if k > i + 1, seg.startsUpperCase(at: k) {
                    var w = i
                    while w > 0, b[w - 1] != 0x20, b[w - 1] != 0x0A { w -= 1 }
                    if !abbreviations.contains(String(decoding: b[w..<i], as: UTF8.self)) { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// The `(` of a short bracketed aside of words alone, at most ten, or of a date or period alone, that closes at `closing`
    /// (`(TTHC)`, `(sau đây viết tắt là UBND)`, `Sở Kế hoạch và Đầu tư (Thường trực Ban Vì sự tiến
    /// bộ phụ nữ tỉnh) tại Tờ trình số …`), opened inside a clause after a word; nil otherwise.
    private static func shortAsideStart(_ b: [UInt8], closing: Int, notBefore lower: Int) -> Int? {
        var k = closing - 1
        var words = 0
        var inWord = false
        var digits = false
        while k > lower, closing - k <= 80 {
            let c = b[k]
            if c == UInt8(ascii: "(") {
                // Words alone, or a date or period alone (`(11/6/1948 - 11/6/2018)`, `(2021-2025)`).
                guard (words > 0 && words <= 10 && !digits) || (words == 0 && digits),
                      ByteReader.isSpace(b[k - 1]) || ByteReader.isLetter(b[k - 1]) else { return nil }
                var w = k - 1
                while w > lower, ByteReader.isSpace(b[w]) { w -= 1 }
                return ByteReader.isLetter(b[w]) ? k : nil
            }
            if ByteReader.isLetter(c) {
                if !inWord { words += 1; inWord = true }
            } else if c == 0x20 || c == UInt8(ascii: "-") {
                inWord = false
            } else if ByteReader.isDigit(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: ".") {
                digits = digits || ByteReader.isDigit(c)
                inWord = false
            } else {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Quotations that open a line right after a line ending in a colon (`… được sửa đổi như
    /// sau:` / `“Điều 5. …”`): an amendment's new wording, up to the closing quote.
    ///
    /// Only quotation marks can open one: each is found with `memchr`, and the state the walk of
    /// every byte kept (`replacementQuotesAskingEveryByte`, the form it is held to) is read from the
    /// bytes around it: the last line feed the walk read (carried from quote to quote, each byte
    /// between them looked at once, with `memchr`), the spaces after it and the byte before it. The
    /// walk skipped nothing but a quotation it took, whose end left it neither at a line start nor
    /// after a colon. Walking every byte of every segment was 13 M instructions of the sample shape's
    /// 531 M (callgrind, 100 documents).
    static func replacementQuotes(_ b: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let n = b.count
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            // `walked`: where the walk resumed after the last quotation it took (0 at the start).
            var walked = 0
            var from = 0
            // After the last line feed before `from` (0: none yet).
            var lineStart = 0
            while from < n, let hit = memchr(base + from, Int32(UInt8(ascii: "\"")), n - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var f = from
                while f < i, let feed = memchr(base + f, 0x0A, i - f) {
                    f = base.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
                    lineStart = f
                }
                // The walk's `atLineStart && previousLineEndsWithColon` at `i`: a line feed it read
                // (after `walked`), only spaces after it, and a colon before it (spaces between).
                var afterColon = false
                if lineStart > walked {
                    var k = i
                    while k > lineStart, p[k - 1] == 0x20 { k -= 1 }
                    if k == lineStart {
                        var e = lineStart - 1
                        while e > walked, p[e - 1] == 0x20 { e -= 1 }
                        afterColon = e > walked && p[e - 1] == UInt8(ascii: ":")
                    }
                }
                if afterColon || quotesWords(b, before: i) || quotesTitle(b, before: i) || correctionWords(b, before: i) != nil {
                    let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: "\"")) ?? n
                    result.append(i..<close)
                    walked = close + 1
                    from = close + 1
                } else {
                    from = i + 1
                }
            }
        }
        return result
    }

    /// `replacementQuotes` walking every byte, as it was before issue #12's fifteenth pass.
    static func replacementQuotesAskingEveryByte(_ b: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        var lastNonSpace: UInt8 = 0
        var previousLineEndsWithColon = false
        var atLineStart = true
        while i < b.count {
            let c = b[i]
            if c == 0x0A {
                previousLineEndsWithColon = lastNonSpace == UInt8(ascii: ":")
                lastNonSpace = 0
                atLineStart = true
                i += 1
                continue
            }
            if c == 0x20 { i += 1; continue }
            // New wording quoted after a colon, or words swapped in the amended text, each quoted after
            // `cụm từ` (`bằng từ`, `thay từ`, `bỏ từ`): `cụm từ “Quyết định số 14/2017/QĐ-UBND” được thay
            // thế bằng cụm từ “Quyết định số 31/2018/QĐ-UBND”`.
            if c == UInt8(ascii: "\""), atLineStart && previousLineEndsWithColon || quotesWords(b, before: i) || quotesTitle(b, before: i)
                || correctionWords(b, before: i) != nil {
                let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: "\"")) ?? b.count
                result.append(i..<close)
                i = close + 1
                lastNonSpace = UInt8(ascii: "\"")
                atLineStart = false
                continue
            }
            lastNonSpace = c
            atLineStart = false
            i += 1
        }
        return result
    }

    /// Whether the text may quote a wording it corrects (`ghi` occurs in it): the quotations are
    /// looked for only then.
    private static func mayQuoteWrongWording(_ b: [UInt8]) -> Bool {
        ByteReader(b).firstIndex(of: "ghi") != nil || ByteReader(b).firstIndex(of: "viet la") != nil
    }

    /// The quotations of a correction: the wrong wording (`Đã ghi: "…"`, `Ghi là "…"`, `Viết là: "…"`) and
    /// the right one (`Nay sửa lại là: "…"`, `Sửa thành "…"`, `Đọc là "…"`).
    private static func correctionQuotes(_ b: [UInt8]) -> [(range: Range<Int>, wrong: Bool)] {
        var result: [(range: Range<Int>, wrong: Bool)] = []
        var i = 0
        while let q = b[i...].firstIndex(of: UInt8(ascii: "\"")) {
            let close = b[(q + 1)...].firstIndex(of: UInt8(ascii: "\"")) ?? b.count
            if let wrong = correctionWords(b, before: q) { result.append((q..<close, wrong)) }
            i = min(close + 1, b.count)
            if i >= b.count { break }
        }
        return result
    }

    /// Whether the words right before the quotation mark at `i` (a colon between allowed) say a correction's
    /// wording: true for the wrong one (`đã ghi`, `ghi là`, `viết là`, `đã in`), false for the right one (`sửa
    /// lại là`, `sửa thành`, `đọc là`), nil otherwise.
    ///
    /// Asked at every quotation mark (and every quote's end), it read the words as strings, joined the last
    /// two and compared them with twelve strings (callgrind, 100 documents of the sample shape: 9.7 M, 6,900
    /// instructions a call). The last two words are compared in place (`wordsBefore`); `correctionWordsByStrings`
    /// is the form it is held to (`SixteenthPassShortcutTests`).
    static func correctionWords(_ b: [UInt8], before i: Int) -> Bool? {
        var e = i
        while e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x0A || b[e - 1] == UInt8(ascii: ":") { e -= 1 }
        // The last word, the one before it, and how many words (up to three) the strings' form read.
        var count = 0
        var last = e..<e, before = e..<e
        var k = e
        while count < 3, k > 0, ByteReader.isLetter(b[k - 1]) {
            var s = k
            while s > 0, ByteReader.isLetter(b[s - 1]) { s -= 1 }
            if count == 0 { last = s..<k } else if count == 1 { before = s..<k }
            count += 1
            k = s
            while k > 0, b[k - 1] == 0x20 { k -= 1 }
        }
        // One word: no phrase (each has two) is it; `ghi` alone is the wrong wording.
        if count == 1 { return Self.sameBytes(b, last, "ghi") ? true : nil }
        guard count >= 2 else { return nil }
        for (first, second, wrong) in Self.correctionPhrases where Self.sameBytes(b, last, second) && Self.sameBytes(b, before, first) { return wrong }
        return nil
    }

    /// The phrases `correctionWords` knows, as their two words, and whether each says the wrong wording.
    private static let correctionPhrases: [(StaticString, StaticString, Bool)] = [
        ("da", "ghi", true), ("ghi", "la", true), ("viet", "la", true), ("da", "viet", true), ("da", "in", true), ("in", "la", true),
        ("lai", "la", false), ("sua", "la", false), ("sua", "thanh", false), ("lai", "thanh", false), ("doc", "la", false), ("doc", "thanh", false),
    ]

    /// Whether the bytes of `range` are `word`'s.
    @inline(__always)
    private static func sameBytes(_ b: [UInt8], _ range: Range<Int>, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard range.count == n else { return false }
        let p = word.utf8Start
        for j in 0..<n where b[range.lowerBound + j] != p[j] { return false }
        return true
    }

    /// `correctionWords` reading the words as strings, as before issue #12's sixteenth pass.
    static func correctionWordsByStrings(_ b: [UInt8], before i: Int) -> Bool? {
        var e = i
        while e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x0A || b[e - 1] == UInt8(ascii: ":") { e -= 1 }
        var words: [Substring] = []
        var k = e
        while words.count < 3, k > 0, ByteReader.isLetter(b[k - 1]) {
            var s = k
            while s > 0, ByteReader.isLetter(b[s - 1]) { s -= 1 }
            words.insert(Substring(String(decoding: b[s..<k], as: UTF8.self)), at: 0)
            k = s
            while k > 0, b[k - 1] == 0x20 { k -= 1 }
        }
        let last = words.suffix(2).joined(separator: " "), one = words.last.map(String.init) ?? ""
        if ["da ghi", "ghi la", "viet la", "da viet", "da in", "in la"].contains(last) || one == "ghi" && words.count == 1 { return true }
        if ["lai la", "sua la", "sua thanh", "lai thanh", "doc la", "doc thanh"].contains(last) { return false }
        return nil
    }

    /// Whether the quotation mark at `i` opens a title named by its kind: `theo Kế hoạch “Thực hiện Kế
    /// hoạch số 30-KH/QU về …”`, `phong trào “…”`. What the title cites is named, not done, by the
    /// document quoting it.
    ///
    /// The kinds are compared from their last byte, read from `titleKindsByLastByte` (most words end in
    /// none of them): comparing each of the 40 kinds through `String.UTF8View` was 3,900 instructions a
    /// quotation mark (callgrind, 100 documents of the sample shape: 5.5 M). `quotesTitleByStrings` is the
    /// form it is held to.
    static func quotesTitle(_ b: [UInt8], before i: Int) -> Bool {
        var e = i
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        guard e > 0, ByteReader.isLetter(b[e - 1]) else { return false }
        for kind in titleKindsByLastByte[Int(b[e - 1])] where e >= kind.count {
            let start = e - kind.count
            var same = true
            for j in 0..<kind.count where b[start + j] != kind[j] { same = false; break }
            if same, start == 0 || !ByteReader.isAlnum(b[start - 1]) { return true }
        }
        return false
    }

    /// `quotesTitle` comparing every kind as a string's bytes, as before issue #12's sixteenth pass.
    static func quotesTitleByStrings(_ b: [UInt8], before i: Int) -> Bool {
        var e = i
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        guard e > 0, ByteReader.isLetter(b[e - 1]) else { return false }
        for kind in titleKinds where e >= kind.utf8.count {
            let start = e - kind.utf8.count
            if b[start..<e].elementsEqual(kind.utf8), start == 0 || !ByteReader.isAlnum(b[start - 1]) { return true }
        }
        return false
    }

    /// Kinds of things named by a quoted title, folded: the type words, movements and campaigns.
    /// `hội thi «Tìm hiểu Quyết định số …»` as `cuộc thi`, `dự án`, `đề tài`. Not `phong trào thi đua “Thực hiện Nghị quyết số
    /// 10-NQ/TU …”`: an emulation movement launched to carry a document out carries it out (evaluation set 270, whose gold
    /// says so, doubtful; red team 22 r4 would have it named). A press piece's title (`loạt bài “Camera an ninh theo Quyết định
    /// số 35/2022/QĐ-UBND …”`, red team 23: its `theo` made the plan rest on a replaced decision, a false error).
    private static let titleKinds = TypeCodes.words.map(\.folded) + ["phong trao", "cuoc van dong", "chu de", "khau hieu", "cuoc thi",
                                                                     "hoi thi", "du an", "de tai", "loat bai", "bai viet", "bai bao",
                                                                     "phong su", "chuyen muc", "toa dam", "tieu de", "cuon sach"]

    /// `titleKinds`' bytes grouped by their last byte.
    private static let titleKindsByLastByte: [[[UInt8]]] = {
        var groups = [[[UInt8]]](repeating: [], count: 256)
        for kind in titleKinds where !kind.isEmpty { groups[Int(kind.utf8.last!)].append(Array(kind.utf8)) }
        return groups
    }()

    /// Whether the quotation mark at `i` opens words of a text being amended: `cụm từ “…”`, `bằng từ “…”`.
    private static func quotesWords(_ b: [UInt8], before i: Int) -> Bool {
        var e = i
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        guard e >= 2, b[e - 2] == UInt8(ascii: "t"), b[e - 1] == UInt8(ascii: "u"), e == 2 || !ByteReader.isAlnum(b[e - 3]) else { return false }
        var p = e - 2
        while p > 0, b[p - 1] == 0x20 { p -= 1 }
        var w = p
        while w > 0, ByteReader.isLetter(b[w - 1]) { w -= 1 }
        return ["cum", "bang", "thay", "bo", "cac"].contains(String(decoding: b[w..<p], as: UTF8.self))
    }

    /// Whether `mentionStart` begins an item of an enumerated list: only an item marker before
    /// it on its line (`1. Thông tư số …`, `a) Quyết định số …`, `- Nghị định số …`).
    static func isItemStart(_ b: [UInt8], mentionStart: Int) -> Bool {
        var lineStart = mentionStart
        while lineStart > 0, b[lineStart - 1] != 0x0A, mentionStart - lineStart < 16 { lineStart -= 1 }
        guard lineStart == 0 || b[lineStart - 1] == 0x0A else { return false }
        var k = lineStart
        while k < mentionStart, b[k] == 0x20 { k += 1 }
        let markerStart = k
        // `| 1 | 27/2019/QĐ-UBND | … |`, `1<TAB>27/2019/QĐ-UBND<TAB>…` (red team, round 21): a table's row, its number in the
        // first cell, is an item as `1. Quyết định số …` is.
        while k < mentionStart, ByteReader.isDigit(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ")")
                || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "|") || b[k] == 0x09
                || (k > markerStart && b[k] == 0x20)
                || (k == markerStart && ByteReader.isLetter(b[k]) && k + 1 < mentionStart && b[k + 1] == UInt8(ascii: ")")) { k += 1 }
        guard k > markerStart else { return false }
        while k < mentionStart, b[k] == 0x20 { k += 1 }
        return k == mentionStart
    }

    /// The relation a line's colon opens a list with (`Bãi bỏ … các văn bản sau đây:`), as `enumeratedLists` reads it.
    static func listRelation(_ seg: TextSegment, colon: Int) -> Relation? {
        let b = seg.bytes
        let heading = !seg.originalText(0..<colon).contains(where: \.isLowercase)
        let clauseStart = heading ? 0 : (lastSeparator(seg, in: max(0, colon - 300)..<colon) ?? max(-1, colon - 301)) + 1
        guard let relation = findTrigger(b, window: clauseStart..<colon, objectFollows: false) else { return nil }
        return relation.isRevision && passiveRevision(b, window: clauseStart..<colon) != nil ? .references : relation
    }

    /// Whether the table row holding offset `after` ends with a cell naming a part of a document: `Khoản 2 Điều 7 …`,
    /// `Điều 5`, `Phụ lục II`, `Một phần`, `Một số điều`; never a subject's word (`điều kiện`).
    static func lastCellNamesPart(_ b: [UInt8], after: Int) -> Bool {
        let lineEnd = b[after...].firstIndex(of: 0x0A) ?? b.count
        var end = lineEnd
        while end > after, b[end - 1] == 0x20 || b[end - 1] == UInt8(ascii: "|") || b[end - 1] == 0x09 { end -= 1 }
        guard let bar = b[after..<end].lastIndex(where: { $0 == UInt8(ascii: "|") || $0 == 0x09 }) else { return false }
        return namesPart(b, bar + 1..<end)
    }

    /// Whether the cell `cell` of `b` opens with a part of a document (see `lastCellNamesPart`).
    static func namesPart(_ b: [UInt8], _ cell: Range<Int>) -> Bool {
        var r = ByteReader(b, from: cell.lowerBound, end: cell.upperBound)
        r.skipSpaces()
        if r.matchWord("mot phan") || r.matchWord("mot so dieu") || r.matchWord("mot so khoan") || r.matchWord("mot so noi dung") { return true }
        for part in ["khoan", "dieu", "diem", "phu luc", "chuong", "muc"] {
            var q = r
            guard q.matchWord(part) else { continue }
            q.skipSpaces()
            if let c = q.current, ByteReader.isDigit(c) || part == "diem" || part == "phu luc" || part == "chuong" { return true }
        }
        return false
    }

    /// The enumerated lists of a segment, each opened by a line ending in a colon whose clause
    /// has a relation verb (`Bãi bỏ toàn bộ 14 văn bản … sau đây:`), and closed by an article
    /// heading (`Điều 2.`), a line opening a clause (`Căn cứ …`), or the next such colon. One
    /// forward pass, so that a long list (and a page break inside it) costs no more than its length.
    private static func enumeratedLists(_ seg: TextSegment) -> [(range: Range<Int>, relation: Relation)] {
        let b = seg.bytes
        var lists: [(range: Range<Int>, relation: Relation)] = []
        var open: (start: Int, relation: Relation)?
        func close(at end: Int) {
            if let o = open, end > o.start { lists.append((o.start..<end, o.relation)) }
            open = nil
        }
        // An upper-case section heading `I. CĂN CỨ XÂY DỰNG` / `KẾ HOẠCH` (or `CƠ SỞ PHÁP LÝ`)
        // opens a list of bases that runs to the next section (`II. …`).
        var underHeading = false
        var lineStart = 0
        while lineStart < b.count {
            let lineEnd = b[lineStart...].firstIndex(of: 0x0A) ?? b.count
            var r = ByteReader(b, from: lineStart, end: lineEnd)
            r.skipSpaces()
            if r.matchWord("dieu") {
                r.skipSpaces()
                if r.current.map(ByteReader.isDigit) == true { close(at: lineStart); underHeading = false }
            } else if RelationPhrases.opensClause(seg, at: lineStart, end: lineEnd) {
                close(at: lineStart)
                underHeading = false
            } else if underHeading, sectionNumber(b, lineStart..<lineEnd) {
                close(at: lineStart)
                underHeading = false
            }
            if let heading = basesHeading(seg, lineStart..<lineEnd) {
                close(at: lineStart)
                // The heading may wrap onto a second upper-case line (`I. CĂN CỨ XÂY DỰNG` / `KẾ HOẠCH`).
                var start = lineEnd
                let next = lineEnd + 1
                if next < b.count {
                    let nextEnd = b[next...].firstIndex(of: 0x0A) ?? b.count
                    if nextEnd > next, !ByteReader.isDigit(b[next]), !seg.originalText(next..<nextEnd).contains(where: \.isLowercase) { start = nextEnd }
                }
                open = (start, heading)
                underHeading = true
                lineStart = start + 1
                continue
            }
            var e = lineEnd
            while e > lineStart, b[e - 1] == 0x20 { e -= 1 }
            if e > lineStart, b[e - 1] == UInt8(ascii: ":") {
                let colon = e - 1
                // `Theo đề nghị của Giám đốc Sở Tư pháp,` / `QUYẾT ĐỊNH:`: an upper-case operative
                // heading is a clause of its own; the proposal above it governs nothing below.
                let heading = !seg.originalText(lineStart..<colon).contains(where: \.isLowercase)
                let clauseStart = heading ? lineStart : (lastSeparator(seg, in: max(0, colon - 300)..<colon) ?? max(-1, colon - 301)) + 1
                if let relation = findTrigger(b, window: clauseStart..<colon, objectFollows: false) {
                    close(at: lineStart)
                    // `Quyết định số 12/2019/QĐ-UBND … được sửa đổi, bổ sung bởi:` (a consolidated text's
                    // opening): the documents listed revised the one before the colon, not this text.
                    let passive = relation.isRevision && passiveRevision(b, window: clauseStart..<colon) != nil
                    open = (lineEnd, passive ? .references : relation)
                }
            }
            lineStart = lineEnd + 1
        }
        close(at: b.count)
        return lists
    }

    /// The relation of the list an upper-case heading opens: `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`,
    /// `1. CĂN CỨ PHÁP LÝ`, `CƠ SỞ PHÁP LÝ` open a list of bases.
    private static func basesHeading(_ seg: TextSegment, _ line: Range<Int>) -> Relation? {
        let b = seg.bytes
        var r = ByteReader(b, from: line.lowerBound, end: line.upperBound)
        r.skipSpaces()
        // `I.`, `1.`, `A.`, `1)`: the section's number.
        let numbered = r.position
        while r.position < line.upperBound, ByteReader.isAlnum(b[r.position]), r.position - numbered < 5 { r.position += 1 }
        if r.position < line.upperBound, r.position > numbered, b[r.position] == UInt8(ascii: ".") || b[r.position] == UInt8(ascii: ")") {
            r.position += 1
            r.skipSpaces()
        } else {
            r.position = numbered
        }
        guard r.matchWord("can cu") || r.matchWord("co so phap ly") || r.matchWord("co so xay dung"),
              !seg.originalText(line).contains(where: \.isLowercase) else { return nil }
        // A heading names no document itself: `CĂN CỨ NGHỊ QUYẾT SỐ …` is a basis, not a section.
        guard !b[r.position..<line.upperBound].contains(where: ByteReader.isDigit) else { return nil }
        return .basedOn
    }

    /// Whether a line opens a numbered section: `II. NỘI DUNG`, `III.`.
    private static func sectionNumber(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        while k < line.upperBound, b[k] == 0x20 { k += 1 }
        let start = k
        while k < line.upperBound, [UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x")].contains(b[k]) { k += 1 }
        return k > start && k < line.upperBound && b[k] == UInt8(ascii: ".")
    }

    /// Whether the text at `from` opens with direction received (`chỉ đạo của …`, `ý kiến chỉ đạo
    /// của …`, `sự chỉ đạo của …`).
    private static func startsWithDirection(_ b: [UInt8], from: Int) -> Bool {
        var r = ByteReader(b, from: from)
        r.skipSpaces()
        return ["chi dao", "y kien chi dao", "su chi dao", "theo chi dao"].contains { r.phraseEnd($0, at: r.position) != nil }
    }

    /// Words that attach what follows to the citing document's own clause, not to the
    /// previous citation's description.
    /// `… và của Giám đốc Sở Nội vụ tại`, `…, của Sở Tài chính tại`: a gap that names another
    /// body whose document the clause's verb also takes (`Xét đề nghị của … tại Tờ trình …`).
    private static func parallelSource(_ b: [UInt8], _ gap: Range<Int>) -> Bool {
        guard gap.count < 120 else { return false }
        var r = ByteReader(b, from: gap.lowerBound, end: gap.upperBound)
        r.skipSpaces()
        if r.current == UInt8(ascii: ",") { r.position += 1; r.skipSpaces() }
        _ = r.matchWord("va")
        r.skipSpaces()
        // `và ý kiến thẩm định của Sở Tư pháp tại Báo cáo số …`: another body's opinion, in the same frame.
        _ = skipOpinion(&r)
        // `… và Giám đốc Sở Nội vụ tại Tờ trình số …`: the second body named without `của`.
        let named = r.matchWord("cua") || requestingHeads.contains { r.phraseEnd($0, at: r.position) != nil }
        guard named, wordEnding(b, at: trimmedEnd(b, before: gap.upperBound), "tai") != nil else { return false }
        // One body's name between: no clause of its own.
        return !b[r.position..<gap.upperBound].contains { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }
    }

    /// `Thực hiện Chỉ thị số 22/CT-TW … về đẩy mạnh … (11/6/1948 - 11/6/2018) và chỉ đạo của UBND tỉnh tại văn bản
    /// số 238/UBND-KGVX` (real: Lạng Sơn's emulation board, 2018): after the cited document's description, `và` and
    /// another body's direction or opinion (`chỉ đạo`, `ý kiến`) at a letter is the same frame again; the start of
    /// that `và`, or nil. Without the opinion's word (`… về A và B của Sở X tại …`) it stays in the description.
    private static func directionAfterDescription(_ b: [UInt8], _ gap: Range<Int>) -> Int? {
        let lower = max(gap.lowerBound, gap.upperBound - 120)
        let reader = ByteReader(b, from: lower, end: gap.upperBound)
        var from = lower
        var found: Int?
        while let v = reader.firstIndex(of: "va ", from: from) {
            from = v + 3
            guard v == 0 || !ByteReader.isAlnum(b[v - 1]) else { continue }
            var r = ByteReader(b, from: v + 3, end: gap.upperBound)
            r.skipSpaces()
            guard skipOpinion(&r), r.matchWord("cua") else { continue }
            // `… tại văn bản số 238/UBND-KGVX`: the number's mention may start after `văn bản số`.
            var end = trimmedEnd(b, before: gap.upperBound)
            if let so = wordEnding(b, at: end, "so") { end = trimmedEnd(b, before: so) }
            if let letter = wordEnding(b, at: end, "van ban") { end = trimmedEnd(b, before: letter) }
            guard wordEnding(b, at: end, "tai") != nil,
                  !b[r.position..<gap.upperBound].contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }) else { continue }
            found = v
        }
        return found
    }

    /// A reader past the comma that opens `gap` and the spaces around it, or nil when the gap opens with none: where
    /// a clause after a citation starts (`opensPreambleClause`, `opensCause`, `opensClauseOfNamedBody`).
    private static func afterComma(_ b: [UInt8], _ gap: Range<Int>) -> ByteReader? {
        var r = ByteReader(b, from: gap.lowerBound, end: gap.upperBound)
        r.skipSpaces()
        guard r.match(",") else { return nil }
        r.skipSpaces()
        return r
    }

    /// Words that open a clause of cause after a comma, folded: `do`, `vì`, `bởi vì`, `lý do:` (the written form is
    /// checked too: folded, `do` is also `đó`, `độ`, and `vi` `vị`, `vi phạm`).
    static let causeWords = ["do ", "vi ", "boi vi ", "ly do", "voi ly do", "vi ly do"]

    /// The written forms of `causeWords`, lower case.
    private static let writtenCauses: Set<String> = ["do", "vì", "bởi vì", "lý do", "với lý do", "vì lý do"]

    /// Whether the gap opens with a comma and a clause of cause (`, do các nội dung đã được lồng ghép vào`, `, lý do:`).
    private static func opensCause(_ seg: TextSegment, _ gap: Range<Int>) -> Bool {
        guard let r = afterComma(seg.bytes, gap), let end = causeWords.lazy.compactMap({ r.phraseEnd($0.trimmingCharacters(in: .whitespaces), at: r.position) }).max() else { return false }
        return writtenCauses.contains(seg.originalText(r.position..<end).lowercased())
    }

    /// Whether the gap opens with a comma and a clause of purpose whose verb governs the citation (`, để hướng dẫn
    /// thực hiện`, `, nhằm cụ thể hóa`): `để` as written (folded, it is also `đề`, `đê`, `dễ`).
    private static func opensPurpose(_ seg: TextSegment, _ gap: Range<Int>) -> Bool {
        guard gap.count < 160, var r = afterComma(seg.bytes, gap) else { return false }
        let start = r.position
        guard r.matchWord("de") || r.matchWord("nham") else { return false }
        guard ["để", "nhằm"].contains(seg.originalText(start..<r.position).lowercased()) else { return false }
        r.skipSpaces()
        return r.position < gap.upperBound && findTrigger(seg.bytes, window: r.position..<gap.upperBound) != nil
    }

    /// Heads and bodies that put a request to the one deciding, folded.
    private static let requestingHeads = ["giam doc", "chu tich", "truong ban", "thu truong", "chanh van phong", "vien truong",
                                          "cuc truong", "so ", "ban ", "uy ban", "hoi dong", "van phong"]

    /// What a body puts to the one deciding, besides its request: `ý kiến thẩm định của Sở Tư pháp`,
    /// `ý kiến đề xuất của Giám đốc Sở Tài chính`. Longest first.
    /// `… và chỉ đạo của UBND tỉnh tại văn bản số …` after `Thực hiện …`: direction received, in the same frame.
    private static let opinionWords = ["y kien tham dinh", "y kien tham tra", "y kien de xuat", "y kien de nghi", "y kien gop y",
                                       "y kien chi dao", "su chi dao", "chi dao", "y kien", "de nghi", "de xuat", "bao cao tham dinh",
                                       "ket qua tham dinh"]

    /// `Xét đề nghị của … tại Tờ trình số …; ý kiến đề xuất của Giám đốc Sở Tài chính tại Văn bản số
    /// …`: an item of the request frame that brings another body's opinion.
    private static func startsWithOpinion(_ b: [UInt8], from: Int) -> Bool {
        var r = ByteReader(b, from: from)
        r.skipSpaces()
        return skipOpinion(&r) && r.matchWord("cua")
    }

    /// Passes over an opinion noun (`opinionWords`) and the spaces after it; false, and nothing
    /// passed, when none stands at the reader's position.
    private static func skipOpinion(_ r: inout ByteReader) -> Bool {
        let reader = r
        guard let end = opinionWords.lazy.compactMap({ reader.phraseEnd($0, at: reader.position) }).first else { return false }
        r.position = end
        r.skipSpaces()
        return true
    }

    /// `Căn cứ …; Nghị định số 152/2025/NĐ-CP … quy định về phân cấp …; quy định chi tiết và hướng
    /// dẫn một số điều của Luật Thi đua, khen thưởng; …`: in a basis list every item opens with a
    /// document's name, so a `;` followed by a lower-case word is inside the previous document's
    /// title, which goes on.
    private static func describesOnAcrossSemicolon(_ seg: TextSegment, _ sep: Int, prev: Citation) -> Bool {
        let b = seg.bytes
        guard b[sep] == UInt8(ascii: ";"), !prev.isNested, prev.relation == .basedOn else { return false }
        var r = ByteReader(b, from: sep + 1)
        r.skipSpaces()
        // A title goes on with what a decree or circular does (`quy định …`, `hướng dẫn …`,
        // `sửa đổi …`); `; số 83/2015/QH13` and `; ý kiến chỉ đạo của …` are items of the list.
        guard !r.atEnd, !seg.startsUpperCase(at: r.position) else { return false }
        return ["quy dinh", "huong dan", "sua doi", "bo sung", "bai bo"].contains { r.phraseEnd($0, at: r.position) != nil }
    }

    /// Whether `tiếp tục` stands up to three words before `verb` (`Tiếp tục đẩy mạnh thực hiện`,
    /// `tiếp tục quán triệt, triển khai`), in lower-case words only.
    private static func continuesBefore(_ b: [UInt8], _ verb: Int, from start: Int) -> Bool {
        var k = verb
        for _ in 0..<4 {
            while k > start, b[k - 1] == 0x20 || b[k - 1] == 0x0A || b[k - 1] == UInt8(ascii: ",") { k -= 1 }
            guard k > start, ByteReader.isLetter(b[k - 1]) else { return false }
            if wordEnding(b, at: k, "tiep tuc") != nil { return true }
            while k > start, ByteReader.isLetter(b[k - 1]) { k -= 1 }
        }
        return false
    }

    /// Adverbs of manner that may stand between `và` and a coordinated verb.
    private static let verbManners = ["tung buoc", "quyet liet", "khan truong", "kien quyet", "kip thoi", "tich cuc", "chu dong"]

    private static func mainClauseMarker(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        let r = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        if r.contains("gan voi") || r.contains("dong thoi") || r.contains("dong bo voi") || r.contains("ket hop voi") { return true }
        // `Thực hiện Nghị quyết số 11/NQ-CP … về … và triển khai Nghị quyết số 43/2022/QH15`: a second
        // verb of the citing document, coordinated with the first.
        // `… quán triệt, tuyên truyền và triển khai thực hiện …` ends a series of verbal nouns inside
        // the description: a comma shortly before `và` marks such a series.
        var from = range.lowerBound
        while let v = r.firstIndex(of: "va", from: from) {
            from = v + 2
            if b[max(range.lowerBound, v - 40)..<v].contains(UInt8(ascii: ",")) { continue }
            var q = ByteReader(b, from: v + 2, end: range.upperBound)
            q.skipSpaces()
            // `… và từng bước thực hiện “Chiến lược …”`, `và quyết liệt triển khai`: a manner before the verb.
            if let manner = verbManners.lazy.compactMap({ q.phraseEnd($0, at: q.position) }).first {
                q.position = manner
                q.skipSpaces()
            }
            // `tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW … và 05 năm thực hiện Kết luận số 01-KL/TW` (red team, round
            // 10): a span of years before the verb, each document reviewed over its own.
            var span = q
            if span.readNumber(digits: 1...2) != nil {
                span.skipSpaces()
                if span.matchWord("nam") { span.skipSpaces(); q = span }
            }
            for (phrase, relation) in RelationPhrases.before where relation == .implements || relation == .continues {
                guard let e = q.phraseEnd(phrase, at: q.position) else { continue }
                // The verb's object is the mention itself (type word and number only after it).
                let rest = b[e..<range.upperBound]
                if rest.count < 40, !rest.contains(UInt8(ascii: ",")) { return true }
                break
            }
        }
        return false
    }

    /// Where a trailing `và` or `,` before a mention starts, if the range ends with one.
    private static func trailingConnector(_ b: [UInt8], _ range: Range<Int>) -> Int? {
        var i = range.upperBound
        while i > range.lowerBound, ByteReader.isSpace(b[i - 1]) { i -= 1 }
        if i > range.lowerBound, b[i - 1] == UInt8(ascii: ",") || b[i - 1] == UInt8(ascii: "&") { return i - 1 }
        if i - 2 >= range.lowerBound, b[i - 2] == UInt8(ascii: "v"), b[i - 1] == UInt8(ascii: "a"),
           i - 2 == 0 || !ByteReader.isAlnum(b[i - 3]) { return i - 2 }
        return nil
    }

    /// Whether the text opens with a type word (`Luật Đầu tư công số …`, `Nghị định quy định …`), or
    /// with a type's code standing for its word before a number (`…; QĐ số 123/QĐ-UBND …; KH
    /// 45-KH/TU`, as clerks abbreviate the items of a list).
    private static func startsWithTypeWord(_ s: ArraySlice<UInt8>) -> Bool {
        var r = ByteReader(Array(s))
        r.skipSpaces()
        if TypeCodes.words.contains(where: { r.phraseEnd($0.folded, at: r.position) != nil }) { return true }
        guard let code = TypeCodes.abbreviations.first(where: { r.phraseEnd($0, at: r.position) != nil }),
              let end = r.phraseEnd(code, at: r.position) else { return false }
        r.position = end
        r.skipSpaces()
        if r.matchWord("so") { r.skipSpaces() }
        // The gap ends where the number starts.
        return r.atEnd || r.current.map(ByteReader.isDigit) == true
    }

    /// Only spaces, commas and joining words (`và`, `cùng`).
    /// A type word followed by one or two lower-case words that end at `end` (the `số` already
    /// skipped): where the type word starts and ends, or nil.
    private static func qualifiedTypeWord(_ seg: TextSegment, before end: Int) -> (Int, Int)? {
        let b = seg.bytes
        var q = end
        for _ in 0..<2 {
            var ws = q
            while ws > 0, ByteReader.isLetter(b[ws - 1]) { ws -= 1 }
            guard ws < q, !seg.startsUpperCase(at: ws) else { return nil }
            let word = String(decoding: b[ws..<q], as: UTF8.self)
            guard !["va", "cua", "tai", "theo", "so", "nam", "ngay", "hoac", "voi"].contains(word) else { return nil }
            q = ws
            while q > 0, b[q - 1] == 0x20 { q -= 1 }
            for w in TypeCodes.words where w.code != "Luật" {
                if let start = wordEnding(b, at: q, w.folded), seg.startsUpperCase(at: start) { return (start, q) }
            }
        }
        return nil
    }

    /// Whether every word of `s` (split at spaces, line breaks, `,`, `&` and `-`) is a connector (`và`, `cùng`, …).
    /// Read word by word on the bytes, stopping at the first that is none: splitting the whole gap into strings first
    /// cost 37,000 instructions a call (other-hands: 7 M of 450 M on 400 documents). On ASCII without CR (folded bytes)
    /// a byte is a character; anything else is split as before (`onlyConnectorsSplitting`).
    static func onlyConnectors(_ s: ArraySlice<UInt8>) -> Bool {
        guard !s.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return onlyConnectorsSplitting(s) }
        let isSeparator = { (b: UInt8) in b == 0x20 || b == 0x0A || b == UInt8(ascii: ",") || b == UInt8(ascii: "&") || b == UInt8(ascii: "-") }
        var i = s.startIndex
        while i < s.endIndex {
            guard !isSeparator(s[i]) else { i += 1; continue }
            var j = i
            while j < s.endIndex, !isSeparator(s[j]) { j += 1 }
            let word = s[i..<j]
            guard RelationPhrases.connectors.contains(where: { $0.utf8.elementsEqual(word) }) else { return false }
            i = j
        }
        return true
    }

    /// What `onlyConnectors` answers, the gap split into strings first.
    static func onlyConnectorsSplitting(_ s: ArraySlice<UInt8>) -> Bool {
        let words = String(decoding: s, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "&" || $0 == "-" })
        return words.allSatisfy { RelationPhrases.connectors.contains(String($0)) }
    }

    /// Whether the words after the previous citation (`from`) up to this one's passive are `và được`, `, và đã được`, `và bị`:
    /// a second passive of the same subject, with no subject of its own.
    static func continuesPassive(_ b: [UInt8], from: Int, to window: Range<Int>) -> Bool {
        var r = ByteReader(b, from: max(from, window.lowerBound), end: window.upperBound)
        // The previous citation's date and issuer may stand between (`… ngày 15/10/2025 của UBND Thành phố và được …`).
        var found = r.firstIndex(of: "va ", from: r.position)
        while let at = found, at > 0, ByteReader.isAlnum(b[at - 1]) { found = r.firstIndex(of: "va ", from: at + 1) }
        guard let va = found else { return false }
        // Within one sentence: no `;`, no `. `, no line break.
        guard !breaksSentence(b, r.position..<va) else { return false }
        r.position = va
        _ = r.matchWord("va")
        r.skipSpaces()
        if r.matchWord("da") { r.skipSpaces() }
        if r.matchWord("cung") { r.skipSpaces() }
        return r.matchWord("duoc") || r.matchWord("bi")
    }

    /// Whether `range` holds a `;`, a line break or a full stop before a space: it runs past its sentence.
    static func breaksSentence(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        range.contains { k in b[k] == UInt8(ascii: ";") || b[k] == 0x0A || b[k] == UInt8(ascii: ".") && k + 1 < range.upperBound && b[k + 1] == 0x20 }
    }

    /// Whether the words from the previous citation's end (`from`) to a passive's `được` (`to`) are `, sau đó (đã)`,
    /// `, sau này`, `, tiếp đó`, `và sau đó`: the sentence goes on with its subject, within one sentence.
    static func goesOnWithSubject(_ b: [UInt8], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var r = ByteReader(b, from: from, end: to)
        // The previous citation's date and issuer may stand between; the clause's break is the last comma.
        guard !breaksSentence(b, from..<to), let comma = b[from..<to].lastIndex(of: UInt8(ascii: ",")) else { return false }
        r.position = comma + 1
        r.skipSpaces()
        if r.matchWord("va") { r.skipSpaces() }
        guard r.matchWord("sau do") || r.matchWord("sau nay") || r.matchWord("tiep do") || r.matchWord("tiep theo") else { return false }
        r.skipSpaces()
        if r.matchWord("da") { r.skipSpaces() }
        if r.matchWord("lai") { r.skipSpaces() }
        return r.atEnd
    }

    /// The kinds whose text adopts what it says `thông qua` (a council's resolution, a decision, a conclusion, rules).
    static let adoptingKinds: Set<String> = ["NQ", "QĐ", "KL", "QC", "QĐi", "TTr"]

    /// Where `sửa` starts when `sửa <one word>,` stands right before `bổ sung` at `i` (`sửa đổi, bổ sung` with letters lost:
    /// `sửa đi, bổ sung`), else nil.
    static func damagedAmendingVerb(_ b: [UInt8], before i: Int) -> Int? {
        var k = trimmedEnd(b, before: i)
        if k > 0, b[k - 1] == UInt8(ascii: ",") { k = trimmedEnd(b, before: k - 1) }
        var w = k
        while w > 0, ByteReader.isLetter(b[w - 1]) { w -= 1 }
        guard w < k, k - w <= 4 else { return nil }
        return wordEnding(b, at: trimmedEnd(b, before: w), "sua")
    }

    /// Whether the words right after a revision verb (at `from`) name a document or a part of one: a kind (`Quyết định`,
    /// `Quy chế`), a part (`Điều 5`, `Phụ lục`), a number of them (`các`, `02`, `một số`, `toàn bộ`), a name's parts
    /// (`tên gọi`, `cụm từ`), or the citation itself (nothing between).
    static func revisesDocument(_ b: [UInt8], from: Int, end: Int) -> Bool {
        var r = ByteReader(b, from: from, end: end)
        r.skipSpaces()
        while r.match(",") || r.match(":") { r.skipSpaces() }
        if r.atEnd || ByteReader.isDigit(b[r.position]) { return true }
        if ["cac", "nhung", "toan bo", "mot so", "mot phan", "ten goi", "van ban", "quy dinh", "quy che", "noi dung", "bang", "danh sach",
            "thu tuc", "chinh sach", "muc", "khoan", "diem"].contains(where: { r.phraseEnd($0, at: r.position) != nil }) { return true }
        if RelationPhrases.documentParts.contains(where: { r.phraseEnd($0, at: r.position) != nil }) { return true }
        return DocumentIdentity.typeWordOpenings.contains { r.phraseEnd($0, at: r.position) != nil }
    }

    /// `theo` or `tại` as a word in `from..<end` (not `kèm theo`, `ban hành theo`): the preposition that names the document
    /// after it as a ground or a place, nil when none.
    static func prepositionBefore(_ b: [UInt8], from: Int, end: Int) -> String? {
        var k = from
        while k + 3 <= end {
            defer { k += 1 }
            guard k == 0 || !ByteReader.isLetter(b[k - 1]) else { continue }
            let isTheo = k + 4 <= end && b[k] == UInt8(ascii: "t") && b[k + 1] == UInt8(ascii: "h") && b[k + 2] == UInt8(ascii: "e")
                && b[k + 3] == UInt8(ascii: "o") && (k + 4 == end || !ByteReader.isLetter(b[k + 4]))
            let isTai = b[k] == UInt8(ascii: "t") && b[k + 1] == UInt8(ascii: "a") && b[k + 2] == UInt8(ascii: "i") && (k + 3 == end || !ByteReader.isLetter(b[k + 3]))
            guard isTheo || isTai else { continue }
            if isTheo, wordEnding(b, at: trimmedEnd(b, before: k), "kem") != nil || wordEnding(b, at: trimmedEnd(b, before: k), "ban hanh") != nil { continue }
            // `theo quy định tại Luật …` applies the law's rule, as `quy định tại` alone does: a mention, no ground.
            if isTheo, ByteReader(b, from: k + 4, end: end).phraseEnd("quy dinh", at: k + 5) != nil { return "tai" }
            return isTheo ? "theo" : "tai"
        }
        return nil
    }

    /// Whether `range` holds nothing but the parts of a document it names before the document: `Điều 1`, `khoản 2 Điều 5`,
    /// `Phụ lục III`, `điểm a, khoản 1 Điều 3 của`, `Mục 2 tại`.
    static func onlyPartsNamed(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var r = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        var parts = 0
        while true {
            r.skipSpaces()
            if r.atEnd { return parts > 0 }
            if parts > 0, r.match(",") { continue }
            if parts > 0, r.matchWord("va") || r.matchWord("cua") || r.matchWord("tai") { continue }
            guard let part = RelationPhrases.documentParts.lazy.compactMap({ r.phraseEnd($0, at: r.position) }).first else { return false }
            r.position = part
            r.skipSpaces()
            // The part's number: `1`, `III`, `a`, `2a` (`mẫu tại Phụ lục II` names a form, not a part: `tại` is no number).
            let start = r.position
            while !r.atEnd, ByteReader.isAlnum(b[r.position]) { r.position += 1 }
            let number = b[start..<r.position]
            guard !number.isEmpty, number.count <= 4,
                  number.contains(where: ByteReader.isDigit) || number.count == 1 || number.allSatisfy({ "ivxl".utf8.contains($0) }) else { return false }
            parts += 1
        }
    }

    /// The relation of the trigger phrase nearest the end of the window.
    /// `objectFollows`: the citation comes right after the window (false for a list opener,
    /// whose object is the list: `Bãi bỏ toàn bộ 14 văn bản … sau đây:`).
    private static func findTrigger(_ b: [UInt8], window: Range<Int>, ownType: String? = nil, objectFollows: Bool = true, ofSelf: Bool = false) -> Relation? {
        guard !window.isEmpty else { return nil }
        let r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        var best: (start: Int, end: Int, relation: Relation)?
        var revisionBefore: (start: Int, end: Int, relation: Relation)?
        var reviewSeen = false
        var establishing = false
        var carryingOut: (start: Int, end: Int, relation: Relation)?
        var describedAttachment = false
        var beforeAttachment: (start: Int, end: Int, relation: Relation)?
        var i = window.lowerBound
        while i < window.upperBound {
            if ByteReader.isLetter(b[i]), i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                if r.phraseEnd("thanh lap", at: i) != nil { establishing = true }
                var tried: Int?
                while let (entry, end) = RelationPhrases.beforeIndex.match(r, at: i, after: tried) {
                    tried = entry
                    let phrase = RelationPhrases.beforeIndex.phrase(entry), relation = RelationPhrases.beforeIndex.value(entry)
                    // `các nghị quyết, chỉ thị, hướng dẫn của Trung ương …` (real: Điện Biên's Huyện ủy, 2024), `văn bản chỉ
                    // đạo, hướng dẫn của Tỉnh ủy`: guidance of a body is a noun; the verb before it governs.
                    if phrase == "huong dan" {
                        var after = ByteReader(b, from: end, end: window.upperBound)
                        after.skipSpaces()
                        if after.matchWord("cua") { i = end - 1; break }
                    }
                    // `các nghị quyết của Ban Chấp hành Đảng bộ tỉnh: Nghị quyết số 02-NQ/TU …` (evaluation batch 28: the list
                    // read as complied with): `Ban Chấp hành` is the committee, not the verb `chấp hành`.
                    if phrase.hasPrefix("chap hanh"), wordEnding(b, at: trimmedEnd(b, before: i), "ban") != nil { i = end - 1; break }
                    if phrase == "theo" || phrase == "thu hoi" || phrase == "dinh chinh" {
                        // `theo`, `thu hồi` and `đính chính` only count right before the citation: `theo Quy định số …`,
                        // or before the part of it they name: `giống cây ăn quả trồng thay thế hồ tiêu … theo Điều 1 Quyết
                        // định số 28/2025/QĐ-UBND` (red team, round 29, c1: the verb's object was the crop, and the
                        // decision read as replaced).
                        var k = end
                        while k < window.upperBound, ByteReader.isSpace(b[k]) { k += 1 }
                        if k < window.upperBound, !(phrase == "theo" && onlyPartsNamed(b, k..<window.upperBound)) { break }
                    }
                    // `không làm hết hiệu lực …`, `Không bãi bỏ …`: a revision denied is no revision; the document is named.
                    if relation.isRevision, RelationPhrases.isNegated(b, phraseAt: i, from: window.lowerBound) {
                        best = (i, end, .references)
                        revisionBefore = nil
                        i = end - 1
                        break
                    }
                    // `Căn cứ Luật sửa đổi, bổ sung …` names an amending document that is cited: the
                    // verb belongs to that name. But `ban hành Nghị định sửa đổi, bổ sung … Nghị định
                    // số 126/2020/NĐ-CP`, of a decree, is this document amending 126/2020.
                    // `Xây dựng Nghị định thay thế Nghị định số 43/2016/NĐ-CP` in a task: the document to be
                    // made does it, and the plan is this document's (its planned replacement of 43/2016).
                    // `Căn cứ Luật sửa đi, bổ sung một s điều ca Luật thi đua, khen thưởng năm 2013` (Real 126, a PDF that lost
                    // its `ổ`, `ố`, `ủ`): `bổ sung` after `sửa` and any one word is still the amending document's name.
                    let verbStart = phrase == "bo sung" ? damagedAmendingVerb(b, before: i) ?? i : i
                    if relation.isRevision, let word = TypeCodes.words.first(where: { wordEnding(b, at: trimmedEnd(b, before: verbStart), $0.folded) != nil }),
                       word.code != ownType || best?.relation == .basedOn,
                       !makesDocument(b, typeWordEnd: trimmedEnd(b, before: verbStart), typeWord: word.folded) {
                        i = end - 1
                        break
                    }
                    // `Chánh Thanh tra tỉnh cử người thay thế theo Luật Thanh tra số 11/2022/QH15` (red team, round 26, c2): the
                    // substitute is a person (`người`, `cán bộ` thay thế), the verb that of appointing one; no document is replaced.
                    if relation == .replaces, ["nguoi", "can bo", "thanh vien", "dai bieu", "nhan su"].contains(where: { wordEnding(b, at: trimmedEnd(b, before: i), $0) != nil }) {
                        i = end - 1
                        break
                    }
                    // `mức sinh thay thế được duy trì`: a revision word followed by `được`, `bị` or
                    // `là` modifies a noun or is itself acted on; it governs no citation.
                    if relation.isRevision {
                        var after = ByteReader(b, from: end, end: window.upperBound)
                        after.skipSpaces()
                        if after.matchWord("duoc") || after.matchWord("bi") || after.matchWord("la") { i = end - 1; break }
                    }
                    // `Quy định ban hành kèm theo Quyết định số …`, `(kèm theo hồ sơ … và Báo cáo số …)` in
                    // a sentence describe another document; only a caption (`(Ban hành kèm theo Quyết
                    // định số …)` opening its line) attaches this text to the one it names.
                    // `các văn bản … ban hành theo Thông tư số …` in a sentence: other documents issued under it (not its
                    // attachment, which `kèm theo` names), so no verb before it reaches it.
                    if phrase == "ban hanh theo", !opensCaption(b, phrase: i..<end, windowEnd: window.upperBound) {
                        best = (i, end, .references)
                        revisionBefore = nil
                        carryingOut = nil
                        i = end - 1
                        break
                    }
                    if relation == .attachedTo {
                        describedAttachment = !ofSelf && !opensCaption(b, phrase: i..<end, windowEnd: window.upperBound)
                        beforeAttachment = best
                    }
                    if relation == .reviews { reviewSeen = true }
                    if let b = best, b.relation.isRevision { revisionBefore = b }
                    if let b = best, b.relation == .implements || b.relation == .continues { carryingOut = b }
                    best = (i, end, relation)
                    i = end - 1
                    break
                }
            }
            i += 1
        }
        guard var found = best else { return nil }
        // `Tiếp tục đẩy mạnh thực hiện …`: going on with it, a manner word or two between.
        if found.relation == .implements, continuesBefore(b, found.start, from: window.lowerBound) { found.relation = .continues }
        // `Tiếp tục đẩy mạnh thực hiện có hiệu quả các nội dung … theo Nghị quyết số 30c/NQ-CP`, `cụ thể
        // hóa các nhiệm vụ … theo Nghị quyết Đại hội XIV`: going on with, or making concrete, the
        // work under the document. A plain `thực hiện việc sinh hoạt Đảng theo Điều lệ Đảng` is done
        // as the document says (compliance), so `theo` keeps its reading there.
        if found.relation == .basedOn, r.phraseEnd("theo", at: found.start) != nil, var verb = carryingOut {
            if verb.relation == .implements, continuesBefore(b, verb.start, from: window.lowerBound) { verb.relation = .continues }
            if verb.relation == .continues || r.phraseEnd("cu the hoa", at: verb.start) != nil { found = verb }
        }
        // `Sửa đổi, bổ sung Quy chế làm việc … ban hành kèm theo Quyết định số 07-QĐ/TU`: the
        // attached document is known by its decision, and the revision is of that.
        if found.relation == .attachedTo, let revision = revisionBefore { found = revision }
        if found.relation == .attachedTo, describedAttachment {
            guard let before = beforeAttachment else { return nil }
            found = before
        }
        // `Sửa đổi, bổ sung khoản 2 Điều 5 quy định tại Quyết định số …`: the part revised is where
        // the decision lays it down; the revision is of the decision.
        if found.relation == .references, let revision = revisionBefore,
           r.phraseEnd("quy dinh tai", at: found.start) != nil || r.phraseEnd("theo quy dinh tai", at: found.start) != nil { found = revision }
        // `Sửa đổi, bổ sung, bãi bỏ một số điều của Quy định …`, `sửa đổi, bổ sung và bãi bỏ …`: one
        // run of verbs that amends and repeals parts leaves the document in force, amended.
        if found.relation == .repeals, let prior = revisionBefore, prior.relation == .amends,
           verbRunJoins(b, prior.end..<found.start) { found = prior }
        var relation = found.relation
        // `Sơ kết 5 năm thực hiện Nghị quyết …` reviews the resolution; it does not implement it.
        // `đánh giá … sau khi thực hiện theo Kết luận số 208-KL/TW`: what was done under it is reviewed. But `các Chi bộ tiến
        // hành đánh giá, phân loại chất lượng … thực hiện theo Hướng dẫn số 16` (evaluation batch 38) is an assessment of
        // people or bodies (`phân loại`, `xếp loại`) done as the guidance says, unless the work done is named (`sau khi`,
        // `kết quả`, `việc`, `tình hình`) right before `thực hiện theo`.
        let accordingTo = r.phraseEnd("thuc hien theo", at: found.start) != nil
        let lookingBack = ["sau khi", "ket qua", "viec", "tinh hinh"].contains { Self.wordEnding(b, at: Self.trimmedEnd(b, before: found.start), $0) != nil }
        let grading = accordingTo && !lookingBack
            && ["phan loai", "xep loai"].contains { (r.firstIndex(of: $0) ?? Int.max) < found.start }
        let carriedOut = relation == .implements || relation == .continues || accordingTo && !grading
        if reviewSeen, carriedOut { relation = .reviews }
        // `Sau 15 năm thực hiện Nghị quyết số 15-NQ/TW`: so many years of implementing is a review.
        if relation == .implements || relation == .continues, yearsOfImplementing(b, before: found.start) { relation = .reviews }
        // `Tổ trưởng Tổ công tác chuyên trách thực hiện Đề án 30`, `Ban Chỉ đạo thực hiện Nghị quyết
        // 37`: the verb is part of a body's name; the citing document names the body.
        // `Trưởng Ban chỉ đạo của Thành ủy về thực hiện NQ 28` (evaluation batch 28): the body's owner and `về` between.
        // (A review body, `Ban Chỉ đạo Trung ương tổng kết …`, is left to the review: the gold files disagree, 125 and 403.)
        if relation == .implements || relation == .continues, bodyNamedByTask(b, verb: found.start, from: window.lowerBound) { relation = .references }
        // `Trong những năm qua, quán triệt và thực hiện Kết luận …, … đạt nhiều kết quả`: looking back.
        if relation == .implements, r.contains("nhung nam qua") || r.contains("thoi gian qua") { relation = .reviews }
        // `Thay thế Phụ lục III Thông tư số 07/2021/TT-BLĐTBXH bằng …`, `Bãi bỏ Điều 3 quy định tại
        // Quyết định số …`: replacing or repealing a part of a document amends it; the document
        // itself stays in force.
        if relation == .replaces || (relation == .repeals && objectFollows) {
            let object = ByteReader(b, from: found.end, end: min(window.upperBound, found.end + 24))
            var o = object
            o.skipSpaces()
            if RelationPhrases.documentParts.contains(where: { o.phraseEnd($0, at: o.position) != nil }) { relation = .amends }
        }
        // `cầu Mỹ Lợi thay thế bến phà Mỹ Lợi, theo danh mục tại Nghị quyết số 45/NQ-HĐND` (red team, round 30, c1), `trồng
        // thay thế hồ tiêu quy định tại Điều 1 Quyết định số …` (reviewer, session 26): a verb whose object is no document
        // (a ferry, a crop) does nothing to the document a `theo` or `tại` later names; that one is followed or cited.
        if relation.isRevision, objectFollows, !revisesDocument(b, from: found.end, end: window.upperBound),
           let preposition = prepositionBefore(b, from: found.end, end: window.upperBound) {
            relation = preposition == "theo" ? .basedOn : .references
        }
        if relation.isRevision {
            // A revision verb governs only a citation close after it, and not one inside the
            // description of a body being set up (`thành lập Ban Chỉ đạo nghiên cứu sửa đổi Điều lệ`).
            let end = trimmedEnd(b, before: window.upperBound)
            // `Cập nhật, bổ sung hồ sơ … theo quy định tại Nghị định số …`: work done under the
            // document (compliance), whose object is something else.
            let compliance = ["theo quy dinh tai", "theo quy dinh cua"].contains { wordEnding(b, at: end, $0) != nil }
            let linked = !compliance && ["tai", "cua", "trong", "kem theo"].contains { wordEnding(b, at: end, $0) != nil }
            if (objectFollows && window.upperBound - found.end > RelationPhrases.revisionReach && !linked) || establishing
                || (compliance && objectFollows) { relation = .references }
        }
        return relation
    }

    /// The `(` of a bracket still open before the mention, opened after the previous citation with a
    /// verb of revision (`(thay thế Quy định số 96-QĐ/TW …)`, `(sửa đổi, bổ sung …)`, `(đã được thay
    /// thế bởi …)`); nil otherwise.
    /// Where the committee starts in a plenum's name at `at` (`Hội nghị lần thứ tư Ban Chấp hành Trung ương …`):
    /// the plenum speaks for its committee. Nil when no plenum opens there.
    private static func plenumCommittee(b: [UInt8], at start: Int, limit: Int) -> Int? {
        var r = ByteReader(b, from: start, end: limit)
        guard r.matchWord("hoi nghi"), let committee = r.firstIndex(of: "ban chap hanh", from: r.position), committee - r.position < 40 else { return nil }
        return committee
    }

    /// Whether a bracket opened in `range` is still open at its end, on one line, with a `;` inside it.
    private static func insideOpenBracket(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var depth = 0, semicolon = false
        for c in b[range] {
            switch c {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: ";"): if depth > 0 { semicolon = true }
            case 0x0A: return false
            default: break
            }
        }
        return depth > 0 && semicolon
    }

    private static func revisionAside(_ b: [UInt8], _ gap: Range<Int>) -> Int? {
        guard let open = b[gap].lastIndex(of: UInt8(ascii: "(")),
              !b[open..<gap.upperBound].contains(where: { $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ";") || $0 == 0x0A }) else { return nil }
        // `(thay thế Quyết định số …)`, or after a clause of its own: `(có hiệu lực từ ngày 01/11/2025, thay thế Quyết định số
        // 15/2020/QĐ-UBND …)` (red team, round 25, c2): each clause of the bracket opens after `(` or a comma.
        var clause = open + 1
        while clause <= gap.upperBound {
            var r = ByteReader(b, from: clause, end: gap.upperBound)
            r.skipSpaces()
            if r.matchWord("da duoc") || r.matchWord("duoc") { r.skipSpaces() }
            if ["thay the", "sua doi", "bai bo", "bo sung"].contains(where: { r.phraseEnd($0, at: r.position) != nil }) { return open }
            guard let comma = b[clause..<gap.upperBound].firstIndex(of: UInt8(ascii: ",")) else { return nil }
            clause = comma + 1
        }
        return nil
    }

    /// Whether a verb that makes a document (`xây dựng`, `ban hành`, `trình`, `soạn thảo`) stands
    /// right before the type word that ends at `typeWordEnd`.
    private static func makesDocument(_ b: [UInt8], typeWordEnd: Int, typeWord: String) -> Bool {
        guard let start = wordEnding(b, at: typeWordEnd, typeWord) else { return false }
        let before = trimmedEnd(b, before: start)
        guard let maker = ["xay dung", "ban hanh", "trinh", "soan thao", "du thao"].first(where: { wordEnding(b, at: before, $0) != nil }) else { return false }
        // `tham gia ý kiến vào dự thảo Quy chế sửa đổi, bổ sung Quy chế số 02-QC/HU`, `góp ý dự thảo …`: a letter
        // that comments on another's draft makes nothing; the draft would revise, once issued.
        if maker == "du thao", let d = wordEnding(b, at: before, maker) {
            let ahead = trimmedEnd(b, before: d)
            if Self.commentingOn.contains(where: { wordEnding(b, at: ahead, $0) != nil }) { return false }
        }
        return true
    }

    /// Who revises, when the last revision verb in the window follows a document of another kind than this one:
    /// true when that document is to be made (`Ban thống nhất việc ban hành Nghị quyết thay thế Nghị quyết số
    /// 21/2018/NQ-HĐND`, red team, round 9: a council commission's review report only agrees to it), false when the
    /// text tells that another made it (`… đã ban hành Quyết định thay thế …` in a report, reviewer, session 13), nil
    /// when no such document revises.
    private static func revisedByAnotherToBeMade(_ b: [UInt8], window: Range<Int>, ownType: String?) -> Bool? {
        let r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        var made: Bool?
        var i = window.lowerBound
        while i < window.upperBound {
            defer { i += 1 }
            guard ByteReader.isLetter(b[i]), i == 0 || !ByteReader.isAlnum(b[i - 1]) else { continue }
            var tried: Int?
            while let (entry, _) = RelationPhrases.beforeIndex.match(r, at: i, after: tried) {
                tried = entry
                guard RelationPhrases.beforeIndex.value(entry).isRevision else { continue }
                let end = trimmedEnd(b, before: i)
                if let word = TypeCodes.words.first(where: { wordEnding(b, at: end, $0.folded) != nil }),
                   word.code != ownType, makesDocument(b, typeWordEnd: end, typeWord: word.folded) {
                    made = wordEnding(b, at: end, word.folded).map { !reportedAsIssued(b, kindAt: $0) } ?? true
                } else {
                    made = nil
                }
                break
            }
        }
        return made
    }

    /// Words before `dự thảo` that comment on a draft (folded).
    private static let commentingOn = ["y kien vao", "y kien ve", "y kien doi voi", "y kien cho", "gop y", "gop y vao", "gop y ve",
                                       "lay y kien", "y kien tham gia", "tham gia y kien", "nhat tri voi", "tham dinh"]

    /// Laws, codes and ordinances, named: enacted by an assembly, never issued with a resolution.
    private static func isLaw(_ id: DocumentID) -> Bool {
        guard id.form == .named, let name = id.name?.folded else { return false }
        return NamedDocuments.LawHead(at: 0, in: ByteReader(Array(name.utf8))) != nil
    }

    /// Whether `kèm theo` at `phrase` is an attachment's caption: in brackets (`PHỤ LỤC (Kèm theo
    /// Nghị định số …)`, also where a page ran the title into one line), or with nothing but a mark
    /// or a table's cell border before it on its line; and only the type word between it and the citation.
    private static func opensCaption(_ b: [UInt8], phrase: Range<Int>, windowEnd: Int) -> Bool {
        var gap = ByteReader(b, from: phrase.upperBound, end: windowEnd)
        gap.skipSpaces()
        if let word = TypeCodes.words.first(where: { gap.phraseEnd($0.folded, at: gap.position) != nil }) {
            _ = gap.matchWord(word.folded)
            gap.skipSpaces()
            _ = gap.matchWord("so")
            _ = gap.match(":")
            gap.skipSpaces()
        }
        guard gap.atEnd else { return false }
        var k = phrase.lowerBound
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        if k > 0, b[k - 1] == UInt8(ascii: "(") { return true }
        while k > 0, b[k - 1] != 0x0A {
            let c = b[k - 1]
            guard c == 0x20 || c == 0x09 || c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "*")
                    || c == UInt8(ascii: "-") || c == UInt8(ascii: "|") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "_") else { return false }
            k -= 1
        }
        return true
    }

    /// Whether two verbs are one run: only spaces, commas and `và` between them.
    private static func verbRunJoins(_ b: [UInt8], _ gap: Range<Int>) -> Bool {
        var r = ByteReader(b, from: gap.lowerBound, end: gap.upperBound)
        while !r.atEnd {
            if let c = r.current, ByteReader.isSpace(c) || c == UInt8(ascii: ",") { r.position += 1; continue }
            guard r.matchWord("va") else { return false }
        }
        return true
    }

    /// The revision of a passive `(đã) được sửa đổi, bổ sung bởi`, `bị bãi bỏ tại`, `được thay
    /// thế bằng` that ends the window: the cited document revises the one before it.
    private static func passiveRevision(_ b: [UInt8], window: Range<Int>) -> Relation? {
        passiveRevisionSubject(b, window: window).flatMap { $0.relation.isRevision ? $0.relation : nil }
    }

    /// The passive revision ending the window, and where its `được`/`bị` starts (its subject stands before).
    /// `… được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số …` (a consolidated text's footnote):
    /// the provision that revises may stand between `tại` and the mention, and `theo quy định` before `tại`.
    private static func passiveRevisionSubject(_ b: [UInt8], window: Range<Int>) -> (relation: Relation, auxiliary: Int)? {
        // `Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực` (red team 45 c1: read
        // as the decree resting on the decision, a false cycle): the document before is the ground the mention was
        // issued on, as a passive's subject is what its agent revised.
        if let ground = issuedOnGround(b, window: window) { return (.basedOn, ground) }
        var k = stripPartReference(b, trimmedEnd(b, before: window.upperBound), from: window.lowerBound)
        // `… tại điểm e khoản 2 Điều 1 của Thông tư số …`: the provision's document after `của`.
        if let cua = wordEnding(b, at: k, "cua"), cua >= window.lowerBound {
            let beforeCua = trimmedEnd(b, before: cua)
            let provision = stripPartReference(b, beforeCua, from: window.lowerBound)
            if provision < beforeCua { k = provision }
        }
        // `Nghị định số 44/2014/NĐ-CP đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực` (red team 45
        // c2: read as the old decree repealing the new): told (`đã`), the day the mention took effect ended the one before.
        // Untold (`Quyết định số 07/2021/QĐ-UBND hết hiệu lực kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực` in an
        // article, reviewer, session 30), this text ends it on that day.
        if let end = endDatedBy(b, window: window) {
            guard wordEnding(b, at: trimmedEnd(b, before: end), "da") != nil else { return nil }
            return (.repeals, end)
        }
        // The type word of the mention is not in the window; `bởi`, `tại`, `theo`, `bằng` end it.
        guard let (by, marker) = ["boi", "tai", "theo", "bang"].lazy.compactMap({ m in wordEnding(b, at: k, m).map { ($0, m) } }).first else { return nil }
        // `Nghị quyết số 05-NQ/TU được cụ thể hóa bằng Kế hoạch số 12-KH/TU` (red team, round 17: read as the resolution
        // carrying out the plan, a false cycle): by `bằng` or `bởi`, the document after does what the verb says to the one
        // before. (`được thực hiện theo Quyết định …` follows it: compliance, not an agent.)
        let agent = marker == "bang" || marker == "boi"
        k = trimmedEnd(b, before: by)
        if let rule = wordEnding(b, at: k, "theo quy dinh") { k = trimmedEnd(b, before: rule) }
        // `được sửa đổi, bổ sung một số điều theo …`: what was revised may stand between.
        if let part = ["mot so dieu, khoan", "mot so dieu", "mot so noi dung"].lazy.compactMap({ wordEnding(b, at: k, $0) }).first {
            k = trimmedEnd(b, before: part)
        }
        // `… đã bị bãi bỏ toàn bộ tại Quyết định số …` (red team, round 21: read as the report's clause, whose subject was
        // the decision after it, so the repealing decision was repealed): how much of the subject goes stands between;
        // a part repealed or replaced is amended.
        var partial = false
        // `Quy định số 06-QĐ/HU … đã được sửa đổi, bổ sung Điều 5 bằng Quy định số 11-QĐ/HU` (red team 44 c2: read as the
        // active `06-QĐ/HU sửa đổi Điều 5 …`, a false cycle): the part revised, between the verb and its agent.
        let partStart = stripPartReference(b, k, from: window.lowerBound)
        if partStart < k { k = partStart; partial = true }
        if let whole = wordEnding(b, at: k, "toan bo") ?? wordEnding(b, at: k, "toan van") { k = trimmedEnd(b, before: whole) }
        else if let part = wordEnding(b, at: k, "mot phan") { k = trimmedEnd(b, before: part); partial = true }
        let r = ByteReader(b, from: window.lowerBound, end: k)
        for (phrase, relation) in RelationPhrases.before where relation.isRevision || agent && (relation == .implements || relation == .guides) {
            // The phrase must end right before `bởi`, with `được` or `bị` before it.
            guard let start = wordEnding(b, at: k, phrase), start >= window.lowerBound, r.phraseEnd(phrase, at: start) != nil else { continue }
            let before = trimmedEnd(b, before: start)
            let agent = auxiliaryBeforeAgent(b, before: before, window: window)
            if let aux = wordEnding(b, at: before, "duoc") ?? wordEnding(b, at: before, "bi") ?? agent?.start {
                // `đã được Sở Tư pháp đề nghị thay thế bằng …` (reviewer, session 29): asked for, not done; the passive's
                // subject is still the document before, which nothing revised.
                if agent?.asked == true { return (.references, aux) }
                // `…: ngoài Điều 5 đã được bãi bỏ tại Quyết định số …` (red team, round 23: a review report's account made
                // the whole decision repealed, and every later citation of it a false error): a part as the subject.
                var subjectEnd = trimmedEnd(b, before: aux)
                if let da = wordEnding(b, at: subjectEnd, "da") { subjectEnd = trimmedEnd(b, before: da) }
                if stripPartReference(b, subjectEnd, from: window.lowerBound) < subjectEnd { partial = true }
                return (partial && (relation == .repeals || relation == .replaces) ? .amends : relation, aux)
            }
        }
        // `Quyết định số 27/2019/QĐ-UBND … đã hết hiệu lực theo Quyết định số 31/2025/QĐ-UBND` (red team, round 21: read
        // as resting on it): the document after ended the one before, said without `bị`.
        if let end = wordEnding(b, at: k, "het hieu luc thi hanh") ?? wordEnding(b, at: k, "het hieu luc"), end >= window.lowerBound {
            return (partial ? .amends : .repeals, end)
        }
        return nil
    }

    /// Where `căn cứ ban hành` starts when the window ends with it (`, căn cứ ban hành`, `, là căn cứ để ban hành`, `làm căn
    /// cứ ban hành`) after a mention: the mention after it was issued on the one before.
    private static func issuedOnGround(_ b: [UInt8], window: Range<Int>) -> Int? {
        let k = trimmedEnd(b, before: window.upperBound)
        guard let issue = wordEnding(b, at: k, "ban hanh") else { return nil }
        var at = trimmedEnd(b, before: issue)
        if let de = wordEnding(b, at: at, "de") { at = trimmedEnd(b, before: de) }
        guard let ground = wordEnding(b, at: at, "can cu") ?? wordEnding(b, at: at, "co so"), ground >= window.lowerBound else { return nil }
        let before = trimmedEnd(b, before: ground)
        if let copula = wordEnding(b, at: before, "la") ?? wordEnding(b, at: before, "lam"), copula >= window.lowerBound { return copula }
        // Without `là`, only as an aside after a comma: `Căn cứ ban hành …` opening a clause is no such ground.
        guard before > window.lowerBound, b[before - 1] == UInt8(ascii: ",") else { return nil }
        return ground
    }

    /// `đã được UBND xã thay thế bằng Quyết định số 15/QĐ-UBND` (red team, round 8, once the former district's `(cũ)` was
    /// read as part of the citation before): a passive whose agent is named between `được` (`bị`) and the verb ending at
    /// `before`; where `được` starts, when at most six words of a body's name stand between, and whether they ask for the
    /// revision rather than make it.
    private static func auxiliaryBeforeAgent(_ b: [UInt8], before: Int, window: Range<Int>) -> (start: Int, asked: Bool)? {
        var k = before
        for _ in 0..<6 {
            guard let (word, wordStart) = RelationPhrases.wordBefore(b, k, from: window.lowerBound) else { return nil }
            if word == "duoc" || word == "bi" {
                var agent = ByteReader(b, from: wordStart + word.utf8.count, end: before)
                agent.skipSpaces()
                guard agent.position < before, IssuingBodies.opensName(agent, at: agent.position) else { return nil }
                // `đã được Sở Tư pháp đề nghị thay thế bằng …`: asked for, not done.
                let asked = ["de nghi", "du kien", "kien nghi", "xem xet", "de xuat", "trinh"].contains { agent.firstIndex(of: $0) != nil }
                return (wordStart, asked)
            }
            k = wordStart
        }
        return nil
    }

    /// Whether a part (`Điều 5 của`, `khoản 2 Điều 3`) is said right before the mention starting at `start`.
    private static func namesPartBefore(_ b: [UInt8], mentionAt start: Int) -> Bool {
        var k = trimmedEnd(b, before: start)
        if let cua = wordEnding(b, at: k, "cua") { k = trimmedEnd(b, before: cua) }
        return stripPartReference(b, k, from: max(0, k - 60)) < k
    }

    /// `khoản 1 Điều 1`, `điểm a khoản 2 Điều 3`, `Điều 2` ending at `end`: the part of the mention's
    /// document that does the revising; the text before it.
    private static func stripPartReference(_ b: [UInt8], _ end: Int, from lower: Int) -> Int {
        var k = end
        while k > lower {
            // The part's number or letter, then its kind.
            var w = k
            while w > lower, ByteReader.isAlnum(b[w - 1]) { w -= 1 }
            // A number (`1`, `12a`) or a point's letter (`a`, `đ`), never a word (`một số điều theo …`).
            guard w < k, k - w <= 4, b[w..<k].contains(where: ByteReader.isDigit) || k - w == 1 else { break }
            let before = trimmedEnd(b, before: w)
            guard let part = ["dieu", "khoan", "diem", "muc", "chuong", "phan", "phu luc"].lazy.compactMap({ wordEnding(b, at: before, $0) }).first,
                  part >= lower else { break }
            k = trimmedEnd(b, before: part)
        }
        return k
    }

    /// Whether the clause opens with `Cụm từ` / `Từ` (after a footnote's mark or a list's) and holds `được`:
    /// words of this text that the cited document changed.
    private static func opensWithWording(_ b: [UInt8], window: Range<Int>) -> Bool {
        var r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        r.skipSpaces()
        // `[3]`, `3.`, `-`: a footnote's or a list's mark.
        while let c = r.current, c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || ByteReader.isDigit(c) { r.position += 1 }
        r.skipSpaces()
        guard r.matchWord("cum tu") || r.matchWord("tu ngu") else { return false }
        return ByteReader(b, from: r.position, end: window.upperBound).firstIndex(of: "duoc") != nil
    }

    /// Whether a passive revision's subject is a part of this text (`Khoản này được sửa đổi theo …`,
    /// `Điều này được bổ sung theo … và được sửa đổi theo …`: a consolidated text's footnotes), so that
    /// the cited document revised this text and this text only mentions it.
    private static func revisesThisText(_ b: [UInt8], auxiliary: Int, window: Range<Int>) -> Bool {
        let k = trimmedEnd(b, before: auxiliary)
        // `… và được sửa đổi theo …`: the subject of the passive before the `và`.
        // It stands before the mention that ends the first passive, so it is looked for in the sentence,
        // not in this mention's window.
        if let va = wordEnding(b, at: k, "va") {
            var start = va
            while start > 0, va - start < 240, b[start - 1] != UInt8(ascii: "."), b[start - 1] != UInt8(ascii: ";") { start -= 1 }
            let reader = ByteReader(b, from: start, end: va)
            return reader.firstIndex(of: "nay duoc") != nil || reader.firstIndex(of: "nay bi") != nil
        }
        return wordEnding(b, at: k, "nay") != nil
    }

    /// The last year of a time frame that opens the clause at `clauseStart` before a comma (`Năm 2023,
    /// theo …`, `Trong năm 2023, thực hiện …`, `Giai đoạn 2016 - 2020, …`, `Từ năm 2019 đến năm 2021, …`), or nil.
    static func pastYearFrame(_ b: [UInt8], clauseStart: Int, end: Int) -> Int? {
        var r = ByteReader(b, from: clauseStart, end: end)
        r.skipSpaces()
        // `- Năm 2023,` `+ Năm 2023,`: a list's mark.
        if let c = r.current, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { r.position += 1; r.skipSpaces() }
        _ = r.matchWord("trong") || r.matchWord("tu")
        r.skipSpaces()
        guard r.matchWord("nam") || r.matchWord("giai doan") else { return nil }
        var last: Int?
        // Years and the words that join them up to the comma, nothing else.
        while r.position < end {
            r.skipSpaces()
            if let y = r.readNumber(digits: 4...4), (1945...2100).contains(y) { last = y; continue }
            if r.matchWord("den nam") || r.matchWord("den") || r.matchWord("va") || r.matchWord("nam") { continue }
            guard let c = r.current else { return nil }
            if c == UInt8(ascii: ",") { return last }
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "/") { r.position += 1; continue }
            return nil
        }
        return nil
    }

    /// The end of the text before `i` without trailing spaces.
    private static func trimmedEnd(_ b: [UInt8], before i: Int) -> Int {
        var k = i
        while k > 0, ByteReader.isSpace(b[k - 1]) { k -= 1 }
        return k
    }

    /// Whether the clause at `start` is an item of a list that names documents by their titles:
    /// the list's colon (at most 600 bytes back, across `;` items) follows a plural of documents
    /// (`các Tờ trình:`, `các dự thảo nghị quyết:`) or `… Nghị quyết …, gồm:`.
    private static func listOfTitles(_ b: [UInt8], before start: Int) -> Bool {
        var k = start - 1
        while k > 0, start - k < 600, b[k] != UInt8(ascii: ":") {
            if b[k] == UInt8(ascii: ".") || (b[k] == 0x0A && k > 0 && b[k - 1] == 0x0A) { return false }
            k -= 1
        }
        guard k > 0, b[k] == UInt8(ascii: ":") else { return false }
        let opener = ByteReader(b, from: max(0, k - 80), end: k)
        let end = trimmedEnd(b, before: k)
        if wordEnding(b, at: end, "gom") != nil {
            return ["nghi quyet", "to trinh", "van ban", "de an", "du thao"].contains { opener.contains($0) }
        }
        return ["cac to trinh", "cac du thao", "cac nghi quyet", "cac de an", "cac bao cao"].contains { wordEnding(b, at: end, $0) != nil }
    }

    /// Whether folded file offset `at` is where the title block `title` starts, but for spaces.
    private static func startsTitle(_ file: [UInt8], title: Range<Int>, at: Int) -> Bool {
        guard title.contains(at) else { return false }
        return file[title.lowerBound..<at].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
    }

    /// Whether a body set up for a task ends right before `verb`, at most two qualifying words between
    /// (`Tổ công tác chuyên trách thực hiện`, `Ban Chỉ đạo triển khai thực hiện`).
    private static func bodyNamedByTask(_ b: [UInt8], verb: Int, from start: Int) -> Bool {
        var k = trimmedEnd(b, before: verb)
        for _ in 0...4 {
            if taskBodies.contains(where: { wordEnding(b, at: k, $0) != nil }) { return true }
            // One word back; an auxiliary (`Ban Chỉ đạo tỉnh đã thực hiện …`) makes the body the subject, acting.
            var w = k
            while w > start, ByteReader.isLetter(b[w - 1]) { w -= 1 }
            guard w < k, w > start, !["da", "se", "dang", "can", "phai", "duoc", "va"].contains(String(decoding: b[w..<k], as: UTF8.self)) else { return false }
            k = trimmedEnd(b, before: w)
        }
        return false
    }

    /// Bodies named after the task they were set up for, folded.
    private static let taskBodies = ["to cong tac", "ban chi dao", "to giup viec", "to cong tac lien nganh", "doan cong tac"]

    /// `15 năm thực hiện`, `sau 10 năm triển khai`: a number of years right before the verb.
    private static func yearsOfImplementing(_ b: [UInt8], before i: Int) -> Bool {
        let k = trimmedEnd(b, before: i)
        guard let nam = wordEnding(b, at: k, "nam") else { return false }
        let d = trimmedEnd(b, before: nam)
        return d > 0 && ByteReader.isDigit(b[d - 1])
    }

    /// Whether the words right before `end` are a revision's verbs after `<kind> về (việc)`: `Nghị quyết về việc điều chỉnh, bổ
    /// sung …`, `Quyết định về sửa đổi …` with no number between.
    /// Returns where the kind starts; a title's (`QUYẾT ĐỊNH Về việc bãi bỏ …`) is this text's own, and the caller keeps it.
    private static func revisionIsSubjectOfUnnumbered(_ b: [UInt8], before end: Int) -> Int? {
        var k = trimmedEnd(b, before: end)
        var verbs = 0
        while verbs < 4, let start = revisionVerbWords.lazy.compactMap({ wordEnding(b, at: k, $0) }).first {
            verbs += 1
            k = trimmedEnd(b, before: start)
            if k > 0, b[k - 1] == UInt8(ascii: ",") { k = trimmedEnd(b, before: k - 1) }
        }
        guard verbs > 0 else { return nil }
        if let viec = wordEnding(b, at: k, "viec") { k = trimmedEnd(b, before: viec) }
        guard let ve = wordEnding(b, at: k, "ve"), !b[ve..<end].contains(0x0A) else { return nil }
        k = trimmedEnd(b, before: ve)
        guard let kind = TypeCodes.words.lazy.compactMap({ wordEnding(b, at: k, $0.folded) }).first, !b[kind..<ve].contains(0x0A) else { return nil }
        return kind
    }

    /// Whether the colon at `colon` ends `<revision verb> [toàn bộ] các <kind words> [sau | sau đây | dưới đây | như sau]`
    /// (`thay thế các Nghị quyết:`, `bãi bỏ các văn bản sau:`), on one line: what follows is the list the verb revises.
    static func opensRevisedList(_ b: [UInt8], colon: Int) -> Bool {
        var k = trimmedEnd(b, before: colon)
        func dropTail() {
            for tail in ["sau day", "duoi day", "nhu sau", "sau"] {
                if let t = wordEnding(b, at: k, tail) { k = trimmedEnd(b, before: t); break }
            }
        }
        dropTail()
        // `thay thế các Quyết định sau đây của Ủy ban nhân dân tỉnh:` (reviewer, session 25): whose the listed documents are
        // stands before the colon; the list's words are before it.
        var c = k
        while c > 3, c > k - 80 {
            c -= 1
            if b[c] == UInt8(ascii: "c"), b[c + 1] == UInt8(ascii: "u"), b[c + 2] == UInt8(ascii: "a"), c + 3 == k || b[c + 3] == 0x20,
               !ByteReader.isLetter(b[c - 1]) {
                // A body's name, no number: `của Nghị quyết số 12/2021/NQ-HĐND có căn cứ ban hành như sau:` names a document.
                guard !b[c..<k].contains(where: { ByteReader.isDigit($0) || $0 == UInt8(ascii: "/") }) else { break }
                k = trimmedEnd(b, before: c)
                dropTail()
                break
            }
        }
        // At most eight words of letters back to `các` (`những`, `một số`, `02`): the object's kind (`Nghị quyết`,
        // `Quyết định`, `văn bản quy phạm pháp luật`).
        for _ in 0..<9 {
            var start = k
            while start > 0, ByteReader.isLetter(b[start - 1]) || ByteReader.isDigit(b[start - 1]) { start -= 1 }
            guard start < k, start == 0 || b[start - 1] == 0x20 else { return false }
            let plural = b[start..<k].allSatisfy(ByteReader.isDigit) ? start
                : ["cac", "nhung", "mot so"].lazy.compactMap { wordEnding(b, at: k, $0) }.first
            if let plural {
                var verbEnd = trimmedEnd(b, before: plural)
                if let all = wordEnding(b, at: verbEnd, "toan bo") { verbEnd = trimmedEnd(b, before: all) }
                return ["thay the", "bai bo", "huy bo", "sua doi", "bo sung"].contains { wordEnding(b, at: verbEnd, $0) != nil }
            }
            k = trimmedEnd(b, before: start)
        }
        return false
    }

    /// A revision's verbs, folded, as `revisionIsSubjectOfUnnumbered` walks them back.
    private static let revisionVerbWords = ["dieu chinh", "sua doi", "bo sung", "bai bo", "thay the", "gia han", "keo dai"]

    /// Whether the line holding `end` opens with `Theo đó` (after a list's mark).
    private static func lineOpensWithAccordingly(_ b: [UInt8], before end: Int) -> Bool {
        var start = end
        while start > 0, b[start - 1] != 0x0A { start -= 1 }
        var r = ByteReader(b, from: start, end: end)
        r.skipSpaces()
        while r.skipBullet() {}
        return r.matchWord("theo do")
    }

    /// `Kỳ họp … xem xét các Tờ trình của UBND tỉnh về: …; sửa đổi, bổ sung Nghị quyết số 47 …`, `… trình Tờ trình về việc
    /// điều chỉnh …` (evaluation batch 28, a Bình Định council's session): what a submission is about is what it proposes,
    /// not yet decided. One the sentence says was passed (`đã thông qua các Tờ trình về …`) is decided.
    private static func inSubmissionSubject(_ b: [UInt8], before end: Int) -> Bool {
        var from = end
        while from > 0, end - from < 600, b[from - 1] != 0x0A, !(b[from - 1] == UInt8(ascii: ".") && from < b.count && b[from] == 0x20) { from -= 1 }
        let r = ByteReader(b, from: from, end: end)
        var at = from
        while let i = r.firstIndex(of: "to trinh", from: at) {
            at = i + 1
            // `Tờ trình của UBND tỉnh về:`, `Tờ trình số 12/TTr-UBND về việc …`: its subject follows within a short name.
            let near = ByteReader(b, from: i, end: min(end, i + 120))
            var about = near.firstIndex(of: "ve", from: i + 8)
            while let v = about, v + 2 < end, ByteReader.isAlnum(b[v + 2]) { about = near.firstIndex(of: "ve", from: v + 1) }
            guard about != nil else { continue }
            // `đã thông qua các Tờ trình về …` adopted; `UBND huyện thông qua tóm tắt các nội dung Tờ trình về: …` (evaluation 332)
            // presented.
            var k = trimmedEnd(b, before: i)
            if let cac = wordEnding(b, at: k, "cac") { k = trimmedEnd(b, before: cac) }
            if let adopting = wordEnding(b, at: k, "thong qua") {
                // `các đại biểu được UBND huyện thông qua tờ trình về xét duyệt dự án điều chỉnh …` (evaluation 437): the
                // delegates were shown it by the body that submits it; only the council adopts.
                return presentedByAgent(b, before: adopting)
            }
            return wordEnding(b, at: k, "nhat tri") == nil
        }
        return false
    }

    /// Whether the `dự thảo` at `i` is one a council adopted: `HĐND huyện đã thông qua tờ trình và dự thảo Nghị quyết đề nghị
    /// điều chỉnh …` (evaluation 254), `thông qua các dự thảo nghị quyết`; not one shown by an agent (`được UBND thông qua`).
    static func draftAdopted(_ b: [UInt8], at i: Int) -> Bool {
        var k = trimmedEnd(b, before: i)
        for _ in 0..<4 {
            if let adopting = wordEnding(b, at: k, "thong qua") { return !presentedByAgent(b, before: adopting) }
            if k > 0, b[k - 1] == UInt8(ascii: ",") { k = trimmedEnd(b, before: k - 1); continue }
            guard let w = ["va", "cac", "to trinh"].lazy.compactMap({ wordEnding(b, at: k, $0) }).first else { return false }
            k = trimmedEnd(b, before: w)
        }
        return false
    }

    /// Whether `thông qua` ending at `end` is said of an agent after `được` (`được UBND huyện thông qua`, within five
    /// words on its line): the passive of presenting, not the council's adoption (`HĐND huyện đã thông qua`).
    static func presentedByAgent(_ b: [UInt8], before end: Int) -> Bool {
        var k = trimmedEnd(b, before: end)
        for words in 0..<6 {
            guard k > 0, b[k - 1] != 0x0A, ByteReader.isAlnum(b[k - 1]) else { return false }
            var w = k
            while w > 0, ByteReader.isAlnum(b[w - 1]) { w -= 1 }
            // `được thông qua` with no agent between is adoption.
            if b[w..<k].elementsEqual("duoc".utf8) { return words > 0 }
            k = trimmedEnd(b, before: w)
        }
        return false
    }

    /// `HĐND huyện sẽ xem xét, quyết định 03 nội dung …: phê chuẩn quyết toán …; điều chỉnh kế hoạch đầu tư công năm 2023 …`
    /// (evaluation 541): an item after `;` whose sentence opened with `sẽ` is what will be decided, not what was.
    static func futureListHead(_ b: [UInt8], itemStart: Int) -> Bool {
        var k = itemStart
        while k > 0, ByteReader.isSpace(b[k - 1]), b[k - 1] != 0x0A { k -= 1 }
        guard k > 0, b[k - 1] == UInt8(ascii: ";") else { return false }
        var start = k - 1
        while start > 0, b[start - 1] != 0x0A, b[start - 1] != UInt8(ascii: "."), k - start < 600 { start -= 1 }
        guard let firstItemEnd = b[start..<k].firstIndex(of: UInt8(ascii: ";")) else { return false }
        return ByteReader(b, from: start, end: firstItemEnd).firstIndex(of: " se ") != nil
    }

    private static func isPlanning(_ b: [UInt8], window: Range<Int>) -> Bool {
        guard !window.isEmpty else { return false }
        let r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        return RelationPhrases.planning.contains { phrase in
            var from = window.lowerBound
            while let i = r.firstIndex(of: phrase, from: from) {
                // `trình` submits; in `chương trình` (a programme) and `tờ trình` it is a noun.
                let k = trimmedEnd(b, before: i)
                if phrase == "trinh ", wordEnding(b, at: k, "chuong") != nil || wordEnding(b, at: k, "to") != nil { from = i + 1; continue }
                // `trình bày báo cáo` presents, `trình độ`, `trình tự` are nouns: none submits.
                if phrase == "trinh ", ["bay", "do", "tu", "dien"].contains(where: { r.phraseEnd($0, at: i + phrase.utf8.count) != nil }) { from = i + 1; continue }
                // `công tác xây dựng Đảng` (Party building) drafts nothing.
                if phrase == "xay dung", let e = r.phraseEnd(phrase, at: i), r.phraseEnd(" dang", at: e) != nil { from = i + 1; continue }
                // Nor a body or law named `Xây dựng` (`Luật Xây dựng`, `Sở Xây dựng`, `Bộ Xây dựng`).
                if phrase == "xay dung", ["luat", "so", "bo"].contains(where: { wordEnding(b, at: k, $0) != nil }) { from = i + 1; continue }
                // `đã nghiên cứu, thảo luận …`, `đã xây dựng Kế hoạch số …`: a deed done plans nothing.
                if wordEnding(b, at: k, "da") != nil || wordEnding(b, at: k, "vua") != nil { from = i + 1; continue }
                return true
            }
            return false
        }
    }

    /// `Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện Nghị quyết số 139/NQ-CP … với một số nội dung như sau:`
    /// in a Kế hoạch (Real 498): the plan built is this text, which the sentence goes on to lay out, so what it carries
    /// out is carried out, not planned. The kind after `xây dựng` is the text's own, its builder is none or the text's
    /// own issuer (`1. Sở Nông nghiệp … xây dựng kế hoạch …, cụ thể như sau:` in a province's plan is a task), no `sẽ`,
    /// `cần`, `phải` before it, and the sentence ends `… sau:` (`như sau`, `sau đây`, `dưới đây`).
    private static func buildsItself(_ seg: TextSegment, window: Range<Int>, _ ctx: ScanContext, after end: Int) -> Bool {
        let b = seg.bytes
        guard let own = ctx.documentTypeCode.flatMap({ code in TypeCodes.words.first { $0.code == code }?.folded }) else { return false }
        let r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        guard let build = r.firstIndex(of: "xay dung " + own) else { return false }
        let before = trimmedEnd(b, before: build)
        if ["se", "can", "phai", "tiep tuc"].contains(where: { wordEnding(b, at: before, $0) != nil }) { return false }
        // The builder: the words before `xây dựng` on its line, after the clause's last comma (a title line above is not it).
        var subjectStart = before
        while subjectStart > window.lowerBound, b[subjectStart - 1] != 0x0A, b[subjectStart - 1] != UInt8(ascii: ",") { subjectStart -= 1 }
        while subjectStart < before, ByteReader.isSpace(b[subjectStart]) { subjectStart += 1 }
        if subjectStart < before {
            let subject = seg.originalText(subjectStart..<before)
            guard let issuer = ctx.documentIssuer, IssuingBody(subject).isNamedBody, IssuingBody(subject).isCompatible(with: IssuingBody(issuer)) else { return false }
        }
        var k = end
        let limit = min(b.count, end + 400)
        while k < limit, b[k] != UInt8(ascii: ":"), b[k] != UInt8(ascii: ";"), !(b[k] == UInt8(ascii: ".") && (k + 1 >= b.count || !ByteReader.isDigit(b[k + 1]))) { k += 1 }
        guard k < limit, b[k] == UInt8(ascii: ":") else { return false }
        let last = trimmedEnd(b, before: k)
        return ["sau", "sau day", "duoi day"].contains { wordEnding(b, at: last, $0) != nil }
    }

    /// `Nghị định số 158/2013/NĐ-CP ngày … quy định xử phạt … hết hiệu lực kể từ …`: a phrase after
    /// the citation and its description, before the clause ends or another citation begins.
    private static func postTrigger(_ b: [UInt8], from: Int, limit: Int, signed: SimpleDate?) -> Relation? {
        // `Xét đề nghị …; Nghị định số 44/2014/NĐ-CP … đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có
        // hiệu lực` in a preamble (red team 45: read as resting on the ended decree): a clause telling of an end, with no
        // verb of its own before, names the document and rests on nothing.
        if let after = revisionAfter(b, from: from, limit: limit, signed: signed) { return after.told ? (after.relation == .repeals ? .references : nil) : after.relation }
        // `Các văn bản: Quy định số 3-QĐ/TW và Kế hoạch số 1-KH/BTCTW tiếp tục được thực hiện.`: a list whose verb
        // comes after it, in the passive, right after the last document.
        var r = ByteReader(b, from: from, end: min(limit, from + 40))
        r.skipSpaces()
        return continuedPassive.contains { r.phraseEnd($0, at: r.position) != nil } ? .continues : nil
    }

    /// The passive of carrying on with documents named before it.
    private static let continuedPassive = ["tiep tuc duoc thuc hien", "duoc tiep tuc thuc hien", "tiep tuc duoc trien khai thuc hien"]

    /// The revision phrase after a citation and its description, and whether the text only tells of it:
    /// `(nay đã được thay thế bằng Quy chế số 05-QC/HNDH)`, `đã hết hiệu lực`, `được thay thế bởi Quy định
    /// số 58-QC/TW` (another document did it, or did it before this text) rather than doing it; `hết hiệu lực từ
    /// ngày 12/11/2025` in a text signed later (red team, round 39, c4: a guide's account read as its repeal): no
    /// text ends another before it is signed, so the end is told.
    private static func revisionAfter(_ b: [UInt8], from: Int, limit: Int, signed: SimpleDate?) -> (relation: Relation, told: Bool)? {
        let end = min(limit, from + 300)
        let r = ByteReader(b, from: from, end: end)
        var i = from
        while i < end {
            let c = b[i]
            // `1. Quyết định số 35/2022/QĐ-UBND …: đã được thay thế bởi …` (red team, round 23: a review report's item under
            // `Thực hiện …, kết quả rà soát như sau:` carried the plan out): a label's colon, its verb on the same line.
            if c == UInt8(ascii: ":") {
                var q = ByteReader(b, from: i + 1, end: end)
                q.skipLineSpaces()
                guard ["da", "duoc", "bi", "nay"].contains(where: { var t = q; return t.matchWord($0) }) else { return nil }
                i = q.position
                continue
            }
            if c == UInt8(ascii: ";") || c == 0x09 { return nil }
            if c == UInt8(ascii: "."), i + 1 >= b.count || !ByteReader.isDigit(b[i + 1]) { return nil }
            if c == 0x0A, i + 1 < b.count, b[i + 1] == 0x0A { return nil }
            if ByteReader.isLetter(c), i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                if c == UInt8(ascii: "d"), let revised = RevisedAsFollows.relation(b, at: i, end: end) { return (revised, false) }
                if let (entry, e) = RelationPhrases.afterIndex.match(r, at: i) {
                    // `… chưa được thay thế`, `… chưa hết hiệu lực`: denied, nothing was revised.
                    if RelationPhrases.isNegated(b, phraseAt: i, from: from) { return nil }
                    let relation = RelationPhrases.afterIndex.value(entry)
                    // `Quy định số 96-QĐ/TW …, đã được thay thế bởi Quy định số 58-QĐ/TW`: another
                    // document did it, and this one tells of it; `… được thay thế bởi Quyết định này` is this one's deed.
                    // `(nay đã hết hiệu lực)`: done before this text, which tells of it; `(đã hết hiệu lực một số
                    // điều)` of a part only, the rest in force.
                    var rest = ByteReader(b, from: e, end: end)
                    rest.skipSpaces()
                    let part = rest.matchWord("mot so") || rest.matchWord("mot phan") || rest.matchWord("dieu") || rest.matchWord("khoan")
                    let past = signed.flatMap { signed in endDay(b, at: rest.position, end: end).map { $0 < signed } } ?? false
                    return (relation, byAnother(b, from: e, limit: limit) || !part && (past || wordEnding(b, at: trimmedEnd(b, before: i), "da") != nil))
                }
            }
            i += 1
        }
        return nil
    }

    /// The day an end takes effect, said right after its verb: `(thi hành) (kể) (từ) (vào) (ngày) 12/11/2025`.
    private static func endDay(_ b: [UInt8], at start: Int, end: Int) -> SimpleDate? {
        var r = ByteReader(b, from: start, end: min(end, start + 60))
        for word in ["thi hanh", "ke", "tu", "vao", "ngay"] {
            r.skipSpaces()
            _ = r.matchWord(word)
        }
        r.skipSpaces()
        return r.readDate()
    }

    /// Whether a gap is a comma and a verb that opens a preamble's clause, and nothing else (`, trên cơ sở `,
    /// `, căn cứ `). Not `, triển khai …`, `, thực hiện …`: after a plan's citation they say what the plan
    /// does (`Kế hoạch số 2616/KH-BNN-TCLN … của Bộ Nông nghiệp và PTNT, triển khai Quyết định số 524/QĐ-TTg`).
    private static func opensPreambleClause(_ b: [UInt8], _ gap: Range<Int>) -> Bool {
        guard var r = afterComma(b, gap), ["tren co so", "can cu"].contains(where: { r.matchWord($0) }) else { return false }
        r.skipSpaces()
        return r.atEnd
    }

    /// Where the gap's last line starts, when that line opens a preamble's clause (`- Căn cứ`, `Căn cứ`, `Xét đề
    /// nghị`, `Theo đề nghị`, `Trên cơ sở`), after a bullet if any, and runs to the mention.
    private static func opensPreambleLine(_ b: [UInt8], _ gap: Range<Int>) -> Int? {
        guard let newline = b[gap].lastIndex(of: 0x0A) else { return nil }
        var r = ByteReader(b, from: newline + 1, end: gap.upperBound)
        r.skipSpaces()
        while r.skipBullet() {}
        return preambleLineOpeners.contains { r.phraseEnd($0, at: r.position) != nil } ? newline + 1 : nil
    }

    /// How a preamble's clause opens its line, folded.
    private static let preambleLineOpeners = ["can cu", "xet de nghi", "theo de nghi", "tren co so"]

    /// `Quyết định số 1234/QĐ-UBND ngày 05/3/2024 của UBND thành phố, Sở Nội vụ hướng dẫn thực hiện Kế hoạch số
    /// 30/KH-UBND` (red team, round 7: the decision was read as guiding the plan): after a comma, a body named
    /// with its capital and then a verb of relation open a clause of their own, whose subject is that body; the
    /// citation before describes nothing. A description says what the document does without naming a body first
    /// (`…, hướng dẫn thực hiện …`, `… về việc giao Sở Nội vụ hướng dẫn …`).
    private static func opensClauseOfNamedBody(_ seg: TextSegment, _ gap: Range<Int>) -> Bool {
        let b = seg.bytes
        guard gap.count < 400, var r = afterComma(b, gap) ?? afterNamedIssuer(b, gap) ?? afterDescriptionsLastComma(seg, gap) else { return false }
        // `…, ngày 03/3/2023, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 94-KH/TU` (evaluation batch 22): the clause's
        // date before its subject.
        var dated = r
        if dated.matchWord("ngay") {
            dated.skipSpaces()
            if dated.readDate() != nil {
                dated.skipSpaces()
                if dated.match(",") { dated.skipSpaces(); r = dated }
            }
        }
        guard r.position < gap.upperBound, seg.startsUpperCase(at: r.position), IssuingBodies.opensName(r, at: r.position) else { return false }
        // The body and its verb, up to the next comma: `, Sở Nội vụ hướng dẫn thực hiện …`, `, Ủy ban nhân dân tỉnh kính
        // trình Hội đồng nhân dân tỉnh xem xét, ban hành …, thay thế …` (red team, round 9: a Tờ trình's proposal was
        // read as the amending law's). A `của` there makes it a description again.
        func end(from i: Int) -> Int {
            b[i..<gap.upperBound].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") } ?? gap.upperBound
        }
        func holdsVerb(_ words: ByteReader) -> Bool { clauseVerbs.contains { words.firstIndex(of: $0) != nil } }
        // `…, Ủy ban nhân dân huyện sửa đổi, bổ sung Kế hoạch số 64/KH-UBND …` (red team, round 31, c4): a revision verb may
        // end the body's clause at the comma of its run (`sửa đổi, bổ sung`).
        func endsWithRevisionVerb(_ clause: Range<Int>) -> Bool {
            revisionClauseVerbs.contains { wordEnding(b, at: trimmedEnd(b, before: clause.upperBound), $0) != nil }
        }
        var clauseEnd = end(from: r.position)
        // `… của Bộ Chính trị, Ban Bí thư,` / `Bộ Chính trị quy định …` (red team, round 17): the issuers' list ends
        // before the body whose clause it is (three names at most).
        var names = 0
        while names < 3, clauseEnd < gap.upperBound, b[clauseEnd] == UInt8(ascii: ","), clauseEnd - r.position < 60,
              !holdsVerb(ByteReader(b, from: r.position, end: clauseEnd)) {
            var next = ByteReader(b, from: clauseEnd + 1, end: gap.upperBound)
            next.skipSpaces()
            guard next.position < gap.upperBound, seg.startsUpperCase(at: next.position), IssuingBodies.opensName(next, at: next.position) else { break }
            r = next
            clauseEnd = end(from: r.position)
            names += 1
        }
        let clause = r.position..<clauseEnd
        let words = ByteReader(b, from: clause.lowerBound, end: clause.upperBound)
        guard words.firstIndex(of: " cua ") == nil else { return false }
        let verb = holdsVerb(words) || endsWithRevisionVerb(clause)
        // `…, ngày 03/3/2023, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 94-KH/TU`: what the body issues is its clause's object.
        if clauseEnd == gap.upperBound { return gap.count < 120 && (findTrigger(b, window: clause) != nil || words.firstIndex(of: " ban hanh ") != nil) }
        return verb
    }

    /// After a document named without a number, its issuer and a comma (`Chương trình công tác năm 2023` ` của Uỷ ban nhân
    /// dân tỉnh Ninh Bình, ` `Sở Công Thương đã xây dựng dự thảo …`, evaluation batch 23): what follows the comma.
    private static func afterNamedIssuer(_ b: [UInt8], _ gap: Range<Int>) -> ByteReader? {
        var r = ByteReader(b, from: gap.lowerBound, end: gap.upperBound)
        r.skipSpaces()
        guard r.matchWord("cua"), let comma = ByteReader.firstIndex(of: UInt8(ascii: ","), in: b, r.position..<min(gap.upperBound, r.position + 80)) else { return nil }
        r.position = comma + 1
        r.skipSpaces()
        return r
    }

    /// `Căn cứ Quy định số 03-QĐ/TU … về chế độ thông tin, báo cáo, Ban Thường vụ Thị ủy báo cáo sơ kết … Nghị quyết số
    /// 09-NQ/TU` (red team 44 c5: the regulation was read as reviewing the resolution): a description's words joined by a
    /// comma (`thông tin, báo cáo`), then a body named with its capital after the last comma. What follows that comma,
    /// when every comma before it is followed by a word in small letters; nil otherwise.
    private static func afterDescriptionsLastComma(_ seg: TextSegment, _ gap: Range<Int>) -> ByteReader? {
        let b = seg.bytes
        var last: Int?
        for k in gap where b[k] == UInt8(ascii: ",") {
            if let previous = last {
                var r = ByteReader(b, from: previous + 1, end: gap.upperBound)
                r.skipSpaces()
                guard r.position < gap.upperBound, !seg.startsUpperCase(at: r.position) else { return nil }
            }
            last = k
            if b[k..<gap.upperBound].count > 200 { break }
        }
        guard let last else { return nil }
        // `… về chức năng, nhiệm vụ, quyền hạn của các ban, Văn phòng Tỉnh ủy thay thế Quyết định số …` (reviewer, session
        // 30): bodies listed after `của` or `các …` go on with the next one; its verb is still the description's.
        // Words joined by a comma: a comma before the last one, the words between in small letters (one comma alone, `về
        // việc giao Sở Y tế, Sở Giáo dục và Đào tạo triển khai …`, lists bodies; red team 28's reviewer).
        guard let previousComma = b[gap.lowerBound..<last].lastIndex(of: UInt8(ascii: ",")) else { return nil }
        let chunkStart = previousComma + 1
        let chunk = ByteReader(b, from: chunkStart, end: last)
        var opening = chunk
        opening.skipSpaces()
        if chunk.firstIndex(of: "cua ") != nil || opening.matchWord("cac") { return nil }
        var r = ByteReader(b, from: last + 1, end: gap.upperBound)
        r.skipSpaces()
        guard r.position < gap.upperBound, seg.startsUpperCase(at: r.position) else { return nil }
        return r
    }

    /// Revision verbs that may close a body's clause before the comma of their run (`sửa đổi, bổ sung`), folded.
    private static let revisionClauseVerbs = ["sua doi", "bo sung", "thay the", "bai bo", "dieu chinh"]

    /// Verbs by which a named body does or asks something in a clause of its own, folded, each a whole word.
    /// `quy định`, `kết luận`: a Party committee's enacting words (`…, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy,` / `Ban Thường vụ
    /// Tỉnh ủy quy định sửa đổi, bổ sung … Quy định số 08-QĐ/TU`, red team, round 17).
    private static let clauseVerbs = ["kinh trinh", "ban hanh", "xay dung", "huong dan", "de nghi", "quyet dinh", "chi dao", "yeu cau",
                                      "quy dinh", "ket luan"].map { " \($0) " }

    /// Words before `đề nghị` that make it a request received (folded; reviewer, session 13).
    private static let receivedRequest = ["theo", "xet", "tren co so", "can cu", "tiep nhan", "nhan duoc", "cua", "tai"]

    /// Whether the clause asks a body it names, capitalised, to act: `Đề nghị UBND tỉnh …`, `Kính đề nghị Sở Tư pháp
    /// …`, `Kiến nghị Bộ Nội vụ …`. `Theo đề nghị của …` (a request received) and `đề nghị các phòng, ban …` (no
    /// body named) do not.
    private static func asksNamedBody(_ seg: TextSegment, window: Range<Int>) -> Bool {
        // `Theo đề nghị Phòng Nội vụ, bãi bỏ …`, `Trên cơ sở đề nghị Sở Tư pháp, …`: a request received, not put.
        IssuingBodies.namesBody(after: ["de nghi", "kien nghi"], in: seg, window) { i in
            receivedRequest.contains { wordEnding(seg.bytes, at: trimmedEnd(seg.bytes, before: i), $0) != nil }
        }
    }

    /// `Thực hiện Chỉ thị 05 …, Ban Thường vụ Huyện ủy Gia Lâm đã quán triệt, đồng thời ban hành Chỉ thị số
    /// 08/CT-HU …` (real: a news item on Gia Lâm's Huyện ủy, batch 16): a document the text reports another
    /// body issued (`đã ban hành`, `đồng thời ban hành`, `đã xây dựng`) is told of, not carried out by it.
    private static func reportedAsIssued(_ b: [UInt8], kindAt start: Int) -> Bool {
        ["da ban hanh", "dong thoi ban hanh", "da xay dung", "dong thoi xay dung"].contains { wordEnding(b, at: trimmedEnd(b, before: start), $0) != nil }
    }

    /// Whether the clause before a citation opens with `Trước đây` or `Trước kia` (what was, before now).
    private static func recallsThePast(_ b: [UInt8], window: Range<Int>) -> Bool {
        var r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        r.skipSpaces()
        while let c = r.current, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == 0x0A { r.position += 1; r.skipSpaces() }
        guard r.matchWord("truoc day") || r.matchWord("truoc kia") else { return false }
        // `Trước đây chưa làm tốt, nay … thực hiện Hướng dẫn số …`: the sentence comes back to now.
        return ByteReader(b, from: r.position, end: window.upperBound).firstIndex(of: "nay ") == nil
    }

    /// `kể từ ngày`, `từ khi`, …: what dates an end by another event, folded, longest first.
    static let sinceWords = ["ke tu ngay", "ke tu khi", "tu ngay", "tu khi", "ke tu"]

    /// Where `hết hiệu lực` starts when the window ends with it, `thi hành` perhaps, and a ``sinceWords`` word: the end of
    /// the document before, dated by the mention after (`… hết hiệu lực thi hành kể từ ngày Nghị định số …`).
    static func endDatedBy(_ b: [UInt8], window: Range<Int>) -> Int? {
        let k = trimmedEnd(b, before: window.upperBound)
        guard let since = sinceWords.lazy.compactMap({ wordEnding(b, at: k, $0) }).first, since >= window.lowerBound else { return nil }
        let beforeSince = trimmedEnd(b, before: since)
        guard let end = wordEnding(b, at: beforeSince, "het hieu luc thi hanh") ?? wordEnding(b, at: beforeSince, "het hieu luc"),
              end >= window.lowerBound else { return nil }
        return end
    }

    /// Whether the agent of a passive revision (`bởi`, `bằng`, `theo` …) is a document other than
    /// this one (`… bởi Quy định số 58-QĐ/TW`, not `… bởi Quyết định này`).
    private static func byAnother(_ b: [UInt8], from e: Int, limit: Int) -> Bool {
        var r = ByteReader(b, from: e, end: min(b.count, max(limit, e) + 40))
        r.skipSpaces()
        guard r.matchWord("boi") || r.matchWord("bang") || r.matchWord("theo") else { return false }
        let rest = ByteReader(b, from: r.position, end: min(b.count, r.position + 40))
        guard let nay = rest.firstIndex(of: "nay") else { return true }
        return b[r.position..<nay].contains(where: ByteReader.isDigit)
    }
}
