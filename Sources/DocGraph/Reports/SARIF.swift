import Foundation

/// Findings as SARIF 2.1.0, for code-review tools that show results inline.
///
/// Paths under `root` (the repository, where the check runs) are written as relative URIs with
/// `uriBaseId: "SRCROOT"`, and `run.originalUriBaseIds` says where SRCROOT was on this machine
/// (SARIF 2.1.0 §3.4.4, §3.14.14: a base URI is absolute and ends with a slash; a location with a
/// base id has a relative URI). Code-review tools resolve SRCROOT to their own checkout, so the
/// same log places results on any machine. Paths outside `root` are absolute `file://` URIs.
public enum SARIF {
    public static let rootBaseID = "SRCROOT"

    /// The log of `findings`; messages and rule descriptions in `language` (English unless
    /// asked: a log is often read by tools before people). Rule ids and levels never change.
    public static func log(_ findings: [Finding], toolVersion: String, root: String, rules registry: RuleRegistry = .standard,
                           language: Language = .en) -> String {
        struct Message: Encodable { let text: String }
        // In a PDF the line counts on its page, which the region's property bag holds (SARIF 2.1.0 §3.8).
        struct PageProperty: Encodable { let page: Int }
        struct Region: Encodable { let startLine: Int; let startColumn: Int; let properties: PageProperty? }
        struct Artifact: Encodable { let uri: String; let uriBaseId: String? }
        struct Physical: Encodable { let artifactLocation: Artifact; let region: Region }
        struct Location: Encodable { let physicalLocation: Physical }
        struct Configuration: Encodable { let level: String }
        struct Rule: Encodable { let id: String; let shortDescription: Message; let defaultConfiguration: Configuration }
        struct Driver: Encodable { let name: String; let version: String; let rules: [Rule] }
        struct Tool: Encodable { let driver: Driver }
        struct Result: Encodable {
            let ruleId: String
            let ruleIndex: Int?
            let level: String
            let message: Message
            let locations: [Location]
            let relatedLocations: [Location]?
        }
        struct Run: Encodable { let tool: Tool; let originalUriBaseIds: [String: Artifact]; let columnKind: String; let results: [Result] }
        struct Log: Encodable {
            let schema: String
            let version: String
            let runs: [Run]
            enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
        }
        func artifact(_ path: String, root: String) -> Artifact {
            let (u, b) = artifactLocation(path, root: root)
            return Artifact(uri: u, uriBaseId: b)
        }
        func location(_ l: SourceLocation) -> Location {
            Location(physicalLocation: Physical(artifactLocation: artifact(l.file, root: base), region: Region(startLine: l.line, startColumn: l.column, properties: l.page.map(PageProperty.init))))
        }
        let base = root.hasSuffix("/") ? root : root + "/"
        let rules = registry.rules
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = findings.map { f in
            Result(ruleId: f.rule.rawValue, ruleIndex: ruleIndex[f.rule], level: f.severity.rawValue,
                   message: Message(text: f.text(language)), locations: f.location.map { [location($0)] } ?? [],
                   relatedLocations: f.related.isEmpty ? nil : f.related.map(location))
        }
        let driver = Driver(name: "docgraph", version: toolVersion,
                            rules: rules.map { Rule(id: $0.id.rawValue, shortDescription: Message(text: $0.summary(language)),
                                                    defaultConfiguration: Configuration(level: $0.defaultSeverity.rawValue)) })
        return ExtractionJSON.encode(Log(schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0",
                                         runs: [Run(tool: Tool(driver: driver), originalUriBaseIds: [rootBaseID: Artifact(uri: "file://" + uri(base), uriBaseId: nil)], columnKind: "unicodeCodePoints", results: results)]))
    }

    /// The repository `folder` is in: the nearest folder upwards holding `.git` (a folder, or a
    /// file in a worktree), so that URIs are the repository's paths wherever the check runs;
    /// `folder` itself outside a repository.
    public static func repositoryRoot(from folder: String) -> String {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return folder }
            url = parent
        }
    }

    /// A path as a URI: relative to SRCROOT when under `root` (absolute, ending in `/`), else absolute.
    private static func artifactLocation(_ path: String, root: String) -> (uri: String, base: String?) {
        var absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        absolute = URL(fileURLWithPath: absolute).standardizedFileURL.path
        if absolute.hasPrefix(root) { return (uri(String(absolute.dropFirst(root.count))), rootBaseID) }
        return ("file://" + uri(absolute), nil)
    }

    /// A relative URI with spaces and other reserved characters percent-encoded.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) { out.append(c) }
            else { out += "%" + String(byte, radix: 16, uppercase: true).leftPad(2) }
        }
        return out
    }
}

extension String {
    func leftPad(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
