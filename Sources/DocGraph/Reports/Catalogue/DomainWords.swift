/// The words for docgraph's closed vocabularies, in each language. Each is an exhaustive
/// switch, so a new case does not compile until both languages name it.
extension Relation {
    /// `thực hiện`, `sửa đổi, bổ sung` …; the raw value (`implements`) stays the API name.
    public func label(_ language: Language) -> String {
        switch language {
        case .en: return rawValue
        case .vi:
            switch self {
            case .implements: return "thực hiện"
            case .continues: return "tiếp tục thực hiện"
            case .basedOn: return "căn cứ"
            case .amends: return "sửa đổi, bổ sung"
            case .replaces: return "thay thế"
            case .repeals: return "bãi bỏ"
            case .guides: return "hướng dẫn"
            case .reviews: return "sơ kết/tổng kết"
            case .attachedTo: return "kèm theo"
            case .respondsTo: return "xem xét"
            case .references: return "dẫn chiếu"
            }
        }
    }
}

extension Modality {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.enacted, .vi): return "đã ban hành"
        case (.planned, .vi): return "dự kiến"
        case (.enacted, .en): return "enacted"
        case (.planned, .en): return "planned"
        }
    }
}

extension DocumentStatus.State {
    public func label(_ language: Language) -> String {
        switch language {
        case .en: return rawValue
        case .vi:
            switch self {
            case .inForce: return "còn hiệu lực"
            case .amended: return "đã được sửa đổi, bổ sung"
            case .partlyReplaced: return "đã bị thay thế một phần"
            case .replaced: return "đã bị thay thế"
            case .partlyRepealed: return "đã bị bãi bỏ một phần"
            case .repealed: return "đã bị bãi bỏ"
            case .notYetInForce: return "chưa có hiệu lực"
            case .expired: return "hết thời hạn hiệu lực"
            }
        }
    }
}

extension Revision.State {
    /// The state alone, without the document that fulfils it.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.enacted, .vi): return "đã ban hành"
        case (.fulfilled, .vi): return "đã hoàn thành"
        case (.pending, .vi): return "đang thực hiện"
        case (.overdue, .vi): return "quá hạn"
        case (.unconfirmed, .vi): return "chưa xác nhận"
        case (.enacted, .en): return "enacted"
        case (.fulfilled, .en): return "fulfilled"
        case (.pending, .en): return "pending"
        case (.overdue, .en): return "overdue"
        case (.unconfirmed, .en): return "unconfirmed"
        }
    }
}

extension AdministrativeLevel {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.central, .vi): return "Trung ương"
        case (.province, .vi): return "tỉnh/thành phố"
        case (.district, .vi): return "huyện"
        case (.grassroots, .vi): return "cơ sở"
        case (.unknown, .vi): return "chưa rõ cấp"
        case (.central, .en): return "central"
        case (.province, .en): return "province/city"
        case (.district, .en): return "district"
        case (.grassroots, .en): return "grassroots"
        case (.unknown, .en): return "level unknown"
        }
    }
}

extension Diagnostic.Severity {
    /// For summaries; `file:line:col: warning:` lines keep the English word editors parse.
    public func label(_ language: Language, count: Int) -> String {
        switch language {
        case .en: return count == 1 ? rawValue : rawValue + "s"
        case .vi:
            switch self {
            case .error: return "lỗi"
            case .warning: return "cảnh báo"
            case .note: return "ghi chú"
            }
        }
    }
}
