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
