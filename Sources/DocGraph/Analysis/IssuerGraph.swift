/// The graph of issuing bodies (or of document types): one node per body, one edge per ordered
/// pair of bodies whose documents cite each other, weighted by the number of citations. What a
/// corpus of thousands of documents looks like when a drawing of every document could not be read.
///
/// A body's names are one body: `Ban Thường vụ Tỉnh ủy Nghệ An`, `Tỉnh ủy Nghệ An` and `Ban Chấp
/// hành Đảng bộ tỉnh Nghệ An` sign for one another, so they are grouped as ``IssuingBody`` reads
/// them (organ, tier, place), the same reading `check` uses to tell one issuer from another.
public struct IssuerGraph: Sendable {
    /// What a node of the graph stands for.
    public enum Grouping: String, Sendable, CaseIterable {
        /// One node per issuing body.
        case issuer
        /// One node per document type (Nghị quyết, Kế hoạch …).
        case type
    }

    /// An issuing body and how many documents of the graph it issued.
    public struct Body: Sendable, Hashable {
        /// The name as the documents write it most often (`Tỉnh ủy Nghệ An`), or the type word
        /// (`Kế hoạch`) when grouped by type; nil when no document says.
        public var name: String?
        /// The place of a local body whose name does not say it (`Ban Chấp hành Đảng bộ Thành phố`, Vũng Tàu).
        public var locality: String?
        /// The issuer code of the numbers, for bodies without a name (`TU`); the type code (`KH`) by type.
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
    public var grouping: Grouping = .issuer

    /// Groups the documents by issuer (or type) in one pass over the nodes and one over the edges
    /// the filter accepts; bodies and links come out sorted, so the same graph gives the same drawing.
    public static func build(_ g: DocumentGraph, filter: EdgeFilter = EdgeFilter(), by grouping: Grouping = .issuer) -> IssuerGraph {
        var index: [AnyHashable: Int] = [:]
        var bodies: [Body] = []
        // How often each body is written each way: the most frequent name is the body's name.
        var spellings: [[String: Int]] = []
        var bodyOf = [Int32](repeating: 0, count: g.nodes.count)
        // Names repeat (`Ban Thường vụ Tỉnh ủy` thousands of times): each is read once.
        var read: [String: IssuingBody] = [:]
        for (i, n) in g.nodes.enumerated() {
            let key: AnyHashable
            let written: String?
            var body: Body
            switch grouping {
            case .type:
                let code = n.typeCode ?? n.id?.typeCode
                written = code.flatMap { TypeCodes.typeWord[$0] } ?? n.typeWord?.sentenceCased
                key = "type|" + (code?.folded ?? written?.folded ?? "")
                body = Body(name: written, locality: nil, code: code, level: .unknown, documents: 0, internalCitations: 0)
            case .issuer:
                let name = n.issuer.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                written = name
                let locality = name.flatMap { nm in n.locality.flatMap { nm.folded.contains($0.folded) ? nil : $0 } } ?? (name == nil ? n.locality : nil)
                let code = name == nil ? n.id?.issuerCode : nil
                if let name {
                    var reading = read[name] ?? IssuingBody(name)
                    read[name] = reading
                    // A local body whose name does not say its place is placed by its documents.
                    if reading.place == nil, let place = n.locality?.folded { reading.place = place }
                    key = reading
                } else {
                    key = "?" + (code ?? "") + "|" + (locality?.folded ?? "")
                }
                body = Body(name: name, locality: locality, code: code,
                            level: AdministrativeLevel.of(issuer: n.issuer, issuerCode: n.id?.issuerCode, locality: n.locality),
                            documents: 0, internalCitations: 0)
            }
            let b: Int
            if let known = index[key] { b = known } else {
                b = bodies.count
                index[key] = b
                body.documents = 0
                bodies.append(body)
                spellings.append([:])
            }
            bodies[b].documents += 1
            if let written { spellings[b][written, default: 0] += 1 }
            bodyOf[i] = Int32(b)
        }
        for b in bodies.indices {
            // The most frequent spelling; among equals the shortest (`Tỉnh ủy X` before `Ban Thường vụ Tỉnh ủy X`).
            guard let best = spellings[b].max(by: { ($0.value, -$0.key.count, $1.key) < ($1.value, -$1.key.count, $0.key) })?.key else { continue }
            if best != bodies[b].name {
                bodies[b].name = best
                if let place = bodies[b].locality, best.folded.contains(place.folded) { bodies[b].locality = nil }
            }
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
        return IssuerGraph(bodies: order.map { bodies[$0] }, links: links, grouping: grouping)
    }
}
