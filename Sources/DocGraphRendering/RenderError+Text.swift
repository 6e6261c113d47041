import DocGraph

/// Graphviz's and the gallery's errors in the reader's language (the catalogue's `Language`);
/// `description` stays the English one for logs and tests. Graphviz's own message is shown as it came.
extension RenderError {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.unknownLayout(let l), .vi): return "không có bố cục '\(l)'; hãy dùng dot, neato, fdp, sfdp, circo hoặc twopi"
        case (.unknownFormat(let f), .vi): return "không ghi được tệp '\(f)'; hãy đặt tên tệp kết quả .dot, .svg, .png hoặc .pdf"
        case (.invalidDOT(let m), .vi): return "Graphviz không nhận đồ thị: \(m)"
        case (.layoutFailed(let l, let m), .vi): return "bố cục \(l) không dàn trang được: \(m); hãy thử --layout sfdp hoặc --depth nhỏ hơn"
        }
    }
}

extension GalleryError {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.unreadable(let path), .vi): return "không đọc được tệp mô tả thư viện sơ đồ \(path); hãy chỉ --manifest hoặc viết một tệp (README, \"Diagrams\")"
        case (.malformed(let path, let why), .vi): return "\(path) không phải tệp mô tả thư viện sơ đồ: \(why)"
        case (.focus(let name, let why), .vi): return "mục '\(name)' của thư viện sơ đồ: \(why)"
        }
    }
}
