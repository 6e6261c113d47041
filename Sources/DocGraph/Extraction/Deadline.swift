/// When a planned task is due, as the document states it.
///
/// `Tháng 4/2026` → 2026-04-30, `Quý III/2026` → 2026-09-30, `Năm 2027` → 2027-12-31,
/// `Giai đoạn 2026 - 2030` → 2030-12-31, `trước ngày 15/5/2023` → 2023-05-15;
/// `Thường xuyên`, `Hằng năm` are recurring; `Quý I/2026 và thực hiện thường xuyên` is both.
public struct Deadline: Hashable, Sendable, Codable {
    /// The last day the task may be done, when the text names one.
    public var date: SimpleDate?
    /// The task repeats (`thường xuyên`, `hằng năm`) and so is never overdue as a whole.
    public var recurring: Bool
    /// The deadline as written.
    public var text: String

    public init(date: SimpleDate?, recurring: Bool, text: String) {
        self.date = date
        self.recurring = recurring
        self.text = text
    }

    /// True when the date has passed and the task does not recur.
    public func isOverdue(asOf day: SimpleDate) -> Bool {
        guard let date, !recurring else { return false }
        return date < day
    }

    /// Reads a deadline cell or a `Thời gian thực hiện:` line; nil when it names no time.
    ///
    /// Remembered by the text's exact bytes: a deadline is a function of them, and plans repeat the same few
    /// (`Thường xuyên`, `Quý IV/2026`) in row after row; reading one folds it, looks for a citation and reads its
    /// dates (callgrind, 100 plan-heavy documents: 3,300 readings at about 9,000 instructions, 30 M).
    public static func parse(_ text: String) -> Deadline? {
        readings.value(of: text) { parse($0, askingEveryByte: false) }
    }

    private static let readings = NameReadings<Deadline?>(capacity: 4_096)

    /// `parse`; with `askingEveryByte`, every byte is asked every reader, as before the first-byte gate (the
    /// tests hold the gate to it).
    static func parse(_ text: String, askingEveryByte: Bool) -> Deadline? {
        var folded = FoldedText(text).bytes
        // A date inside a citation is that document's date, never the deadline:
        // `Tháng 12/2023. Đánh giá kết quả thực hiện Nghị quyết số 36-NQ/TW, ngày 14/05/2021`.
        if let cut = citationStart(folded) { folded.removeSubrange(cut...) }
        var reader = ByteReader(folded)
        let recurring = reader.contains("thuong xuyen") || reader.contains("hang nam")
            || reader.contains("dinh ky") || reader.contains("hang thang") || reader.contains("hang quy")
        let date = latestDate(in: &reader, askingEveryByte: askingEveryByte)
        guard date != nil || recurring else { return nil }
        return Deadline(date: date, recurring: recurring, text: FoldedText.tidy(text).trimmingTrailingDot)
    }

