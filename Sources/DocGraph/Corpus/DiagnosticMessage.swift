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
    case notAReadableFormat(extensions: String)
    case invalidUTF8(bytes: Int, hex: String)
    case moreInvalidLines(Int)
    case noHeaderNorCitation
    /// `19-KH/TƯ` of a provincial document, read as `-/TU`.
    case localIDReadAsTU(written: String, read: String, issuer: String)
    /// `19-KH/TƯ` read as `-/TW`.
    case idReadAsTW(written: String, read: String)
    case unreadableNumber(written: String)

    /// The English message.
    public var english: String {
        switch self {
        case .noSuchPath: return "no such file or folder; check the path"
        case .folderVanished: return "folder vanished during the walk; skipped"
        case .folderLoop: return "folder already visited through a symbolic link (a loop); skipped"
        case .folderTooDeep(let levels): return "folder nested deeper than \(levels) levels; skipped"
        case .folderUnreadable(let reason): return "cannot list this folder (\(reason)); skipped — check its permissions"
        case .entryVanished: return "vanished or is a broken link; skipped"
        case .notAReadableFormat(let extensions): return "not a \(extensions) file; skipped"
        case .invalidUTF8(let n, let hex): return "invalid UTF-8 \(n == 1 ? "byte" : "bytes") \(hex); replaced with U+FFFD and the rest of the file is read"
        case .moreInvalidLines(let n): return "\(n) more \(n == 1 ? "line" : "lines") with invalid UTF-8 bytes"
        case .noHeaderNorCitation: return "no document header and no citation found in this file"
        case .localIDReadAsTU(let written, let read, let issuer): return "`\(written)` read as `\(read)`: the citation names \(issuer); write TU"
        case .idReadAsTW(let written, let read): return "`\(written)` read as `\(read)` (TƯ is Trung ương); write TW"
        case .unreadableNumber(let written):
            return "`\(written)` looks like a citation but its number cannot be read; write it as NUMBER-TYPE/ISSUER or NUMBER/YEAR/TYPE-ISSUER"
        }
    }
}
