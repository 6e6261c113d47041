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
    static func objection(citing: DocumentNode, cited: DocumentNode) -> String? {
        let from = level(citing), to = level(cited)
        if to == .central, from == .province || from == .city {
            return "a \(from.rawValue) body cannot revise a Central document"
        }
        if let a = citing.id?.issuerCode.folded, let b = cited.id?.issuerCode.folded,
           citing.id?.form == .party, cited.id?.form == .party, a != b, a.hasSuffix(b), ["tw", "tu", "hu"].contains(b) {
            return "a commission cannot revise its committee's document"
        }
        return nil
    }

    private static func level(_ n: DocumentNode) -> IssuerLevel {
        IssuerLevel.of(issuer: n.issuer, code: n.id?.issuerCode)
    }
}
