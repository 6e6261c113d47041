import DocGraph
import Foundation
import ZIPFoundation

/// Word documents (`.docx`, Office Open XML): the body's paragraphs and tables, then footnotes,
/// endnotes and headers, as the text dialect of ``SourceText``.
///
/// Positions are `file.docx:LINE:COLUMN`, where LINE counts the body's paragraphs from 1 (a table
/// row counts as one paragraph, its cells separated by tabs), and goes on, after the body's last
/// paragraph, through the footnotes, the endnotes and the headers, in that order.
public struct WordSource: DocumentSource {
    /// Largest part (`word/document.xml`, …) unpacked; a Word document of a thousand pages is
    /// under 20 MB of XML, so a larger part is a zip bomb or not a document.
    public var maximumPartSize: Int
    /// Largest total unpacked from one file.
    public var maximumUnpackedSize: Int

    public init(maximumPartSize: Int = 64 << 20, maximumUnpackedSize: Int = 128 << 20) {
        self.maximumPartSize = maximumPartSize
        self.maximumUnpackedSize = maximumUnpackedSize
    }

    public var fileExtensions: [String] { ["docx"] }

    public func text(of bytes: [UInt8], file: String) throws(DocumentSourceError) -> SourceText {
        guard !bytes.isEmpty else { throw .text(.empty(file: file)) }
        var package = try WordPackage(bytes: bytes, file: file, limits: self)
        defer { package.close() }
        guard let body = try package.part("word/document.xml") else {
            throw .damaged(file: file, reason: .notWordDocument)
        }
        let numbering = try package.part("word/numbering.xml").map { WordNumbering(xml: $0) } ?? WordNumbering()
        var builder = SourceTextBuilder()
        var reader = WordXMLReader(numbering: numbering)
        try reader.read(body, file: file, into: &builder)
        for (name, element) in [("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")] {
            if let xml = try package.part(name) {
                try reader.read(xml, file: file, into: &builder, notes: element)
            }
        }
        for name in package.headerParts {
            if let xml = try package.part(name) { try reader.read(xml, file: file, into: &builder) }
        }
        return builder.build()
    }
}

/// `.doc` (Word 97–2003, a binary format): refused, with the command that converts it.
public struct LegacyWordSource: DocumentSource {
    public init() {}
    public var fileExtensions: [String] { ["doc"] }
    public var namedExtensions: [String] { [] }
    public func text(of bytes: [UInt8], file: String) throws(DocumentSourceError) -> SourceText {
        throw .needsConversion(file: file, format: "Word 97–2003 (.doc)", command: "libreoffice --headless --convert-to docx")
    }
}

/// The zip container of a `.docx`, unpacked one part at a time within the limits.
struct WordPackage {
    let archive: Archive
    let file: String
    let limits: WordSource
    var unpacked = 0

    /// The package is read from a private temporary copy: ZIPFoundation's in-memory archive
    /// traps when a damaged directory points past the end of the data (found by
    /// FormatMutationTests), while its file-backed archive reports it as an error.
    let copy: URL

    init(bytes: [UInt8], file: String, limits: WordSource) throws(DocumentSourceError) {
        copy = FileManager.default.temporaryDirectory.appendingPathComponent("docgraph-\(UUID().uuidString).docx")
        do {
            try Data(bytes).write(to: copy, options: .withoutOverwriting)
        } catch {
            throw .text(.unreadable(file: file, reason: "cannot write a temporary copy to unpack it (\(error.localizedDescription))"))
        }
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            try? FileManager.default.removeItem(at: copy)
            throw .damaged(file: file, reason: .notZip)
        }
        self.file = file
        self.limits = limits
    }

    /// Removes the temporary copy.
    func close() {
        try? FileManager.default.removeItem(at: copy)
    }

    /// `word/header1.xml`, `word/header2.xml`, … in name order.
    var headerParts: [String] {
        archive.map(\.path).filter { $0.hasPrefix("word/header") && $0.hasSuffix(".xml") }.sorted()
    }

    /// The bytes of part `path`, or nil when the package has none. Stops as soon as the part or
    /// the whole file passes its limit, whatever sizes the zip's directory claims.
    mutating func part(_ path: String) throws(DocumentSourceError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        let partLimit = limits.maximumPartSize
        let totalLimit = limits.maximumUnpackedSize - unpacked
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= min(partLimit, totalLimit) else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw .overLimit(file: file, what: .partTooLarge(part: path, megabytes: min(partLimit, totalLimit) >> 20))
        } catch {
            throw .damaged(file: file, reason: .partUnreadable(part: path, detail: "\(error)"))
        }
        unpacked += data.count
        return data
    }

    private struct PartTooLarge: Error {}
}
