/// Who may revise whose documents.
///
/// A body amends, replaces or repeals its own documents, or those of bodies below it. A
/// provincial or district body cannot revise a Central document, and a commission (`Ban Tổ chức
/// Trung ương`, `-/BTCTW`) cannot revise its committee's (`-/TW`). When the text seems to say
/// otherwise, the extraction has read a neighbouring phrase (`rà soát các quy định của Tỉnh ủy để
/// sửa đổi, bổ sung phù hợp với Quyết định số 253-QĐ/TW`), so the edge is kept as a reference and
/// the demotion is said.
enum Authority {
    /// Why `citing` cannot revise `cited`, or nil when it may.
    static func objection(citing: DocumentNode, cited: DocumentNode) -> AuthorityObjection? {
        objection(citing: citing, cited: cited, levels: (level(citing), level(cited)))
    }

    /// ``objection(citing:cited:)`` of nodes `a` and `b`, given their ``level(_:)``s, for a caller that
    /// asks of many edges and keeps each node's level (`inverse-inconsistency`). The nodes are read in
    /// place, and only when the levels do not decide: passing a node copied it (a dozen strings retained).
    static func objection(_ nodes: UnsafeBufferPointer<DocumentNode>, citing a: Int, cited b: Int, levels: (IssuerLevel, IssuerLevel)) -> AuthorityObjection? {
        let (from, to) = levels
        if to == .central, from == .province || from == .city {
            return .localRevisesCentral(from)
        }
        guard nodes[a].id?.form == .party, nodes[b].id?.form == .party else { return nil }
        return objection(citing: nodes[a], cited: nodes[b], levels: levels)
    }

    /// ``objection(citing:cited:)`` given the two documents' ``level(_:)``s.
    static func objection(citing: DocumentNode, cited: DocumentNode, levels: (IssuerLevel, IssuerLevel)) -> AuthorityObjection? {
        let (from, to) = levels
        if to == .central, from == .province || from == .city {
            return .localRevisesCentral(from)
        }
        if let a = citing.id?.issuerCode.folded, let b = cited.id?.issuerCode,
           citing.id?.form == .party, cited.id?.form == .party, a != b.folded, a.hasSuffix(b.folded),
           let committee = TypeCodes.partyCommittee(ofCode: b), committee.isCommittee, committee.level != .grassroots {
            return .commissionRevisesCommittee
        }
        return nil
    }

    static func level(_ n: DocumentNode) -> IssuerLevel {
        IssuerLevel.of(issuer: n.issuer, code: n.id?.issuerCode)
    }

    /// ``level(_:)`` of node `i`, read in place.
    static func level(_ nodes: UnsafeBufferPointer<DocumentNode>, _ i: Int) -> IssuerLevel {
        IssuerLevel.of(issuer: nodes[i].issuer, code: nodes[i].id?.issuerCode)
    }
}

/// Why a body cannot revise a document. `description` is the English of diagnostics (which are
/// English, like a compiler's); the catalogue says it in the reader's language for findings.
public enum AuthorityObjection: Sendable, Hashable, CustomStringConvertible {
    /// A provincial or city body (the level) cannot revise a Central document.
    case localRevisesCentral(IssuerLevel)
    /// A commission (`-/BTCTW`) cannot revise its committee's (`-/TW`) document.
    case commissionRevisesCommittee

    public var description: String {
        switch self {
        case .localRevisesCentral(let level): return "a \(level.rawValue) body cannot revise a Central document"
        case .commissionRevisesCommittee: return "a commission cannot revise its committee's document"
        }
    }
}
