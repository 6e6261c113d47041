import DocGraph
import Foundation

/// A second synthetic corpus, written with other conventions than `SyntheticCorpus`, with
/// planted defects and their ground truth (`defects`).
///
/// Why a second shape: a checker tuned on one generator learns that generator's habits. This
/// one writes as other clerks do: `Số:` number lines (sometimes spaced, `Số: 1873 -CV/HU`);
/// Politburo and Secretariat documents under the `BAN CHẤP HÀNH TRUNG ƯƠNG` header, the issuer
/// said by the title (`KẾT LUẬN` / `CỦA BỘ CHÍNH TRỊ`) and the signature (`T/M BỘ CHÍNH TRỊ`);
/// People's Committee and Government documents with state headers, the national motto and
/// italic `_Căn cứ …;_` preambles; committees named loosely (`Huyện ủy X`, `Ban Thường vụ Huyện
/// ủy`, `Ban Chấp hành Đảng bộ huyện X`); issuer names broken over lines; district documents
/// citing `Ban Tổ chức Tỉnh ủy` without naming the province; six provinces numbering their
/// documents independently (the same `12-KH/TU` in several at once); Party numbering restarting
/// each term; People's Committee numbers restarting each year; unpadded and long dates.
///
/// Everything not planted is right: every cited document is in the corpus with the date, the
/// issuer (in one of its names) and the number the citation gives, cited only after it was
/// issued, never after it was replaced, and revised only by its own issuer. Planted: cycles,
/// dangling ids, date conflicts, stale citations. The same seed and count give the same bytes.
public struct OtherHandsCorpus: SeededCorpus {
    /// Changes whenever the generator writes different bytes for the same seed.
    public static let version = 1

    public let count: Int
    public let seed: UInt64
    /// What was planted, with the files that hold it.
    public let defects: [PlantedDefect]

    let bodies: [OtherHandsBody]
    let documents: [Document]
    let citations: [[Cite]]
    /// Replacement clauses: document → the document it replaces.
    let replaces: [Int: Int]
    /// Amendment openings: document → the document it amends.
    let amends: [Int: Int]

    /// One document as decided before writing.
    struct Document: Sendable {
        var body: Int
        var type: OtherHandsBody.DocumentType
        var number: Int
        var date: SimpleDate
        var subject: String
        /// `Số: 1873 -CV/HU` rather than `Số: 1873-CV/HU`.
        var spacedNumber: Bool
        /// `Số: … <TAB> CỘNG HÒA …` (a converted header table) rather than separate lines.
        var tableHeader: Bool
        var id: String
    }

    /// One citation as decided before writing.
    struct Cite: Sendable {
        enum Phrase: Sendable { case implements, basedOn, continues, references, amends }
        /// A corpus document, or nil for a planted dangling id.
        var target: Int?
        /// For a dangling id: id, type, date and issuer name to write.
        var dangling: (id: String, type: OtherHandsBody.DocumentType, date: SimpleDate, issuer: String)?
        var phrase: Phrase
        var form: Int
        /// A planted wrong date.
        var wrongDate: SimpleDate?
        var issuerName: Int
    }

    public init(count: Int, seed: UInt64 = 2026) {
        self.count = count
        self.seed = seed
        var planner = OtherHandsPlanner(count: count, seed: seed)
        planner.plan()
        bodies = planner.bodies
        documents = planner.documents
        citations = planner.citations
        replaces = planner.replaces
        amends = planner.amends
        defects = planner.defects
    }

    /// `s000/000012.txt`: a thousand files per folder.
    public func relativePath(_ i: Int) -> String {
        String(format: "s%03d/%06d.txt", i / 1000, i)
    }

    /// The number of document `i` as it is written in citations (`58-KL/TW`, `15/2019/QĐ-UBND`).
    public func id(_ i: Int) -> String { documents[i].id }

    /// The date of document `i`'s own header.
    public func date(_ i: Int) -> SimpleDate { documents[i].date }

    /// The bytes of document `i` (NFC).
    public func bytes(_ i: Int) -> [UInt8] { Array(text(i).utf8) }

    /// Writes every document under `folder`, and the planted defects to `manifest` when given
    /// (JSON; keep it outside `folder` or name it `.json`, which readers of the corpus skip).
    /// Returns the number of bytes of documents written.
    @discardableResult
    public func write(to folder: String, manifest: String?) throws -> Int {
        let total = try write(to: folder)
        if let manifest {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(defects).write(to: URL(fileURLWithPath: manifest))
        }
        return total
    }
}
