// Small text forms that every layer shows or matches with; they live at the bottom layer so
// that no layer reaches sideways or upwards for them.

extension String {
    /// This text cut to at most `length` characters, an ellipsis marking the cut: how long titles
    /// are shown in tables, findings and diagram labels.
    public func clipped(to length: Int) -> String {
        guard length >= 0 else { return "…" }
        // Fewer bytes than `length`: fewer characters too.
        if utf8.count <= length { return self }
        // Walking characters cost 31,000 instructions a Vietnamese title (`overdue-plan` clips
        // every plan's task: 16 % of it on 100 plan-heavy documents, callgrind). Between two
        // scalars that join nothing (printable Latin, Latin Extended, Latin Extended Additional,
        // no marks, no CR) a character always ends, so such text is counted by scalars; any
        // other scalar sends the question to characters, as before.
        var characters = 0
        var cut = startIndex  // where character `length - 1` ends
        for index in unicodeScalars.indices {
            let v = unicodeScalars[index].value
            guard (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) || (v >= 0x1E00 && v < 0x1F00) else {
                return count <= length ? self : String(prefix(Swift.max(length - 1, 0))) + "…"
            }
            if characters == length - 1 { cut = index }
            characters += 1
            if characters > length { return String(self[..<cut]) + "…" }
        }
        return self
    }

    /// This text folded for matching (see `FoldedText`): `Quyết định` → `quyet dinh`.
    public var folded: String {
        // Codes and names are folded on every id and issuer read (`NQ`, `TW`, `Ban Bí thư`):
        // ASCII without markup folds byte by byte through the same table, without the four
        // arrays (positions, line starts) a `FoldedText` keeps for the scanner.
        // One pass writes the folded bytes straight into the string and gives up at the first byte that is no plain
        // ASCII (issue #12, twenty-first pass: a scan, then an array of the folded bytes, then a string made of it,
        // about 1,300 instructions a name, 11,800 names on 400 other-hands documents; `foldedThroughArray`, the form
        // it is held to, in `TwentyFirstPassShortcutTests`).
        var s = self
        var ascii = true
        let folded = s.withUTF8 { src in
            FoldedText.asciiFold.withUnsafeBufferPointer { table in
                String(unsafeUninitializedCapacity: src.count) { out in
                    var k = 0
                    for b in src {
                        if b >= 0x80 || b == UInt8(ascii: "<") { ascii = false; return 0 }
                        let f = table[Int(b)]
                        if f != 0 { out[k] = f; k += 1 }
                    }
                    return k
                }
            }
        }
        if ascii { return folded }
        return foldedByScalars ?? String(decoding: FoldedText(self).bytes, as: UTF8.self)
    }

    /// `folded` as before issue #12's twenty-first pass: ASCII asked first, then folded into an array.
    var foldedThroughArray: String {
        var ascii = true
        for b in utf8 where b >= 0x80 || b == UInt8(ascii: "<") { ascii = false; break }
        if ascii {
            let table = FoldedText.asciiFold
            let bytes = utf8.compactMap { b -> UInt8? in let f = table[Int(b)]; return f == 0 ? nil : f }
            return String(decoding: bytes, as: UTF8.self)
        }
        return foldedByScalars ?? String(decoding: FoldedText(self).bytes, as: UTF8.self)
    }

