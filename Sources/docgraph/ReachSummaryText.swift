import DocGraph

/// The text form of `impact`'s and `deps`' summary: one line a facet, the most documents first,
/// so that it reads aloud in a meeting (`by type: NQ 31,204 · KH 20,118 · …`).
enum ReachSummaryText {
    /// Values of a facet shown in text; JSON has every one.
    static let shownValues = 12

    static func lines(_ s: ReachSummary) -> [String] {
        let language = UserLanguage.current
        func line(_ facet: ReachSummary.Facet, _ parts: [String]) -> String {
            let shown = parts.prefix(shownValues).joined(separator: " · ")
            let more = parts.count > shownValues ? " " + tr(.moreValues(shown: shownValues, of: parts.count)) : ""
            return "  \(tr(.countedBy(facet))): \(shown)\(more)"
        }
        var relations = s.relations.map { "\($0.value.label(language)) \($0.documents)" }
        relations += s.plannedRelations.map { "\($0.value.label(language))? \($0.documents)" }
        return [
            tr(.reachSummarised(limit: s.listLimit, perDepth: s.perDepth)),
            line(.source, ["\(tr(.inCorpus)) \(s.inCorpus)", "\(tr(.citedOnly)) \((s.total - s.inCorpus))"]),
            line(.depth, s.depths.map { "\($0.value): \($0.documents)" }),
            line(.relation, relations),
            line(.type, s.types.map { "\($0.value ?? tr(.unknownType)) \($0.documents)" }),
            line(.issuer, s.issuers.map { "\($0.value ?? tr(.unknownIssuer)) \($0.documents)" }),
            line(.year, s.years.map { "\($0.value.map(String.init) ?? tr(.unknownYear)): \($0.documents)" }),
        ]
    }
}
