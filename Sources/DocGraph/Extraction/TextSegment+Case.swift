extension TextSegment {
    /// Whether the character behind folded byte `i` is upper case, as
    /// `originalText(i..<(i + 1)).first?.isUppercase` says, without building that string.
    ///
    /// Name readers ask this for every word (`của Ban Chấp hành Trung ương …`); quoting one byte
    /// to ask it cost a string, a tidy and a grapheme break each time (callgrind: a third of
    /// `readIssuer`).
    func startsUpperCase(at i: Int) -> Bool {
        if i >= 0, i < bytes.count, let known = OriginalCase.isUpperCase(file.original, at: Int(origin[i]), beforeLetters: true) { return known }
        return originalText(i..<(i + 1)).first?.isUppercase ?? false
    }
}

/// The case of a character read from the original bytes when that is certain.
enum OriginalCase {
    /// Whether the character starting at original offset `o` is upper case; nil when the bytes
    /// alone cannot say it the way `Character.isUppercase` on the tidied text would: white space
    /// or markup (which tidying drops), combining marks after it (NFD), or a scalar that is not
    /// a letter. The answer is certain for one scalar followed by ASCII or the end.
    ///
    /// With `beforeLetters`, a scalar followed by a precomposed Latin letter (`Bộ`, `Đảng`, `Ủy`)
    /// is certain too: such a letter extends no grapheme and composes with nothing before it, so
    /// the first character is still the one scalar. Name readers met that follower at most word
    /// starts and quoted the character instead (callgrind: 2,050 instructions a call, 58 M of the
    /// sample shape's extraction in `NamedDocuments.scan`).
    @inline(__always)
    static func isUpperCase(_ original: [UInt8], at o: Int, beforeLetters: Bool = false) -> Bool? {
        let n = original.count
        guard o >= 0, o < n else { return nil }
        let x = original[o]
        if x < 0x80 {
            guard x > 0x20, x < 0x7F, x != UInt8(ascii: "<"), x != UInt8(ascii: "*"), x != UInt8(ascii: "\\"),
                  o + 1 >= n || original[o + 1] < 0x80 || beforeLetters && startsLatinLetter(original, at: o + 1) else { return nil }
            return x &- UInt8(ascii: "A") < 26
        }
        // One 2- or 3-byte scalar (every Vietnamese letter), followed by ASCII or the end.
        var scalar: UInt32 = 0
        var length = 0
        if x >= 0xC2, x < 0xE0, o + 1 < n {
            scalar = UInt32(x & 0x1F) << 6 | UInt32(original[o + 1] & 0x3F)
            length = 2
        } else if x >= 0xE0, x < 0xF0, o + 2 < n {
            scalar = UInt32(x & 0x0F) << 12 | UInt32(original[o + 1] & 0x3F) << 6 | UInt32(original[o + 2] & 0x3F)
            length = 3
        }
        guard length > 0, o + length >= n || original[o + length] < 0x80 || beforeLetters && startsLatinLetter(original, at: o + length) else { return nil }
        if let known = latinCase(scalar) { return known }
        guard let s = Unicode.Scalar(scalar), s.properties.isAlphabetic else { return nil }
        return Character(s).isUppercase
    }

    /// Whether a 2- or 3-byte scalar at `p` is a letter of the Latin blocks `latinCases` covers:
    /// none of them extends a grapheme or composes with what comes before it.
    @inline(__always)
    static func startsLatinLetter(_ original: [UInt8], at p: Int) -> Bool {
        let n = original.count
        let x = original[p]
        let scalar: UInt32
        if x >= 0xC2, x < 0xE0, p + 1 < n {
            scalar = UInt32(x & 0x1F) << 6 | UInt32(original[p + 1] & 0x3F)
        } else if x >= 0xE0, x < 0xF0, p + 2 < n {
            scalar = UInt32(x & 0x0F) << 12 | UInt32(original[p + 1] & 0x3F) << 6 | UInt32(original[p + 2] & 0x3F)
        } else {
            return false
        }
        guard let known = latinCase(scalar) else { return false }
        return known != nil
    }

    /// The answer of the lines above for a Latin letter (U+00C0–U+024F, U+1E00–U+1EFF: every
    /// Vietnamese letter outside ASCII), from a table they filled once: nil for a scalar that is
    /// not alphabetic there (the caller then decides as before) or outside those blocks. Asking
    /// Unicode properties and `Character` cost 830 instructions a word in `readIssuer`.
    @inline(__always)
    static func latinCase(_ scalar: UInt32) -> Bool?? {
        let slot: Int
        if scalar >= 0xC0, scalar < 0x250 { slot = Int(scalar) - 0xC0 } else if scalar >= 0x1E00, scalar < 0x1F00 { slot = Int(scalar) - 0x1E00 + 0x190 } else { return nil }
        switch latinCases[slot] {
        case 2: return .some(true)
        case 1: return .some(false)
        default: return .some(nil)
        }
    }

    /// 0 not alphabetic, 1 alphabetic and not upper case, 2 upper case; U+00C0–U+024F then U+1E00–U+1EFF.
    static let latinCases: [UInt8] = (Array(0xC0..<0x250) + Array(0x1E00..<0x1F00)).map { v -> UInt8 in
        guard let s = Unicode.Scalar(UInt32(v)), s.properties.isAlphabetic else { return 0 }
        return Character(s).isUppercase ? 2 : 1
    }
}
