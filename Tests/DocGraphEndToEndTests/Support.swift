import Foundation
import Testing

// End-to-end tests know docgraph only as a user does: the built binary, the files of the
// package, and what comes out on standard output, standard error and the exit status.

enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The built `docgraph` binary, run as a user or a pipeline runs it: its output and exit status.
enum CLI {
    struct Run { var status: Int32; var out: String; var err: String }

    /// The built `docgraph` (run `swift build` first; `swift test` builds it too).
    static func binary() throws -> URL {
        let candidates = ["debug", "release"].map { Fixtures.packageRoot.appendingPathComponent(".build/\($0)/docgraph") }
            + [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("docgraph")]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "build docgraph with `swift build` first")
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = arguments
        p.currentDirectoryURL = Fixtures.packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }
}
