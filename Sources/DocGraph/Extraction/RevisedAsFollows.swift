/// A passive revision after a citation whose new wording this text gives: `Khoản 3 Điều 5 của Quy
/// định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND được sửa đổi, bổ sung như sau:`, `… được
/// thay thế như sau:`, `Điều 7 của Quy định … được bãi bỏ.` The citing text does it (an amending
/// decision's items), unlike `… đã được sửa đổi, bổ sung theo Quyết định số …`, where another did.
enum RevisedAsFollows {
    /// Revision verbs of the run after `được` (folded).
    private static let verbs = ["sua doi", "bo sung", "thay the", "dieu chinh", "bai bo"]

    /// Words allowed between the verbs and `như sau` (`được sửa đổi, bổ sung một số nội dung như
    /// sau`, `được sửa đổi điểm c như sau`); more, and the sentence has moved on.
    private static let wordsBeforeAsFollows = 6

    /// The relation the passive at `i` (a word start reading `được`) gives the citation before it:
    /// `amends` when its new wording follows (`như sau`), `repeals` for `được bãi bỏ` that ends
    /// the clause; `nil` for any other `được`.
    static func relation(_ b: [UInt8], at i: Int, end: Int) -> Relation? {
        var r = ByteReader(b, from: i, end: end)
        guard r.matchWord("duoc") else { return nil }
        var last: String?
        var count = 0
        while true {
            r.skipSpaces()
            guard let verb = verbs.first(where: { r.matchWord($0) }) else { break }
            last = verb
            count += 1
            r.skipSpaces()
            if r.current == UInt8(ascii: ",") { r.position += 1; continue }
            var joined = r
            if joined.matchWord("va") { r = joined }
        }
        guard let last else { return nil }
        // `… được bãi bỏ.`: the clause ends at the verb.
        if last == "bai bo", count == 1 {
            // `… đã được bãi bỏ.` tells of another's deed.
            var k = i
            while k > 0, ByteReader.isSpace(b[k - 1]) { k -= 1 }
            if k >= 2, b[k - 2] == UInt8(ascii: "d"), b[k - 1] == UInt8(ascii: "a"), k == 2 || !ByteReader.isAlnum(b[k - 3]) { return nil }
            r.skipSpaces()
            guard let c = r.current else { return .repeals }
            return c == UInt8(ascii: ".") || c == UInt8(ascii: ";") ? .repeals : nil
        }
        for _ in 0...wordsBeforeAsFollows {
            r.skipSpaces()
            if r.matchWord("nhu sau") { return .amends }
            guard let c = r.current, ByteReader.isAlnum(c) else { return nil }
            while let c = r.current, ByteReader.isAlnum(c) { r.position += 1 }
        }
        return nil
    }

    /// Whether the clause (from `start`, after a list's mark) names a part of a document first
    /// (`Điều 7 của …`, `Khoản 2 Điều 3 …`, `Phụ lục II …`): revising the part amends the document.
    static func opensWithPart(_ b: [UInt8], from start: Int, end: Int) -> Bool {
        var r = ByteReader(b, from: start, end: end)
        r.skipSpaces()
        // `1.`, `a)`, `-`, `[3]`: a list's or a footnote's mark.
        let markStart = r.position
        while let c = r.current, ByteReader.isDigit(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: ")")
                || c == UInt8(ascii: "-") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") { r.position += 1 }
        if r.position == markStart, let c = r.current, ByteReader.isLetter(c), r.position + 1 < end, b[r.position + 1] == UInt8(ascii: ")") {
            r.position += 2
        }
        r.skipSpaces()
        return RelationPhrases.documentParts.contains { r.phraseEnd($0, at: r.position) != nil }
    }
}
