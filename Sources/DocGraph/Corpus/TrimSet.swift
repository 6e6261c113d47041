/// The characters `String.trimmingCharacters(in:)` drops from a text's ends, analysed once: which ASCII
/// bytes are dropped on bytes, whether letters are kept, and whether every character of the set is a
/// scalar that ends a character whatever stands before it (issue #12, nineteenth pass).
///
/// `parseMetadata` trims every issuer and subject it quotes (7,500 calls on 100 plan-heavy documents):
/// the set was analysed again at each call, and a subject ending in `”` was trimmed by comparing the
/// last `Character` with each of the set's, 2,200 instructions a call (callgrind: 15 M of the 70 M of
/// `parseMetadata`). Sets made once (`static let`) skip the first; `plain` sets trim their non-ASCII
/// ends by scalars (see `String.trimmedByScalars`).
struct TrimSet {
    /// The set as written: the characters the slow form compares with.
    let characters: String
    /// ASCII bytes of the set (each its own character there, CR and LF excepted: see `simple`).
    var mask: (low: UInt64, high: UInt64) = (0, 0)
    /// Every character of the set that starts with an ASCII byte is that byte alone (not CR or LF).
    var simple = true
    /// Only ASCII and punctuation in the set: no letter, no mark, nothing that decomposes to one.
    var latinLettersKept = true
    /// Every scalar is printable ASCII, a tab or general punctuation (`isPlainPunctuation`): each is a
    /// character of its own in the set, none is canonically equivalent to another sequence, none
    /// extends the character before it, and none is a `Prepend`, a joiner or a regional indicator, so
    /// a character ends before it after any scalar that is none of those either.
    var plain = true
    /// The set's scalars beyond ASCII (when `plain`: general punctuation, such as `“` `”`).
    var wideScalars: [UInt32] = []

    init(_ set: String) {
        characters = set
        var afterASCII = false
        for scalar in set.unicodeScalars {
            let v = scalar.value
            if v >= 0x80, !(v <= 0xBF || (v >= 0x2000 && v <= 0x206F) || (v >= 0x3000 && v <= 0x303F)) { latinLettersKept = false }
            if v < 0x80 {
                if v == 0x0D || v == 0x0A { simple = false } else if v < 64 { mask.low |= 1 << UInt64(v) } else { mask.high |= 1 << UInt64(v - 64) }
                if !(v >= 0x20 && v < 0x7F) && v != 0x09 { plain = false }
            } else {
                wideScalars.append(v)
                if !String.isPlainPunctuation(v) { plain = false }
                if afterASCII, !String.isPlainPunctuation(v) {
                    // `a\u{301}`: a mark after an ASCII character makes one character of both.
                    let p = scalar.properties
                    if p.isGraphemeExtend || p.isEmojiModifier || v == 0x200D || p.generalCategory == .spacingMark { simple = false }
                }
            }
            afterASCII = v < 0x80
        }
        if !simple { mask = (0, 0); plain = false }
    }

    @inline(__always)
    func trimmable(_ b: UInt8) -> Bool {
        b < 64 ? mask.low & (1 << UInt64(b)) != 0 : b < 128 && mask.high & (1 << UInt64(b - 64)) != 0
    }

    /// Whether scalar `v` is one of the set's (when `plain`, each is a character of the set).
    @inline(__always)
    func holds(_ v: UInt32) -> Bool {
        v < 0x80 ? trimmable(UInt8(v)) : wideScalars.contains(v)
    }

    /// Whether no sequence but `v` itself is canonically equivalent to `v` or to a scalar of a `plain` set,
    /// so that a character holding `v` is none of the set's: ASCII and general punctuation, and the
    /// Latin letters (which are no punctuation). Elsewhere singletons are: U+037E is `;`, U+1FEF is `` ` ``.
    @inline(__always)
    static func standsAlone(_ v: UInt32) -> Bool {
        v < 0x80 || String.isPlainPunctuation(v) || String.isLatinLetter(v)
    }

    /// Whether a character always ends between scalar `v` and any scalar of a `plain` set after it, and
    /// between such a scalar and `v` after it: `v` is no CR, no mark, no joiner, no `Prepend`, no
    /// regional indicator (ASCII but CR, Latin-1 and Latin Extended-A/B, Latin Extended Additional,
    /// general punctuation).
    @inline(__always)
    static func endsCharacter(_ v: UInt32) -> Bool {
        (v < 0x300 && v != 0x0D) || (v >= 0x1E00 && v <= 0x1EFF) || String.isPlainPunctuation(v)
    }
}
