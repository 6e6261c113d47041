/// A web page's blocks as lines: a portal page is often served minified, its header, title and
/// every paragraph on one line (`<div>TỈNH ỦY<br>Số 01-NQ/TU</div><h2>NGHỊ QUYẾT</h2><p>…</p>`),
/// while extraction reads one paragraph a line (``SourceText``'s dialect). A line therefore ends
/// after each closing block tag (`</p>`, `</div>`, `</h2>`, `</li>`, `</tr>`, `</table>`, …) that
/// has more text after it on the same line, so that the page reads as the same page laid out
/// one block a line does (red team, round 16, r6).
///
/// - Inside a table cell (`<td>`, `<th>`) nothing is split: a header cell's paragraphs are the
///   header's lines, which the header reader takes from the cell as a whole.
/// - A closing tag followed by another closing tag (`</li></ul>`) ends the line after the last
///   one, so that no line holds markup alone (a line without text ends a block).
/// - `<script>` and `<style>` are left as they are.
/// - `<br>` is no block: a header block's `<br>` lines stay together.
///
/// Positions stay the file's: each line of the result carries the file's line and the
/// characters before it on that line (``LineOrigin/column``).
enum HTMLBlockLines {
    /// The text with a line after each block, and where each line is in the file; nil when the
    /// text already has no block followed by text on its line.
    static func split(_ utf8: [UInt8]) -> (utf8: [UInt8], origins: [LineOrigin])? {
        var breaks: [Int] = []    // offsets where a line starts after an inserted break
        var inCell = false, inRaw = false
        var i = 0
        let n = utf8.count
        while i < n {
            guard utf8[i] == UInt8(ascii: "<"), let tag = Tag(utf8, at: i) else { i += 1; continue }
            defer { i = tag.end }
            if inRaw { if tag.closing, tag.isRaw { inRaw = false }; continue }
            if !tag.closing, tag.isRaw { inRaw = true; continue }
            if tag.isCell { inCell = !tag.closing; continue }
            if tag.isRow { inCell = false }
            guard tag.closing, tag.isBlock, !inCell else { continue }
            var next = tag.end
            while next < n, utf8[next] == 0x20 || utf8[next] == 0x09 { next += 1 }
            guard next < n, utf8[next] != 0x0A, utf8[next] != 0x0D else { continue }
            if utf8[next] == UInt8(ascii: "<"), next + 1 < n, utf8[next + 1] == UInt8(ascii: "/") { continue }
            breaks.append(next)
        }
        guard !breaks.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n + breaks.count)
        var origins = [LineOrigin(line: 1)]
        var fileLine = 1, lineStart = 0, column = 0
        var pending = breaks[...]
        for k in 0..<n {
            if let b = pending.first, b == k {
                pending.removeFirst()
                out.append(0x0A)
                // Counted from the line's previous start, so that a long line costs its length once.
                column += String(decoding: utf8[lineStart..<k], as: UTF8.self).count
                lineStart = k
                origins.append(LineOrigin(line: fileLine, column: column))
            }
            out.append(utf8[k])
            if utf8[k] == 0x0A {
                fileLine += 1
                lineStart = k + 1
                column = 0
                origins.append(LineOrigin(line: fileLine))
            }
        }
        return (out, origins)
    }

    /// A tag at `<`: its lower-case name and where it ends; nil for `<` that opens no tag.
    private struct Tag {
        var closing: Bool
        var name: [UInt8]
        var end: Int

        init?(_ s: [UInt8], at i: Int) {
            var k = i + 1
            closing = k < s.count && s[k] == UInt8(ascii: "/")
            if closing { k += 1 }
            let start = k
            while k < s.count, Self.isNameByte(s[k]) { k += 1 }
            guard k > start, k - start <= 10 else { return nil }
            name = s[start..<k].map { $0 | 0x20 }
            guard let close = s[k...].prefix(4096).firstIndex(of: UInt8(ascii: ">")) else { return nil }
            end = close + 1
        }

        private static func isNameByte(_ b: UInt8) -> Bool {
            (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || (b >= 0x30 && b <= 0x39)
        }

        var isCell: Bool { name == Array("td".utf8) || name == Array("th".utf8) }
        var isRow: Bool { name == Array("tr".utf8) || name == Array("table".utf8) }
        var isRaw: Bool { name == Array("script".utf8) || name == Array("style".utf8) }
        var isBlock: Bool { Self.blocks.contains(name) }

        private static let blocks: Set<[UInt8]> = Set([
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
            "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "section", "article", "header", "footer",
            "nav", "aside", "main", "figure", "figcaption", "form", "center", "address", "title", "head",
        ].map { Array($0.utf8) })
    }
}
