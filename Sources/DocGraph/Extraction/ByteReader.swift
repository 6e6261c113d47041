#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cursor over folded bytes (see `FoldedText`) with the few matchers the grammar needs.
///
/// Patterns are folded ASCII with single spaces between words; a space in a pattern matches
/// any run of spaces and line breaks, and words must end at a word boundary.
struct ByteReader {
    let bytes: [UInt8]
    var position: Int
    /// Matching never reads at or past this index.
    var end: Int

    init(_ bytes: [UInt8], from position: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    /// Spaces and line breaks; a tab separates table cells and is not a space here.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A }

    var atEnd: Bool { position >= end }
    var current: UInt8? { position < end ? bytes[position] : nil }

    mutating func skipSpaces() {
        while position < end, Self.isSpace(bytes[position]) { position += 1 }
    }

    /// Skips spaces, never a line break.
    mutating func skipLineSpaces() {
        while position < end, bytes[position] == 0x20 { position += 1 }
    }

    /// Skips a list's bullet before a clause (`- `, `* `, `+ `) and the spaces after it; whether there was one.
    @discardableResult
    mutating func skipBullet() -> Bool {
        guard let c = current, c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+") else { return false }
        position += 1
        skipSpaces()
        return true
    }

    func peek(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard position + n <= end else { return false }
        let p = s.utf8Start
        for k in 0..<n where bytes[position + k] != p[k] { return false }
        return true
    }

    /// Matches `s` exactly (no word boundary), advancing on success.
    mutating func match(_ s: StaticString) -> Bool {
        guard peek(s) else { return false }
        position += s.utf8CodeUnitCount
        return true
    }

    /// Matches a phrase with flexible spaces and a word boundary at its end.
    ///
    /// Inlined as `phraseEnd` is, so that a literal phrase's first byte is compared at the call site:
    /// called, it cost about 100 instructions a call, most failing on that byte (callgrind, 100
    /// plan-heavy documents: 220,000 calls, 24 M instructions).
    @inline(__always)
    mutating func matchWord(_ phrase: String) -> Bool {
        if let end = phraseEnd(phrase, at: position) { position = end; return true }
        return false
    }

    /// Where `phrase` ends if it starts at `start`; a word in the phrase must end at a word boundary.
    ///
    /// Inlined where it is called: most phrases are literals, short enough to be held in the string
    /// itself, and most calls fail on the first byte; inlined, that test is a comparison with a
    /// constant, without the call, the string's bytes copied out and back (callgrind, 100 plan-heavy
    /// documents: 63 M instructions, about 100 a call, for 620,000 calls).
    @inline(__always)
    func phraseEnd(_ phrase: String, at start: Int) -> Int? {
        // Every phrase is a native string: its bytes are read in place. Iterating `String.UTF8View`
        // cost a call per byte and per `first`/`last` (callgrind, 100 plan-heavy documents: 99 M
        // instructions, 10 % of extraction, for 570,000 calls).
        if let found = phrase.utf8.withContiguousStorageIfAvailable({ p -> Int? in
            // Most calls fail on the first byte; test it before walking the phrase.
            if p.count > 0, p[0] != 0x20, start >= end || bytes[start] != p[0] { return nil }
            return phraseEnd(walking: p, at: start)
        }) { return found }
        return Array(phrase.utf8).withUnsafeBufferPointer { phraseEnd(walking: $0, at: start) }
    }

    private func phraseEnd(walking phrase: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let n = phrase.count
        if n > 0, phrase[0] != 0x20, start >= end || bytes[start] != phrase[0] { return nil }
        return bytes.withUnsafeBufferPointer { Self.walk(phrase, in: $0, at: start, end: end) }
    }

    /// Where `phrase` ends if it starts at `start` of `bytes` (read before `end`): a space in the phrase matches a run of
    /// spaces and line breaks (or none after a comma), and the phrase's last word ends at a word boundary. Shared by
    /// `phraseEnd` and `PhraseIndex`, which ask their own first bytes before it.
    @inline(__always)
    static func walk(_ phrase: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        let n = phrase.count
        var i = start
        for k in 0..<n {
            let c = phrase[k]
            if c == 0x20 {
                if i < end, isSpace(bytes[i]) {
                    while i < end, isSpace(bytes[i]) { i += 1 }
                } else if i > start, bytes[i - 1] == UInt8(ascii: ",") {
                    // `sửa đổi,bổ sung` written without a space after the comma.
                } else {
                    return nil
                }
                continue
            }
            guard i < end, bytes[i] == c else { return nil }
            i += 1
        }
        if i < end, n > 0, isAlnum(phrase[n - 1]), isAlnum(bytes[i]) { return nil }
        return i
    }

    /// Whether `phrase` (folded) occurs anywhere between the position and the end.
    func contains(_ phrase: String) -> Bool { firstIndex(of: phrase) != nil }

    /// Where `phrase` (folded) first occurs at or after `from` (the position when nil), before the end.
    ///
    /// The phrase's first byte is looked for with `memchr` and its bytes are read in place: asking
    /// every byte in Swift cost about 6 instructions a byte (callgrind, 100 plan-heavy documents: 32 M
    /// instructions, half of them `AliasPhrases` looking for its three phrases in every segment).
    func firstIndex(of phrase: String, from: Int? = nil) -> Int? {
        let start = from ?? position
        if let found = phrase.utf8.withContiguousStorageIfAvailable({ firstIndex(of: $0, from: start) }) { return found }
        return Array(phrase.utf8).withUnsafeBufferPointer { firstIndex(of: $0, from: start) }
    }

    private func firstIndex(of phrase: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = phrase.first, start < end else { return nil }
        let boundary = Self.isAlnum(first)
        // The second byte, when it is no space, must follow the first: asked before the walk (issue #12, nineteenth
        // pass: most hits of a common first letter fail there; callgrind, 100 sample documents: 87,600 walks of 57
        // instructions for 8,200 searches). A space's byte is 0x20, which no text byte after a hit is asked for.
        let second: UInt8 = phrase.count > 1 && first != 0x20 ? phrase[1] : 0x20
        return bytes.withUnsafeBufferPointer { all -> Int? in
            guard let base = all.baseAddress else { return nil }
            let stop = min(end, all.count)
            var i = max(start, 0)
            while i < stop {
                guard let hit = memchr(base + i, Int32(first), stop - i) else { return nil }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if second != 0x20, i + 1 >= stop || all[i + 1] != second { i += 1; continue }
                if i == 0 || !boundary || !Self.isAlnum(all[i - 1]), phraseEnd(walking: phrase, at: i) != nil { return i }
                i += 1
            }
            return nil
        }
    }

    /// Whether `byte` is in `b[range]`, found with `memchr`: a task table's rows are told by their tabs,
    /// and every line of every file is asked (`TaskTableParser.isRow`; `ArraySlice.contains` asked
    /// each byte, 5 instructions a byte).
    static func contains(_ byte: UInt8, in b: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return b.withUnsafeBufferPointer { p in
            precondition(range.lowerBound >= 0 && range.upperBound <= p.count)
            return memchr(p.baseAddress! + range.lowerBound, Int32(byte), range.count) != nil
        }
    }

    /// The first `byte` in `b[range]`, found with `memchr`: the scans that look for one byte before
    /// a phrase (`Locality.find`'s `t`, `mayHoldInlineLabel`'s `thoi`) pass over the bytes between.
    static func firstIndex(of byte: UInt8, in b: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return b.withUnsafeBufferPointer { p -> Int? in
            precondition(range.lowerBound >= 0 && range.upperBound <= p.count)
            guard let base = p.baseAddress, let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// `firstIndex(of:from:)` asking every byte, as it did before `memchr`; kept for the tests that hold
    /// the shortcut to it.
    func firstIndexAskingEveryByte(of phrase: String, from: Int? = nil) -> Int? {
        guard let first = phrase.utf8.first else { return nil }
        var i = from ?? position
        while i < end {
            if bytes[i] == first, i == 0 || !Self.isAlnum(bytes[i - 1]) || !Self.isAlnum(first), phraseEnd(phrase, at: i) != nil { return i }
            i += 1
        }
        return nil
    }

    /// Reads up to `digits` decimal digits (no sign), requiring a non-digit after them.
    mutating func readNumber(digits: ClosedRange<Int> = 1...9) -> Int? {
        var i = position
        var value = 0
        while i < end, Self.isDigit(bytes[i]), i - position < digits.upperBound {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        let count = i - position
        guard digits.contains(count), i >= end || !Self.isDigit(bytes[i]) else { return nil }
        position = i
        return value
    }

    /// Reads `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` or `dd tháng mm năm yyyy`.
    /// `word` (folded) with a digit right after it, as a lost space leaves it: advances past the word.
    mutating func matchGluedToNumber(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard position + n < end, peek(word), Self.isDigit(bytes[position + n]), position == 0 || !Self.isAlnum(bytes[position - 1]) else { return false }
        position += n
        return true
    }

    mutating func readDate() -> SimpleDate? {
        let start = position
        guard let d = readNumber(digits: 1...2) else { return readScannedDate() }
        let afterDay = position
        // `05 - 11 - 2025`, `05 / 11 / 2025`, `05- 11 -2025` (red team, round 21: the date lost, two documents of one
        // number were ambiguous): spaces on a line around the one separator.
        skipLineSpaces()
        if let sep = current, sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: ".") {
            position += 1
            skipLineSpaces()
            if let m = readNumber(digits: 1...2) {
                skipLineSpaces()
                if current == sep {
                    position += 1
                    skipLineSpaces()
                    if let y = readNumber(digits: 4...4), let date = SimpleDate(year: y, month: m, day: d) { return date }
                }
            }
        } else {
            position = afterDay
            skipSpaces()
            // `ngày 30 tháng11 năm 2011`: a text layer that lost the space before the month (real: Tiền Giang
            // 11/2011/NQ-HĐND).
            if matchWord("thang") || matchGluedToNumber("thang") {
                skipSpaces()
                if let m = readNumber(digits: 1...2) {
                    skipSpaces()
                    if matchWord("nam") {
                        skipSpaces()
                        if let y = readNumber(digits: 4...4), let date = SimpleDate(year: y, month: m, day: d) { return date }
                    }
                }
            }
        }
        position = start
        return readScannedDate()
    }

    /// `l5/9/2025`, `1O/9/2025` (red team, round 8: an OCR text whose `l` stood for `1` hid the date and the
    /// issuer after it): a date whose day or month OCR spelled with `l`, `i` or `o` for a digit, a real digit
    /// beside it, and a year of four, OCR's letters in it too (`3O/12/2O25`, red team, round 22); nil for anything
    /// else (`lo/…` is no date).
    private mutating func readScannedDate() -> SimpleDate? {
        let start = position
        func part(_ width: Int = 2) -> Int? {
            var value = 0, count = 0, real = false
            while let c = current, count < width {
                let digit: Int
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(c - UInt8(ascii: "0")); real = true
                case UInt8(ascii: "l"), UInt8(ascii: "i"): digit = 1
                case UInt8(ascii: "o"): digit = 0
                default: digit = -1
                }
                guard digit >= 0 else { break }
                value = value * 10 + digit
                count += 1
                position += 1
            }
            return count > 0 && (width == 2 || count == width) && real && !(current.map(ByteReader.isAlnum) ?? false) ? value : nil
        }
        // `l5/9/2025`, `l5-9-2025`, `l5.9.2025` (one separator throughout), `l5 tháng 9 năm 2025` (reviewer, session 13).
        if let d = part() {
            let afterDay = position
            for sep: StaticString in ["/", "-", "."] {
                position = afterDay
                // `12/9/2O22`, `3O/12/2O25` (red team, round 22): the year's digits too.
                if match(sep), let m = part(), match(sep), let y = part(4), let date = SimpleDate(year: y, month: m, day: d) { return date }
            }
            position = afterDay
            skipSpaces()
            if matchWord("thang") {
                skipSpaces()
                if let m = part() {
                    skipSpaces()
                    if matchWord("nam") {
                        skipSpaces()
                        if let y = readNumber(digits: 4...4), let date = SimpleDate(year: y, month: m, day: d) { return date }
                    }
                }
            }
        }
        position = start
        return nil
    }

    /// Reads `mm/yyyy` (or `mm năm yyyy`); `mm-yyyy`, `mm.yyyy` and `mm / yyyy` too (red team, round 21: `Tháng 9-2026`
    /// fell due at the year's end).
    mutating func readMonthYear() -> (Int, Int)? {
        let start = position
        if let m = readNumber(digits: 1...2), (1...12).contains(m) {
            let afterMonth = position
            skipLineSpaces()
            if match("/") || match("-") || match(".") {
                skipLineSpaces()
                if let y = readNumber(digits: 4...4) { return (m, y) }
            }
            position = afterMonth
            skipSpaces()
            if matchWord("nam") { skipSpaces(); if let y = readNumber(digits: 4...4) { return (m, y) } }
        }
        position = start
        return nil
    }

    /// Reads a Roman numeral (folded, so lower case) followed by a word boundary.
    mutating func readRoman() -> Int? {
        var i = position
        var value = 0
        var previous = 0
        while i < end {
            let v: Int
            switch bytes[i] {
            case UInt8(ascii: "i"): v = 1
            case UInt8(ascii: "v"): v = 5
            case UInt8(ascii: "x"): v = 10
            case UInt8(ascii: "l"): v = 50
            default: v = 0
            }
            if v == 0 { break }
            value += v
            if previous > 0, previous < v { value -= 2 * previous }
            previous = v
            i += 1
        }
        guard i > position, value > 0, value < 100, i >= end || !Self.isAlnum(bytes[i]) else { return nil }
        position = i
        return value
    }
}

extension Int {
    /// The Roman numeral for 1…99, as terms (khóa) are written.
    var roman: String {
        let table: [(Int, String)] = [(90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = self
        var out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }
}
