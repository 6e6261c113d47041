/// The verb of a list given as a table: `Điều 1. Bãi bỏ toàn bộ, bãi bỏ một phần các văn bản quy phạm pháp luật sau đây:`
/// over `| STT | Số, ký hiệu văn bản | Ngày ban hành | Trích yếu | Nội dung bãi bỏ |` (red team, round 21: the usual form of
/// a People's Committee's repeal after the 2025 reorganisation, each row's document read as a mere mention, so what it
/// repealed stayed in force).
///
/// A table is read cell by cell; the line that opens it is prose. As the verb before a colon governs the first citation
/// of each numbered item (`1. Quyết định số …`), it governs the first citation of each row; a row whose last cell names a
/// part of the document (`Khoản 2 Điều 7 của Quy định`) repeals or replaces that part only, and amends.
enum TableListOpener {
    /// The relation of the colon line right before the table's first line, if its clause has a revision verb of this
    /// text's own (not a passive that tells what another did).
    static func relation(_ text: FoldedText, before firstLine: Int, notBefore lower: Int) -> Relation? {
        var k = firstLine - 1
        while k >= lower, text.trimmedRange(ofLine: k).isEmpty { k -= 1 }
        guard k >= lower else { return nil }
        let seg = TextSegment(text, range: text.foldedRange(ofLine: k))
        let b = seg.bytes
        var end = b.count
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == UInt8(ascii: "*") { end -= 1 }
        guard end > 0, b[end - 1] == UInt8(ascii: ":") else { return nil }
        guard let relation = CitationScanner.listRelation(seg, colon: end - 1), relation.isRevision else { return nil }
        return relation
    }

    /// Whether a cell says the row's document is wholly out of force: it opens with `Hết hiệu lực` or `Hết thời hạn` (`Hết
    /// thời hạn có hiệu lực đã được quy định trong văn bản`, a list of documents no longer in force); `… một phần` is a part.
    static func declaresExpiry(_ pieces: [Range<Int>], in text: FoldedText) -> Bool {
        let cell = TextSegment(text, pieces: pieces).bytes
        var r = ByteReader(cell)
        r.skipSpaces()
        guard r.peek("het hieu luc") || r.peek("het thoi han") else { return false }
        return ByteReader(cell).firstIndex(of: "mot phan") == nil
    }

    /// What the row's first citation takes from the table's opener: amends where the row's last cell names a part.
    static func relation(_ opener: Relation, row: TaskTable.Row, in text: FoldedText) -> Relation {
        guard opener == .repeals || opener == .replaces, let last = row.cells.last(where: { !$0.isEmpty }) else { return opener }
        let cell = TextSegment(text, pieces: last).bytes
        return CitationScanner.namesPart(cell, 0..<cell.count) ? .amends : opener
    }
}
