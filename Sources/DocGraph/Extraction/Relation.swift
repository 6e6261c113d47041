/// How a citing document stands to the document it cites (DESIGN.md §2).
public enum Relation: String, CaseIterable, Sendable, Codable, Comparable {
    /// `Thực hiện …`, `triển khai thực hiện …`, `cụ thể hoá …`
    case implements
    /// `Tiếp tục thực hiện …`
    case continues
    /// `Căn cứ …`, `trên cơ sở …`, `theo …`
    case basedOn
    /// `Sửa đổi, bổ sung …`, `điều chỉnh một số nội dung trong …`
    case amends
    /// `thay thế …`
    case replaces
    /// `bãi bỏ …`, `… hết hiệu lực`
    case repeals
    /// `Hướng dẫn thực hiện …`, `hướng dẫn thi hành …`
    case guides
    /// `Sơ kết …`, `Tổng kết …`, `đánh giá kết quả thực hiện …`
    case reviews
    /// `Kèm theo …`, `ban hành kèm theo …`
    case attachedTo
    /// `Xem xét Báo cáo số …`
    case respondsTo
    /// Any other mention.
    case references

    public static func < (a: Relation, b: Relation) -> Bool { a.ordinal < b.ordinal }

    /// The relation's place in `allCases`: the order of tables, sorting and the graph's edge masks.
    public var ordinal: Int {
        switch self {
        case .implements: 0
        case .continues: 1
        case .basedOn: 2
        case .amends: 3
        case .replaces: 4
        case .repeals: 5
        case .guides: 6
        case .reviews: 7
        case .attachedTo: 8
        case .respondsTo: 9
        case .references: 10
        }
    }

    // Each property below switches over every case with no `default`, so a new relation does
    // not compile until each question has been answered for it (README, "Extending docgraph").

    /// Whether a document can rest on what it cites this way: the relations that impact and
    /// dependency questions follow. A plain mention and an answer to a report carry no weight.
    public var restsOn: Bool {
        switch self {
        case .implements, .continues, .basedOn, .amends, .replaces, .repeals, .guides, .reviews, .attachedTo: true
        case .respondsTo, .references: false
        }
    }

    /// Relations that change the cited document itself.
    public var isRevision: Bool {
        switch self {
        case .amends, .replaces, .repeals: true
        case .implements, .continues, .basedOn, .guides, .reviews, .attachedTo, .respondsTo, .references: false
        }
    }

    /// Relations by which a document carries the cited one out or builds on it: a document that
    /// does so with a superseded text is stale (`superseded-citation`).
    public var isImplementing: Bool {
        switch self {
        case .implements, .continues, .basedOn, .guides: true
        case .amends, .replaces, .repeals, .reviews, .attachedTo, .respondsTo, .references: false
        }
    }

    /// Relations that, enacted, make a cycle an error: a document cannot implement, amend or
    /// rest on something that in turn rests on it. Reviews, attachments and mentions may loop.
    public var formsCycle: Bool {
        switch self {
        case .implements, .continues, .basedOn, .amends, .replaces, .guides: true
        case .repeals, .reviews, .attachedTo, .respondsTo, .references: false
        }
    }

    /// Whether a planned edge of this relation is a plan of its own, tracked until a later
    /// document fulfils it. A planned `basedOn` or `references` is only the background of a task.
    public var isTrackedWhenPlanned: Bool {
        switch self {
        case .amends, .replaces, .repeals, .reviews, .guides: true
        case .implements, .continues, .basedOn, .attachedTo, .respondsTo, .references: false
        }
    }

    /// Whether an enacted edge of relation `r` does what a planned edge of this relation
    /// promises: a replacement or a repeal also settles a planned amendment.
    public func isFulfilled(by r: Relation) -> Bool {
        switch self {
        case .amends: r == .amends || r == .replaces || r == .repeals
        case .replaces, .repeals: r == .replaces || r == .repeals
        case .implements, .continues, .basedOn, .guides, .reviews, .attachedTo, .respondsTo, .references: r == self
        }
    }

    /// Parses a relation name as typed on the command line (case-insensitive, `based-on` too).
    public init?(userInput: String) {
        let k = userInput.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        guard let r = Relation.allCases.first(where: { $0.rawValue.lowercased() == k }) else { return nil }
        self = r
    }
}

/// Whether a citation records something done or something promised.
public enum Modality: String, CaseIterable, Sendable, Codable {
    /// The citing document itself does it (`Sửa đổi, bổ sung …` in a regulation's opening).
    case enacted
    /// The citing document promises it for later (a task row with a deadline).
    case planned
}
