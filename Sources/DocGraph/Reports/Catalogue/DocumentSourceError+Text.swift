/// Why a file could not be read, in the reader's language. `message` stays the English one
/// (diagnostics stored in an index, logs, tests); the facts in parentheses (a reason reported by
/// poppler or the zip reader) are shown as they came.
extension DocumentSourceError {
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return message
        case .vi:
            switch self {
            case .text(let error): return error.text(.vi)
            case .needsConversion(let file, let format, let command):
                return "docgraph không đọc tệp \(format); bỏ qua — hãy chuyển đổi trước: \(command) \(Self.shellQuoted(file))"
            case .noTextLayer(_, let pages):
                return "bản scan, không có chữ (\(pages) trang không có lớp chữ): hãy OCR trước, ví dụ `ocrmypdf -l vie IN.pdf OUT.pdf` rồi đọc OUT.pdf, hoặc đọc bằng `docgraph --ocr`"
            case .recognitionFailed(_, let reason):
                return "bản scan, không có chữ, và không chạy được OCR (\(reason.text(.vi))); bỏ qua — hoặc OCR trước: `ocrmypdf -l vie IN.pdf OUT.pdf`"
            case .encrypted:
                return "tệp PDF được bảo vệ bằng mật khẩu; bỏ qua — hãy lưu một bản không khóa (ví dụ `qpdf --decrypt --password=… IN.pdf OUT.pdf`) rồi đọc bản đó"
            case .damaged(_, let reason):
                return "tệp bị hỏng (\(reason.text(.vi))); bỏ qua — hãy mở bằng chương trình tạo ra nó và lưu lại, hoặc lấy bản khác"
            case .overLimit(_, let what):
                return "\(what.text(.vi)); bỏ qua — không văn bản nào cần nhiều như vậy, nên tệp được coi là hỏng hoặc độc hại"
            }
        }
    }
}

extension TextDecodingError {
    /// The message alone, without the location, in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return DocumentSourceError.text(self).message
        case .vi:
            switch self {
            case .empty: return "tệp rỗng; không có gì để đọc"
            case .binary(_, let offset): return "tệp nhị phân (byte NUL ở vị trí \(offset)); bỏ qua — hãy chuyển sang văn bản UTF-8 trước"
            case .legacyEncoding(_, _, let guess):
                return "tệp có vẻ dùng bảng mã tiếng Việt 8 bit cũ (\(guess)), không phải UTF-8; bỏ qua — hãy chuyển sang UTF-8 (ví dụ bằng công cụ chuyển mã của UniKey hoặc `iconv -f CP1258 -t UTF-8`)"
            case .unreadable(_, let reason): return "không đọc được tệp (\(reason)); hãy kiểm tra tệp có tồn tại và có quyền đọc"
            case .tooLarge(_, let size, let limit):
                return "tệp nặng \(size / 1_000_000) MB, quá giới hạn \(limit / 1_000_000) MB cho một tệp; bỏ qua — hãy tách thành từng văn bản"
            }
        }
    }
}

extension DocumentSources {
    /// `.txt, .md, .html, .docx hoặc .pdf` in `language` (``extensionList`` is the English).
    public func extensionList(_ language: Language) -> String {
        DiagnosticMessage.alternatives(namedExtensions, or: language == .vi ? "hoặc" : "or")
    }
}

extension Damage {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.notPDF, .vi): return "không bắt đầu bằng %PDF-: không phải PDF"
        case (.noPages, .vi): return "không có trang nào"
        case (.notZip, .vi): return "không phải tệp nén zip, nên không phải .docx"
        case (.notWordDocument, .vi): return "không có word/document.xml: không phải văn bản Word"
        case (.xmlNotUTF8, .vi): return "phần XML không phải văn bản UTF-8"
        case (.xmlMalformed(let line, let detail), .vi): return "phần XML sai cấu trúc gần dòng \(line): \(detail)"
        case (.partUnreadable(let part, let detail), .vi): return "không giải nén được \(part): \(detail)"
        case (.reported(let words), .vi): return words
        }
    }
}

extension Excess {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.partTooLarge(let part, let mb), .vi): return "\(part) giải nén ra hơn \(mb) MB (zip bomb?)"
        case (.tooManyPages(let count, let limit), .vi): return "tệp có \(count) trang, quá \(limit) trang được đọc từ một tệp"
        }
    }
}

extension RecognitionProblem {
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.engineUnavailable, .vi): return "không khởi động được Tesseract"
        case (.noLanguageData(let l), .vi): return "Tesseract không có dữ liệu '\(l)'; hãy cài (Debian: tesseract-ocr-\(l))"
        case (.pageNotRecognised, .vi): return "Tesseract không nhận dạng được trang"
        }
    }
}
