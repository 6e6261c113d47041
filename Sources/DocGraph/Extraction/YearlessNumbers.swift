/// A state number cited without its year (`Nghị quyết số 41/NQ-HĐND ngày 09/12/2022`) beside the same number with its year,
/// of the same kind and body and the same day (`Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022`), in one document: the
/// writer dropped the year (evaluation batch 23, 324: one resolution counted as two, both dangling).
///
/// Only the same day decides: a council's normative resolutions (`…/2022/NQ-HĐND`) and its other ones (`…/NQ-HĐND`) are
/// two series whose numbers meet, so a year-less number of another day, or of no stated day, stays as written.
enum YearlessNumbers {
    static func settle(_ citations: inout [Citation], from first: Int) {
        guard first < citations.count else { return }
        var yearless = false
        for c in citations[first...] where c.id.form == .state && c.id.year == nil && c.date != nil { yearless = true; break }
        guard yearless else { return }
        var withYear: [Key: DocumentID?] = [:]
        for c in citations[first...] where c.id.form == .state && c.id.year != nil {
            guard let date = c.date else { continue }
            let key = Key(document: c.documentIndex, number: c.id.number, typeCode: c.id.typeCode, issuerCode: c.id.issuerCode, date: date)
            if let known = withYear[key], known != c.id { withYear[key] = .some(nil) } else { withYear[key] = c.id }
        }
        guard !withYear.isEmpty else { return }
        for k in first..<citations.count where citations[k].id.form == .state && citations[k].id.year == nil {
            guard let date = citations[k].date else { continue }
            let c = citations[k]
            let key = Key(document: c.documentIndex, number: c.id.number, typeCode: c.id.typeCode, issuerCode: c.id.issuerCode, date: date)
            if case .some(.some(let full)) = withYear[key], full.year == date.year { citations[k].id = full }
        }
    }

    private struct Key: Hashable {
        var document: Int
        var number: String
        var typeCode: String
        var issuerCode: String
        var date: SimpleDate
    }
}
