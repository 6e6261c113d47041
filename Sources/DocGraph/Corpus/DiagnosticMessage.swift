/// What a diagnostic says, as facts. `english` is the message diagnostics keep (`Diagnostic.message`,
/// stored in the index, read by logs and tests, stable like a compiler's); the catalogue
/// (`Reports/Catalogue/DiagnosticMessage+Text.swift`) writes it for people in their language.
public enum DiagnosticMessage: Sendable, Hashable {
    case noSuchPath
    case folderVanished
    case folderLoop
    case folderTooDeep(levels: Int)
    case folderUnreadable(reason: String)
    case entryVanished
    /// `extensions`: the formats' named extensions (`.txt`, `.md` …), joined by each language.
    case notAReadableFormat(extensions: [String])
    case invalidUTF8(bytes: Int, hex: String)
    case moreInvalidLines(Int)
    case noHeaderNorCitation
    /// `19-KH/TƯ` of a provincial document, read as `-/TU`.
    case localIDReadAsTU(written: String, read: String, issuer: String)
    /// `19-KH/TƯ` read as `-/TW`.
    case idReadAsTW(written: String, read: String)
    case unreadableNumber(written: String)
    /// A file no format could turn into text (empty, binary, a scan, encrypted, damaged …).
    case unreadableSource(DocumentSourceError)
    /// Pages of a PDF (1-based, the first ten) that had no text layer and were recognised by OCR.
    case pagesReadByOCR(pages: [Int], count: Int, language: String, resolution: Int)
    /// OCR was asked for but could not run; the pages without text are not read.
    case recognitionFailed(reason: RecognitionProblem)
    /// Pages of a PDF (1-based, the first ten) without text, in a file that has some.
    case pagesWithoutText(pages: [Int], count: Int)
    /// A page poppler could not open.
    case pageUnreadable
    /// A page with more characters than are read from one page.
    case pageTooLong(limit: Int)
    /// A revision its citing body has no authority for, kept as a reference (Graph/Authority):
    /// `relation` is the relation's API name, `level` the citing body's level (`province`), nil
    /// for a commission revising its committee's document.
    case revisionReadAsReference(citing: String, relation: String, cited: String, level: String?, reason: String)

    /// The English message.
    public var english: String {
        switch self {
        case .noSuchPath: return "no such file or folder; check the path"
        case .folderVanished: return "folder vanished during the walk; skipped"
        case .folderLoop: return "folder already visited through a symbolic link (a loop); skipped"
        case .folderTooDeep(let levels): return "folder nested deeper than \(levels) levels; skipped"
        case .folderUnreadable(let reason): return "cannot list this folder (\(reason)); skipped — check its permissions"
        case .entryVanished: return "vanished or is a broken link; skipped"
        case .notAReadableFormat(let extensions): return "not a \(Self.alternatives(extensions, or: "or")) file; skipped"
        case .invalidUTF8(let n, let hex): return "invalid UTF-8 \(n == 1 ? "byte" : "bytes") \(hex); replaced with U+FFFD and the rest of the file is read"
        case .moreInvalidLines(let n): return "\(n) more \(n == 1 ? "line" : "lines") with invalid UTF-8 bytes"
        case .noHeaderNorCitation: return "no document header and no citation found in this file"
        case .localIDReadAsTU(let written, let read, let issuer): return "`\(written)` read as `\(read)`: the citation names \(issuer); write TU"
        case .idReadAsTW(let written, let read): return "`\(written)` read as `\(read)` (TƯ is Trung ương); write TW"
        case .unreadableNumber(let written):
            return "`\(written)` looks like a citation but its number cannot be read; write it as NUMBER-TYPE/ISSUER or NUMBER/YEAR/TYPE-ISSUER"
        case .unreadableSource(let error): return error.message
        case .pagesReadByOCR(let pages, let n, let language, let dpi):
            return "\(n == 1 ? "page" : "pages") \(Self.list(pages, count: n)) had no text layer and \(n == 1 ? "was" : "were") read by OCR (Tesseract, \(language), \(dpi) dpi); check what is cited there against the scan"
        case .recognitionFailed(let reason): return "OCR could not run (\(reason)); pages without text are not read"
        case .pagesWithoutText(let pages, let n):
            return "\(n == 1 ? "page" : "pages") \(Self.list(pages, count: n)) \(n == 1 ? "has" : "have") no text (scanned?); OCR the file first (`ocrmypdf -l vie IN.pdf OUT.pdf`) to read \(n == 1 ? "it" : "them")"
        case .pageUnreadable: return "this page cannot be read (damaged); skipped, the other pages are read"
        case .pageTooLong(let limit): return "this page has more than \(limit) characters; the rest of it is not read"
        case .revisionReadAsReference(let citing, let relation, let cited, _, let reason):
            return "\(citing) \(relation) \(cited) is read as a reference: \(reason)"
        }
    }

    /// `.txt, .md or .html`; `or` is the language's word.
    static func alternatives(_ items: [String], or: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(or) " + items[items.count - 1]
    }

    /// `3, 4, 7` or `1, 2, …, 10, …` when more pages than listed.
    static func list(_ pages: [Int], count: Int) -> String {
        pages.map(String.init).joined(separator: ", ") + (count > pages.count ? ", …" : "")
    }
}
