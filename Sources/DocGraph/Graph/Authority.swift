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
        let from = level(citing), to = level(cited)
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

    private static func level(_ n: DocumentNode) -> IssuerLevel {
        IssuerLevel.of(issuer: n.issuer, code: n.id?.issuerCode)
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
