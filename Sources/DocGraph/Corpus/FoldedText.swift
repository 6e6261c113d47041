import Foundation

/// The text of a file folded for matching: one ASCII byte per letter, lower case, without
/// diacritics or markup, with a map back to the original bytes.
///
/// Folding makes `khoá`/`khóa`, `uỷ`/`ủy`, NFC/NFD and `QĐ`/`QD` equal at no cost to the
/// scanner, which then compares bytes. Vietnamese words stay distinct enough in folded form
/// (`quy dinh` vs `quyet dinh`); the original spelling is always recovered from `original`.
public struct FoldedText: Sendable {
    /// The original UTF-8 bytes.
    public let original: [UInt8]
    /// Folded bytes: `a`–`z`, digits, ASCII punctuation, `\n`, `\t`, space, and `other` for
    /// anything else.
    public let bytes: [UInt8]
    /// `origin[i]` is the offset in `original` where folded byte `i` comes from; one extra entry
    /// at the end holds `original.count`.
    public let origin: [Int32]
    /// Offsets in `original` where each line starts.
    public let lineStarts: [Int32]
    /// Offsets in `bytes` where each line starts (folding keeps line breaks).
    public let foldedLineStarts: [Int32]

    /// Stands for a character that is neither a letter, a digit, nor ASCII punctuation.
    public static let other: UInt8 = 0x1A

    public init(utf8 original: [UInt8]) {
        self.init(utf8: original, askingEveryByte: false)
    }

    /// `askingEveryByte`: every ASCII byte goes through the questions that only `contextualASCII`
    /// needs (the fold before issue #12's thirteenth pass), for tests that hold the shortcut to it.
    init(utf8 original: [UInt8], askingEveryByte: Bool) {
        self.original = original
        let n = original.count
        var lineStarts: [Int32] = [0]
        var foldedLineStarts: [Int32] = [0]
        var origin: [Int32] = []
        // Folding never makes text longer, so both arrays are filled through raw buffers sized
        // once; appending byte by byte cost a uniqueness check per byte (perf, 11 % of extraction).
        var bytes = [UInt8](unsafeUninitializedCapacity: n) { out, outCount in
            origin = [Int32](unsafeUninitializedCapacity: n + 1) { from, fromCount in
                // Tables as raw pointers: no lazy-global check or bounds check per byte.
                let k = Self.asciiFold.withUnsafeBufferPointer { ascii in
                    (askingEveryByte ? Self.foldedAloneNever : Self.foldedAlone).withUnsafeBufferPointer { alone in
                        VietnameseFolding.table.withUnsafeBufferPointer { table in
                            original.withUnsafeBufferPointer { src in
                                Self.fold(src, into: out, origins: from, ascii: ascii, table: table, alone: alone,
                                          lineStarts: &lineStarts, foldedLineStarts: &foldedLineStarts)
                            }
                        }
                    }
                }
                from[k] = Int32(n)
                fromCount = k + 1
                outCount = k
            }
        }
        self.lineStarts = lineStarts
        if original.contains(0x0C) { Self.joinAcrossPageFooters(&bytes, origin: origin, original: original) }
        let lost = Self.lostSpaces(bytes, origin)
        guard !lost.isEmpty else {
            self.bytes = bytes
            self.origin = origin
            self.foldedLineStarts = foldedLineStarts
            return
        }
        // Rare (a few files in a hundred): the folded text is written again with the spaces.
        var spaced = [UInt8](), spacedOrigin = [Int32]()
        spaced.reserveCapacity(bytes.count + lost.count)
        spacedOrigin.reserveCapacity(origin.count + lost.count)
        var next = 0
        for i in bytes.indices {
            if next < lost.count, lost[next] == i {
                spaced.append(0x20)
                spacedOrigin.append(origin[i])
                next += 1
            }
            spaced.append(bytes[i])
            spacedOrigin.append(origin[i])
        }
        spacedOrigin.append(origin[bytes.count])
        var shift = 0
        self.foldedLineStarts = foldedLineStarts.map { start in
            while shift < lost.count, lost[shift] < Int(start) { shift += 1 }
            return start + Int32(shift)
        }
        self.bytes = spaced
        self.origin = spacedOrigin
    }

    /// Whether folded text holds a run of letters with two runs of vowels: words that may have
    /// been written together (`GluedWords`).
    static func mayHoldGluedWords(_ folded: String) -> Bool {
        var text = folded
        return text.withUTF8 { b in
            var found = false
            GluedWords.letterRuns(b) { _, vowelRuns in
                found = vowelRuns >= 2
                return !found
            }
            return found
        }
    }

