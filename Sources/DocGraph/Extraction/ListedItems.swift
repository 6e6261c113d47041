/// A count a document states for a list that follows it (`… tập trung vào 03 nhóm nhiệm vụ sau:`,
/// `Các văn bản đã ban hành gồm 04 văn bản sau:`, `Năm 2022 (gồm 05 nhiệm vụ):`), and the items the
/// list then holds: numbered items (`1.`), lettered ones (`a)`), bullets (`-`, `+`) or the rows of a table (tab or
/// Markdown), whichever kind opens the list, up to a heading or the next section.
enum ListedItems {
    /// What a count counts: words after the number, folded.
    /// (`gồm 04 hoạt động sau:`, red team round 7; `03 nhóm biện pháp`, `05 công việc` their relatives.)
    private static let countedNouns = ["nhom nhiem vu", "nhiem vu", "van ban", "noi dung", "nhom giai phap", "giai phap",
                                       "chuong trinh", "de an", "chi tieu", "nhom van de", "van de",
                                       "nhom hoat dong", "hoat dong", "nhom bien phap", "bien phap", "cong viec"]

    /// The stated number of a line that announces a list: it ends with `:`, and names a number of
    /// one of `countedNouns` after `gồm`, before `sau`/`chủ yếu sau`, or alone in brackets (`(04 nhiệm vụ)`).
    /// Nil for any other line.
    static func stated(_ f: Substring) -> Int? {
        // `II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI (06 nhiệm vụ)`, `II. NHIỆM VỤ (gồm 06 nhiệm vụ)`: a heading whose
        // count closes it in brackets announces the list under it without a colon (red-team round 4, repro 01).
        let bracketed = f.last == ")"
        guard f.last == ":" || bracketed else { return nil }
        // The count is a word of one or two digits: a line of ASCII without one states none
        // (splitting and joining the words of every line ending in a colon or a bracket was
        // 30,000 instructions a line, 448 lines of 100 `other-hands` documents).
        guard mayHoldShortNumber(f.utf8.dropLast()) else { return nil }
        // A count is a word of one or two digits whose next word opens a counted noun; a line of ASCII
        // without one states none (callgrind, 100 `other-hands` documents: 17 M instructions splitting
        // and joining the words of lines that end in a bracket after a date, `(ngày 15/3/2024)`).
        guard mayHoldCount(f.utf8.dropLast()) else { return nil }
        return statedByWords(f, bracketed: bracketed)
    }

    /// The count that closes a heading, in brackets (`Tháng 01/2026 (11 nhiệm vụ)`, `Quý II/2026 (06 nội dung)`) or
    /// after its colon (`Tháng 3/2026: 05 nội dung`, red team, round 21), and where the heading's own words end (at the
    /// bracket or the colon); nil for any other line. The count is one or two digits and names one of `countedNouns`.
    static func closingCount(_ f: Substring) -> (headEnd: Substring.Index, count: Int)? {
        // Most lines are not headings: reject on the last byte before any Character work.
        guard let last = f.utf8.last else { return nil }
        let opener: Character
        if last == UInt8(ascii: ")") { opener = "(" }
        else if ByteReader.isLetter(last), f.utf8.count < 200, f.utf8.contains(UInt8(ascii: ":")) { opener = ":" }
        else { return nil }
        guard let open = f.lastIndex(of: opener) else { return nil }
        var inside = f[f.index(after: open)...]
        if opener == "(" { inside = inside.dropLast() }
        let words = inside.split(separator: " ")
        guard words.count > 1, let first = words.first, first.count <= 2, let n = Int(first),
              countedNouns.contains(words.dropFirst().joined(separator: " ")) else { return nil }
        return (open, n)
    }

    /// The first words of `countedNouns`.
    private static let nounOpeners: [[UInt8]] = Array(Set(countedNouns.map { Array($0.prefix { $0 != " " }.utf8) })).sorted { $0.lexicographicallyPrecedes($1) }

