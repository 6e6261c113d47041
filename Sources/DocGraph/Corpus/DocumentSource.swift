import Foundation

/// One input format: turns a file into the text that extraction reads (see ``SourceText`` for
/// that text's dialect, and ``SourceTextBuilder`` to write it).
///
/// Formats are found by file extension in a ``DocumentSources`` registry. `DocGraph` itself
/// registers ``PlainTextSource`` (`.txt`, `.md`, `.html`); other targets add their own
/// (`DocGraphFormats` adds `.docx`, `.pdf` and a refusal for `.doc`) with
/// ``DocumentSources/register(_:)``.
public protocol DocumentSource: Sendable {
    /// File name extensions this format reads: lower case, without the dot (`["docx"]`).
    var fileExtensions: [String] { get }
    /// The largest file this format accepts; larger files are refused before they are read.
    var maximumFileSize: Int { get }
    /// The extensions that messages listing what docgraph reads name (`txt`, `md`, `html`, not
    /// their aliases); empty for a format registered only to refuse its files with advice (`.doc`).
    var namedExtensions: [String] { get }
    /// The text of the file whose bytes are `bytes`. `file` is the path shown in messages.
    func text(of bytes: [UInt8], file: String) throws(DocumentSourceError) -> SourceText
}

extension DocumentSource {
    public var maximumFileSize: Int { SourceFile.maximumSize }
    public var namedExtensions: [String] { fileExtensions }
}

/// Why a file could not be turned into text. Each message names the file and says what to do.
public enum DocumentSourceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A text file that is empty, binary, in a legacy encoding, unreadable or too large.
    case text(TextDecodingError)
    /// A format docgraph does not read, with the command that converts it to one it does
    /// (`.doc` → `libreoffice --headless --convert-to docx`).
    case needsConversion(file: String, format: String, command: String)
    /// A PDF without a text layer: a scan, to be recognised first.
    case noTextLayer(file: String, pages: Int)
    /// A scan that OCR was asked to read (`--ocr`) but could not (its data missing, most often).
    case recognitionFailed(file: String, reason: RecognitionProblem)
    /// A PDF protected by a password.
    case encrypted(file: String)
    /// A file whose structure is broken (a truncated PDF, a `.docx` that is not a Word zip).
    case damaged(file: String, reason: Damage)
    /// A file that would need more memory or work than any document does (a zip bomb, a PDF
    /// whose objects refer to each other without end).
    case overLimit(file: String, what: Excess)

    /// The path the error is about.
    public var file: String {
        switch self {
        case .text(let error):
            switch error {
            case .empty(let f), .binary(let f, _), .legacyEncoding(let f, _, _), .unreadable(let f, _), .tooLarge(let f, _, _): return f
            }
        case .needsConversion(let f, _, _), .noTextLayer(let f, _), .recognitionFailed(let f, _), .encrypted(let f), .damaged(let f, _),
             .overLimit(let f, _): return f
        }
    }

    /// The message alone, without the location.
    public var message: String {
        switch self {
        case .text(let error):
            let text = error.description
            return text.components(separatedBy: ": error: ").last ?? text
        case .needsConversion(let file, let format, let command):
            return "\(format) files are not read; skipped — convert it first: \(command) \(Self.shellQuoted(file))"
        case .noTextLayer(_, let pages):
            return "scanned, no text: OCR it first (\(pages) \(pages == 1 ? "page" : "pages") without a text layer); e.g. `ocrmypdf -l vie IN.pdf OUT.pdf`, then read OUT.pdf, or read it with `docgraph --ocr`"
        case .recognitionFailed(_, let reason):
            return "scanned, no text, and OCR could not run (\(reason)); skipped — or OCR it first: `ocrmypdf -l vie IN.pdf OUT.pdf`"
        case .encrypted:
            return "the PDF is encrypted (protected by a password); skipped — save an unprotected copy (e.g. `qpdf --decrypt --password=… IN.pdf OUT.pdf`) and read that"
        case .damaged(_, let reason):
            return "the file is damaged (\(reason)); skipped — open it in its program and save it again, or get another copy"
        case .overLimit(_, let what):
            return "\(what); skipped — no document needs this much, so the file is treated as hostile or broken"
        }
    }

    /// The line the error points at: the bad line of a legacy-encoded text, otherwise 1.
    public var line: Int {
        if case .text(.legacyEncoding(_, let line, _)) = self { return line }
        return 1
    }

    public var description: String { "\(file):\(line):1: error: \(message)" }

    static func shellQuoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) } ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// What is broken in a damaged file, as far as its reader can tell. `description` is the English.
public enum Damage: Hashable, Sendable, CustomStringConvertible {
    /// A `.pdf` that does not start with `%PDF-`.
    case notPDF
    case noPages
    /// A `.docx` that is not a zip archive.
    case notZip
    /// A zip without `word/document.xml`.
    case notWordDocument
    case xmlNotUTF8
    /// The XML parser's words (`detail`) are shown as they came.
    case xmlMalformed(line: Int, detail: String)
    /// A part of the zip that cannot be unpacked; the zip reader's words are shown as they came.
    case partUnreadable(part: String, detail: String)
    /// The reader's own words (poppler's), shown as they came.
    case reported(String)

