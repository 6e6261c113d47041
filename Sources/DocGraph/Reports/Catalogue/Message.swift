/// Every sentence docgraph prints for people, with what varies in it. One case per message;
/// `text(_:)` has an exhaustive switch per language, so a message cannot exist in one language
/// only, and plurals are decided here (English counts take `s`; Vietnamese nouns do not).
public enum Message: Sendable {
    /// `12 citations in 5 files`
    case citationsInFiles(citations: Int, files: Int)
    /// `3 documents found (of 10)` after `docs` filters.
    case documentsShown(shown: Int, of: Int)
    /// `4 documents rest on 28-NQ/TW (…):`
    case restOn(count: Int, document: String)
    /// `256-KH/TU (…) rests on 3 documents:`
    case restsOn(count: Int, document: String)
    /// `More than 500: counted here, and the first 20 at each depth listed …` (`impact`, `deps`).
    case reachSummarised(limit: Int, perDepth: Int)
    /// `by depth`, `by issuer` … before a summary's counts.
    case countedBy(ReachSummary.Facet)
    /// `(the first 10 of 250; every one in --format json)`
    case moreValues(shown: Int, of: Int)
    /// `in force as of 25/11/2026`
    case stateAsOf(state: String, date: SimpleDate)
    /// `Cites (3):`
    case cites(count: Int)
    /// `Cited by (2):`
    case citedBy(count: Int)
    /// `A —amends (planned)→ B, due 30/04/2026`
    case edge(from: String, relation: Relation, planned: Bool, to: String, due: String?)
    /// `no chain of citations links A and B in either direction`
    case noChain(String, String)
    /// `no chain from A to B; chains the other way:`
    case chainsReversed(String, String)
    /// `1. 2 hops`
    case hops(index: Int, count: Int)
    /// `Revisions of 253-QĐ/TW (…) as of 25/11/2026: 1`
    case revisionsOf(document: String, date: SimpleDate, count: Int)
    /// The STATE cell of a revision: `enacted 24/01/2025`, `fulfilled by X`, `OVERDUE` …
    case revisionState(Revision.State, enactedOn: SimpleDate?, other: String?)
    /// `  governed now by 294-QĐ/TW (…)`
    case governedBy(String)
    /// `amends in part by X`
    case revisedBy(relation: Relation, partial: Bool, by: String)
    /// `replaces announced by X, due 31/03/2026, lead unit Y: overdue`
    case announcedBy(relation: Relation, by: String, due: String?, leadUnit: String?, state: String)
    /// `4 findings: 0 errors, 1 warning, 3 notes (2 accepted by the baseline)`
    case findingsSummary(errors: Int, warnings: Int, notes: Int, accepted: Int)
    /// `wrote 4 findings to baseline.json`
    case wroteBaseline(count: Int, file: String)
    /// `    related: file:line:col`
    case related(String)
    /// `wrote Graphs/corpus.dot, .svg, .png`
    case wroteDiagram(base: String, extensions: [String])
    /// The render note when a graph is too big to read node by node.
    case issuerGraphInstead(nodes: Int, limit: Int, issuers: Int)
    /// The render note when a big graph is laid out with sfdp.
    case layoutSwitched(nodes: Int, layout: String)
    /// `reading Corpus…`, followed on a terminal by the seconds spent.
    case readingCorpus(paths: [String])
    /// `đang đọc: 120/2000 tệp, 85 tệp/s, còn 22 s`: the progress line of a long read.
    case readingProgress(Activity, read: Int, total: Int, rate: Double, remaining: Double?)
    /// `laying out 480 nodes with dot …`
    case layingOut(nodes: Int, layout: String)
    /// `'Chương trình' names several documents: …; give more of the title or the number`
    case titleAmbiguous(query: String, candidates: [String])
    /// `no document has 'xyz' in its title or number`
    case titleUnknown(String)
    /// A rendered diagram's title: `Sơ đồ văn bản: 28-NQ/TW`.
    case diagramOf(focus: [String])
    /// `Cơ quan ban hành: 10000 văn bản của 40 cơ quan`
    case issuerDiagramTitle(documents: Int, bodies: Int)
    /// `Trích dẫn giữa các loại văn bản: 10000 văn bản thuộc 12 loại`
    case typeDiagramTitle(documents: Int, types: Int)
    /// The render note when a big graph is drawn as its document types (`--overview type`).
    case typeGraphInstead(nodes: Int, limit: Int, types: Int)
    /// A body's box in the issuer diagram: `120 văn bản`.
    case documentCount(Int)
    /// The legend's lines under the relations.
    case legendPlanned
    case legendCitedOnly
    case legendIssuerEdge
    case legendTypeEdge
    /// `wrote 42 pages (30 diagrams, 812 KB) to Site; open Site/index.html`
    case wroteSite(pages: Int, diagrams: Int, kilobytes: Int, folder: String)
    /// The summary line of `docgraph index`.
    case indexSummary(index: String, added: Int, changed: Int, removed: Int, unchanged: Int, touched: Int,
                      documents: Int, citations: Int, seconds: Double, megabytes: Double)
    /// `search` found nothing.
    case noSearchMatch
    /// Nothing readable under the paths given.
    case noReadableDocument(paths: [String], extensions: String)
    /// An index with no readable document.
    case indexHoldsNoDocument(index: String)
    /// How an update rebuilt the stored graph: in part (the identity keys its changes reach), …
    case indexGraphPart(keys: Int, citations: Int)
    /// … or whole.
    case indexGraphWhole

