/// Diagnostics in the reader's language. The line keeps `file:line:col: warning:` (editors parse
/// it); the message after it is the reader's. Diagnostics made outside docgraph's own words (the
/// formats' messages, diagnostics restored from an index) have no typed message and stay English.
extension DiagnosticMessage {
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .vi:
            switch self {
            case .noSuchPath: return "không có tệp hoặc thư mục này; hãy kiểm tra đường dẫn"
            case .folderVanished: return "thư mục biến mất trong khi duyệt; bỏ qua"
            case .folderLoop: return "thư mục đã được duyệt qua một liên kết tượng trưng (vòng lặp); bỏ qua"
            case .folderTooDeep(let levels): return "thư mục lồng sâu hơn \(levels) cấp; bỏ qua"
            case .folderUnreadable(let reason): return "không liệt kê được thư mục này (\(reason)); bỏ qua — hãy kiểm tra quyền truy cập"
            case .entryVanished: return "đã biến mất hoặc là liên kết hỏng; bỏ qua"
            case .notAReadableFormat(let extensions): return "không phải tệp \(extensions); bỏ qua"
            case .invalidUTF8(_, let hex): return "byte UTF-8 không hợp lệ \(hex); thay bằng U+FFFD và đọc tiếp phần còn lại của tệp"
            case .moreInvalidLines(let n): return "thêm \(n) dòng có byte UTF-8 không hợp lệ"
            case .noHeaderNorCitation: return "không tìm thấy phần đầu văn bản hay trích dẫn nào trong tệp này"
            case .localIDReadAsTU(let written, let read, let issuer): return "`\(written)` được đọc là `\(read)`: trích dẫn nêu \(issuer); hãy viết TU"
            case .idReadAsTW(let written, let read): return "`\(written)` được đọc là `\(read)` (TƯ là Trung ương); hãy viết TW"
            case .unreadableNumber(let written):
                return "`\(written)` giống một trích dẫn nhưng không đọc được số hiệu; hãy viết dạng SỐ-LOẠI/CƠ QUAN hoặc SỐ/NĂM/LOẠI-CƠ QUAN"
            }
        }
    }

    /// The message's name, one per case: a test requires every key in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case noSuchPath, folderVanished, folderLoop, folderTooDeep, folderUnreadable, entryVanished, notAReadableFormat,
             invalidUTF8, moreInvalidLines, noHeaderNorCitation, localIDReadAsTU, idReadAsTW, unreadableNumber
    }

    public var key: Key {
        switch self {
        case .noSuchPath: return .noSuchPath
        case .folderVanished: return .folderVanished
        case .folderLoop: return .folderLoop
        case .folderTooDeep: return .folderTooDeep
        case .folderUnreadable: return .folderUnreadable
        case .entryVanished: return .entryVanished
        case .notAReadableFormat: return .notAReadableFormat
        case .invalidUTF8: return .invalidUTF8
        case .moreInvalidLines: return .moreInvalidLines
        case .noHeaderNorCitation: return .noHeaderNorCitation
        case .localIDReadAsTU: return .localIDReadAsTU
        case .idReadAsTW: return .idReadAsTW
        case .unreadableNumber: return .unreadableNumber
        }
    }
}

extension Diagnostic {
    /// The message in `language`: the typed message's words, else the message as made.
    public func text(_ language: Language) -> String { said?.text(language) ?? message }

    /// `file:line:col: warning: message`, the message in `language`.
    public func line(_ language: Language) -> String { "\(location): \(severity.rawValue): \(text(language))" }
}
