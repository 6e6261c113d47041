/// The graph of issuing bodies: one node per body, one edge per ordered pair of bodies whose
/// documents cite each other, weighted by the number of citations. What a corpus of thousands
/// of documents looks like when a drawing of every document could not be read.
public struct IssuerGraph: Sendable {
    /// An issuing body and how many documents of the graph it issued.
    public struct Body: Sendable, Hashable {
        /// The name as the documents write it (`Tỉnh ủy Nghệ An`); nil when no document says.
        public var name: String?
        /// The place of a local body whose name does not say it (`Ban Chấp hành Đảng bộ Thành phố`, Vũng Tàu).
        public var locality: String?
        /// The issuer code of the numbers, for bodies without a name (`TU`).
        public var code: String?
        public var level: AdministrativeLevel
        public var documents: Int
        /// Citations between documents of this body.
        public var internalCitations: Int
    }

    /// Citations from documents of `from` to documents of `to`.
    public struct Link: Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var citations: Int
    }

    public var bodies: [Body]
    public var links: [Link]

    /// Groups the documents by issuer in one pass over the nodes and one over the edges the filter
    /// accepts; bodies and links come out sorted, so the same graph gives the same drawing.
    public static func build(_ g: DocumentGraph, filter: EdgeFilter = EdgeFilter()) -> IssuerGraph {
        var index: [String: Int] = [:]
        var bodies: [Body] = []
        var bodyOf = [Int32](repeating: 0, count: g.nodes.count)
        for (i, n) in g.nodes.enumerated() {
            let name = n.issuer.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            let locality = name.flatMap { nm in n.locality.flatMap { nm.folded.contains($0.folded) ? nil : $0 } } ?? (name == nil ? n.locality : nil)
            let code = name == nil ? n.id?.issuerCode : nil
            let key = (name?.folded ?? "?" + (code ?? "")) + "|" + (locality?.folded ?? "")
            let b: Int
            if let known = index[key] { b = known } else {
                b = bodies.count
                index[key] = b
                bodies.append(Body(name: name, locality: locality, code: code,
                                   level: AdministrativeLevel.of(issuer: n.issuer, issuerCode: n.id?.issuerCode, locality: n.locality),
                                   documents: 0, internalCitations: 0))
            }
            bodies[b].documents += 1
            bodyOf[i] = Int32(b)
        }
        var counts: [Int: Int] = [:]
        let stride = bodies.count
        for e in g.edges where filter.accepts(e) {
            let a = Int(bodyOf[Int(e.from)]), b = Int(bodyOf[Int(e.to)])
            if a == b { bodies[a].internalCitations += 1 } else { counts[a * stride + b, default: 0] += 1 }
        }
        // Sorted bodies (by level, then name) and links renumbered to match.
        let order = bodies.indices.sorted { x, y in
            let a = bodies[x], b = bodies[y]
            return (a.level, a.name ?? "~", a.locality ?? "", a.code ?? "") < (b.level, b.name ?? "~", b.locality ?? "", b.code ?? "")
        }
        var renumber = [Int](repeating: 0, count: bodies.count)
        for (new, old) in order.enumerated() { renumber[old] = new }
        let links = counts.map { Link(from: renumber[$0.key / stride], to: renumber[$0.key % stride], citations: $0.value) }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        return IssuerGraph(bodies: order.map { bodies[$0] }, links: links)
    }
}