    /// What `FoldedText(self).bytes` holds, folded scalar by scalar without the four arrays a
    /// `FoldedText` keeps (a copy of the text, positions, line starts): nil when the text holds
    /// `<`, `[`, `]` or `\`, the only bytes whose folding depends on what follows them (a tag, a
    /// link's markup, an escaped line break). Every other scalar folds alone, through the same
    /// tables (callgrind: the names of issuers are folded word by word, 2,000 instructions a word
    /// through `FoldedText`).
    var foldedByScalars: String? {
        var s = self
        let folded = s.withUTF8 { src -> String? in
            for b in src where b == UInt8(ascii: "<") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "\\") {
                return nil
            }
            let n = src.count
            return FoldedText.asciiFold.withUnsafeBufferPointer { ascii in
                VietnameseFolding.table.withUnsafeBufferPointer { table in
                    // Folding never lengthens text: one scalar gives at most one byte.
                    String(unsafeUninitializedCapacity: n) { out in
                        var k = 0
                        var i = 0
                        while i < n {
                            let b = src[i]
                            if b < 0x80 {
                                let f = ascii[Int(b)]
                                if f != 0 { out[k] = f; k += 1 }
                                i += 1
                                continue
                            }
                            // Valid UTF-8 (a String): the lead byte gives the length.
                            let scalar: UInt32
                            if b < 0xE0 {
                                scalar = UInt32(b & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F)
                                i += 2
                            } else if b < 0xF0 {
                                scalar = UInt32(b & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                                i += 3
                            } else {
                                scalar = UInt32(b & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12 | UInt32(src[i + 2] & 0x3F) << 6 | UInt32(src[i + 3] & 0x3F)
                                i += 4
                            }
                            let f = scalar < 0x2300 ? table[Int(scalar)] : VietnameseFolding.fold(scalar)
                            if f != 0 { out[k] = f; k += 1 }
                        }
                        return k
                    }
                }
            }
        }
        // Words written together (`GluedWords`) are spaced by `FoldedText`, which knows where
        // each folded letter comes from.
        guard let folded, !FoldedText.mayHoldGluedWords(folded) else { return nil }
        return folded
    }

    /// `QUY ĐỊNH` → `Quy định`: a type word as headers shout it, shown as prose writes it.
    var sentenceCased: String {
        let lower = lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// `quynh luu` → `Quynh Luu`: a place the table does not know, shown readably.
    var capitalisedWords: String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Without a trailing full stop, space or markdown star: `Quy định số 253-QĐ/TW.` ends a sentence.
    var trimmingTrailingDot: String {
        var s = self
        while let last = s.last, last == "." || last == " " || last == "*" { s.removeLast() }
        return s
    }

    /// Without leading and trailing characters of `set`.
    func trimmingCharacters(in set: String) -> String { trimmingCharacters(in: TrimSet(set)) }

    /// Without leading and trailing characters of `set`, analysed once (`TrimSet`). `byScalars: false`:
    /// the ends left after the byte trim are asked as characters, as before issue #12's nineteenth pass
    /// (the form `NineteenthPassShortcutTests` holds it to).
    func trimmingCharacters(in set: TrimSet, byScalars: Bool = true) -> String {
        // Every quote and name is trimmed: ASCII ends are dropped on bytes (exactly where an
        // ASCII byte between ASCII bytes is a whole character); characters decide only at a
        // non-ASCII end. `simple`: every character of the set that starts with an ASCII byte is
        // that byte alone (not CR or LF), so an ASCII byte outside the mask ends the trim.
        let simple = set.simple
        let u = utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, set.trimmable(u[lo]) {
            let next = u.index(after: lo)
            if next < hi, u[next] >= 0x80 { break }
            lo = next
        }
        while hi > lo {
            let last = u.index(before: hi)
            guard set.trimmable(u[last]) else { break }
            if last > lo, u[u.index(before: last)] >= 0x80 { break }
            hi = last
        }
        var leadingDone = lo == hi || (simple && u[lo] < 0x80 && u[lo] != 0x0D && u[lo] != 0x0A && !set.trimmable(u[lo]))
        var trailingDone = lo == hi
        if !trailingDone, simple {
            let last = u.index(before: hi)
            trailingDone = u[last] < 0x80 && u[last] != 0x0D && u[last] != 0x0A && !set.trimmable(u[last])
                && (last == lo || u[u.index(before: last)] < 0x80)
        }
        if set.latinLettersKept {
            // The first character starts with the first scalar, the last one ends with the last
            // scalar: when that scalar is a letter with a diacritic, the character holds it and
            // the set (which has no such letter nor mark) cannot hold the character.
            if !leadingDone, u[lo] >= 0x80, let v = Self.scalar(u, startingAt: lo), Self.isLatinLetter(v) { leadingDone = true }
            if !trailingDone, u[u.index(before: hi)] >= 0x80 {
                var first = u.index(before: hi)
                while first > lo, u[first] & 0xC0 == 0x80 { first = u.index(before: first) }
                if let v = Self.scalar(u, startingAt: first), Self.isLatinLetter(v) { trailingDone = true }
            }
        }
        if byScalars, set.plain, !(leadingDone && trailingDone) {
            // Each scalar of a plain set is a character of the set; at an end, a character ends between it
            // and a neighbour that `endsCharacter`: then the end character is that scalar alone, and is
            // dropped (or kept) as the character would be. Another neighbour leaves the rest to characters.
            if !trailingDone {
                while true {
                    guard hi > lo else { trailingDone = true; leadingDone = true; break }
                    var first = u.index(before: hi)
                    while first > lo, u[first] & 0xC0 == 0x80 { first = u.index(before: first) }
                    guard let v = Self.scalar(u, startingAt: first) else { break }
                    // A scalar outside the set ends the trim when no other sequence is canonically equivalent to
                    // one of the set's (ASCII, general punctuation); `;` (U+037E) is `;`, and goes to characters.
                    guard set.holds(v) else { trailingDone = TrimSet.standsAlone(v); break }
                    if first > lo {
                        var before = u.index(before: first)
                        while before > lo, u[before] & 0xC0 == 0x80 { before = u.index(before: before) }
                        guard let p = Self.scalar(u, startingAt: before), TrimSet.endsCharacter(p) else { break }
                    }
                    hi = first
                }
            }
            if !leadingDone {
                while true {
                    guard lo < hi, let v = Self.scalar(u, startingAt: lo) else { leadingDone = true; break }
                    guard set.holds(v) else { leadingDone = TrimSet.standsAlone(v); break }
                    var next = u.index(after: lo)
                    while next < hi, u[next] & 0xC0 == 0x80 { next = u.index(after: next) }
                    if next < hi {
                        guard let q = Self.scalar(u, startingAt: next), TrimSet.endsCharacter(q) else { break }
                    }
                    lo = next
                }
            }
        }
        var s = Substring(self)[lo..<hi]
        if !leadingDone { while let f = s.first, set.characters.contains(f) { s.removeFirst() } }
        if !trailingDone { while let l = s.last, set.characters.contains(l) { s.removeLast() } }
        // Nothing trimmed (most quotes): the string itself, not a copy of it.
        if s.startIndex == startIndex, s.endIndex == endIndex { return self }
        return String(s)
    }

    /// `count`, read off the UTF-8 bytes when every scalar is a character of its own whatever stands beside it
    /// (`plainCharacterCount`); grapheme breaking otherwise. `count` walks grapheme clusters, about 70 instructions
    /// a character: the titles' and a quote's column counts cost 13.5 M of 540 M on 400 other-hands documents.
    var characterCount: Int {
        if let counted = utf8.withContiguousStorageIfAvailable(Self.plainCharacterCount), let counted { return counted }
        return count
    }

    /// How many characters `bytes` hold when each scalar is one of a tab, printable ASCII, U+00A0–U+024F or U+1E00–U+1EFF
    /// (`DocumentIdentity.isPlainCellLine`'s): none of these extends, joins, prepends or pairs with a neighbour (U+00AD is a
    /// control, broken around), so each is a character and the count is the scalars'. Nil when any other scalar, or a
    /// scalar cut short at the end, stands in them.
    static func plainCharacterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, n = 0
        let end = bytes.count
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                guard b == 0x09 || (b >= 0x20 && b < 0x7F) else { return nil }
                i += 1
            } else if b >= 0xC2 && b <= 0xC9 {
                guard i + 1 < end, bytes[i + 1] & 0xC0 == 0x80 else { return nil }
                let v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                guard v >= 0xA0 && v < 0x250 else { return nil }
                i += 2
            } else if b == 0xE1 {
                guard i + 2 < end, bytes[i + 1] >= 0xB8, bytes[i + 1] <= 0xBB, bytes[i + 2] & 0xC0 == 0x80 else { return nil }
                i += 3
            } else {
                return nil
            }
            n += 1
        }
        return n
    }

    /// General punctuation (U+2010–U+2027, U+2030–U+205E: dashes, quotes, `…`, primes): none
    /// extends a character or is a mark or an emoji modifier (`ByteShortcutTests` checks each),
    /// so a set holding `“` `”` needs no Unicode properties asked for them.
    @inline(__always)
    static func isPlainPunctuation(_ v: UInt32) -> Bool {
        (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    /// Letters with diacritics: Latin-1, Latin Extended-A/B and Latin Extended Additional (every
    /// Vietnamese letter outside ASCII), less `×` and `÷`.
    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF)
    }

    /// The scalar whose UTF-8 sequence starts at `i` (strings hold valid UTF-8).
    private static func scalar(_ u: String.UTF8View, startingAt i: String.Index) -> UInt32? {
        var it = u[i...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) { return s.value }
        return nil
    }
}

