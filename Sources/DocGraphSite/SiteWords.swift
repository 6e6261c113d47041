import DocGraph

/// The words only the site shows a reader (headings, column names, sentences of the pages), in
/// one typed table per language. The words docgraph's other outputs share (relations,
/// modalities, statuses, plan states, severities, levels) come from the catalogue
/// (`Relation.label(_:)` …), so the site and `docgraph revisions` name a relation alike.
/// Pages never spell a word of their own: a missing entry is a compile error, not a fallback.
public struct SiteWords: Sendable {
    /// The catalogue's language; also `<html lang>`.
    public var language: Language
    /// BCP 47 code for `<html lang>`.
    public var languageCode: String { language.rawValue }

    // Navigation and page titles.
    public var siteName: String
    public var indexTitle: String
    public var findingsTitle: String
    public var obligationsTitle: String
    public var skipToContent: String
    public var mainNavigation: String
    public var asOfLine: String
    public var generatedBy: String

    // Index page.
    public var searchLabel: String
    public var searchPlaceholder: String
    public var searchHint: String
    public var searchNoResult: String
    public var searchResults: String
    public var documentsHeading: String
    /// `Văn bản 1–200 trong 10000`: which rows of the document table are shown.
    public var rowsShown: String
    public var previousRows: String
    public var nextRows: String
    /// Shown when the browser runs no script: the table is drawn from the search index.
    public var needsScript: String
    public var sortBy: String
    public var columnDocument: String
    public var columnType: String
    public var columnIssuer: String
    public var columnLevel: String
    public var columnYear: String
    public var columnStatus: String
    public var columnSource: String
    public var inCorpus: String
    public var citedOnly: String
    public var summaryCounts: String

    // Document page.
    public var metadataHeading: String
    public var fieldID: String
    public var fieldType: String
    public var fieldTitle: String
    public var fieldIssuer: String
    public var fieldDate: String
    public var fieldTerm: String
    public var fieldLocality: String
    public var fieldLevel: String
    public var fieldSource: String
    public var statusHeading: String
    public var governedBy: String
    public var revisionsHeading: String
    public var noRevisions: String
    public var outgoingHeading: String
    public var incomingHeading: String
    public var noCitations: String
    public var columnRelation: String
    public var columnModality: String
    public var columnOther: String
    public var columnQuote: String
    public var columnEvidence: String
    public var columnBy: String
    public var columnDeadline: String
    public var columnLeadUnit: String
    public var columnState: String
    public var diagramHeading: String
    public var diagramCaption: String
    public var diagramTrimmed: String
    public var diagramMissing: String
    public var impactHeading: String
    public var impactSummary: String
    public var noImpact: String
    public var impactTrimmed: String
    public var listTrimmed: String
    public var depth: String
    public var unknown: String

    // Findings page.
    public var findingsIntro: String
    public var noFindings: String
    public var findingDocuments: String
    public var findingAt: String

    // Obligations page.
    public var obligationsIntro: String
    public var byLeadUnitHeading: String
    public var byDeadlineHeading: String
    public var columnTask: String
    public var columnPlanner: String
    public var columnOverdue: String
    public var columnPending: String
    public var noLeadUnit: String
    public var noDeadline: String
    public var nothingPlanned: String
    public var announcedDocument: String

    /// The words of one language.
    public static func of(_ language: Language) -> SiteWords {
        switch language {
        case .vi: return .vietnamese
        case .en: return .english
        }
    }

    // Closed vocabularies: the catalogue's words, so that every output names them alike.
    public func relation(_ r: Relation) -> String { r.label(language) }
    public func modality(_ m: Modality) -> String { m.label(language) }
    /// A status as a badge or a cell shows it: `Còn hiệu lực`.
    public func status(_ s: DocumentStatus.State) -> String { Self.capitalisingFirst(s.label(language)) }
    public func planState(_ s: Revision.State) -> String { s.label(language) }
    /// A severity as a heading shows it: `Cảnh báo`, `Warnings`.
    public func severity(_ s: Finding.Severity) -> String { Self.capitalisingFirst(s.label(language, count: 2)) }
    public func level(_ l: AdministrativeLevel) -> String { Self.capitalisingFirst(l.label(language)) }
    public var recurring: String { Label.recurring.text(language) }

