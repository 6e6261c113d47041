/// The reference form of `DocumentIdentity.openingSentence`, as it stood before issue #12's seventh
/// pass: every paragraph folded whole to ask for its clause verb, and the clause boundaries a `Set`
/// filtered for each verb found. `SeventhPassShortcutTests` holds the fast form to it.
extension DocumentIdentity {
    static func openingSentenceByWholeParagraphs(_ text: FoldedText, lines: Range<Int>) -> (issuer: String, issued: DocumentID?)? {
        var chars: [Character] = []
        var boundaries: Set<Int> = [0]
        // Where each paragraph that opens with a clause verb (`Thực hiện`, `Căn cứ`, `Qua`, …) starts
        // and ends in `chars`.
        var openedParagraphs: [Range<Int>] = []
        var paragraphStart = 0
        var framed = false
        var afterOpened = false
        func closeParagraph() {
            if paragraphStart < chars.count {
                var r = ByteReader(Array(String(chars[paragraphStart...]).folded.utf8))
                r.skipSpaces()
                // `Thực hiện Hướng dẫn số 96-HD/BTGTW …` / `Ban Tuyên giáo Tỉnh ủy đề nghị …`: the main
                // clause may stand in the paragraph after the one that opens with the clause verb.
                let opened = Self.openers.contains { r.phraseEnd($0, at: r.position) != nil }
                if opened || afterOpened { openedParagraphs.append(paragraphStart..<chars.count) }
                afterOpened = opened
            }
            paragraphStart = chars.count
        }
        for k in lines.prefix(60) {
            let line = FoldedText.tidy(text.originalLine(k))
            if line.isEmpty { closeParagraph(); boundaries.insert(chars.count); continue }
            // A title or heading in capitals stands apart (`## KẾ HOẠCH` under what is left of a header).
            if line.contains(where: \.isLetter), !line.contains(where: \.isLowercase) {
                closeParagraph()
                boundaries.insert(chars.count)
                continue
            }
            // Characters compared one by one: `".;:".contains(c)` walked a String per character
            // (callgrind: 1,000 instructions a test, a quarter of this function on the evaluation set).
            if let last = chars.last, last == "." || last == ";" || last == ":" { closeParagraph(); boundaries.insert(chars.count) }
            if !chars.isEmpty { chars.append(" ") }
            if boundaries.contains(chars.count - 1) { boundaries.insert(chars.count); paragraphStart = chars.count }
            chars.append(contentsOf: line)
            if line.hasSuffix(":") { framed = true; break }
        }
        closeParagraph()
        for i in chars.indices.dropFirst() {
            let c = chars[i - 1]
            if c == "," || c == "." || c == ";" || c == ":" || (c.isNumber && chars[i].isUppercase) { boundaries.insert(i) }
        }
        // One folded byte per character (checked), so byte offsets are character offsets.
        let fl = Array(String(chars).folded.utf8)
        guard fl.count == chars.count else { return nil }
        let reader = ByteReader(fl)
        var found: (start: Int, name: String, issued: DocumentID?)?
        for verb in Self.openingVerbs {
            var searchFrom = 0
            // `… yêu cầu:` as well as `… yêu cầu :` and `… yêu cầu các cấp …`: the verb ends at a
            // space or the colon that ends the opening.
            let stem = String(verb.dropLast())
            while let verbStart = reader.firstIndex(of: stem, from: searchFrom) {
                searchFrom = verbStart + stem.utf8.count
                guard searchFrom < fl.count, fl[searchFrom] == 0x20 || fl[searchFrom] == UInt8(ascii: ":") else { continue }
                let verbAt = verbStart + 1
                guard chars[verbAt].isLowercase, let clause = boundaries.filter({ $0 <= verbStart }).max() else { continue }
                // The opening that ends `… như sau:` speaks for the text; otherwise only a paragraph
                // that opens with a clause verb does (a news page's sentences are reports, not this text's).
                guard framed || openedParagraphs.contains(where: { $0.contains(verbStart) }) else { continue }
                var name = String(chars[clause..<verbStart]).trimmingCharacters(in: " ")
                // `Do đó Ban Thường vụ Quận ủy yêu cầu:` (real: Gò Vấp 2000): a connective opens the
                // sentence, not the body's name.
                if let connective = Self.connectives.first(where: { name.folded.hasPrefix($0 + " ") }) {
                    name = String(name.dropFirst(connective.count + 1)).trimmingCharacters(in: " ,")
                }
                // `Ban Thường vụ Đảng ủy đã xây dựng …`, `BTV Tỉnh ủy đã kịp thời ban hành`, `UBND tỉnh
                // vừa ban hành`: the words of tense and manner are not the body's.
                var tense = ""
                var words = name.split(separator: " ")
                if let cut = words.indices.first(where: { k in
                    Self.tenseWords.contains(words[k].lowercased()) || (k + 1 < words.count && words[k].lowercased() == "tiếp" && words[k + 1].lowercased() == "tục")
                }) {
                    tense = String(words[cut])
                    words = Array(words[..<cut])
                    name = words.joined(separator: " ")
                }
                name = Self.withoutTerm(name)
                words = name.split(separator: " ")
                // `Sở có Tờ trình số 63/TTr-SNV đề nghị`, `Đài PTTH tỉnh việc đề nghị`: a verb or a
                // noun's word before the verb makes it no body's deed.
                // Outside an opening framed by `như sau:`, a deed told (`đã`, `vừa`) is a report.
                guard framed || tense.isEmpty else { continue }
                guard let first = name.first, first.isUppercase, words.count <= 9, !words.contains(where: { Self.notBodyWords.contains($0.lowercased()) }),
                      !name.contains(where: \.isNumber), IssuingBody(name).isNamedBody else { continue }
                if found.map({ clause < $0.start }) ?? true {
                    // `Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU`: a
                    // deed told, dated or in the past, is another document's, not this text's.
                    let told = !tense.isEmpty || !(framed && Self.endsInFrame(chars, from: verbStart)) && boundaries.filter({ $0 < clause }).contains { b in
                        clause - b < 40 && String(chars[b..<clause]).trimmingCharacters(in: " ").folded.hasPrefix("ngay ")
                    }
                    found = (clause, name, verb == " ban hanh " && !told ? issuedNumber(chars, fl, after: verbStart + verb.utf8.count) : nil)
                }
            }
        }
        return found.map { ($0.name, $0.issued) }
    }
}
