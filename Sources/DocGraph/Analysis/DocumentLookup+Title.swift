extension DocumentGraph {
    /// The documents whose title contains `text` (diacritics, case and spacing ignored): how a
    /// document without a number is named (`Chương trình hành động … Đại hội XIV`). A corpus
    /// document wins over cited-only ones when it is the only one.
    public func nodes(titled text: String) -> [NodeIndex] {
        guard let query = Self.titleQuery(text) else { return [] }
        let found = nodes.indices.filter { titleWords(NodeIndex($0)).contains(query) }.map(NodeIndex.init)
        let inCorpus = found.filter { nodes[Int($0)].inCorpus }
        return inCorpus.count == 1 ? inCorpus : found
    }

    /// The words `nodes(titled:)` looks for in ``titleWords(_:)``: folded, single spaces; nil
    /// when too short to name a title.
    public static func titleQuery(_ text: String) -> String? {
        let query = text.folded.split(separator: " ").joined(separator: " ")
        return query.count >= 3 ? query : nil
    }

    /// A node's title (or, without a number, its name) as `nodes(titled:)` searches it.
    public func titleWords(_ n: NodeIndex) -> String {
        let node = nodes[Int(n)]
        return (node.title ?? (node.id == nil ? node.name : "")).folded.split(separator: " ").joined(separator: " ")
    }

    /// A node named by part of its title, or the error that lists the candidates.
    func lookupTitle(_ text: String) throws(LookupError) -> NodeIndex {
        let found = nodes(titled: text)
        if found.count == 1 { return found[0] }
        guard !found.isEmpty else { throw .notAnIdentifier(text) }
        let candidates = found.prefix(10).map { n in
            let node = nodes[Int(n)]
            let title = node.title.map { " — " + $0.clipped(to: 70) } ?? ""
            return describe(n) + (node.id == nil ? "" : title) + (node.record.map { " [\($0.startSourceLine)]" } ?? "")
        }
        throw .titleAmbiguous(text, candidates: candidates + (found.count > 10 ? ["… +\(found.count - 10)"] : []))
    }
}
