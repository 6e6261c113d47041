import DocGraph

/// The index's errors in the reader's language (the catalogue's `Language`); `description`
/// stays the English one for logs and tests. `path: error:` keeps its English form, as every
/// diagnostic does, for editors and scripts that parse it.
extension IndexError {
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return description
        case .vi:
            switch self {
            case .notAnIndex(let path, let reason):
                return "\(path): error: không phải chỉ mục docgraph (\(reason)); tệp được để nguyên — hãy chỉ tệp --index khác, hoặc lập lại bằng 'docgraph index --rebuild --index \(path)' nếu được phép thay nó"
            case .otherSchemaVersion(let path, let found, let expected):
                return "\(path): error: chỉ mục docgraph có lược đồ phiên bản \(found), docgraph này đọc phiên bản \(expected); tệp được để nguyên — hãy lập lại bằng 'docgraph index --rebuild --index \(path) --corpus THƯ-MỤC'"
            case .corrupt(let path, let detail):
                return "\(path): error: chỉ mục bị hỏng (\(detail)); hãy lập lại bằng 'docgraph index --rebuild --index \(path) --corpus THƯ-MỤC'"
            case .missing(let path):
                return "\(path): error: không có chỉ mục này; hãy lập trước bằng 'docgraph index --corpus THƯ-MỤC --index \(path)'"
            case .busy(let path, let waited):
                return "\(path): error: chỉ mục đang bận: một lệnh 'docgraph index' khác đang cập nhật nó (đã chờ \(Int(waited)) s); hãy chạy lại khi lệnh kia xong"
            case .missingCorpus(let path):
                return "\(path):1:1: error: không có tệp hoặc thư mục văn bản này; chỉ mục không bị thay đổi — hãy kiểm tra đường dẫn"
            case .database(let path, let detail):
                return "\(path): error: \(detail)"
            }
        }
    }
}
