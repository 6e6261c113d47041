import Foundation

/// Tasks written as one sentence of prose with their deadline in it: `Giao Ban Tuyên giáo Huyện ủy
/// chủ trì xây dựng kế hoạch thực hiện Kết luận số 18-KL/TU, hoàn thành trước ngày 30/6/2022.`,
/// `UBND huyện ban hành Kế hoạch triển khai …, xong trước ngày 15/5/2023`, `… báo cáo kết quả về
/// Ban Thường vụ, chậm nhất ngày 30/11/2024`.
///
/// Plans and directives assign most of their work this way; the labelled forms (`Thời gian thực
/// hiện: …`) and task tables are read by `ProseTasks` and `TaskTableParser`. Only the sentence is
/// the task: a citation elsewhere on its line keeps its own modality.
enum SentenceTasks {
    /// Words that open a deadline inside a sentence, folded, longest first.
    private static let markers = [
        "hoan thanh truoc ngay", "hoan thanh truoc", "hoan thanh trong", "hoan thanh xong truoc", "hoan thanh vao",
        "xong truoc ngay", "xong truoc", "cham nhat la ngay", "cham nhat ngay", "cham nhat truoc ngay", "cham nhat vao", "cham nhat",
        "truoc ngay",
    ]

    /// Verbs that make a sentence an assignment of work rather than a statement of fact.
    private static let taskVerbs = [
        "xay dung", "ban hanh", "tham muu", "to chuc", "bao cao", "trien khai", "sua doi", "ra soat", "so ket",
        "tong ket", "hoan thien", "trinh", "de xuat", "cu the hoa", "thay the", "bai bo", "huong dan",
    ]

    /// The tasks of lines `lines`, except those already read as tasks (`taken`) and table lines.
    static func find(_ text: FoldedText, lines: Range<Int>, skipping taken: IndexSet) -> [ProseTask] {
        var tasks: [ProseTask] = []
        let b = text.bytes
        var continued = -1
        for k in lines where !taken.contains(k) && k > continued {
            // `2. Sở Nội vụ trình UBND tỉnh ban hành Quyết định thay thế Quyết định số 45/2016/QĐ-UBND …` /
            // `về phân cấp quản lý cán bộ; hoàn thành trước ngày 30/9/2026.`: a sentence a hard wrap broke goes
            // on over lines that open in lower case.
            var last = k
            while last + 1 < lines.upperBound, !taken.contains(last + 1), continuesSentence(text, after: last) { last += 1 }
            continued = last
            let line = text.trimmedRange(ofLine: k).lowerBound..<text.trimmedRange(ofLine: last).upperBound
            // `truoc`, `trong`, `vao` or `nhat` must be on the line: most lines are passed over here.
            guard line.count > 20, Self.mayHoldDeadline(b, line) || endsWithPeriod(b, line) else { continue }
            var sentenceStart = line.lowerBound
            var p = line.lowerBound
            while p <= line.upperBound {
                // `…, UBND tỉnh; hoàn thành trước ngày 30/9/2026.`: a deadline after the semicolon is the sentence's.
                let ends = p == line.upperBound || b[p] == UInt8(ascii: ";") && !deadlineFollows(b, from: p + 1, end: line.upperBound)
                    || (b[p] == UInt8(ascii: ".") && (p + 1 == line.upperBound || b[p + 1] == 0x20))
                if ends {
                    if let task = task(text, lines: k..<(last + 1), sentence: sentenceStart..<p) { tasks.append(task) }
                    sentenceStart = p + 1
                }
                p += 1
            }
        }
        return tasks
    }

    /// Whether what follows a semicolon, up to the sentence's end, is a deadline alone: a marker
    /// (`hoàn thành trước ngày …`), or a period (`Quý II/2026`, `tháng 6/2026`) with nothing else.
    private static func deadlineFollows(_ b: [UInt8], from start: Int, end: Int) -> Bool {
        var r = ByteReader(b, from: start, end: end)
        r.skipSpaces()
        if markers.contains(where: { r.phraseEnd($0, at: r.position) != nil }) { return true }
        return periodAlone(b, r.position..<(b[r.position..<end].firstIndex(of: UInt8(ascii: ";")) ?? end))
    }

