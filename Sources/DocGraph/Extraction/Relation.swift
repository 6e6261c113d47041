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

    public static func < (a: Relation, b: Relation) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Relations that change the cited document itself.
    public var isRevision: Bool { self == .amends || self == .replaces || self == .repeals }

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
