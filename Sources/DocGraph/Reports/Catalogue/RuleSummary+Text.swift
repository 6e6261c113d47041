extension CheckRule {
    /// The rule's one-line summary in `language`: for `--help`, SARIF and the site. Rules defined
    /// outside docgraph have only their own ``summary``, shown in every language.
    public func summary(_ language: Language) -> String {
        switch language {
        case .en: return summary
        case .vi: return RuleSummaries.vietnamese[id] ?? summary
        }
    }
}

/// The Vietnamese summaries of the standard rules, by id; `LanguageTests` requires one for every
/// rule of ``RuleRegistry/standard``.
enum RuleSummaries {
    static let vietnamese: [RuleID: String] = [
        .cycle: "Các văn bản thực hiện, sửa đổi, thay thế hoặc dựa vào nhau thành vòng tròn.",
        .temporal: "Trích dẫn (đã ban hành) một văn bản có ngày muộn hơn văn bản dẫn chiếu.",
        .metadataConflict: "Một văn bản được dẫn chiếu với ngày, cơ quan ban hành, khóa hoặc tên loại khác nhau.",
        .ambiguousID: "Một trích dẫn khớp với văn bản của nhiều khóa mà không có gì để phân biệt.",
        .supersededCitation: "Trích dẫn (đã ban hành) một văn bản đã bị thay thế hoặc bãi bỏ.",
        .overduePlan: "Một việc dự kiến đã quá thời hạn mà chưa có văn bản nào thực hiện.",
        .unmetObligation: "Một nhiệm vụ giao trong phần Tổ chức thực hiện chưa có văn bản thực hiện đúng loại.",
        .inverseInconsistency: "Hai văn bản nói những điều trái nhau về việc văn bản nào thay thế hoặc dựa vào văn bản nào.",
        .dangling: "Một văn bản được dẫn chiếu nhưng không có trong kho.",
        .countMismatch: "Số nhiệm vụ ghi ở tiêu đề khác với số nhiệm vụ được liệt kê.",
        .duplicateIdentity: "Hai văn bản trong kho cùng số hiệu, cơ quan ban hành, địa phương và khóa.",
    ]
}