    /// Whether `range` (trimmed of a final full stop) holds a period and nothing else: `Quý II/2026`,
    /// `tháng 6/2026`, `năm 2026`, `6 tháng đầu năm 2026`, `30/6/2026`.
    private static func periodAlone(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        let e = endBeforeStop(b, range)
        guard e > range.lowerBound, e - range.lowerBound <= 32 else { return false }
        let words = b[range.lowerBound..<e].split(separator: 0x20)
        // A period's word first (`Quý`, `tháng`, `năm`, `trước ngày`, `6 tháng đầu năm`): dates alone in
        // brackets are events (`(09/7/1912 - 09/7/2012)`, real: the Prime Minister's 719/QĐ-TTg).
        guard let first = words.first.map({ String(decoding: $0, as: UTF8.self) }),
              ["quy", "thang", "nam", "truoc", "trong", "nua"].contains(first)
                || words.count > 1 && first.utf8.allSatisfy(ByteReader.isDigit) && words[words.index(after: words.startIndex)].elementsEqual("thang".utf8)
        else { return false }
        let allowed: Set<String> = ["quy", "thang", "nam", "dau", "cuoi", "nua", "sau", "chin", "ba", "trong", "truoc", "ngay", "-"]
        return words.allSatisfy { w in
            let word = String(decoding: w, as: UTF8.self)
            return allowed.contains(word) || w.allSatisfy { ByteReader.isDigit($0) || $0 == UInt8(ascii: "/") }
                || w.allSatisfy { "ivx".utf8.contains($0) } || (w.contains(UInt8(ascii: "/")) && w.allSatisfy { ByteReader.isDigit($0) || "ivx/".utf8.contains($0) })
        } && Deadline.parse(String(decoding: b[range.lowerBound..<e], as: UTF8.self))?.date != nil
    }

    /// Whether line `k` stops inside a sentence that the next line carries on: it ends with no stop
    /// (`.`, `;`, `:`), and the next line opens with a lower-case letter.
    private static func continuesSentence(_ text: FoldedText, after k: Int) -> Bool {
        let line = text.trimmedRange(ofLine: k), next = text.trimmedRange(ofLine: k + 1)
        guard let end = line.last, let first = next.first, ByteReader.isLetter(text.bytes[first]) else { return false }
        let c = text.bytes[end]
        guard c != UInt8(ascii: "."), c != UInt8(ascii: ";"), c != UInt8(ascii: ":") else { return false }
        // `b) Tổng kết …`, `đ. …`: a list's next mark opens an item of its own (reviewer, session 10).
        let b = text.bytes
        var e = first
        while e < next.upperBound, ByteReader.isLetter(b[e]), e - first < 2 { e += 1 }
        if e < next.upperBound, e - first == 1 || e - first == 2 && b[first] == UInt8(ascii: "d"), b[e] == UInt8(ascii: ")") || b[e] == UInt8(ascii: ".") { return false }
        // `… Kế hoạch số 08-KH/ĐU ngày 28/02/2024 của` / `Đảng ủy xã, hoàn thành trước …`: a line that stops on a
        // word no sentence ends with goes on, whatever the next line's case (red-team round 5, repro 06).
        var w = end + 1
        while w > line.lowerBound, ByteReader.isLetter(b[w - 1]) { w -= 1 }
        if w == line.lowerBound || !ByteReader.isAlnum(b[w - 1]), Self.neverLast.contains(where: { ByteReader(b, from: w, end: end + 1).phraseEnd($0, at: w) == end + 1 }) { return true }
        return text.originalText(first..<(first + 1)).first?.isLowercase == true
    }

    /// Words a sentence never ends with (folded): a preposition or a conjunction waits for its object.
    private static let neverLast = ["cua", "va", "ve", "voi", "cho", "tai", "theo", "cac", "nhung", "so", "ngay", "thuoc", "tren", "trong"]

    /// The end of `range` without its trailing spaces and full stops.
    private static func endBeforeStop(_ b: [UInt8], _ range: Range<Int>) -> Int {
        var e = range.upperBound
        while e > range.lowerBound, b[e - 1] == 0x20 || b[e - 1] == UInt8(ascii: ".") { e -= 1 }
        return e
    }