    /// Folded offsets before which a converter lost a space between two words (`GluedWords`):
    /// runs of letters with two runs of vowels that carry a diacritic.
    /// A page's footer as `pdftotext -layout` writes it between two pages: the blank line above the page's number, the
    /// number (`1`, `- 2 -`, `3/12`), and a form feed. The blank line is the gap above the footer, no paragraph's end: a
    /// clause broken by the page (`… Quy định quản lý cụm` / ⏎ / `1` / `\f` / `công nghiệp … hết hiệu lực kể từ …`) goes on
    /// (red team, round 22: the repeal lost its verb). The blank lines' breaks but the last are folded to spaces; every
    /// line keeps its place and number.
    static func joinAcrossPageFooters(_ bytes: inout [UInt8], origin: [Int32], original: [UInt8]) {
        func lineStart(_ i: Int) -> Int { var k = i; while k > 0, bytes[k - 1] != 0x0A { k -= 1 }; return k }
        func isBlank(_ r: Range<Int>) -> Bool { r.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D } }
        for p in bytes.indices where original[Int(origin[p])] == 0x0C {
            // The form feed's line, then above it the page's number (if any), then the blank lines above the footer.
            var end = lineStart(p) - 1
            guard end > 0 else { continue }
            let numberStart = lineStart(end)
            if Self.isPageNumber(bytes, numberStart..<end) { end = numberStart - 1 }
            var breaks: [Int] = []
            while end > 0 {
                let start = lineStart(end)
                guard isBlank(start..<end) else { break }
                breaks.append(end)
                end = start - 1
            }
            // `end` closes the last line of text; it and every blank line's break but the last become spaces.
            guard !breaks.isEmpty, end > 0 else { continue }
            bytes[end] = 0x20
            for b in breaks.dropFirst() { bytes[b] = 0x20 }
        }
    }

    /// Whether the bytes of `line` (one line, without its break) hold nothing but a page's number as a layout writes it
    /// between two pages: `1`, `- 2 -`, `3/12`, among blanks, a carriage return or a form feed.
    static func isPageNumber(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var marks = 0, digits = 0
        for i in line {
            let c = bytes[i]
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C { continue }
            guard c &- 0x30 < 10 || c == UInt8(ascii: "-") || c == UInt8(ascii: "/") else { return false }
            if c &- 0x30 < 10 { digits += 1 }
            marks += 1
        }
        return digits > 0 && marks <= 9
    }

    private static func lostSpaces(_ bytes: [UInt8], _ origin: [Int32]) -> [Int] {
        var lost: [Int] = []
        bytes.withUnsafeBufferPointer { b in
            GluedWords.letterRuns(b) { run, vowelRuns in
                let start = run.lowerBound
                // A code is no word: `118-KH/ĐUCA`, `QĐ/TƯĐOÀN`, `SGDĐT-KHTC` follow a `/`, `-`, `.`, `&`
                // or a digit (real: Kế hoạch số 118-KH/ĐUCA of the Central Police Party Committee).
                let inCode = start > 0 && (b[start - 1] == UInt8(ascii: "/") || b[start - 1] == UInt8(ascii: "-")
                    || b[start - 1] == UInt8(ascii: ".") || b[start - 1] == UInt8(ascii: "&") || b[start - 1] &- 0x30 < 10)
                if vowelRuns >= 2, !inCode, Int(origin[run.upperBound] - origin[start]) > run.count {
                    lost += GluedWords.spaces(in: bytes[run])
                }
                return true
            }
        }
        return lost
    }

    public var lineCount: Int { lineStarts.count }

    /// Folded bytes of 0-based line `k`, without its line break.
    public func foldedRange(ofLine k: Int) -> Range<Int> {
        let start = Int(foldedLineStarts[k])
        let end = k + 1 < foldedLineStarts.count ? Int(foldedLineStarts[k + 1]) - 1 : bytes.count
        return start..<max(start, end)
    }

    /// Folded bytes of 0-based line `k` without surrounding spaces and tabs.
    public func trimmedRange(ofLine k: Int) -> Range<Int> {
        var r = foldedRange(ofLine: k)
        // Folded bytes are ASCII, so trimming bytes is trimming characters (and much cheaper).
        while let first = r.first, bytes[first] == 0x20 || bytes[first] == 0x09 { r = r.dropFirst() }
        while let last = r.last, bytes[last] == 0x20 || bytes[last] == 0x09 { r = r.dropLast() }
        return r
    }

    /// Folded text of 0-based line `k` with surrounding spaces trimmed.
    public func foldedLine(_ k: Int) -> Substring {
        String(decoding: bytes[trimmedRange(ofLine: k)], as: UTF8.self)[...]
    }

    /// Whether the folded bytes in `range` (all of them by default) contain `needle`.
    public func contains(_ needle: StaticString, in range: Range<Int>? = nil) -> Bool {
        let r = range ?? 0..<bytes.count
        let n = needle.utf8CodeUnitCount
        guard n > 0, r.count >= n else { return n == 0 }
        let p = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        return bytes.withUnsafeBufferPointer { $0.firstOffset(of: p, in: r) != nil }
    }

    /// Original text of 0-based line `k` (without CR/LF).
    public func originalLine(_ k: Int) -> String {
        let start = Int(lineStarts[k])
        var end = k + 1 < lineStarts.count ? Int(lineStarts[k + 1]) - 1 : original.count
        if end > start, original[end - 1] == 0x0D { end -= 1 }
        return String(decoding: original[start..<max(start, end)], as: UTF8.self)
    }

    public init(_ string: String) {
        self.init(utf8: Array(string.utf8))
    }

    /// The ASCII bytes whose folding depends on what follows them, or that open a line: `<` (a tag,
    /// a hidden element, a listed link), `[` and `]` (a link's markup), `\` (an escaped line
    /// break), `&` (a character reference) and the line feed. Every other ASCII byte folds alone
    /// through `asciiFold`.
    static let contextualASCII: (low: UInt64, high: UInt64) = {
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for c in "<[]\\&\n".utf8 {
            if c < 64 { mask.low |= 1 << UInt64(c) } else { mask.high |= 1 << UInt64(c - 64) }
        }
        return mask
    }()

    /// A byte's fold when it folds alone (ASCII outside `contextualASCII`: its `asciiFold`), else
    /// `0xFF` (no fold is): one load tells `fold` both whether the byte needs asking and what it folds
    /// to, where the mask of `contextualASCII` cost 7 instructions an ASCII byte (callgrind, 100
    /// documents of the sample shape: 5.9 M). `foldedAloneNever` asks every byte (the tests' slow path).
    static let foldedAlone: [UInt8] = (0..<256).map { b in
        guard b < 0x80 else { return 0xFF }
        let contextual = b < 64 ? contextualASCII.low & (1 << UInt64(b)) != 0 : contextualASCII.high & (1 << UInt64(b - 64)) != 0
        return contextual ? 0xFF : asciiFold[b]
    }
    static let foldedAloneNever = [UInt8](repeating: 0xFF, count: 256)

    /// Folds `src` into `out` and `from` (each at least `src.count` long; folding never lengthens
    /// text) and returns the folded length. A function of its own, with its positions in locals:
    /// inside the nested closures of `init` they were captured, and every byte loaded and stored
    /// them through memory (callgrind, 100 plan-heavy documents: 53 M instructions, 43 a byte).
    /// An ASCII byte that folds alone (`contextualASCII`) is folded without asking anything else.
    private static func fold(_ src: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                             origins from: UnsafeMutableBufferPointer<Int32>, ascii: UnsafeBufferPointer<UInt8>,
                             table: UnsafeBufferPointer<UInt8>, alone: UnsafeBufferPointer<UInt8>,
                             lineStarts: inout [Int32], foldedLineStarts: inout [Int32]) -> Int {
        let n = src.count
        var k = 0
        var i = 0
        while i < n {
            let b = src[i]
            let foldedAlone = alone[Int(b)]
            if foldedAlone != 0xFF {
                // `k <= i < n`: the slot is there even when the byte folds to nothing and is written over.
                out[k] = foldedAlone; from[k] = Int32(i)
                k &+= foldedAlone != 0 ? 1 : 0
                i += 1
                continue
            }
            if b < 0x80 {
                // `<head>…</head>`, `<title>`, `<script>`, `<style>`: a page's metadata and code,
                // no text of the document (a `<title>Số 09-NQ/ĐU</title>` read as its number
                // line would close its header before the header table). Its line breaks stay.
                // `<li><a href="/van-ban/…">Chỉ thị số 09-CT/HU …</a></li>`: a portal's list of links
                // (`VĂN BẢN MỚI`, `TIN LIÊN QUAN`) names other pages; the document cites none of them.
                if b == UInt8(ascii: "<"), let hiddenEnd = Self.hiddenElementEnd(src, from: i) ?? Self.listedLinkEnd(src, from: i) {
                    out[k] = 0x20; from[k] = Int32(i); k += 1
                    for j in i..<hiddenEnd where src[j] == 0x0A {
                        out[k] = 0x0A; from[k] = Int32(j); k += 1
                        lineStarts.append(Int32(j + 1))
                        foldedLineStarts.append(Int32(k))
                    }
                    i = hiddenEnd
                    continue
                }
                if b == UInt8(ascii: "<"), let end = Self.tagEnd(src, from: i) {
                    // `</td>`, `</th>`: an HTML table's cell ends as a converted table's does,
                    // with a tab, so that its rows read as rows (`TaskTableParser`) and a
                    // row is no description of the row above it.
                    let cellEnd = end - i == 5 && src[i + 1] == UInt8(ascii: "/") && src[i + 2] | 0x20 == UInt8(ascii: "t")
                        && (src[i + 3] | 0x20 == UInt8(ascii: "d") || src[i + 3] | 0x20 == UInt8(ascii: "h"))
                    out[k] = cellEnd ? 0x09 : 0x20; from[k] = Int32(i); k += 1
                    i = end
                    continue
                }
                // `[Mẫu số 04-1/CC](https://…/Mau.doc)`: a markdown link reads as its
                // text; its brackets and target are markup, or the target's `(…)` would
                // cut the clause around the link (`thay thế [Mẫu …](…) ban hành kèm theo`).
                if b == UInt8(ascii: "[") || b == UInt8(ascii: "]"), let end = Self.linkMarkupEnd(src, from: i) {
                    out[k] = 0x20; from[k] = Int32(i); k += 1
                    i = end
                    continue
                }
                // `\r\n` written out by a page that stored its text escaped: a space,
                // never the letters `r n` glued to the words around them.
                if b == UInt8(ascii: "\\"), Self.isEscapedBreak(src, i) {
                    out[k] = 0x20; from[k] = Int32(i); k += 1
                    i += 2
                    continue
                }
                // `ngày&nbsp;20`, `Ch&iacute;nh ph&#7911;`: a page's character reference is its character.
                if b == UInt8(ascii: "&"), let reference = CharacterReference.decode(src, at: i) {
                    let v = reference.scalar
                    let folded = v < 0x80 ? ascii[Int(v)] : v < 0x2300 ? table[Int(v)] : VietnameseFolding.fold(v)
                    if folded != 0, folded != 0x0A { out[k] = folded; from[k] = Int32(i); k += 1 }
                    i = reference.end
                    continue
                }
                let folded = ascii[Int(b)]
                if folded != 0 { out[k] = folded; from[k] = Int32(i); k += 1 }
                if b == 0x0A {
                    lineStarts.append(Int32(i + 1))
                    foldedLineStarts.append(Int32(k))
                }
                i += 1
                continue
            }
            // Decode one scalar; input is valid UTF-8 (TextDecoder repaired it).
            var scalar: UInt32
            var length: Int
            if b < 0xE0 {
                length = 2
                scalar = i + 1 < n ? UInt32(b & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F) : 0xFFFD
            } else if b < 0xF0 {
                length = 3
                scalar = i + 2 < n ? UInt32(b & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F) : 0xFFFD
            } else {
                length = 4
                scalar = i + 3 < n ? UInt32(b & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12 | UInt32(src[i + 2] & 0x3F) << 6 | UInt32(src[i + 3] & 0x3F) : 0xFFFD
            }
            if i + length > n { length = n - i }
            let folded = scalar < 0x2300 ? table[Int(scalar)] : VietnameseFolding.fold(scalar)
            if folded != 0 { out[k] = folded; from[k] = Int32(i); k += 1 }
            i += length
        }
        return k
    }

    /// After the closing tag of a `<head>`, `<title>`, `<script>` or `<style>` element opening at
    /// `i`; nil when the tag at `i` is none of them or is not closed within 256 KB.
    private static func hiddenElementEnd(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        guard i + 6 < s.count, (s[i + 1] | 0x20) == UInt8(ascii: "h") || (s[i + 1] | 0x20) == UInt8(ascii: "t") || (s[i + 1] | 0x20) == UInt8(ascii: "s") else { return nil }
        for name in hiddenElements {
            let n = name.count
            guard i + 1 + n < s.count else { continue }
            var same = true
            for (j, c) in name.enumerated() where (s[i + 1 + j] | 0x20) != c { same = false; break }
            let after = s[i + 1 + n]
            guard same, after == UInt8(ascii: ">") || after == 0x20 || after == 0x0A || after == 0x09 else { continue }
            // The closing tag `</name>`, case-insensitive.
            let limit = min(s.count, i + 262_144)
            var k = i + 1 + n
            while k + n + 2 < limit {
                if s[k] == UInt8(ascii: "<"), s[k + 1] == UInt8(ascii: "/") {
                    var close = true
                    for (j, c) in name.enumerated() where (s[k + 2 + j] | 0x20) != c { close = false; break }
                    if close, let end = tagEnd(s, from: k) { return end }
                }
                k += 1
            }
            return nil
        }
        return nil
    }

    /// After the `</a>` of a link that opens a list item (`<li><a href="…">…</a>`) at `i`; nil when the
    /// tag at `i` is no `<li>` or its content does not open with a link closed within 4 KB.
    ///
    /// A table's cell that is one link and nothing else (`<tr><td><a href="/van-ban/…">Thông tư 12/2019/TT-BNNPTNT …
    /// (Hết hiệu lực)</a></td><td>15/08/2019</td></tr>`, a portal's `Văn bản liên quan` or `Hiệu lực` box, red team,
    /// round 9) is such a list too; a cell whose link is only part of its text stays.
    private static func listedLinkEnd(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        guard i + 8 < s.count else { return nil }
        let item = (s[i + 1] | 0x20) == UInt8(ascii: "l") && (s[i + 2] | 0x20) == UInt8(ascii: "i")
        let cell = (s[i + 1] | 0x20) == UInt8(ascii: "t") && (s[i + 2] | 0x20) == UInt8(ascii: "d")
        guard item || cell, s[i + 3] == UInt8(ascii: ">") || s[i + 3] == 0x20, var k = tagEnd(s, from: i) else { return nil }
        while k < s.count, s[k] == 0x20 || s[k] == 0x0A || s[k] == 0x09 || s[k] == 0x0D { k += 1 }
        guard k + 3 < s.count, s[k] == UInt8(ascii: "<"), (s[k + 1] | 0x20) == UInt8(ascii: "a"), s[k + 2] == 0x20 else { return nil }
        let limit = min(s.count - 3, k + 4_096)
        while k < limit {
            if s[k] == UInt8(ascii: "<"), s[k + 1] == UInt8(ascii: "/"), (s[k + 2] | 0x20) == UInt8(ascii: "a"), s[k + 3] == UInt8(ascii: ">") {
                guard cell else { return k + 4 }
                var e = k + 4
                while e < s.count, s[e] == 0x20 || s[e] == 0x0A || s[e] == 0x09 || s[e] == 0x0D { e += 1 }
                return e + 4 < s.count && s[e] == UInt8(ascii: "<") && s[e + 1] == UInt8(ascii: "/") && (s[e + 2] | 0x20) == UInt8(ascii: "t")
                    && (s[e + 3] | 0x20) == UInt8(ascii: "d") ? k + 4 : nil
            }
            k += 1
        }
        return nil
    }

    /// Elements whose content is no text of the document, lower case.
    private static let hiddenElements: [[UInt8]] = ["head", "title", "script", "style"].map { Array($0.utf8) }

    /// The end of an HTML-like tag starting at `i` (`<p>`, `</b>`, `<ul style="…">`), or nil.
    private static func tagEnd(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var k = i + 1
        if k < s.count, s[k] == UInt8(ascii: "/") { k += 1 }
        guard k < s.count, (s[k] | 0x20) >= UInt8(ascii: "a"), (s[k] | 0x20) <= UInt8(ascii: "z") else { return nil }
        let limit = min(s.count, i + 200)
        while k < limit {
            let c = s[k]
            if c == UInt8(ascii: ">") { return k + 1 }
            if c == 0x0A || c == UInt8(ascii: "<") { return nil }
            k += 1
        }
        return nil
    }

    /// The end of markdown link markup at `i`: after the `[` that opens a link, or after the
    /// `](target)` that closes one; nil when the bracket is not part of a link on this line.
    private static func linkMarkupEnd(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        if s[i] == UInt8(ascii: "]") { return linkTargetEnd(s, from: i + 1) }
        // `[` opens a link when its `]` on the same line is followed by a target.
        let limit = min(s.count, i + 400)
        var k = i + 1
        while k < limit {
            let c = s[k]
            if c == 0x0A || c == UInt8(ascii: "[") { return nil }
            if c == UInt8(ascii: "]") { return linkTargetEnd(s, from: k + 1) != nil ? i + 1 : nil }
            k += 1
        }
        return nil
    }

    /// The end of `(target)` at `i` when the target is an address (`https://…`, `www.…`, `/…`,
    /// `#…`) without spaces, on one line; nil otherwise.
    private static func linkTargetEnd(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        guard i + 2 < s.count, s[i] == UInt8(ascii: "(") else { return nil }
        let first = s[i + 1]
        let address = first == UInt8(ascii: "/") || first == UInt8(ascii: "#")
            || (first | 0x20 == UInt8(ascii: "h") && i + 5 < s.count && (s[i + 2] | 0x20) == UInt8(ascii: "t") && (s[i + 3] | 0x20) == UInt8(ascii: "t") && (s[i + 4] | 0x20) == UInt8(ascii: "p"))
            || (first | 0x20 == UInt8(ascii: "w") && i + 4 < s.count && (s[i + 2] | 0x20) == UInt8(ascii: "w") && (s[i + 3] | 0x20) == UInt8(ascii: "w") && s[i + 4] == UInt8(ascii: "."))
        guard address else { return nil }
        let limit = min(s.count, i + 2_000)
        var k = i + 1
        while k < limit {
            let c = s[k]
            if c == UInt8(ascii: ")") { return k + 1 }
            if c == 0x0A || c == 0x20 || c == 0x09 || c == UInt8(ascii: "(") { return nil }
            k += 1
        }
        return nil
    }

    /// ASCII folding: lower case; markdown emphasis and escapes become spaces; CR disappears.
    static let asciiFold: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 128)
        for c in 0..<128 { t[c] = UInt8(c) }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = c | 0x20 }
        t[Int(UInt8(ascii: "*"))] = 0x20
        t[Int(UInt8(ascii: "\\"))] = 0x20
        t[Int(UInt8(ascii: "#"))] = 0x20
        t[Int(UInt8(ascii: "_"))] = 0x20
        t[0x0D] = 0  // CRLF files: the CR is dropped
        for c in 0..<0x20 where c != 0x09 && c != 0x0A && c != 0x0D { t[c] = 0x20 }
        return t
    }()

    // MARK: Positions

    /// The 1-based line of an offset in `original`.
    public func line(ofOriginal offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(lineStarts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Line and character column (1-based) of folded byte `i`.
    public func position(ofFolded i: Int) -> (line: Int, column: Int) {
        let offset = Int(origin[min(i, origin.count - 1)])
        let line = line(ofOriginal: offset)
        let start = Int(lineStarts[line - 1])
        let column = String(decoding: original[start..<offset], as: UTF8.self).count + 1
        return (line, column)
    }

    /// The original text behind folded range `range`, with runs of white space (line breaks
    /// included) and markup collapsed to one space, as a person would quote it.
    public func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = Int(origin[range.lowerBound])
        let end = max(start, Int(origin[range.upperBound]))
        return original.withUnsafeBufferPointer { Self.tidy(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Collapses white space and drops HTML tags and markdown emphasis.
    public static func tidy(_ s: String) -> String {
        var s = s
        return s.withUTF8 { tidy(UnsafeBufferPointer(rebasing: $0[...])) }
    }

    /// The original bytes of `parts` joined with a space and tidied once: a quote or a cell that
    /// runs across joints. One part (nearly every quote) is tidied straight from the file's bytes,
    /// with no string in between.
    func tidiedOriginal(_ parts: [Range<Int>]) -> String {
        original.withUnsafeBufferPointer { original in
            if parts.count == 1 { return FoldedText.tidy(UnsafeBufferPointer(rebasing: original[parts[0]])) }
            var joined: [UInt8] = []
            for (k, part) in parts.enumerated() {
                if k > 0 { joined.append(0x20) }
                joined.append(contentsOf: original[part])
            }
            return joined.withUnsafeBufferPointer { FoldedText.tidy($0) }
        }
    }

    /// `tidiedOriginal([part])`.
    func tidiedOriginal(_ part: Range<Int>) -> String {
        original.withUnsafeBufferPointer { FoldedText.tidy(UnsafeBufferPointer(rebasing: $0[part])) }
    }

    /// Whether `tidiedOriginal(parts)` is the parts' original bytes joined with a space, unchanged:
    /// no markup, no tag, no control character, no white space but single ASCII spaces between
    /// words. Then the folded bytes of that string are the folded bytes of the parts joined with
    /// a space, and a reader of the string can read the folded file instead.
    ///
    /// A byte `tidy` copies alone (`copiedAlone`) asks nothing here either: it is no space, no markup,
    /// no mark and no white space, so it only ends a run of spaces. Asking each byte the questions below
    /// was 10 M instructions on 100 plan-heavy documents (callgrind); `isTidyAskingEveryByte` is the
    /// form it is held to (`FifteenthPassShortcutTests`).
    func isTidy(_ parts: [Range<Int>]) -> Bool {
        Self.copiedAlone.withUnsafeBufferPointer { alone in original.withUnsafeBufferPointer { s in
            for part in parts {
                guard !part.isEmpty, s[part.lowerBound] != 0x20, s[part.upperBound - 1] != 0x20 else { return false }
                var previousSpace = false
                var i = part.lowerBound
                while i < part.upperBound {
                    let b = s[i]
                    if alone[Int(b)] {
                        previousSpace = false
                        i += 1
                        while i < part.upperBound, alone[Int(s[i])] { i += 1 }
                        continue
                    }
                    defer { i += 1 }
                    if b < 0x80 {
                        if b == 0x20 {
                            if previousSpace { return false }
                            previousSpace = true
                            continue
                        }
                        if b < 0x20 || b == UInt8(ascii: "<") || b == UInt8(ascii: "*") || b == UInt8(ascii: "\\") { return false }
                        if b == UInt8(ascii: "&"), CharacterReference.decode(s, at: i) != nil { return false }
                    } else if b == 0xCC || (b == 0xCD && i + 1 < s.count && s[i + 1] <= 0xAF) {
                        return false  // a combining mark: the tidied string is composed (NFC)
                    } else if Self.whiteSpaceWidth(s, i) > 0 {
                        return false
                    }
                    previousSpace = false
                }
            }
            return true
        } }
    }

    /// `isTidy` asking every byte, as before issue #12's fifteenth pass.
    func isTidyAskingEveryByte(_ parts: [Range<Int>]) -> Bool {
        original.withUnsafeBufferPointer { s in
            for part in parts {
                guard !part.isEmpty, s[part.lowerBound] != 0x20, s[part.upperBound - 1] != 0x20 else { return false }
                var previousSpace = false
                for i in part {
                    let b = s[i]
                    if b < 0x80 {
                        if b == 0x20 {
                            if previousSpace { return false }
                            previousSpace = true
                            continue
                        }
                        if b < 0x20 || b == UInt8(ascii: "<") || b == UInt8(ascii: "*") || b == UInt8(ascii: "\\") { return false }
                        if b == UInt8(ascii: "&"), CharacterReference.decode(s, at: i) != nil { return false }
                    } else if b == 0xCC || (b == 0xCD && i + 1 < s.count && s[i + 1] <= 0xAF) {
                        return false  // a combining mark: the tidied string is composed (NFC)
                    } else if Self.whiteSpaceWidth(s, i) > 0 {
                        return false
                    }
                    previousSpace = false
                }
            }
            return true
        }
    }

    /// `tidy` on UTF-8 bytes: the quoting of every citation goes through here, so it looks at
    /// bytes, and decodes only the few multi-byte sequences that are white space.
    /// `askingEveryByte`: no byte is copied without the questions (`tidy` before issue #12's
    /// thirteenth pass), for tests that hold `copiedAlone` to it.
    static func tidy(_ s: UnsafeBufferPointer<UInt8>, askingEveryByte: Bool = false) -> String {
        let n = s.count
        guard n > 0 else { return "" }
        // A file in NFD (`Thành ủy` with its marks apart) is quoted in NFC, as every other file: one
        // spelling of a body, a title or a quote, whatever the editor that wrote it (index5: 16 of 39
        // issuers stored in both forms). Marks apart are rare; most text never composes.
        var marksApart = false
        let tidied = tidyWithoutComposing(s, alone: askingEveryByte ? Self.copiedNever : Self.copiedAlone, marksApart: &marksApart)
        return marksApart ? tidied.precomposedStringWithCanonicalMapping : tidied
    }

    /// `tidy` without composing; `marksApart` is set when a combining mark (U+0300–U+036F, lead byte
    /// `CC` or `CD`) was copied.
    private static func tidyWithoutComposing(_ s: UnsafeBufferPointer<UInt8>, alone table: [Bool], marksApart: inout Bool) -> String {
        let n = s.count
        var marks = false
        defer { marksApart = marks }
        // Tidying never lengthens text: the string is written in place, and printable ASCII
        // (most bytes) is copied without asking anything else.
        return table.withUnsafeBufferPointer { alone in String(unsafeUninitializedCapacity: n) { out in
            var k = 0
            var pendingSpace = false
            var inTag = false
            var i = 0
            while i < n {
                let b = s[i]
                if inTag {
                    if b == UInt8(ascii: ">") { inTag = false; pendingSpace = true }
                    i += 1
                    continue
                }
                // A run of bytes copied as they are (`copiedAlone`), and the single space between
                // words, without the questions below (callgrind: 52 M instructions on 100
                // plan-heavy documents, about 14 a byte, for the quote of every citation and cell).
                if alone[Int(b)] {
                    if pendingSpace && k > 0 { out[k] = 0x20; k += 1 }
                    pendingSpace = false
                    out[k] = b; k += 1
                    i += 1
                    while i < n {
                        let c = s[i]
                        guard alone[Int(c)] else { break }
                        out[k] = c; k += 1
                        i += 1
                    }
                    continue
                }
                if b == 0x20 {
                    pendingSpace = true
                    i += 1
                    continue
                }
                if b == UInt8(ascii: "&"), let reference = CharacterReference.decode(s, at: i) {
                    // Never longer than the reference it replaces (`&#7843;` is 7 bytes, `ả` 3).
                    let scalar = Unicode.Scalar(reference.scalar) ?? " "
                    if scalar.properties.isWhitespace || scalar.value < 0x20 {
                        pendingSpace = true
                    } else {
                        if pendingSpace && k > 0 { out[k] = 0x20; k += 1 }
                        pendingSpace = false
                        for byte in String(Character(scalar)).utf8 { out[k] = byte; k += 1 }
                    }
                    i = reference.end
                    continue
                }
                if b > 0x20, b < 0x7F, b != UInt8(ascii: "<"), b != UInt8(ascii: "*"), b != UInt8(ascii: "\\") {
                    if pendingSpace && k > 0 { out[k] = 0x20; k += 1 }
                    pendingSpace = false
                    out[k] = b; k += 1
                    i += 1
                    continue
                }
                if b == UInt8(ascii: "<") { inTag = true; i += 1; continue }
                // Continuation bytes and the lead bytes of letters (every byte of `ệ` but `E1`)
                // are never white space: copied without decoding (a third of Vietnamese bytes).
                if b >= 0x80, b < 0xC2 || (b > 0xC2 && b < 0xE1) || b > 0xE3 {
                    if b == 0xCC || b == 0xCD { marks = true }
                    if pendingSpace && k > 0 { out[k] = 0x20; k += 1 }
                    pendingSpace = false
                    out[k] = b; k += 1
                    i += 1
                    continue
                }
                let width = whiteSpaceWidth(s, i)
                if b == UInt8(ascii: "\\"), isEscapedBreak(s, i) {
                    pendingSpace = true
                    i += 2
                    continue
                }
                if b == UInt8(ascii: "*") || b == UInt8(ascii: "\\") || width > 0 {
                    pendingSpace = true
                    i += max(width, 1)
                    continue
                }
                if pendingSpace && k > 0 { out[k] = 0x20; k += 1 }
                pendingSpace = false
                out[k] = b; k += 1
                i += 1
            }
            return k
        } }
    }

    /// The bytes `tidy` copies as they are whatever surrounds them: printable ASCII but `<`, `*`,
    /// `\` and `&` (a tag, emphasis, an escape, a character reference), and the bytes of letters
    /// (continuation bytes and lead bytes but `C2`, `E1`–`E3`, which open the white space beyond
    /// ASCII) but `CC` and `CD` (the lead bytes of combining marks, which make the quote composed).
    static let copiedAlone: [Bool] = (0..<256).map { b in
        if b > 0x20 && b < 0x7F { return b != 0x3C && b != 0x2A && b != 0x5C && b != 0x26 }
        if b >= 0x80 { return !(b == 0xC2 || (b >= 0xE1 && b <= 0xE3) || b == 0xCC || b == 0xCD) }
        return false
    }
    private static let copiedNever = [Bool](repeating: false, count: 256)

    /// Whether the backslash at `i` writes out a line break or a tab (`\r`, `\n`, `\t`): Markdown
    /// escapes only punctuation, so a backslash before these letters is an escape left in text
    /// copied from a page's source.
    @inline(__always)
    static func isEscapedBreak(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 1 < s.count else { return false }
        let c = s[i + 1]
        return c == UInt8(ascii: "r") || c == UInt8(ascii: "n") || c == UInt8(ascii: "t")
    }

    /// Byte length of the white-space character at `i` (what `Character.isWhitespace` accepts), or 0.
    @inline(__always)
    static func whiteSpaceWidth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
        let n = s.count
        if b == 0xC2, i + 1 < n { return s[i + 1] == 0xA0 || s[i + 1] == 0x85 ? 2 : 0 }
        guard i + 2 < n else { return 0 }
        let b1 = s[i + 1], b2 = s[i + 2]
        switch b {
        case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : 0                                   // U+1680
        case 0xE2:
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 } // U+2000–200A, 2028, 2029, 202F
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0                                          // U+205F
        case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : 0                                   // U+3000
        default: return 0
        }
    }
}

/// Maps Unicode scalars to folded ASCII bytes: Vietnamese letters to their base letter,
/// combining marks to nothing, typographic punctuation to ASCII.
enum VietnameseFolding {
    /// Table for U+0080 ..< U+2300, built once from `latinFolds` (what `tableFromDecompositions` finds, written out:
    /// decomposing the 736 scalars through Foundation cost 5.3 M instructions in every process that folds a text,
    /// 39 a byte of 100 other-hands documents; `TwentiethPassShortcutTests` holds the two tables equal).
    static let table: [UInt8] = {
        var t = [UInt8](repeating: FoldedText.other, count: 0x2300)
        for v in 0x0300...0x036F { t[v] = 0 }  // combining marks (NFD tones)
        for (start, folds) in latinFolds {
            var v = start
            for b in folds.utf8 {
                if b != UInt8(ascii: ".") { t[v] = b }
                v += 1
            }
        }
        applyOverrides(&t)
        return t
    }()

    /// For each run of `tableFromDecompositions`'s scalars, from its first: the ASCII letter (lower case) or digit each
    /// scalar's canonical decomposition opens with, `.` where it opens with neither.
    static let latinFolds: [(start: Int, folds: String)] = [
        (0x00C0, """
            aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd\
            ..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrssssss\
            sstttt..uuuuuuuuuuuuwwyyyzzzzzz.................................oo.............u\
            u............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....\
            aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................
            """),
        (0x1E00, """
            aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooo\
            oooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......\
            aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuu\
            uuyyyyyyyy......
            """),
        (0x2100, """
            ..........................................ka....................................
            """)
    ]

    /// The table as made before issue #12's twentieth pass, from Unicode decompositions (Foundation's).
    static func tableFromDecompositions() -> [UInt8] {
        var t = [UInt8](repeating: FoldedText.other, count: 0x2300)
        for v in 0x0300...0x036F { t[v] = 0 }  // combining marks (NFD tones)
        // Only Latin-1, Latin Extended-A/B, Latin Extended Additional and the letterlike symbols
        // hold scalars below U+2300 that decompose to an ASCII letter or digit (ByteShortcutTests
        // checks this against every scalar); decomposing all 8,960 cost 48 M instructions, as
        // much as folding 1.5 MB, in every process.
        for v in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) + Array(0x2100...0x214F) {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            if let first = decomposed.unicodeScalars.first, first.isASCII,
               first.properties.isAlphabetic || first.properties.numericType != nil {
                t[v] = UInt8(first.value) | (first.properties.isAlphabetic ? 0x20 : 0)
            }
        }
        applyOverrides(&t)
        return t
    }

    /// Letters and punctuation that decomposition does not fold as matching needs.
    static func applyOverrides(_ t: inout [UInt8]) {
        t[0x110] = UInt8(ascii: "d"); t[0x111] = UInt8(ascii: "d")  // Đ đ
        // Ð ð (Eth), which VNI/TCVN3 converters and OCR engines leave for Đ đ (`22/2024/QÐ-UBND`; red team, round 16).
        t[0xD0] = UInt8(ascii: "d"); t[0xF0] = UInt8(ascii: "d")
        t[0xA0] = 0x20                                              // no-break space
        t[0xAD] = 0                                                 // soft hyphen
        for v in [0x2018, 0x2019, 0x201A, 0x2032] { t[v] = UInt8(ascii: "'") }
        for v in [0x201C, 0x201D, 0x201E, 0x2033, 0xAB, 0xBB] { t[v] = UInt8(ascii: "\"") }
        for v in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212] { t[v] = UInt8(ascii: "-") }
        for v in 0x2000...0x200A { t[v] = 0x20 }
        t[0x200B] = 0; t[0x200C] = 0; t[0x200D] = 0
        t[0x2026] = UInt8(ascii: ".")
    }

    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x2300 { return table[Int(scalar)] }
        if scalar == 0xFEFF || scalar == 0x2060 { return 0 }
        if scalar == 0x3000 { return 0x20 }
        // `09-NQ／TU`: a full-width slash from an East Asian input method.
        if scalar == 0xFF0F { return UInt8(ascii: "/") }
        return FoldedText.other
    }
}

