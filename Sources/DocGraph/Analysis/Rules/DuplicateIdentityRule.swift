/// `duplicate-identity`: two corpus documents with one identity (number, issuer's place, period).
/// Either the corpus holds a copy, or one of them carries a wrong number; merging them would
/// let one date win silently, so both stay and are named here.
public struct DuplicateIdentityRule: CheckRule {
    public let id = RuleID.duplicateIdentity
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "Two corpus documents with the same number, issuer, place and term."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        graph.duplicates.compactMap { d in
            let first = graph.nodes[Int(d.first)], second = graph.nodes[Int(d.second)]
            let a = first.record?.file ?? "?", b = second.record?.file ?? "?"
            // `QUY CHẾ … (Ban hành kèm theo Quyết định số: 346/2017/QĐ-UBND …)` after the decision's
            // signature, in the decision's own file: the rules it issues, known by its number; no copy.
            // Two documents of one kind and two dates in one file are two texts, though (red team, round 10: a
            // gazette-like compilation holding two plans `Số 30-KH/TU` of February and March).
            if a == b, first.record != nil {
                guard first.typeCode == second.typeCode, let d1 = first.date, let d2 = second.date, d1 != d2 else { return nil }
            }
            // Two bodies of one place, each numbering its own (`ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH` and `ĐẢNG ỦY KHỐI
            // DOANH NGHIỆP TỈNH`, both `04-NQ/ĐU` in Trà Vinh; red team, round 13): two series, no copy.
            if let i1 = first.issuer, let i2 = second.issuer, !IssuingBodies.compatible(i1, i2) { return nil }
            // Two texts of one file are told apart by where each starts (`b.txt:1 and b.txt:13`, reviewer, session 13).
            let (named1, named2) = a == b ? ("\(a):\(first.record?.startLine ?? 0)", "\(b):\(second.record?.startLine ?? 0)") : (a, b)
            return finding(.duplicateIdentity(name: first.name, locality: first.locality, firstDate: first.date, secondDate: second.date, firstFile: named1, secondFile: named2),
                           at: graph.source(d.second), related: [graph.source(d.first)].compactMap { $0 })
        }
    }
}

extension RuleID {
    /// `duplicate-identity`: see ``DuplicateIdentityRule``.
    public static let duplicateIdentity: RuleID = "duplicate-identity"
}