    /// Whether a line ends with a bracket or a year (`… (Quý II/2026).`, `…; Quý II/2026.`): a deadline
    /// without its marker may close it.
    private static func endsWithPeriod(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        let e = endBeforeStop(b, line)
        guard e - line.lowerBound >= 4 else { return false }
        return b[e - 1] == UInt8(ascii: ")") || b[(e - 4)..<e].allSatisfy(ByteReader.isDigit)
    }

    /// Where a bracket that closes the sentence and holds a period alone opens (`(Quý II/2026)`), or nil.
    private static func trailingBracketedPeriod(_ b: [UInt8], _ sentence: Range<Int>) -> Int? {
        let e = endBeforeStop(b, sentence)
        guard e > sentence.lowerBound, b[e - 1] == UInt8(ascii: ")"),
              let open = b[sentence.lowerBound..<(e - 1)].lastIndex(of: UInt8(ascii: "(")),
              periodAlone(b, (open + 1)..<(e - 1)) else { return nil }
        return open + 1
    }

    /// Whether the line holds `hoàn thành`, `trước ngày`, `xong trước` or `chậm nhất` at a word
    /// start. One pass over its bytes, each word start asked only for the phrase its first byte
    /// opens: four scans of every line, one a phrase, were 3 % of the sample shape's extraction
    /// (callgrind). `mayHoldDeadlineByScans` is the form it is held to.
    ///
    /// Each phrase's second and third bytes are compared before it is walked: `h`, `t` and `c` open most
    /// Vietnamese words (`thực hiện`, `các`, `hội`), and walking the phrase at each of them was 21
    /// instructions a byte of the sample shape (callgrind: 31 M of its 548 M). Every phrase is longer than
    /// three bytes, so a start without room for them matches none.
    ///
    /// Each byte's expected second byte is read from a table (`deadlineSecond`, 0 for a byte that opens no
    /// phrase), one load and one comparison where the `switch` on the first byte cost 12 instructions a byte
    /// (callgrind, 100 documents of the sample shape: 18.3 M of 525 M). `mayHoldDeadlineBySwitch` is the
    /// fourteenth pass's form, held to it (`SixteenthPassShortcutTests`).
    static func mayHoldDeadline(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        let reader = ByteReader(b, from: line.lowerBound, end: line.upperBound)
        return b.withUnsafeBufferPointer { p in
            deadlineSecond.withUnsafeBufferPointer { second in
                let end = line.upperBound
                var i = line.lowerBound
                // Every phrase is longer than three bytes: a start without room for three matches none.
                while i + 2 < end {
                    let c = p[i]
                    let s = second[Int(c)]
                    if s != 0, p[i + 1] == s {
                        let phrase: String
                        let third: UInt8
                        switch c {
                        case UInt8(ascii: "h"): phrase = "hoan thanh"; third = UInt8(ascii: "a")
                        case UInt8(ascii: "t"): phrase = "truoc ngay"; third = UInt8(ascii: "u")
                        case UInt8(ascii: "x"): phrase = "xong truoc"; third = UInt8(ascii: "n")
                        default: phrase = "cham nhat"; third = UInt8(ascii: "a")
                        }
                        if p[i + 2] == third, i == 0 || !ByteReader.isAlnum(p[i - 1]), reader.phraseEnd(phrase, at: i) != nil { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The second byte of the phrase each first byte opens (`h` `o`, `t` `r`, `x` `o`, `c` `h`), 0 for the others.
    static let deadlineSecond: [UInt8] = (0..<256).map { c in
        switch UInt8(c) {
        case UInt8(ascii: "h"): UInt8(ascii: "o")
        case UInt8(ascii: "t"): UInt8(ascii: "r")
        case UInt8(ascii: "x"): UInt8(ascii: "o")
        case UInt8(ascii: "c"): UInt8(ascii: "h")
        default: 0
        }
    }

    /// `mayHoldDeadline` asking its first byte by a `switch`, as the fourteenth pass left it.
    static func mayHoldDeadlineBySwitch(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        let reader = ByteReader(b, from: line.lowerBound, end: line.upperBound)
        return b.withUnsafeBufferPointer { p in
            let end = line.upperBound
            var i = line.lowerBound
            while i < end {
                let c = p[i]
                let phrase: String
                let second: UInt8, third: UInt8
                switch c {
                case UInt8(ascii: "h"): phrase = "hoan thanh"; second = UInt8(ascii: "o"); third = UInt8(ascii: "a")
                case UInt8(ascii: "t"): phrase = "truoc ngay"; second = UInt8(ascii: "r"); third = UInt8(ascii: "u")
                case UInt8(ascii: "x"): phrase = "xong truoc"; second = UInt8(ascii: "o"); third = UInt8(ascii: "n")
                case UInt8(ascii: "c"): phrase = "cham nhat"; second = UInt8(ascii: "h"); third = UInt8(ascii: "a")
                default: i += 1; continue
                }
                if i + 2 < end, p[i + 1] == second, p[i + 2] == third, i == 0 || !ByteReader.isAlnum(p[i - 1]),
                   reader.phraseEnd(phrase, at: i) != nil { return true }
                i += 1
            }
            return false
        }
    }

    /// `mayHoldDeadline` as four scans of the line, as it was.
    static func mayHoldDeadlineByScans(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        let reader = ByteReader(b, from: line.lowerBound, end: line.upperBound)
        return reader.contains("hoan thanh") || reader.contains("truoc ngay") || reader.contains("xong truoc") || reader.contains("cham nhat")
    }

    /// Words that hand work to the body named after them (`Giao`, `Ban Cán sự đảng … lãnh đạo`).
    private static let assigning = ["giao", "de nghi", "yeu cau", "lanh dao", "chi dao", "dong chi"]

    /// Kinds of unit a plural body names in a list (`các xã, phường, thị trấn`), folded.
    private static let unitKinds = ["xa", "phuong", "thi tran", "dac khu", "huyen", "quan", "thi xa", "thanh pho", "tinh", "so", "ban", "nganh",
                                    "doan the", "don vi", "co quan", "dia phuong",
                                    // The Youth Union's committees by tier (`Các huyện đoàn, thành đoàn và đoàn trực thuộc`).
                                    "huyen doan", "thanh doan", "quan doan", "thi doan", "tinh doan",
                                    // The Party's committees by tier (`Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc`,
                                    // red team, round 10).
                                    "huyen uy", "thanh uy", "quan uy", "thi uy", "tinh uy", "dang uy",
                                    // One organ shared by the tiers of a list (`Các huyện, thị, thành đoàn`, red team, round 12).
                                    "thi", "thanh"]

    /// Whether the comma at `comma` stands between two kinds of unit (`xã, thị trấn`).
    private static func joinsUnitKinds(_ b: [UInt8], comma: Int, end: Int) -> Bool {
        var k = comma
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        let before = unitKinds.contains { kind in
            let n = kind.utf8.count
            return k >= n && ByteReader(b, from: k - n, end: k).phraseEnd(kind, at: k - n) == k && (k == n || !ByteReader.isAlnum(b[k - n - 1]))
        }
        guard before else { return false }
        var r = ByteReader(b, from: comma + 1, end: end)
        r.skipSpaces()
        return unitKinds.contains { r.phraseEnd($0, at: r.position) != nil }
    }

    /// The body that does what the verb at `verb` says, named right before it (`… lãnh đạo *UBND
    /// tỉnh* ban hành Kế hoạch …`, `*Văn phòng Huyện ủy* tham mưu xây dựng …`); nil when the words
    /// there are not a capitalised name.
    private static func agent(_ text: FoldedText, sentence: Range<Int>, before verb: Int) -> String? {
        let b = text.bytes
        let reader = ByteReader(b, from: sentence.lowerBound, end: verb)
        var start = sentence.lowerBound
        var i = sentence.lowerBound
        while i < verb {
            if i == sentence.lowerBound || !ByteReader.isAlnum(b[i - 1]), let e = assigning.lazy.compactMap({ reader.phraseEnd($0, at: i) }).first {
                start = e
                i = e
                continue
            }
            // `Đảng ủy các xã, thị trấn`, `UBND các huyện, thị xã, thành phố`: a comma inside a list of kinds of unit is
            // within the name; any other ends what came before it.
            if b[i] == UInt8(ascii: ":") || (b[i] == UInt8(ascii: ",") && !joinsUnitKinds(b, comma: i, end: verb)) { start = i + 1 }
            i += 1
        }
        // `2. Ủy ban MTTQ và các đoàn thể … xây dựng kế hoạch …`: the item's number is no part of the name.
        var r = ByteReader(b, from: start, end: verb)
        r.skipSpaces()
        var mark = r
        while let c = mark.current, ByteReader.isDigit(c) { mark.position += 1 }
        if mark.position > r.position, mark.match(".") || mark.match(")") { start = mark.position }
        let name = text.originalText(start..<verb).trimmingCharacters(in: " ,:-+*")
        guard let first = name.first, first.isUppercase, name.split(separator: " ").count <= 16 else { return nil }
        return name
    }

    /// The task a sentence assigns, when it names work and a deadline after it.
    private static func task(_ text: FoldedText, lines: Range<Int>, sentence: Range<Int>) -> ProseTask? {
        let b = text.bytes
        let reader = ByteReader(b, from: sentence.lowerBound, end: sentence.upperBound)
        var marker: Int?
        var i = sentence.lowerBound
        while i < sentence.upperBound, marker == nil {
            if (i == sentence.lowerBound || !ByteReader.isAlnum(b[i - 1])), markers.contains(where: { reader.phraseEnd($0, at: i) != nil }) {
                marker = i
            }
            i += 1
        }
        // `… ban hành Kế hoạch …, UBND tỉnh (Quý II/2026).`: a period alone in brackets at the sentence's end;
        // `… của UBND tỉnh; Quý II/2026.`: after its semicolon.
        if marker == nil, let open = trailingBracketedPeriod(b, sentence) { marker = open }
        if marker == nil, let semicolon = b[sentence].lastIndex(of: UInt8(ascii: ";")),
           periodAlone(b, (semicolon + 1)..<sentence.upperBound) { marker = semicolon + 1 }
        guard let marker else { return nil }
        let before = ByteReader(b, from: sentence.lowerBound, end: marker)
        // Work to do, not done: `Nghị quyết … đã được ban hành trước ngày …` states a fact.
        // A verb in lower case, or opening the sentence: `Ban Tổ chức Thành ủy` names a body, it organises nothing.
        var opening = sentence.lowerBound
        while opening < marker, !ByteReader.isLetter(b[opening]) { opening += 1 }
        guard taskVerbs.contains(where: { verb in
            var from = sentence.lowerBound
            while let v = before.firstIndex(of: verb, from: from) {
                from = v + 1
                guard v == sentence.lowerBound || !ByteReader.isAlnum(b[v - 1]) else { continue }
                let written = text.originalText(v..<(v + 1))
                guard written.first?.isLowercase == true || v == opening else { continue }
                let previous = ByteReader(b, from: max(sentence.lowerBound, v - 10), end: v)
                if !(previous.contains("da ") || previous.contains("duoc ") || previous.contains("vua ")) { return true }
            }
            return false
        }) else { return nil }
        guard let deadline = Deadline.parse(text.originalText(marker..<sentence.upperBound)), deadline.date != nil else { return nil }
        var lead: String?
        if let chuTri = before.firstIndex(of: "chu tri") {
            // `Giao Ban Tuyên giáo Huyện ủy chủ trì …`, `- Văn phòng Huyện ủy chủ trì, phối hợp …`.
            var start = sentence.lowerBound
            var r = ByteReader(b, from: start, end: chuTri)
            r.skipSpaces()
            while r.match("-") || r.match("+") || r.match("*") { r.skipSpaces() }
            if r.matchWord("giao") || r.matchWord("de nghi") || r.matchWord("yeu cau") { r.skipSpaces() }
            start = r.position
            let name = text.originalText(start..<chuTri).trimmingCharacters(in: " ,:")
            if !name.isEmpty, name.count < 120, name.first?.isUppercase == true { lead = name }
        }
        let written = text.originalText(sentence).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: " -+*")
        let verb = AnnouncedDocuments.announcingStart(b, in: sentence.lowerBound..<marker)
        let announcing = verb.map { text.originalText($0..<marker).trimmingCharacters(in: " ,;-") }
        if lead == nil, let verb { lead = agent(text, sentence: sentence, before: verb) }
        return ProseTask(lines: lines, context: TaskContext(deadline: deadline, leadUnit: lead), number: nil, section: nil,
                         text: written, span: sentence, announcing: announcing)
    }
}
