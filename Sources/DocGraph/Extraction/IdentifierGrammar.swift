import Foundation

/// One identifier found in folded text.
struct IdentifierMatch {
    /// Folded byte range of the identifier itself.
    var range: Range<Int>
    var id: DocumentID?
    /// Written `TƯ`: Trung ương (`TW`) as a rule, but an OCR'd or mistyped `TU` when the citation
    /// names a provincial committee (`Nghị quyết 13-NQ/TƯ của Tỉnh ủy`); the scanner decides.
    var writtenTU = false
}

/// Recognises Party-form and state-form identifiers in folded text.
///
/// The grammar is built from the forms, not from known documents:
/// `NUMBER-TYPE/ISSUER[-ISSUER]` and `NUMBER/[YEAR/]PART[-PART…]`. Real text bends the forms
/// in a few regular ways, and each bend is allowed wherever it can occur:
/// - spaces around a separator (`57- NQ/TW`, `58-KL /TW`, `91/2021/NĐ -CP`, `5120 /UBND-VX`),
///   and one line break (`43-⏎CTr/TW`): converters and typists leave them;
/// - case: codes are upper case (`NQ/TW`, `CTr`, `QĐi`, `TTg`), but `28-nq/tw` and `15-CTr/Tu`
///   occur; a code in lower case is accepted only when the type is a known type code, so prose
///   such as `2-ngày/tuần` never becomes an id;
/// - `TƯ` (Trung ương) for `TW`, which folding would otherwise turn into a provincial `TU`
///   (`IdentifierMatch.writtenTU` lets the reader of the citation's issuer decide).
enum IdentifierGrammar {
    /// - Parameter alone: the text is an id on its own (typed by a user, or stored), so a
    ///   letter's `NUMBER/OFFICE` (`197/STTTT`) needs no `Công văn số` before it.
    static func scan(_ text: FoldedText, alone: Bool = false) -> [IdentifierMatch] {
        scan(TextSegment(text, range: 0..<text.bytes.count), alone: alone)
    }

    static func scan(_ segment: TextSegment, alone: Bool = false) -> [IdentifierMatch] {
        scan(segment, alone: alone, askingEveryByte: false)
    }

    /// `scan` asking every byte whether a number starts there, as before issue #12's sixteenth pass (the form
    /// `SixteenthPassShortcutTests` holds `scan` to).
    static func scanAskingEveryByte(_ segment: TextSegment, alone: Bool = false) -> [IdentifierMatch] {
        scan(segment, alone: alone, askingEveryByte: true)
    }

    /// Every identifier starts with a digit: the bytes before the next digit are passed over in a loop of
    /// their own, where each byte was asked whether it follows `số` or `s` before whether it is a digit at
    /// all (callgrind, 100 documents of the sample shape: 13 M of `scan`'s 35 M, 9 instructions a byte).
    /// Inlined into both forms, so that `scan`'s loop carries no flag.
    @inline(__always)
    private static func scan(_ segment: TextSegment, alone: Bool, askingEveryByte: Bool) -> [IdentifierMatch] {
        var result: [IdentifierMatch] = []
        let b = segment.bytes
        let n = b.count
        var i = 0
        while i < n {
            if !askingEveryByte {
                while i < n, !ByteReader.isDigit(b[i]) { i += 1 }
                guard i < n else { break }
            }
            let c = b[i]
            // `số68/2010/QĐ-UBND`: a converter glued the number to `số`.
            // `s20/2008/NĐ-CP`: `số` cut to its first letter.
            let afterSo = i >= 2 && b[i - 2] == UInt8(ascii: "s") && b[i - 1] == UInt8(ascii: "o") && (i == 2 || !ByteReader.isAlnum(b[i - 3]))
                || i >= 1 && b[i - 1] == UInt8(ascii: "s") && (i == 1 || !ByteReader.isAlnum(b[i - 2]))
            // `Số O7-KH/ĐU`, `Số: l5/KH-UBND` (red team, round 22: a scan's OCR): a capital O, a small l or a capital I at a
            // word's start right before the digits is one of them.
            let ocrStart = ByteReader.isDigit(c) && i >= 1 && isOCRDigit(segment, at: i - 1)
                && (i == 1 || !ByteReader.isAlnum(b[i - 2]) && b[i - 2] != UInt8(ascii: "/") && b[i - 2] != UInt8(ascii: "-"))
            if ocrStart {
                i -= 1
            } else {
                guard ByteReader.isDigit(c), i == 0 || afterSo || !(ByteReader.isAlnum(b[i - 1]) || b[i - 1] == UInt8(ascii: "/") || b[i - 1] == UInt8(ascii: "-") || b[i - 1] == UInt8(ascii: ".")) else {
                    i += 1
                    continue
                }
            }
            var k = i
            if !ByteReader.isDigit(b[k]) { k += 1 }
            while k < n, ByteReader.isDigit(b[k]), k - i < 6 { k += 1 }
            guard k - i <= 5 else { i = k + 1; continue }
            // `66.12/2026/NQ-CP` (the Government's special resolutions of 2025–2026, red team, round 24): a number, a dot
            // and one or two digits right before the slash is one number. Three digits after a dot would be a thousands
            // group, which no document number has.
            if k + 2 < n, b[k] == UInt8(ascii: "."), ByteReader.isDigit(b[k + 1]) {
                var e = k + 1
                while e < n, ByteReader.isDigit(b[e]), e - k <= 3 { e += 1 }
                if e - k - 1 <= 2, e < n, b[e] == UInt8(ascii: "/") { k = e }
            }
            // `30c/NQ-CP`, `12a/QĐ-UBND`: one letter after the digits belongs to the number when
            // the separator follows it at once, or after a space or two when the letter is a small one (`Số: 06b /NQ-TLĐ`,
            // header census 4, 301: the space a typist leaves before the slash of a blank number filled in).
            // The separator is asked first, on the bytes: a unit after a number (`5km`, `10h`) makes no string.
            if k + 1 < n, ByteReader.isLetter(b[k]) {
                var j = k + 1
                while j < n, b[j] == 0x20, j - k <= 2 { j += 1 }
                if j < n, b[j] == UInt8(ascii: "/") || b[j] == UInt8(ascii: "-") {
                    let letter = segment.originalText(k..<(k + 1))
                    if letter.utf8.count == 1, j == k + 1 || letter.first?.isLowercase == true { k += 1 }
                }
            }
            // `28NQ/TW`, `28 NQ/TW`: a text layer that dropped the hyphen after the number.
            let typeStart = k < n && b[k] == 0x20 ? k + 1 : k
            if typeStart < n, ByteReader.isLetter(b[typeStart]),
               let m = joinedParty(segment, numberStart: i, numberEnd: k, typeStart: typeStart) {
                result.append(m)
                i = m.range.upperBound
                continue
            }
            let (sep, sepEnd) = separator(b, from: k)
            if sep == UInt8(ascii: "-"), let m = party(segment, numberStart: i, numberEnd: k, typeStart: sepEnd) {
                result.append(m)
                i = m.range.upperBound
                continue
            }
            if sep == UInt8(ascii: "/"), let m = state(segment, numberStart: i, numberEnd: k, afterSlash: sepEnd, alone: alone) {
                result.append(m)
                i = m.range.upperBound
                continue
            }
            i = max(k, i + 1)
        }
        return result
    }

