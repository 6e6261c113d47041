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
        var found: [String] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: root, line: 1, column: 1),
                    .noSuchPath))
                continue
            }
            if !isDirectory.boolValue {
                // A file named explicitly is read whatever its extension.
                found.append(root)
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
                    var isDir: ObjCBool = false
                    guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                        diagnostics.append(Diagnostic(.note, at: SourceLocation(file: path, line: 1, column: 1),
                            .entryVanished))
                        continue
                    }
                    if isDir.boolValue {
                        subfolders.append(path)
                    } else if sources.source(forExtension: (name as NSString).pathExtension) != nil {
                        found.append(path)
                    } else {
                        diagnostics.append(Diagnostic(.note, at: SourceLocation(file: path, line: 1, column: 1),
                            .notAReadableFormat(extensions: sources.namedExtensions)))
                    }
                }
                for sub in subfolders.reversed() { stack.append((sub, depth + 1)) }
            }
        }
        let unique = Array(Set(found)).sorted()
        return (unique.map(CorpusFile.init(path:)), diagnostics)
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
