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
    ///
    /// `progress`, when given, hears how many files are read of the total, from one thread at a
    /// time, at most five times a second and once when the last file is read.
    ///
    /// `forGraphOnly`: the extraction is for ``GraphBuilder`` alone (`check`, the graph commands), so
    /// each file keeps of its task rows only the plans the graph takes from them, as soon as it is
    /// read; its `tasks` are then empty. The graph built is the same.
    public static func read(paths: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                            sources: DocumentSources = .current, forGraphOnly: Bool = false,
                            progress: (@Sendable (ReadingProgress) -> Void)? = nil) -> CorpusExtraction {
        let (files, walkDiagnostics) = CorpusWalker(sources: sources).files(under: paths)
        return extract(files: files, threads: threads, walkDiagnostics: walkDiagnostics, sources: sources, forGraphOnly: forGraphOnly, progress: progress)
    }

    /// Extracts files already found by a `CorpusWalker`; one that has vanished or cannot be read
    /// since becomes a diagnostic, the others are read as usual.
    public static func extract(files: [CorpusFile], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                               walkDiagnostics: [Diagnostic] = [], sources: DocumentSources = .current, forGraphOnly: Bool = false,
                               progress: (@Sendable (ReadingProgress) -> Void)? = nil) -> CorpusExtraction {
        let counter = progress.map { ProgressCounter(total: files.count, $0) }
        let shared = SharedTexts()
        let extracted = ParallelMap.map(files.map(\.path), threads: threads) { path in
            var file = DocumentExtractor.extract(path: path, sources: sources)
            shared.share(&file)
            if forGraphOnly { file.keepOnlyWhatTheGraphReads() }
            counter?.tick()
            return file
        }
        return CorpusExtraction(files: extracted, walkDiagnostics: walkDiagnostics)
    }

    public var diagnostics: [Diagnostic] { walkDiagnostics + files.flatMap(\.diagnostics) }
    public var citations: [Citation] { files.flatMap(\.citations) }
    public var documents: [DocumentRecord] { files.flatMap(\.documents) }
    public var tasks: [TaskRow] { files.flatMap(\.tasks) }

    /// True when at least one file was read as text.
    public var readAnything: Bool { files.contains { $0.wasRead } }
}