    /// Whether the letter at folded `k` is one OCR reads for a digit: `O` (0), `l` or `I` (1), as written.
    private static func isOCRDigit(_ s: TextSegment, at k: Int) -> Bool {
        let c = s.bytes[k]
        guard c == UInt8(ascii: "o") || c == UInt8(ascii: "l") || c == UInt8(ascii: "i") else { return false }
        return ["O", "l", "I"].contains(s.originalText(k..<(k + 1)))
    }

    /// An id's number with OCR's letters for digits read as the digits (`O7` is `07`, `1O` is `10`, `l5` is `15`); a number
    /// with no digit, or a letter after its digits that is no look-alike (`30c`), is kept as written.
    static func ocrDigits(_ number: String) -> String {
        guard number.contains(where: { $0 == "O" || $0 == "l" || $0 == "I" }), number.contains(where: \.isNumber) else { return number }
        return String(number.map { $0 == "O" ? "0" : $0 == "l" || $0 == "I" ? "1" : $0 })
    }

    /// The separator (`-` or `/`) at `k` after optional gap, and where the next part starts
    /// after another optional gap; `(0, k)` if there is none.
    private static func separator(_ b: [UInt8], from k: Int) -> (UInt8, Int) {
        let s = skipGap(b, from: k)
        guard s < b.count, b[s] == UInt8(ascii: "-") || b[s] == UInt8(ascii: "/") else { return (0, k) }
        return (b[s], skipGap(b, from: s + 1))
    }

    /// Skips spaces and at most one line break (a blank line ends any id). Within a line, at most four
    /// spaces (a wider gap is a table's or a layout's column); across a break, the line's trailing
    /// padding and the next line's indentation too, as `pdftotext -layout` writes them (red team, round 9:
    /// `Quyết định số 25/2020/QĐ-` / `        UBND`).
    private static func skipGap(_ b: [UInt8], from k: Int) -> Int {
        var i = k
        while i < b.count, b[i] == 0x20, i - k < 80 { i += 1 }
        guard i < b.count, b[i] == 0x0A else { return min(i, k + 4) }
        i += 1
        let lineStart = i
        while i < b.count, b[i] == 0x20, i - lineStart < 80 { i += 1 }
        return i
    }

