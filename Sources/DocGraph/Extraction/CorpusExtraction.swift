import Foundation

/// The result of reading a whole corpus: every file's extraction, in path order.
public struct CorpusExtraction: Sendable {
    public var files: [ExtractedFile]
    /// Problems found while walking folders (skipped files, loops, missing paths).
    public var walkDiagnostics: [Diagnostic]

    public init(files: [ExtractedFile], walkDiagnostics: [Diagnostic] = []) {
        self.files = files
        self.walkDiagnostics = walkDiagnostics
    }

    /// Reads every file under `paths` that `sources` has a format for, on `threads` cores. The
    /// result does not depend on the number of threads or the order the file system lists files in.
    public static func read(paths: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                            sources: DocumentSources = .current) -> CorpusExtraction {
        let (files, walkDiagnostics) = CorpusWalker(sources: sources).files(under: paths)
        return extract(files: files, threads: threads, walkDiagnostics: walkDiagnostics, sources: sources)
    }

    /// Extracts files already found by a `CorpusWalker`; one that has vanished or cannot be read
    /// since becomes a diagnostic, the others are read as usual.
    public static func extract(files: [CorpusFile], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                               walkDiagnostics: [Diagnostic] = [], sources: DocumentSources = .current) -> CorpusExtraction {
        let extracted = ParallelMap.map(files.map(\.path), threads: threads) { DocumentExtractor.extract(path: $0, sources: sources) }
        return CorpusExtraction(files: extracted, walkDiagnostics: walkDiagnostics)
    }

    public var diagnostics: [Diagnostic] { walkDiagnostics + files.flatMap(\.diagnostics) }
    public var citations: [Citation] { files.flatMap(\.citations) }
    public var documents: [DocumentRecord] { files.flatMap(\.documents) }
    public var tasks: [TaskRow] { files.flatMap(\.tasks) }

    /// True when at least one file was read as text.
    public var readAnything: Bool { files.contains { $0.wasRead } }
}
