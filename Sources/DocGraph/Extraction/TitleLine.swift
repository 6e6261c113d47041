/// The first line of a text without a header, when it names the text itself.
///
/// Portals and copied pages put the document's designation above its body instead of its
/// header: `Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức kỷ niệm …`
/// over `Thực hiện chỉ đạo của Ban Bí thư …, Ban Thường vụ Thành ủy yêu cầu:`. The line is the
/// document's number, date, issuer and subject, not a citation of another document: it opens with
/// the type word (no verb before it, so nothing is carried out or rested on) and holds nothing but
/// the designation.
enum TitleLine {
    struct Designation {
        var id: DocumentID
        var typeWord: String
        var date: SimpleDate?
        var issuer: String?
        var subject: String?
    }

    static func designation(_ text: FoldedText, line k: Int) -> Designation? {
        let range = text.trimmedRange(ofLine: k)
        guard !range.isEmpty else { return nil }
        let seg = TextSegment(text, range: range)
        let b = seg.bytes
        // `Công văn số`, `Kế hoạch số:`, `Quyết định` (then the number): the type word first, capitalised.
        guard let word = TypeCodes.words.first(where: { w in ByteReader(b).phraseEnd(w.folded, at: 0) != nil }),
              seg.startsUpperCase(at: 0) else { return nil }
        var r = ByteReader(b, from: word.folded.utf8.count)
        r.skipSpaces()
        if r.matchWord("so") {
            if r.current == UInt8(ascii: ":") { r.position += 1 }
            r.skipSpaces()
        }
        let at = r.position
        guard let m = IdentifierGrammar.scan(seg).first(where: { $0.range.lowerBound == at }), let id = m.id else { return nil }
        r.position = m.range.upperBound
        var designation = Designation(id: id, typeWord: seg.originalText(0..<word.folded.utf8.count), date: nil, issuer: nil, subject: nil)
        // `, ngày 25/01/2007`, `ngày 25 tháng 01 năm 2007`
        var d = r
        d.skipSpaces()
        if d.current == UInt8(ascii: ",") { d.position += 1; d.skipSpaces() }
        if d.matchWord("ngay") {
            d.skipSpaces()
            if let date = d.readDate() { designation.date = date; r = d }
        }
        // `của Thành ủy TPHCM` up to `về`, `V/v` or the end.
        var rest = r
        rest.skipSpaces()
        if rest.current == UInt8(ascii: ",") { rest.position += 1; rest.skipSpaces() }
        let about = [" ve viec ", " v/v ", " ve "].lazy.compactMap { ByteReader(b, from: rest.position).firstIndex(of: $0, from: rest.position) }.first
        // `ban hành bởi Tỉnh Ủy Kiên Giang`, `được ban hành bởi …` (a portal's title line, Real 173), `do Tỉnh ủy … ban hành`.
        var byAgent = rest
        _ = byAgent.matchWord("duoc")
        byAgent.skipSpaces()
        var issuedBy = rest
        let doEnd: Int? = issuedBy.matchWord("do") ? ByteReader(b, from: issuedBy.position).firstIndex(of: " ban hanh", from: issuedBy.position) : nil
        if byAgent.matchWord("ban hanh boi") || doEnd.map({ e in about.map { e < $0 } ?? true }) == true {
            let start = doEnd == nil ? byAgent.position : issuedBy.position
            let end = doEnd ?? about ?? b.count
            let body = seg.originalText(start..<end).trimmingCharacters(in: " ,.")
            guard !body.isEmpty, body.count <= 120 else { return nil }
            designation.issuer = IssuingBodies.canonical(body)
        } else if rest.matchWord("cua") {
            let end = about ?? b.count
            let body = seg.originalText(rest.position..<end).trimmingCharacters(in: " ,.")
            guard !body.isEmpty, body.count <= 120 else { return nil }
            designation.issuer = IssuingBodies.canonical(body)
        } else if about == nil, rest.position < b.count {
            // Anything else after the number is a sentence: the line cites, it does not designate.
            return nil
        }
        if let about {
            var s = ByteReader(b, from: about)
            s.skipSpaces()
            let marker = s.matchWord("ve viec") || s.matchWord("v/v") ? "về việc" : (s.matchWord("ve") ? "về" : "")
            let subject = seg.originalText(s.position..<b.count).trimmingCharacters(in: " .:")
            if !subject.isEmpty { designation.subject = marker.isEmpty ? subject : "\(marker) \(subject)" }
        }
        return designation
    }
}
