import DocGraph
import Foundation

/// A hand-made annotation of one real document (`Tests/Evaluation/README.md` defines the format).
public struct GoldFile: Decodable, Sendable {
    /// A document of the file as its header, appendix caption or signature states it.
    public struct Document: Decodable, Sendable {
        public var id: String?
        public var typeCode: String?
        public var issuer: String?
        public var date: String?
        public var locality: String?
        /// The line where the document starts in its file (1-based).
        public var startLine: Int?
    }

    /// One mention of another document.
    public struct Mention: Decodable, Sendable {
        public var document: Int?
        public var line: Int
        /// The cited id in canonical form, for a numbered document.
        public var id: String?
        /// The name, for a document cited without a number (`Điều lệ Đảng`, `Luật Đất đai …`).
        public var name: String?
        public var relation: String
        public var modality: String?
        public var date: String?
    }

    public var source: String
    public var level: String?
    public var year: Int?
    public var documents: [Document]
    public var citations: [Mention]
    public var traps: [String]?

    /// Reads `NAME.gold.json`, saying which file and what is wrong when it cannot.
    public static func load(_ path: String) throws -> GoldFile {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            return try JSONDecoder().decode(GoldFile.self, from: data)
        } catch {
            throw EvaluationError.badGold(path: path, reason: "\(error)")
        }
    }
}

/// Why an evaluation could not run.
public enum EvaluationError: Error, CustomStringConvertible {
    case badGold(path: String, reason: String)
    case noDocuments(folder: String)

    public var description: String {
        switch self {
        case .badGold(let path, let reason):
            return "\(path):1:1: error: the gold annotation cannot be read (\(reason)); fix it against Tests/Evaluation/README.md"
        case .noDocuments(let folder):
            return "\(folder): error: no NAME.gold.json with its text beside it; see Tests/Evaluation/README.md"
        }
    }
}