    /// Where a unit's code joined by a dot at `dot` ends (`.Q8`, `.VX`, `.TCCB`): capitals, two
    /// at least or one with digits (`Q8`, `Q10`), and no letter or digit after it; nil if there
    /// is none.
    private static func dottedUnitEnd(_ s: TextSegment, dot: Int) -> Int? {
        let b = s.bytes
        guard dot + 1 < b.count, b[dot] == UInt8(ascii: "."), ByteReader.isLetter(b[dot + 1]) else { return nil }
        let lettersEnd = letters(b, from: dot + 1, max: 8)
        var e = lettersEnd
        while e < b.count, ByteReader.isDigit(b[e]), e - lettersEnd < 3 { e += 1 }
        guard e >= b.count || !ByteReader.isAlnum(b[e]) else { return nil }
        // `24/SGDĐT-KHTC.TP Hồ Chí Minh`: a place abbreviated after the full stop, the next word a name.
        if e + 1 < b.count, b[e] == 0x20, s.startsUpperCase(at: e + 1) { return nil }
        let code = s.originalText((dot + 1)..<lettersEnd)
        guard code.allSatisfy(\.isUppercase), code.count >= 2 || e > lettersEnd && code.count == 1 else { return nil }
        return e
    }

    private static func letters(_ b: [UInt8], from k: Int, max: Int) -> Int {
        var e = k
        while e < b.count, ByteReader.isLetter(b[e]), e - k <= max { e += 1 }
        return e
    }

    /// `28NQ/TW`, `05NQ/ĐU`, `28 NQ/TW`: the Party form whose hyphen a PDF's text layer lost
    /// (or turned into a space). Taken only with a type code that exists, written in capitals,
    /// and an issuer code in capitals, so that prose and measures (`20km/h`, `5 m/s`) never
    /// become ids.
    private static func joinedParty(_ s: TextSegment, numberStart: Int, numberEnd: Int, typeStart: Int) -> IdentifierMatch? {
        let b = s.bytes
        let typeEnd = letters(b, from: typeStart, max: 5)
        guard typeEnd - typeStart >= 2, typeEnd < b.count, b[typeEnd] == UInt8(ascii: "/"),
              TypeCodes.isKnownCode(String(decoding: b[typeStart..<typeEnd], as: UTF8.self)),
              isUpperCode(s.originalText(typeStart..<typeEnd)),
              let m = party(s, numberStart: numberStart, numberEnd: numberEnd, typeStart: typeStart),
              let id = m.id, isUpperCode(id.issuerCode) else { return nil }
        return m
    }

    /// `28-NQ/TW`, `03-HD/BTCTW-UBKTTW`, `69-QĐi/TW`
    private static func party(_ s: TextSegment, numberStart: Int, numberEnd: Int, typeStart: Int) -> IdentifierMatch? {
        let b = s.bytes
        let typeEnd = letters(b, from: typeStart, max: 5)
        guard typeEnd > typeStart, typeEnd - typeStart <= 5 else { return nil }
        let (sep, issuerStart) = separator(b, from: typeEnd)
        guard sep == UInt8(ascii: "/") else { return nil }
        var issuerEnd = letters(b, from: issuerStart, max: 12)
        guard issuerEnd > issuerStart, issuerEnd - issuerStart <= 12 else { return nil }
        // `70-TB/TWngày 06 tháng 01 năm 2012`: a text layer that lost the space after the id.
        let glued = gluedWordStart(s, code: issuerStart, end: issuerEnd) ?? gluedPlaceStart(s, code: issuerStart, end: issuerEnd)
        if let glued { issuerEnd = glued }
        // A joint issuer: `BTCTW-UBKTTW`.
        var parts = [issuerStart..<issuerEnd]
        while issuerEnd + 2 < b.count, b[issuerEnd] == UInt8(ascii: "-"), ByteReader.isLetter(b[issuerEnd + 1]) {
            let e = letters(b, from: issuerEnd + 1, max: 12)
            guard e - (issuerEnd + 1) >= 2, e >= b.count || !ByteReader.isAlnum(b[e]),
                  isUpperCode(s.originalText((issuerEnd + 1)..<e)) else { break }
            parts.append((issuerEnd + 1)..<e)
            issuerEnd = e
        }
        guard glued != nil || issuerEnd >= b.count || !ByteReader.isAlnum(b[issuerEnd]) else { return nil }
        let written = PartyParts(number: ocrDigits(s.originalText(numberStart..<numberEnd)), type: s.originalText(typeStart..<typeEnd),
                                 issuers: parts.map { s.originalText($0) }, foldedType: String(decoding: b[typeStart..<typeEnd], as: UTF8.self),
                                 spaced: typeStart > numberEnd + 1 || issuerStart != typeEnd + 1)
        guard let reading = partyReading(written) else { return nil }
        return IdentifierMatch(range: numberStart..<issuerEnd, id: reading.id, writtenTU: reading.writtenTU)
    }

    /// What a Party id's reading depends on: its parts as written (the original text of each), the type code's
    /// folded bytes, and whether a space stands inside it.
    struct PartyParts {
        var number: String
        var type: String
        var issuers: [String]
        var foldedType: String
        var spaced: Bool

