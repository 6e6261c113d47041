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
            case .notAReadableFormat(let extensions): return "không phải tệp \(Self.alternatives(extensions, or: "hoặc")); bỏ qua"
            case .invalidUTF8(_, let hex): return "byte UTF-8 không hợp lệ \(hex); thay bằng U+FFFD và đọc tiếp phần còn lại của tệp"
            case .moreInvalidLines(let n): return "thêm \(n) dòng có byte UTF-8 không hợp lệ"
            case .noHeaderNorCitation: return "không tìm thấy phần đầu văn bản hay trích dẫn nào trong tệp này"
            case .localIDReadAsTU(let written, let read, let issuer): return "`\(written)` được đọc là `\(read)`: trích dẫn nêu \(issuer); hãy viết TU"
            case .idReadAsTW(let written, let read): return "`\(written)` được đọc là `\(read)` (TƯ là Trung ương); hãy viết TW"
            case .unreadableNumber(let written):
                return "`\(written)` giống một trích dẫn nhưng không đọc được số hiệu; hãy viết dạng SỐ-LOẠI/CƠ QUAN hoặc SỐ/NĂM/LOẠI-CƠ QUAN"
            case .unreadableSource(let error): return error.text(.vi)
            case .pagesReadByOCR(let pages, _, let language, let dpi):
                return "trang \(Self.list(pages, count: pages.count)) không có lớp chữ và đã được nhận dạng bằng OCR (Tesseract, \(language), \(dpi) dpi); hãy đối chiếu các trích dẫn ở đó với bản scan"
            case .recognitionFailed(let reason): return "không chạy được OCR (\(reason.text(.vi))); các trang không có chữ không được đọc"
            case .pagesWithoutText(let pages, let n):
                return "trang \(Self.list(pages, count: n)) không có chữ (bản scan?); hãy OCR tệp trước (`ocrmypdf -l vie IN.pdf OUT.pdf`) hoặc đọc bằng --ocr"
            case .pageUnreadable: return "không đọc được trang này (bị hỏng); bỏ qua, các trang khác vẫn được đọc"
            case .pageTooLong(let limit): return "trang này có hơn \(limit) ký tự; phần còn lại không được đọc"
            case .revisionReadAsReference(let citing, let relation, let cited, let level, _):
                let name = Relation(rawValue: relation)?.label(.vi) ?? relation
                let why: AuthorityObjection = level.map { .localRevisesCentral(IssuerLevel(rawValue: $0) ?? .unknown) } ?? .commissionRevisesCommittee
                return "\(citing) \(name) \(cited) được hiểu là dẫn chiếu: \(why.text(.vi))"
            }
        }
    }

    /// The message's name, one per case: a test requires every key in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case noSuchPath, folderVanished, folderLoop, folderTooDeep, folderUnreadable, entryVanished, notAReadableFormat,
             invalidUTF8, moreInvalidLines, noHeaderNorCitation, localIDReadAsTU, idReadAsTW, unreadableNumber,
             unreadableSource, pagesReadByOCR, recognitionFailed, pagesWithoutText, pageUnreadable, pageTooLong, revisionReadAsReference
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
        case .unreadableSource: return .unreadableSource
        case .pagesReadByOCR: return .pagesReadByOCR
        case .recognitionFailed: return .recognitionFailed
        case .pagesWithoutText: return .pagesWithoutText
        case .pageUnreadable: return .pageUnreadable
        case .pageTooLong: return .pageTooLong
        case .revisionReadAsReference: return .revisionReadAsReference
        }
    }
}

extension Diagnostic {
    /// The message in `language`: the typed message's words, else the message as made.
    public func text(_ language: Language) -> String { said?.text(language) ?? message }

    /// `file:line:col: warning: message`, the message in `language`.
    public func line(_ language: Language) -> String { "\(location): \(severity.rawValue): \(text(language))" }
}
