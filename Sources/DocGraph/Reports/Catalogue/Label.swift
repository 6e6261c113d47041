/// Fixed words of text output: column headers, field names, short markers.
public enum Label: String, CaseIterable, Sendable {
    case location, id, date, relation, modality, deadline, citedBy, lines, type, issuer, title, task, leadUnit,
         announces, taskNumber, depth, document, source, chain, by, state, evidence, term, locality, status, level,
         inCorpus, citedOnly, notInCorpus, recurring, planned, part, overdueMark, legend, candidates,
         unknownIssuer, unknownType, unknownYear, due

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }

    private var vi: String {
        switch self {
        case .location: return "VỊ TRÍ"
        case .id: return "SỐ HIỆU"
        case .date: return "NGÀY"
        case .relation: return "QUAN HỆ"
        case .modality: return "TÍNH CHẤT"
        case .deadline: return "THỜI HẠN"
        case .citedBy: return "VĂN BẢN DẪN CHIẾU"
        case .lines: return "DÒNG"
        case .type: return "LOẠI"
        case .issuer: return "CƠ QUAN BAN HÀNH"
        case .title: return "TRÍCH YẾU"
        case .task: return "NHIỆM VỤ"
        case .leadUnit: return "ĐƠN VỊ CHỦ TRÌ"
        case .announces: return "SẼ BAN HÀNH"
        case .taskNumber: return "TT"
        case .depth: return "CẤP"
        case .document: return "VĂN BẢN"
        case .source: return "NGUỒN"
        case .chain: return "CHUỖI (? = dự kiến)"
        case .by: return "VĂN BẢN"
        case .state: return "TRẠNG THÁI"
        case .evidence: return "CĂN CỨ TRÍCH DẪN"
        case .term: return "khóa"
        case .locality: return "địa phương"
        case .status: return "hiệu lực"
        case .level: return "cấp"
        case .inCorpus: return "trong kho"
        case .citedOnly: return "chỉ được dẫn"
        case .notInCorpus: return "không có trong kho văn bản (chỉ được dẫn chiếu)"
        case .recurring: return "thường xuyên"
        case .planned: return "dự kiến"
        case .part: return "một phần"
        case .overdueMark: return "QUÁ HẠN"
        case .legend: return "Chú giải"
        case .candidates: return "các văn bản phù hợp"
        case .unknownIssuer: return "chưa rõ cơ quan ban hành"
        case .unknownType: return "chưa rõ loại"
        case .unknownYear: return "chưa rõ năm"
        case .due: return "hạn"
        }
    }

    private var en: String {
        switch self {
        case .location: return "LOCATION"
        case .id: return "ID"
        case .date: return "DATE"
        case .relation: return "RELATION"
        case .modality: return "MODALITY"
        case .deadline: return "DEADLINE"
        case .citedBy: return "CITED BY"
        case .lines: return "LINES"
        case .type: return "TYPE"
        case .issuer: return "ISSUER"
        case .title: return "TITLE"
        case .task: return "TASK"
        case .leadUnit: return "LEAD UNIT"
        case .announces: return "ANNOUNCES"
        case .taskNumber: return "NO."
        case .depth: return "DEPTH"
        case .document: return "DOCUMENT"
        case .source: return "SOURCE"
        case .chain: return "CHAIN (? = planned)"
        case .by: return "BY"
        case .state: return "STATE"
        case .evidence: return "EVIDENCE"
        case .term: return "term"
        case .locality: return "locality"
        case .status: return "status"
        case .level: return "level"
        case .inCorpus: return "corpus"
        case .citedOnly: return "cited"
        case .notInCorpus: return "not in the corpus (cited only)"
        case .recurring: return "recurring"
        case .planned: return "planned"
        case .part: return "part"
        case .overdueMark: return "OVERDUE"
        case .legend: return "Legend"
        case .candidates: return "candidates"
        case .unknownIssuer: return "unknown issuer"
        case .unknownType: return "unknown type"
        case .unknownYear: return "unknown year"
        case .due: return "due"
        }
    }
}