        /// Every part's bytes, each after its length: two parts' lists are the same key only when every
        /// part is the same bytes (`NameReadings` compares keys byte for byte).
        var key: String {
            // Written into one byte array: interpolating each length took 5,000 instructions a key.
            var k: [UInt8] = [spaced ? UInt8(ascii: "s") : UInt8(ascii: "-")]
            k.reserveCapacity(64)
            func append(_ part: String) {
                let n = part.utf8.count
                var d = 1
                while d <= n / 10 { d *= 10 }
                repeat { k.append(UInt8(ascii: "0") + UInt8(n / d % 10)); d /= 10 } while d > 0
                k.append(UInt8(ascii: ":"))
                k.append(contentsOf: part.utf8)
            }
            append(number)
            append(type)
            append(foldedType)
            for issuer in issuers { append(issuer) }
            // Lengths and separators are ASCII and the parts valid UTF-8: nothing is repaired.
            return String(decoding: k, as: UTF8.self)
        }
    }

    /// A Party id read from its parts, and whether its issuer was written `TƯ`.
    struct PartyReading: Sendable {
        var id: DocumentID
        var writtenTU: Bool
    }

    /// `readParty(parts)`, remembered by the parts' bytes (`NameReadings`): a document cites the same
    /// ids again and again, as the documents of one issuer do, and each reading normalised, folded and
    /// looked up its codes and asked the characters' case, about 16,000 instructions (issue #12, eighteenth
    /// pass: 24 M on 100 plan-heavy documents, 1,469 readings).
    static func partyReading(_ parts: PartyParts) -> PartyReading? {
        partyReadings.value(of: parts.key) { _ in readParty(parts) }
    }

    private static let partyReadings = NameReadings<PartyReading?>(capacity: 4_096)

    /// The id that `parts` write, nil when they are no id: lower case, or spaced, only with a type
    /// code that exists.
    static func readParty(_ parts: PartyParts) -> PartyReading? {
        let type = nfc(parts.type)
        var issuers = parts.issuers.map { nfc($0) }
        let knownType = TypeCodes.isKnownCode(parts.foldedType)
        let written = type.first?.isUppercase == true && issuers[0].first?.isUppercase == true
            && issuers[0].filter(\.isLowercase).count <= 1
        // Lower case, or spaced, only with a type code that exists.
        guard knownType || (written && !parts.spaced) else { return nil }
        // `03-ĐA/đu`, `03-kh/TU`, `03-NQ/tw` (red team, round 22: a typist's or a converter's case, the cycle missed): the
        // halves in two cases, each in one, when both codes exist.
        let oneCase: (String) -> Bool = { $0.allSatisfy(\.isLowercase) || $0.allSatisfy(\.isUppercase) }
        let twoCases = knownType && TypeCodes.isPartyIssuerCode(issuers[0]) && oneCase(type) && oneCase(issuers[0])
        guard written || twoCases || issuers[0].allSatisfy({ $0.isLowercase }) && type.allSatisfy({ $0.isLowercase }) else { return nil }
        let writtenTU = issuers[0] == "TƯ" || issuers[0] == "Tư" || issuers[0] == "tư"
        if writtenTU { issuers[0] = "TW" }
        let issuer = issuers.map { TypeCodes.canonicalIssuer($0) }.joined(separator: "-")
        return PartyReading(id: DocumentID(party: parts.number, typeCode: type, issuerCode: issuer), writtenTU: writtenTU)
    }

