/// The items after a short form's bare number in a list whose issuer is said once, after its last item:
/// `Nghị quyết 45, Chỉ thị số 35 của Bộ Chính trị`, `Nghị quyết số 18, 19 và 20 của Ban Chấp hành Trung ương`.
///
/// Each item is a bare number, with a type word of its own or none (then the kind is the last one said),
/// after a comma or `và`. A list that reaches a full id (`số 18, 19-NQ/TW`) is the grammar's compact list,
/// and a number that goes on (`19 năm`, `2.5`, a year) is no item: both give no list, so that only the bare
/// numbers a committee's name can number are read.
struct SharedIssuerList {
    /// One item: its number's range in the segment's folded bytes and the code of its own type word, if any.
    struct Item {
        var number: Range<Int>
        var typeCode: String?
    }

    /// The items after the first number, in order.
    private(set) var items: [Item]
    /// Where the last item's number ends: the list's date and issuer are read from here (`partyNumbered`).
    let end: Int
    /// The last item's number: the mention whose date, issuer and term the others share.
    let last: Range<Int>

    /// Longest list read: a committee's list of documents is short; a long run of numbers is a table's.
    private static let mostItems = 8

    init?(_ seg: TextSegment, after numberEnd: Int, typeWords: PhraseIndex<String>) {
        let b = seg.bytes
        var r = ByteReader(b, from: numberEnd)
        var items: [Item] = []
        Self.skipDate(&r)
        while items.count < Self.mostItems {
            let before = r.position
            r.skipSpaces()
            var separated = false
            if r.match(",") { separated = true; r.skipSpaces() }
            if r.matchWord("va") { separated = true; r.skipSpaces() }
            guard separated else { r.position = before; break }
            var typeCode: String?
            if let (entry, e) = typeWords.match(r, at: r.position) {
                typeCode = typeWords.value(entry)
                r.position = e
                r.skipSpaces()
                if r.matchWord("so") { r.skipSpaces() }
            }
            let start = r.position
            guard let value = r.readNumber(digits: 1...5), value < 1945 || value > 2100 else { return nil }
            if let next = r.current, ByteReader.isAlnum(next) || next == UInt8(ascii: "-") || next == UInt8(ascii: "/") || next == UInt8(ascii: ".") {
                return nil
            }
            items.append(Item(number: start..<r.position, typeCode: typeCode))
            Self.skipDate(&r)
        }
        guard let last = items.last?.number else { return nil }
        self.items = items
        self.end = last.upperBound
        self.last = last
    }

    /// Passes `, ngày 25/10/2017` after an item's number (`Nghị quyết số 18 ngày 25/10/2017, Nghị quyết số 19 …`).
    private static func skipDate(_ r: inout ByteReader) {
        let before = r.position
        r.skipSpaces()
        if r.match(",") { r.skipSpaces() }
        guard r.matchWord("ngay") else { r.position = before; return }
        r.skipSpaces()
        if r.readDate() == nil { r.position = before }
    }
}
