/// A document's date and issuer told before it, as news and portal posts tell of an issue: `Ngày
/// 25/7/2022, Thành ủy Cần Thơ có công văn số 552-CV/TU …`, `Ngày 08/03/2024, UBND tỉnh Đắk Lắk ban
/// hành Công văn số 1927/UBND-KGVX …`, `…, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số
/// 42/KH-UBND`. The date and the body belong to the document the verb issues, when nothing but the
/// verb stands between them and its kind.
enum NarratedIssue {
    /// Verbs of issuing a document in a narrative, folded, longest first.
    private static let verbs = ["da ban hanh", "ban hanh", "da co", "co", "gui", "da gui", "phat hanh"]

    /// The date and the body told before the mention that starts at `mention` (at its kind word or id).
    static func read(_ s: TextSegment, before mention: Int) -> (date: SimpleDate, issuer: String?)? {
        let b = s.bytes
        // The verb right before the kind word (`công văn số` when the mention starts at its number).
        var k = mention
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        if k >= 2, b[k - 2] == UInt8(ascii: "s"), b[k - 1] == UInt8(ascii: "o"), k == 2 || !ByteReader.isAlnum(b[k - 3]) {
            k -= 2
            while k > 0, b[k - 1] == 0x20 { k -= 1 }
            let before = ByteReader(b, from: max(0, k - 40), end: k)
            if let word = TypeCodes.words.first(where: { w in
                let n = w.folded.utf8.count
                return k >= n && before.phraseEnd(w.folded, at: k - n) == k && (k == n || !ByteReader.isAlnum(b[k - n - 1]))
            }) { k -= word.folded.utf8.count }
            while k > 0, b[k - 1] == 0x20 { k -= 1 }
        }
        let line = ByteReader(b, from: max(0, k - 200), end: k)
        guard let verbStart = verbs.lazy.compactMap({ v -> Int? in
            let n = v.utf8.count
            guard k >= n, line.phraseEnd(v, at: k - n) == k, k == n || !ByteReader.isAlnum(b[k - n - 1]) else { return nil }
            return k - n
        }).first else { return nil }
        // `…, <body>` before the verb, and `ngày <date>` before the comma, within one clause.
        var c = verbStart
        while c > 0, b[c - 1] != UInt8(ascii: ","), b[c - 1] != UInt8(ascii: "."), b[c - 1] != UInt8(ascii: ";"), b[c - 1] != 0x0A, verbStart - c < 80 { c -= 1 }
        guard c > 0, b[c - 1] == UInt8(ascii: ","), verbStart - c >= 3 else { return withoutComma(s, clause: c, verb: verbStart) }
        let comma = c - 1
        var d = comma
        while d > 0, b[d - 1] != 0x0A, b[d - 1] != UInt8(ascii: "."), b[d - 1] != UInt8(ascii: ","), comma - d < 40 { d -= 1 }
        var r = ByteReader(b, from: d, end: comma)
        r.skipSpaces()
        guard r.matchWord("ngay") else { return nil }
        r.skipSpaces()
        guard let date = r.readDate() else { return nil }
        r.skipSpaces()
        guard r.atEnd else { return nil }
        return (date, named(s.originalText(c..<verbStart)))
    }

    /// `Ngày 19/11/2019 LĐLĐ Quận Hai Bà Trưng đã ban hành Công văn số 243/LĐLĐ` (real: a school portal
    /// relaying the district Labour Federation, 2019): the date opens the clause with no comma after it.
    /// Taken only when what stands between the date and the verb is a body's name, so that a date of
    /// something else (`Ngày 19/11 tại hội nghị …`) is not lent to the document.
    private static func withoutComma(_ s: TextSegment, clause: Int, verb: Int) -> (date: SimpleDate, issuer: String?)? {
        var r = ByteReader(s.bytes, from: clause, end: verb)
        r.skipSpaces()
        guard r.matchWord("ngay") else { return nil }
        r.skipSpaces()
        guard let date = r.readDate(), r.position < verb else { return nil }
        guard let body = named(s.originalText(r.position..<verb)) else { return nil }
        return (date, body)
    }

    /// The words before the verb as a body's name, or nil when they are a clause (`UBND quận tổ chức hội
    /// nghị và …`, reviewer, session 12): capitalised, no `và`, a few words, a body `IssuingBody` can name.
    private static func named(_ words: String) -> String? {
        let body = words.trimmingCharacters(in: .whitespaces)
        let words = body.folded.split(separator: " ")
        guard body.first?.isUppercase == true, !words.contains("va"), words.count <= 10,
              IssuingBody(body).isNamedBody else { return nil }
        return body
    }
}
