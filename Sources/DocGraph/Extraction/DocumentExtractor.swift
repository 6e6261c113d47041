import Foundation

/// Everything extracted from one file.
public struct ExtractedFile: Sendable {
    public var file: String
    public var documents: [DocumentRecord] = []
    public var citations: [Citation] = []
    public var tasks: [TaskRow] = []
    public var obligations: [Obligation] = []
    public var statedCounts: [StatedCount] = []
    /// What went wrong or was skipped while reading this file.
    public var diagnostics: [Diagnostic] = []
    /// False when the file could not be read as text at all.
    public var wasRead: Bool = true
    /// The plans of `tasks` (each row that announces a document), held instead of the rows when the
    /// file is read for its graph alone (``CorpusExtraction/read(paths:threads:sources:forGraphOnly:progress:)``).
    var heldPlans: [HeldPlan] = []

    public init(file: String) { self.file = file }

    /// Keeps of the task rows only what the graph reads of them, a plan for each row that announces a
    /// document, in the rows' order (`GraphBuilder.attachPlans`). A plan-heavy file's rows were the
    /// largest part of its extraction (massif, 2,000 plan-heavy documents: 20 MB of rows and 12 MB
    /// of their cells' texts for 22.7 MB of text), held for the whole corpus until the graph was built.
    mutating func keepOnlyWhatTheGraphReads() {
        // A plan holds its row's place without the file's name, which is this file's (`HeldPlan`); a row
        // placed in another file (none is) keeps the file's rows as they are.
        guard tasks.allSatisfy({ $0.announced == nil || $0.location.file == file }) else { return }
        var plans: [HeldPlan] = []
        plans.reserveCapacity(tasks.reduce(0) { $0 + ($1.announced != nil ? 1 : 0) })
        for task in tasks {
            guard let announced = task.announced else { continue }
            plans.append(HeldPlan(documentIndex: task.documentIndex, announced: announced, deadline: task.deadline, leadUnit: task.leadUnit,
                                  location: task.location, citesDocuments: !task.citations.isEmpty))
        }
        // Taken as it is (`+=` into an empty array made a second one): the graph keeps this array (`PlannedDocuments`).
        if heldPlans.isEmpty { heldPlans = plans } else { heldPlans += plans }
        tasks = []
    }
}

/// What the graph keeps of a task row that announces a document (its plan), held by a file read for its
/// graph alone: the row's document (its index in the file's `documents`), the announced document, the
/// row's deadline, lead unit and place, and whether it cites documents by number.
///
/// The row's place is held as its page, line and column alone: the file is the one whose `heldPlans` hold
/// it (`keepOnlyWhatTheGraphReads` holds none otherwise), given back by `location(in:)`. With the
/// document's index in 32 bits, a plan is 152 bytes, not 168 (a plan-heavy corpus holds about 32 a
/// document until its graph is built; massif, 2,000 plan-heavy documents: 8.7 → 7.9 MB).
struct HeldPlan: Sendable {
    var documentIndex: Int32
    var citesDocuments: Bool
    private var page: Int32
    private var line: Int32
    private var column: Int32
    var announced: AnnouncedDocument
    var deadline: Deadline?
    var leadUnit: String?

    init(documentIndex: Int, announced: AnnouncedDocument, deadline: Deadline?, leadUnit: String?, location: SourceLocation, citesDocuments: Bool) {
        self.documentIndex = Int32(clamping: documentIndex)
        self.citesDocuments = citesDocuments
        page = location.page.map { max(Int32(clamping: $0), Int32.min + 1) } ?? Int32.min
        line = Int32(clamping: location.line)
        column = Int32(clamping: location.column)
        self.announced = announced
        self.deadline = deadline
        self.leadUnit = leadUnit
    }

    /// The row's place in `file`, the file that held the plan.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, page: page == Int32.min ? nil : Int(page), line: Int(line), column: Int(column))
    }
}

