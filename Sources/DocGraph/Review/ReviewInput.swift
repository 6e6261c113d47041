import Foundation

/// Why a review could not start. Each is a usage error (exit status 2): a review that read
/// nothing must never pass as clean, so a missing draft is not "0 findings".
public enum ReviewInputError: Error, CustomStringConvertible, Equatable {
    /// `check drafts/ke-hoach.txt` where the file does not exist.
    case missingDraft(String)
    /// `check 'drafts/*.txt'`: the shell passed the pattern on because nothing matched it.
    case unmatchedPattern(String)
    /// `--corpus Corpus2` where the path does not exist.
    case missingCorpus(String)
    /// A folder with no file of a registered format in it; `formats` lists them
    /// (``DocumentSources/extensionList``: `.txt, .md, .html, .docx or .pdf`).
    case emptyFolder(String, formats: String)
    /// Files were found but none could be read (binary, legacy encodings, damaged, permissions).
    case nothingReadable([String], formats: String)
    /// `check -` with nothing on standard input.
    case emptyStandardInput

    public var description: String {
        switch self {
        case .missingDraft(let path):
            return "\(path):1:1: error: no such draft; check the path (a draft that is not there cannot pass review)"
        case .unmatchedPattern(let pattern):
            return "\(pattern):1:1: error: no file matches this pattern; check the folder and the extension"
        case .missingCorpus(let path):
            return "\(path):1:1: error: no such corpus file or folder; give --corpus the folder of issued documents"
        case .emptyFolder(let path, let formats):
            return "\(path):1:1: error: no \(formats) document in this folder; give a folder with documents"
        case .nothingReadable(let paths, let formats):
            return "error: no readable document found under \(paths.joined(separator: ", ")); give a file or folder with \(formats) documents (text in UTF-8 or UTF-16)"
        case .emptyStandardInput:
            return "-:1:1: error: standard input is empty; pipe the draft's text into 'docgraph check -'"
        }
    }
}

/// What a check reads: the corpus, and the drafts under review if any, checked before any work
/// so that every way of reading nothing is an error rather than an empty, passing result.
public struct ReviewInput: Sendable {
    /// The name findings use for a draft read from standard input.
    public static let standardInputName = "<stdin>"

    public var corpus: CorpusExtraction
    public var drafts: [ExtractedFile]
    /// Skipped files and other reading problems, for standard error.
    public var diagnostics: [Diagnostic]
    /// The draft read from standard input, kept for the lines a baseline quotes.
    public var standardInputText: String?
    /// The formats the corpus and drafts were read with, to read a line back for a baseline.
    public var sources: DocumentSources = .current
    private let lines = LineTextCache()
    /// The corpus's graph when it came built (an index's stored graph); `corpus` is then empty.
    private var built: DocumentGraph?

    /// A corpus already built into its graph (an index's: `DocGraphIndex`), checked as it is;
    /// `diagnostics` are the reading problems met when it was read.
    public init(graph: DocumentGraph, diagnostics: [Diagnostic]) {
        self.init(corpus: CorpusExtraction(files: []), drafts: [], diagnostics: diagnostics)
        built = graph
    }

    private init(corpus: CorpusExtraction, drafts: [ExtractedFile], diagnostics: [Diagnostic]) {
        self.corpus = corpus
        self.drafts = drafts
        self.diagnostics = diagnostics
    }

