import Foundation

/// One mention of a document inside another, with everything the text says about it.
///
/// `Nghị quyết số 28-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về …`
/// gives `id` 28-NQ/TW, `typeWord` "Nghị quyết", `date` 2022-11-17, `issuer` "Ban Chấp hành
/// Trung ương Đảng", `term` "XIII" and `subject` "tiếp tục đổi mới …".
public struct Citation: Hashable, Sendable {
    public var id: DocumentID
    /// The type word as written (`Quy định`, `QUYẾT ĐỊNH`), nil when the text has none.
    public var typeWord: String?
    public var date: SimpleDate?
    public var issuer: String?
    /// Term (khóa) as a Roman numeral, from the text or nil.
    public var term: String?
    public var subject: String?
    public var relation: Relation
    public var modality: Modality
    public var deadline: Deadline?
    /// The unit responsible (`Đơn vị chủ trì`) when the citation sits in a task.
    public var leadUnit: String?
    /// For a `reviews` citation, whether the words before it say `sơ kết` or `tổng kết`.
    public var reviewStage: ReviewStage? = nil
    /// The cited plan's deadline this text moves (`… tại Kế hoạch số 120/KH-UBND … từ Quý IV/2024 sang Quý IV/2026`).
    public var deadlineShift: DeadlineShift? = nil
    /// The document that cites: the enclosing document, or for a nested citation
    /// (`… số 25-CTr/TU … thực hiện Nghị quyết số 28-NQ/TW`) the document whose description
    /// holds it. Nil when the enclosing document has no id of its own.
    public var citingDocument: DocumentID? {
        get { citing?.id }
        set { citing = newValue.map(SharedDocumentID.init) }
    }
    /// `citingDocument`, one instance for all the citations of a document (see `StringPool`).
    var citing: SharedDocumentID?
    /// Index of the enclosing document in its file's `documents`.
    public var documentIndex: Int
    /// True when `citingDocument` comes from an enclosing citation rather than the document.
    public var isNested: Bool
    /// `Kế hoạch này`, or an appendix line naming the document it stands in.
    public var isSelfReference: Bool
    public var location: SourceLocation
    /// The citation as written, white space collapsed.
    public var text: String

    /// The type code the citation names: from the id, else from the type word.
    public var typeCode: String? {
        if !id.typeCode.isEmpty { return id.typeCode }
        return typeWord.flatMap(TypeCodes.code(forWord:))
    }

    /// Memberwise, for code that builds a graph from its own data (an index, another extractor).
    public init(
        id: DocumentID,
        typeWord: String? = nil,
        date: SimpleDate? = nil,
        issuer: String? = nil,
        term: String? = nil,
        subject: String? = nil,
        relation: Relation,
        modality: Modality,
        deadline: Deadline? = nil,
        leadUnit: String? = nil,
        citingDocument: DocumentID? = nil,
        documentIndex: Int,
        isNested: Bool = false,
        isSelfReference: Bool = false,
        location: SourceLocation,
        text: String
    ) {
        self.id = id
        self.typeWord = typeWord
        self.date = date
        self.issuer = issuer
        self.term = term
        self.subject = subject
        self.relation = relation
        self.modality = modality
        self.deadline = deadline
        self.leadUnit = leadUnit
        self.citing = citingDocument.map(SharedDocumentID.init)
        self.documentIndex = documentIndex
        self.isNested = isNested
        self.isSelfReference = isSelfReference
        self.location = location
        self.text = text
    }
}

/// A document found in a file, with its own identity from its header, appendix line or title.
public struct DocumentRecord: Hashable, Sendable {
    /// Nil for documents without a number (they are still nodes, named by title).
    public var id: DocumentID?
    public var typeCode: String?
    public var typeWord: String?
    public var issuer: String?
    public var date: SimpleDate?
    /// The day its own effect clause puts it in force (`Quyết định này có hiệu lực thi hành kể từ ngày
    /// 01 tháng 8 năm 2020`), when the text says and it is not simply `date` (see `InForceClause`).
    public var inForceFrom: SimpleDate? = nil
    /// The last day its own term keeps it in force (`Quyết định này có hiệu lực từ ngày … đến hết ngày 31 tháng 12
    /// năm 2025`, `… hết hiệu lực kể từ ngày 01/01/2026`), when the text sets one (see `InForceClause`).
    public var inForceUntil: SimpleDate? = nil
    public var place: String?
    public var title: String?
    /// Term (khóa) from the header or computed from the date for central Party documents.
    public var term: String?
    /// Where the issuing body sits, the smallest unit first, as `Tests/Evaluation/README.md` writes it:
    /// a province's or a city's body `Nghệ An`; a district's `Tân Kỳ, Nghệ An`; a commune's or a ward's
    /// `Dân Lực, Triệu Sơn, Thanh Hóa`. Nil when the text says no place. What people read and filter by;
    /// the graph places a number by `numberingPlace`.
    public var locality: String?
    /// The place whose series the document's number belongs to, as `IdentityScope` places it: the
    /// province of a province's or a district's body (whose own place its issuer names), the district
    /// of a commune's (`Triệu Sơn`), a Party cell's committee's. Nil when the text says none.
    public var numberingPlace: String?
    public var file: String
    public var startLine: Int
    public var endLine: Int
    /// Pages of `startLine` and `endLine` in a paged file (PDF), where the lines count on their page.
    public var startPage: Int? = nil
    public var endPage: Int? = nil
    /// 0-based lines of the type word and the title under it (`HƯỚNG DẪN` / `thực hiện Quy định
    /// số 132-QĐ/TW …`): what the title cites, it cites as the document's kind says.
    public var titleLines: Range<Int>?