/// Extracts documents, citations, tasks and obligations from a file's text.
public enum DocumentExtractor {
    /// Reads and extracts one file in the format its extension names in `sources` (plain text
    /// when none does). Reading problems become diagnostics, never a crash.
    public static func extract(path: String, sources: DocumentSources = .current) -> ExtractedFile {
        var result = ExtractedFile(file: path)
        let source = sources.source(forPath: path)
        let bytes: [UInt8]
        do {
            bytes = try SourceFile.contents(of: path, limit: source.maximumFileSize)
        } catch {
            result.wasRead = false
            result.diagnostics.append(diagnostic(for: .text(error), file: path))
            return result
        }
        return extract(bytes: bytes, file: path, source: source)
    }

    /// Extracts from bytes already in memory (tests, drafts read from standard input), read as
    /// `source` reads them (plain text unless told).
    public static func extract(bytes: [UInt8], file: String, source: any DocumentSource = PlainTextSource()) -> ExtractedFile {
        var result = ExtractedFile(file: file)
        let text: SourceText
        do {
            text = try source.text(of: bytes, file: file)
        } catch {
            result.wasRead = false
            result.diagnostics.append(diagnostic(for: error, file: file))
            return result
        }
        extract(FoldedText(utf8: text.utf8), into: &result)
        if result.documents.isEmpty || (result.citations.isEmpty && result.documents.allSatisfy { $0.id == nil && $0.title == nil }) {
            result.diagnostics.append(Diagnostic(.note, at: SourceLocation(file: file, line: 1, column: 1),
                .noHeaderNorCitation))
        }
        if let origins = text.lineOrigins { result.relocate(to: origins) }
        result.diagnostics = text.diagnostics + result.diagnostics
        // What is kept for the whole corpus is kept without the slack that appending left.
        result.citations = result.citations.map { $0 }
        result.tasks = result.tasks.map { $0 }
        StringPool.share(&result)
        return result
    }

    public static func extract(text: String, file: String) -> ExtractedFile {
        extract(bytes: Array(text.utf8), file: file)
    }