extension Int {
    /// `7.zeroPadded(2)` → `07`: days and months in dates.
    func zeroPadded(_ width: Int) -> String {
        let s = String(self)
        return String(repeating: "0", count: Swift.max(0, width - s.count)) + s
    }
}

extension String {
    /// `range(of: needle)` (Foundation's), found on bytes when both strings hold only scalars that
    /// join nothing and that no other sequence is canonically equivalent to: printable ASCII, Latin-1
    /// letters and signs, Latin Extended-A/B, Latin Extended Additional (every precomposed
    /// Vietnamese letter), no combining mark, no control character. Between two such scalars a
    /// character always ends, and equal text is equal bytes, so the first byte match is the
    /// first match Foundation finds. Anything else is asked of Foundation, as before (callgrind:
    /// 19,000 instructions a search, 2 % of plan-heavy extraction in `ProseTasks.obligations`).
    func latinRange(of needle: String) -> Range<Index>? {
        guard Self.isPlainLatin(self), Self.isPlainLatin(needle) else { return range(of: needle) }
        let n = needle.utf8.count
        guard n > 0 else { return range(of: needle) }
        var haystack = self
        var needleCopy = needle
        let offset: Int? = haystack.withUTF8 { h in
            needleCopy.withUTF8 { p in h.firstOffset(of: p, in: 0..<h.count) }
        }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: n)
    }

    /// `range(of: needle, options: .backwards)` (Foundation's: the match that starts last), found on bytes under the
    /// conditions of `latinRange(of:)`: equal text is equal bytes there, so the last byte match is Foundation's. The
    /// actor of a plan-heavy text's obligations is searched for ` tham mưu ` so (39,000 instructions a search, 111
    /// searches on 100 plan-heavy documents).
    func latinRangeBackwards(of needle: String) -> Range<Index>? {
        guard Self.isPlainLatin(self), Self.isPlainLatin(needle), !needle.isEmpty else { return range(of: needle, options: .backwards) }
        let h = Array(utf8), p = Array(needle.utf8)
        guard h.count >= p.count else { return nil }
        var i = h.count - p.count
        while i >= 0 {
            if h[i] == p[0], h[i..<(i + p.count)].elementsEqual(p) {
                let lower = utf8.index(utf8.startIndex, offsetBy: i)
                return lower..<utf8.index(lower, offsetBy: p.count)
            }
            i -= 1
        }
        return nil
    }

    /// Every scalar printable ASCII, U+00A0–U+02FF or U+1E00–U+1EFF (see `latinRange(of:)`).
    private static func isPlainLatin(_ s: String) -> Bool {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            guard (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) || (v >= 0x1E00 && v < 0x1F00) else { return false }
        }
        return true
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The first offset in `range` where `needle` starts, byte for byte; nil for an empty needle.
    /// Needles here are a few words long, so a plain scan beats building a search table.
    func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        let n = needle.count
        guard n > 0, range.count >= n else { return nil }
        var i = range.lowerBound
        while i + n <= range.upperBound {
            if self[i] == needle[0] {
                var k = 1
                while k < n, self[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }
}