    /// Where the document starts (`file:LINE:1`, or `file.pdf:PAGE:LINE:1`).
    public var startLocation: SourceLocation { SourceLocation(file: file, page: startPage, line: startLine, column: 1) }
    /// The document's first and last lines, pages included, to tell which document holds a place.
    public var startSourceLine: SourceLine { SourceLine(file: file, page: startPage, line: startLine) }
    public var endSourceLine: SourceLine { SourceLine(file: file, page: endPage, line: endLine) }

    /// `file:12-80`, or `file.pdf:1:12-3:40` in a paged file.
    public var lineSpan: String {
        if let startPage, let endPage { return "\(file):\(startPage):\(startLine)-\(endPage):\(endLine)" }
        return "\(file):\(startLine)-\(endLine)"
    }

    /// A name for people: the id, else type word and title.
    public var displayName: String {
        if let id { return id.description }
        return title ?? typeWord ?? "\(file):\(startLine)"
    }

    /// Memberwise, for code that builds a graph from its own data (an index, another extractor).
    public init(
        id: DocumentID? = nil,
        typeCode: String? = nil,
        typeWord: String? = nil,
        issuer: String? = nil,
        date: SimpleDate? = nil,
        place: String? = nil,
        title: String? = nil,
        term: String? = nil,
        locality: String? = nil,
        numberingPlace: String? = nil,
        file: String,
        startLine: Int,
        endLine: Int,
        titleLines: Range<Int>? = nil
    ) {
        self.id = id
        self.typeCode = typeCode
        self.typeWord = typeWord
        self.issuer = issuer
        self.date = date
        self.place = place
        self.title = title
        self.term = term
        self.locality = locality
        // A caller that knows one place (a test, another extractor) numbers there.
        self.numberingPlace = numberingPlace ?? locality
        self.file = file
        self.startLine = startLine
        self.endLine = endLine
        self.titleLines = titleLines
    }
}

/// A row of a task table, or a numbered task in a list under a deadline heading.
///
/// `Sửa đổi, bổ sung Quy định số 253-QĐ/TW …	Ban Bí thư	Vụ Tổ chức - Điều lệ	Tháng 4/2026`
public struct TaskRow: Hashable, Sendable {
    /// The row number as written (`10.`), or nil for a continuation that stood alone.
    public var number: String?
    /// The group heading the row sits under (`III Về xây dựng tổ chức bộ máy`).
    public var section: String?
    /// `Cơ sở thực hiện`: what the task rests on.
    public var basis: String?
    /// The task itself (`Tên đề án, nhiệm vụ`).
    public var task: String
    /// `Cấp trình`: who the result goes to.
    public var level: String?
    /// `Đơn vị chủ trì`.
    public var leadUnit: String?
    /// `Cơ quan phối hợp`.
    public var coordinating: String?
    public var deadline: Deadline?
    /// The document the task announces (`Ban hành Quy định của Ban Bí thư về …`), if any.
    public var announced: AnnouncedDocument?
    /// Ids the row cites.
    public var citations: [DocumentID]
    public var documentIndex: Int
    public var location: SourceLocation

    /// Memberwise, for code that builds a graph from its own data (an index, another extractor).
    public init(
        number: String? = nil,
        section: String? = nil,
        basis: String? = nil,
        task: String,
        level: String? = nil,
        leadUnit: String? = nil,
        coordinating: String? = nil,
        deadline: Deadline? = nil,
        announced: AnnouncedDocument? = nil,
        citations: [DocumentID],
        documentIndex: Int,
        location: SourceLocation
    ) {
        self.number = number
        self.section = section
        self.basis = basis
        self.task = task
        self.level = level
        self.leadUnit = leadUnit
        self.coordinating = coordinating
        self.deadline = deadline
        self.announced = announced
        self.citations = citations
        self.documentIndex = documentIndex
        self.location = location
    }
}