    /// `98/2014/NĐ-CP`, `80/2015/QH13`, `1234/QĐ-TTg`, `48/KH- UBND`
    private static func state(_ s: TextSegment, numberStart: Int, numberEnd: Int, afterSlash: Int, alone: Bool) -> IdentifierMatch? {
        let b = s.bytes
        var k = afterSlash
        var year: Int?
        var reader = ByteReader(b, from: k)
        if let y = reader.readNumber(digits: 4...4), (1945...2200).contains(y) {
            let (sep, next) = separator(b, from: reader.position)
            if sep == UInt8(ascii: "/") {
                year = y
                k = next
            }
        }
        // PART ( - PART )*, PART = LETTERS[DIGITS]
        var parts: [Range<Int>] = []
        var spaced = false
        var glued = false
        // `N/TYPE/ISSUER`: the slash is the Party's (`18/KH/TĐTN-CTĐTTN` is `18-KH/TĐTN-CTĐTTN`) or the
        // state's hyphen (`45/QĐ/UBND` is `45/QĐ-UBND`), as the issuer's code says.
        var slashedIssuer = false
        while true {
            let start = k
            // Up to 16 letters: a steering board's code spells its programme (`BCĐCTUVCTXDNTM`,
            // real: Ho Chi Minh City 7663/KH-UBND of 2016).
            while k < b.count, ByteReader.isLetter(b[k]), k - start < 16 { k += 1 }
            guard k > start else { break }
            // `61/2018/NĐ-CPngày 23 …`: a text layer that lost the space after the id.
            if !parts.isEmpty, let cut = gluedWordStart(s, code: start, end: k) ?? gluedPlaceStart(s, code: start, end: k) {
                parts.append(start..<cut)
                k = cut
                glued = true
                break
            }
            // `SNV-CCHC&PC`: an office code joining two units with `&`.
            while !parts.isEmpty, k + 1 < b.count, b[k] == UInt8(ascii: "&"), ByteReader.isLetter(b[k + 1]) {
                k += 1
                let e = k
                while k < b.count, ByteReader.isLetter(b[k]), k - e < 10 { k += 1 }
            }
            // `45/SGD ĐT`, `45/SGD&ĐT`, `12/SNN PTNT-KHTC`: a department's office code whose two fields lost their `&`
            // to a space (reviewer, session 12), joined only for the halves departments write so (`GD` `ĐT`, `NN` `PTNT`).
            if k + 1 < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: "&") {
                let e = letters(b, from: k + 1, max: 6)
                if e > k + 1, e >= b.count || !ByteReader.isAlnum(b[e]), joinsFieldHalves(s.originalText(start..<k), nfc(s.originalText((k + 1)..<e))) { k = e }
            }
            while k < b.count, ByteReader.isDigit(b[k]), k - start < 14 { k += 1 }
            // `931/TTr-PGD.Q8`, `45/BC-UBND.VX`: an office's unit after a dot, as districts and
            // departments number their papers; a sentence's full stop has a space after it.
            if !parts.isEmpty, let e = dottedUnitEnd(s, dot: k) { k = e }
            parts.append(start..<k)
            let (sep, next) = separator(b, from: k)
            // A joint circular: `183/2010/TTLT/BTC-BNN` is `183/2010/TTLT-BTC-BNN`. Without a year, a type
            // code that exists (or a joint one, `QCPH`, `CTPH`) then a slash: `45/QĐ/UBND` is `45/QĐ-UBND`,
            // `01/QCPH/UBND-UBMTTQ` is `01/QCPH-UBND-UBMTTQ` (real: Đắk Lắk's joint rules, 2017).
            if parts.count == 1, sep == UInt8(ascii: "/"), next == k + 1, next < b.count, ByteReader.isLetter(b[next]),
               year != nil || isUpperCode(s.originalText(start..<k)) && isJointOrKnownType(String(decoding: b[start..<k], as: UTF8.self)) {
                let e = letters(b, from: next, max: 10)
                if isUpperCode(s.originalText(next..<e)) { slashedIssuer = year == nil; k = next; continue }
            }
            // `01/1999/QĐ.UB`: the older form joined type and issuer with a dot; `2093/2005/QĐ .UBND` (real: Vĩnh Long
            // 18/2009/QĐ-UBND) with a space before it.
            let dot = sep == 0 && k + 2 < b.count && b[k] == 0x20 && b[k + 1] == UInt8(ascii: ".") ? k + 1 : k
            if sep == 0, dot + 1 < b.count, b[dot] == UInt8(ascii: "."), ByteReader.isLetter(b[dot + 1]),
               TypeCodes.isKnownCode(String(decoding: b[start..<k], as: UTF8.self)) {
                let e = letters(b, from: dot + 1, max: 10)
                if e - (dot + 1) >= 2, isUpperCode(s.originalText((dot + 1)..<e)), e >= b.count || !ByteReader.isAlnum(b[e]) { k = dot + 1; continue }
            }
            guard sep == UInt8(ascii: "-"), next < b.count, ByteReader.isLetter(b[next]) else { break }
            // `QĐ-UBND - Về việc`: a spaced joint continues the id only with an upper-case code.
            if next != k + 1 {
                let e = letters(b, from: next, max: 10)
                let code = s.originalText(next..<e)
                // `QĐ- TTg`, `KH- UBND`: a code has two capitals at least; `- Về việc` is prose.
                guard isUpperCode(code) || (code.first?.isUppercase == true && code.filter(\.isUppercase).count >= 2) else { break }
                spaced = true
            }
            k = next
        }
        guard !parts.isEmpty, glued || k >= b.count || !ByteReader.isAlnum(b[k]) else { return nil }
        var written = parts.map { withoutSpaces(nfc(s.originalText($0))) }
        if !written.allSatisfy({ $0.first?.isUppercase == true }) {
            // `15/2019/qđ-ubnd`, `18/kh-ubnd`, `15/2019/QĐ-ubnd` (red team, round 17: typed in lower case, or by a
            // converter's case folding): only a type code that exists, then a state issuer's code, each part all in
            // one case, so that prose (`5 km/h-ngày`) never becomes an id.
            guard written.count == 2, written.allSatisfy({ $0.first?.isUppercase == true || $0 == $0.lowercased() }),
                  TypeCodes.isKnownCode(written[0].folded), TypeCodes.isStateIssuerCode(written[1]) else { return nil }
            written = [TypeCodes.canonical(written[0]), TypeCodes.stateIssuerSpelling(written[1])]
        }
        // `SỐ 16/2001/CT-TTG` in a title's capitals (header census, 021): the Prime Minister's code is written `TTg`.
        if let last = written.last, last == "TTG" { written[written.count - 1] = "TTg" }
        // `01/2016/TT-BGD ĐT`: a ministry's code with a space inside it (real: Phú Thọ 335/KH-UBND, 2023),
        // joined only when the halves together are a state issuer's code and the first half is none.
        if parts.count >= 2, let last = written.last, !TypeCodes.isStateIssuerCode(last), k + 1 < b.count, b[k] == 0x20 {
            let e = letters(b, from: k + 1, max: 8)
            let tail = nfc(s.originalText((k + 1)..<e))
            if e > k + 1, e >= b.count || !ByteReader.isAlnum(b[e]), isUpperCode(tail), TypeCodes.isStateIssuerCode(last + tail) {
                written[written.count - 1] = last + tail
                k = e
            }
        }
        // `819/NQ-UBTVQH 14`, `47/2019/QH 14`: the term's number after a space (real: Đức Thọ's Huyện ủy, 2020).
        if let last = written.last, last.folded.hasSuffix("qh"), k + 3 <= b.count, b[k] == 0x20,
           ByteReader.isDigit(b[k + 1]), ByteReader.isDigit(b[k + 2]), k + 3 == b.count || !ByteReader.isAlnum(b[k + 3]),
           let term = Int(String(decoding: b[(k + 1)..<(k + 3)], as: UTF8.self)), (9...16).contains(term) {
            written[written.count - 1] = last + String(term)
            k += 3
        }
        // `08/2021/TT-BNN-` / `PTNT`: a ministry's code hyphenated where the line broke, joined only when the halves
        // together are a state issuer's code and the first half is none (red team, round 9).
        if parts.count >= 3, let last = written.last, b[parts[parts.count - 2].upperBound..<parts[parts.count - 1].lowerBound].contains(0x0A),
           !TypeCodes.isStateIssuerCode(written[written.count - 2]), TypeCodes.isStateIssuerCode(written[written.count - 2] + last) {
            written[written.count - 2] += last
            written.removeLast()
        }
        // `1961/QĐUBND`, `61/2018/NĐCP`: a text layer that dropped the hyphen between the type
        // and the issuer; split where a type code meets a state issuer's code.
        if parts.count == 1, let (type, issuer) = TypeCodes.splitJoinedStateCode(written[0]) {
            written = [type, issuer]
        }
        // `1961/QĐ UBND`: the hyphen turned into a space; a type code, then a state issuer's code.
        if written.count == 1, TypeCodes.isKnownCode(written[0].folded), k + 2 < b.count, b[k] == 0x20 {
            let e = letters(b, from: k + 1, max: 10)
            let issuer = nfc(s.originalText((k + 1)..<e))
            if e > k + 1, e >= b.count || !ByteReader.isAlnum(b[e]), TypeCodes.isStateIssuerCode(issuer), issuer.first?.isUppercase == true {
                written = [TypeCodes.canonical(written[0]), issuer]
                k = e
            }
        }
        // `Công văn số 197/STTTT`: a letter numbered by its office's code alone.
        // `Nghị định số 50/CP`: the Government's older decrees carry its code alone.
        guard year != nil || written.count >= 2 || ["cp", "ttg", "hdbt"].contains(written[0].folded) && afterSo(b, numberStart)
                || isUpperCode(written[0]) && (alone || afterLetterWord(b, numberStart)) else { return nil }
        if afterSlash != numberEnd + 1 || spaced {
            // A spaced state id needs an upper-case code after the number: `5120 /UBND-VX`.
            guard isUpperCode(written[0]) || TypeCodes.isKnownCode(written[0].folded) else { return nil }
        }
        let number = ocrDigits(s.originalText(numberStart..<numberEnd))
        let id: DocumentID
        if written.count == 1 {
            id = DocumentID(state: number, year: year, typeCode: "", issuerCode: written[0])
        } else if slashedIssuer, written.count >= 2, TypeCodes.isKnownCode(written[0].folded), isPartyOrUnionCode(written[1]) {
            // `18/KH/TĐTN-CTĐTTN` (real: a Youth Union branch in Tây Ninh), `12/NQ/TU`: the Party's form.
            id = DocumentID(party: number, typeCode: TypeCodes.canonical(written[0]),
                            issuerCode: written.dropFirst().map { TypeCodes.canonicalIssuer($0) }.joined(separator: "-"))
        } else if written.count == 2, year == nil, TypeCodes.isKnownCode(written[0].folded), TypeCodes.isPartyIssuerCode(written[1]) {
            // `Chỉ thị số 19/CT-TW`, `14/CT-TU`: a Party document written in the state's form is the
            // Party's `19-CT/TW`; no state body has a Party committee's code.
            id = DocumentID(party: number, typeCode: TypeCodes.canonical(written[0]), issuerCode: TypeCodes.canonicalIssuer(written[1]))
        } else {
            id = DocumentID(state: number, year: year, typeCode: written[0], issuerCode: written.dropFirst().joined(separator: "-"))
        }
        return IdentifierMatch(range: numberStart..<k, id: id)
    }

    /// A department's two fields as its office code writes them, the second often cut off by a space
    /// where the `&` was: `SGD&ĐT`, `PGD ĐT`, `SNN&PTNT`, `SLĐ-TBXH` (then a hyphen: not here).
    private static let fieldHalves: [(head: String, tail: String)] = [
        ("GD", "ĐT"), ("KH", "ĐT"), ("NN", "PTNT"), ("LĐ", "TBXH"), ("KH", "CN"), ("TN", "MT"), ("VHTT", "DL"), ("TT", "TT"),
    ]

    /// Whether `head` (an office code, `SGD`) and `tail` (`ĐT`) are a department's two fields cut apart.
    private static func joinsFieldHalves(_ head: String, _ tail: String) -> Bool {
        let head = nfc(head)
        return fieldHalves.contains { head.hasSuffix($0.head) && head.count > $0.head.count && tail == $0.tail }
    }

    /// Words that follow an id, folded: `ngày`, `của`, `về`, `năm`, `và`, `tại`.
    private static let gluedFollowers: [[UInt8]] = ["ngay", "cua", "ve", "nam", "va", "tai"].map { Array($0.utf8) }

    /// Where a lower-case word glued to a code starts (`TW|ngày`, `CP|của`): the code before it in
    /// capitals, the word one that follows an id (`ngày`, `của`, `về`, `năm`, `và`, `tại`); nil if none.
    private static func gluedWordStart(_ s: TextSegment, code: Int, end: Int) -> Int? {
        let b = s.bytes
        for w in gluedFollowers {
            let cut = end - w.count
            guard cut - code >= 2, b[cut..<end].elementsEqual(w), !s.startsUpperCase(at: cut),
                  isUpperCode(s.originalText(code..<cut)) else { continue }
            return cut
        }
        return nil
    }

    /// Where the place of a place-and-date glued to a code starts (`Số: 245/KH-UBNDPhú Thọ, ngày 15 tháng 01 năm 2026`, a
    /// header's two columns that a converter joined with no space; red team, round 31, c1a): the code before it with two
    /// capitals at least, a capitalised word (`Phú`; or `TP.`) to the code's end, then the place's other words and `ngày`
    /// within a line's reach, and the words a place the table knows (`Hà Nội`, `Bà Rịa - Vũng Tàu`, `TP. Hồ Chí Minh`).
    /// Nil for any other code: `TTg`, `GDTrH`, `ĐUKTw, ngày …` (reviewer, session 27) name no place.
    private static func gluedPlaceStart(_ s: TextSegment, code: Int, end: Int) -> Int? {
        let b = s.bytes
        guard end - code >= 4, end < b.count, b[end] == 0x20 || b[end] == UInt8(ascii: ",") || b[end] == UInt8(ascii: ".") else { return nil }
        var cut = end - 1
        if b[end] == UInt8(ascii: "."), b[end - 2] == UInt8(ascii: "t"), b[end - 1] == UInt8(ascii: "p"), s.startsUpperCase(at: end - 2) {
            // `UBNDTP. Hồ Chí Minh`: the city's abbreviation glued on.
            cut = end - 2
        } else {
            guard b[end] != UInt8(ascii: ".") else { return nil }
            // The place's first word: one capital, then small letters to the code's end.
            while cut > code, !s.startsUpperCase(at: cut) { cut -= 1 }
            guard end - cut >= 2, s.startsUpperCase(at: cut) else { return nil }
        }
        guard cut - code >= 2 else { return nil }
        let before = s.originalText(code..<cut)
        guard isUpperCode(before) || before.first?.isUppercase == true && before.filter(\.isUppercase).count >= 2 else { return nil }
        // Then the place's other words (a dash between two, `TP.`) and `, ngày` / ` ngày`: no digit, at most 48 bytes.
        var r = ByteReader(b, from: end, end: min(b.count, end + 48))
        var placeEnd: Int?
        while r.position < r.end, placeEnd == nil {
            let c = b[r.position]
            if c == UInt8(ascii: ",") {
                let comma = r.position
                r.position += 1
                r.skipSpaces()
                guard r.matchWord("ngay") else { return nil }
                placeEnd = comma
            } else if c == 0x20 {
                let space = r.position
                r.skipSpaces()
                if r.matchWord("ngay") { placeEnd = space; break }
                if r.current == UInt8(ascii: "-") { r.position += 1; r.skipSpaces() }
                guard r.position < r.end, ByteReader.isLetter(b[r.position]), s.startsUpperCase(at: r.position) else { return nil }
            } else if ByteReader.isLetter(c) || c == UInt8(ascii: ".") {
                r.position += 1
            } else {
                return nil
            }
        }
        guard let placeEnd, AdministrativeUnits.place(named: s.originalText(cut..<placeEnd)) != nil else { return nil }
        return cut
    }

    /// Whether the number at `start` follows the word `số`.
    private static func afterSo(_ b: [UInt8], _ start: Int) -> Bool {
        var e = start
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        return e >= 2 && b[e - 2] == UInt8(ascii: "s") && b[e - 1] == UInt8(ascii: "o") && (e == 2 || !ByteReader.isAlnum(b[e - 3]))
    }

    /// Whether the number at `start` follows `công văn (số)`, `văn bản (số)` or `công điện (số)`:
    /// the words that number a letter by its office alone (`Công văn số 197/STTTT`); or a type
    /// word and `số` (`Hướng dẫn số 4488/BCĐ`, `Thông báo số 12/VPUB`): offices that number every
    /// kind of document by their code alone, the kind said by the word.
    private static func afterLetterWord(_ b: [UInt8], _ start: Int) -> Bool {
        var e = start
        func back() { while e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x0A { e -= 1 } }
        back()
        var numbered = false
        if e >= 2, b[e - 2] == UInt8(ascii: "s"), b[e - 1] == UInt8(ascii: "o"), e == 2 || !ByteReader.isAlnum(b[e - 3]) {
            e -= 2
            back()
            numbered = true
        }
        let words = numbered ? typeWordsBeforeSo : letterWords
        return words.contains { endsWithWords($0, b, e) }
    }

    /// The letter words, split into their words' bytes.
    private static let letterWords = ["cong van", "van ban", "cong dien"].map(wordBytes)

    private static func wordBytes(_ phrase: String) -> [[UInt8]] { phrase.split(separator: " ").map { Array($0.utf8) } }

    /// Whether the words end at `end`, apart by any run of white space: `Công` / `văn số 2792/SVHTTDL`
    /// broken at a line's end (real: Quảng Ngãi 45/2023/QĐ-UBND), `Công  văn` with two spaces.
    private static func endsWithWords(_ words: [[UInt8]], _ b: [UInt8], _ end: Int) -> Bool {
        var e = end
        for (k, w) in words.reversed().enumerated() {
            if k > 0 {
                let gapEnd = e
                while e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x0A || b[e - 1] == 0x0D || b[e - 1] == 0x09 { e -= 1 }
                guard e < gapEnd else { return false }
            }
            guard e >= w.count, b[(e - w.count)..<e].elementsEqual(w) else { return false }
            e -= w.count
        }
        return e == 0 || !ByteReader.isAlnum(b[e - 1])
    }

    /// Words that may stand before `số` and an office's code alone: the letter words and every
    /// type word but `Luật` (whose numbers carry a year and the assembly's code).
    private static let typeWordsBeforeSo = (["cong van", "van ban", "cong dien"] + TypeCodes.words.map(\.folded).filter { $0 != "luat" }).map(wordBytes)

    /// A Party committee's or board's code (`TU`, `HU`, `BTGTU`), or a mass organisation's numbering as the
    /// Party does (`TĐTN`, `TWĐTN`, `HĐTN`, `ĐTN`: the Youth Union; `HND`, `HNDT`: the Farmers' Union).
    private static func isPartyOrUnionCode(_ code: String) -> Bool {
        let f = code.folded
        return TypeCodes.isPartyIssuerCode(code) || TypeCodes.partyCommittee(ofCode: code) != nil
            || f.hasSuffix("dtn") || f == "hnd" || f.hasPrefix("hnd")
    }

    /// A type code that exists (`qd`, `kh`, `tb`), or a joint document's (`qcph`, `ctph`, `khlt`, `nqlt`:
    /// `phối hợp`, `liên tịch` after a type's initials), folded.
    private static func isJointOrKnownType(_ folded: String) -> Bool {
        TypeCodes.isKnownCode(folded) || folded.count >= 4 && (folded.hasSuffix("ph") || folded.hasSuffix("lt"))
    }

    /// Two or more letters, every one upper case (digits allowed after them: `QH14`).
    private static func isUpperCode(_ s: String) -> Bool {
        let letters = s.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// NFC, for the codes of every id read: ASCII (nearly all of them) is NFC already.
    /// `s.replacingOccurrences(of: " ", with: "")` (Foundation: about 8,000 instructions an id's part, most holding no space),
    /// from the bytes where they decide. No scalar is canonically a space but U+0020 (none decomposes to one), so without a
    /// space byte nothing changes; a string of `DocumentIdentity.isPlainCellLine`'s scalars, each a character of its own,
    /// loses exactly its space bytes. Anything else (a space a mark may stand on) is asked of Foundation.
    static func withoutSpaces(_ s: String) -> String {
        guard s.utf8.contains(0x20) else { return s }
        guard DocumentIdentity.isPlainCellLine(s) else { return s.replacingOccurrences(of: " ", with: "") }
        return String(decoding: s.utf8.filter { $0 != 0x20 }, as: UTF8.self)
    }

    ///
    /// A string of `DocumentIdentity.isPlainCellLine`'s scalars (tab, printable ASCII, U+00A0–U+024F, U+1E00–U+1EFF) is
    /// NFC too: each is a starter that is its own NFC, no two of them compose, and none is a mark to compose with
    /// (issue #12, twenty-first pass: `QĐ`, `HĐND` went through Foundation, about 6,000 instructions a code, 3.2 M on
    /// 400 other-hands documents). `nfcAskingFoundation` is the form it is held to (`TwentyFirstPassShortcutTests`).
    static func nfc(_ s: String) -> String { s.utf8.allSatisfy { $0 < 0x80 } || DocumentIdentity.isPlainCellLine(s) ? s : s.precomposedStringWithCanonicalMapping }

    /// `nfc` with Foundation asked of every string holding a byte beyond ASCII, as before issue #12's twenty-first pass.
    static func nfcAskingFoundation(_ s: String) -> String { s.utf8.allSatisfy { $0 < 0x80 } ? s : s.precomposedStringWithCanonicalMapping }
}
