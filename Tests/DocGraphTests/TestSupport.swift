import Testing
import Foundation

extension String {
    /// NFD via Foundation, to feed the extractor decomposed text.
    var decomposedFoundation: String { decomposedStringWithCanonicalMapping }
}

@testable import DocGraph

extension DocumentGraph {
    /// A graph of `nodes` documents where document i implements `next(i)`.
    static func synthetic(nodes count: Int, next: (Int) -> Int?) -> DocumentGraph {
        var g = DocumentGraph()
        for i in 0..<count {
            let id = DocumentID(party: String(i + 1), typeCode: "KH", issuerCode: "TW")
            g.nodes.append(DocumentNode(id: id, key: id.key, name: id.description, inCorpus: true, observations: []))
        }
        for i in 0..<count {
            guard let j = next(i) else { continue }
            g.edges.append(DocumentEdge(from: NodeIndex(i), to: NodeIndex(j), relation: .implements, modality: .enacted,
                                        location: SourceLocation(file: "synthetic", line: i + 1, column: 1), text: "", isNested: false))
        }
        g.index()
        return g
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
