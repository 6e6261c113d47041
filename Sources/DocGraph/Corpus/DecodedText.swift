#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one file as UTF-8, ready for scanning, with what decoding noticed.
///
/// Text is kept as UTF-8 bytes rather than `String`: the scanner works on bytes, and positions
/// in diagnostics and citations are computed from byte offsets only where a result needs them.
public struct DecodedText: Sendable {
    public enum Encoding: String, Sendable { case utf8, utf8BOM = "utf8-bom", utf16LE = "utf16le", utf16BE = "utf16be" }

    /// Valid UTF-8 (invalid sequences were replaced by U+FFFD and reported).
    public var utf8: [UInt8]
    public var encoding: Encoding
    public var diagnostics: [Diagnostic]
}

/// Why a file could not be read as text at all.
public enum TextDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty(file: String)
    case binary(file: String, offset: Int)
    case legacyEncoding(file: String, line: Int, guess: String)
    case unreadable(file: String, reason: String)
    case tooLarge(file: String, size: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty(let file):
            return "\(file):1:1: error: the file is empty; nothing to read"
        case .binary(let file, let offset):
            return "\(file):1:1: error: binary file (NUL byte at offset \(offset)); skipped — convert it to UTF-8 text first"
        case .legacyEncoding(let file, let line, let guess):
            return "\(file):\(line):1: error: this looks like a legacy Vietnamese 8-bit encoding (\(guess)), not UTF-8; skipped — convert it to UTF-8 (e.g. with UniKey's converter or `iconv -f CP1258 -t UTF-8`)"
        case .unreadable(let file, let reason):
            return "\(file):1:1: error: cannot read the file (\(reason)); check that it exists and is readable"
        case .tooLarge(let file, let size, let limit):
            return "\(file):1:1: error: the file is \(size / 1_000_000) MB, over the \(limit / 1_000_000) MB limit for one file; skipped — split it into its documents"
        }
    }
}

