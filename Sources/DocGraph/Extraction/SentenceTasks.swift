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
        for k in lines where !taken.contains(k) {
            let line = text.trimmedRange(ofLine: k)
            // `truoc`, `trong`, `vao` or `nhat` must be on the line: most lines are passed over here.
            guard line.count > 20, let reader = Optional(ByteReader(b, from: line.lowerBound, end: line.upperBound)),
                  reader.contains("hoan thanh") || reader.contains("truoc ngay") || reader.contains("xong truoc") || reader.contains("cham nhat")
            else { continue }
            var sentenceStart = line.lowerBound
            var p = line.lowerBound
            while p <= line.upperBound {
                let ends = p == line.upperBound || b[p] == UInt8(ascii: ";")
                    || (b[p] == UInt8(ascii: ".") && (p + 1 == line.upperBound || b[p + 1] == 0x20))
                if ends {
                    if let task = task(text, line: k, sentence: sentenceStart..<p) { tasks.append(task) }
                    sentenceStart = p + 1
                }
                p += 1
            }
        }
        return tasks
    }

    /// Words that hand work to the body named after them (`Giao`, `Ban Cán sự đảng … lãnh đạo`).
    private static let assigning = ["giao", "de nghi", "yeu cau", "lanh dao", "chi dao", "dong chi"]

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
            if b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: ":") { start = i + 1 }
            i += 1
        }
        let name = text.originalText(start..<verb).trimmingCharacters(in: " ,:-+*")
        guard let first = name.first, first.isUppercase, name.split(separator: " ").count <= 12 else { return nil }
        return name
    }

    /// The task a sentence assigns, when it names work and a deadline after it.
    private static func task(_ text: FoldedText, line k: Int, sentence: Range<Int>) -> ProseTask? {
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
        let written = text.originalText(sentence).trimmingCharacters(in: " -+*")
        let verb = AnnouncedDocuments.announcingStart(b, in: sentence.lowerBound..<marker)
        let announcing = verb.map { text.originalText($0..<marker).trimmingCharacters(in: " ,;-") }
        if lead == nil, let verb { lead = agent(text, sentence: sentence, before: verb) }
        return ProseTask(lines: k..<(k + 1), context: TaskContext(deadline: deadline, leadUnit: lead), number: nil, section: nil,
                         text: written, span: sentence, announcing: announcing)
    }
}