    private static func diagnostic(for error: DocumentSourceError, file: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file, line: error.line, column: 1), .unreadableSource(error))
    }

    static func extract(_ text: FoldedText, into result: inout ExtractedFile) {
        let file = result.file
        for lines in DocumentSplitter.split(text) {
            var record = DocumentIdentity.identify(text, lines: lines, file: file)
            if let id = record.id, let issuing = result.documents.last(where: { $0.id == id }) {
                record.takeIssuer(from: issuing)
                if record.typeCode == issuing.typeCode, let (code, word, title) = DocumentIdentity.issuedKind(text, lines: (issuing.startLine - 1)..<lines.lowerBound, typeCode: id.typeCode) {
                    record.typeCode = code
                    record.typeWord = word
                    if record.title == nil { record.title = title }
                }
            }
            // `Điều 1. Ban hành kèm theo Quyết định này quy định tổ chức …` / signature / `QUY ĐỊNH` with its caption lost (Real
            // 281, an excerpt): the text the decision issues with itself, of its kind, is the decision's body's.
            if record.id == nil, record.issuer == nil, let issuing = result.documents.last, let own = issuing.typeCode, let kind = record.typeCode,
               DocumentIdentity.issuedKind(text, lines: (issuing.startLine - 1)..<lines.lowerBound, typeCode: own)?.code == kind {
                // Its date is not stated: the lost caption held the decision's.
                let stated = record.date
                record.takeIssuer(from: issuing)
                record.date = stated
            }
            if record.title == nil, record.id == nil, lines.count < 3, text.foldedLine(lines.lowerBound).isEmpty { continue }
            let term = InForceClause.term(text, lines: lines, kinds: InForceClause.kinds(typeWord: record.typeWord, typeCode: record.typeCode),
                                          signed: record.date)
            if let effect = term.from, effect != record.date { record.inForceFrom = effect }
            record.inForceUntil = term.until
            let documentIndex = result.documents.count
            let selfID = record.id ?? record.title.map { DocumentID(named: $0) }
            result.documents.append(record)
            var ctx = ScanContext(fileName: file, documentIndex: documentIndex, document: selfID, documentTypeCode: record.typeCode)
            ctx.documentDate = record.date
            ctx.documentInForce = record.inForceFrom.map { effect in record.date.map { min($0, effect) } ?? effect }
            ctx.documentIssuer = record.issuer
            ctx.isDraft = DraftMark.isDraft(text, header: lines.lowerBound..<min(lines.upperBound, record.titleLines?.lowerBound ?? lines.lowerBound + 12))
            ctx.ownSubject = record.title.map { NamedDocuments.subjectKey($0) }
            ctx.title = record.titleLines.map { text.foldedRange(ofLine: $0.lowerBound).lowerBound..<text.foldedRange(ofLine: max($0.lowerBound, $0.upperBound - 1)).upperBound }

            let tables = TaskTableParser.tables(text, lines: lines)
            var tableLines = IndexSet()
            for t in tables { tableLines.insert(integersIn: t.lines) }
            var (proseTasks, counts) = ProseTasks.find(text, lines: lines, issuer: record.issuer, file: file, documentIndex: documentIndex)
            var taken = tableLines
            for task in proseTasks { taken.insert(integersIn: task.lines) }
            proseTasks += SentenceTasks.find(text, lines: lines, skipping: taken)
            result.statedCounts += counts
            // A consolidated text (`05/VBHN-UBND`) restates the decisions it joins: their obligations are theirs, not a new
            // document's (red team, round 37, c6: the restated `Tổ chức thực hiện` was unmet while the decision's own was met).
            if record.id?.typeCode != "VBHN" {
                result.obligations += ProseTasks.obligations(text, lines: lines, typeCode: record.typeCode, title: record.title, file: file, documentIndex: documentIndex)
            }

            // Prose: each run of lines outside tables is one segment.
            let firstCitation = result.citations.count
            var unattachedShifts: [(shift: DeadlineShift, location: SourceLocation)] = []
            var k = lines.lowerBound
            while k < lines.upperBound {
                if tableLines.contains(k) { k += 1; continue }
                var e = k
                while e < lines.upperBound, !tableLines.contains(e) { e += 1 }
                let start = text.foldedRange(ofLine: k).lowerBound
                let end = text.foldedRange(ofLine: e - 1).upperBound
                let seg = TextSegment(text, range: start..<end)
                ctx.tasks = proseTasks.compactMap { task in
                    guard task.lines.lowerBound >= k, task.lines.upperBound <= e else { return nil }
                    if let span = task.span { return ((span.lowerBound - start)..<(span.upperBound - start), task.context) }
                    let a = text.foldedRange(ofLine: task.lines.lowerBound).lowerBound - start
                    let b = text.foldedRange(ofLine: task.lines.upperBound - 1).upperBound - start
                    return (a..<b, task.context)
                }
                result.citations += CitationScanner.scan(seg, &ctx)
                unattachedShifts += DeadlineShifts.unattached(seg).map { (shift: $0.shift, location: seg.location(of: $0.at, fileName: file)) }
                k = e
            }
            Self.attach(unattachedShifts, to: &result.citations, from: firstCitation, title: record.titleLines)
            // This document's prose citations by line, so that each task looks up its own lines
            // instead of filtering every citation of the file (tasks × citations before).
            var citationsOnLine: [Int: [Int]] = [:]
            for c in firstCitation..<result.citations.count where !result.citations[c].isNested {
                citationsOnLine[result.citations[c].location.line - 1, default: []].append(c)
            }
            for task in proseTasks {
                let ids = task.lines.flatMap { citationsOnLine[$0] ?? [] }.sorted().map { result.citations[$0].id }
                result.tasks.append(TaskRow(number: task.number, section: task.section, basis: nil, task: task.text, level: nil,
                                            leadUnit: task.context.leadUnit, coordinating: nil, deadline: task.context.deadline,
                                            announced: AnnouncedDocuments.find(task.announcing ?? task.text), citations: ids,
                                            documentIndex: documentIndex, location: SourceLocation(file: file, line: task.lines.lowerBound + 1, column: 1)))
            }

            // Tables: each cell (joined across page breaks) is one segment.
            for table in tables {
                let opener = TableListOpener.relation(text, before: table.lines.lowerBound, notBefore: lines.lowerBound)
                for row in table.rows {
                    let rowStart = result.citations.count
                    let deadlineText = table.columns.firstIndex(of: .deadline).map { cellText(text, row.cells[$0]) }
                    let deadline = deadlineText.flatMap(Deadline.parse)
                    var lead = table.columns.firstIndex(of: .lead).map { cellText(text, row.cells[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
                    lead = lead ?? row.sectionLead
                    let task = TaskContext(deadline: deadline, leadUnit: lead)
                    var ids: [DocumentID] = []
                    // The task and basis cells as the scanner folded them: the announced document is
                    // read from them again instead of folding the cell's text a second time.
                    var folded: (task: TextSegment?, basis: TextSegment?) = (nil, nil)
                    ctx.rowSubject = nil
                    var subject: ListRow.Subject?
                    var citingCells = IndexSet()
                    for (c, column) in table.columns.enumerated() where column == .task || column == .basis || column == .other {
                        guard !row.cells[c].isEmpty else { continue }
                        let seg = TextSegment(text, pieces: row.cells[c])
                        if column == .task, folded.task == nil { folded.task = seg } else if column == .basis, folded.basis == nil { folded.basis = seg }
                        ctx.tasks = table.isTaskTable ? [(0..<seg.bytes.count, task)] : []
                        let found = CitationScanner.scan(seg, &ctx)
                        ids += found.filter { !$0.isNested }.map(\.id)
                        if !found.isEmpty { citingCells.insert(c) }
                        // The row's document is named for itself: a number told of, not a document the title carries out
                        // (`Quy định thực hiện Quy định số 105-QĐ/TW …` in a title cell before the number's, reviewer, session 28).
                        if ctx.rowSubject == nil,
                           let s = found.firstIndex(where: { !$0.isNested && !$0.isSelfReference && $0.relation == .references && $0.id.form != .named }) {
                            ctx.rowSubject = found[s]
                            subject = ListRow.Subject(cell: c, index: result.citations.count + s)
                        }
                        result.citations += found
                    }
                    ctx.rowSubject = nil
                    ListRow.settle(&result.citations, from: rowStart, subject: subject, citingCells: citingCells, row: row, in: text,
                                   opener: opener, planned: ctx.isDraft || record.typeCode == "TTr")
                    guard table.isTaskTable else { continue }
                    let taskColumn = table.columns.firstIndex(of: .task)
                    let basisColumn = table.columns.firstIndex(of: .basis)
                    let taskText = taskColumn.map { cellText(text, row.cells[$0]) } ?? ""
                    let basisText = basisColumn.map { cellText(text, row.cells[$0]) }
                    let announcing = taskText.isEmpty ? basisColumn.flatMap { c in folded.basis.map { ($0, row.cells[c]) } }
                        : taskColumn.flatMap { c in folded.task.map { ($0, row.cells[c]) } }
                    let announced = AnnouncedDocuments.find(taskText.isEmpty ? (basisText ?? "") : taskText, cell: announcing, in: text)
                    result.tasks.append(TaskRow(
                        number: row.number, section: row.section, basis: basisText.flatMap { $0.isEmpty ? nil : $0 },
                        task: taskText.isEmpty ? (basisText ?? "") : taskText,
                        level: table.columns.firstIndex(of: .level).map { cellText(text, row.cells[$0]) }.flatMap { $0.isEmpty ? nil : $0 },
                        leadUnit: lead,
                        coordinating: table.columns.firstIndex(of: .coordinating).map { cellText(text, row.cells[$0]) }.flatMap { $0.isEmpty ? nil : $0 },
                        deadline: deadline ?? deadlineText.flatMap { $0.isEmpty ? nil : Deadline(date: nil, recurring: false, text: $0) },
                        announced: announced,
                        citations: ids, documentIndex: documentIndex, location: SourceLocation(file: file, line: row.line, column: 1)))
                }
            }
            LawVersions.settle(&result.citations, from: firstCitation)
            NamedByNumber.settle(&result.citations, from: firstCitation)
            YearlessNumbers.settle(&result.citations, from: firstCitation)
            result.diagnostics += ctx.notes
        }
        result.citations.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        result.tasks.sort { $0.location.line < $1.location.line }
    }

    /// The quoted text of a cell: `TextSegment(text, pieces:).originalText` of the whole cell,
    /// read from the original bytes of its pieces without building the segment (five cells a row).
    /// Gives each deadline shift said of no document (`DeadlineShifts.unattached`) to the plan the document's title adjusts
    /// (`Điều chỉnh, bổ sung Kế hoạch số 88/KH-UBND …`): its title's citation carries the first, a copy of it at the shift's
    /// place each other one.
    static func attach(_ shifts: [(shift: DeadlineShift, location: SourceLocation)], to citations: inout [Citation], from first: Int, title: Range<Int>?) {
        guard !shifts.isEmpty, let title,
              let t = (first..<citations.count).first(where: { !citations[$0].isNested && !citations[$0].isSelfReference && title.contains(citations[$0].location.line - 1)
                                                         && citations[$0].id.form != .named && citations[$0].relation.isRevision }) else { return }
        for (k, s) in shifts.enumerated() {
            // A shift said in the title's own line is the title's (`… điều chỉnh thời hạn … của Kế hoạch số …`).
            if citations[first..<citations.count].contains(where: { $0.deadlineShift != nil && $0.location.line == s.location.line }) { continue }
            if k == 0, citations[t].deadlineShift == nil {
                citations[t].deadlineShift = s.shift
            } else {
                var copy = citations[t]
                copy.deadlineShift = s.shift
                copy.location = s.location
                citations.append(copy)
            }
        }
    }

    private static func cellText(_ text: FoldedText, _ pieces: [Range<Int>]) -> String {
        var parts: [Range<Int>] = []
        for piece in pieces where !piece.isEmpty {
            let oa = Int(text.origin[piece.lowerBound]), ob = Int(text.origin[piece.upperBound])
            if ob > oa { parts.append(oa..<ob) }
        }
        guard !parts.isEmpty else { return "" }
        return text.tidiedOriginal(parts)
    }
}

/// Reads the document a task announces: `Ban hành Quy định của Ban Bí thư về kết nạp …`.
enum AnnouncedDocuments {
    private static let leadVerbs = ["ban hanh", "xay dung", "tham muu xay dung", "tham muu ban hanh", "phoi hop xay dung",
                                    "nghien cuu ban hanh", "nghien cuu xay dung", "hoan thien", "trinh"]

    /// Where a sentence announces a document (`… chủ trì xây dựng Kế hoạch thực hiện …`): the lead
    /// verb right before a type word, in the folded bytes `range`; nil when none does.
    static func announcingStart(_ b: [UInt8], in range: Range<Int>) -> Int? {
        let reader = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            guard i == range.lowerBound || !ByteReader.isAlnum(b[i - 1]) else { continue }
            for verb in leadVerbs {
                guard let e = reader.phraseEnd(verb, at: i) else { continue }
                var r = ByteReader(b, from: e, end: range.upperBound)
                r.skipSpaces()
                if TypeCodes.words.contains(where: { r.phraseEnd($0.folded, at: r.position) != nil }) { return i }
            }
        }
        return nil
    }

    /// Whether `về` or `gửi` then a body's name, capitalised, follow within the report's first words (`kết quả về Sở
    /// Nội vụ`); `Báo cáo về tình hình …` (what it is about) is no body.
    private static func sentToBody(_ seg: TextSegment, from start: Int) -> Bool {
        IssuingBodies.namesBody(after: ["ve", "gui"], in: seg, start..<min(seg.bytes.count, start + 80))
    }

    /// `TypeCodes.words` by first byte (`PhraseIndex`): each task tried every type word with `matchWord` (issue #12,
    /// eighteenth pass: about 100,000 tries on 100 plan-heavy documents, each retaining the word's strings).
    static let typeWordIndex = PhraseIndex(TypeCodes.words.map { (phrase: $0.folded, value: $0.code) })

    static func find(_ task: String) -> AnnouncedDocument? {
        let text = FoldedText(task)
        return find(task, in: TextSegment(text, range: 0..<text.bytes.count))
    }

    /// `find(task)` where `task` is `cellText` of a table cell whose folded segment `cell` the
    /// scanner built already: when the cell's original bytes are tidy (`FoldedText.isTidy`), the
    /// task is those bytes, so its folded bytes are the segment's and every quote taken from the
    /// segment is the quote taken from the task (callgrind: folding each task again was 13 % of
    /// plan-heavy extraction). Otherwise the task is folded as before.
    static func find(_ task: String, cell: (segment: TextSegment, pieces: [Range<Int>])?, in text: FoldedText) -> AnnouncedDocument? {
        guard let cell else { return find(task) }
        var parts: [Range<Int>] = []
        for piece in cell.pieces where !piece.isEmpty {
            let oa = Int(text.origin[piece.lowerBound]), ob = Int(text.origin[piece.upperBound])
            if ob > oa { parts.append(oa..<ob) }
        }
        guard !parts.isEmpty, parts.count == cell.pieces.filter({ !$0.isEmpty }).count, text.isTidy(parts) else { return find(task) }
        return find(task, in: cell.segment)
    }

    private static func find(_ task: String, in seg: TextSegment) -> AnnouncedDocument? {
        var r = ByteReader(seg.bytes)
        r.skipSpaces()
        var afterVerb = false
        for verb in leadVerbs where r.matchWord(verb) { r.skipSpaces(); afterVerb = true; break }
        // The first type word that stands here, in `TypeCodes.words`' order (longest first): every path below returns.
        while r.position < r.end, let (entry, wordEnd) = typeWordIndex.match(r, at: r.position) {
            let w = (folded: typeWordIndex.phrase(entry), code: typeWordIndex.value(entry))
            let start = r.position
            r.position = wordEnd
            r.skipSpaces()
            if r.matchWord("so") || (r.current.map(ByteReader.isDigit) ?? false) { return nil }
            // `Báo cáo Bộ Chính trị …` reports to a body: a verb, not a document.
            if w.code == "BC", ["bo chinh tri", "ban bi thu", "ban thuong vu", "thuong truc", "ban chap hanh", "tinh uy", "thanh uy", "cap uy"].contains(where: { r.phraseEnd($0, at: r.position) != nil }) { return nil }
            // Its state relative: `Báo cáo Ủy ban nhân dân tỉnh (qua Sở Tư pháp) trước ngày 31/12/2025` (red team, round 36,
            // c3), `Báo cáo UBND huyện`, `Báo cáo Sở Nội vụ`, `Báo cáo Chủ tịch UBND tỉnh`: a body's name, capitalised, right
            // after the word. After a verb that makes the report (`xây dựng Báo cáo Hội đồng nhân dân tỉnh về …`, reviewer,
            // session 28) the body is the report's addressee, and the report a document.
            if w.code == "BC", !afterVerb, r.position < r.end, seg.startsUpperCase(at: r.position),
               IssuingBodies.opensName(r, at: r.position) || ["thu tuong", "chinh phu", "chu tich"].contains(where: { r.phraseEnd($0, at: r.position) != nil }) {
                return nil
            }
            // `Báo cáo kết quả về Sở Nội vụ trước ngày …`, `báo cáo gửi UBND tỉnh`: a report sent to a body is a duty of
            // those addressed, no document of this one (red team, round 8: a false overdue-plan warning).
            if w.code == "BC", sentToBody(seg, from: wordEnd) { return nil }
            let meta = CitationScanner.parseMetadata(seg, from: wordEnd, limit: seg.bytes.count)
            var subject = meta.subject
            if subject == nil {
                // `Kế hoạch thực hiện Kết luận …`, `Đề án “Các giải pháp …”`: the rest is the subject.
                let rest = seg.originalText(meta.metaEnd..<seg.bytes.count).trimmingCharacters(in: " ,.")
                subject = rest.isEmpty ? nil : rest
            }
            // Every task text is tidied already (`cellText`, `ProseTasks`), and tidying is idempotent.
            return AnnouncedDocument(typeCode: w.code, typeWord: seg.originalText(start..<wordEnd), issuer: meta.issuer, subject: subject,
                                     text: task)
        }
        return nil
    }
}