/// A document a task promises to produce, named by type, issuer and subject but not number.
public struct AnnouncedDocument: Hashable, Sendable {
    public var typeCode: String
    public var typeWord: String
    public var issuer: String?
    /// What the document is about, when the task says. Nearly always a piece of `text`, and then
    /// held as the place of its bytes there (`HeldSubject`): a plan-heavy corpus has one a plan, and
    /// as strings of their own they were a tenth of the peak memory of `check --all` (massif, 2,000
    /// plan-heavy documents: 7.6 MB beside 75 MB). Read, it is the same string as the one given.
    public var subject: String? {
        get {
            switch held {
            case .none: return nil
            case .own(let s): return s
            case .inText(let a, let b):
                let u = text.utf8
                let i = u.index(u.startIndex, offsetBy: Int(a))
                return String(decoding: u[i..<u.index(i, offsetBy: Int(b - a))], as: UTF8.self)
            }
        }
        set { held = HeldSubject(newValue, in: text) }
    }
    /// The task as written.
    public var text: String {
        get { heldText }
        set {
            if case .inText = held { held = .own(subject!) }
            heldText = newValue
            if case .own(let s) = held { held = HeldSubject(s, in: heldText) }
        }
    }
    private var heldText: String
    private var held: HeldSubject

    /// Holds `text` in the storage of `same`, a string of the very same bytes (the corpus's one copy of a
    /// task repeated across files, `SharedTexts`): the subject's place in them stays where it was.
    mutating func holdText(in same: String) {
        precondition(same.utf8.count == heldText.utf8.count, "a shared text has the same bytes")
        heldText = same
    }

    /// `subject`: none, the bytes `a..<b` of `text`, or a string of its own.
    enum HeldSubject: Sendable {
        case none
        case inText(UInt32, UInt32)
        case own(String)

        /// Where `subject`'s bytes stand in `text`'s, when they do (the last place they do), else the string itself.
        init(_ subject: String?, in text: String) {
            guard let subject else { self = .none; return }
            // A string of 15 bytes or fewer is held in place, with no storage to share.
            guard subject.utf8.count > 15, subject.utf8.count <= text.utf8.count, text.utf8.count < Int(UInt32.max) else { self = .own(subject); return }
            var found: Int?
            _ = text.utf8.withContiguousStorageIfAvailable { t in
                _ = subject.utf8.withContiguousStorageIfAvailable { w in
                    let n = w.count
                    var start = t.count - n
                    while start >= 0 {
                        if t[start] == w[0], memcmp(t.baseAddress! + start, w.baseAddress!, n) == 0 { found = start; return }
                        start -= 1
                    }
                }
            }
            if let start = found { self = .inText(UInt32(start), UInt32(start + subject.utf8.count)) } else { self = .own(subject) }
        }
    }

    /// Memberwise, for code that builds a graph from its own data (an index, another extractor).
    public init(
        typeCode: String,
        typeWord: String,
        issuer: String? = nil,
        subject: String? = nil,
        text: String
    ) {
        self.typeCode = typeCode
        self.typeWord = typeWord
        self.issuer = issuer
        heldText = text
        held = HeldSubject(subject, in: text)
    }

    public static func == (a: AnnouncedDocument, b: AnnouncedDocument) -> Bool {
        a.typeCode == b.typeCode && a.typeWord == b.typeWord && a.issuer == b.issuer && a.text == b.text && a.subject == b.subject
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(typeCode)
        hasher.combine(typeWord)
        hasher.combine(issuer)
        hasher.combine(subject)
        hasher.combine(text)
    }
}

/// An assignment in a `Tổ chức thực hiện` section: `Bộ Chính trị ban hành Kế hoạch thực hiện
/// Nghị quyết` expects a KH from the Politburo implementing the document.
public struct Obligation: Hashable, Sendable {
    public var actor: String
    public var actorLevel: IssuerLevel
    /// Type codes that would fulfil it (`KH`, `CTr`, `ĐA`).
    public var expectedTypes: [String]
    public var documentIndex: Int
    public var location: SourceLocation
    public var text: String

    /// Memberwise, for code that builds a graph from its own data (an index, another extractor).
    public init(
        actor: String,
        actorLevel: IssuerLevel,
        expectedTypes: [String],
        documentIndex: Int,
        location: SourceLocation,
        text: String
    ) {
        self.actor = actor
        self.actorLevel = actorLevel
        self.expectedTypes = expectedTypes
        self.documentIndex = documentIndex
        self.location = location
        self.text = text
    }
}

