import DocGraph

/// The site's errors in the reader's language (the catalogue's `Language`); `description` stays
/// the English one for logs and tests.
extension SiteError {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.foreignFolder(let p), .vi):
            return "không thay thư mục \(p): thư mục không rỗng và không do docgraph site ghi; hãy chọn một thư mục mới hoặc rỗng"
        case (.writeFailed(let p, let m), .vi): return "không ghi được \(p): \(m); hãy kiểm tra thư mục cha có tồn tại và cho phép ghi"
        case (.searchIndex(let m), .vi): return "không mã hóa được chỉ mục tìm kiếm: \(m)"
        }
    }
}