    /// Where the first citation begins: a type word followed by `số` or a number.
    private static func citationStart(_ b: [UInt8]) -> Int? {
        var i = 0
        let r = ByteReader(b)
        while i < b.count {
            if ByteReader.isLetter(b[i]), i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                for w in TypeCodes.words {
                    guard let e = r.phraseEnd(w.folded, at: i) else { continue }
                    var after = ByteReader(b, from: e)
                    after.skipSpaces()
                    if after.matchWord("so") || after.current.map(ByteReader.isDigit) == true { return i }
                    break
                }
            }
            i += 1
        }
        return nil
    }

    /// `6 tháng đầu năm`, `sáu tháng đầu năm`, `nửa đầu năm` at the reader: the number of months, the
    /// reader after `năm`; nil (the reader moved) otherwise.
    private static func monthsFromJanuary(_ reader: inout ByteReader) -> Int? {
        var months: Int?
        if reader.matchWord("nua dau nam") { return 6 }
        if let n = reader.readNumber(digits: 1...2) { months = n }
        else if let w = [("ba", 3), ("sau", 6), ("chin", 9)].first(where: { reader.matchWord($0.0) }) { months = w.1 }
        guard let m = months, (1...11).contains(m) else { return nil }
        reader.skipSpaces()
        guard reader.matchWord("thang dau nam") else { return nil }
        return m
    }

    /// A quarter in Roman or Arabic numerals (`II`, `2`), or the last of a list of them (`I, II`, `III và IV`, `III-IV`);
    /// nil (the reader moved) when none is there.
    private static func readQuarters(_ reader: inout ByteReader) -> Int? {
        func quarter() -> Int? {
            let q = reader.readRoman() ?? reader.readNumber(digits: 1...1)
            return q.flatMap { (1...4).contains($0) ? $0 : nil }
        }
        guard var last = quarter() else { return nil }
        while true {
            let before = reader.position
            reader.skipSpaces()
            if reader.match(",") || reader.match("-") || reader.matchWord("va") {
                reader.skipSpaces()
                if let next = quarter(), next > last { last = next; continue }
            }
            reader.position = before
            return last
        }
    }

    /// The first bytes of the words `latestDate` reads: `ngày`, `tháng`, `quý`, `nửa`, `ba`, `sáu`, `chín`.
    private static let opensReading: [Bool] = (0..<256).map { "ntqbsc".utf8.contains(UInt8($0)) }

    /// The end of the latest period the text names.
    private static func latestDate(in reader: inout ByteReader, askingEveryByte: Bool) -> SimpleDate? {
        var best: SimpleDate?
        func offer(_ d: SimpleDate?) { if let d, best == nil || d > best! { best = d } }
        let b = reader.bytes
        var i = 0
        while i < b.count {
            // Every reading below opens with `n`, `t`, `q`, `b`, `s`, `c` or a digit; other bytes are passed over
            // without asking the readers (callgrind, 100 plan-heavy documents: 15,000 deadlines, about half of
            // `Deadline.parse`'s 30 M instructions spent asking them at every byte).
            let c = b[i]
            guard askingEveryByte || ByteReader.isDigit(c) || Self.opensReading[Int(c)] else { i += 1; continue }
            reader.position = i
            if reader.matchWord("ngay") {
                reader.skipSpaces()
                if let d = reader.readDate() { offer(d); i = reader.position; continue }
            }
            reader.position = i
            if reader.matchWord("thang") {
                reader.skipSpaces()
                if let (m, y) = reader.readMonthYear() { offer(SimpleDate.endOfMonth(m, y)); i = reader.position; continue }
            }
            reader.position = i
            if reader.matchWord("quy") {
                reader.skipSpaces()
                // `Quý II/2026`, `Quý II năm 2026`, `Quý II - 2026`; `Quý 3/2026` (red team, round 19); the last of a list,
                // `Quý I, II/2026`, `Quý III và IV năm 2026`, `Quý III-IV/2026`.
                if let q = Self.readQuarters(&reader) {
                    reader.skipSpaces()
                    if reader.match("/") || reader.match("-") || reader.matchWord("nam") {
                        reader.skipSpaces()
                        if let y = reader.readNumber(digits: 4...4) { offer(SimpleDate.endOfMonth(q * 3, y)); i = reader.position; continue }
                    }
                }
            }
            // `6 tháng đầu năm 2026`, `sáu tháng đầu năm 2026`, `9 tháng đầu năm 2026`, `nửa đầu năm 2026`: the
            // months from January (the bare year after them is no deadline of its own).
            reader.position = i
            if i == 0 || !ByteReader.isAlnum(b[i - 1]), let months = Self.monthsFromJanuary(&reader) {
                reader.skipSpaces()
                if let y = reader.readNumber(digits: 4...4), (1945...2200).contains(y) {
                    offer(SimpleDate.endOfMonth(months, y)); i = reader.position; continue
                }
            }
            reader.position = i
            if ByteReader.isDigit(b[i]), i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                // A bare year, a year range `2026 - 2030`, dd/mm/yyyy, or mm/yyyy (`9/2026`, red team, round 19).
                if let d = reader.readDate() { offer(d); i = reader.position; continue }
                reader.position = i
                if let m = reader.readNumber(digits: 1...2), (1...12).contains(m), reader.match("/"), let y = reader.readNumber(digits: 4...4),
                   (1945...2200).contains(y), !reader.peek("/") {
                    offer(SimpleDate.endOfMonth(m, y)); i = reader.position; continue
                }
                reader.position = i
                if let y = reader.readNumber(digits: 4...4), (1945...2200).contains(y), !reader.peek("/") {
                    offer(SimpleDate(year: y, month: 12, day: 31)); i = reader.position; continue
                }
            }
            i += 1
        }
        return best
    }
}