/// A count stated in a heading (`Tháng 01/2026 (11 nhiệm vụ)`) and the items under it.
public struct StatedCount: Hashable, Sendable {
    public var heading: String
    public var stated: Int
    public var listed: Int
    public var documentIndex: Int
    public var location: SourceLocation

    /// Memberwise, for code that builds a graph from its own data (an index, another extractor).
    public init(
        heading: String,
        stated: Int,
        listed: Int,
        documentIndex: Int,
        location: SourceLocation
    ) {
        self.heading = heading
        self.stated = stated
        self.listed = listed
        self.documentIndex = documentIndex
        self.location = location
    }
}

/// How high in the system an issuing body sits, for clusters and obligation matching.
public enum IssuerLevel: String, Sendable, Codable, CaseIterable {
    case central, province, city, unknown

    /// Classifies an issuer name or an issuer code.
    ///
    /// Remembered by the name's and the code's exact bytes: the level is a function of them, asked for every
    /// document, obligation and province-level citation with the same few issuers, and reading it folds the
    /// name and asks Foundation's `contains` up to 17 times (callgrind, 100 plan-heavy documents: 15 M).
    public static func of(issuer: String?, code: String? = nil) -> IssuerLevel {
        guard let issuer else { return reading(issuer: nil, code: code) }
        // The code's length first: no name and code run together into another pair's key.
        let key = "\(code.map { String($0.utf8.count) } ?? "-"):\(code ?? "")\(issuer)"
        return readings.value(of: key) { _ in reading(issuer: issuer, code: code) }
    }

    private static let readings = NameReadings<IssuerLevel>(capacity: 4_096)

    /// Folded codes of boards found at every level, which no ministry's code is.
    private static let boardsOfAnyLevel: Set<String> = ["bcsd", "bcs", "bcd", "bql", "bqlda", "bch", "bdd", "bvd", "bdt"]

    /// `of(issuer:code:)` read afresh.
    static func reading(issuer: String?, code: String?) -> IssuerLevel {
        if let code {
            switch TypeCodes.partyCommittee(ofCode: code)?.level {
            case .central: return .central
            case .province: return .province
            case .district: return .city
            case .grassroots, nil: break
            }
            let c = code.folded
            // `CP`, `TTg`, `QH14`, and the ministries (`BNV`, `BLĐTBXH`, `BNNPTNT`).
            // `BCSĐ` (a Party cell in a body: `Ban cán sự đảng UBND tỉnh`), `BCĐ` (a steering committee), `BQL`, `BCH`
            // are boards at any level: their issuer's name says which.
            if c == "cp" || c == "ttg" || c.hasPrefix("qh")
                || c.hasPrefix("b") && !boardsOfAnyLevel.contains(c) && (c.count <= 4 || TypeCodes.isStateIssuerCode(code)) { return .central }
        }
        guard let issuer else { return .unknown }
        var f = issuer.folded
        // `Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương` are provinces (red team, round 9: a Prime
        // Minister's obligation on them was read as the centre's): `trực thuộc` says what they answer to.
        for qualifier in ["truc thuoc trung uong", "truc thuoc tw"] where f.contains(qualifier) {
            f = f.replacingOccurrences(of: qualifier, with: "")
        }
        // `Tỉnh đoàn`, `Hội LHPN huyện …`: the organisation's tier, which the words below would misread
        // (`Thành đoàn` says no `thành phố`).
        if MassOrganisation.mayName(f), let tier = IssuingBody(issuer).massOrganisationTier {
            switch tier {
            case .central: return .central
            case .province: return .province
            case .city, .district: return .city
            case .commune, .bloc: return .unknown
            }
        }
        // A ministry or its minister (`Bộ Lao động - Thương binh và Xã hội`); `Bộ Chỉ huy quân sự tỉnh` is local.
        if f.hasPrefix("bo "), !f.hasPrefix("bo chi huy"), !f.hasPrefix("bo chinh tri") { return .central }
        if f.contains("tinh uy") || f.contains("dang bo tinh") { return .province }
        if f.contains("thanh uy") || f.contains("huyen uy") || f.contains("dang bo thanh pho") { return .city }
        if f.contains("trung uong") || f.contains("bo chinh tri") || f.contains("ban bi thu") || f.contains("chinh phu")
            || f.contains("quoc hoi") || f.contains("thu tuong") { return .central }
        if f.contains("tinh") { return .province }
        // `Ủy ban nhân dân thị xã Sa Pa`, `UBND quận Liên Chiểu`: towns and urban districts are districts too.
        if f.contains("thanh pho") || f.contains("huyen") || f.contains("thi xa") || f.contains("nhan dan quan") || f.contains("ubnd quan") { return .city }
        return .unknown
    }
}