    static func capitalisingFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// `{n}` in an entry is replaced by a count or a name; the rest of the entry is kept.
    /// One pass over the entry's bytes (`replacingOccurrences` once per value was a twentieth of
    /// the pages' CPU time), so a value that itself holds `{1}` is kept as written.
    public func fill(_ entry: String, _ values: String...) -> String {
        let bytes = Array(entry.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + values.reduce(0) { $0 + $1.utf8.count })
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x7B, i + 2 < bytes.count, bytes[i + 2] == 0x7D, (0x30...0x39).contains(bytes[i + 1]),
               Int(bytes[i + 1] - 0x30) < values.count {
                out += values[Int(bytes[i + 1] - 0x30)].utf8
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The state of a planned action without its node: the CSS class of its cell
/// (`state-overdue`); its words are the catalogue's (`Revision.State.label(_:)`).
public enum SitePlanState: String, Sendable, CaseIterable {
    case enacted, fulfilled, pending, overdue, unconfirmed

    init(_ s: Revision.State) {
        switch s {
        case .enacted: self = .enacted
        case .fulfilled: self = .fulfilled
        case .pending: self = .pending
        case .overdue: self = .overdue
        case .unconfirmed: self = .unconfirmed
        }
    }
}

extension SiteWords {
    /// Tiếng Việt: what the site shows unless asked otherwise.
    public static let vietnamese = SiteWords(
        language: .vi,
        siteName: "docgraph — quan hệ giữa các văn bản",
        indexTitle: "Danh mục văn bản",
        findingsTitle: "Kết quả kiểm tra",
        obligationsTitle: "Nhiệm vụ theo kế hoạch",
        skipToContent: "Bỏ qua, đến nội dung chính",
        mainNavigation: "Điều hướng chính",
        asOfLine: "Tình trạng tính đến ngày {0}",
        generatedBy: "Tạo bởi docgraph từ {0} văn bản trong kho và {1} văn bản được dẫn chiếu.",
        searchLabel: "Tìm văn bản",
        searchPlaceholder: "Số hiệu hoặc từ trong trích yếu, ví dụ 28-nq/tw",
        searchHint: "Gõ số hiệu có dấu hoặc không dấu (28-nq/tw, 253-qd/tw) hoặc từ trong trích yếu.",
        searchNoResult: "Không tìm thấy văn bản nào.",
        searchResults: "{0} kết quả",
        documentsHeading: "Tất cả văn bản",
        rowsShown: "Văn bản {0}–{1} trong {2}",
        previousRows: "Trang trước",
        nextRows: "Trang sau",
        needsScript: "Tìm kiếm, sắp xếp và các trang sau của danh mục cần JavaScript. Mỗi văn bản có trang riêng trong thư mục d/; trang Kết quả kiểm tra và Nhiệm vụ theo kế hoạch vẫn đọc được.",
        sortBy: "Sắp xếp theo {0}",
        columnDocument: "Văn bản",
        columnType: "Loại",
        columnIssuer: "Cơ quan ban hành",
        columnLevel: "Cấp",
        columnYear: "Năm",
        columnStatus: "Tình trạng",
        columnSource: "Nguồn",
        inCorpus: "Có trong kho",
        citedOnly: "Chỉ được dẫn chiếu",
        summaryCounts: "{0} văn bản, {1} trích dẫn, {2} phát hiện, {3} nhiệm vụ quá hạn.",
        metadataHeading: "Thông tin văn bản",
        fieldID: "Số hiệu",
        fieldType: "Loại văn bản",
        fieldTitle: "Trích yếu",
        fieldIssuer: "Cơ quan ban hành",
        fieldDate: "Ngày ban hành",
        fieldTerm: "Khóa",
        fieldLocality: "Địa phương",
        fieldLevel: "Cấp",
        fieldSource: "Nguồn",
        statusHeading: "Tình trạng hiệu lực",
        governedBy: "Văn bản đang điều chỉnh: ",
        revisionsHeading: "Sửa đổi, thay thế, bãi bỏ",
        noRevisions: "Chưa có văn bản nào sửa đổi, thay thế hoặc bãi bỏ văn bản này.",
        outgoingHeading: "Văn bản này dẫn chiếu",
        incomingHeading: "Văn bản dẫn chiếu đến văn bản này",
        noCitations: "Không có.",
        columnRelation: "Quan hệ",
        columnModality: "Tính chất",
        columnOther: "Văn bản",
        columnQuote: "Trích dẫn",
        columnEvidence: "Vị trí trong tệp",
        columnBy: "Văn bản thực hiện",
        columnDeadline: "Thời hạn",
        columnLeadUnit: "Đơn vị chủ trì",
        columnState: "Trạng thái",
        diagramHeading: "Sơ đồ quan hệ gần",
        diagramCaption: "Quan hệ trực tiếp của {0}. Bấm vào một văn bản để mở trang của văn bản đó.",
        diagramTrimmed: "Sơ đồ chỉ vẽ {0} trong {1} văn bản liên quan; danh sách đầy đủ ở các bảng trên.",
        diagramMissing: "Không vẽ được sơ đồ: {0}",
        impactHeading: "Văn bản dựa trên văn bản này",
        impactSummary: "{0} văn bản dựa trên văn bản này, trực tiếp hoặc gián tiếp",
        noImpact: "Không có văn bản nào dựa trên văn bản này.",
        impactTrimmed: "Chỉ liệt kê {0} trong {1} văn bản.",
        listTrimmed: "Chỉ liệt kê {0} trong {1} trích dẫn.",
        depth: "Cấp {0}",
        unknown: "chưa rõ",
        findingsIntro: "Các vấn đề docgraph phát hiện trong kho văn bản, theo mức độ và quy tắc kiểm tra. Mỗi phát hiện dẫn đến văn bản liên quan.",
        noFindings: "Không có phát hiện nào.",
        findingDocuments: "Văn bản liên quan: ",
        findingAt: "Tại ",
        obligationsIntro: "Việc sửa đổi, thay thế, bãi bỏ, sơ kết, hướng dẫn và văn bản mới mà các văn bản đã hứa ban hành, chưa hoàn thành: quá hạn trước, theo đơn vị chủ trì và theo thời hạn.",
        byLeadUnitHeading: "Theo đơn vị chủ trì",
        byDeadlineHeading: "Theo thời hạn",
        columnTask: "Nhiệm vụ",
        columnPlanner: "Văn bản giao",
        columnOverdue: "Quá hạn",
        columnPending: "Đang thực hiện",
        noLeadUnit: "Chưa rõ đơn vị chủ trì",
        noDeadline: "Không ghi thời hạn",
        nothingPlanned: "Không có nhiệm vụ nào quá hạn hoặc đang chờ.",
        announcedDocument: "Ban hành {0} mới"
    )

    /// English, for reviewers who ask for it (`docgraph site --lang en`).
    public static let english = SiteWords(
        language: .en,
        siteName: "docgraph — how the documents rest on one another",
        indexTitle: "Documents",
        findingsTitle: "Check findings",
        obligationsTitle: "Planned tasks",
        skipToContent: "Skip to the main content",
        mainNavigation: "Main navigation",
        asOfLine: "Status as of {0}",
        generatedBy: "Made by docgraph from {0} documents in the corpus and {1} cited documents.",
        searchLabel: "Find a document",
        searchPlaceholder: "An id or words of the title, e.g. 28-nq/tw",
        searchHint: "Type an id with or without Vietnamese letters (28-nq/tw, 253-qd/tw) or words of the title.",
        searchNoResult: "No document found.",
        searchResults: "{0} results",
        documentsHeading: "All documents",
        rowsShown: "Documents {0}–{1} of {2}",
        previousRows: "Previous page",
        nextRows: "Next page",
        needsScript: "Search, sorting and the next rows of the list need JavaScript. Each document has its own page in the folder d/; the findings and planned tasks pages read without it.",
        sortBy: "Sort by {0}",
        columnDocument: "Document",
        columnType: "Type",
        columnIssuer: "Issuer",
        columnLevel: "Level",
        columnYear: "Year",
        columnStatus: "Status",
        columnSource: "Source",
        inCorpus: "In the corpus",
        citedOnly: "Cited only",
        summaryCounts: "{0} documents, {1} citations, {2} findings, {3} overdue tasks.",
        metadataHeading: "About the document",
        fieldID: "Id",
        fieldType: "Type",
        fieldTitle: "Title",
        fieldIssuer: "Issuer",
        fieldDate: "Date",
        fieldTerm: "Term",
        fieldLocality: "Place",
        fieldLevel: "Level",
        fieldSource: "Source",
        statusHeading: "Status",
        governedBy: "Governing document now: ",
        revisionsHeading: "Amendments, replacements, repeals",
        noRevisions: "Nothing amends, replaces or repeals this document.",
        outgoingHeading: "What this document cites",
        incomingHeading: "What cites this document",
        noCitations: "None.",
        columnRelation: "Relation",
        columnModality: "Modality",
        columnOther: "Document",
        columnQuote: "Quote",
        columnEvidence: "Where in the file",
        columnBy: "By",
        columnDeadline: "Deadline",
        columnLeadUnit: "Lead unit",
        columnState: "State",
        diagramHeading: "Neighbourhood",
        diagramCaption: "Direct relations of {0}. Click a document to open its page.",
        diagramTrimmed: "The diagram draws {0} of {1} related documents; the tables above list them all.",
        diagramMissing: "The diagram could not be drawn: {0}",
        impactHeading: "What rests on this document",
        impactSummary: "{0} documents rest on this one, directly or not",
        noImpact: "Nothing rests on this document.",
        impactTrimmed: "Only {0} of {1} documents are listed.",
        listTrimmed: "Only {0} of {1} citations are listed.",
        depth: "Depth {0}",
        unknown: "unknown",
        findingsIntro: "What docgraph's checks found in the corpus, by severity and rule. Each finding links to its documents.",
        noFindings: "No findings.",
        findingDocuments: "Documents: ",
        findingAt: "At ",
        obligationsIntro: "Amendments, replacements, repeals, reviews, guidance and new documents that documents promised and that are not done yet: overdue first, by lead unit and by deadline.",
        byLeadUnitHeading: "By lead unit",
        byDeadlineHeading: "By deadline",
        columnTask: "Task",
        columnPlanner: "Assigned by",
        columnOverdue: "Overdue",
        columnPending: "Pending",
        noLeadUnit: "No lead unit named",
        noDeadline: "No deadline",
        nothingPlanned: "No overdue or pending task.",
        announcedDocument: "Issue a new {0}"
    )
}
