import Foundation

/// Findings already known and accepted, so that only new ones fail a review (as linters'
/// baselines do).
///
/// An entry names a finding by what does not move when a draft is edited elsewhere: the rule,
/// the file, the document cited there and the text of the line (whitespace collapsed) — never
/// the line number or the message, which change with unrelated edits and with docgraph's
/// wording. The same entry written twice accepts two such findings. The file is JSON:
///
/// ```json
/// { "version": 1,
///   "findings": [ { "rule": "dangling", "file": "drafts/ke-hoach.txt", "subject": "35-CT/TW",
///                   "line": "- Chỉ thị số 35-CT/TW, ngày 30/5/2024 của Bộ Chính trị …" } ] }
/// ```
public struct Baseline: Codable, Equatable, Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        public var rule: String
        public var file: String
        /// The document cited at the finding's place, when there is one.
        public var subject: String?
        /// The finding's line, whitespace collapsed.
        public var line: String
    }

    public var version: Int
    public var findings: [Entry]

    public init(findings: [Entry]) {
        self.version = 1
        self.findings = findings
    }

    /// A baseline accepting `findings`; `lineText` gives the text of a location's line.
    public init(_ findings: [Finding], lineText: (SourceLocation) -> String?) {
        self.init(findings: findings.compactMap { Self.entry($0, lineText: lineText) })
    }

    /// The findings this baseline does not accept, in their order.
    public func newFindings(_ findings: [Finding], lineText: (SourceLocation) -> String?) -> [Finding] {
        var accepted: [Entry: Int] = [:]
        for e in self.findings { accepted[e, default: 0] += 1 }
        return findings.filter { f in
            guard let e = Self.entry(f, lineText: lineText), let left = accepted[e], left > 0 else { return true }
            accepted[e] = left - 1
            return false
        }
    }

    static func entry(_ f: Finding, lineText: (SourceLocation) -> String?) -> Entry? {
        guard let l = f.location else { return nil }
        return Entry(rule: f.rule.rawValue, file: l.file, subject: f.subject, line: lineText(l) ?? "")
    }

    /// Reads a baseline file, saying what is wrong with it.
    public static func read(_ path: String) throws(BaselineError) -> Baseline {
        let bytes: [UInt8]
        do { bytes = try SourceFile.contents(of: path) } catch { throw .unreadable(path, error.description) }
        do {
            let b = try JSONDecoder().decode(Baseline.self, from: Data(bytes))
            guard b.version == 1 else { throw BaselineError.version(path, b.version) }
            return b
        } catch let e as BaselineError {
            throw e
        } catch {
            throw .malformed(path, "\(error)")
        }
    }

    /// The baseline as JSON, sorted so that it diffs well under version control.
    public var json: String {
        var sorted = self
        sorted.findings.sort { ($0.file, $0.rule, $0.subject ?? "", $0.line) < ($1.file, $1.rule, $1.subject ?? "", $1.line) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(sorted)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

/// Why a baseline file cannot be used (a usage error: exit status 2).
public enum BaselineError: Error, CustomStringConvertible {
    case unreadable(String, String)
    case malformed(String, String)
    case version(String, Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let why): return "\(path):1:1: error: cannot read the baseline (\(why)); write one with --write-baseline"
        case .malformed(let path, let why): return "\(path):1:1: error: not a docgraph baseline (\(why)); write one with --write-baseline"
        case .version(let path, let v): return "\(path):1:1: error: baseline version \(v) is not known (this docgraph writes version 1); write it again with --write-baseline"
        }
    }
}
