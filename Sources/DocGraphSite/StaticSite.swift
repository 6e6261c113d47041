import DocGraph
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a site was not written.
public enum SiteError: Error, CustomStringConvertible, Equatable {
    /// The output folder holds files that docgraph did not write (it has no `.docgraph-site`).
    case foreignFolder(String)
    case writeFailed(String, String)
    case searchIndex(String)

    public var description: String {
        switch self {
        case .foreignFolder(let p):
            return "refusing to replace \(p): it is not empty and was not written by docgraph site; choose a new or empty folder"
        case .writeFailed(let p, let m): return "cannot write \(p): \(m); check the folder's parent exists and is writable"
        case .searchIndex(let m): return "cannot encode the search index: \(m)"
        }
    }
}

/// The static site: `index.html`, `findings.html`, `obligations.html`, one page per document
/// under `d/`, the search index and `assets/`. Pages are written in a folder beside the output
/// and the folder then takes the output's place, so a reader (or a web server) sees the old site
/// or the new one, never half of each. The same graph, date and words give the same bytes.
public enum StaticSite {
    /// What a run wrote.
    public struct Summary: Sendable {
        public var pages: Int
        public var bytes: Int
        public var diagrams: Int
        /// Diagrams Graphviz laid out; the others reused the layout of a neighbourhood of the same shape.
        public var layouts: Int = 0
        public var folder: String
    }

    /// Marks a folder as a site docgraph wrote, so that a later run may replace it.
    static let marker = ".docgraph-site"

    public static func write(_ graph: DocumentGraph, options: SiteOptions, to folder: String) throws(SiteError) -> Summary {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        if let existing = try? fm.contentsOfDirectory(atPath: target.path), !existing.isEmpty, !existing.contains(marker) {
            throw .foreignFolder(folder)
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(pid)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging.appendingPathComponent(PagePaths.documentFolder), withIntermediateDirectories: true)
            try fm.createDirectory(at: staging.appendingPathComponent("assets"), withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(staging.path, error.localizedDescription)
        }
        let summary: Summary
        do {
            let root = staging.path
            summary = try render(graph, options: options) { path, bytes throws(SiteError) in
                try writeFile(root + "/" + path, bytes)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        // Swap the finished folder in: the old site goes aside first, then away.
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        do {
            if fm.fileExists(atPath: target.path) { try fm.moveItem(at: target, to: old) }
            try fm.moveItem(at: staging, to: target)
            try? fm.removeItem(at: old)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: target.path) { try? fm.moveItem(at: old, to: target) }
            throw .writeFailed(folder, error.localizedDescription)
        }
        return Summary(pages: summary.pages, bytes: summary.bytes, diagrams: summary.diagrams, layouts: summary.layouts, folder: target.path)
    }

    /// One file of the staging folder, written with `open`/`write`: `Data.write(to:)` also
    /// synced each file to disk, a tenth of the site's CPU time for 10,000 pages, and nothing
    /// needs it — the folder takes the output's place only when every file is written.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(SiteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .writeFailed(path, String(cString: strerror(errno))) }
        var done = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }  // an empty file
            while done < raw.count {
                let n = Glibc.write(fd, base + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw .writeFailed(path, String(cString: strerror(failure))) }
    }

    /// Renders every file of the site and hands each to `emit` with its path from the site's
    /// root. Document pages are built on all cores; Graphviz lays out one diagram at a time,
    /// once per shape of neighbourhood (`LayoutCache`).
    public static func render(_ graph: DocumentGraph, options: SiteOptions,
                              emit: @Sendable (String, [UInt8]) throws(SiteError) -> Void) throws(SiteError) -> Summary {
        let content = SiteContent(graph, options)
        let statuses = graph.nodes.indices.map { graph.status(of: NodeIndex($0), asOf: options.asOf) }
        let tally = Tally()
        @Sendable func put(_ path: String, _ bytes: [UInt8]) throws(SiteError) {
            try emit(path, bytes)
            tally.add(bytes.count, diagram: false)
        }
        try put(marker, Array("docgraph site\n".utf8))
        try put(SiteAssets.stylesheetPath, Array(SiteAssets.stylesheet.utf8))
        try put(SiteAssets.scriptPath, Array(SiteAssets.script.utf8))
        let entries = SearchEntry.entries(content, statuses: statuses.map(\.state))
        let search: (json: [UInt8], script: [UInt8])
        do { search = try SearchEntry.files(entries) } catch { throw .searchIndex(String(describing: error)) }
        try put(SiteAssets.searchJSONPath, search.json)
        try put(SiteAssets.searchScriptPath, search.script)
        try put("index.html", Array(IndexPage.html(content, entries: entries).utf8))

        let count = graph.nodes.count
        let failure = FirstFailure()
        let chunks = max(1, min(count, options.threads * 16))
        // The findings and obligations pages go first, beside the first document pages: at
        // 10,000 documents they are megabytes each, and written before the others they kept
        // one core idle.
        let single: [(String, @Sendable () -> String)] = [
            ("findings.html", { FindingsPage.html(content) }),
            ("obligations.html", { ObligationsPage.html(content) }),
        ]
        DispatchQueue.concurrentPerform(iterations: single.count + chunks) { job in
            if job < single.count {
                do throws(SiteError) { try put(single[job].0, Array(single[job].1().utf8)) } catch { failure.set(error) }
                return
            }
            let chunk = job - single.count
            var i = chunk
            while i < count, !failure.isSet {
                let n = NodeIndex(i)
                let diagram = options.diagrams ? NeighbourhoodDiagram.draw(content, n) : nil
                let page = DocumentPage.html(content, n, status: statuses[i], diagram: diagram)
                do throws(SiteError) {
                    try emit(content.paths.fromRoot(n), Array(page.utf8))
                    tally.add(page.utf8.count, diagram: diagram?.svg != nil)
                } catch {
                    failure.set(error)
                }
                i += chunks
            }
        }
        if let error = failure.error { throw error }
        return Summary(pages: count + 3, bytes: tally.bytes, diagrams: tally.diagrams, layouts: content.layouts.layouts, folder: "")
    }

    /// Counts what the workers wrote.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var bytes = 0
        private(set) var diagrams = 0
        func add(_ n: Int, diagram: Bool) {
            lock.lock()
            bytes += n
            if diagram { diagrams += 1 }
            lock.unlock()
        }
    }

    /// The first error a worker met; the others stop at their next page.
    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: SiteError?
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return stored != nil }
        var error: SiteError? { lock.lock(); defer { lock.unlock() }; return stored }
        func set(_ e: SiteError) { lock.lock(); if stored == nil { stored = e }; lock.unlock() }
    }
}
