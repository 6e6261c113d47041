/// Which edges a traversal follows.
public struct EdgeFilter: Sendable {
    public var relations: Set<Relation>
    public var modalities: Set<Modality>

    public init(relations: Set<Relation> = Set(Relation.allCases), modalities: Set<Modality> = Set(Modality.allCases)) {
        self.relations = relations
        self.modalities = modalities
    }

    /// Everything a document can rest on: all relations but plain mentions.
    public static let restsOn = EdgeFilter(relations: Set(Relation.allCases.filter(\.restsOn)))

    @inline(__always)
    public func accepts(_ e: DocumentEdge) -> Bool { relations.contains(e.relation) && modalities.contains(e.modality) }

    /// The filter as a bit mask over `kind` values, for traversals.
    var mask: EdgeMask {
        EdgeMask(relations: relations.reduce(0) { $0 | Self.kind($1, .enacted) },
                 planned: modalities.contains(.planned), enacted: modalities.contains(.enacted))
    }

    /// An edge's kind as `CompactAdjacency` keeps it: bit `relation.ordinal`, bit 31 when planned.
    public static func kind(_ r: Relation, _ m: Modality) -> UInt32 {
        UInt32(1) << UInt32(r.ordinal) | (m == .planned ? 1 << 31 : 0)
    }
}

/// An `EdgeFilter` over the graph's compact `edgeKind` values.
struct EdgeMask {
    var relations: UInt32
    var planned: Bool
    var enacted: Bool

    @inline(__always)
    func accepts(_ kind: UInt32) -> Bool {
        kind & relations != 0 && (kind & (1 << 31) != 0 ? planned : enacted)
    }
}
