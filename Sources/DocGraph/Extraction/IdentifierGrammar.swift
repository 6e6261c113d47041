import Foundation

/// One identifier found in folded text.
struct IdentifierMatch {
    /// Folded byte range of the identifier itself.
    var range: Range<Int>
    var id: DocumentID?
}

/// Recognises Party-form and state-form identifiers in folded text.
///
/// The grammar is built from the forms, not from known codes: `NUMBER-LETTERS/LETTERS` and
/// `NUMBER/[YEAR/]LETTERS[-LETTERS…]`, with the letters upper case in the original text.
enum IdentifierGrammar {
    static func scan(_ text: FoldedText) -> [IdentifierMatch] {
        scan(TextSegment(text, range: 0..<text.bytes.count))
    }

    static func scan(_ segment: TextSegment) -> [IdentifierMatch] {
        var result: [IdentifierMatch] = []
        let b = segment.bytes
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            guard ByteReader.isDigit(c), i == 0 || !(ByteReader.isAlnum(b[i - 1]) || b[i - 1] == UInt8(ascii: "/") || b[i - 1] == UInt8(ascii: "-") || b[i - 1] == UInt8(ascii: ".")) else {
                i += 1
                continue
            }
            var k = i
            while k < n, ByteReader.isDigit(b[k]), k - i < 6 { k += 1 }
            guard k < n, k - i <= 5 else { i = k + 1; continue }
            if b[k] == UInt8(ascii: "-"), let m = party(segment, numberStart: i, numberEnd: k) {
                result.append(m)
                i = m.range.upperBound
                continue
            }
            if b[k] == UInt8(ascii: "/"), let m = state(segment, numberStart: i, numberEnd: k) {
                result.append(m)
                i = m.range.upperBound
                continue
            }
            i = k
        }
        return result
    }

    /// `28-NQ/TW`
    private static func party(_ s: TextSegment, numberStart: Int, numberEnd: Int) -> IdentifierMatch? {
        let b = s.bytes
        var k = numberEnd + 1
        let typeStart = k
        while k < b.count, ByteReader.isLetter(b[k]), k - typeStart < 6 { k += 1 }
        let typeEnd = k
        guard typeEnd > typeStart, typeEnd - typeStart <= 5, k < b.count, b[k] == UInt8(ascii: "/") else { return nil }
        k += 1
        let issuerStart = k
        while k < b.count, ByteReader.isLetter(b[k]), k - issuerStart < 12 { k += 1 }
        let issuerEnd = k
        guard issuerEnd > issuerStart, k >= b.count || !ByteReader.isAlnum(b[k]) else { return nil }
        let number = s.originalText(numberStart..<numberEnd)
        let type = nfc(s.originalText(typeStart..<typeEnd))
        let issuer = nfc(s.originalText(issuerStart..<issuerEnd))
        guard type.first?.isUppercase == true, issuer.first?.isUppercase == true,
              issuer.filter(\.isLowercase).count <= 1 else { return nil }
        return IdentifierMatch(range: numberStart..<issuerEnd, id: DocumentID(party: number, typeCode: type, issuerCode: issuer))
    }

    /// `98/2014/NĐ-CP`, `80/2015/QH13`, `1234/QĐ-TTg`
    private static func state(_ s: TextSegment, numberStart: Int, numberEnd: Int) -> IdentifierMatch? {
        let b = s.bytes
        var k = numberEnd + 1
        var year: Int?
        var reader = ByteReader(b, from: k)
        if let y = reader.readNumber(digits: 4...4), (1945...2200).contains(y), reader.current == UInt8(ascii: "/") {
            year = y
            k = reader.position + 1
        }
        // LETTERS[DIGITS] ( - LETTERS[DIGITS] )*
        var parts: [Range<Int>] = []
        while true {
            let start = k
            while k < b.count, ByteReader.isLetter(b[k]), k - start < 10 { k += 1 }
            guard k > start else { break }
            while k < b.count, ByteReader.isDigit(b[k]), k - start < 14 { k += 1 }
            parts.append(start..<k)
            if k + 1 < b.count, b[k] == UInt8(ascii: "-"), ByteReader.isLetter(b[k + 1]) { k += 1; continue }
            break
        }
        guard !parts.isEmpty, k >= b.count || !ByteReader.isAlnum(b[k]) else { return nil }
        guard year != nil || parts.count >= 2 else { return nil }
        let written = parts.map { nfc(s.originalText($0)) }
        guard written.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let number = s.originalText(numberStart..<numberEnd)
        let id: DocumentID
        if parts.count == 1 {
            id = DocumentID(state: number, year: year, typeCode: "", issuerCode: written[0])
        } else {
            id = DocumentID(state: number, year: year, typeCode: written[0], issuerCode: written.dropFirst().joined(separator: "-"))
        }
        return IdentifierMatch(range: numberStart..<k, id: id)
    }

    static func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }
}
