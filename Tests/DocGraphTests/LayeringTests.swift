import Foundation
import Testing

/// The library's folders are layers that only point downwards (README, "Layout of the code"):
/// a type declared in a higher layer is never named in a lower one.
@Suite("Layering")
struct LayeringTests {
    static let layers = ["Corpus", "Extraction", "Graph", "Analysis", "Review", "Reports"]

    static func swiftFiles(in layer: String) -> [URL] {
        let root = Fixtures.packageRoot.appendingPathComponent("Sources/DocGraph/\(layer)")
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    @Test("no layer names a type of a layer above it")
    func downwardsOnly() throws {
        let declaration = try Regex(#"(?m)^(?:public |internal |package )?(?:final )?(?:struct|enum|class|protocol|typealias|actor) +(\w+)"#)
        var layerOf: [String: Int] = [:]
        var sources: [(layer: Int, file: URL, text: String)] = []
        for (index, layer) in Self.layers.enumerated() {
            let files = Self.swiftFiles(in: layer)
            #expect(!files.isEmpty, "Sources/DocGraph/\(layer) has no Swift file")
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                for match in text.matches(of: declaration) { if let name = match.output[1].substring { layerOf[String(name)] = index } }
                // Comments may name anything; code may not.
                let code = text.split(separator: "\n").map { $0.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? "" }.joined(separator: "\n")
                sources.append((index, file, code))
            }
        }
        #expect(layerOf.count > 50, "the declarations were found")
        var violations: [String] = []
        for source in sources {
            let words = Set(source.text.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init))
            for word in words { if let higher = layerOf[word], higher > source.layer {
                violations.append("\(source.file.lastPathComponent) (\(Self.layers[source.layer])) names \(word) (\(Self.layers[higher]))")
            } }
        }
        #expect(violations.sorted() == [], "layers must point downwards only")
    }

    @Test("the DocGraph library imports no system library")
    func noGraphvizInTheLibrary() throws {
        for layer in Self.layers {
            for file in Self.swiftFiles(in: layer) {
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(!text.contains("import CGraphviz"), "\(file.lastPathComponent) imports Graphviz; it belongs in DocGraphRendering")
            }
        }
    }
}