    /// Reads `corpusPaths` and `draftArguments` (`-` is standard input, read by `standardInput`).
    /// A corpus already extracted (`indexed`, from an index) is taken as it is, and
    /// `corpusPaths` only names it in messages. Files are read with the formats of `sources`,
    /// which the messages for an empty folder list.
    public static func read(corpus corpusPaths: [String], drafts draftArguments: [String], indexed: CorpusExtraction? = nil,
                            sources: DocumentSources = .current,
                            standardInput: () -> [UInt8]) throws(ReviewInputError) -> ReviewInput {
        let walker = CorpusWalker(sources: sources)
        let formats = sources.extensionList
        let fm = FileManager.default
        for path in corpusPaths where indexed == nil {
            guard fm.fileExists(atPath: path) else { throw .missingCorpus(path) }
            if walker.files(under: [path]).files.isEmpty { throw .emptyFolder(path, formats: formats) }
        }
        var draftPaths: [String] = []
        var stdinDraft: ExtractedFile?
        var stdinBytes: [UInt8] = []
        for argument in draftArguments {
            if argument == "-" {
                stdinBytes = standardInput()
                guard !stdinBytes.isEmpty else { throw .emptyStandardInput }
                stdinDraft = DocumentExtractor.extract(bytes: stdinBytes, file: standardInputName)
                continue
            }
            guard fm.fileExists(atPath: argument) else {
                throw argument.contains(where: { "*?[".contains($0) }) ? .unmatchedPattern(argument) : .missingDraft(argument)
            }
            let found = walker.files(under: [argument]).files.map(\.path)
            if found.isEmpty { throw .emptyFolder(argument, formats: formats) }
            draftPaths += found
        }
        // Without drafts the corpus is checked through its graph alone (`buildGraph`): its files keep
        // of their task rows only the plans the graph takes from them.
        let corpus = indexed ?? CorpusExtraction.read(paths: corpusPaths, sources: sources, forGraphOnly: draftArguments.isEmpty)
        var drafts = CorpusExtraction.extract(files: Array(Set(draftPaths)).sorted().map(CorpusFile.init(path:)), sources: sources).files
        if let stdinDraft { drafts.append(stdinDraft) }
        // A draft inside a corpus folder (`check drafts/x.txt --corpus .`) is read once, as a draft.
        let draftSet = Set(drafts.map { standardized($0.file) })
        var input = ReviewInput(corpus: CorpusExtraction(files: corpus.files.filter { !draftSet.contains(standardized($0.file)) }, walkDiagnostics: corpus.walkDiagnostics),
                                drafts: drafts, diagnostics: corpus.diagnostics + drafts.flatMap(\.diagnostics))
        input.sources = sources
        if stdinDraft != nil { input.standardInputText = String(decoding: stdinBytes, as: UTF8.self) }
        guard input.corpus.readAnything else { throw .nothingReadable(corpusPaths, formats: formats) }
        if !drafts.isEmpty, !drafts.contains(where: \.wasRead) { throw .nothingReadable(draftArguments, formats: formats) }
        return input
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The text of the line a location points at, whitespace collapsed; nil when unreadable.
    /// A `.docx` or `.pdf` is read through its format, and a PDF's line is found on its page.
    public func lineText(at location: SourceLocation) -> String? {
        let text: FileLines?
        if location.file == Self.standardInputName, let s = standardInputText {
            text = FileLines(SourceText(utf8: Array(s.utf8)))
        } else {
            text = lines.lines(of: location.file) { file in
                guard let bytes = try? SourceFile.contents(of: file),
                      let read = try? sources.source(forPath: file).text(of: bytes, file: file) else { return nil }
                return FileLines(read)
            }
        }
        return text?.line(page: location.page, line: location.line)?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Builds the corpus's graph now and lets the extraction go, when the corpus itself is
    /// checked (no drafts): its findings need only the graph, and the extraction held beside it
    /// was most of the peak memory of `check` (the task rows' text, every citation's quote).
    /// Diagnostics, the sources and the lines a baseline quotes (read again from the files) stay.
    public mutating func buildGraph() {
        guard !isReview, built == nil else { return }
        let read = corpus
        corpus = CorpusExtraction(files: [], walkDiagnostics: corpus.walkDiagnostics)
        built = GraphBuilder.build(read)
    }

    /// True when drafts are under review, false for a check of the corpus itself.
    public var isReview: Bool { !drafts.isEmpty }

    /// The findings: the drafts' findings in a review, or the corpus's own.
    public func findings(_ options: CheckOptions) -> [Finding] {
        if isReview { return DraftReview(corpus: corpus, drafts: drafts).findings(options) }
        let graph = built ?? GraphBuilder.build(corpus)
        return graph.namingSubjects(Checker.run(graph, options))
    }
}

/// The lines of one file's text, found by the place a location gives (page and line).
struct FileLines: Sendable {
    private let lines: [Substring]
    private let index: [LineOrigin: Int]?

    init(_ text: SourceText) {
        lines = String(decoding: text.utf8, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        index = text.lineOrigins.map { origins in
            var byOrigin: [LineOrigin: Int] = [:]
            for (k, o) in origins.enumerated() {
                // A file's line split into several text lines is found by its first.
                let key = LineOrigin(page: o.page, line: o.line)
                if byOrigin[key] == nil { byOrigin[key] = k }
            }
            return byOrigin
        }
    }

    func line(page: Int?, line: Int) -> Substring? {
        let k = index.map { $0[LineOrigin(page: page, line: line)] } ?? line - 1
        guard let k, lines.indices.contains(k) else { return nil }
        return lines[k]
    }
}

/// The last file read back for a baseline: findings come sorted by file, so one PDF is read
/// once for all its findings rather than once for each.
final class LineTextCache: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (file: String, lines: FileLines?)?

    func lines(of file: String, read: (String) -> FileLines?) -> FileLines? {
        lock.lock(); defer { lock.unlock() }
        if let last, last.file == file { return last.lines }
        let lines = read(file)
        last = (file, lines)
        return lines
    }
}
