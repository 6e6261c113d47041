extension LookupError {
    /// The error in the reader's language; `description` stays the English one for logs and tests.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return description
        case .vi:
            switch self {
            case .notAnIdentifier(let text):
                return "'\(text)' không phải số hiệu văn bản, cũng không phải một phần trích yếu; gõ như 28-NQ/TW, 253-QD/TW hoặc 98/2014/ND-CP"
            case .unknown(let id, let suggestions):
                let hint = suggestions.isEmpty ? "kiểm tra lại số, hoặc thêm thư mục chứa văn bản bằng --corpus"
                    : "có phải là \(suggestions.joined(separator: ", "))?"
                return "không có văn bản \(id) trong kho văn bản hay trong các trích dẫn; \(hint)"
            case .ambiguous(let id, let candidates, let hint):
                return "\(id) chỉ nhiều văn bản (\(candidates.joined(separator: "; "))); \(hint)"
            case .titleAmbiguous(let text, let candidates):
                return Message.titleAmbiguous(query: text, candidates: candidates).text(.vi)
            }
        }
    }
}
