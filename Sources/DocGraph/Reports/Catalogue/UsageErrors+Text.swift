/// The errors that end a command before it has read or written anything (an output that cannot be
/// written, a baseline or a draft that cannot be read), in the reader's language. `description`
/// stays the English one for logs and tests; `file:line:col: error:` keeps its English form, as
/// every diagnostic does, for editors and scripts that parse it.
extension OutputError {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.writeFailed(let p, let m), .vi): return "không ghi được \(p): \(m); hãy kiểm tra thư mục có tồn tại và cho phép ghi"
        case (.wouldOverwriteInput(let p), .vi): return "không ghi đè \(p) vì đó là một văn bản đầu vào; hãy chọn tệp kết quả khác"
        }
    }
}

extension BaselineError {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.unreadable(let path, let why), .vi):
            return "\(path):1:1: error: không đọc được baseline (\(why)); hãy ghi một baseline bằng --write-baseline"
        case (.malformed(let path, let why), .vi):
            return "\(path):1:1: error: không phải baseline của docgraph (\(why)); hãy ghi một baseline bằng --write-baseline"
        case (.version(let path, let v), .vi):
            return "\(path):1:1: error: không biết baseline phiên bản \(v) (docgraph này ghi phiên bản 1); hãy ghi lại bằng --write-baseline"
        }
    }
}

extension ReviewInputError {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.missingDraft(let path), .vi):
            return "\(path):1:1: error: không có dự thảo này; hãy kiểm tra đường dẫn (dự thảo không tồn tại thì không thể qua rà soát)"
        case (.unmatchedPattern(let pattern), .vi):
            return "\(pattern):1:1: error: không tệp nào khớp mẫu này; hãy kiểm tra thư mục và phần mở rộng"
        case (.missingCorpus(let path), .vi):
            return "\(path):1:1: error: không có tệp hoặc thư mục văn bản này; hãy chỉ cho --corpus thư mục các văn bản đã ban hành"
        case (.emptyFolder(let path, let formats), .vi):
            return "\(path):1:1: error: thư mục này không có văn bản \(formats); hãy chỉ một thư mục có văn bản"
        case (.nothingReadable(let paths, let formats), .vi):
            return "error: không đọc được văn bản nào trong \(paths.joined(separator: ", ")); hãy chỉ một tệp hoặc thư mục chứa văn bản \(formats) (chữ mã UTF-8 hoặc UTF-16)"
        case (.emptyStandardInput, .vi):
            return "-:1:1: error: đầu vào chuẩn rỗng; hãy chuyển nội dung dự thảo vào 'docgraph check -'"
        }
    }
}
