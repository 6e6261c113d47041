import Foundation

/// One file found under the paths the user gave.
public struct CorpusFile: Hashable, Sendable {
    /// The path as shown to the user (relative when the user gave a relative path).
    public var path: String
}

/// Finds the files under files and folders that a registered format reads, in a stable order,
/// and says what it skipped.
public struct CorpusWalker: Sendable {
    public var maximumDepth: Int
    /// The formats whose files are read; others are skipped with a note.
    public var sources: DocumentSources

    public init(maximumDepth: Int = 64, sources: DocumentSources = .current) {
        self.maximumDepth = maximumDepth
        self.sources = sources
    }

    /// Files sorted by path (so results never depend on the file system's order), and notes for
    /// what was skipped: other extensions, unreadable folders, symlink loops, missing paths.
    public func files(under paths: [String]) -> (files: [CorpusFile], diagnostics: [Diagnostic]) {
        let walked = stampedFiles(under: paths)
        return (walked.files.map(\.file), walked.diagnostics)
    }

    /// The files as `files(under:)` finds them, each with the size and time the walk read
    /// (one `stat` a file): what an index update compares with the stored ones, without asking
    /// the file system a second time (100,000 files at 100,000 documents).
    public func stampedFiles(under paths: [String]) -> (files: [(file: CorpusFile, stamp: FileStamp)], diagnostics: [Diagnostic]) {
        var found: [(path: String, stamp: FileStamp)] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for root in paths {
            guard let (isDirectory, stamp) = FileStamp.of(root) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: root, line: 1, column: 1),
                    .noSuchPath))
                continue
            }
            if !isDirectory {
                // A file named explicitly is read whatever its extension.
                found.append((root, stamp))
                continue
            }
            // Folders are known by device and inode: path strings through links (`a/self/self`)
            // all differ, and would make a loop of links walk forever.
            var visited: Set<FolderIdentity> = []
            var stack: [(String, Int)] = [(root, 0)]
            while let (folder, depth) = stack.popLast() {
                guard let identity = FolderIdentity(folder) else {
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: folder, line: 1, column: 1),
                        .folderVanished))
                    continue
                }
                guard visited.insert(identity).inserted else {
                    diagnostics.append(Diagnostic(.note, at: SourceLocation(file: folder, line: 1, column: 1),
                        .folderLoop))
                    continue
                }
                guard depth <= maximumDepth else {
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: folder, line: 1, column: 1),
                        .folderTooDeep(levels: maximumDepth)))
                    continue
                }
                let entries: [String]
                do {
                    entries = try fm.contentsOfDirectory(atPath: folder).sorted()
                } catch {
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: folder, line: 1, column: 1),
                        .folderUnreadable(reason: error.localizedDescription)))
                    continue
                }
                var subfolders: [String] = []
                for name in entries where !name.hasPrefix(".") {
                    let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                    guard let (isDirectory, stamp) = FileStamp.of(path) else {
                        diagnostics.append(Diagnostic(.note, at: SourceLocation(file: path, line: 1, column: 1),
                            .entryVanished))
                        continue
                    }
                    if isDirectory {
                        subfolders.append(path)
                    } else if sources.source(forExtension: Self.pathExtension(name)) != nil {
                        found.append((path, stamp))
                    } else {
                        diagnostics.append(Diagnostic(.note, at: SourceLocation(file: path, line: 1, column: 1),
                            .notAReadableFormat(extensions: sources.namedExtensions)))
                    }
                }
                for sub in subfolders.reversed() { stack.append((sub, depth + 1)) }
            }
        }
        // Sorted by path, a path named twice (a file and its folder both given) kept once.
        found.sort { $0.path < $1.path }
        var files: [(file: CorpusFile, stamp: FileStamp)] = []
        files.reserveCapacity(found.count)
        for f in found where files.last?.file.path != f.path { files.append((CorpusFile(path: f.path), f.stamp)) }
        return (files, diagnostics)
    }

    /// What follows the last dot of a file's name (`txt`), as `NSString.pathExtension` says it,
    /// without bridging the name: "" when there is none or the name ends with the dot.
    static func pathExtension(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...])
    }
}

/// A file's size and modification time (nanoseconds since 1970), as one `stat` gives them; -1
/// for both when the file could not be read.
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    public var modified: Int64

    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// Whether the path is a folder (links followed), and its stamp; nil when nothing is there.
    static func of(_ path: String) -> (isDirectory: Bool, stamp: FileStamp)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return ((info.st_mode & S_IFMT) == S_IFDIR,
                FileStamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)))
    }
}

/// A folder's identity on disk, whatever path reaches it.
struct FolderIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