    public var description: String {
        switch self {
        case .notPDF: return "it does not start with %PDF-: not a PDF"
        case .noPages: return "it has no pages"
        case .notZip: return "not a zip archive, so not a .docx"
        case .notWordDocument: return "no word/document.xml: not a Word document"
        case .xmlNotUTF8: return "its XML is not UTF-8 text"
        case .xmlMalformed(let line, let detail): return "its XML is not well-formed near line \(line): \(detail)"
        case .partUnreadable(let part, let detail): return "\(part) cannot be unpacked: \(detail)"
        case .reported(let words): return words
        }
    }
}

/// What a hostile or broken file would need more of than any document does.
public enum Excess: Hashable, Sendable, CustomStringConvertible {
    /// A zip part that unpacks to more than the limit (a zip bomb?).
    case partTooLarge(part: String, megabytes: Int)
    case tooManyPages(count: Int, limit: Int)

    public var description: String {
        switch self {
        case .partTooLarge(let part, let mb): return "\(part) unpacks to more than \(mb) MB (a zip bomb?)"
        case .tooManyPages(let count, let limit): return "it has \(count) pages, over the \(limit) pages read from one file"
        }
    }
}

/// Why OCR could not run on a scanned page.
public enum RecognitionProblem: Hashable, Sendable, CustomStringConvertible {
    case engineUnavailable
    /// Tesseract has no data for this language (`vie`).
    case noLanguageData(String)
    case pageNotRecognised

    public var description: String {
        switch self {
        case .engineUnavailable: return "Tesseract could not start"
        case .noLanguageData(let l): return "Tesseract has no '\(l)' data; install it (Debian: tesseract-ocr-\(l))"
        case .pageNotRecognised: return "Tesseract could not recognise the page"
        }
    }
}

/// The formats docgraph reads, by file extension.
///
/// ``DocumentSources/current`` is what the corpus walker and the extractor use unless they are
/// given a registry of their own; an executable that links more formats adds them there once
/// at start-up (`DocumentSources.register(WordSource(), PDFSource())`), so every command and the
/// library calls behind them read the same files.
public struct DocumentSources: Sendable {
    private var byExtension: [String: any DocumentSource]
    /// Extensions in the order they were registered, for messages (`.txt, .md or .html`).
    public private(set) var extensions: [String]

    /// A registry holding `sources`; a later source wins an extension claimed twice.
    public init(_ sources: [any DocumentSource]) {
        byExtension = [:]
        extensions = []
        for source in sources { add(source) }
    }

    /// The text formats that `DocGraph` reads by itself.
    public static let plainText = DocumentSources([PlainTextSource()])

    /// This registry with `source` added.
    public func adding(_ source: any DocumentSource) -> DocumentSources {
        var copy = self
        copy.add(source)
        return copy
    }

    private mutating func add(_ source: any DocumentSource) {
        for e in source.fileExtensions.map({ $0.lowercased() }) {
            if byExtension[e] == nil { extensions.append(e) }
            byExtension[e] = source
        }
    }

    /// The format of files ending in `.ext` (case ignored), or nil when none is registered.
    public func source(forExtension ext: String) -> (any DocumentSource)? {
        byExtension[ext.lowercased()]
    }

    /// The format for `path`. A file named explicitly is read whatever its extension, so an
    /// unknown one falls back to plain text.
    public func source(forPath path: String) -> any DocumentSource {
        source(forExtension: Self.pathExtension(ofPath: path)) ?? PlainTextSource()
    }

    /// `(path as NSString).pathExtension`, read on the bytes of an ASCII path (where every character is one byte
    /// but CR LF, and neither `/` nor `.` joins one): bridging the path cost 21,000 instructions a file, the
    /// other-hands shape's files being 1.4 KB (15 instructions a byte). As Foundation does, trailing slashes are
    /// dropped, a path of one byte or less has none, nor has a last component whose only dot opens it (`.profile`)
    /// or ends it (`a.`). Any other path is asked of Foundation.
    static func pathExtension(ofPath path: String) -> String {
        let u = path.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else { return (path as NSString).pathExtension }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == slash, u.distance(from: u.startIndex, to: end) > 1 { end = u.index(before: end) }
        guard u.distance(from: u.startIndex, to: end) > 1 else { return "" }
        var k = end
        while k > u.startIndex {
            let before = u.index(before: k)
            let c = u[before]
            if c == slash { return "" }
            if c == dot {
                // A dot opening the last component, or ending it, marks no extension.
                if before == u.startIndex || u[u.index(before: before)] == slash || k == end { return "" }
                return String(path[k..<end])
            }
            k = before
        }
        return ""
    }

    /// `.txt`, `.md`, `.html`, `.docx`, `.pdf`: each format's named extensions, for messages.
    public var namedExtensions: [String] {
        var main: [String] = []
        for e in extensions {
            guard let s = byExtension[e], s.namedExtensions.map({ $0.lowercased() }).contains(e) else { continue }
            main.append("." + e)
        }
        return main
    }

    /// `.txt, .md, .html, .docx or .pdf` (each format's named extensions).
    public var extensionList: String {
        let main = namedExtensions
        guard main.count > 1 else { return main.first ?? "" }
        return main.dropLast().joined(separator: ", ") + " or " + main[main.count - 1]
    }

    // The registry every reader uses by default. Locked: commands read files on several threads.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var shared = DocumentSources.plainText

    /// The registry in use when none is given.
    public static var current: DocumentSources {
        lock.lock(); defer { lock.unlock() }
        return shared
    }

    /// Adds formats to ``current`` (an executable does this once, before reading anything).
    public static func register(_ sources: any DocumentSource...) {
        lock.lock(); defer { lock.unlock() }
        for s in sources { shared.add(s) }
    }
}