    /// What a progress line is counting.
    public enum Activity: Sendable {
        /// Reading a corpus for a command.
        case reading
        /// `docgraph index` reading new and changed files.
        case indexing
    }

    /// The message's name, one per case: a test requires every key to be shown in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case citationsInFiles, documentsShown, restOn, restsOn, reachSummarised, countedBy, moreValues, stateAsOf, cites, citedBy, edge, noChain, chainsReversed,
             hops, revisionsOf, revisionState, governedBy, revisedBy, announcedBy, findingsSummary, wroteBaseline, related,
             wroteDiagram, issuerGraphInstead, layoutSwitched, readingCorpus, layingOut, titleAmbiguous, titleUnknown,
             diagramOf, issuerDiagramTitle, documentCount,
             legendPlanned, legendCitedOnly, legendIssuerEdge, typeDiagramTitle, typeGraphInstead, legendTypeEdge, readingProgress,
             wroteSite, indexSummary, noSearchMatch, noReadableDocument, indexHoldsNoDocument, indexGraphPart, indexGraphWhole
    }

    public var key: Key {
        switch self {
        case .citationsInFiles: return .citationsInFiles
        case .documentsShown: return .documentsShown
        case .restOn: return .restOn
        case .restsOn: return .restsOn
        case .reachSummarised: return .reachSummarised
        case .countedBy: return .countedBy
        case .moreValues: return .moreValues
        case .stateAsOf: return .stateAsOf
        case .cites: return .cites
        case .citedBy: return .citedBy
        case .edge: return .edge
        case .noChain: return .noChain
        case .chainsReversed: return .chainsReversed
        case .hops: return .hops
        case .revisionsOf: return .revisionsOf
        case .revisionState: return .revisionState
        case .governedBy: return .governedBy
        case .revisedBy: return .revisedBy
        case .announcedBy: return .announcedBy
        case .findingsSummary: return .findingsSummary
        case .wroteBaseline: return .wroteBaseline
        case .related: return .related
        case .wroteDiagram: return .wroteDiagram
        case .issuerGraphInstead: return .issuerGraphInstead
        case .layoutSwitched: return .layoutSwitched
        case .readingCorpus: return .readingCorpus
        case .layingOut: return .layingOut
        case .titleAmbiguous: return .titleAmbiguous
        case .titleUnknown: return .titleUnknown
        case .diagramOf: return .diagramOf
        case .issuerDiagramTitle: return .issuerDiagramTitle
        case .documentCount: return .documentCount
        case .legendPlanned: return .legendPlanned
        case .legendCitedOnly: return .legendCitedOnly
        case .legendIssuerEdge: return .legendIssuerEdge
        case .typeDiagramTitle: return .typeDiagramTitle
        case .typeGraphInstead: return .typeGraphInstead
        case .legendTypeEdge: return .legendTypeEdge
        case .readingProgress: return .readingProgress
        case .wroteSite: return .wroteSite
        case .indexSummary: return .indexSummary
        case .noSearchMatch: return .noSearchMatch
        case .noReadableDocument: return .noReadableDocument
        case .indexHoldsNoDocument: return .indexHoldsNoDocument
        case .indexGraphPart: return .indexGraphPart
        case .indexGraphWhole: return .indexGraphWhole
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }

    /// `1 document`, `2 documents`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n.grouped) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    private var vi: String {
        let l = Language.vi
        switch self {
        case .citationsInFiles(let c, let f): return "\(c.grouped) trích dẫn trong \(f.grouped) tệp"
        case .documentsShown(let shown, let of): return shown == of ? "\(shown.grouped) văn bản" : "\(shown.grouped) trong \(of.grouped) văn bản"
        case .restOn(let n, let d): return "\(n.grouped) văn bản dựa trên \(d):"
        case .restsOn(let n, let d): return "\(d) dựa trên \(n.grouped) văn bản:"
        case .reachSummarised(let limit, let k):
            return "Hơn \(limit.grouped) văn bản: thống kê dưới đây, và liệt kê \(k.grouped) văn bản đầu ở mỗi cấp, gần nhất trước (--all để liệt kê tất cả)."
        case .countedBy(let f):
            switch f {
            case .source: return "nguồn"
            case .depth: return "theo cấp"
            case .relation: return "theo quan hệ (? = dự kiến)"
            case .type: return "theo loại"
            case .issuer: return "theo cơ quan ban hành"
            case .year: return "theo năm"
            }
        case .moreValues(let shown, let of): return "(\(shown.grouped) đầu trong \(of.grouped); đủ cả trong --format json)"
        case .stateAsOf(let s, let d): return "\(s) tại ngày \(d.vietnamese)"
        case .cites(let n): return "Dẫn chiếu (\(n.grouped)):"
        case .citedBy(let n): return "Được dẫn chiếu bởi (\(n.grouped)):"
        case .edge(let a, let r, let planned, let b, let due):
            return "\(a) —\(r.label(l))\(planned ? " (dự kiến)" : "")→ \(b)" + (due.map { ", hạn \($0)" } ?? "")
        case .noChain(let a, let b): return "không có chuỗi trích dẫn nào nối \(a) với \(b), theo cả hai chiều"
        case .chainsReversed(let a, let b): return "không có chuỗi từ \(a) đến \(b); các chuỗi theo chiều ngược lại:"
        case .hops(let i, let n): return "\(i). \(n) bước"
        case .revisionsOf(let d, let date, let n):
            return "Sửa đổi, thay thế, bãi bỏ \(d) tính đến ngày \(date.vietnamese): \(n == 0 ? "không có trong kho văn bản" : n.grouped)"
        case .revisionState(let s, let on, let other):
            switch s {
            case .enacted: return "đã ban hành" + (on.map { " \($0.vietnamese)" } ?? "")
            case .fulfilled: return "đã hoàn thành bởi \(other ?? "")"
            case .pending: return "đang thực hiện"
            case .overdue: return "QUÁ HẠN"
            case .unconfirmed: return "đang thực hiện: có thể đã hoàn thành bởi \(other ?? ""), chưa xác nhận"
            }
        case .governedBy(let d): return "  hiện được thay thế bởi \(d)"
        case .revisedBy(let r, let partial, let by): return "\(r.label(l))\(partial ? " một phần" : "") bởi \(by)"
        case .announcedBy(let r, let by, let due, let lead, let state):
            return "\(r.label(l)) theo dự kiến của \(by)" + (due.map { ", hạn \($0)" } ?? "") + (lead.map { ", đơn vị chủ trì \($0)" } ?? "") + ": \(state)"
        case .findingsSummary(let e, let w, let n, let accepted):
            return "\((e + w + n).grouped) phát hiện: \(e.grouped) lỗi, \(w.grouped) cảnh báo, \(n.grouped) ghi chú"
                + (accepted > 0 ? " (\(accepted.grouped) đã được chấp nhận trong baseline)" : "")
        case .wroteBaseline(let n, let f): return "đã ghi \(n.grouped) phát hiện vào \(f)"
        case .related(let loc): return "    liên quan: \(loc)"
        case .wroteDiagram(let base, let exts): return "đã ghi \(base)\(exts.joined(separator: ", "))"
        case .issuerGraphInstead(let n, let limit, let issuers):
            return "ghi chú: \(n.grouped) văn bản, quá \(limit.grouped) để đọc từng văn bản; sơ đồ vẽ \(issuers.grouped) cơ quan ban hành, "
                + "mỗi cạnh ghi số trích dẫn. Để vẽ một phần: --focus SỐ-HIỆU --depth 2, hoặc --relations, --modality; vẽ theo loại văn bản: --overview type"
        case .layoutSwitched(let n, let layout): return "ghi chú: \(n.grouped) nút; dùng bố cục \(layout), phù hợp với sơ đồ lớn (chọn bố cục khác bằng --layout)"
        case .readingCorpus(let paths): return "đang đọc \(paths.joined(separator: ", "))…"
        case .readingProgress(let what, let read, let total, let rate, let left):
            return "\(what == .indexing ? "đang lập chỉ mục" : "đang đọc"): \(read.grouped)/\(total.grouped) tệp"
                + (rate > 0 ? ", \(Int(rate.rounded())) tệp/s" : "") + (left.map { ", còn \(Int($0.rounded(.up))) s" } ?? "")
        case .layingOut(let n, let layout): return "đang dàn trang \(n.grouped) nút bằng \(layout)…"
        case .titleAmbiguous(let q, let c):
            return "'\(q)' khớp với nhiều văn bản; hãy gõ thêm trích yếu hoặc số hiệu:\n  " + c.joined(separator: "\n  ")
        case .titleUnknown(let q): return "không văn bản nào có số hiệu hoặc trích yếu chứa '\(q)'; gõ số hiệu như 28-NQ/TW hoặc một phần trích yếu"
        case .diagramOf(let focus): return focus.isEmpty ? "Sơ đồ văn bản" : "Sơ đồ văn bản: \(focus.joined(separator: ", "))"
        case .issuerDiagramTitle(let n, let b): return "Trích dẫn giữa các cơ quan ban hành: \(n.grouped) văn bản của \(b.grouped) cơ quan"
        case .documentCount(let n): return "\(n.grouped) văn bản"
        case .legendPlanned: return "nét đứt: dự kiến, kèm thời hạn; QUÁ HẠN: chữ đỏ, nét đậm"
        case .legendCitedOnly: return "khung nét đứt: văn bản được dẫn chiếu, không có trong kho"
        case .legendIssuerEdge: return "mũi tên: văn bản của cơ quan này dẫn chiếu văn bản của cơ quan kia; số trên mũi tên là số trích dẫn"
        case .typeDiagramTitle(let n, let t): return "Trích dẫn giữa các loại văn bản: \(n.grouped) văn bản thuộc \(t.grouped) loại"
        case .typeGraphInstead(let n, let limit, let t):
            return "ghi chú: \(n.grouped) văn bản, quá \(limit.grouped) để đọc từng văn bản; sơ đồ vẽ \(t.grouped) loại văn bản, "
                + "mỗi cạnh ghi số trích dẫn. Để vẽ một phần: --focus SỐ-HIỆU --depth 2, hoặc --relations, --modality"
        case .legendTypeEdge: return "mũi tên: văn bản loại này dẫn chiếu văn bản loại kia; số trên mũi tên là số trích dẫn"
        case .wroteSite(let p, let d, let kb, let folder):
            return "đã ghi \(p.grouped) trang (\(d.grouped) sơ đồ, \(kb.grouped) KB) vào \(folder); mở \(folder)/index.html"
        case .indexSummary(let index, let a, let c, let r, let u, let t, let docs, let cites, let s, let mb):
            return "\(index): \(a.grouped) thêm, \(c.grouped) thay đổi, \(r.grouped) xóa, \(u.grouped) không đổi"
                + (t > 0 ? ", \(t.grouped) chỉ đổi thời điểm sửa" : "")
                + "; đã đọc \(docs.grouped) văn bản và \(cites.grouped) trích dẫn trong \(s.oneDecimal) s; chỉ mục \(mb.oneDecimal) MB"
        case .noSearchMatch: return "không văn bản nào khớp"
        case .noReadableDocument(let paths, let exts):
            return "error: không đọc được văn bản nào trong \(paths.joined(separator: ", ")); hãy chỉ một tệp hoặc thư mục chứa văn bản \(exts)"
        case .indexHoldsNoDocument(let index):
            return "\(index): error: chỉ mục không có văn bản nào đọc được; hãy cập nhật bằng 'docgraph index --corpus THƯ-MỤC --index \(index)'"
        case .indexGraphPart(let keys, let cites): return "; đồ thị: dựng lại \(keys.grouped) khóa định danh từ \(cites.grouped) trích dẫn"
        case .indexGraphWhole: return "; đồ thị: dựng lại toàn bộ"
        }
    }

    private var en: String {
        let l = Language.en
        switch self {
        case .citationsInFiles(let c, let f): return "\(Self.count(c, "citation")) in \(Self.count(f, "file"))"
        case .documentsShown(let shown, let of): return shown == of ? Self.count(shown, "document") : "\(shown.grouped) of \(Self.count(of, "document"))"
        case .restOn(let n, let d): return "\(Self.count(n, "document")) \(n == 1 ? "rests" : "rest") on \(d):"
        case .restsOn(let n, let d): return "\(d) rests on \(Self.count(n, "document")):"
        case .reachSummarised(let limit, let k):
            return "More than \(limit.grouped): counted below, and the first \(k.grouped) at each depth listed, nearest first (--all lists every one)."
        case .countedBy(let f):
            switch f {
            case .source: return "source"
            case .depth: return "by depth"
            case .relation: return "by relation (? = planned)"
            case .type: return "by type"
            case .issuer: return "by issuer"
            case .year: return "by year"
            }
        case .moreValues(let shown, let of): return "(the first \(shown.grouped) of \(of.grouped); every one in --format json)"
        case .stateAsOf(let s, let d): return "\(s) as of \(d.vietnamese)"
        case .cites(let n): return "Cites (\(n.grouped)):"
        case .citedBy(let n): return "Cited by (\(n.grouped)):"
        case .edge(let a, let r, let planned, let b, let due):
            return "\(a) —\(r.label(l))\(planned ? " (planned)" : "")→ \(b)" + (due.map { ", due \($0)" } ?? "")
        case .noChain(let a, let b): return "no chain of citations links \(a) and \(b) in either direction"
        case .chainsReversed(let a, let b): return "no chain from \(a) to \(b); chains the other way:"
        case .hops(let i, let n): return "\(i). \(Self.count(n, "hop"))"
        case .revisionsOf(let d, let date, let n): return "Revisions of \(d) as of \(date.vietnamese): \(n == 0 ? "none in the corpus" : n.grouped)"
        case .revisionState(let s, let on, let other):
            switch s {
            case .enacted: return "enacted" + (on.map { " \($0.vietnamese)" } ?? "")
            case .fulfilled: return "fulfilled by \(other ?? "")"
            case .pending: return "pending"
            case .overdue: return "OVERDUE"
            case .unconfirmed: return "pending: may be fulfilled by \(other ?? ""), unconfirmed"
            }
        case .governedBy(let d): return "  governed now by \(d)"
        case .revisedBy(let r, let partial, let by): return "\(r.label(l))\(partial ? " in part" : "") by \(by)"
        case .announcedBy(let r, let by, let due, let lead, let state):
            return "\(r.label(l)) announced by \(by)" + (due.map { ", due \($0)" } ?? "") + (lead.map { ", lead unit \($0)" } ?? "") + ": \(state)"
        case .findingsSummary(let e, let w, let n, let accepted):
            return "\(Self.count(e + w + n, "finding")): \(Self.count(e, "error")), \(Self.count(w, "warning")), \(Self.count(n, "note"))"
                + (accepted > 0 ? " (\(accepted.grouped) accepted by the baseline)" : "")
        case .wroteBaseline(let n, let f): return "wrote \(Self.count(n, "finding")) to \(f)"
        case .related(let loc): return "    related: \(loc)"
        case .wroteDiagram(let base, let exts): return "wrote \(base)\(exts.joined(separator: ", "))"
        case .issuerGraphInstead(let n, let limit, let issuers):
            return "note: \(Self.count(n, "document")), more than \(limit.grouped) to read one by one; drawing the \(Self.count(issuers, "issuing body", "issuing bodies")) instead, "
                + "each edge labelled with its number of citations. To draw a part: --focus ID --depth 2, or --relations, --modality; by document type: --overview type"
        case .layoutSwitched(let n, let layout): return "note: \(Self.count(n, "node")); using the \(layout) layout, which scales (choose another with --layout)"
        case .readingCorpus(let paths): return "reading \(paths.joined(separator: ", "))…"
        case .readingProgress(let what, let read, let total, let rate, let left):
            return "\(what == .indexing ? "indexing" : "reading"): \(read.grouped) of \(Self.count(total, "file"))"
                + (rate > 0 ? ", \(Int(rate.rounded())) files/s" : "") + (left.map { ", \(Int($0.rounded(.up))) s left" } ?? "")
        case .layingOut(let n, let layout): return "laying out \(Self.count(n, "node")) with \(layout)…"
        case .titleAmbiguous(let q, let c):
            return "'\(q)' matches several documents; give more of the title, or the number:\n  " + c.joined(separator: "\n  ")
        case .titleUnknown(let q): return "no document has '\(q)' in its number or title; write an id like 28-NQ/TW or part of a title"
        case .diagramOf(let focus): return focus.isEmpty ? "Documents" : "Documents: \(focus.joined(separator: ", "))"
        case .issuerDiagramTitle(let n, let b): return "Citations between issuing bodies: \(Self.count(n, "document")) of \(Self.count(b, "body", "bodies"))"
        case .documentCount(let n): return Self.count(n, "document")
        case .legendPlanned: return "dashed: planned, with its deadline; OVERDUE: red text, thick line"
        case .legendCitedOnly: return "dashed box: cited, not in the corpus"
        case .legendIssuerEdge: return "arrow: documents of one body cite documents of the other; the number is the count of citations"
        case .typeDiagramTitle(let n, let t): return "Citations between document types: \(Self.count(n, "document")) of \(Self.count(t, "type"))"
        case .typeGraphInstead(let n, let limit, let t):
            return "note: \(Self.count(n, "document")), more than \(limit.grouped) to read one by one; drawing the \(Self.count(t, "document type")) instead, "
                + "each edge labelled with its number of citations. To draw a part: --focus ID --depth 2, or --relations, --modality"
        case .legendTypeEdge: return "arrow: documents of one type cite documents of the other; the number is the count of citations"
        case .wroteSite(let p, let d, let kb, let folder):
            return "wrote \(Self.count(p, "page")) (\(Self.count(d, "diagram")), \(kb.grouped) KB) to \(folder); open \(folder)/index.html"
        case .indexSummary(let index, let a, let c, let r, let u, let t, let docs, let cites, let s, let mb):
            return "\(index): \(a.grouped) added, \(c.grouped) changed, \(r.grouped) removed, \(u.grouped) unchanged"
                + (t > 0 ? ", \(t.grouped) touched but unchanged" : "")
                + "; \(Self.count(docs, "document")) and \(Self.count(cites, "citation")) read in \(s.oneDecimal) s; index \(mb.oneDecimal) MB"
        case .noSearchMatch: return "no document matches"
        case .noReadableDocument(let paths, let exts):
            return "error: no readable document found under \(paths.joined(separator: ", ")); give a file or folder with \(exts) documents"
        case .indexHoldsNoDocument(let index):
            return "\(index): error: the index holds no readable document; update it with 'docgraph index --corpus DIR --index \(index)'"
        case .indexGraphPart(let keys, let cites): return "; graph: \(keys) identity keys built again from \(cites) citations"
        case .indexGraphWhole: return "; graph: built whole"
        }
    }
}

extension Int {
    /// Digits without separators in both languages (`10000`): counts are pasted into scripts and
    /// spreadsheets, where `10,000` and `10.000` mean different things.
    fileprivate var grouped: String { String(self) }
}

extension Double {
    /// `12.3`: one decimal, a dot in both languages (figures are pasted into scripts).
    fileprivate var oneDecimal: String {
        let tenths = Int((self * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
