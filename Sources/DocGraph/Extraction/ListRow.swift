import Foundation

/// What a table's row says of its own document, once its cells are read: the rows of a list of documents (`Danh mục văn
/// bản hết hiệu lực`, `… bãi bỏ các văn bản sau đây:` over a table) name one document each, and the other cells say what
/// became of it.
///
/// - A reason cell's passive (`Bị thay thế bởi Nghị quyết số 12/2021/NQ-HĐND …`) has the row's document for subject
///   (`ScanContext.rowSubject`, while the cells are scanned); a row naming a part (`Khoản 2 Điều 3`) has that part revised,
///   and the document amended (reviewer, session 28).
/// - A reason cell that says the document is out of force and names nothing that ended it (`Hết thời hạn có hiệu lực đã được
///   quy định trong văn bản`) has the list end it, as the sentence `… hết hiệu lực toàn bộ từ ngày …` does (red team, round
///   36, c2).
/// - The table's opener (`TableListOpener`) governs the row's document, unless its reason names what revised it.
enum ListRow {
    /// The row's document: the first number in its cells named for itself (a mention, not one its title carries out), the
    /// cell it stands in and its index among the file's citations.
    struct Subject {
        var cell: Int
        var index: Int
    }

    /// Settles the citations of one row, `citations[rowStart...]`: `citingCells` are the cells that held a citation;
    /// `planned`, the text only proposes (a draft, a submission).
    static func settle(_ citations: inout [Citation], from rowStart: Int, subject: Subject?, citingCells: IndexSet, row: TaskTable.Row,
                       in text: FoldedText, opener: Relation?, planned: Bool) {
        if let subject {
            let id = citations[subject.index].id
            if row.cells.indices.contains(where: { c in c != subject.cell && !row.cells[c].isEmpty && namesPart(row.cells[c], in: text) }) {
                for i in rowStart..<citations.count where citations[i].isNested && citations[i].id == id
                    && (citations[i].relation == .repeals || citations[i].relation == .replaces) {
                    citations[i].relation = .amends
                }
            }
            if citations[subject.index].relation == .references,
               row.cells.indices.contains(where: { $0 > subject.cell && !citingCells.contains($0) && TableListOpener.declaresExpiry(row.cells[$0], in: text) }) {
                citations[subject.index].relation = .repeals
                if planned { citations[subject.index].modality = .planned }
            }
        }
        guard let opener, let first = subject?.index ?? citations[rowStart...].firstIndex(where: { !$0.isNested && !$0.isSelfReference }),
              citations[first].relation == .references,
              !citations[rowStart...].contains(where: { $0.isNested && $0.id == citations[first].id && $0.relation.isRevision }) else { return }
        citations[first].relation = TableListOpener.relation(opener, row: row, in: text)
        if planned { citations[first].modality = .planned }
    }

    private static func namesPart(_ pieces: [Range<Int>], in text: FoldedText) -> Bool {
        let b = TextSegment(text, pieces: pieces).bytes
        return CitationScanner.namesPart(b, 0..<b.count)
    }
}
