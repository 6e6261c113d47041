/// Findings as SARIF 2.1.0, for code-review tools that show results inline.
public enum SARIF {
    public static func log(_ findings: [Finding], toolVersion: String) -> String {
        struct Message: Encodable { let text: String }
        struct Region: Encodable { let startLine: Int; let startColumn: Int }
        struct Artifact: Encodable { let uri: String }
        struct Physical: Encodable { let artifactLocation: Artifact; let region: Region }
        struct Location: Encodable { let physicalLocation: Physical }
        struct Configuration: Encodable { let level: String }
        struct Rule: Encodable { let id: String; let shortDescription: Message; let defaultConfiguration: Configuration }
        struct Driver: Encodable { let name: String; let version: String; let rules: [Rule] }
        struct Tool: Encodable { let driver: Driver }
        struct Result: Encodable {
            let ruleId: String
            let ruleIndex: Int
            let level: String
            let message: Message
            let locations: [Location]
            let relatedLocations: [Location]?
        }
        struct Run: Encodable { let tool: Tool; let columnKind: String; let results: [Result] }
        struct Log: Encodable {
            let schema: String
            let version: String
            let runs: [Run]
            enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
        }
        func location(_ l: SourceLocation) -> Location {
            Location(physicalLocation: Physical(artifactLocation: Artifact(uri: uri(l.file)), region: Region(startLine: l.line, startColumn: l.column)))
        }
        let rules = CheckRule.allCases
        let results = findings.map { f in
            Result(ruleId: f.rule.rawValue, ruleIndex: rules.firstIndex(of: f.rule)!, level: f.severity.rawValue,
                   message: Message(text: f.message), locations: f.location.map { [location($0)] } ?? [],
                   relatedLocations: f.related.isEmpty ? nil : f.related.map(location))
        }
        let driver = Driver(name: "docgraph", version: toolVersion,
                            rules: rules.map { Rule(id: $0.rawValue, shortDescription: Message(text: $0.summary),
                                                    defaultConfiguration: Configuration(level: $0.defaultSeverity.rawValue)) })
        return ExtractionJSON.encode(Log(schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0",
                                         runs: [Run(tool: Tool(driver: driver), columnKind: "unicodeCodePoints", results: results)]))
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