    /// Whether the bytes hold a word of one or two digits followed by a word that opens one of
    /// `countedNouns`, split as `statedByWords` splits (space, brackets, comma), or any byte above
    /// ASCII (then the words must be read). Every count `statedByWords` finds is such a pair: the noun
    /// is a prefix of the words after the number joined by single spaces, and every noun has a space
    /// after its first word.
    static func mayHoldCount(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        var words: [Range<Substring.UTF8View.Index>] = []
        var start: Substring.UTF8View.Index?
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b >= 0x80 { return true }
            if b == 0x20 || b == 0x28 || b == 0x29 || b == 0x2C {
                if let s = start { words.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
            i = bytes.index(after: i)
        }
        if let s = start { words.append(s..<bytes.endIndex) }
        guard words.count > 1 else { return false }
        for k in 0..<(words.count - 1) {
            let w = bytes[words[k]]
            guard w.count <= 2, w.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let next = bytes[words[k + 1]]
            if nounOpeners.contains(where: { $0.elementsEqual(next) }) { return true }
        }
        return false
    }

    /// Whether the bytes hold a word of one or two digits between the separators `statedByWords`
    /// splits at (space, brackets, comma), or any byte above ASCII (then the words must be read).
    static func mayHoldShortNumber(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        var run = 0
        var runStartsWord = true, previousSeparates = true
        for b in bytes {
            if b >= 0x80 { return true }
            if b >= 0x30 && b <= 0x39 {
                if run == 0 { runStartsWord = previousSeparates }
                run += 1
                previousSeparates = false
                continue
            }
            let separates = b == 0x20 || b == 0x28 || b == 0x29 || b == 0x2C
            if run > 0, run <= 2, runStartsWord, separates { return true }
            run = 0
            previousSeparates = separates
        }
        return run > 0 && run <= 2 && runStartsWord
    }

    /// `stated` word by word, for a line that may hold a count.
    static func statedByWords(_ f: Substring, bracketed: Bool) -> Int? {
        let words = f.dropLast().split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," }
        for (k, w) in words.enumerated() where w.count <= 2 && w.allSatisfy(\.isNumber) {
            guard let n = Int(w), n > 1 else { continue }
            let after = words[(k + 1)...].joined(separator: " ")
            guard let noun = countedNouns.first(where: { after.hasPrefix($0) }) else { continue }
            if bracketed {
                // Only the count that closes the line: `(06 nhiệm vụ)`, `(gồm 06 nhiệm vụ)`.
                guard after == noun, f.hasSuffix("(\(w) \(noun))") || f.hasSuffix("(gom \(w) \(noun))") else { continue }
                return n
            }
            // `Quý I/2023 (04 nhiệm vụ):`: the count in brackets after a heading announces the list too;
            // `Có 05 nhóm giải pháp chủ yếu:` (a sentence that says what there is) does as well.
            let announced = (k > 0 && (words[k - 1] == "gom" || words[k - 1] == "co" && k == 1)) || after.hasSuffix(" sau") || after.contains(" sau ")
                || f.contains("(\(w) \(noun))")
            if announced || Self.workNouns.contains(noun) && closesOnNoun(after.dropFirst(noun.count), line: f) { return n }
        }
        return nil
    }

    /// `Năm 2023, thị xã tập trung 03 nội dung trọng tâm:`, `… 04 nhiệm vụ chủ yếu, cụ thể:` (red team, round 34, c1): the
    /// counted noun, at most two words qualifying it, and the colon end the line, so the list after it is what was counted.
    /// A breakdown (`12 nhiệm vụ, trong đó:`) or more words after the noun (`05 nhiệm vụ đã hoàn thành như kế hoạch năm:`)
    /// announce no list of that count.
    /// The counted nouns of work still to do, which a lead-in closing on its noun announces; targets (`18 chỉ tiêu chủ yếu:`)
    /// and documents (`15 văn bản:`) so written are a report's tally, broken down after it (reviewer, session 28).
    private static let workNouns: Set = ["nhom nhiem vu", "nhiem vu", "noi dung", "nhom giai phap", "giai phap", "nhom bien phap", "bien phap",
                                         "cong viec", "nhom hoat dong", "hoat dong"]

    private static func closesOnNoun(_ rest: Substring, line f: Substring) -> Bool {
        var words = rest.split(separator: " ")
        if words.suffix(2).elementsEqual(["cu", "the"]) { words.removeLast(2) }
        return words.count <= 2 && words.allSatisfy { !$0.contains(where: \.isNumber) } && !f.contains("trong do")
            && !words.contains("da") && !words.contains("duoc")
    }

    private enum Kind: Equatable { case numbered, lettered, bullet(Character), row }

    /// A line without the Markdown emphasis around it (`**Quý II/2026 (02 nhiệm vụ):**`).
    private static func withoutEmphasis(_ s: Substring) -> Substring {
        var t = s
        while let c = t.first, c == "*" || c == "_" { t = t.dropFirst() }
        while let c = t.last, c == "*" || c == "_" || c == " " { t = t.dropLast() }
        return t
    }

    /// The items of the list that opens after line `k`, within `lines`; nil when a list of prose
    /// items runs to the end of the text (an excerpt cut inside it says nothing of its length).
    static func count(_ text: FoldedText, after k: Int, within lines: Range<Int>) -> Int? {
        var kind: Kind?
        var items = 0
        var j = k + 1
        while j < lines.upperBound {
            let raw = text.foldedLine(j)
            let g = raw.drop { $0 == " " || $0 == "|" }
            defer { j += 1 }
            if g.isEmpty || g.allSatisfy({ $0.isNumber }) || g.first == "\u{0C}" { continue }  // a blank, a page's number, a page break
            if g.hasPrefix("noi nhan") || g.hasPrefix("#") { return items }
            let original = text.originalLine(j)
            let letters = original.filter(\.isLetter)
            // `II. HẠN CHẾ`, `TỔ CHỨC THỰC HIỆN`: a heading in capitals ends the list.
            if letters.count > 3, !letters.contains(where: \.isLowercase) { return items }
            // A table's row, as `TaskTableParser` reads one (tabs, or a Markdown row).
            let range = text.foldedRange(ofLine: j)
            let cells = TaskTableParser.isRow(text.bytes, range)
            let first = g.prefix { $0 != " " && $0 != "\t" && $0 != "|" }
            let found: Kind?
            if cells, TaskTableParser.header(text, j) != nil || g.allSatisfy({ "-:| \t".contains($0) }) {
                continue  // a table's header, repeated after a page break, or a Markdown rule
            } else if cells, first.allSatisfy(\.isNumber) || first.hasSuffix(".") && first.dropLast().allSatisfy(\.isNumber) {
                found = .row
            } else if first.hasSuffix("."), first.dropLast().allSatisfy(\.isNumber), !first.dropLast().isEmpty {
                found = .numbered
            } else if first.count == 2, let c = first.first, c.isLetter, c.isASCII, first.last == ")" || first.last == "." {
                // `a)`, `b.`: lettered items (red team, round 8: `05 nhóm giải pháp sau:` then `a)` to `d)`).
                found = .lettered
            } else if let c = g.first, c == "-" || c == "+" || c == "*" || c == "•" {
                found = .bullet(c)
            } else {
                found = nil
            }
            // `**Quý II/2026 (02 nhiệm vụ):**` after the bullets of `**Quý I/2026 (02 nhiệm vụ):**` (red team, round 16,
            // repro r10): a line that announces its own list ends this one.
            if found == nil, kind != nil, stated(withoutEmphasis(g)) != nil || closingCount(withoutEmphasis(g)) != nil {
                return items
            }
            if kind == nil {
                guard let found else { return 0 }
                kind = found
            }
            guard found == kind else { continue }  // a sub-item, or a paragraph of the item
            // `1.` again: another list starts.
            if found == .numbered, items > 0, first == "1." { return items }
            if found == .lettered, items > 0, first.hasPrefix("a") { return items }
            items += 1
        }
        // A table's last row ends the text as well as anything (an appendix); prose cut there may go on.
        return kind == .row ? items : nil
    }
}
