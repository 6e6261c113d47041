import DocGraph
import Foundation
import Testing

/// Paths of the sample corpus and golden files, found from this source file so tests run
/// from any working directory.
enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("Corpus")
    static let golden = packageRoot.appendingPathComponent("Tests/DocGraphTests/Golden")

    static var sampleFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
    }

    /// Extraction of the whole sample corpus, with paths shown relative to the package root.
    static let sample: CorpusExtraction = CorpusExtraction.read(paths: [corpus.path])

    /// Output with the package root removed from paths, so golden files do not depend on
    /// where the checkout lives.
    static func relative(_ text: String) -> String {
        text.replacingOccurrences(of: packageRoot.path + "/", with: "")
    }

    /// A new empty folder under the system's temporary folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Extracts an inline text as a file named `fixture.txt`.
    static func extract(_ text: String) -> ExtractedFile {
        DocumentExtractor.extract(text: text, file: "fixture.txt")
    }

    /// Compares `actual` with a golden file; `DOCGRAPH_UPDATE_GOLDEN=1` rewrites it instead.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = golden.appendingPathComponent(name)
        let text = actual.hasSuffix("\n") ? actual : actual + "\n"
        if ProcessInfo.processInfo.environment["DOCGRAPH_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run the tests with DOCGRAPH_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record("""
                \(name) differs from the golden file at line \(first + 1):
                  expected: \(first < e.count ? String(e[first]) : "<end>")
                  actual:   \(first < a.count ? String(a[first]) : "<end>")
                Rerun with DOCGRAPH_UPDATE_GOLDEN=1 if the change is intended, and review the diff.
                """, sourceLocation: sourceLocation)
        }
    }
}

extension ExtractedFile {
    func citations(of id: String) -> [Citation] {
        guard let key = DocumentID(parsing: id) else { return [] }
        return citations.filter { $0.id == key }
    }
}

extension Fixtures {
    /// A graph from inline documents, each given as (file name, text).
    static func graph(_ files: [(String, String)]) -> DocumentGraph {
        GraphBuilder.build(CorpusExtraction(files: files.map { DocumentExtractor.extract(text: $0.1, file: $0.0) }))
    }

    /// A minimal document with a header: number, date, type title, subject, then the body.
    static func document(_ id: String, _ date: String, _ type: String, subject: String = "về việc thử", issuer: String? = nil, body: String) -> String {
        let parts = date.split(separator: "/")
        return """
            Số \(id)

            *Hà Nội, ngày \(parts[0]) tháng \(parts[1]) năm \(parts[2])*

            ## \(type.uppercased())
            \(issuer.map { "CỦA \($0.uppercased())" } ?? "")

            \(subject)

            \(body)
            """
    }

    static let asOf = SimpleDate(year: 2026, month: 11, day: 25)!

    static func findings(_ g: DocumentGraph, _ rule: RuleID, asOf: SimpleDate = asOf, all: Bool = false) -> [Finding] {
        Checker.run(g, CheckOptions(asOf: asOf, includeAll: all, rules: [rule]))
    }
}
