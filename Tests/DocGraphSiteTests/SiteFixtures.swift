import Foundation
import Testing
@testable import DocGraph
@testable import DocGraphSite

/// The sample corpus, its graph, and sites rendered in memory.
enum SiteFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let asOf = SimpleDate(year: 2026, month: 11, day: 25)!

    /// The sample corpus's graph, read with paths relative to the package root, as the CLI shows them.
    static let sample: DocumentGraph = {
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        return GraphBuilder.build(CorpusExtraction.read(paths: ["Corpus"]))
    }()

    /// Every file of a site by its path from the site's root.
    final class Files: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var byPath: [String: [UInt8]] = [:]
        var summary: StaticSite.Summary?
        func put(_ path: String, _ bytes: [UInt8]) { lock.lock(); byPath[path] = bytes; lock.unlock() }
        func text(_ path: String) -> String? { byPath[path].map { String(decoding: $0, as: UTF8.self) } }
    }

    static func render(_ graph: DocumentGraph, threads: Int = 2, diagrams: Bool = true) throws -> Files {
        var options = SiteOptions(asOf: asOf)
        options.threads = threads
        options.diagrams = diagrams
        let files = Files()
        files.summary = try StaticSite.render(graph, options: options) { path, bytes in files.put(path, bytes) }
        return files
    }

    static let sampleSite: Files = try! render(sample)

    /// The page of a document, by id.
    static func page(_ id: String) throws -> String {
        let n = try sample.lookup(id)
        return try #require(sampleSite.text(PagePaths(sample).fromRoot(n)), "no page for \(id)")
    }

    /// A new empty folder under the system's temporary folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docgraph-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