public enum TextDecoder {
    /// Decodes a file's bytes. A UTF-8 or UTF-16 BOM is honoured; invalid UTF-8 sequences are
    /// replaced and reported per line, and the rest of the file is still read.
    public static func decode(_ bytes: [UInt8], file: String) throws(TextDecodingError) -> DecodedText {
        if bytes.isEmpty { throw .empty(file: file) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return DecodedText(utf8: transcodeUTF16(bytes.dropFirst(2), littleEndian: true), encoding: .utf16LE, diagnostics: [])
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return DecodedText(utf8: transcodeUTF16(bytes.dropFirst(2), littleEndian: false), encoding: .utf16BE, diagnostics: [])
        }
        var start = 0
        var encoding = DecodedText.Encoding.utf8
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            encoding = .utf8BOM
        }
        if let nul = firstNUL(bytes, from: start) {
            throw .binary(file: file, offset: nul)
        }
        // Nearly every file is valid UTF-8: check it without copying, repair only when it is not.
        if isValidUTF8(bytes, from: start) {
            return DecodedText(utf8: start == 0 ? bytes : Array(bytes[start...]), encoding: encoding, diagnostics: [])
        }
        return try repairUTF8(bytes, from: start, file: file, encoding: encoding)
    }

    /// `bytes[start...].firstIndex(of: 0)`, found with `memchr` (asking every byte in Swift was about 5
    /// instructions a byte of every file read).
    static func firstNUL(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress, start < p.count, let hit = memchr(base + start, 0, p.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Whether `bytes[start...]` is valid UTF-8. When a word of eight bytes holds a byte beyond ASCII,
    /// the ASCII bytes before it are passed over at once (its high bits' first set bit tells where it
    /// is): Vietnamese text has a letter beyond ASCII every few bytes, and the byte-by-byte walk after a
    /// failed word was 11 instructions a byte of the sample shape (callgrind: 16 M of its 531 M).
    /// `isValidUTF8ByWholeWords` is the form it is held to (`FifteenthPassShortcutTests`).
    static func isValidUTF8(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { s in
            var i = start
            let n = s.count
            while i < n {
                if i + 8 <= n {
                    let high = UnsafeRawPointer(s.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                    if high == 0 { i += 8; continue }
                    // Byte 0 is the least significant once read little-endian.
                    i += UInt64(littleEndian: high).trailingZeroBitCount >> 3
                } else if s[i] < 0x80 {
                    i += 1
                    continue
                }
                let length = sequenceLength(s, at: i)
                if length == 0 { return false }
                i += length
            }
            return true
        }
    }

    /// `isValidUTF8` as before issue #12's fifteenth pass: after a word of eight bytes that is not all
    /// ASCII, one byte at a time.
    static func isValidUTF8ByWholeWords(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { s in
            var i = start
            let n = s.count
            while i < n {
                // Eight ASCII bytes at a time.
                if i + 8 <= n, UnsafeRawPointer(s.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                if s[i] < 0x80 { i += 1; continue }
                let length = sequenceLength(s, at: i)
                if length == 0 { return false }
                i += length
            }
            return true
        }
    }

    private static func transcodeUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? (a | b << 8) : (a << 8 | b))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Copies valid UTF-8 through and replaces each invalid sequence by U+FFFD, reporting the
    /// first few bad lines. A file whose bad bytes look like TCVN3/VNI/CP1258 is refused instead.
    private static func repairUTF8(_ bytes: [UInt8], from start: Int, file: String, encoding: DecodedText.Encoding) throws(TextDecodingError) -> DecodedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var diagnostics: [Diagnostic] = []
        var line = 1
        var lineStart = start
        var badLines = 0
        var badBytes = 0
        var lastBadLine = 0
        var multibyte = 0
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1; lineStart = i + 1 }
                out.append(b)
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length > 0 {
                out.append(contentsOf: bytes[i..<(i + length)])
                i += length
                multibyte += 1
                continue
            }
            // The run of invalid bytes, reported together (`FF FE C3`) and replaced by one U+FFFD each.
            var runEnd = i + 1
            while runEnd < n, bytes[runEnd] >= 0x80, sequenceLength(bytes, at: runEnd) == 0, runEnd - i < 16 { runEnd += 1 }
            badBytes += runEnd - i
            if line != lastBadLine {
                badLines += 1
                lastBadLine = line
                if badLines <= 5 {
                    let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
                    let hex = bytes[i..<runEnd].map { String(format: "%02X", $0) }.joined(separator: " ")
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, line: line, column: column),
                        .invalidUTF8(bytes: runEnd - i, hex: hex)))
                }
            }
            for _ in i..<runEnd { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
            i = runEnd
        }
        let textBytes = n - start
        // Valid multi-byte sequences (Vietnamese letters) outnumbering the bad bytes mean damaged
        // UTF-8: a legacy 8-bit file almost never forms them by chance.
        if badBytes > 0, multibyte < badBytes * 2, badBytes * 50 > textBytes || (badLines > 20 && badLines * 2 > line) {
            throw .legacyEncoding(file: file, line: diagnostics.first?.location.line ?? 1, guess: LegacyEncodingGuess.guess(bytes))
        }
        if badLines > 5 {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, line: lastBadLine, column: 1),
                .moreInvalidLines(badLines - 5)))
        }
        return DecodedText(utf8: out, encoding: encoding, diagnostics: diagnostics)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
    @inline(__always)
    static func sequenceLength<S: RandomAccessCollection>(_ s: S, at i: Int) -> Int where S.Element == UInt8, S.Index == Int {
        let b0 = s[i]
        let n = s.count
        @inline(__always) func cont(_ k: Int) -> Bool { k < n && s[k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : 0
        case 0xE0:
            return i + 2 < n && (0xA0...0xBF).contains(s[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF:
            return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED:
            return i + 2 < n && (0x80...0x9F).contains(s[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xF0:
            return i + 3 < n && (0x90...0xBF).contains(s[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4:
            return i + 3 < n && (0x80...0x8F).contains(s[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default:
            return 0
        }
    }
}

/// Names the legacy 8-bit Vietnamese encoding a non-UTF-8 file most likely uses.
enum LegacyEncodingGuess {
    static func guess(_ bytes: [UInt8]) -> String {
        // CP1258 writes tones as combining bytes 0xCC, 0xEC, 0xD2, 0xDE, 0xF2 after the vowel;
        // TCVN3 (ABC) uses precomposed lower-case letters in 0xB5...0xFE; VNI uses 0xD9..0xDF
        // after ASCII vowels in pairs like "aù".
        var cp1258 = 0, vni = 0, tcvn = 0
        for b in bytes where b >= 0x80 {
            switch b {
            case 0xCC, 0xEC, 0xD2, 0xDE, 0xF2: cp1258 += 1
            case 0xD8...0xDF, 0xF8...0xFB: vni += 1
            case 0xA1...0xFE: tcvn += 1
            default: break
            }
        }
        if cp1258 >= vni && cp1258 >= tcvn / 2 { return "Windows-1258" }
        if vni > tcvn { return "VNI" }
        return "TCVN3"
    }
}
