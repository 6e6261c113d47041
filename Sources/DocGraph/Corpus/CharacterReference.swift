/// An HTML character reference in a page's text: `&nbsp;`, `&amp;`, `&Ecirc;`, `&#7843;`, `&#x1EA3;`.
///
/// Portals write the space inside a date as `ngày&nbsp;20&nbsp;tháng`, and older ones write
/// Vietnamese letters as numbers (`Ch&iacute;nh ph&#7911;`); read as letters, neither date nor
/// word would match. Only a reference closed by `;` whose name HTML defines for the letters and
/// punctuation of these documents is read, so `TTr-SNN&PTNT` stays as it is.
enum CharacterReference {
    /// The scalar of the reference starting at `i` (at its `&`) and the offset after its `;`.
    static func decode(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, end: Int)? {
        let n = s.count
        guard i + 3 < n, s[i] == UInt8(ascii: "&") else { return nil }
        if s[i + 1] == UInt8(ascii: "#") {
            var k = i + 2
            let hex = k < n && (s[k] | 0x20) == UInt8(ascii: "x")
            if hex { k += 1 }
            var value: UInt32 = 0
            let digitsStart = k
            while k < n, k - digitsStart < 7 {
                let c = s[k]
                if c &- 0x30 < 10 {
                    value = value * (hex ? 16 : 10) + UInt32(c - 0x30)
                } else if hex, (c | 0x20) &- 0x61 < 6 {
                    value = value * 16 + UInt32((c | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                k += 1
            }
            guard k > digitsStart, k < n, s[k] == UInt8(ascii: ";"), value >= 0x20, value <= 0x10FFFF,
                  !(0xD800...0xDFFF).contains(value) else { return nil }
            return (value, k + 1)
        }
        var k = i + 1
        while k < n, k - i <= 8, (s[k] | 0x20) &- 0x61 < 26 { k += 1 }
        guard k < n, s[k] == UInt8(ascii: ";"), k > i + 1 else { return nil }
        var key: UInt64 = 0
        for j in (i + 1)..<k { key = key << 8 | UInt64(s[j]) }
        guard let scalar = named[key] else { return nil }
        return (scalar, k + 1)
    }

    /// Named references by their name's bytes packed in a word (names here are at most 8 letters).
    private static let named: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        func add(_ name: String, _ scalar: UInt32) {
            table[name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }] = scalar
        }
        for (name, scalar) in [("nbsp", 0xA0), ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27),
                               ("laquo", 0xAB), ("raquo", 0xBB), ("ndash", 0x2013), ("mdash", 0x2014), ("hellip", 0x2026),
                               ("lsquo", 0x2018), ("rsquo", 0x2019), ("ldquo", 0x201C), ("rdquo", 0x201D), ("bull", 0x2022),
                               ("middot", 0xB7), ("deg", 0xB0), ("copy", 0xA9), ("shy", 0xAD), ("ensp", 0x2002),
                               ("emsp", 0x2003), ("thinsp", 0x2009), ("zwnj", 0x200C), ("zwj", 0x200D)] as [(String, UInt32)] {
            add(name, scalar)
        }
        // Latin-1's letters with grave, acute, circumflex and tilde (`&Ecirc;`, `&ocirc;`, `&yacute;`): the
        // vowels of Vietnamese that HTML names.
        let marks: [(String, [(Character, UInt32)])] = [
            ("grave", [("A", 0xC0), ("E", 0xC8), ("I", 0xCC), ("O", 0xD2), ("U", 0xD9)]),
            ("acute", [("A", 0xC1), ("E", 0xC9), ("I", 0xCD), ("O", 0xD3), ("U", 0xDA), ("Y", 0xDD)]),
            ("circ", [("A", 0xC2), ("E", 0xCA), ("O", 0xD4)]),
            ("tilde", [("A", 0xC3), ("O", 0xD5)]),
        ]
        for (mark, letters) in marks {
            for (letter, scalar) in letters {
                add(String(letter) + mark, scalar)
                add(String(letter).lowercased() + mark, scalar + 0x20)
            }
        }
        return table
    }()
}
