import Foundation

/// Why an output file was not written.
public enum OutputError: Error, CustomStringConvertible {
    case writeFailed(String, String)
    case wouldOverwriteInput(String)

    public var description: String {
        switch self {
        case .writeFailed(let p, let m): return "cannot write \(p): \(m); check the folder exists and is writable"
        case .wouldOverwriteInput(let p): return "refusing to overwrite \(p), which is an input document; choose another output file"
        }
    }
}

/// Writes a file atomically (temporary file, then rename) and never over an input document,
/// so an interrupted run leaves the old file or the new one, never half of one.
public enum OutputFile {
    public static func write(_ bytes: [UInt8], to path: String, inputs: Set<String> = []) throws(OutputError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if inputs.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path == target }) {
            throw .wouldOverwriteInput(path)
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .writeFailed(path, error.localizedDescription)
        }
    }
}
