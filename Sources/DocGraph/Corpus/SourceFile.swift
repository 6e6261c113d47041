import Foundation

/// Reads one corpus file into memory, refusing what is not a regular file or is too large to be
/// a document, so that one odd file can neither block the run (a named pipe) nor exhaust memory.
public enum SourceFile {
    /// No document is this long; a larger `.txt` is a dump or an archive, and folding it would
    /// need about six times its size in memory.
    public static let maximumSize = 64 * 1024 * 1024

    public static func contents(of path: String, limit: Int = maximumSize) throws(TextDecodingError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadable(file: path, reason: lastErrorReason()) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(file: path, reason: "not a regular file but a pipe, socket or device")
        }
        guard Int(info.st_size) <= limit else { throw .tooLarge(file: path, size: Int(info.st_size), limit: limit) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(file: path, reason: lastErrorReason()) }
        defer { close(fd) }
        // Read into one buffer sized from stat; a file that grows meanwhile is read on until the limit.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 4096))
        var count = 0
        while true {
            if count == bytes.count {
                guard count < limit else { throw .tooLarge(file: path, size: count, limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: min(count, limit - count + 1)))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: lastErrorReason())
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// `errno` in words; a file missing by the time it is read has vanished since the walk.
    private static func lastErrorReason() -> String {
        errno == ENOENT ? "it vanished" : String(cString: strerror(errno))
    }
}
