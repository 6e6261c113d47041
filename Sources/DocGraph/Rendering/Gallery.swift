/// The diagrams of the sample corpus kept in `Graphs/`; the drift test compares them.
public enum Gallery {
    public struct Item: Sendable {
        public var name: String
        public var spec: DiagramSpec
        public var png: Bool
    }

    public static func items(_ g: DocumentGraph) -> [Item] {
        var items: [Item] = []
        var whole = DiagramSpec(title: "docgraph — the whole sample corpus")
        whole.filter = EdgeFilter(relations: Set(Relation.allCases).subtracting([.references]))
        whole.cluster = .level
        items.append(Item(name: "corpus", spec: whole, png: true))
        if let nq = try? g.lookup("28-NQ/TW") {
            var s = DiagramSpec(title: "Neighbourhood of 28-NQ/TW")
            s.focus = [nq]; s.depth = 2; s.filter = .restsOn
            items.append(Item(name: "28-NQ-TW-neighbourhood", spec: s, png: false))
        }
        if let qd = try? g.lookup("253-QĐ/TW") {
            var s = DiagramSpec(title: "Revisions of 253-QĐ/TW")
            s.focus = [qd]; s.depth = 1; s.direction = .up
            s.filter = EdgeFilter(relations: [.amends, .replaces, .repeals])
            items.append(Item(name: "253-QD-TW-revisions", spec: s, png: false))
        }
        if let programme = g.nodes.indices.first(where: { g.nodes[$0].inCorpus && g.nodes[$0].id == nil && g.nodes[$0].issuer == "Ban Tổ chức Trung ương" }) {
            var s = DiagramSpec(title: "Planned amendments of the Central Organisation Commission's 2026 action programme")
            s.focus = [NodeIndex(programme)]; s.depth = 1; s.direction = .down
            s.filter = EdgeFilter(relations: [.amends, .replaces, .repeals], modalities: [.planned])
            items.append(Item(name: "BTCTW-programme-planned-amendments", spec: s, png: false))
        }
        return items
    }
}
